"""The draft's YAML text: rules, untracked outcomes, values as written, sections and where documents are placed."""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable

from planaudit.drafting.common import _UNSAFE, MARK, Document, _Evidence, _lines, _n, _short, _slug, _stands, clean, q
from planaudit.reading.figures import Figure, Kind, Qualifier
from planaudit.reading.scan import Finding, Heading, Reading
from planaudit.reading.script import Folded
from planaudit.reading.units import PERCENT, PERCENTAGE_POINT
from planaudit.verify import PAIRWISE_LIMIT, evidence_owner, states_as


def placed(paths: list[str], out_dir: str) -> list[str]:
    """Where each document goes for a draft in out_dir: its own path when inside out_dir, else a copy in
    out_dir/sources/ under a name validate accepts (so the folder validates as it stands, read from nowhere else)."""
    root = os.path.realpath(out_dir)
    out: list[str] = []
    names: set[str] = set()
    for path in paths:
        real = os.path.realpath(path)
        if os.path.commonpath([root, real]) == root and real != root and not _UNSAFE.search(path):
            out.append(path)
            continue
        name = re.sub(r"[^\w.+-]+", "_", clean(os.path.basename(path))).strip("._") or "document.txt"
        stem, ext = os.path.splitext(name)
        number = 1
        while name in names:
            number += 1
            name = f"{stem}-{number}{ext}"
        names.add(name)
        out.append(os.path.join(out_dir, "sources", name))
    return out


def _first_line(document: Document) -> str:
    line = next((line for line in _lines(document.text) if line.strip()), "")
    return _short(line, 60) or os.path.basename(document.path)


def _relative(path: str, out_dir: str) -> str:
    return os.path.relpath(os.path.abspath(path), os.path.abspath(out_dir)).replace(os.sep, "/")


def _sections(findings: list[Finding], heads: list[Heading], chinese: bool) -> dict[int, tuple[str, str]]:
    """Section id and title by the heading's start (-1: the text before the first heading), in the plan's language."""
    out: dict[int, tuple[str, str]] = {}
    used = {f.heading.start if f.heading is not None else -1 for f in findings}
    if -1 in used:
        if chinese:
            out[-1] = ("s0-preamble", "（总体要求）" if heads else "全文")
        else:
            out[-1] = ("s0-preamble", "(before the first heading)" if heads else "Whole text")
    for number, head in enumerate(heads, 1):
        if head.start in used:
            out[head.start] = (f"s{number}", clean(head.title))
    return out


def _goal_slug(finding: Finding) -> str:
    kind = finding.kind.replace("_", "-")
    if finding.target is None:
        return kind
    unit = {"%": "pct", PERCENTAGE_POINT: "pp"}.get(finding.unit or "", "")
    return f"{kind}-{_slug(_n(finding.target), '0')}{unit}"


def _fraction(finding: Finding, unit: str | None) -> bool:
    """A share written as a fraction with no unit ("protects one-third of India's population")."""
    figure = finding.figure
    return not unit and figure is not None and figure.kind is Kind.FRACTION and finding.target == figure.value


def _rule(finding: Finding, unit: str | None) -> str:
    kind = finding.kind
    parts = [f"kind: {kind}"]
    if kind in ("at_least", "at_most") and _fraction(finding, unit):
        assert finding.figure is not None
        parts += [f"target: {q(finding.figure.text)}", f"unit: {q(PERCENT)}"]  # "one-third" in % is 33.33…
    elif kind in ("at_least", "at_most", "new_items"):
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
        if finding.stretch is not None:
            parts.append(f"stretch: {_n(finding.stretch)}")
        if finding.exclusive and kind in ("at_least", "at_most"):  # "more than 5", "below 0.5"
            parts.append("exclusive: true")
    elif kind == "approximately":
        parts += [f"target: {_n(finding.target or 0)}", "tolerance: 0", f"unit: {q(unit or '')}"]
        parts.append(f"direction: {finding.direction or 'both'}")
    elif kind == "planned":
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
        if finding.direction in ("above", "below"):
            parts.append(f"side: {finding.direction}")
    elif kind == "decline" and finding.figure is not None and finding.figure.kind in (Kind.FRACTION, Kind.MULTIPLE):
        parts += [f"target_pct: {q(finding.figure.text)}", f"unit: {q(unit or PERCENT)}"]  # "halve", "a third"
    elif kind == "decline":  # no amount (继续下降): any fall meets it
        amount = "target_pct" if finding.unit == PERCENT else "target"
        parts += [f"{amount}: {_n(finding.target)}"] if finding.target is not None else []
        parts.append(f"unit: {q(unit or (PERCENT if finding.target is None else ''))}")  # a fall in % read as growth
        if finding.direction == "about" and finding.target is not None:
            parts.append("tolerance: 0")  # "by c. 6%": how far short still meets it is the auditor's reading
    elif kind == "increase_by":
        parts += [f"target: {_n(finding.target or 0)}", f"unit: {q(unit or '')}"]
    elif kind == "between":
        parts += [f"min: {_n(finding.target or 0)}", f"max: {_n(finding.maximum or 0)}", f"unit: {q(unit or '')}"]
    elif kind == "growth" and finding.figure is not None and finding.figure.kind is Kind.MULTIPLE:
        parts += [f"target_pct: {q(finding.figure.text)}", f"unit: {q(unit or PERCENT)}"]  # "double": 100, as written
    elif kind == "growth":  # no amount (稳步增长): any growth meets it
        parts += [f"target_pct: {_n(finding.target)}"] if finding.target is not None else []
        parts.append(f"unit: {q(unit or PERCENT)}")
    elif kind == "pp_change" and finding.target is not None:
        parts.append(f"target_pp: {_n(finding.target)}")
    elif kind == "ranking":
        parts += [f"target: {int(finding.target or 1)}", f"scope: {q(finding.scope or '—')}"]
    elif kind == "comparison":  # the tolerance is the auditor's reading: 0 until checked
        parts += [f"left: {q(finding.measure)}", f"right: {q(finding.scope or '')}", f"operator: {finding.direction}"]
        parts += ["tolerance: 0", f"unit: {q(PERCENT)}"]
    elif kind == "milestone" and finding.deadline:
        parts.append(f"deadline: {q(finding.deadline)}")
    elif kind == "named_items":
        parts.append("items: [" + ", ".join(q(item) for item in finding.items) + "]")
    return "{" + ", ".join(parts) + "}"


class _Spans:
    """Disjoint sorted spans (overlapping ones merged): whether a span overlaps any costs a bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)  # spans starting before `end`; the last may reach `start`
        return index > 0 and self.ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        if index > 0 and self.ends[index - 1] >= start:
            index -= 1
            start = self.starts[index]
            end = max(end, self.ends[index])
            del self.starts[index], self.ends[index]
        while index < len(self.starts) and self.starts[index] <= end:
            end = max(end, self.ends[index])
            del self.starts[index], self.ends[index]
        self.starts.insert(index, start)
        self.ends.insert(index, end)


_QUOTED = re.compile(r'(?<=quote: )"(?:[^"\\]|\\.)*"')
_VALUE = re.compile(r'\bvalue: ([-0-9.e+]+)(?:, unit: ("(?:[^"\\]|\\.)*"))?')
_UNIT = re.compile(r'^\s*unit: ("(?:[^"\\]|\\.)*")')


def _line_as_written(line: str, folded: Folded, written: str, value: tuple[float, str | None] | None = None) -> str:
    """A line quoting a folded review (reading.script.fold) with its quotes as the review writes them; "" when a quote
    is not in the folded text or, as written, no longer states the value (value, else the line's own if it has one)."""
    found = _VALUE.search(line)
    if value is None and found is not None:
        value = (float(found.group(1)), json.loads(found.group(2)) or None if found.group(2) else None)
    out, kept = [], 0
    for quoted in _QUOTED.finditer(line):
        quote = json.loads(quoted.group())
        at = folded.text.find(quote)
        if at == -1:
            return ""
        original = written[folded.original(at) : folded.original(at + len(quote) - 1) + 1]
        if value is not None and not _stands(original, *value):
            return ""
        out.append(line[kept : quoted.start()] + q(original))
        kept = quoted.end()
    return "".join(out) + line[kept:]


def _as_written(entry: _Evidence, folded: Folded, written: str) -> _Evidence | None:
    """An entry proposed from a folded review, its quotes as the review writes them (None: one cannot be)."""
    value: tuple[float, str | None] | None = None
    lines = []
    for line in entry.lines:
        found = _VALUE.search(line)
        if found is not None and line.lstrip().startswith("value:"):
            value = (float(found.group(1)), None)
        unit = _UNIT.match(line)
        if unit is not None and value is not None:
            value = (value[0], json.loads(unit.group(1)) or None)
        mapped = _line_as_written(line, folded, written, value) if "quote: " in line else line
        if not mapped:
            return None
        lines.append(mapped)
    return entry._replace(lines=lines)  # its spans stay the folded text's, where the review is read


def _one_line(quote: str) -> str:
    """A goal's quote as validate takes it: no line break (a list's lead-in "\\nWe will:" is "We will:")."""
    lines = [line.strip() for line in quote.splitlines() if line.strip()]
    return max(lines, key=len) if lines else quote.strip()


def _untracked(review: Document, pool: list[Reading], used: list[tuple[int, int]], goal_ids: set[str]) -> list[str]:
    """Review figures that no goal's proposed evidence quotes, as untracked outcomes."""
    taken = _Spans(used)
    text = review.text
    quoted = {text[start:end] for start, end in used}
    found: list[tuple[Figure, str, str]] = []
    for reading in pool:
        figure = reading.figure
        if not figure.unit or figure.kind not in (Kind.NUMBER, Kind.ORDINAL, Kind.MULTIPLE):
            continue
        if figure.qualifier is not Qualifier.EXACT:
            continue  # an untracked outcome has no qualifier to say "10余个" with
        if taken.overlaps(reading.start, reading.end):
            continue  # the verify stage refuses an outcome quote inside (or around) an evidence quote
        quote = text[reading.start : reading.end]
        unit = "位" if figure.kind is Kind.ORDINAL and figure.unit in ("", "位", "名") else figure.unit
        if len(quote) < 2 or quote in quoted or not _stands(quote, figure.value, unit):
            continue  # the same words elsewhere in the review are that goal's evidence to verify, too
        if not states_as(quote, figure.value, unit, "outcome"):
            continue  # "declined from 6%", "the target of 5 lakh ponds": no outcome
        taken.add(reading.start, reading.end)
        found.append((figure, unit, quote))
    evidence = dict.fromkeys((("review", quote) for quote in quoted), "")
    pairwise = len(quoted) * len(found) <= PAIRWISE_LIMIT  # as verify decides it for the file drafted here
    found = [f for f in found if evidence_owner(evidence, "review", f[2], pairwise) is None]
    lines: list[str] = []
    for count, (figure, unit, quote) in enumerate(found, 1):
        ident = f"u{count:02d}-{_slug(_n(figure.value), '0')}"
        while ident in goal_ids:
            ident += "-u"
        lines.append(
            f"  - {{id: {ident}, title: {q(_short(quote))}, value: {_n(figure.value)}, unit: {q(unit)}, "
            f"source: review, quote: {q(quote)}}}  {MARK}"
        )
    return lines
