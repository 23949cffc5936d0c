"""Test-only renderings of text documents as a government would publish them: a PDF (reportlab, with running
headers and page numbers, lines wrapped by the layout) and a web page (navigation, scripts, entities, spans)."""

from __future__ import annotations

import html
from pathlib import Path

STYLE_FONT = "STSong-Light"  # one of the CJK fonts every PDF reader knows (Adobe-GB1), so no font file is needed


def render_pdf(text: str, target: Path, *, header: str = "嘉兴经济技术开发区 公开文件", **options: object) -> Path:
    """Each non-blank line a paragraph, wrapped to the page, with a running header and "- N -" at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont(STYLE_FONT))
    style = ParagraphStyle("zh", fontName=STYLE_FONT, fontSize=11, leading=16, wordWrap="CJK")

    def decorate(canvas: object, doc: object) -> None:
        canvas.setFont(STYLE_FONT, 9)  # type: ignore[attr-defined]
        if header:
            canvas.drawString(72, A4[1] - 40, header)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")  # type: ignore[attr-defined]

    document = SimpleDocTemplate(str(target), pagesize=A4, **options)
    paragraphs = [Paragraph(html.escape(line, quote=False), style) for line in text.splitlines() if line.strip()]
    document.build(paragraphs, onFirstPage=decorate, onLaterPages=decorate)
    return target


PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_政府信息公开</title>
<style>p {{ text-indent: 2em }}</style><script>var t = "{title}"; document.write(t);</script></head>
<body><header><div>门户网站</div><nav><a href="https://example.invalid/">首页</a> | <a href="/zwgk/">政务公开</a></nav></header>
<div class="content">
{paragraphs}
</div>
<footer>主办单位：党政办公室&nbsp;|&nbsp;<a href="https://example.invalid/">备案号</a></footer>
<script src="https://example.invalid/stat.js"></script>
</body></html>
"""


def render_html(text: str, target: Path) -> Path:
    """Each non-blank line a <p>: entities for some characters, a figure in a <span>, source line breaks inside."""
    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = []
    for number, line in enumerate(lines):
        escaped = html.escape(line, quote=False).replace("%", "&#37;").replace("“", "&ldquo;")
        if number % 2:
            escaped = escaped.replace("亿", '<span class="num">亿</span>', 1)
        middle = len(escaped) // 2
        if number % 3 == 0 and "<" not in escaped and "&" not in escaped[middle - 8 : middle + 8]:
            escaped = escaped[:middle] + "\n" + escaped[middle:]  # a CMS's hard line break inside a paragraph
        paragraphs.append(f"<p>{escaped}</p>")
    title = html.escape(lines[0] if lines else "")
    target.write_text(PAGE.format(title=title, paragraphs="\n".join(paragraphs)), encoding="utf-8")
    return target


class _Bits:
    """A deflate bit stream: fields least significant bit first, Huffman codes most significant bit first."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def field(self, value: int, width: int) -> None:
        self.value |= value << self.length
        self.length += width

    def code(self, code: str) -> None:
        self.field(int(code[::-1], 2), len(code))

    def to_bytes(self) -> bytes:
        assert self.length % 8 == 0, self.length
        return self.value.to_bytes(self.length // 8, "little")


REPEATS = (1 << 20) - 1  # copies of 258 bytes in one block: ≡ 3 (mod 4), so that the block fills whole bytes


def _spaces_block(repeats: int = REPEATS) -> bytes:
    """One non-final dynamic-Huffman deflate block that copies the previous byte 258 × `repeats` times.

    Its codes: length 258 (symbol 285) and distance 1 are one bit each, so each copy is two zero bits — what zlib
    at level 9 makes of a long run, built directly instead of compressing gigabytes."""
    assert repeats % 4 == 3
    bits = _Bits()
    bits.field(0, 1)  # not the final block
    bits.field(2, 2)  # dynamic Huffman codes
    bits.field(286 - 257, 5)  # literal/length code lengths given: 0..285
    bits.field(1 - 1, 5)  # distance code lengths given: 1
    order = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
    length_lengths = {2: 1, 1: 2, 18: 2}  # the code-length code: "2" is 0, "1" is 10, "18" (zeros) is 11
    bits.field(18 - 4, 4)  # code-length code lengths given: up to symbol 1, 18th in `order`
    for symbol in order[:18]:
        bits.field(length_lengths.get(symbol, 0), 3)
    codes = {2: "0", 1: "10", 18: "11"}
    # literal 0: 2 bits; 1..255: none; 256 (end of block): 2 bits; 257..284: none; 285: 1 bit; distance 0: 1 bit
    for symbol, zeros in ((2, 0), (18, 138), (18, 117), (2, 0), (18, 28), (1, 0), (1, 0)):
        bits.code(codes[symbol])
        if zeros:
            bits.field(zeros - 11, 7)
    for _ in range(repeats // 4):  # four copies (285 "0", distance "0") per byte of zero bits
        bits.field(0, 8)
    bits.field(0, 2 * (repeats % 4))
    bits.code("11")  # end of block: symbol 256 is "11" (literal 0 is "10", 285 is "0")
    return bits.to_bytes()


def deflated_spaces(expanded: int, repeats: int = REPEATS) -> tuple[bytes, int]:
    """A zlib stream of at least `expanded` spaces, a few kilobytes per 270 MB, and how many spaces it holds."""
    blocks = -(-(expanded - 1) // (258 * repeats))
    count = 1 + blocks * 258 * repeats
    first = b"\x00\x01\x00\xfe\xff "  # a stored block holding one space, ending on a byte boundary
    last = b"\x01\x00\x00\xff\xff"  # the final block: stored, empty
    adler_a = (1 + 32 * count) % 65521  # zlib's Adler-32 of `count` spaces (byte value 32), computed, not summed
    adler_b = (count + 32 * count * (count + 1) // 2) % 65521
    body = first + _spaces_block(repeats) * blocks + last
    return b"\x78\xda" + body + ((adler_b << 16) | adler_a).to_bytes(4, "big"), count


def bomb_pdf(expanded: int) -> bytes:
    """A one-page PDF whose content stream inflates from a few kilobytes to at least `expanded` bytes."""
    stream, _ = deflated_spaces(expanded)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
