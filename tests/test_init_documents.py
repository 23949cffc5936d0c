"""`planaudit init DIR --plan …`: an audit started from the user's own PDF, web page or text documents."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli

FIXTURES = Path(__file__).resolve().parent / "documents"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("fixture", "copy"), [("plan-chromium.pdf", "plan.pdf"), ("gov-page.html", "plan.html")])
def test_init_from_a_document_copies_it_and_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture: str, copy: str
) -> None:
    if fixture.endswith(".pdf"):
        pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed; CI installs it")
    shutil.copy(FIXTURES / fixture, tmp_path / fixture)
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "audit", "--plan", fixture)
    assert result.exit_code == 0, result.stderr
    assert "wrote audit/sources/" + copy in result.stdout
    # The document itself is copied, byte for byte (a PDF stays a PDF), and the targets cite the copy.
    assert (tmp_path / "audit" / "sources" / copy).read_bytes() == (FIXTURES / fixture).read_bytes()
    targets = (tmp_path / "audit" / "targets.yaml").read_text(encoding="utf-8")
    assert f'path: "sources/{copy}"' in targets
    assert "quote:" in targets
    monkeypatch.chdir(tmp_path / "audit")
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr
    assert "quotes and" in validated.stdout and "verified" in validated.stdout
    checked = run_cli("check")  # a draft is not an audit until its marks are reviewed
    assert checked.exit_code != 0


def test_init_with_a_review_copies_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plan.txt").write_text("计划\n到2020年，完成合同外资8亿美元。\n", encoding="utf-8")
    shutil.copy(FIXTURES / "gov-page.html", tmp_path / "review.htm")
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "audit", "--plan", "plan.txt", "--review", "review.htm")
    assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(tmp_path / "audit" / "sources")) == ["plan.txt", "review.html"]
    targets = (tmp_path / "audit" / "targets.yaml").read_text(encoding="utf-8")
    assert 'path: "sources/review.html"' in targets and "role: review" in targets
    monkeypatch.chdir(tmp_path / "audit")
    assert run_cli("validate").exit_code == 0


@pytest.mark.parametrize("existing", [False, True])
def test_init_with_a_broken_pdf_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool) -> None:
    pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed; CI installs it")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    shutil.copy(FIXTURES / "gov-page.html", tmp_path / "review.html")
    monkeypatch.chdir(tmp_path)
    if existing:
        (tmp_path / "audit").mkdir()
        (tmp_path / "audit" / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    # The good review is named first: every document is read before anything is written.
    result = run_cli("init", "audit", "--review", "review.html", "--plan", "broken.pdf", "--force")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("broken.pdf:") and "starts like a PDF but is damaged" in result.stderr
    assert _snapshot(tmp_path) == before
    assert (tmp_path / "audit").exists() == existing


def test_init_refuses_hidden_documents_and_links_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "work" / ".git").mkdir(parents=True)
    (tmp_path / "work" / ".git" / "plan.txt").write_text("到2020年，完成合同外资8亿美元。\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("到2020年，完成合同外资8亿美元。\n", encoding="utf-8")
    (tmp_path / "work" / "plan.txt").symlink_to(tmp_path / "secret.txt")
    monkeypatch.chdir(tmp_path / "work")
    hidden = run_cli("init", "audit", "--plan", ".git/plan.txt")
    assert hidden.exit_code == 2 and "hidden or version-control metadata" in hidden.stderr
    linked = run_cli("init", "audit", "--plan", "plan.txt")
    assert linked.exit_code == 2 and "symbolic link" in linked.stderr
    lonely = run_cli("init", "audit", "--review", "plan.txt")
    assert lonely.exit_code == 2 and "need --plan" in lonely.stderr
    assert not (tmp_path / "work" / "audit").exists()


def test_the_readme_init_from_documents_commands_work_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed; CI installs it")
    from tests.conftest import ROOT
    from tests.documents_render import render_html
    from tests.test_readme import blocks, replay

    commands = blocks("Start a new audit", "sh")[1]
    shutil.copy(FIXTURES / "plan-chromium.pdf", tmp_path / "plan.pdf")
    review = (ROOT / "sources" / "002_8aecebe1aaa7d8cc.txt").read_text(encoding="utf-8")
    render_html(review, tmp_path / "review.html")
    result = replay(commands, tmp_path, monkeypatch)
    copies = sorted(os.listdir(tmp_path / "my-plan" / "sources"))
    assert copies == [".planaudit", "plan.pdf", "review.html"]  # validate keeps the extracted text in .planaudit/
    assert result.stdout.startswith("valid: ") and "quotes and" in result.stdout
