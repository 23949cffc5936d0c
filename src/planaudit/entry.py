"""The console entry point: answers --version before importing anything, then hands over to the CLI."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from planaudit import __version__

        sys.stdout.write(f"planaudit {__version__}\n")
        return
    from planaudit.cli import main as cli_main

    cli_main()
