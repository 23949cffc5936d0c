"""Text from hostile files: which characters a field may hold, and how each output escapes what it prints."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from planaudit.reading.lazyre import LazyPattern, compile_re

# Fields whose text may run over several lines; every other string holds one line.
MULTILINE_KEYS = frozenset({"note", "caveat", "rationale", "suffices_because"})

# C0 and C1 controls (tab and newline are judged apart), DEL, bidirectional embeddings, overrides
# and isolates, the line and paragraph separators, and the noncharacters U+FFFE / U+FFFF.
_FORBIDDEN = LazyPattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# What a terminal, a log viewer or a CI runner might act on: every control but newline, and the above.
_UNSAFE = compile_re("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff\ud800-\udfff]")
# Characters XML 1.0 cannot hold at all, escaped or not.
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A line a GitHub Actions runner reads as a workflow command: `::cmd` after optional spaces, or `##[cmd]`.
# (Spaces, and the colour codes of --color always, may come first.)
_LEAD = r"(?:[^\S\n]|\x1b\[[0-9;]*m)*"
_COMMAND_START = LazyPattern(rf"^({_LEAD}):(?=:)", re.MULTILINE)
_COMMAND_LINE = compile_re(rf"^{_LEAD}::|##\[", re.MULTILINE)


def describe(char: str) -> str:
    """A character as U+XXXX with what kind of thing it is."""
    code = f"U+{ord(char):04X}"
    if char in _BIDI:
        return f"bidirectional control {code}"
    if char in "\u2028\u2029":
        return f"line separator {code}"
    if char in "\ufffe\uffff":
        return f"noncharacter {code}"
    return f"control character {code}"


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why a string from an input file is refused, or None when it is fine.

    Tab is allowed; newline only in multi-line fields (notes, caveats, rationales).
    """
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        char = bad.group()
        return f"{describe(char)} is not allowed in text; write it out or remove it"
    if not multiline and "\n" in value:
        return "a line break is not allowed here; only notes, caveats and rationales may span lines"
    return None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Every control, bidirectional mark and separator (but newline) spelled out as \\xNN or \\uNNNN."""
    return text if text.isprintable() else _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """A path, id or name (or a whole message) as one printed line a CI runner cannot act on: every
    control, newline included, spelled out as in visible(), and a would-be workflow command broken
    (defang). Every place that prints user-controlled text inside a line uses this one function."""
    return defang(visible(text).replace("\n", "\\n"))


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids become \\xNN / \\uNNNN, and so do other controls."""
    text = _NOT_XML.sub(_escape, text)
    return text if text.isprintable() else _UNSAFE.sub(lambda m: m.group() if m.group() in "\t\r" else _escape(m), text)


def safe_pieces(pieces: Iterable[str], style: str = "plain", size: int = 1 << 20) -> Iterator[str]:
    """safe_output of a report given in pieces, made safe a run of whole lines at a time (at least `size`
    characters where the lines allow): each of its rules reads one character or one line, so the text is the
    same as safe_output of the whole, and a big report is never held whole."""
    held: list[str] = []
    length = 0
    for piece in pieces:
        cut = piece.rfind("\n") + 1
        if cut and length + cut >= size:
            held.append(piece[:cut])
            yield safe_output("".join(held), style)
            held = [piece[cut:]] if cut < len(piece) else []
            length = len(piece) - cut
        else:
            held.append(piece)
            length += len(piece)
    if held:
        yield safe_output("".join(held), style)


def has_command_line(text: str) -> bool:
    """Whether a CI runner would read some line of the text as a workflow command."""
    # Every command holds "::" or "##[": looking for those two first (a fast substring search) spares a big report the
    # pattern, which is tried at every position of the text.
    return ("::" in text or "##[" in text) and _COMMAND_LINE.search(text) is not None


def defang(text: str, style: str = "plain") -> str:
    """Break every would-be workflow command (`::` at a line start, `##[` anywhere) without losing text.

    plain and markdown put a backslash before the colon or the second '#' (markdown renders it away);
    json writes the character as a \\u escape inside its string; xml as a character reference.
    """
    if not has_command_line(text):
        return text
    colon, hash_ = {"json": ("\\u003a", "\\u0023"), "xml": ("&#58;", "&#35;")}.get(style, ("\\:", "\\#"))
    text = _COMMAND_START.sub(lambda m: m.group(1) + colon, text)
    return text.replace("##[", "#" + hash_ + "[")


# What json.dumps(ensure_ascii=False) leaves raw inside strings that a log viewer might act on.
_JSON_MARKS = LazyPattern("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]")


def safe_output(text: str, style: str = "plain") -> str:
    """A whole report made safe to print in a CI log: no workflow command; for JSON no raw
    bidirectional mark or separator (written as \\uXXXX, which is the same JSON value); for XML and
    HTML no control character at all."""
    if style == "json":
        text = _JSON_MARKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    elif style == "xml":  # JUnit and HTML: no character XML forbids, no control, whatever a reporter let through
        text = xml_text(text)
    return defang(text, style)
