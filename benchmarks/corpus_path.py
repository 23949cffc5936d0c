"""Where the development corpus is: ../shared/corpus beside the checkout (a worktree looks further up)."""

from __future__ import annotations

import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus() -> str:
    """../shared/corpus beside the checkout, or up to three folders further up; PLANAUDIT_CORPUS overrides."""
    if os.environ.get("PLANAUDIT_CORPUS"):
        return os.environ["PLANAUDIT_CORPUS"]
    folder = ROOT
    for _ in range(3):
        folder = os.path.dirname(folder)
        if os.path.isdir(os.path.join(folder, "shared", "corpus")):
            return os.path.join(folder, "shared", "corpus")
    return os.path.join(os.path.dirname(ROOT), "shared", "corpus")
