"""`planaudit init`: a small working audit (plan, review, baseline, targets, actuals, schemas) to start from."""

from __future__ import annotations

import os

from planaudit.errors import UsageError
from planaudit.schemas import schema_text

PLAN = """Millbrook Town Plan 2024

1. Housing
The town will build at least 120 new affordable homes in 2024. We will strive to cut the average permit
approval time to 30 days.

2. Environment
The recycling rate will rise by 5 percentage points. The riverside park will open by September 2024.
"""

REVIEW = """Millbrook Annual Review 2024

The town completed 134 affordable homes during the year. The recycling rate reached 41%.
Work on the riverside park continued.
"""

BASELINE = """Millbrook Annual Review 2023

The recycling rate was 37% at the end of 2023.
"""

TARGETS = """# yaml-language-server: $schema=schemas/targets.schema.json
# The plan's goals. Every quote is verbatim from its source, and every number in a goal stands in its quote.
plan: {id: millbrook-2024, title: Millbrook Town Plan 2024, period: "2024"}
sources:                       # paths relative to this file
  plan-2024: {path: sources/plan.txt, title: Millbrook Town Plan 2024, role: plan}
  review-2024: {path: sources/review.txt, title: Millbrook Annual Review 2024, role: review}
  review-2023: {path: sources/baseline.txt, title: Millbrook Annual Review 2023, role: baseline}
sections:
  - {id: housing, title: Housing}
  - {id: environment, title: Environment}
baselines:
  recycling-2023:
    title: Recycling rate
    value: 37
    unit: "%"
    source: review-2023
    quote: The recycling rate was 37%
goals:
  - id: affordable-homes
    section: housing
    title: At least 120 new affordable homes
    quote: The town will build at least 120 new affordable homes in 2024
    level: commitment
    rule: {kind: at_least, target: 120, unit: homes}
  - id: permit-time
    section: housing
    title: Permit approval in 30 days on average
    quote: We will strive to cut the average permit approval time to 30 days
    level: stretch
    rule: {kind: at_most, target: 30, unit: days}
  - id: recycling-rate
    section: environment
    title: Recycling rate up 5 percentage points
    quote: The recycling rate will rise by 5 percentage points
    level: commitment
    rule: {kind: pp_change, target_pp: 5}
    baseline: recycling-2023
  - id: riverside-park
    section: environment
    title: The riverside park opens by September 2024
    quote: The riverside park will open by September 2024
    level: commitment
    rule: {kind: milestone, deadline: 2024-09}
"""

ACTUALS = """# yaml-language-server: $schema=schemas/actuals.schema.json
# What the review says about each goal: evidence quoted verbatim, or `status: silent`.
plan: millbrook-2024
goals:
  affordable-homes:
    status: reported
    value: 134
    unit: homes
    evidence: [{source: review-2024, quote: The town completed 134 affordable homes during the year}]
  permit-time:
    status: silent
  recycling-rate:
    status: reported
    value: 41              # the level; planaudit derives 41 - 37 = +4 points against the baseline
    unit: "%"
    evidence: [{source: review-2024, quote: The recycling rate reached 41%}]
  riverside-park:
    status: silent
    note: the review says work continued, not that the park opened
"""


def starter_files() -> dict[str, str]:
    """The files of the starter audit, by path relative to its folder."""
    return {
        "targets.yaml": TARGETS,
        "actuals.yaml": ACTUALS,
        "sources/plan.txt": PLAN,
        "sources/review.txt": REVIEW,
        "sources/baseline.txt": BASELINE,
        "schemas/targets.schema.json": schema_text("targets"),
        "schemas/actuals.schema.json": schema_text("actuals"),
    }


def write_starter(folder: str, force: bool = False) -> list[str]:
    """Write the starter audit into folder (created if needed); refuse to replace a file unless force.

    Everything is checked before the first write, so a refusal writes nothing: the folder and its
    `sources/` and `schemas/` must be plain folders (or not exist yet), never a file or a symbolic
    link, and each starter file a regular file (replaced only with force) or absent.
    """
    from planaudit.output import write_atomic

    files = starter_files()
    paths = _checked_places(folder, list(files), force)
    written = []
    for name, text in files.items():
        os.makedirs(os.path.dirname(paths[name]) or ".", exist_ok=True)
        write_atomic(paths[name], text, what="the starter audit")
        written.append(paths[name])
    return written


def _checked_places(folder: str, names: list[str], force: bool) -> dict[str, str]:
    """The paths of the files to write into folder, by name, once they are known to be safe to write."""
    from planaudit.output import LINK_LEAVES, link_leaves, not_replaceable

    paths = {name: os.path.join(folder, name) for name in names}
    if link_leaves(folder):
        raise UsageError(f"{folder}: {LINK_LEAVES}; nothing written")
    folders = [folder, *dict.fromkeys(os.path.join(folder, os.path.dirname(n)) for n in names if os.path.dirname(n))]
    for place in folders:
        if place != folder and os.path.islink(place):
            raise UsageError(f"{place} is a symbolic link; init writes only into plain folders; nothing written")
        if os.path.lexists(place) and not os.path.isdir(place):
            raise UsageError(f"{place} exists and is not a folder; nothing written")
    odd = [name for name, path in paths.items() if os.path.lexists(path) and not os.path.isfile(path)]
    if odd:
        raise UsageError(f"{', '.join(odd)} in {folder} are not regular files; nothing written")
    existing = [name for name, path in paths.items() if os.path.lexists(path)]
    if existing and not force:
        raise UsageError(f"{', '.join(existing)} already exist in {folder}; nothing written (use --force to replace)")
    kept = [name for name in existing if not_replaceable(paths[name])]
    if kept:
        raise UsageError(f"{', '.join(kept)} in {folder} cannot be replaced (read-only); nothing written")
    return paths


_EXTENSIONS = {"pdf": ".pdf", "html": ".html"}


def _document(path: str) -> tuple[bytes, str]:
    """The bytes of a document named on the command line and the text they read as, or a located error."""
    from planaudit.documents import _URL, text_of
    from planaudit.errors import InputError
    from planaudit.output import LINK_LEAVES, link_leaves
    from planaudit.textsafe import one_line
    from planaudit.yamlsafe import hidden_part, read_bytes

    if _URL.match(path):
        raise InputError.at(
            path, 0, 0, "is a web address: planaudit never downloads; save the document and give its file"
        )
    if link_leaves(path):
        raise InputError.at(path, 0, 0, LINK_LEAVES)
    hidden = hidden_part(".", ".", path, os.path.realpath(path))
    if hidden is not None:
        raise InputError.at(
            path,
            0,
            0,
            f"{one_line(hidden)} is hidden or version-control metadata; hidden files and folders "
            "(.git, .env, …) are never sources",
        )
    data = read_bytes(path)
    return data, text_of(path, data)


def write_from_documents(
    folder: str, plan: str, review: str | None = None, baseline: str | None = None, force: bool = False
) -> list[str]:
    """Start an audit from the user's own documents: copy them into folder/sources/ (as they are: a PDF stays a
    PDF) and draft targets.yaml and actuals.yaml from them, as `planaudit draft` does, with sources pointing at
    the copies. Every document is read and every place checked before the first write: a refusal writes nothing.
    """
    from planaudit.documents import sniff
    from planaudit.drafting import Document, build
    from planaudit.output import check_not_input, write_atomic

    given = {role: path for role, path in (("plan", plan), ("review", review), ("baseline", baseline)) if path}
    read = {role: _document(path) for role, path in given.items()}
    copies = {
        f"sources/{role}{_EXTENSIONS.get(sniff(data, given[role]), '.txt')}": data for role, (data, _) in read.items()
    }
    names = ["targets.yaml", "actuals.yaml", *copies, "schemas/targets.schema.json", "schemas/actuals.schema.json"]
    paths = _checked_places(folder, names, force)
    for path in paths.values():
        check_not_input(path, given.values(), "init")
    documents = {
        role: Document(paths[name], text) for (role, (_, text)), name in zip(read.items(), copies, strict=True)
    }
    result = build(documents["plan"], folder, review=documents.get("review"), baseline=documents.get("baseline"))
    texts = {
        "targets.yaml": result.targets,
        "actuals.yaml": result.actuals,
        "schemas/targets.schema.json": schema_text("targets"),
        "schemas/actuals.schema.json": schema_text("actuals"),
    }
    written = []
    for name in names:
        os.makedirs(os.path.dirname(paths[name]) or ".", exist_ok=True)
        write_atomic(paths[name], copies[name] if name in copies else texts[name], what="the new audit")
        written.append(paths[name])
    return written
