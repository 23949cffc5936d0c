"""`planaudit draft`: read the documents, refuse a place before writing anything, draft, write the folder."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from planaudit.documents import read_document, saved_as_text
from planaudit.drafting import Document, build, placed
from planaudit.errors import UsageError
from planaudit.output import check_not_input, not_replaceable, write_atomic
from planaudit.schemas import schema_text
from planaudit.textsafe import one_line
from planaudit.yamlsafe import read_text


def run(plan: Path, reviews: list[Path] | None, baseline: Path | None, out_dir: Path, force: bool) -> None:
    """Draft targets.yaml and actuals.yaml into out_dir; every place is checked before the first write."""
    if os.path.lexists(out_dir) and not out_dir.is_dir():
        raise UsageError(f"{one_line(str(out_dir))}: not a folder")
    reviews = reviews or []
    inputs = [str(p) for p in (plan, *reviews, baseline) if p is not None]
    texts = [read_document(path) for path in inputs]
    where = placed(inputs, str(out_dir))
    # A PDF or web page drafted from outside the folder is copied as the text it was read as.
    saved = [
        saved_as_text(path, text) if path != source else (path, text)
        for source, path, text in zip(inputs, where, texts, strict=True)
    ]
    where, texts = [path for path, _ in saved], [text for _, text in saved]
    copies = [(path, text) for source, path, text in zip(inputs, where, texts, strict=True) if path != source]
    destinations = [str(out_dir / "targets.yaml"), str(out_dir / "actuals.yaml")]
    for destination in destinations + [path for path, _ in copies]:
        check_not_input(destination, inputs, "the draft")
    for destination in destinations:
        if os.path.lexists(destination) and not force:
            raise UsageError(f"{one_line(destination)} exists: give --force to replace it, or -o another folder")
    for path, text in copies:
        if os.path.lexists(path) and not (os.path.isfile(path) and not os.path.islink(path)):
            raise UsageError(f"{one_line(path)} exists and is not a regular file")
        if os.path.lexists(path) and not force and _differs(path, text):
            raise UsageError(f"{one_line(path)} exists with other text: give --force to replace it")
    for path in destinations + [path for path, text in copies if os.path.lexists(path) and _differs(path, text)]:
        refused = not_replaceable(path)
        if refused:
            raise UsageError(f"cannot write the draft to {one_line(path)}: {refused}; nothing written")
    documents = [Document(path, text) for path, text in zip(where, texts, strict=True)]
    result = build(
        documents[0],
        str(out_dir),
        baseline=documents[-1] if baseline is not None else None,
        reviews=documents[1 : 1 + len(reviews)],
    )
    os.makedirs(out_dir / "sources" if copies else out_dir, exist_ok=True)
    for path, text in copies:
        if not os.path.lexists(path) or _differs(path, text):
            write_atomic(path, text, what="the draft")
    for kind in ("targets", "actuals"):
        schema = out_dir / "schemas" / f"{kind}.schema.json"
        if not os.path.lexists(schema):  # the file's first line points at it; a schema already there is kept
            os.makedirs(schema.parent, exist_ok=True)
            write_atomic(str(schema), schema_text(kind), what="the draft")
    write_atomic(destinations[0], result.targets, what="the draft")
    write_atomic(destinations[1], result.actuals, what="the draft")
    over = f" over {len(result.years)} review years ({result.years[0]}–{result.years[-1]})" if result.years else ""
    typer.echo(
        f"drafted {result.goals} goals ({result.evidence} with proposed evidence, {result.silent} silent{over}), "
        f"{result.baselines} baselines, {result.untracked} untracked outcomes"
        + (f", {result.notes} figures of others noted, not drafted" if result.notes else "")
        + f" into {one_line(destinations[0])} and "
        f"{one_line(destinations[1])}: review the {result.marks} '# draft: check' marks, then run planaudit validate"
    )


def _differs(path: str, text: str) -> bool:

    try:
        return read_text(path) != text
    except Exception:
        return True
