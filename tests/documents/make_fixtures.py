#!/usr/bin/env python3
"""Make the committed document fixtures: a government-style web page and PDFs of it and of the bundled plan.

Needs Debian's chromium and fonts-noto-cjk (`apt-get install -y chromium fonts-noto-cjk`); run from the
repository root: `python3 tests/documents/make_fixtures.py`. The PDFs are what a browser's "print to PDF"
gives (embedded subset CJK fonts with Unicode maps, as most published government PDFs are); the tests
themselves render the bundled sources with reportlab, which CI installs.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PLAN = ROOT / "sources" / "001_1610291dfc4f5d0b.txt"

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>嘉兴经济技术开发区2019年工作计划_政府信息公开</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:40em;margin:auto} .nav a{margin:0 1em}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head>
<body>
<header><div class="logo">嘉兴经济技术开发区（国际商务区）门户网站</div>
<nav class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></nav></header>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 计划总结</div>
<article>
<h1>2019年工作计划</h1>
<p class="meta">发布时间：2019-02-18&nbsp;&nbsp;来源：区党政办</p>
{body}
</article>
<footer><p>主办单位：嘉兴经济技术开发区党政办公室&nbsp;|&nbsp;备案号：浙ICP备00000000号</p>
<script>console.log("footer")</script></footer>
</body>
</html>
"""


def page_html() -> str:
    paragraphs = [line for line in PLAN.read_text(encoding="utf-8").splitlines()[2:] if line.strip()]
    body = []
    for number, line in enumerate(paragraphs):
        text = html.escape(line, quote=False)
        if number % 3 == 1:  # figures inside inline markup and after entities, as CMS pages write them
            text = text.replace("8亿美元", '<span style="color:#c00">8</span>亿美元')
        body.append(f'<p style="text-indent:2em">{text}</p>')
    return PAGE.replace("{body}", "\n".join(body))


def print_pdf(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={target}", source.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def main() -> None:
    page = HERE / "gov-page.html"
    page.write_text(page_html(), encoding="utf-8")
    print_pdf(page, HERE / "gov-page.pdf")
    with tempfile.TemporaryDirectory() as scratch:
        plain = Path(scratch) / "plan.html"
        lines = PLAN.read_text(encoding="utf-8").splitlines()
        paragraphs = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines if line.strip())
        style = "body{font-family:'Noto Serif CJK SC',serif;font-size:12pt;text-align:justify}"
        plain.write_text(f"<!DOCTYPE html><meta charset=utf-8><style>{style}</style>{paragraphs}", encoding="utf-8")
        print_pdf(plain, HERE / "plan-chromium.pdf")
    for name in ("gov-page.html", "gov-page.pdf", "plan-chromium.pdf"):
        print(f"{name}: {(HERE / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
