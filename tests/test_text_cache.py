"""Kept document text (`.planaudit/NAME.txt`) is used again only when this user's key signed it: a planted file is not."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from planaudit.documents import text_of
from planaudit.documents.cache import cache_path, key_path

PAGE = "<html><body><p>计划</p><p>完成合同外资8亿美元。</p></body></html>"


def _page(folder: Path) -> Path:
    page = folder / "plan.html"
    page.write_text(PAGE, encoding="utf-8")
    return page


def _read(page: Path) -> str:
    return text_of(str(page), page.read_bytes(), str(page))


def _planted(page: Path, text: str) -> None:
    """What a pull request could add: a kept text with the source's digest, the text's own digest and a made-up mac."""
    source = hashlib.sha256(page.read_bytes()).hexdigest()
    digest = hashlib.sha256(text.encode()).hexdigest()
    header = f"planaudit extracted text v2 kind=html sha256={source} text-sha256={digest} pages= mac={'0' * 64}\n"
    kept = Path(cache_path(str(page)))
    kept.parent.mkdir(exist_ok=True)
    kept.write_text(header + text, encoding="utf-8")


def test_the_text_is_kept_and_used_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(tmp_path)
    first = _read(page)
    kept = Path(cache_path(str(page)))
    assert kept.read_text(encoding="utf-8").partition("\n")[2] == first
    monkeypatch.setattr("planaudit.documents.html.extract", lambda *a: pytest.fail("extracted again"))
    assert _read(page) == first
    key = Path(str(key_path()))
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.stat().st_size == 32


def test_a_planted_text_with_matching_digests_is_not_the_source(tmp_path: Path) -> None:
    page = _page(tmp_path)
    _planted(page, "计划\n完成合同外资80亿美元。")
    text = _read(page)
    assert "80亿" not in text and "8亿美元" in text
    assert "8亿美元" in Path(cache_path(str(page))).read_text(encoding="utf-8")  # written again, signed


def test_a_planted_text_is_refused_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import run_cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    page = _page(tmp_path / "sources")
    assert run_cli("draft", "sources/plan.html", "-o", ".").exit_code == 0
    targets = (tmp_path / "targets.yaml").read_text(encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(targets.replace("8亿美元", "80亿美元"), encoding="utf-8")
    _planted(page, "计划\n完成合同外资80亿美元。")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "quote not found verbatim in sources/plan.html" in result.stderr and "0亿美元" in result.stderr


def test_no_key_to_be_had_means_no_kept_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("HOME", raising=False)
    page = _page(tmp_path)
    assert "8亿美元" in _read(page)
    assert not os.path.exists(cache_path(str(page)))


def test_a_key_others_can_read_signs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page = _page(tmp_path)
    _read(page)
    key = Path(str(key_path()))
    key.chmod(0o644)
    Path(cache_path(str(page))).unlink()
    assert "8亿美元" in _read(page)
    assert not os.path.exists(cache_path(str(page)))
