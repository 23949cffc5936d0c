"""The review indexes draft looks evidence up in: they leave out only pieces that cannot match."""

from __future__ import annotations

import random

from planaudit.reading.matching import Weights, match_score, similarity
from planaudit.reading.postings import Postings, heavy_terms, share_needed

WORDS = [f"k{chr(97 + n // 5)}{chr(97 + n % 5)}q" for n in range(30)]  # read by terms() as themselves


def _pieces(seed: int, count: int = 200) -> list[frozenset[str]]:
    rng = random.Random(seed)
    # a few words in most pieces, most words in few: the shape of real text
    return [frozenset(w for w in WORDS if rng.random() < 1 / (1 + WORDS.index(w) / 3)) for _ in range(count)]


def test_holding_finds_exactly_the_pieces_with_enough_of_the_wanted_terms() -> None:
    pieces = _pieces(1)
    index = Postings(pieces)
    rng = random.Random(2)
    for _ in range(200):
        wanted = frozenset(rng.sample(WORDS, rng.randint(1, 8)))
        for count in range(1, len(wanted) + 2):
            expected = [n for n, piece in enumerate(pieces) if len(wanted & piece) >= count]
            assert index.holding(wanted, count) == expected


def test_holding_any_is_in_order_and_each_once() -> None:
    index = Postings([frozenset({"a", "b"}), frozenset({"c"}), frozenset({"b", "c"}), frozenset()])
    assert index.holding_any(["c", "b"]) == [0, 1, 2]
    assert index.holding_any(["z"]) == []


def test_a_phrase_that_reaches_the_score_holds_one_of_the_heavy_terms() -> None:
    pieces = _pieces(3)
    weights = Weights(" ".join(sorted(piece)) for piece in pieces)  # Weights reads text: the pieces as words
    rng = random.Random(4)
    reached = 0
    for _ in range(300):
        goal = frozenset(rng.sample(WORDS, rng.randint(1, 12)))
        heavy = set(heavy_terms(goal, weights, 0.32))
        assert heavy <= goal
        for piece in pieces:
            if match_score(goal, piece, weights) >= 0.32:
                reached += 1
                assert piece & heavy, (sorted(goal), sorted(piece))
    assert reached > 100  # the check above ran on many matching pairs


def test_light_terms_alone_are_left_out() -> None:
    # "common" is in every piece, the others in one: a phrase with "common" alone scores below 0.32 for the goal
    pieces = [frozenset({"common"})] * 50 + [frozenset({"common", "rarer", "rarest", "unique"})]
    weights = Weights(" ".join(sorted(piece)) for piece in pieces)
    goal = frozenset({"common", "rarer", "rarest", "unique"})
    assert match_score(goal, frozenset({"common"}), weights) < 0.32
    assert sorted(heavy_terms(goal, weights, 0.32)) == ["rarer", "rarest", "unique"]


def test_share_needed_is_the_count_similarity_needs() -> None:
    for size in range(1, 12):
        for share in (0.4, 0.6, 1.0):
            needed = share_needed(share, size)
            measure = "".join(chr(0x4E00 + n) for n in range(size + 1))  # size character pairs
            pairs = [measure[i : i + 2] for i in range(size)]
            assert similarity(measure, "|".join(pairs[:needed])) >= share
            assert needed == 1 or similarity(measure, "|".join(pairs[: needed - 1])) < share
