"""Document extraction measured: PDF with pypdfium2 against pdfminer.six, HTML with html.parser against selectolax.

python benchmarks/documents_bench.py [RUNS]

On the committed fixtures (tests/documents/: a browser-printed PDF of the bundled plan with embedded CJK fonts, a
government-style web page) and on the three bundled sources rendered by reportlab (running headers, page
numbers, wrapped lines). For each: median time over RUNS (default 5), whether the text equals the source's
(white space aside: CJK correctness), characters off, and how many lines the quotes must be matched across.
Candidates not installed are reported as such (`pip install pdfminer.six selectolax` to compare them). Also: the
import cost of each library in a fresh interpreter, and planaudit's own path (planaudit.documents.text_of,
child process and layout included).
"""

from __future__ import annotations

import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from planaudit.documents import text_of  # noqa: E402
from planaudit.errors import InputError  # noqa: E402
from tests.documents_render import bomb_pdf, render_html, render_pdf  # noqa: E402

SOURCES = sorted((ROOT / "sources").glob("*.txt"))
FIXTURES = ROOT / "tests" / "documents"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def off(expected: str, got: str) -> int:
    """Characters that differ, white space aside (0: exact)."""
    a, b = flat(expected), flat(got)
    import difflib

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return max(len(a), len(b)) - sum(block.size for block in matcher.get_matching_blocks())


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def pdfium_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    return "\f".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def parser_text(path: Path) -> str:
    from planaudit.documents.html import extract

    return extract(str(path), path.read_bytes())[0]


def selectolax_text(path: Path) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(path.read_bytes().decode("utf-8"))
    for node in tree.css("script, style, head, nav, header, footer"):
        node.decompose()
    body = tree.body
    return "" if body is None else str(body.text(separator="\n"))


def import_ms(module: str, runs: int) -> str:
    if importlib.util.find_spec(module) is None:
        return "not installed"
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs_ = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True) for _ in range(runs)]
    times = [float(run.stdout) for run in runs_]
    return f"{statistics.median(times) * 1000:.0f} ms"


def nested(depth: int) -> float:
    """CPU seconds to read a page of `depth` open <div><span> and `depth` unclosed <p> around one sentence."""
    data = ("<!DOCTYPE html>" + "<div><span>" * depth + "完成合同外资8亿美元。" + "<p>" * depth).encode()
    start = time.process_time()
    if "完成合同外资8亿美元。" not in text_of("deep.html", data):
        raise SystemExit("the nested page lost its sentence")
    return time.process_time() - start


def main(argv: list[str]) -> None:
    runs = int(argv[0]) if argv else 5
    print(f"python {sys.version.split()[0]}, {runs} runs each, medians")
    for module in ("pypdfium2", "pdfminer.high_level", "selectolax.lexbor", "html.parser"):
        print(f"import {module}: {import_ms(module, runs)}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pdfs = [(FIXTURES / "plan-chromium.pdf", (ROOT / "sources" / "001_1610291dfc4f5d0b.txt").read_text("utf-8"))]
        pages = [(FIXTURES / "gov-page.html", None)]
        for source in SOURCES:
            text = source.read_text(encoding="utf-8")
            pdfs.append((render_pdf(text, folder / f"{source.stem}.pdf"), text))
            pages.append((render_html(text, folder / f"{source.stem}.html"), text))
        big = folder / "big.html"  # the three sources fifty times over: about 1.5 MB of page
        big.write_text("".join(p.read_text("utf-8") for p, _ in pages[1:]) * 50, encoding="utf-8")
        print("\nPDF                      library      ms   chars off  lines")
        for path, expected in pdfs:
            for name, extract in (("pypdfium2", pdfium_text), ("pdfminer.six", pdfminer_text)):
                if importlib.util.find_spec(name.split(".")[0]) is None:
                    print(f"{path.name:24} {name:12} not installed")
                    continue
                got = extract(path)
                ms = median_ms(lambda extract=extract, path=path: extract(path), runs)
                print(f"{path.name:24} {name:12} {ms:5.0f} {off(expected, got):9} {got.count(chr(10)):6}")
            data = path.read_bytes()
            got = text_of(path.name, data)
            ms = median_ms(lambda data=data, path=path: text_of(path.name, data), runs)
            print(f"{path.name:24} {'planaudit':12} {ms:5.0f} {off(expected, got):9} {got.count(chr(10)):6}")
        print("\nHTML                     library      ms   chars off  lines")
        pages.append((big, None))
        for path, expected in pages:
            for name, extract in (("html.parser", parser_text), ("selectolax", selectolax_text)):
                if importlib.util.find_spec(name.split(".")[0]) is None:
                    print(f"{path.name:24} {name:12} not installed")
                    continue
                got = extract(path)
                ms = median_ms(lambda extract=extract, path=path: extract(path), runs)
                errors = "-" if expected is None else str(off(expected, got))
                print(f"{path.name:24} {name:12} {ms:5.0f} {errors:>9} {got.count(chr(10)):6}")
        print("\nHostile PDF: time to the refusal, and the message")
        small = "计划\n完成合同外资8亿美元。\n"
        cases = {
            "bomb (3 GiB in 3 MB)": bomb_pdf(3 << 30),
            "encrypted": render_pdf(small, folder / "e.pdf", header="", encrypt="secret").read_bytes(),
            "damaged": b"%PDF-1.7\n" + bytes(range(256)) * 8,
            "truncated": render_pdf(small, folder / "t.pdf", header="").read_bytes()[:400],
        }
        for name, data in cases.items():
            start = time.perf_counter()
            try:
                text_of(name, data)
                message = "(read)"
            except InputError as exc:
                message = exc.problems[0].message
            print(f"{name:22} {time.perf_counter() - start:6.2f} s  {message}")
    print("\nDeeply nested, unclosed markup: CPU of this process (linear: 4x the depth costs about 4x)")
    nested(1_000)  # imports and first-use compiles out of the way
    small, large = min(nested(50_000) for _ in range(runs)), min(nested(200_000) for _ in range(runs))
    print(f"depth 50,000 {small:6.3f} s   depth 200,000 {large:6.3f} s   ratio {large / small:4.2f} (quadratic: 16)")
    print(f"\n(cpu count {os.cpu_count()})")


if __name__ == "__main__":
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        sys.exit(0)
    main(sys.argv[1:])
