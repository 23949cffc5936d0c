"""Inverted indexes of a review's pieces by the terms they hold: each goal is compared with the few that can match."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planaudit.reading.matching import Weights

# Float sums in another order may differ in their last bits: a term set is left out only when it is this far below.
_MARGIN = 0.999


class Postings:
    """For each term, the numbers of the pieces (in order) that hold it."""

    def __init__(self, pieces: Sequence[frozenset[str]]) -> None:
        self.pieces = pieces
        self.lists: dict[str, list[int]] = {}
        for number, found in enumerate(pieces):
            for term in found:
                self.lists.setdefault(term, []).append(number)

    def holding_any(self, wanted: Iterable[str]) -> list[int]:
        """The pieces, in order, that hold one of the wanted terms at least."""
        lists = [self.lists[term] for term in wanted if term in self.lists]
        if len(lists) == 1:
            return lists[0]
        return sorted(set().union(*lists))

    def holding(self, wanted: frozenset[str], count: int) -> list[int]:
        """The pieces, in order, that hold `count` of the wanted terms at least (count ≥ 1): each holds one of any
        len(wanted) - count + 1 of them, so the rarest that many are looked up and the rest checked."""
        if count <= 0 or count > len(wanted):
            return [] if count > len(wanted) else list(range(len(self.pieces)))
        rarest = sorted(wanted, key=lambda term: (len(self.lists.get(term, ())), term))[: len(wanted) - count + 1]
        found = self.holding_any(rarest)
        if count == 1:
            return found
        return [number for number in found if len(wanted & self.pieces[number]) >= count]


def share_needed(share: float, size: int) -> int:
    """The fewest of `size` wanted terms (capped at 6, as matching.similarity counts) whose share reaches `share`."""
    cap = min(size, 6)
    return next((count for count in range(1, cap + 1) if count / cap >= share), cap + 1)


def heavy_terms(goal: frozenset[str], weights: Weights, score: float) -> list[str]:
    """The goal's terms of which a phrase must hold one to reach `score` in matching.match_score: that score needs
    the shared terms to weigh score² of the goal's at least, so terms lighter together than that cannot reach it."""
    if not goal:
        return []
    ordered = sorted(goal, key=lambda term: (weights.of(term), term))
    floor = score * score * weights.sum(goal) * _MARGIN
    light = 0.0
    for index, term in enumerate(ordered):
        light += weights.of(term)
        if light >= floor:
            return ordered[index:]
    return []
