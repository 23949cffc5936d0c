"""What start-up leaves out changes nothing: the one-command app answers as the full app does, through the entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planaudit.cli import app, app_for

LINES = [
    ["check"],
    ["check", "--help"],
    ["check", "--bogus"],
    ["check", "-f", "yaml"],
    ["check", "--width", "12"],
    ["check", "--min-coverage", "nan"],
    ["check", "extra-folder-that-is-not-there"],
    ["validate"],
    ["validate", "-h"],
    ["explain"],
    ["schema", "targets"],
    ["schema", "nonsense"],
    ["sync-actuals", "--check"],
    ["rules"],
    ["diff", "a.json"],
]
# Lines that do not start with a command keep every command: help, a typo's suggestion, the root options.
FULL = [[], ["--help"], ["chek"], ["sync_actuals"], ["--version"], ["--show-completion", "bash"], ["-t", "x", "check"]]


def _invoke(application: object, args: list[str]) -> tuple[int, str, str]:
    env = {"NO_COLOR": "1", "COLUMNS": "80", "PLANAUDIT_LANG": "en", "GITHUB_STEP_SUMMARY": "", "SHELL": "/bin/bash"}
    result = CliRunner().invoke(application, args, env=env)  # type: ignore[arg-type]
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", LINES, ids=" ".join)
def test_a_line_starting_with_a_command_builds_that_command_alone(bundled: Path, args: list[str]) -> None:
    one = app_for(args)
    assert [info.callback.__name__ for info in one.registered_commands] == [args[0].replace("-", "_")]
    assert len(app.registered_commands) > 1  # the full app is left as it was
    assert _invoke(one, args) == _invoke(app, args)


@pytest.mark.parametrize("args", FULL, ids=lambda a: " ".join(a) or "nothing")
def test_a_line_starting_with_anything_else_gets_every_command(args: list[str]) -> None:
    assert app_for(args) is app


def test_the_entry_point_runs_check_as_the_full_app_does(bundled: Path) -> None:
    """The `planaudit` command goes through app_for; its report, messages and exit code are the full app's."""
    command = Path(sys.executable).with_name("planaudit")
    assert command.is_file(), "the test environment installs planaudit's console script beside its python"
    full = [sys.executable, "-c", "import sys; from planaudit.cli import app; sys.argv[0] = 'planaudit'; app()"]
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "PLANAUDIT_LANG": "en",
        "GITHUB_STEP_SUMMARY": "",
        "PYTHONIOENCODING": "utf-8",
    }
    for args in (["check"], ["check", "-f", "json"], ["check", "--bogus"], ["check", "--help"], ["check", "-t", "no"]):
        one, every = (
            subprocess.run([*head, *args], env=env, capture_output=True, text=True, encoding="utf-8", check=False)
            for head in ([str(command)], full)
        )
        assert (one.returncode, one.stdout, one.stderr) == (every.returncode, every.stdout, every.stderr)
        assert one.stdout or one.stderr


PROBE = """
import gc, sys
import planaudit.pipeline
from planaudit import entry
score, seen = planaudit.pipeline.score, []
def watched(*args, **kwargs):
    seen.append(gc.isenabled())
    return score(*args, **kwargs)
planaudit.pipeline.score = watched
sys.argv = ["planaudit", *sys.argv[1:]]
entry.main()
print(seen, gc.isenabled(), file=sys.stderr)
"""


@pytest.mark.parametrize(("args", "scored"), [(["check"], True), (["validate"], True), (["rules"], False)])
def test_the_collector_paused_for_start_up_runs_again_for_the_command(
    bundled: Path, args: list[str], scored: bool
) -> None:
    """The entry point pauses the cycle collector while modules load; every command's work runs with it on."""
    env = {**os.environ, "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == ("[True] True" if scored else "[] True")


LAZY = {
    "planaudit.reading.clauses": ("_EN_DELIVERABLE", "_EN_NOT_DELIVERED"),
    "planaudit.reading.scan": (
        "_EN_LEAD_IN",
        "_BULLET",
        "_MARKER",
        "_EN_AIMS_LEAD",
        "_QUALIFIER_WORDS",
        "_RANK_VERB",
        "_EN_STATE_ITEM",
        "_EN_SECOND_ACT",
        "_EN_OBJECT_LEAD",
        "_EN_OBJECT",
        "_EN_ELIDED",
        "_EN_CONTINUED_SCOPE",
        "_PERMITTED",
        "_EN_COMPARISON",
    ),
    "planaudit.reading.matching": ("_BUDGET_ESTIMATE", "_ZH_LEAD"),
    # (The English figure patterns are used now: the rationale-number lint reads the bundled rationales, in English.)
    "planaudit.reading.figures": ("_PART_OF_PERIOD",),
    "planaudit.verify": ("_GROUPED",),
    "planaudit.lints": ("_EN_COUNT", "_EN_DONE"),
    "planaudit.textsafe": ("_COMMAND_START",),
    "planaudit.gates": ("_QUOTED",),
    "planaudit.loader": ("_TYPE_TAG",),
    "planaudit.ledger": ("YEAR_FILE",),
}
AFTER_CHECK = """
import importlib, sys
from planaudit import entry
sys.argv = ["planaudit", "check"]
try:
    entry.main()
except SystemExit:
    pass
"""


def _after_check(bundled: Path, probe: str) -> subprocess.CompletedProcess[str]:
    """Run `planaudit check` on the bundled audit in a fresh interpreter, then probe (which prints to stderr)."""
    env = {**os.environ, "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
    done = subprocess.run(
        [sys.executable, "-c", AFTER_CHECK + probe], cwd=bundled, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "121 goals: ✓ met 9 · ✗ missed 6 · ? unreported 106" in done.stdout
    return done


LAZY_PROBE = """
for module, names in {lazy}.items():
    for name in names:
        print(module, name, getattr(importlib.import_module(module), name)._compiled is None, file=sys.stderr)
"""


def test_a_chinese_check_leaves_the_patterns_it_never_reads_with_uncompiled(bundled: Path) -> None:
    """Patterns for English pledges, bullets, budget estimates and the like wait for their first use: the bundled
    (Chinese) audit's check never compiles them, and its report is the one it always was."""
    done = _after_check(bundled, LAZY_PROBE.format(lazy=LAZY))
    expected = [f"{module} {name} True" for module, names in LAZY.items() for name in names]
    assert done.stderr.splitlines()[-len(expected) :] == expected


def test_the_models_annotations_are_types_when_their_classes_are_made() -> None:
    """The model modules are written without postponed annotations, so pydantic reads types rather than compiling
    and evaluating ~200 strings as each class is made (a few ms of every start)."""
    from pydantic import BaseModel

    import planaudit.facts
    import planaudit.models
    import planaudit.rules

    modules = [planaudit.facts, planaudit.models, *(rule.params.__module__ for rule in planaudit.rules.RULES.values())]
    names = {m if isinstance(m, str) else m.__name__ for m in modules}
    models = [
        value
        for name in sorted(names)
        for value in vars(sys.modules[name]).values()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == name
    ]
    assert len(models) >= 30
    strings = [
        (model.__name__, key) for model in models for key, a in model.__annotations__.items() if isinstance(a, str)
    ]
    assert strings == []


def test_the_default_levels_made_without_validation_are_valid_levels() -> None:
    """DEFAULT_LEVELS is built with model_construct (no validator at import): each level is what validating its own
    fields gives, and a targets file naming no levels gets them."""
    from planaudit.models import DEFAULT_LEVELS, LevelDef

    assert [level.id for level in DEFAULT_LEVELS] == [
        "binding",
        "commitment",
        "expected",
        "stretch",
        "planned",
        "plain",
    ]
    for level in DEFAULT_LEVELS:
        validated = LevelDef.model_validate(level.model_dump(exclude_unset=True))
        assert validated == level
        assert validated.model_dump() == level.model_dump()
        assert validated.model_fields_set == level.model_fields_set


def test_the_named_tuples_annotations_are_types_when_their_classes_are_made() -> None:
    """Modules of the check path that define NamedTuples are written without postponed annotations: typing makes a
    ForwardRef (one compile() each) of every string field annotation, ~230 of them as a check starts. Only fields
    whose types are imported for type checking alone stay strings."""
    import importlib
    from typing import ForwardRef

    names = [
        "scorecard",
        "engine",
        "errors",
        "doc_coverage",
        "verify",
        "gates",
        "loader",
        "report.common",
        "report.grid",
        "reading.scan",
        "reading.periods",
        "reading.figures",
    ]
    tuples = [
        value
        for name in names
        for value in vars(importlib.import_module(f"planaudit.{name}")).values()
        if isinstance(value, type)
        and issubclass(value, tuple)
        and hasattr(value, "_fields")
        and value.__module__ == f"planaudit.{name}"
    ]
    assert len(tuples) >= 20
    postponed = [
        (t.__name__, key) for t in tuples for key, a in t.__annotations__.items() if isinstance(a, (str, ForwardRef))
    ]
    assert postponed == [("Lint", "location"), ("Scorecard", "documents"), ("Audit", "coverage")]


SPLIT_PROBE = """
from planaudit.reading import scan
within = [stops for stops in scan._SPECIAL if stops is not scan._SENTENCE_END]
print(len(within) > 1, len({id(scan._SPECIAL[stops]) for stops in within}), file=sys.stderr)
print("-" in scan._COMMITMENT._pattern[: scan._COMMITMENT._pattern.index("]")], file=sys.stderr)
"""


def test_a_chinese_check_compiles_one_pattern_for_the_stops_within_a_sentence(bundled: Path) -> None:
    """Clauses, list items and 和/及 parts are split by one shared pattern (each Chinese class costs ~0.4 ms to
    compile), and the pledge words' look-ahead lists their first characters rather than the Han range."""
    done = _after_check(bundled, SPLIT_PROBE)
    assert done.stderr.splitlines()[-2:] == ["True 1", "False"]


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    return [path.read_text(encoding="utf-8") for path in sorted((root / "sources").rglob("*.txt"))] + [
        (root / name).read_text(encoding="utf-8") for name in ("targets.yaml", "actuals.yaml")
    ]


def test_the_chinese_unit_is_read_as_its_pattern_reads_it() -> None:
    """figures reads a Chinese unit without compiling _CN_UNIT: the same end at every position of the bundled texts
    and of every base followed by each character its look-aheads refuse."""
    import re

    from planaudit.reading import figures
    from planaudit.reading.units import CHINESE_BASES

    pattern = re.compile(figures._CN_UNIT)
    refused = "".join(figures._CN_NOT_UNIT.values())
    texts = [*_texts(), "".join(base + after for base in CHINESE_BASES for after in refused + "/ x")]
    texts.append("".join(f"{a}/{b}，" for a in CHINESE_BASES[:20] for b in CHINESE_BASES[:20]))
    for text in texts:
        for position in range(len(text) + 1):
            match = pattern.match(text, position)
            assert figures._chinese_unit_end(text, position) == (match.end() if match else None), text[position:][:9]


def test_the_pledge_look_ahead_finds_what_the_han_range_found() -> None:
    import re

    from planaudit.reading import scan

    spelled = scan._COMMITMENT._pattern
    han = re.compile(r"(?=[\u4e00-\u9fffA-Za-z\u017f\u0130\u0131\u212a])" + spelled[spelled.index("(?:") :])
    words = " ".join([*scan.COMMITMENT_WORDS, "We will", "ſhall", "İntends to", "must"])
    for text in [*_texts(), words]:
        assert [m.span() for m in scan._COMMITMENT.finditer(text)] == [m.span() for m in han.finditer(text)]
    assert len(list(han.finditer(words))) == len(scan.COMMITMENT_WORDS) + 4


HAN_RANGE = ("\\u4e00-\\u9fff", "\u4e00-\u9fff")
HAN_SPY = f"""
import re, sys
from planaudit.reading import lazyre
lazyre._from_store = lambda key: None  # every pattern compiled by re, none made from the kept store
_compile = re._compile
def _spy(pattern, flags):
    if isinstance(pattern, str) and any(spelled in pattern for spelled in {HAN_RANGE!r}):
        print("han range:", pattern[:40], file=sys.stderr)
    return _compile(pattern, flags)
re._compile = _spy
"""


def test_a_chinese_check_compiles_no_pattern_with_the_han_range(bundled: Path) -> None:
    """`re` compiles the class [\\u4e00-\\u9fff] one code point at a time (~0.9 ms a pattern): the readers a Chinese
    check uses test Han characters in Python instead, and the report is the one it always was."""
    env = {**os.environ, "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
    done = subprocess.run(
        [sys.executable, "-c", HAN_SPY + AFTER_CHECK], cwd=bundled, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "121 goals: ✓ met 9 · ✗ missed 6 · ? unreported 106" in done.stdout
    assert "han range:" not in done.stderr
    # The spy sees such a pattern when one is compiled.
    spied = subprocess.run(
        [sys.executable, "-c", HAN_SPY + "re.compile('[\\u4e00-\\u9fff]+')"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "han range:" in spied.stderr


def _windows(text: str) -> list[str]:
    """The text ending at each position (up to 30 characters), and each of those with a line break after it."""
    ends = [text[max(0, end - 30) : end] for end in range(len(text) + 1)]
    return ends + [end + "\n" for end in ends]


HAN_READER_CASES = (
    "再增加国家铁路建设资本金1000亿元，增加深松土地1.5亿亩，新增加专项资金，增加资金，增加x资金\n"
    "安排2.8万亿元中央财政资金，1000亿元专项，3亿元用于，5亿元中央预算内投资补助，7亿元的基金\n"
    "完善一对夫妇可生育两个孩子的配套政策，3项的“放管服”改革，5个以上的项目，6个大型的，7个的x\n"
    "确保剩余贫困人口全部脱贫，力争完成全年目标任务，努力实现城乡居民收入增长，争取实现农业人口\n"
    "控制在5万吨标准煤以内，10亿元以上，3个左右\n全年开工26个项目，12个重点项目，5家项目，8项项目，3个\n"
)


def test_the_han_readers_of_the_scan_answer_as_their_patterns_did() -> None:
    """The scan's readers that replaced patterns with the Han range find what those patterns found (`$` before a
    final line break included), at every position of the bundled sources and of phrases made to meet each bound."""
    import re

    from planaudit.reading import scan

    added = re.compile(r"(?:再|新|另)?增加[\u4e00-\u9fff]{1,12}?(?:资金|资本金|投入|投资|拨款|补助|经费|基金)$")
    funds = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:资金|国债|债券|基金|补助|经费|贷款|专项)")
    describes = re.compile(r"[^，,；;。的]{0,8}的[\u4e00-\u9fff“”]{1,16}")
    pledge = re.compile(r"(?:确保|力争|力求|努力|争取)(?:完成|实现)?(?P<object>[\u4e00-\u9fff]{6,16})$")
    qualified = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:以内|以上|以下|左右)$")
    projects = re.compile(r"[个家项条座幢所名]?项目|[\u4e00-\u9fff]{0,2}$")
    any_verb = re.compile(scan._VERB._pattern + "|" + scan._MORE_VERBS.pattern)
    found: dict[str, int] = dict.fromkeys(("added", "funds", "describes", "pledge", "qualified", "projects"), 0)
    for text in [*_texts()[:-2], HAN_READER_CASES]:  # the sources (the yaml files quote them)
        for window in _windows(text):
            expected = added.search(window) is not None
            assert expected == scan._adds_funds(window), window
            found["added"] += expected
            match = pledge.search(window)
            assert (match.group("object") if match else None) == scan._zh_pledge_object(window), window
            found["pledge"] += match is not None
        for position in range(len(text) + 1):
            expected = funds.match(text, position) is not None
            assert expected == scan._funds_after(text, position), text[position:][:9]
            found["funds"] += expected
            for end in range(position, min(len(text), position + 26) + 1):
                expected = describes.fullmatch(text, position, end) is not None
                assert expected == scan._zh_describes_after(text, position, end), text[position:end]
                found["describes"] += expected
            for after in (text[position : position + size] for size in (0, 1, 2, 3, 5, 10, 11, 12)):
                for ending in (after, after + "\n"):
                    expected = qualified.match(ending) is not None
                    assert expected == scan._qualified_unit(ending), ending
                    found["qualified"] += expected
                    expected = projects.match(ending) is not None
                    assert expected == scan._counts_projects(ending), ending
                    found["projects"] += expected
            expected = any_verb.match(text, position) is not None
            assert expected == bool(scan._VERB.match(text, position) or scan._MORE_VERBS.match(text, position))
    assert all(found.values()), found  # each reader met texts its pattern matches, not only ones it refuses


def test_the_pledge_look_ahead_admits_every_first_letter_of_an_english_pledge_word() -> None:
    """The look-ahead lists the English words' first letters, not all of A-Za-z: each word in any case, and with the
    letters `re` folds to its first letter (ſ for s, İ and ı for i), is found as with a look-ahead of every letter."""
    import re

    from planaudit.reading import scan

    spelled = scan._COMMITMENT._pattern
    latin = re.compile(r"(?=[\u4e00-\u9fffA-Za-z\u017f\u0130\u0131\u212a])" + spelled[spelled.index("(?:") :])
    folds = {"s": ["\u017f"], "i": ["\u0130", "\u0131"]}
    english = [*scan._EN_COMMITMENT, "proposed to", "planning to", "decided to", "intends to"]
    written = [
        variant
        for word in english
        for variant in (word, word.upper(), word.title(), *(fold + word[1:] for fold in folds.get(word[0], [])))
    ]
    text = " ".join(written)
    assert [m.span() for m in scan._COMMITMENT.finditer(text)] == [m.span() for m in latin.finditer(text)]
    assert len(list(scan._COMMITMENT.finditer(text))) == len(written)
    assert "A-Z" not in spelled and "b" not in spelled[: spelled.index("]")]  # "b" starts no pledge word


@pytest.mark.parametrize(("setting", "loaded"), [(None, False), ("", True), ("1", False), ("other", True)])
def test_the_entry_point_looks_for_no_pydantic_plugins_unless_told_to(
    bundled: Path, tmp_path: Path, setting: str | None, loaded: bool
) -> None:
    """An installed pydantic plugin is not looked for (reading every distribution's entry points costs each run ~6 ms):
    PYDANTIC_DISABLE_PLUGINS defaults to 1 for planaudit, and a value the user sets (empty: all plugins) is kept."""
    (tmp_path / "spy_plugin.py").write_text(
        "import sys\nsys.stderr.write('pydantic plugin loaded\\n')\n"
        "class _Plugin:\n    def new_schema_validator(self, *args, **kwargs):\n        return None, None, None\n"
        "plugin = _Plugin()\n",
        encoding="utf-8",
    )
    info = tmp_path / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env.update({"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": "", "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])})
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    done = subprocess.run(
        [sys.executable, "-m", "planaudit", "check"], cwd=bundled, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "121 goals: ✓ met 9 · ✗ missed 6 · ? unreported 106" in done.stdout
    assert ("pydantic plugin loaded" in done.stderr) is loaded


KEPT_SPY = """
import re, sys
from planaudit.reading import lazyre
_compile = re._compile
def _spy(pattern, flags):
    print("compiled:", repr(pattern)[:60], file=sys.stderr)
    return _compile(pattern, flags)
re._compile = _spy
"""
KEPT_PROBE = """
print("kept:", len(lazyre._store), "used:", len(lazyre._used), "added:", len(lazyre._added), file=sys.stderr)
"""


def _check_keeping(bundled: Path, cache: Path, probe: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """A bundled check in a fresh interpreter writing its bytecode (and kept patterns) under `cache`."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update({"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": "", "PYTHONPYCACHEPREFIX": str(cache), **env})
    done = subprocess.run(
        [sys.executable, "-c", probe + AFTER_CHECK + (KEPT_PROBE if probe else "")],
        cwd=bundled,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "121 goals: ✓ met 9 · ✗ missed 6 · ? unreported 106" in done.stdout
    return done


def _kept_store(cache: Path) -> Path:
    stores = list(cache.rglob("kept_patterns.*.pyc"))
    assert len(stores) <= 1
    return stores[0] if stores else cache / "none"


def test_a_check_makes_its_patterns_from_the_store_the_run_before_kept(bundled: Path, tmp_path: Path) -> None:
    """`re` parses and compiles in Python (~30 ms a Chinese check): the first run keeps the code of planaudit's
    patterns beside its bytecode, and the next run makes every one of them from it; `re` compiles none of them."""
    first = _check_keeping(bundled, tmp_path, KEPT_SPY)
    assert _kept_store(tmp_path).is_file()
    kept = [line for line in first.stderr.splitlines() if line.startswith("kept:")]
    assert kept[0].startswith("kept: 0 used: 0 added: ")
    added = int(kept[0].rsplit(" ", 1)[1])
    assert added >= 100
    again = _check_keeping(bundled, tmp_path, KEPT_SPY)
    assert again.stdout == first.stdout
    assert [line for line in again.stderr.splitlines() if line.startswith("kept:")] == [
        f"kept: {added} used: {added} added: 0"
    ]
    compiled_first = {line for line in first.stderr.splitlines() if line.startswith("compiled:")}
    compiled_again = {line for line in again.stderr.splitlines() if line.startswith("compiled:")}
    # what re still compiles is the stack's own patterns (typer, yaml, pydantic…): the same in both runs, and fewer
    assert compiled_again < compiled_first
    assert len(compiled_first) - len(compiled_again) >= added // 2


def test_every_kept_pattern_is_the_pattern_re_compiles(
    bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern made from the store has the flags, code (Pattern's ==), text and groups re.compile gives it."""
    import marshal
    import re
    from array import array

    from planaudit.reading import lazyre

    monkeypatch.setattr(lazyre, "_from_store", lambda key: None)  # this process compiles every pattern itself
    monkeypatch.setattr(lazyre, "_keep", lambda *args: None)
    _check_keeping(bundled, tmp_path)
    maker, entries = marshal.loads(_kept_store(tmp_path).read_bytes())
    assert maker == lazyre._maker()
    assert len(entries) >= 100
    sre = lazyre._sre()
    for (pattern, flags, skipping), (text, all_flags, code, groups, groupindex, indexgroup) in entries.items():
        made = sre.compile(text, all_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
        want = lazyre.compile_skipping(pattern, flags) if skipping else re.compile(pattern, flags)
        assert made == want and made.groups == want.groups and made.groupindex == want.groupindex, pattern


def test_no_store_is_written_without_bytecode_and_a_foreign_or_damaged_one_is_ignored(
    bundled: Path, tmp_path: Path
) -> None:
    """PYTHONDONTWRITEBYTECODE keeps the store from being written, as it keeps bytecode; a store another interpreter
    made (or a damaged one) is not read, the check reports as ever, and the store is written anew."""
    import marshal

    from planaudit.reading import lazyre

    first = _check_keeping(bundled, tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert not _kept_store(tmp_path).exists()
    _check_keeping(bundled, tmp_path)
    store = _kept_store(tmp_path)
    maker, entries = marshal.loads(store.read_bytes())
    # the same entries under another interpreter's name, every one holding the code of the first pattern
    wrong = next(iter(entries.values()))
    store.write_bytes(marshal.dumps((("2.7", *maker[1:]), {key: wrong for key in entries})))
    foreign = _check_keeping(bundled, tmp_path, KEPT_SPY)
    assert foreign.stdout == first.stdout
    assert "kept: 0 used: 0 added: " in foreign.stderr
    assert marshal.loads(store.read_bytes()) == (lazyre._maker(), entries)
    store.write_bytes(store.read_bytes()[:-1000])
    damaged = _check_keeping(bundled, tmp_path)
    assert damaged.stdout == first.stdout
    assert marshal.loads(store.read_bytes()) == (lazyre._maker(), entries)


def test_the_store_is_a_bytecode_slot_that_pip_uninstall_removes(
    bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pip uninstall` removes the files it installed and each module's bytecode (importlib.util.cache_from_source):
    every file a check writes for planaudit is such a slot, the kept patterns that of kept_patterns.py. A slot holding
    that module's real bytecode (compiled at install) is read as no store and replaced; a slot that cannot be written
    fails no run."""
    import importlib.util
    import marshal
    import py_compile

    import planaudit
    from planaudit.reading import lazyre

    first = _check_keeping(bundled, tmp_path)
    package = Path(planaudit.__file__).parent
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))  # where the check's PYTHONPYCACHEPREFIX put them
    slots = {Path(importlib.util.cache_from_source(str(module))) for module in package.rglob("*.py")}
    mirror = Path(importlib.util.cache_from_source(str(package / "__init__.py"))).parent
    written = {path for path in mirror.rglob("*") if path.is_file()}
    store = Path(importlib.util.cache_from_source(str(package / "reading" / "kept_patterns.py")))
    assert store in written and written <= slots, sorted(map(str, written - slots))
    py_compile.compile(str(package / "reading" / "kept_patterns.py"), cfile=str(store), doraise=True)
    again = _check_keeping(bundled, tmp_path)
    assert again.stdout == first.stdout
    assert marshal.loads(store.read_bytes())[0] == lazyre._maker()
    # nowhere to write (a read-only install): nothing kept, and the run reports as ever
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    unwritable = _check_keeping(bundled, tmp_path / "a-file" / "cache")
    assert unwritable.stdout == first.stdout and "Traceback" not in unwritable.stderr
