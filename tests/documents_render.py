"""Test-only renderings of text documents as a government would publish them: a PDF (reportlab, with running
headers and page numbers, lines wrapped by the layout) and a web page (navigation, scripts, entities, spans)."""

from __future__ import annotations

import html
import zlib
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


def bomb_pdf(expanded: int) -> bytes:
    """A one-page PDF whose content stream inflates from a few kilobytes to `expanded` bytes."""
    stream = zlib.compress(b" " * expanded, 9)
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
