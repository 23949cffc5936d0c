"""Languages: every label in both, and the default chosen from the environment."""

from __future__ import annotations

import pytest

from planaudit.i18n import LANGS, all_keys, default_lang, label, title_of


def test_every_label_exists_in_both_languages() -> None:
    for key in all_keys():
        assert {label(key, lang) for lang in LANGS} and all(label(key, lang) for lang in LANGS), key


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"PLANAUDIT_LANG": "zh", "LANG": "en_US.UTF-8"}, "zh"),
        ({"PLANAUDIT_LANG": "fr", "LANG": "zh_CN.UTF-8"}, "zh"),
    ],
)
def test_default_language(environ: dict[str, str], expected: str) -> None:
    assert default_lang(environ) == expected


def test_titles_fall_back_to_chinese() -> None:
    assert title_of("合同外资", "Contracted FDI", "en") == "Contracted FDI"
    assert title_of("合同外资", None, "en") == "合同外资"
    assert title_of("合同外资", "Contracted FDI", "zh") == "合同外资"
