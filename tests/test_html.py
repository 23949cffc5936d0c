"""The HTML report: strict parsing, escaping, filters, contrast, import cost, and a real headless Chromium."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import html5lib
import pytest

from planaudit.report.html import GRAPHIC_PAIRS, PALETTE, TEXT_PAIRS, audit_date
from tests.conftest import ROOT, edit, run_cli

CHROMIUM = os.environ.get("PLANAUDIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "docs"  # report-1280.png and report-390.png: the bundled page, wide and on a phone
HOSTILE = "<script>alert(1)</script></style>]]>\"'&amp;javascript:alert(2)<img src=x onerror=alert(3)>"


def parse(text: str) -> ET.Element:
    """Parse as a browser would, failing on any parse error (html5lib's strict mode)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root: ET.Element = parser.parse(text)
    return root


def goal_cards(root: ET.Element) -> list[str]:
    return [a.get("id", "").removeprefix("goal-") for a in root.iter("article")]


def text_of(root: ET.Element) -> str:
    return "".join(root.itertext())


# Structure and content


def test_bundled_report_parses_strictly_and_has_every_goal(bundled: Path) -> None:
    result = run_cli("check", "--format", "html", "--lang", "en")
    root = parse(result.stdout)
    ids = [goal["id"] for goal in json.loads(run_cli("check", "--format", "json").stdout)["goals"]]
    assert len(ids) >= 90
    assert goal_cards(root) == ids
    charts = [d for d in root.iter("div") if "chart" in d.get("class", "").split()]
    assert [c.get("id") for c in charts] == ["chart-by-section", "chart-attainment", "chart-by-level"]
    for chart in charts:  # every chart names itself (role=img + a label) and has a table beside it, closed
        assert chart.get("role") == "img" and chart.get("aria-label")
    assert len(root.findall(".//details/div/table")) == 3
    assert all(d.get("open") is None for d in root.iter("details"))
    # chart rows are labelled with titles (ids only in the tooltip), section names whole
    attainment = text_of(charts[1])
    assert "✗ Contracted FDI of 800 million USD" in attainment and "fdi-contracted" not in attainment
    assert "Industrial transformation and the real economy" in text_of(charts[0])
    assert "…" not in text_of(charts[0]) + text_of(charts[2])
    # the attainment chart draws the decided goals only; the rest are counted beside it
    rows = [d for d in charts[1].iter("div") if d.get("class") == "row"]
    assert len(rows) == 7
    assert "19 more numeric goals have no figure to compare" in text_of(root)
    # a table of contents links every section of the page and the plan's sections
    nav = root.find(".//nav")
    assert nav is not None
    links = [a.get("href") for a in nav.iter("a")]
    assert links[:5] == ["#summary", "#by-section", "#attainment", "#silence", "#goals"]
    ids = {element.get("id") for element in root.iter()}
    assert all(link.removeprefix("#") in ids for link in links)
    assert len([link for link in links if link.startswith("#section-")]) == 5


def test_sections_come_in_the_issue_order(workdir: Path) -> None:
    page = run_cli("check", "--format", "html").stdout
    order = ["<h1>", 'id="summary"', 'id="gate"', 'id="chart-by-section"', 'id="chart-attainment"',
             'id="chart-by-level"', 'id="goals"', 'id="consistency"', "<footer>"]  # fmt: skip
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_card_carries_quotes_sources_arithmetic_and_basis(workdir: Path) -> None:
    root = parse(run_cli("check", "--format", "html").stdout)
    card = next(a for a in root.iter("article") if a.get("id") == "goal-fdi")
    text = text_of(card)
    assert "✗ missed" in text and "measured" in text
    assert "力争完成合同外资8亿美元" in text and "— 2019年工作计划" in text  # plan quote and its source
    assert "完成合同利用外资7.85亿美元、增长30.8%" in text and "— 2019年回顾" in text  # evidence and source
    assert "7.85 ÷ 8 = 98.1%" in text
    parks = text_of(next(a for a in root.iter("article") if a.get("id") == "goal-parks"))
    assert "partial 1/2" in parks
    assert next(a for a in root.iter("article") if a.get("id") == "goal-parks").get("class") == "goal partial"


def test_gate_outcome_and_reproduce_line(workdir: Path) -> None:
    passed = run_cli("check", "--format", "html").stdout
    assert "✓ data gate passed" in passed
    failed = run_cli("check", "--format", "html", "--fail-on", "missed", "--verdict", "missed")
    assert failed.exit_code == 1
    root = parse(failed.stdout)
    gate = next(d for d in root.iter("div") if d.get("id") == "gate")
    assert "✗ gate failed" in text_of(gate) and "1 goal(s) missed: fdi" in text_of(gate)
    command = text_of(root.find(".//footer/pre"))  # type: ignore[arg-type]
    assert command == (
        "planaudit check --targets targets.yaml --actuals actuals.yaml --format html --lang en "
        "--verdict missed --output report.html"
    )


def test_chinese_labels_and_cjk_system_fonts(workdir: Path) -> None:
    page = run_cli("check", "--format", "html", "--lang", "zh").stdout
    root = parse(page)
    assert root.get("lang") == "zh-CN"
    assert "计划执行审计: 示例计划 (2019)" in text_of(root.find(".//h1"))  # type: ignore[arg-type]
    assert "✗ 未达成" in text_of(root)
    style = text_of(root.find(".//style"))  # type: ignore[arg-type]
    for font in ("PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"):
        assert font in style
    assert "@font-face" not in style and "url(" not in style


def test_filters_apply_as_in_the_other_formats(workdir: Path) -> None:
    missed = parse(run_cli("check", "--format", "html", "--verdict", "missed").stdout)
    assert goal_cards(missed) == ["fdi"]
    section = parse(run_cli("check", "--format", "html", "--section", "s2").stdout)
    assert goal_cards(section) == ["rank", "parks", "air"]
    bars = next(d for d in section.iter("div") if d.get("id") == "chart-by-section")
    assert "Livelihood" in text_of(bars) and "Investment" not in text_of(bars)
    nothing = parse(run_cli("check", "--format", "html", "--section", "s2", "--verdict", "missed").stdout)
    assert goal_cards(nothing) == [] and "no goals match the filters" in text_of(nothing)


def test_the_page_loads_nothing_and_runs_nothing(bundled: Path) -> None:
    page = run_cli("check", "--format", "html").stdout
    root = parse(page)
    assert root.find(".//script") is None
    csp = [m.get("content", "") for m in root.iter("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none';") and "script-src" not in csp[0]
    for element in root.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert name not in {"src", "href", "srcset", "action", "poster", "data"} or value.startswith("#")
    assert len(page.encode()) < 400_000


def test_hostile_text_renders_as_text(workdir: Path) -> None:
    yaml_text = json.dumps(HOSTILE)  # a JSON string is a valid YAML double-quoted scalar
    edit(workdir / "targets.yaml", "  title_en: Demo plan\n", f"  title_en: {yaml_text}\n")
    edit(workdir / "targets.yaml", "    title_en: Livelihood\n", f"    title_en: {yaml_text}\n")
    edit(workdir / "targets.yaml", "    title_en: Contracted FDI\n", f"    title_en: {yaml_text}\n")
    edit(workdir / "targets.yaml", "    quote: 推进运河公园、南郊河公园建设\n", f"    quote: {yaml_text}\n")
    edit(workdir / "sources" / "plan.txt", "推进运河公园、南郊河公园建设", HOSTILE)
    edit(workdir / "actuals.yaml", "    note: no figure in the review\n", f"    note: {yaml_text}\n")
    result = run_cli("check", "--format", "html")
    assert result.exit_code == 0, result.stderr
    root = parse(result.stdout)
    assert root.find(".//script") is None and root.find(".//img") is None
    assert len(root.findall(".//style")) == 1
    for element in root.iter():
        assert not any(name.lower().startswith("on") for name in element.attrib)
    text = text_of(root.find(".//body"))  # type: ignore[arg-type]
    assert text.count(HOSTILE) >= 6  # h1, section heading, chart label, goal title, plan quote, note
    assert HOSTILE in text_of(root.find(".//title"))  # type: ignore[arg-type]


# Colours


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey


@pytest.mark.parametrize(("fore", "back"), TEXT_PAIRS)
def test_text_colours_pass_wcag_aa(fore: str, back: str) -> None:
    assert contrast(PALETTE[fore], PALETTE[back]) >= 4.5


@pytest.mark.parametrize(("fore", "back"), GRAPHIC_PAIRS)
def test_chart_marks_pass_wcag_non_text_contrast(fore: str, back: str) -> None:
    assert contrast(PALETTE[fore], PALETTE[back]) >= 3.0


def test_every_palette_colour_is_checked() -> None:
    used = {name for pair in TEXT_PAIRS + GRAPHIC_PAIRS for name in pair}
    assert used == set(PALETTE)


# Date and import cost


def test_audit_date_honours_source_date_epoch() -> None:
    assert audit_date({"SOURCE_DATE_EPOCH": "1577836800"}) == "2020-01-01"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", audit_date({}))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", audit_date({"SOURCE_DATE_EPOCH": "soon"}))


def test_check_imports_the_html_reporter_only_when_asked(workdir: Path) -> None:
    probe = (
        "import sys\nfrom planaudit.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('planaudit.report.html' in sys.modules, file=sys.stderr)\n"
    )
    for fmt, imported in (("table", "False"), ("html", "True")):
        run = subprocess.run(
            [sys.executable, "-c", probe, "check", "--format", fmt],
            capture_output=True, text=True, check=False, cwd=workdir, timeout=60,
        )  # fmt: skip
        assert run.stderr.strip().splitlines()[-1] == imported, run.stderr


# A real browser


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4), with the stdlib only."""

    def __init__(self, profile: Path) -> None:
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()

        def wire() -> None:  # in the child: the pipes become fds 3 (commands in) and 4 (replies out)
            high_in, high_out = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child))
            os.dup2(high_in, 3)  # dup2 onto another number: inheritable, unlike Python's own fds
            os.dup2(high_out, 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe",
                 f"--user-data-dir={profile}", "about:blank"]  # fmt: skip
        self.process = subprocess.Popen(
            [CHROMIUM, *flags], preexec_fn=wire, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, session: str | None = None, timeout: float = 20, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive(timeout)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 20) -> dict[str, Any]:
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._receive(timeout)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def _receive(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        reply: dict[str, Any] = json.loads(message)
        return reply

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._write)
        os.close(self._read)


@pytest.fixture
def chromium() -> Iterator[Chromium]:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"no Chromium at {CHROMIUM}: run .ci/install-browser (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="planaudit-chromium-") as profile:
        browser = Chromium(Path(profile))
        try:
            yield browser
        finally:
            browser.close()


MEASURE = """JSON.stringify({
  charts: [...document.querySelectorAll('div.chart')].map(s => {
    const r = s.getBoundingClientRect(); return {id: s.id, width: r.width, height: r.height}; }),
  bars: document.querySelectorAll('div.chart .seg').length,
  hidden: [...document.querySelectorAll('article.goal, section, header, footer')]
    .filter(e => e.getBoundingClientRect().height === 0).map(e => e.id || e.tagName),
  cards: document.querySelectorAll('article.goal').length,
  fonts: [...document.fonts].length,
  scripts: document.scripts.length,
  scrollWidth: document.documentElement.scrollWidth,
  innerWidth: window.innerWidth,
  texts: (() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0; const small = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element.getClientRects().length) continue;  // blank or not rendered
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      count += 1;
      const size = parseFloat(style.fontSize);
      if (size < 12) small.push([element.tagName, element.className, size, node.textContent.trim().slice(0, 40)]);
    }
    return {count, small};
  })(),
  collapsed: [...document.querySelectorAll('details.data')].filter(d => !d.open).length,
})"""


def visit(chromium: Chromium, page: Path, width: int = 1280, height: int = 1800) -> dict[str, Any]:
    """Open a file in a fresh tab at width×height: measurements, screenshot, PDF, and every event on the way."""
    target = chromium.send("Target.createTarget", url="about:blank")["targetId"]
    session = chromium.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        chromium.send(f"{domain}.enable", session)
    chromium.send("Emulation.setDeviceMetricsOverride", session, width=width, height=height, deviceScaleFactor=1,
                  mobile=width < 600)  # fmt: skip
    chromium.events.clear()
    chromium.send("Page.navigate", session, url=page.as_uri())
    chromium.wait_for("Page.loadEventFired")
    measured = chromium.send("Runtime.evaluate", session, expression=MEASURE, returnByValue=True)
    shot = chromium.send("Page.captureScreenshot", session, format="png")
    printed = chromium.send("Page.printToPDF", session, printBackground=True)
    chromium.send("Runtime.evaluate", session, expression="1")  # a last round trip: late events are in
    events = chromium.events
    chromium.send("Target.closeTarget", targetId=target)
    return {
        "facts": json.loads(measured["result"]["value"]),
        "png": base64.b64decode(shot["data"]),
        "pdf": base64.b64decode(printed["data"]),
        "errors": [
            ev["params"]
            for ev in events
            if (ev.get("method") == "Runtime.consoleAPICalled" and ev["params"].get("type") in {"error", "assert"})
            or ev.get("method") == "Runtime.exceptionThrown"
            or (ev.get("method") == "Log.entryAdded" and ev["params"]["entry"].get("level") == "error")
        ],
        "requests": [
            ev["params"]["request"]["url"] for ev in events if ev.get("method") == "Network.requestWillBeSent"
        ],
    }


@pytest.mark.parametrize(("lang", "width"), [("en", 1280), ("en", 390), ("zh", 390)])
def test_bundled_report_in_headless_chromium(
    bundled: Path, chromium: Chromium, tmp_path: Path, lang: str, width: int
) -> None:
    """The page on a desktop and on a phone: nothing runs off the page's edge, no text under 12 px."""
    result = run_cli("check", "--format", "html", "--lang", lang, "--output", "report.html")
    assert result.exit_code in (0, 1), result.stderr
    page = bundled / "report.html"
    seen = visit(chromium, page, width=width, height=1800 if width > 600 else 2600)  # a phone's shot shows a chart
    png = seen["png"]
    (tmp_path / "report.png").write_bytes(png)
    if os.environ.get("PLANAUDIT_UPDATE_SCREENSHOT") == "1" and lang == "en":
        SCREENSHOTS.mkdir(exist_ok=True)
        (SCREENSHOTS / f"report-{width}.png").write_bytes(png)
    assert png.startswith(b"\x89PNG") and len(png) > 50_000  # a real picture, not a blank page
    assert seen["pdf"].startswith(b"%PDF")
    assert seen["errors"] == []
    assert seen["requests"] == [page.as_uri()]  # the page itself, and nothing else
    facts = seen["facts"]
    assert facts["innerWidth"] == width
    assert facts["scrollWidth"] <= facts["innerWidth"], "the page runs off the screen's edge"
    assert facts["texts"]["count"] > 500 and facts["texts"]["small"] == []
    assert [c["id"] for c in facts["charts"]] == ["chart-by-section", "chart-attainment", "chart-by-level"]
    for chart in facts["charts"]:
        assert chart["width"] > min(300, width - 40) and chart["height"] > 40, chart
    assert facts["bars"] > 10
    assert facts["collapsed"] == 3  # the charts' data tables wait to be opened
    assert facts["hidden"] == []
    assert facts["cards"] >= 90
    assert facts["scripts"] == 0 and facts["fonts"] == 0  # no script, no web font


def test_the_browser_check_sees_overflow_and_small_text(chromium: Chromium, tmp_path: Path) -> None:
    """The width and font checks above can fail: a wide table and 9-px text are caught at 390 px."""
    page = tmp_path / "wide.html"
    page.write_text(
        '<!DOCTYPE html><meta name="viewport" content="width=device-width"><title>wide</title>'
        '<table><tr><td style="white-space:nowrap">'
        + "wide " * 200
        + '</td></tr></table><p style="font-size:9px">tiny</p>',
        encoding="utf-8",
    )
    facts = visit(chromium, page, width=390)["facts"]
    # a phone zooms out to show the overflowing page: the layout viewport grows past the 390-px screen
    assert facts["scrollWidth"] > 390 and facts["innerWidth"] > 390
    assert [item[3] for item in facts["texts"]["small"]] == ["tiny"]


def test_the_browser_check_sees_requests_and_errors(chromium: Chromium, tmp_path: Path) -> None:
    """The checks above can fail: a page that fetches and logs an error is caught by both."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><title>bad</title><img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script>',
        encoding="utf-8",
    )
    seen = visit(chromium, page)
    assert "http://127.0.0.1:9/x.png" in seen["requests"]
    assert any(error.get("type") == "error" for error in seen["errors"])
