"""Restatements: a plan's findings that state one target again (summary bullet, action line, body, closing list)."""

from __future__ import annotations

import functools
import gc
import itertools
import re
from collections.abc import Sequence

from planaudit.reading.lazyre import LazyPattern, skipping
from planaudit.reading.matching import Weights, act_of, another_thing, object_head, stem, terms
from planaudit.reading.scan import Finding
from planaudit.reading.units import in_base

# Non-numeric deeds whose kind is a reading of the verb, not of the target ("offer training" judged, "develop
# training" a milestone): two statements of one deed may differ in it. Numeric kinds and named items never do.
_DEEDS = frozenset({"judged", "milestone"})
# Words a statement must share with another (or hold, to be found inside it) to say the same thing.
SHARED_WORDS = 3
# Of the shared words, how many must be rare: used by at most RARE_SHARE of the plan's lines (but RARE_COUNT
# lines are always rare: a short plan's every word is in a few percent of its lines).
RARE_WORDS = 2
RARE_SHARE = 0.05
RARE_COUNT = 6
# The weighted share of the shorter statement's words the longer one says, and of the longer one's the shorter says.
COVERS_SHORTER = 0.6
COVERS_LONGER = 0.5
# A word stated by more findings than this is looked up for no candidate pair (a plan repeated or a boilerplate
# word, not a target's few restatements): the cost stays linear in the findings.
POSTINGS = 12
# How far before a quote its sentence is read for the statement's subject ("Cabinet Office will …").
SUBJECT_REACH = 200
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_LATIN = LazyPattern(r"[A-Za-z]{3}")
# A numbered item's label before a statement ("Action 07:", "114.", "(iii)"): a place in the plan, not a figure.
_LABEL = re.compile(r"^\W*(?:[A-Z][a-z]+\s+)?(?:[0-9]{1,3}|[ivx]{1,5})[.:)]\s+")
_LEVEL_RANK = {"commitment": 2, "plain": 0}


class _Statement:
    """What one finding states: its words, its figures, its deadline, its subject."""

    __slots__ = ("act", "amount", "due", "figures", "finding", "head", "said", "subject", "verb", "words")

    def __init__(
        self, finding: Finding, due: str | None, subject: str, acts: dict[str, tuple[str | None, str, str]]
    ) -> None:
        latin = _LATIN.search(finding.quote) is not None
        self.finding = finding
        self.due = due or finding.deadline
        # English: what the sentence says up to the quote's end, its subject included ("Services handling over
        # 100,000 transactions each year will be redesigned"); Chinese: the quote
        said = _LABEL.sub("", subject + finding.quote) if latin else finding.quote
        self.said = said
        self.words = terms(said)
        self.figures = frozenset(n.replace(",", "") for n in _NUMBER.findall(_LABEL.sub("", finding.quote)))
        # "one million trees" and "1,000,000 trees" are one amount: compared in the unit's base, the scale applied
        self.amount = (
            in_base(finding.target, finding.unit),
            in_base(finding.maximum, finding.unit),
            finding.exclusive,
        )
        self.subject = terms(subject) if latin else frozenset()
        if latin and finding.quote not in acts:  # a plan repeating a phrase reads its act once
            acts[finding.quote] = (act_of(finding.quote), object_head(finding.quote)[0], _verb(finding.quote))
        self.act, self.head, self.verb = acts[finding.quote] if latin else (None, "", "")


# The verb an English statement's work is done by: a list item's opening word under "We will:" ("set up the new
# team"), else the word after its modal or "to" ("will be offered", "would be the first … to use").
_OPENING_VERB = re.compile(r"[^A-Za-z]*([a-z]+)")
_MODAL_VERB = LazyPattern(
    r"\b(?:will|shall|must|would|should|to)\s+(?:(?:also|then|now|further|continue\s+to|begin\s+to|start\s+to)\s+)?"
    r"(?:be\s+|have\s+)?([A-Za-z]+)",
    re.IGNORECASE,
)
skipping(_MODAL_VERB, _LATIN)

_NO_VERB = frozenset(
    re.findall(
        r"[a-z]+",
        "a an the their its our his her this these those that it they we there be been being have has had not no all"
        " each every any some more also will shall must would should can could may might to of in on for by with and"
        " or into onto from at as across through over under",
    )
)


def _verb(quote: str) -> str:
    """The stem of the verb of an English statement, or "" (none read: "will be a cross-government approach")."""
    opening = _OPENING_VERB.match(quote)
    if opening is not None and opening.group(1) not in _NO_VERB:
        return stem(opening.group(1))
    for found in _MODAL_VERB.finditer(quote):
        if found.group(1).lower() not in _NO_VERB:
            return stem(found.group(1))
    return ""


def _subject(text: str, finding: Finding, after: int) -> str:
    """The words of the finding's sentence (its line, from its last full stop) before its quote and after the finding
    before it (`after`): its subject ("Cabinet Office will …")."""
    at = finding.start
    reach = max(0, after, at - SUBJECT_REACH)  # bounded: a plan with no full stop is not read back to its start
    line, stop = text.rfind("\n", reach, at), text.rfind(". ", reach, at)
    return text[max(reach, line + 1 if line != -1 else 0, stop + 2 if stop != -1 else 0) : at]


def _figures_agree(a: _Statement, b: _Statement) -> bool:
    if a.amount != b.amount:
        return False
    if a.figures and b.figures and a.figures != b.figures:
        return False  # another amount or another year: "2 more into beta" is not "1 into alpha"
    return not (a.due and b.due and a.due != b.due)


def _kinds_agree(a: Finding, b: Finding) -> bool:
    return a.kind == b.kind or (a.kind in _DEEDS and b.kind in _DEEDS)


class _Words:
    """How much each word of the plan says (rare words, in few of its lines: paragraphs and list items), read only
    when two statements are compared on their words."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def weights(self) -> Weights:
        return Weights(self.text.splitlines())

    @functools.cached_property
    def rare(self) -> int:
        return max(RARE_COUNT, int(RARE_SHARE * self.weights.total))


def _same(a: _Statement, b: _Statement, words: _Words) -> bool:
    """Whether two statements state one target: the same kind, figures and deadline (where both have them), not two
    subjects, acts, heads or complements, and the same words (one inside the other, or enough rare words shared)."""
    if not _kinds_agree(a.finding, b.finding) or not _figures_agree(a, b):
        return False
    if a.subject and b.subject and not a.subject & b.subject:
        return False  # "DWP will …" and "HMRC will …"
    if a.act and b.act and a.act != b.act:
        return False
    if a.verb and b.verb and a.verb != b.verb:
        return False  # "set up a tenant advice service" is not "train tenant advice volunteers"
    if a.head and b.head and a.head != b.head:
        return False
    if a.said == b.said:
        return True  # the same words again
    return _same_words(a, b, words) and not another_thing(a.finding.quote, b.finding.quote)


def _same_words(a: _Statement, b: _Statement, words: _Words) -> bool:
    """Whether two statements name the same thing: one inside the other, or enough rare words shared."""
    for pair in ((a.finding.quote, b.finding.quote), (a.said, b.said)):
        shorter, longer = sorted(pair, key=len)
        if len(terms(shorter)) >= SHARED_WORDS and shorter in longer:
            return True
    shared = a.words & b.words
    if len(shared) < SHARED_WORDS:
        return False
    weights, rare = words.weights, words.rare
    if sum(weights.counts.get(w, 0) <= rare for w in shared) < RARE_WORDS:
        return False
    weight = weights.sum(shared)
    small, large = sorted((weights.sum(a.words), weights.sum(b.words)))
    return weight >= COVERS_SHORTER * small and weight >= COVERS_LONGER * large


def _carries(statement: _Statement) -> tuple[int, int, int, int, int, int]:
    """What a statement carries, most first: a figure, a unit, a deadline, a commitment word, a kind other than
    judged, words."""
    f = statement.finding
    return (
        f.target is not None,
        bool(f.unit),
        bool(statement.due),
        _LEVEL_RANK.get(f.level, 1),
        f.kind != "judged",
        len(statement.words),
    )


def restatements(text: str, findings: Sequence[Finding], dues: Sequence[str | None]) -> list[list[int]]:
    """The findings grouped by target, each group led by the statement that carries the most (then the first in the
    plan) and followed by its other statements in plan order; groups in the order of their leaders. A finding stated
    once is a group of one. The plan's words alone decide: nothing here reads a review."""
    enabled = gc.isenabled()
    gc.disable()  # a few objects per finding, no cycles: the collector's passes over them grew faster than the findings
    try:
        return _grouped(text, findings, dues)
    finally:
        if enabled:
            gc.enable()


def _grouped(text: str, findings: Sequence[Finding], dues: Sequence[str | None]) -> list[list[int]]:
    words = _Words(text)
    ends_before = [0, *itertools.accumulate((f.end for f in findings), max)]
    acts: dict[str, tuple[str | None, str, str]] = {}
    statements = [_Statement(f, dues[i], _subject(text, f, ends_before[i]), acts) for i, f in enumerate(findings)]
    postings: dict[str, list[int]] = {}
    group_of: list[int] = []
    groups: list[list[int]] = []
    for index, statement in enumerate(statements):
        seen: set[int] = set()
        joined = -1
        for word in sorted(statement.words):
            held = postings.setdefault(word, [])
            if len(held) > POSTINGS:
                continue
            for other in held:
                group = group_of[other]
                if group in seen or joined != -1:
                    continue
                seen.add(group)
                if all(_same(statement, statements[m], words) for m in groups[group]):
                    joined = group
            held.append(index)
        if joined == -1:
            joined = len(groups)
            groups.append([])
        groups[joined].append(index)
        group_of.append(joined)
    led = []
    for members in groups:
        leader = max(members, key=lambda m: (_carries(statements[m]), -m))
        led.append([leader] + [m for m in members if m != leader])
    led.sort(key=lambda members: members[0])
    return led
