"""A big plan's target phrases kept between runs: the same coverage as a scan, used only when this code and this user's
key made them for this very text, and never more than a few plans kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planaudit import doc_coverage, pipeline
from planaudit.documents import kept
from planaudit.errors import InputError
from tests.conftest import run_cli
from tests.test_coverage_apart import _generate

FORMATS = ("json", "table", "markdown", "html")


@pytest.fixture
def scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every plan kept however short, in a cache folder of the test's own; the texts scanned, in order."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(kept, "KEEP_ABOVE", 0)
    texts: list[str] = []
    real = doc_coverage.scan

    def scan(text: str, *args: object, **kwargs: object) -> object:
        texts.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(doc_coverage, "scan", scan)
    return texts


def _plan_scans(scanned: list[str], plan: Path) -> int:
    text = plan.read_text("utf-8")
    return sum(1 for t in scanned if t == text)


def _coverage(targets: Path) -> doc_coverage.DocumentCoverage:
    audit = pipeline.load_audit(targets, targets.parent / "actuals.yaml")
    coverage = pipeline.with_documents(pipeline.score(audit, []), audit).documents
    assert coverage is not None
    return coverage


def test_a_plan_checked_again_is_not_scanned_again_and_every_report_is_the_same(
    tmp_path: Path, scanned: list[str]
) -> None:
    targets = _generate(300, tmp_path / "audit", loose_ends=True)
    plan = targets.parent / "sources" / "plan.txt"
    reports = []
    for _ in range(2):
        runs = [run_cli("check", "-t", str(targets), "-f", fmt, "--all") for fmt in FORMATS]
        reports.append([(r.exit_code, r.stdout, r.stderr) for r in runs])
    assert _plan_scans(scanned, plan) == 1  # the first check of all eight scanned the plan
    assert reports[0] == reports[1]
    coverage = _coverage(targets)
    assert coverage.uncovered_targets and coverage.target_phrases > coverage.covered_targets  # what was listed
    scanned.clear()
    with pytest.MonkeyPatch.context() as patch:  # read with no cache: the same coverage
        patch.setattr(kept, "KEEP_ABOVE", 10**12)
        assert _coverage(targets) == coverage
    assert _plan_scans(scanned, plan) == 1


def test_a_changed_plan_or_reader_is_scanned_anew(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = _generate(100, tmp_path / "audit", loose_ends=True)
    plan = targets.parent / "sources" / "plan.txt"
    first = _coverage(targets)
    plan.write_text(plan.read_text("utf-8") + "确保新建公园8个。", "utf-8")
    second = _coverage(targets)
    assert second.target_phrases == first.target_phrases + 1
    monkeypatch.setattr(kept, "_code", lambda: "another reader")
    assert _coverage(targets) == second
    assert _plan_scans(scanned, plan) == 2  # the changed plan, then again under the other code


def _kept_file(what: str, text: str) -> Path:
    where = kept._where(what, text, create=False)
    assert where is not None
    return Path(where[0])


def _kept_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "cache" / "planaudit" / kept.FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_kept_file_edited_or_signed_under_another_key_is_not_used(tmp_path: Path, scanned: list[str]) -> None:
    targets = _generate(100, tmp_path / "audit", loose_ends=True)
    plan = targets.parent / "sources" / "plan.txt"
    coverage = _coverage(targets)
    file = _kept_file("phrases", plan.read_text("utf-8"))
    raw = file.read_bytes()
    assert b'"commitment"' in raw
    file.write_bytes(raw.replace(b'"commitment"', b'"plain"'))  # every phrase's level edited, the signature left
    assert _coverage(targets) == coverage
    key = tmp_path / "cache" / "planaudit" / "text-key"
    key.write_bytes(os.urandom(32))  # signed by someone else's key
    assert _coverage(targets) == coverage
    assert _plan_scans(scanned, plan) == 3
    assert kept.phrases(plan.read_text("utf-8")) is not None  # the last scan was kept again, under the new key


def test_no_cache_to_be_had_only_means_a_scan(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = _generate(100, tmp_path / "audit")
    plan = targets.parent / "sources" / "plan.txt"
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    first = _coverage(targets)
    assert _coverage(targets) == first
    assert _plan_scans(scanned, plan) == 2


def test_only_the_plans_used_last_are_kept(tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "KEPT", 2)
    texts = [f"确保新建公园{n}个。" for n in range(3)]
    for age, text in enumerate(texts):
        kept.keep_phrases(text, [kept.Phrase(2, 9, "at_least", "commitment", None)])
        os.utime(_kept_file("phrases", text), ns=(age * 10**9, age * 10**9))  # stored in turn, a second apart
    assert len(_kept_files(tmp_path)) == 2
    assert kept.phrases(texts[0]) is None  # the oldest went
    assert kept.phrases(texts[2]) == [kept.Phrase(2, 9, "at_least", "commitment", None)]


def test_the_kept_readings_stay_under_their_size_in_bytes(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [f"确保新建公园{n}个。" for n in range(3)]
    sizes = []
    for age, text in enumerate(texts):
        kept.keep_phrases(text, [kept.Phrase(2, 9, "at_least", "commitment", None)])
        os.utime(_kept_file("phrases", text), ns=(age * 10**9, age * 10**9))
        sizes.append(os.path.getsize(_kept_file("phrases", text)))
    monkeypatch.setattr(kept, "KEPT_BYTES", sizes[1] + sizes[2])  # room for the two used last
    kept.keep_phrases(texts[2], [kept.Phrase(2, 9, "at_least", "commitment", None)])  # used again: the newest
    assert len(_kept_files(tmp_path)) == 2
    assert kept.phrases(texts[0]) is None  # the oldest went, although fewer than KEPT are kept
    assert kept.phrases(texts[1]) is not None and kept.phrases(texts[2]) is not None


def test_the_quotes_figures_read_ahead_are_kept_for_each_file_s_text(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from planaudit import loader, yamlsafe
    from planaudit.reading import figures

    targets = _generate(200, tmp_path / "audit")
    actuals = targets.parent / "actuals.yaml"
    targets_text, actuals_text = targets.read_text("utf-8"), actuals.read_text("utf-8")
    values = yamlsafe.load(str(actuals), actuals_text).data
    first = loader.figures_ahead(targets_text, values, actuals_text)
    read: list[str] = []
    real = figures.figures_of_quote

    def counted(quote: str) -> object:
        read.append(quote)
        return real(quote)

    monkeypatch.setattr(figures, "figures_of_quote", counted)
    assert loader.figures_ahead(targets_text, values, actuals_text) == first and read == []
    edited = actuals_text.replace("完成5个", "完成6个")  # the review's figures changed: the targets' quotes did not
    changed = yamlsafe.load(str(actuals), edited).data
    again = loader.figures_ahead(targets_text, changed, edited)
    assert read and all(quote in edited for quote in read) and not any(quote in targets_text for quote in read)
    with pytest.MonkeyPatch.context() as patch:  # read with nothing kept: the same figures
        patch.setattr(kept, "KEEP_ABOVE", 10**12)
        assert again == loader.figures_ahead(targets_text, changed, edited)
        assert first == loader.figures_ahead(targets_text, values, actuals_text)
    assert any("完成6个" in quote for quote in again) and not any("完成6个" in quote for quote in first)


def test_a_check_loaded_apart_twice_gives_one_report(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from planaudit import loader, yamlsafe
    from planaudit.report import json_report

    monkeypatch.setattr(loader, "LOAD_APART", 0)
    monkeypatch.setattr(json_report, "RENDER_APART", 2)
    monkeypatch.setattr(pipeline, "cpus", lambda: 2)
    targets = _generate(300, tmp_path / "audit", loose_ends=True)
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 0)
    runs = [run_cli("check", "-t", str(targets), "-f", "json", "--all") for _ in range(2)]
    sources, actuals = targets.parent / "sources", targets.parent / "actuals.yaml"
    for what, path in [
        ("phrases", sources / "plan.txt"),
        ("figure readings", sources / "review.txt"),
        ("figures of the targets quotes", targets),
        ("figures of the actuals quotes", actuals),
        ("values, lines of goals", targets),
        ("values, lines of goals", actuals),
    ]:
        assert _kept_file(what, path.read_text("utf-8")).is_file(), what
    monkeypatch.setattr(loader, "LOAD_APART", 10**12)
    monkeypatch.setattr(kept, "KEEP_ABOVE", 10**12)
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 10**12)
    alone = run_cli("check", "-t", str(targets), "-f", "json", "--all")
    assert runs[0].exit_code == 0 and runs[0].stdout and json.loads(runs[0].stdout)["goals"]
    assert [(r.exit_code, r.stdout, r.stderr) for r in runs] == [(alone.exit_code, alone.stdout, alone.stderr)] * 2


def test_a_big_file_loaded_again_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planaudit import yamlsafe

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 0)
    targets = _generate(100, tmp_path / "audit")
    text = targets.read_text("utf-8")
    first = yamlsafe.load(str(targets), text)
    parsed: list[str] = []
    real = yamlsafe._build
    monkeypatch.setattr(yamlsafe, "_build", lambda path, *rest: parsed.append(path) or real(path, *rest))
    assert yamlsafe.load(str(targets), text) == first and parsed == []
    assert yamlsafe.load(str(targets), text, "sections") != first and parsed  # another list's lines: parsed
    with pytest.raises(InputError):  # a file with a problem is never kept: its problem is found each time
        yamlsafe.load("bad.yaml", text + "goals: []\n")
    with pytest.raises(InputError):
        yamlsafe.load("bad.yaml", text + "goals: []\n")
    assert parsed.count("bad.yaml") == 2


def test_a_big_review_s_figures_are_read_once(tmp_path: Path, scanned: list[str]) -> None:
    targets = _generate(200, tmp_path / "audit", loose_ends=True)
    review = (targets.parent / "sources" / "review.txt").read_text("utf-8")
    first = _coverage(targets)
    assert kept.pickled("figure readings", review, list) == list(doc_coverage._readings(review, {}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(doc_coverage, "_readings", lambda *args: pytest.fail("read again"))
        assert _coverage(targets) == first


def test_what_is_handed_on_as_kept_is_what_was_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second process sends the bodies it kept (or found kept) instead of pickling the same readings again: the
    first gets the values and figures a reading with no cache gives, whether the bodies were just kept or read back."""
    from planaudit import loader, yamlsafe

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(kept, "KEEP_ABOVE", 0)
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 0)
    targets = _generate(150, tmp_path / "audit")
    actuals = targets.parent / "actuals.yaml"
    targets_text, text = targets.read_text("utf-8"), actuals.read_text("utf-8")

    def handed_on() -> tuple[object, object]:
        with kept.remembering(loader._VALUES, loader._TARGETS_FIGURES, loader._ACTUALS_FIGURES):
            loaded = yamlsafe.load(str(actuals), text)
            figures = loader.figures_ahead(targets_text, loaded.data, text)
            message = loader._message(loaded, figures, text, targets_text)
        assert kept.remembered(loader._VALUES, text) is None  # held only while it is handed on
        return message

    with pytest.MonkeyPatch.context() as patch:  # nothing kept: what is read, as it is
        patch.setattr(kept, "KEEP_ABOVE", 10**12)
        patch.setattr(yamlsafe, "KEEP_ABOVE", 10**12)
        alone = handed_on()
    assert isinstance(alone[0], yamlsafe.Loaded) and isinstance(alone[1], dict)
    for _ in ("just kept", "read back"):
        message = handed_on()
        assert type(message[0]) is bytes and type(message[1]) is tuple and all(type(b) is bytes for b in message[1])
        assert loader._received(*message) == alone == loader._received(*alone)
        assert list(loader._received(*message)[1]) == list(alone[1])  # in the same order


def test_kept_values_share_their_strings_as_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big file's values read back from the cache are the values a parse gives, with each short string shared as
    the parse shares it (what keeps a 100,000-goal audit's memory down)."""
    from planaudit import yamlsafe

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 0)
    targets = _generate(60, tmp_path / "audit")
    text = targets.read_text("utf-8")
    parsed = yamlsafe.load(str(targets), text)
    again = yamlsafe.load(str(targets), text)
    assert again == parsed and again is not parsed and _kept_files(tmp_path)
    units = [goal["rule"]["unit"] for goal in again.data["goals"] if goal["rule"].get("unit") == "个"]
    assert len(units) > 2 and all(unit is units[0] for unit in units)
    assert yamlsafe.loaded_of(("not", "values")) is None


def test_nothing_is_serialised_for_a_cache_that_cannot_be_had(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(pickle, "dumps", lambda *args, **kwargs: pytest.fail("pickled for nothing"))
    kept.keep_pickled("figure readings", "确保新建公园8个。", [1, 2])
    kept.keep_marshalled("values, lines of goals", "goals: []", ({"goals": []}, []))
    assert kept.pickled("figure readings", "确保新建公园8个。", list) is None


def test_every_report_is_the_same_with_the_cache_cold_warm_or_none(
    tmp_path: Path, scanned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format's report of an audit read in three processes, the readings handed on as kept: the same bytes with an
    empty cache, with the cache it filled, and with nothing kept at all."""
    from planaudit import loader, yamlsafe
    from planaudit.report import json_report

    monkeypatch.setattr(loader, "LOAD_APART", 0)
    monkeypatch.setattr(json_report, "RENDER_APART", 2)
    monkeypatch.setattr(pipeline, "cpus", lambda: 2)
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 0)
    targets = _generate(200, tmp_path / "audit", loose_ends=True)

    def reports() -> list[tuple[int, str, str]]:
        runs = [run_cli("check", "-t", str(targets), "-f", fmt, "--all") for fmt in FORMATS]
        return [(r.exit_code, r.stdout, r.stderr) for r in runs]

    cold, warm = reports(), reports()
    assert len(_kept_files(tmp_path)) == 6
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "none"))
    monkeypatch.setattr(kept, "KEEP_ABOVE", 10**12)
    monkeypatch.setattr(yamlsafe, "KEEP_ABOVE", 10**12)
    none = reports()
    assert not (tmp_path / "none" / "planaudit" / kept.FOLDER).exists()
    assert cold[0][1] and json.loads(cold[0][1])["document_coverage"]["suspicious_silences"]
    assert cold == warm == none
