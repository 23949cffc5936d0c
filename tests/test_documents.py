"""PDF and web-page sources: extracted once, kept beside the audit, cited by page, and refused when degraded."""

from __future__ import annotations

import os
import re
import shutil
import zlib
from pathlib import Path

import pytest
import yaml

from planaudit.documents import Paged, sniff, text_of
from planaudit.documents.cache import cache_path
from tests.conftest import ROOT, run_cli
from tests.documents_render import bomb_pdf, deflated_spaces, render_html, render_pdf

pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed; CI installs it")
pytest.importorskip("reportlab", reason="reportlab (test-only) renders the fixtures; CI installs it")

FIXTURES = Path(__file__).resolve().parent / "documents"
SOURCES = ("000_c5408738e60946da", "001_1610291dfc4f5d0b", "002_8aecebe1aaa7d8cc")
PLAN = ROOT / "sources" / f"{SOURCES[1]}.txt"


def _rendered(tmp_path: Path, kind: str) -> Path:
    """The bundled audit with its three sources rendered as `kind` (pdf or html) and its targets pointing at them."""
    (tmp_path / "sources").mkdir()
    for name in SOURCES:
        text = (ROOT / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        target = tmp_path / "sources" / f"{name}.{kind}"
        render_pdf(text, target) if kind == "pdf" else render_html(text, target)
    targets = (ROOT / "targets.yaml").read_text(encoding="utf-8")
    for name in SOURCES:
        targets = targets.replace(f"sources/{name}.txt", f"sources/{name}.{kind}")
    (tmp_path / "targets.yaml").write_text(targets, encoding="utf-8")
    shutil.copy(ROOT / "actuals.yaml", tmp_path / "actuals.yaml")
    return tmp_path


@pytest.fixture(scope="module")
def pdf_audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _rendered(tmp_path_factory.mktemp("pdf"), "pdf")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_bundled_audit_validates_against_pdf_renderings_of_its_documents(
    pdf_audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pdf_audit)
    result = run_cli("validate")
    assert result.exit_code == 0, result.stderr
    assert "ok" in result.stdout.lower() or "valid" in result.stdout.lower()
    for name in SOURCES:  # each extracted once, kept beside the audit with its source's sha256
        kept = Path(cache_path(str(pdf_audit / "sources" / f"{name}.pdf")))
        header, _, text = kept.read_text(encoding="utf-8").partition("\n")
        assert "kind=pdf sha256=" in header
        assert "嘉兴经济技术开发区 公开文件" not in text and "- 1 -" not in text  # running header and page number
        assert re.search(r"pages=\d+,\d+", header)  # where pages 2 and 3 start


def test_explain_cites_the_page_of_each_quote_in_a_pdf(pdf_audit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    monkeypatch.chdir(pdf_audit)
    document = pdfium.PdfDocument(str(pdf_audit / "sources" / f"{SOURCES[1]}.pdf"))
    pages = [_flat(document[i].get_textpage().get_text_range()) for i in range(len(document))]
    goals = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    seen = set()
    for goal in (goals[0], goals[len(goals) // 2], goals[-1]):
        quote = _flat(goal["quote"])
        expected = next(n for n, page in enumerate(pages, 1) if quote[:12] in page)
        result = run_cli("explain", goal["id"])
        assert result.exit_code == 0, result.stderr
        assert f"plan-2019, p. {expected})" in result.stdout, result.stdout
        seen.add(expected)
    assert len(seen) > 1  # the goals chosen stand on different pages
    result = run_cli("check", "--format", "html", "-o", "report.html")
    assert result.exit_code in (0, 1), result.stderr
    report = Path("report.html").read_text(encoding="utf-8")
    cited = re.findall(r"<cite class=muted>— [^<]*?, p\. (\d+)</cite>", report)
    assert len(cited) > 10 and {"1", "2", "3"} <= set(cited)  # the plan's and the reviews' quotes, by page


def test_the_bundled_audit_validates_against_web_page_renderings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_rendered(tmp_path, "html"))
    result = run_cli("check", "--format", "json", "-o", "report.json")
    assert result.exit_code in (0, 1), result.stderr
    assert run_cli("validate").exit_code == 0
    text = Path(cache_path(str(tmp_path / "sources" / f"{SOURCES[1]}.html"))).read_text(encoding="utf-8")
    assert "政府信息公开" not in text and "document.write" not in text and "备案号" not in text  # title, script, footer
    assert "&#37;" not in text and "%" in text


def test_draft_on_the_pdf_plan_gives_the_goals_it_gives_on_the_text(tmp_path: Path) -> None:
    pdf = render_pdf(PLAN.read_text(encoding="utf-8"), tmp_path / "plan.pdf")
    for name, source in (("text", PLAN), ("pdf", pdf)):
        (tmp_path / name).mkdir()
        result = run_cli("draft", str(source), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
    from_text = yaml.safe_load((tmp_path / "text" / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    from_pdf = yaml.safe_load((tmp_path / "pdf" / "targets.yaml").read_text(encoding="utf-8"))["goals"]
    assert len(from_text) > 10
    assert [(g["id"], g["rule"]) for g in from_pdf] == [(g["id"], g["rule"]) for g in from_text]
    assert [_flat(g["quote"]) for g in from_pdf] == [_flat(g["quote"]) for g in from_text]


def test_a_browser_printed_pdf_and_a_government_web_page_read_as_their_text() -> None:
    plan = _flat(PLAN.read_text(encoding="utf-8"))
    printed = text_of("plan.pdf", (FIXTURES / "plan-chromium.pdf").read_bytes())
    assert isinstance(printed, Paged) and printed.kind == "pdf"
    assert _flat(printed) == plan  # every character, the CJK ones as written (no Kangxi radicals), in order
    page = text_of("page.html", (FIXTURES / "gov-page.html").read_bytes())
    assert "力争完成合同外资8亿美元" in page  # a figure inside a <span>
    assert "发布时间：2019-02-18 来源" in page  # &nbsp; read as a space
    assert "门户网站" not in page and "统计代码" not in page and "首页" not in page.split("\n", 1)[1]


# A source is recognised by its content, whatever its name.
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><p>x", "html"),
        (b"  <!-- saved --> <html lang=zh>", "html"),
        (b"<p>a fragment", "text"),
        ("计划\n".encode(), "text"),
        (b"PK\x03\x04rest", "other"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data, "document.txt") == kind


def _audit_with_source(tmp_path: Path, name: str, data: bytes) -> Path:
    """The small base audit with its plan replaced by `data` saved as sources/NAME."""
    from tests.conftest import BASE

    shutil.copytree(BASE, tmp_path, dirs_exist_ok=True)
    targets = tmp_path / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    plan_path = re.search(r"path: (\S+)", text)
    assert plan_path is not None
    text = text.replace(plan_path.group(1), f"sources/{name}", 1)
    targets.write_text(text, encoding="utf-8")
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / name).write_bytes(data)
    return tmp_path


def _refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes) -> str:
    """validate's and draft's stderr for a plan with these bytes: both exit 2 and write nothing."""
    folder = _audit_with_source(tmp_path, name, data)
    monkeypatch.chdir(folder)
    result = run_cli("validate")
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert not os.path.exists(cache_path(str(folder / "sources" / name)))
    (folder / "out").mkdir()
    drafted = run_cli("draft", f"sources/{name}", "-o", "out")
    assert drafted.exit_code == 2 and "Traceback" not in drafted.stderr
    assert list((folder / "out").iterdir()) == []
    assert f"sources/{name}" in drafted.stderr
    return result.stderr


def _pdf(tmp_path: Path, **options: object) -> bytes:
    return render_pdf(
        "计划\n到2020年，完成合同外资8亿美元。\n", tmp_path / "made.pdf", header="", **options
    ).read_bytes()


def test_an_encrypted_pdf_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf(tmp_path, encrypt="secret")
    assert "is encrypted with a password" in _refused(tmp_path, monkeypatch, "plan.pdf", data)


def test_a_scanned_pdf_asks_for_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "scan.pdf"))
    canvas.drawString(72, 720, "Cover page")  # page 1 has text, page 2 is only a picture of one
    canvas.showPage()
    canvas.drawImage(ImageReader(Image.new("L", (200, 100), 200)), 72, 500, 400, 200)
    canvas.showPage()
    canvas.save()
    message = _refused(tmp_path, monkeypatch, "plan.pdf", (tmp_path / "scan.pdf").read_bytes())
    assert "page 2 has no text layer (a scanned image): run OCR first" in message


def test_a_damaged_pdf_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"%PDF-1.7\n" + os.urandom(2000)
    assert "starts like a PDF but is damaged" in _refused(tmp_path, monkeypatch, "plan.pdf", data)


def test_a_decompression_bomb_is_stopped_within_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = bomb_pdf(3 << 30)  # 3 GiB of content stream in about 3 MB
    assert len(data) < 8 << 20
    message = _refused(tmp_path, monkeypatch, "plan.pdf", data)
    assert "could not be read" in message or "holds no text" in message or "took longer" in message, message


@pytest.mark.parametrize("repeats", [3, 7, 4095])
def test_the_bomb_inflates_to_the_spaces_it_counts(repeats: int) -> None:
    """The bomb's stream is built block by block (compressing 3 GiB took half a minute and 3 GiB of memory); at small
    sizes zlib inflates it, checksum included, to exactly the spaces counted, so the 3 GiB one holds what it says."""
    for expanded in (1, 259, 100_000):
        stream, count = deflated_spaces(expanded, repeats)
        assert count >= expanded and zlib.decompress(stream) == b" " * count
    stream, count = deflated_spaces(3 << 30)
    assert count >= 3 << 30 and len(stream) < 4 << 20


def test_a_huge_pdf_is_refused_by_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANAUDIT_MAX_FILE_SIZE", "1000")
    data = _pdf(tmp_path)
    assert len(data) > 1000
    message = _refused(tmp_path, monkeypatch, "plan.pdf", data)
    assert "larger than the 1,000 bytes limit" in message


def test_garbled_text_layers_are_refused_with_their_page() -> None:
    from planaudit.documents.pdf import _GARBLED

    assert _GARBLED.search("合同外资(cid:123)亿") and _GARBLED.search("\ufffd") and _GARBLED.search("\ue001")
    assert not _GARBLED.search("合同外资8亿美元\n\t")


def test_a_web_page_with_lost_characters_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = "<!DOCTYPE html><html><body>\n<p>完成合同外资\ufffd亿美元</p></body></html>".encode()
    assert "sources/plan.html:2:4: the page holds a replacement character" in _refused(
        tmp_path, monkeypatch, "plan.html", data
    )


def test_a_web_page_in_gbk_is_decoded_by_its_declared_charset() -> None:
    data = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>完成合同外资8亿美元</p>'
    assert text_of("page.htm", data.encode("gb18030")) == "完成合同外资8亿美元"


def test_a_word_document_or_an_image_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "ZIP archive (a .docx" in _refused(tmp_path, monkeypatch, "plan.txt", b"PK\x03\x04" + b"\x00" * 100)


def test_a_web_address_is_never_fetched(tmp_path: Path) -> None:
    result = run_cli("draft", "https://example.invalid/plan.pdf", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a web address: planaudit never downloads" in result.stderr


def test_the_kept_text_is_reused_only_while_its_source_is_unchanged(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    render_pdf("计划\n完成合同外资8亿美元。\n", pdf, header="")
    first = text_of(str(pdf), pdf.read_bytes(), str(pdf))
    kept = Path(cache_path(str(pdf)))
    header, _, body = kept.read_text(encoding="utf-8").partition("\n")
    assert body == first and "pages=" in header
    kept.write_text(f"{header}\n完成合同外资9亿美元。", encoding="utf-8")  # edited by hand: its own digest fails
    assert "8亿" in text_of(str(pdf), pdf.read_bytes(), str(pdf))
    render_pdf("计划\n完成合同外资6亿美元。\n", pdf, header="")  # the source changed: extracted again
    assert "6亿" in text_of(str(pdf), pdf.read_bytes(), str(pdf))
    assert "6亿" in kept.read_text(encoding="utf-8")


def test_the_kept_text_never_follows_a_link_out_of_the_audit(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    audit = tmp_path / "audit"
    audit.mkdir()
    (audit / ".planaudit").symlink_to(outside)
    pdf = render_pdf("计划\n完成合同外资8亿美元。\n", audit / "plan.pdf", header="")
    assert "8亿" in text_of(str(pdf), pdf.read_bytes(), str(pdf))
    assert list(outside.iterdir()) == []


def test_pdftotext_output_reads_with_its_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Form feeds are page breaks, page numbers go, and a quote cut by a hard wrap still stands; explain cites p. 2."""
    from tests.conftest import BASE

    shutil.copytree(BASE, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    targets = yaml.safe_load(Path("targets.yaml").read_text(encoding="utf-8"))
    plan_id, plan = next((sid, s) for sid, s in targets["sources"].items() if s["role"] == "plan")
    text = Path(plan["path"]).read_text(encoding="utf-8")
    goal = targets["goals"][-1]
    at = text.index(goal["quote"])
    cut = at + len(goal["quote"]) // 2
    wrapped = text[:at] + "\n\n- 1 -\n\f" + text[at:cut] + "\n" + text[cut:] + "\n- 2 -\n"
    Path(plan["path"]).write_text(wrapped, encoding="utf-8")
    assert run_cli("validate").exit_code == 0
    result = run_cli("explain", goal["id"])
    assert f"({plan_id}, p. 2)" in result.stdout, result.stdout


def test_a_huge_web_page_is_refused_by_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANAUDIT_MAX_FILE_SIZE", "5000")
    data = ("<!DOCTYPE html><body>" + "<p>完成合同外资8亿美元。</p>\n" * 400).encode()
    assert "larger than the 5,000 bytes limit" in _refused(tmp_path, monkeypatch, "plan.html", data)


def test_a_compressed_web_page_says_to_uncompress_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    data = gzip.compress(b"<!DOCTYPE html>" + b"<p>x</p>" * 10_000_000)  # 80 MB inflated: never inflated
    assert "is gzip-compressed: uncompress it first" in _refused(tmp_path, monkeypatch, "plan.html", data)


def test_a_broken_web_page_with_no_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"<!DOCTYPE html><html><head><title>2019\xe5\xb9\xb4\xe8\xae\xa1\xe5\x88\x92</title><script>var a = '<p>'"
    assert "the HTML holds no text" in _refused(tmp_path, monkeypatch, "plan.html", data)


def test_deeply_nested_and_unclosed_markup_keeps_its_text() -> None:
    # Its cost (linear in the depth) is measured in benchmarks/documents_bench.py, not asserted here.
    data = ("<!DOCTYPE html>" + "<div><span>" * 20_000 + "完成合同外资8亿美元。" + "<p>" * 20_000).encode()
    assert text_of("deep.html", data).strip() == "完成合同外资8亿美元。"


def test_without_the_pdf_extra_a_pdf_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pypdfium2" else real(name, *a))
    message = _refused(tmp_path, monkeypatch, "plan.pdf", _pdf(tmp_path))
    assert "is a PDF, and reading PDF needs the pdf extra: pip install 'planaudit[pdf]'" in message


def test_a_pdf_named_txt_is_read_as_a_pdf_not_refused_as_latin_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = render_pdf(PLAN.read_text(encoding="utf-8"), tmp_path / "plan.txt")
    result = run_cli("draft", str(pdf), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert "Latin-1" not in result.stderr


def test_a_font_whose_unicode_map_says_nothing_real_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text layer mapped to private-use code points (as a font with no real Unicode map gives) is garbled."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))  # shipped with reportlab
    canvas = Canvas(str(tmp_path / "made.pdf"), pageCompression=0)
    canvas.setFont("Vera", 12)
    canvas.drawString(72, 720, "Contract FDI of 8 billion dollars")
    canvas.save()
    data = (tmp_path / "made.pdf").read_bytes()
    garbled = re.sub(rb"(<[0-9A-F]{2}> <)00([2-7][0-9A-F]>)", rb"\1E0\2", data)  # its ToUnicode map, to U+E0xx
    assert len(garbled) == len(data) and garbled != data
    message = _refused(tmp_path, monkeypatch, "plan.pdf", garbled)
    assert "page 1: the text layer is garbled (U+E043, a character from a font with no Unicode map)" in message


def test_a_quote_not_in_a_pdf_names_the_text_it_was_read_as(pdf_audit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = pdf_audit.parent / "mismatch"
    shutil.copytree(pdf_audit, work)
    monkeypatch.chdir(work)
    targets = Path("targets.yaml")
    goal = yaml.safe_load(targets.read_text(encoding="utf-8"))["goals"][0]
    targets.write_text(targets.read_text(encoding="utf-8").replace(goal["quote"], goal["quote"] + "X", 1), "utf-8")
    result = run_cli("validate")
    assert result.exit_code == 2
    expected = f"quote not found verbatim in sources/{SOURCES[1]}.pdf (read as the text in sources/.planaudit/{SOURCES[1]}.pdf.txt)"
    assert expected in result.stderr, result.stderr
