"""read_figures_known: a document's figures taken from pieces read before (quotes) are exactly read_figures'."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from planaudit.reading import figures
from planaudit.reading.figures import Figure, read_figures, read_figures_known

ROOT = Path(__file__).resolve().parent.parent


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts figures.read_figures is called on from now on (read_figures_known's own calls), in order."""
    read: list[str] = []
    real = figures.read_figures

    def counted(piece: str) -> list[Figure]:
        read.append(piece)
        return real(piece)

    monkeypatch.setattr(figures, "read_figures", counted)
    return read


def _every_piece(text: str) -> dict[str, list[Figure]]:
    return {piece: read_figures(piece) for piece in text.split("。")}


def _piece_by_piece(text: str) -> list[Figure]:
    """Each piece between full stops read alone, end to end: what a reuse without the guards would give."""
    out: list[Figure] = []
    offset = 0
    for piece in text.split("。"):
        out += [f._replace(start=f.start + offset, end=f.end + offset) for f in read_figures(piece)]
        offset += len(piece) + 1
    return out


# Each reads differently piece by piece than whole: a number in words that ends a piece ("forty two。" states no
# figure), a numbered heading whose line ends after the full stop, a part whose whole follows it.
EDGES = [
    "确保 forty two。新增5个",
    "确保forty two 。5个",
    "\n3 Key Principles。确保。5个。\n",
    "\n3 Key Principles。5个。\n",
    "10 of the one new strips。5个",
    "10 of the one new strips。" + "确保" * 50 + "。5个",
]


@pytest.mark.parametrize("text", EDGES)
def test_a_piece_that_reads_otherwise_alone_is_read_with_what_follows(text: str) -> None:
    assert _piece_by_piece(text) != read_figures(text)  # the case is real: reading each piece alone differs
    assert read_figures_known(text, _every_piece(text)) == read_figures(text)


def test_known_pieces_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "确保新增企业5家。全年完成投资8亿元、增长6%。建成学校3所。力争GDP增长7%。"
    known = {"确保新增企业5家": read_figures("确保新增企业5家"), "建成学校3所": read_figures("建成学校3所")}
    read = _count_reads(monkeypatch)
    got = read_figures_known(text, known)
    assert read == ["全年完成投资8亿元、增长6%", "力争GDP增长7%。"]  # only the text no quote held
    assert got == read_figures(text)


TOKENS = [
    "。", "。", "。", "\n", " ", "3", "25", "2019", "10", "1,000", "6.5", "%", "个", "亿元", "万", "年", "月", "三", "十",
    "两", "个百分点", "以上", "左右", "近", "约", "超过", "、", "，", "-", "至", "第", "位", "forty", " two", "one",
    " of the ", " new strips", " Key Principles", " Rurban Clusters", " lakh", " crore", " in ", " five", "Rs.", "₹",
    "over ", " more", "half", "a ", "K", "ſ", "İ", "ı", "G", "PM2.5", "FY", "March ", "1st", " May", ":", "：", "/",
    "between ", " and ", "确保", "增长", "新增", "家", "（", "）", "x",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_random_texts_read_the_same_with_any_pieces_known(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2500):
        text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 40)))
        known = {piece: read_figures(piece) for piece in text.split("。") if rng.random() < 0.8} or {"": []}
        assert read_figures_known(text, known) == read_figures(text), text


def test_every_bundled_document_reads_the_same_from_its_pieces() -> None:
    paths = [p for p in (ROOT / "examples").rglob("*.txt")] + list((ROOT / "sources").glob("*.txt"))
    assert len(paths) >= 5
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert read_figures_known(text, _every_piece(text)) == read_figures(text), path


def test_the_title_start_is_what_the_title_pattern_can_start_with() -> None:
    """Titles ("300 Rurban Clusters") are matched case-sensitively from a space and an ASCII capital: a title can
    only start where _TITLE_START finds one."""
    title = figures._TITLE_WORDS.compiled
    assert not title.flags & re.IGNORECASE
    starts = {chr(c) for c in range(sys.maxunicode + 1) if title.match(f" {chr(c)}bc")}
    assert starts == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert all(figures._TITLE_START.match(f" {c}") for c in starts)


def test_no_text_is_read_more_than_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text before a known piece that does not end where it reads alone (a bare number before the full stop) is not
    read again with each known piece after it: the rest is read whole, once."""
    text = "共计5。确保新增5个。" * 2000
    read = _count_reads(monkeypatch)
    got = read_figures_known(text, {"确保新增5个": read_figures("确保新增5个")})
    assert got == read_figures(text)
    assert sum(map(len, read)) <= 2 * len(text)
