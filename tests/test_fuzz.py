"""Property tests: mutated inputs either audit cleanly or exit 2 with a located message, never a traceback."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BASE, run_cli

LONG = int(os.environ.get("PLANAUDIT_FUZZ_EXAMPLES", "0"))
EXAMPLES = LONG or 60
LOCATED = re.compile(r"^(targets|actuals)\.yaml(:\d+:\d+)?: \S.*$|^sources/\S+: .+$|^error: .+$")
TEXTS = {name: (BASE / name).read_bytes() for name in ("targets.yaml", "actuals.yaml")}
SCALARS = st.sampled_from(
    ["no", "yes", "010", "1:30", ".nan", "-.inf", "~", "''", '""', "2019-09-01", "!!str", "&a", "*a", "<<", "%",
     ">=8", "[", "{", "- x", "0x1F", "1e309", "-1", "9" * 40, "é", "\t", "中文", "@", "`", "|", "? x", "'", '"']
)  # fmt: skip
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _mutate_bytes(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in flips:
        out[position % len(out)] = value
    return bytes(out)


def _mutate_lines(data: bytes, ops: list[tuple[str, int, str]]) -> bytes:
    lines = data.decode("utf-8").splitlines(keepends=True)
    for op, index, scalar in ops:
        if not lines:
            break
        i = index % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        else:
            head, sep, _ = lines[i].partition(": ")
            lines[i] = f"{head}: {scalar}\n" if sep else f"{lines[i].rstrip()} {scalar}\n"
    return "".join(lines).encode("utf-8")


def _check(tmp: Path, name: str, data: bytes) -> None:
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(BASE, tmp)
    (tmp / name).write_bytes(data)
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        result = run_cli("check", "-t", "targets.yaml", "-a", "actuals.yaml", "-f", "json")
    finally:
        os.chdir(cwd)
    assert result.exit_code in {0, 1, 2}, result
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr, result.stderr
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert lines, "exit 2 must say why"
        for line in lines:
            assert LOCATED.match(line) or line.startswith("... and "), line
        assert result.stdout == ""
    else:
        assert result.stdout.startswith("{")


fuzz = pytest.mark.fuzz_long if LONG else pytest.mark.filterwarnings("default")


@fuzz
@SETTINGS
@given(
    name=st.sampled_from(sorted(TEXTS)),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=4),
)
def test_byte_flips(tmp_path: Path, name: str, flips: list[tuple[int, int]]) -> None:
    _check(tmp_path / "case", name, _mutate_bytes(TEXTS[name], flips))


@fuzz
@SETTINGS
@given(
    name=st.sampled_from(sorted(TEXTS)),
    ops=st.lists(
        st.tuples(st.sampled_from(["delete", "duplicate", "scalar"]), st.integers(0, 10**4), SCALARS),
        min_size=1,
        max_size=4,
    ),
)
def test_line_edits_and_hostile_scalars(tmp_path: Path, name: str, ops: list[tuple[str, int, str]]) -> None:
    _check(tmp_path / "case", name, _mutate_lines(TEXTS[name], ops))


@fuzz
@SETTINGS
@given(name=st.sampled_from(sorted(TEXTS)), value=st.text(max_size=30), line=st.integers(0, 200))
def test_random_text_in_any_field(tmp_path: Path, name: str, value: str, line: int) -> None:
    data = _mutate_lines(TEXTS[name], [("scalar", line, value.replace("\n", " "))])
    _check(tmp_path / "case", name, data)
