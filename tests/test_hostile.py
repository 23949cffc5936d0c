"""Hostile input through the public CLI (issue #21, part 2): what a file name, an id or a source may make it do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planaudit
from tests.conftest import run_cli

ENV = {
    **os.environ,
    "PYTHONPATH": str(Path(planaudit.__file__).resolve().parents[1]),  # the planaudit under test
    "PLANAUDIT_LANG": "en",
    "NO_COLOR": "1",
    "COLUMNS": "80",
    "GITHUB_STEP_SUMMARY": "",
}
# A line a GitHub Actions runner acts on: `::command` after optional white space, or `##[command]` anywhere.
WORKFLOW_COMMAND = re.compile(r"^\s*::|##\[", re.MULTILINE)


def _planaudit(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planaudit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**ENV, **(env or {})},
        timeout=120,
    )


def _no_forged_command(*outputs: str) -> None:
    for text in outputs:
        assert WORKFLOW_COMMAND.search(text) is None, text


# 1. Control characters in paths, ids and folder names never reach a CI log raw.

FORGED_FOLDERS = ["a\n::error::forged", "b\r\n##[error]forged", "::error::c", "d\u2028::warning::e"]


@pytest.mark.parametrize("folder", FORGED_FOLDERS)
def test_the_hook_and_located_errors_escape_a_folder_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init", folder).exit_code == 0  # the folder to audit; what is checked below runs as a process
    hooked = _planaudit("hook", "validate", f"{folder}/targets.yaml", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert hooked.returncode == 0, hooked.stderr
    _no_forged_command(hooked.stdout, hooked.stderr)
    assert "planaudit validate: " in hooked.stdout
    (tmp_path / folder / "targets.yaml").write_text("plan: [\n", encoding="utf-8")
    for fmt in ("table", "github", "json"):
        broken = _planaudit(
            "check", "-f", fmt, "-t", f"{folder}/targets.yaml", "-a", f"{folder}/actuals.yaml", cwd=tmp_path
        )
        assert broken.returncode == 2
        _no_forged_command(broken.stderr)
        assert "targets.yaml:2:1: invalid YAML" in broken.stderr
        if fmt == "github":  # the one annotation planaudit means to write, with the name encoded
            assert broken.stdout.count("::error ") == 1 and broken.stdout.startswith("::error file=")
    hooked = _planaudit("hook", "check", f"{folder}/targets.yaml", cwd=tmp_path)
    assert hooked.returncode == 2
    _no_forged_command(hooked.stdout, hooked.stderr)


@pytest.mark.parametrize("name", ["g\n::error::forged", "g\n##[error]forged", "::error::g"])
def test_explain_escapes_an_unknown_goal_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    result = run_cli("explain", name)
    assert result.exit_code == 2
    _no_forged_command(result.stdout, result.stderr)
    assert result.stderr.startswith("error: unknown goal") and result.stderr.count("\n") == 1


def test_paths_printed_by_init_validate_and_sync_actuals_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = "x\n::error::forged"
    made = run_cli("init", folder)
    assert made.exit_code == 0
    _no_forged_command(made.stdout, made.stderr)
    actuals = Path(folder) / "actuals.yaml"
    actuals.write_text("plan: millbrook-2024\ngoals:\n  permit-time: {status: silent}\n", encoding="utf-8")
    for command in ("validate", "sync-actuals"):
        result = run_cli(command, "-t", f"{folder}/targets.yaml", "-a", str(actuals))
        assert result.exit_code in (0, 1), result.stderr
        _no_forged_command(result.stdout, result.stderr)
        assert "x\\n::error::forged/actuals.yaml" in result.stdout + result.stderr


# 2. No text of a source that is not a plain document of the audit; .git (any hidden path) never a source.

TOKEN = "AUTHORIZATION: basic c2VjcmV0LXRva2Vu"


def _audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f'[http "https://github.com/"]\n\textraheader = {TOKEN}\n')
    return tmp_path


def _point_baseline_at(folder: Path, path: str, quote: str) -> None:
    targets = folder / "targets.yaml"
    text = targets.read_text(encoding="utf-8").replace("path: sources/baseline.txt", f"path: {path}")
    targets.write_text(text.replace("quote: The recycling rate was 37%", f"quote: {quote}"), encoding="utf-8")


@pytest.mark.parametrize("via", [".git/config", "sources/../.git/config", "sources/link.txt", "sources/.env"])
def test_a_hidden_path_is_never_a_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, via: str) -> None:
    folder = _audit(tmp_path, monkeypatch)
    (folder / "sources" / "link.txt").symlink_to("../.git/config")
    (folder / "sources" / ".env").write_text(f"{TOKEN}\n", encoding="utf-8")
    _point_baseline_at(folder, via, '"[http \\"https://github.com/\\"] 37%"')
    for command in ("check", "validate", "explain"):
        result = run_cli(command, *(["recycling-rate"] if command == "explain" else []))
        assert result.exit_code == 2
        assert "hidden files and folders (.git, .env, …) are never sources" in result.stderr
        assert "c2Vj" not in result.stdout + result.stderr and "extraheader" not in result.stdout + result.stderr


def test_a_quote_mismatch_shows_nothing_of_a_source_that_is_not_a_plain_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _audit(tmp_path, monkeypatch)
    (folder / "gha-creds-1.json").write_text('{"token": "ya29.SECRET-SECRET", "rate": "37%"}\n', encoding="utf-8")
    _point_baseline_at(folder, "gha-creds-1.json", '\'{"token": "ya29.X 37%\'')
    result = run_cli("check")
    assert result.exit_code == 2
    assert "quote not found verbatim in gha-creds-1.json (not a plain document" in result.stderr
    assert "SECRET" not in result.stderr and "ya29." not in result.stderr.replace("ya29.X", "")
    # The same quote against a plain document of the audit still says where it diverges.
    (folder / "sources" / "creds.txt").write_text('{"token": "ya29.SECRET-SECRET", "rate": "37%"}\n')
    text = (folder / "targets.yaml").read_text(encoding="utf-8").replace("gha-creds-1.json", "sources/creds.txt")
    (folder / "targets.yaml").write_text(text, encoding="utf-8")
    result = run_cli("check")
    assert result.exit_code == 2 and "where the source has 'SECRET-SECRE'" in result.stderr


def test_document_coverage_shows_nothing_of_a_source_that_is_not_a_plain_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _audit(tmp_path, monkeypatch)
    (folder / "gha-creds-1.json").write_text("The town completed 999 affordable homes, SECRETWORD\n")
    targets = folder / "targets.yaml"
    line = "  creds: {path: gha-creds-1.json, title: Credentials, role: review}\n"
    targets.write_text(targets.read_text(encoding="utf-8").replace("sources:", "sources:\n" + line.rstrip(), 1))
    (folder / "sources" / "more.txt").write_text("The town completed 999 affordable homes, PLAINWORD\n")
    for fmt in ("table", "json", "markdown"):
        result = run_cli("check", "--all", "-f", fmt)
        assert result.exit_code == 0, result.stderr
        assert "999" not in result.stdout and "SECRETWORD" not in result.stdout
    # A plain document in the same place is read for coverage.
    targets.write_text(targets.read_text(encoding="utf-8").replace("gha-creds-1.json", "sources/more.txt"))
    result = run_cli("check", "--all")
    assert result.exit_code == 0 and "999 affordable" in result.stdout


def test_a_portfolio_escapes_its_folder_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for folder in ("plans/a\n::error::forged", "plans/##[error]b"):
        assert run_cli("init", folder).exit_code == 0
    for command in ("check", "validate"):
        result = run_cli(command, "plans")
        assert result.exit_code == 0, result.stderr
        _no_forged_command(result.stdout, result.stderr)
    failed = run_cli("check", "plans", "--fail-on", "missed")
    assert failed.exit_code == 1 and failed.stderr.count("gate failed: plans/") == 2
    _no_forged_command(failed.stdout, failed.stderr)
    (tmp_path / "plans" / "a\n::error::forged" / "targets.yaml").write_text("plan: [\n", encoding="utf-8")
    (tmp_path / "plans" / "##[error]b" / "actuals.yaml").write_text("plan: millbrook-2024\ngoals:\n  x: {}\n")
    for command in ("check", "validate"):
        result = run_cli(command, "plans")
        assert result.exit_code == 2
        _no_forged_command(result.stdout, result.stderr)
        assert "invalid YAML" in result.stderr


# 3. sync-actuals edits the YAML it understands: ids, block scalars, links, BOM and line ends as they were.

PARK = """  - id: riverside-park
    section: environment
    title: The riverside park opens by September 2024
    quote: The riverside park will open by September 2024
    level: commitment
    rule: {kind: milestone, deadline: 2024-09}
"""


def _synced_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ids: list[str]) -> Path:
    """The starter audit with more goals (copies of the park goal under these ids), none of them in the actuals."""
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    targets = tmp_path / "targets.yaml"
    extra = "".join(PARK.replace("id: riverside-park", f'id: "{goal_id}"') for goal_id in ids)
    targets.write_text(targets.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return tmp_path / "actuals.yaml"


HOSTILE_IDS = ["true", "null", "010", "1e3", "0x1f", "yes", "off", "2024-01-01", "1_000", "5e2", "7"]


def test_sync_actuals_quotes_ids_a_yaml_reader_would_not_read_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    actuals = _synced_audit(tmp_path, monkeypatch, HOSTILE_IDS)
    result = run_cli("sync-actuals")
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate").exit_code == 0  # every entry is read back under its goal's id
    keys = list(yaml.safe_load(actuals.read_text(encoding="utf-8"))["goals"])  # and by a YAML 1.1 reader too
    assert keys[-len(HOSTILE_IDS) :] == HOSTILE_IDS
    assert "  riverside-park:\n" in actuals.read_text(encoding="utf-8")  # a plain id stays plain


@pytest.mark.parametrize("trailer", ["", "  # a comment\n\n"])
@pytest.mark.parametrize("header", ["|+", ">+", "|2+", "|", "|-", ">"])
def test_sync_actuals_keeps_a_block_scalar_with_its_trailing_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str, trailer: str
) -> None:
    import yaml

    actuals = _synced_audit(tmp_path, monkeypatch, ["extra-goal"])
    text = actuals.read_text(encoding="utf-8")
    old = "    note: the review says work continued, not that the park opened\n"
    assert text.endswith(old)
    actuals.write_text(text.replace(old, f"    note: {header}\n      work continued\n\n\n{trailer}"))
    before = yaml.safe_load(actuals.read_text(encoding="utf-8"))
    assert run_cli("sync-actuals").exit_code == 0
    after = yaml.safe_load(actuals.read_text(encoding="utf-8"))
    assert after["goals"]["riverside-park"] == before["goals"]["riverside-park"]
    assert after["goals"]["extra-goal"] == {"status": "silent"}
    assert run_cli("validate").exit_code == 0


def test_sync_actuals_refuses_to_change_a_kept_block_scalar_at_the_end_of_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actuals = _synced_audit(tmp_path, monkeypatch, ["extra-goal"])
    text = actuals.read_text(encoding="utf-8").replace(
        "    note: the review says", "    note: |+\n      the review says"
    )
    actuals.write_text(text.rstrip("\n"), encoding="utf-8")
    before = actuals.read_bytes()
    result = run_cli("sync-actuals")
    assert result.exit_code == 2 and "end the file with a line break" in result.stderr
    assert actuals.read_bytes() == before


def test_sync_actuals_writes_through_a_symlink_and_keeps_bom_and_crlf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actuals = _synced_audit(tmp_path, monkeypatch, ["extra-goal"])
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "actuals.yaml"
    real.write_bytes(b"\xef\xbb\xbf" + actuals.read_bytes().replace(b"\n", b"\r\n"))
    actuals.unlink()
    actuals.symlink_to("data/actuals.yaml")
    assert run_cli("sync-actuals").exit_code == 0
    assert actuals.is_symlink() and os.readlink(actuals) == "data/actuals.yaml"
    data = real.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert b"  extra-goal:\r\n    status: silent\r\n" in data
    assert run_cli("validate").exit_code == 0


# 4. No user text becomes an image, a link, an autolink or raw HTML in markdown (reports, step summary, diff).

LINKS = "![p](https://evil.example/x.png) [c](javascript:alert(1)) <https://a.example> www.evil.com a@evil.org"
FRAGMENTS = [
    "![",
    "[",
    "]",
    "](",
    ")",
    "https://",
    "javascript:",
    "mailto:",
    "xmpp:",
    "www.",
    "evil.com",
    "a@b.org",
    "<",
    ">",
    "<img src=x>",
    "//",
    "x",
    " ",
    ".",
    ":",
    "\\",
    "|",
    "&#91;",
]


def _active_markup(markdown: str) -> list[str]:
    """Links, images and raw HTML (but planaudit's own <br>) a GFM-like renderer with linkify makes of the text."""
    from markdown_it import MarkdownIt

    found = []
    for token in MarkdownIt("gfm-like").parse(markdown):
        if token.type == "html_block":
            found.append(token.content)
        for child in token.children or []:
            if child.type in ("link_open", "image") or (child.type == "html_inline" and child.content != "<br>"):
                found.append(f"{child.type}: {child.attrs or child.content}")
    return found


def test_markdown_outputs_hold_no_user_link_image_or_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    targets, actuals = tmp_path / "targets.yaml", tmp_path / "actuals.yaml"
    text = targets.read_text(encoding="utf-8")
    text = text.replace("title: Recycling rate up 5 percentage points", f"title: '{LINKS}'")
    text = text.replace("- {id: housing, title: Housing}", f"- {{id: housing, title: '{LINKS}'}}")
    targets.write_text(text, encoding="utf-8")
    note = "    note: the review says work continued, not that the park opened\n"
    actuals.write_text(actuals.read_text(encoding="utf-8").replace(note, f"    note: '{LINKS}'\n"))
    summary = tmp_path / "summary.md"
    report = run_cli("check", "--all", "-f", "markdown", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert report.exit_code == 0, report.stderr
    assert "evil" in report.stdout and "evil" in summary.read_text(encoding="utf-8")
    assert _active_markup(report.stdout) == []
    assert _active_markup(summary.read_text(encoding="utf-8")) == []
    assert run_cli("check", "-f", "json", "-o", "new.json").exit_code == 0
    for path in (targets, actuals):  # the goal under another id: in the diff, added with its title
        path.write_text(path.read_text(encoding="utf-8").replace("recycling-rate", "recycling-old"))
    assert run_cli("check", "-f", "json", "-o", "old.json").exit_code == 0
    diffed = run_cli("diff", "old.json", "new.json", "-f", "markdown")
    assert diffed.exit_code == 0 and "evil" in diffed.stdout
    assert _active_markup(diffed.stdout) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map("".join))
def test_no_text_in_a_markdown_cell_or_line_becomes_markup(text: str) -> None:
    from planaudit.report.markdown import cell, inline

    assert _active_markup(f"| a |\n|---|\n| {cell(text)} |\n") == []
    assert _active_markup(f"- {inline(text)}\n") == []


# 5. Quadratic loops: diff pads ids to a bounded width, so one long id does not widen every row.


def test_diff_output_stays_linear_with_one_huge_id(tmp_path: Path) -> None:
    import json

    def report(goals: list[dict[str, str]]) -> str:
        return json.dumps({"schema_version": 1, "plan": {"id": "p"}, "goals": goals})

    ids = [f"g{i}" for i in range(2000)] + ["x" * 20_000]
    (tmp_path / "old.json").write_text(report([{"id": "kept", "title": "K", "verdict": "met"}]))
    (tmp_path / "new.json").write_text(report([{"id": i, "title": "T", "verdict": "missed"} for i in ids]))
    result = run_cli("diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"))
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1 + len(ids) + 1
    assert len(result.stdout) < 100 * len(ids) + 2 * 20_000  # was 2001 rows x 20,000 columns
    assert f"  added    {'g1':<40}  — → ✗ missed  T\n" in result.stdout


# 6. Document coverage: a file is one file however many hard links name it; lists are bounded, counts exact.


def _review_ids(folder: Path, paths: list[str]) -> None:
    targets = folder / "targets.yaml"
    lines = "".join(f"  extra{i}: {{path: {p}, title: Extra {i}, role: review}}\n" for i, p in enumerate(paths))
    targets.write_text(targets.read_text(encoding="utf-8").replace("sources:", "sources:\n" + lines.rstrip(), 1))


def test_hard_links_to_one_source_are_read_and_counted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    review = tmp_path / "sources" / "review.txt"
    review.write_text(review.read_text(encoding="utf-8") + "The town planted 300 trees.\n" * 400)
    single = json.loads(run_cli("check", "-f", "json").stdout)["document_coverage"]["figures"]
    for i in range(6):
        os.link(review, tmp_path / "sources" / f"link{i}.txt")
    _review_ids(tmp_path, [f"sources/link{i}.txt" for i in range(6)])
    # 7 names of one file against a budget of 4 files of its size: within it only when the file is read once.
    limit = str(review.stat().st_size + 10)
    result = run_cli("check", "-f", "json", env={"PLANAUDIT_MAX_FILE_SIZE": limit})
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)["document_coverage"]["figures"]
    assert (figures["found"], figures["used"], len(figures["unused"])) == (
        single["found"],
        single["used"],
        len(single["unused"]),
    )


def test_document_coverage_lists_a_bounded_number_of_figures_and_counts_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    review = tmp_path / "sources" / "review.txt"
    review.write_text(review.read_text(encoding="utf-8") + "The town planted 300 trees. " * 3000)
    result = run_cli("check", "-f", "json", "--fail-on", "unused-figure")
    figures = json.loads(result.stdout)["document_coverage"]["figures"]
    assert figures["found"] - figures["used"] >= 3000
    assert len(figures["unused"]) == 1000
    assert result.exit_code == 1 and f"{figures['found'] - figures['used']} " in result.stderr
    table = run_cli("check", "--all")
    assert f"… {figures['found'] - figures['used'] - 10} more (--format json lists the first 1000 of each)" in (
        table.stdout
    )
