"""Numbers in a `rationale` are checked: each stands in one of the goal's quotes or its arithmetic, in a verbatim
quote of a source the rationale gives, or follows from two quoted numbers; any other is the rationale-number lint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import edit, run_cli

# The base fixture's review: 完成合同利用外资7.85亿美元、增长30.8%。服务业增加值占GDP的比重达55.5%。高质量举办第五届招商大会。
# 亩均税收全市第一。建成运河公园。  Its baseline document: 合同利用外资7亿美元 … 全年完成楼宇税收22.2亿元 …
AIR = "  air:\n    status: silent\n"


def _judged(rationale: str, extra: str = "") -> str:
    return (
        "  air:\n    status: reported\n    verdict: met\n"
        f"    rationale: {json.dumps(rationale, ensure_ascii=False)}\n"
        "    fact: 建成运河公园\n"
        f"{extra}"
        "    evidence:\n      - source: review\n        quote: 建成运河公园\n"
    )


def _lints(folder: Path) -> list[dict[str, object]]:
    result = run_cli("check", "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [x for x in json.loads(result.stdout)["lints"] if x["code"] == "rationale-number"]


def test_a_rationale_figure_no_quote_supports_is_a_located_warning(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", AIR, _judged("a park of 14 hectares opened, so the air is cleaner"))
    result = run_cli("validate")
    assert result.exit_code == 0
    line = next(
        n for n, text in enumerate((workdir / "actuals.yaml").read_text("utf-8").splitlines(), 1) if "rationale" in text
    )
    assert result.stderr.startswith(f"actuals.yaml:{line}:16: warning: the rationale states “14 hectares”")
    assert "[rationale-number]" in result.stderr and "Traceback" not in result.stderr
    strict = run_cli("validate", "--strict")
    assert strict.exit_code == 2 and f"actuals.yaml:{line}:16:" in strict.stderr
    # Every report shows it; the verdict is not touched.
    lints = _lints(workdir)
    assert [(x["goal"], x["severity"]) for x in lints] == [("air", "warning")]
    report = json.loads(run_cli("check", "-f", "json").stdout)
    assert next(g for g in report["goals"] if g["id"] == "air")["verdict"] == "met"
    assert "14 hectares" in run_cli("check", "-f", "markdown").stdout


def test_an_accepted_rationale_number_passes_strict(workdir: Path) -> None:
    accept = "    accept: {rationale-number: the park's size is from the council's own register}\n"
    edit(workdir / "actuals.yaml", AIR, _judged("a park of 14 hectares opened, so the air is cleaner", accept))
    assert run_cli("validate", "--strict").exit_code == 0
    assert [x["accepted"] for x in _lints(workdir)] == ["the park's size is from the council's own register"]


@pytest.mark.parametrize(
    "rationale",
    [
        "the park opened (运河公园), with FDI at 7.85亿美元 in the same review",  # not this goal's quote: still a lint
        "FDI rose 12.1% over the year",  # 7.85 ÷ 7 − 1 = 12.1%, but 7 and 7.85 are not this goal's quotes
        "the 4th park of the zone opened",  # an ordinal is never worked out
    ],
)
def test_figures_from_outside_the_goals_quotes_are_linted(workdir: Path, rationale: str) -> None:
    edit(workdir / "actuals.yaml", AIR, _judged(rationale))
    assert len(_lints(workdir)) == 1


@pytest.mark.parametrize(
    "rationale",
    [
        # A verbatim quote of a source in the rationale: Chinese text around the number, or text in quotation marks.
        "the city's building tax (全年完成楼宇税收22.2亿元) shows the zone is cleaner",
        "the review says “服务业增加值占GDP的比重达55.5%” beside the park",
        # No number at all, or only years.
        "the park opened in 2019, which the plan asked for since 2018",
    ],
)
def test_figures_the_rationale_quotes_verbatim_are_not_linted(workdir: Path, rationale: str) -> None:
    edit(workdir / "actuals.yaml", AIR, _judged(rationale))
    assert _lints(workdir) == []


def test_a_quoted_run_must_stand_in_a_source(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", AIR, _judged("the city's building tax (全年完成楼宇税收25.5亿元) shows it"))
    assert "25.5" in str(_lints(workdir))


TWO_QUOTES = """    evidence:
      - source: review
        quote: 完成合同利用外资7.85亿美元、增长30.8%
      - source: review
        quote: 服务业增加值占GDP的比重达55.5%
"""


@pytest.mark.parametrize(
    ("rationale", "linted"),
    [
        ("the services share, 24.7 points above the growth of FDI", False),  # 55.5 − 30.8
        ("FDI was 14.1% of the services share's figure", False),  # 7.85 ÷ 55.5, in percent
        ("785 million dollars of FDI", False),  # 7.85亿 in another scale
        ("FDI was 14% of it", False),  # 14.1% rounded to the decimals written
        ("FDI was 15% of it", True),
        ("FDI of 6.00亿美元 the year before", True),  # 7.85 ÷ 1.308: no sum, difference or percent of two quotes
        ("a rise of 24.8 points", True),
    ],
)
def test_figures_that_follow_from_two_of_the_goals_quotes(workdir: Path, rationale: str, linted: bool) -> None:
    entry = _judged(rationale).replace("    fact: 建成运河公园\n", "    fact: 服务业增加值占GDP的比重达55.5%\n")
    entry = entry[: entry.index("    evidence:")] + TWO_QUOTES
    edit(workdir / "actuals.yaml", AIR, entry)
    assert bool(_lints(workdir)) is linted


def test_the_bundled_rationales_are_supported(bundled: Path) -> None:
    """Six judged rationales: 34幢 and 7幢 in a verbatim clause of the 2018 summary, "100 million" for 亿元楼宇,
    the 5th fair quoted as 第五届招商大会 (a quote of the review)."""
    assert _lints(bundled) == []
    edit(bundled / "actuals.yaml", "(第五届招商大会)", "(the 5th fair)")
    assert [x["goal"] for x in _lints(bundled)] == ["big-project-breakthrough"]
