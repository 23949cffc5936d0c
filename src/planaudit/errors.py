"""Input errors located at path:line:col, the one exception type the CLI turns into exit 2."""

from typing import NamedTuple

from planaudit.textsafe import one_line


class Location(NamedTuple):
    """A 1-based position in an input file; line 0 means the file as a whole."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:  # the path is the user's: a file name may hold a newline or `::error::`
        if self.line <= 0:
            return one_line(self.path)
        return f"{one_line(self.path)}:{self.line}:{self.column}"


class Problem(NamedTuple):
    """One thing wrong with the input, at a place a person can open."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


# Locating a problem and explaining it (suggestions, where a quote diverges) costs time; past this
# many, problems are only counted, so a file full of errors is still answered at once.
MAX_PROBLEMS = 100


class InputError(Exception):
    """One or more problems that make the input unusable (exit code 2)."""

    def __init__(self, problems: list[Problem], more: int = 0, hint: str = "") -> None:
        self.problems = sorted(problems, key=lambda p: p.location)
        self.more = more  # problems found but not located or listed, past MAX_PROBLEMS
        self.hint = hint  # one line of advice after the problems
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, path: str, line: int, column: int, message: str) -> "InputError":
        return cls([Problem(Location(path, line, column), message)])


class UsageError(Exception):
    """The command line asks for something impossible (exit code 2)."""
