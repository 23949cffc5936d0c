"""Web-page sources: the visible text of an HTML file, as a reader sees it, with the standard library's parser.

Scripts, styles, the head (its <title> included), navigation, page headers and footers are dropped; block
elements end lines; entities are decoded; a page declaring GBK/GB2312 (or another charset) is decoded as such.
Nothing the page links to is ever fetched.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from planaudit.documents.layout import clean_lines, squeeze
from planaudit.errors import InputError
from planaudit.yamlsafe import decode

_DROPPED = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside",
     "iframe", "object", "select", "button", "form"}
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
     "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "pre", "hr", "address",
     "figure", "figcaption", "center", "body", "html"}
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}
_WHITE = re.compile(r"[ \t\r\n\f]+")
_CJK = "[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
_WIDE_GAP = re.compile(f"(?<={_CJK}) (?={_CJK})")  # a source line break between two CJK characters shows nothing


def _decode(shown: str, data: bytes) -> str:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(shown, data)  # a BOM says UTF-8 (or UTF-16, refused with its reason)
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if name in _GB:
        name = "gb18030"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise InputError.at(shown, 1, 1, f"the page declares an unknown charset {name!r}") from None
    if codec == "utf-8":
        return decode(shown, data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError.at(
            shown, line, 0, f"not valid {name} (the charset the page declares) at byte {exc.start}"
        ) from None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []  # open elements whose content is dropped
        self.pre = 0
        self.bad: tuple[int, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and not self.skipping:
                self.parts.append("\n")
            return
        hidden = dict(attrs).get("role") == "navigation" or "hidden" in dict(attrs)
        if self.skipping or tag in _DROPPED or hidden:
            self.skipping.append(tag)
            return
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:  # close up to the matching element; stray end tags inside are ignored
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if "\ufffd" in data and self.bad is None:
            self.bad = self.getpos()
        if self.pre:
            self.parts.append(data)
        else:
            self.parts.append(_WIDE_GAP.sub("", _WHITE.sub(" ", data)))


def extract(shown: str, data: bytes) -> tuple[str, tuple[int, ...]]:
    """The page's visible text, one line per block; a located InputError for an undecodable or garbled page."""
    parser = _Text()
    parser.feed(_decode(shown, data))
    parser.close()
    if parser.bad is not None:
        line, column = parser.bad
        raise InputError.at(
            shown, line, column + 1, "the page holds a replacement character U+FFFD (text lost in a conversion)"
        )
    joined = _WIDE_GAP.sub("", "".join(parser.parts))
    return "\n".join(squeeze(clean_lines(joined))), ()
