"""Evidence for goals of work: the review's deeds, acts and named items that report a goal done or not."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from planaudit.drafting.common import MARK, NUMERIC_KINDS, WORD_MATCH, _Evidence, _Goal, _undecided, q
from planaudit.drafting.review import _ASIDE, _COUNTED, _EXAMPLE, _IMPROVE, _IN_STAGE, DEED_RARE_COUNT, _Review
from planaudit.reading.figures import Kind, read_figures
from planaudit.reading.matching import (
    ACT_DONE_BY,
    DEED_VERBS,
    LATIN_STOP,
    act_of,
    acted_on,
    acts_in,
    aim_head,
    another_thing,
    capital_names,
    compound_heads,
    compound_modifiers,
    deliverable,
    does_to,
    echoes_act,
    helped_act,
    initials,
    made_for,
    match_score,
    named_compounds,
    named_for,
    names_act,
    names_object,
    object_head,
    repeats_words,
    reports_act,
    serves,
    stem,
    terms,
    verb_object,
    zh_act_words,
)
from planaudit.reading.periods import parse_period
from planaudit.reading.postings import heavy_terms
from planaudit.reading.units import EN_MONTHS, PERCENT

_DIGIT = re.compile(r"[0-9]")

# At least this many words naming the deliverable must a deed's review sentence share with the goal, one of them a
# word few of the review's sentences use (at most this share of them, or DEED_RARE_COUNT): "services", "departments"
# name nothing. A deliverable is often named in a report's summary, its body and a later report: four mentions.
DEED_SHARED = 3
# A deed of the goal's own act may share no rare word, but one that at most this share of the review's sentences use.
DEED_SOME = 0.1


# A deed that does the goal's verb to its object ("share learning" for "will share the learning from…") names it with
# fewer words alike: this score (matching.match_score) is enough.
DOING_MATCH = 0.2


def _deed_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: the review sentence that reports a deed done and names what the goal delivers, proposed undecided (a
    person reads it and decides: words alike are not a verdict). The goal's clause names the deliverable, or when it
    says too little ("will be published by the end of 2012") its sentence."""
    if not goal.words:
        return _chinese_act(goal, review) if goal.finding.kind == "judged" else None
    acted = _act_evidence(goal, review)  # the goal's own act done first
    if acted is not None:
        return acted
    wanted = _wanted(goal, review)
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    numbers = sorted({number for term in wanted for number in review.rare_deeds.get(term, ())})
    doing = verb_object(goal.clause)
    does = False  # the best deed does the goal's verb to its object ("share learning" for "share the learning"): of
    # the deeds a report can date by the goal's due (_Review.in_time), one that does comes first
    for number in numbers:
        start, end, found, parts = review.deeds[number]
        if len(wanted & found) < DEED_SHARED or _other_act(act, review.deed_acts[number]):
            continue
        score = match_score(wanted, found, review.weights)
        this = doing is not None and does_to(review.text[start:end], *doing)
        if this:  # the part that does it names it (a long sentence says much else)
            score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
            this = score >= DOING_MATCH
        if score < WORD_MATCH and not this:
            continue
        if best is not None and (review.in_time(goal.month, start), this, score) <= (
            review.in_time(goal.month, best[1]),
            does,
            best[0],
        ):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best, does = (score, start, end), this
    if best is None:
        best = _listed_deed(goal, review, wanted)
    if best is None:
        best = _counted_deed(goal, review)
    if best is None:
        best = _compound_deed(goal, review)
    why = f"deed words {q(' '.join(sorted(wanted)))}"
    tries: tuple[tuple[Callable[[], tuple[float, int, int] | None], str], ...] = (
        (lambda: _aimed_deed(goal, review, wanted), "a deed done for the goal's aim"),
        (lambda: _named_for_deed(goal, review), "a thing of its kind named for whom the goal names"),
        (lambda: _renamed_deed(goal, review), "delivered under a name the goal's paragraph describes it by"),
        (lambda: _more_deed(goal, review), "more of the things than the plan counts now"),
        (lambda: _serving_deed(goal, review), "a thing now in use for what the goal's is made for"),
    )
    for other, because in tries:
        if best is not None:
            break
        best, why = other(), because
    if best is None and (example := _example_deed(goal, review, wanted)) is not None:
        score, start, end = example
        example_of = _undecided(goal, review.text, start, end, score, "an example of a sentence naming it")
        return example_of._replace(listed=True)
    if best is None and goal.finding.kind == "judged":
        helped, why = _helped_deeds(goal, review)
        if helped:
            return _undecided_all(goal, review.text, helped, why)
        improved = _improved_deeds(goal, review)
        if improved:
            return _undecided_all(goal, review.text, improved, "improvements under a heading naming what it improves")
        led = _led_deeds(goal, review)
        if led:
            items = _undecided_all(goal, review.text, led, "items of a list whose lead-in names it")
            return items._replace(listed=True)
    if best is None:
        return _named_deed(goal, review, wanted)
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, why)


# A month named in English ("October 2013", "from November"): capitalised, its year after it or not.
_MONTH_NAMED = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?:[ \t]+((?:19|20)[0-9]{2})\b)?"
)


def _due_month(due: str | None, said: str) -> tuple[int, int] | None:
    """The last month an English goal is due by: its due's, else the last month and year its quote and the rest of its
    sentence after it name ("…for the PAYE Online exemplar service, launching in October 2013"), or None."""
    span = parse_period(due) if due else None
    if span is not None:
        return span.last[0], span.last[1]
    named = [m for m in _MONTH_NAMED.finditer(said) if m.group(2)]
    return (int(named[-1].group(2)), EN_MONTHS[named[-1].group(1).lower()]) if named else None


def _months_named(sentence: str, dated: tuple[int, int]) -> list[tuple[int, int]]:
    """The months a report's sentence names, each with its year: the one written, else the report's (dated), or the
    next one for a month before the report's ("from February" in a report of October 2013 is February 2014)."""
    out = []
    for found in _MONTH_NAMED.finditer(sentence):
        month = EN_MONTHS[found.group(1).lower()]
        if found.group(2):
            out.append((int(found.group(2)), month))
        else:
            out.append((dated[0] + (month < dated[1]), month))
    return out


# A look-ahead re-plans a goal's deliverable when it shares this many of its words, this many of them rare.
SLIP_SHARED = 3
SLIP_RARE = 2


def _slipped(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: a dated milestone ("launching in October 2013") that a report plans again for a later month ("launch
    the new Identity Assurance reference hub in private beta from November"), naming its deliverable by SLIP_SHARED of
    its words, SLIP_RARE of them rare, and no other act (the guide moved is not the guide published): it was not done
    by its date. Proposed undecided (done: false is for a person to
    write); a look-ahead naming no later month says nothing of a slip and is never proposed."""
    if goal.month is None or not review.ahead:
        return None
    wanted = _wanted(goal, review)
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for number in review.ahead_rare.holding(wanted, SLIP_RARE):
        start, end, found, dated = review.ahead[number]
        if dated is None or len(wanted & found) < SLIP_SHARED:
            continue
        shared = wanted & found
        months = _months_named(review.text[start:end], dated)
        if not months or min(months) <= goal.month:
            continue
        score = review.weights.sum(shared) / review.weights.sum(wanted)
        if best is not None and score <= best[0]:
            continue
        sentence = review.text[start:end]
        if not _other_act(act, acts_in(sentence)) and not another_thing(goal.clause, sentence):
            best = (score, start, end)
    if best is None:
        return None
    _, start, end = best
    year, month = goal.month
    why = f"planned again for after {year}-{month:02d}: not done by then?"
    return _undecided(goal, review.text, start, end, WORD_MATCH, why)


def _wanted(goal: _Goal, review: _Review) -> frozenset[str]:
    """The words naming what an English goal delivers: its clause's, or when it says too little ("will be published
    by the end of 2012") its sentence's; verbs of delivery and the plan's own name left out; the initials of a name in
    it that the review uses ("GST" for "the Goods and Service Tax")."""
    wanted = terms(review.unnamed(goal.clause)) - DEED_VERBS
    wanted = wanted if len(wanted) >= 4 else goal.sentence - DEED_VERBS
    # "the Goods and Service Tax" that the review names by its initials ("GST")
    named = {short for short in initials(review.unnamed(goal.clause)) if review.weights.counts.get(short)}
    return wanted | named if named else wanted


def _act_evidence(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: the deed in the review's section that restates the goal's numbered item or heading (_sectioned_deed),
    else the deed of the goal's own act (_same_act), proposed undecided."""
    wanted = _wanted(goal, review)
    best = _sectioned_deed(goal, review, wanted)
    why = "the plan's section restated and deed words"
    if best is None:
        best, why = _same_act(goal, review, wanted), "the act and deed words"
    if best is None:
        return None
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, f"{why} {q(' '.join(sorted(wanted)))}")


# In a review's section that restates the goal's numbered item or heading, a deed naming this many of the goal's words
# and of this score (matching.match_score) is its deed; sections of more deeds than SECTION_DEEDS are not searched.
SECTION_SHARED = 2
SECTION_MATCH = 0.2
SECTION_DEEDS = 200


def _sectioned_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: the deed, in a section of the review that restates the plan's numbered item ("Action 01") or heading
    the goal stands under, that best names the goal's deliverable: the report says where it reports on the goal, so
    fewer words alike are enough; no echo of the plan's words, no other act."""
    if not goal.marks:
        return None
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    for key in goal.marks:
        for first, last in review.sections.spans(key):
            low = bisect.bisect_left(review.deed_starts, first)
            high = bisect.bisect_left(review.deed_starts, last)
            if high - low > SECTION_DEEDS:
                continue
            for number in range(low, high):
                start, end, found, parts = review.deeds[number]
                if len(wanted & found) < SECTION_SHARED or _other_act(act, review.deed_acts[number]):
                    continue
                score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
                if score < SECTION_MATCH or not _beats(goal, review, score, start, best):
                    continue
                if not repeats_words(goal.clause, review.text[start:end]):
                    best = (score, start, end)
        if best is not None:
            return best  # the numbered item's section before the heading's
    return best


def _beats(goal: _Goal, review: _Review, score: float, start: int, best: tuple[float, int, int] | None) -> bool:
    """Whether a deed at start of this score is a better proposal than best: one a report can date by the goal's due
    (_Review.in_time) first, then the higher score."""
    if best is None:
        return True
    return (review.in_time(goal.month, start), score) > (review.in_time(goal.month, best[1]), best[0])


def _other_act(act: str | None, done: set[str]) -> bool:
    """Whether a deed reports acts of delivery (done) none of which is the goal's ("published the … Standard" for
    "services will meet the standard")."""
    return act is not None and bool(done) and done.isdisjoint(ACT_DONE_BY.get(act, (act,)))


def _same_act(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a deed done by the act the goal names (start → "Work has begun on…", publish → "released…", set up →
    "established…") that names its deliverable (the words of match_score), though none of the words is rare."""
    act = act_of(goal.clause)
    if act is None:
        return None
    helped = helped_act(goal.clause)
    if helped:  # "Cabinet Office will help departments to recruit…": the helper names nothing delivered
        wanted = wanted & terms(review.unnamed(helped))
    best: tuple[float, int, int] | None = None
    numbers: set[int] = set()
    done_by = ACT_DONE_BY.get(act, frozenset({act}))
    for done in done_by:
        index = review.acts_done.get(done)
        numbers.update(index.holding(wanted, DEED_SHARED) if index is not None else ())
    phrase = deliverable(goal.clause)
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    for number in sorted(numbers):
        start, end, found, parts = review.deeds[number]
        if all(review.weights.counts.get(term, 0) > some for term in wanted & found):
            continue  # "departments", "services": words most sentences use name nothing in particular
        score = max(match_score(wanted, part, review.weights) for part in (found, *parts))
        if score < WORD_MATCH and names_object(review.text[start:end], done_by, phrase):
            score = WORD_MATCH  # "published the Digital by Default Service Standard" for "develop a service standard"
        if score < WORD_MATCH or not _beats(goal, review, score, start, best):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
    return best


def _listed_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: the item of a review's list of things done ("in quarter 3, we: * proposed a new operating model for
    government technology, sent to …"; "GDS has helped by: * running a beta of …") that names the goal's deliverable in
    one of its parts (between commas, asides left out) or as a whole; no rare word needed (a report's summary names
    each deed once more in its body, and a list item is one deed), no echo of the plan's own words."""
    best: tuple[float, int, int] | None = None
    index = review.listed
    act = act_of(goal.clause)
    for number in index.holding_any(heavy_terms(wanted, review.weights, WORD_MATCH)):
        start, end, found, parts = review.deeds[number]
        if _other_act(act, review.deed_acts[number]):
            continue
        score = 0.0
        for part in (found, *parts):
            if len(wanted & part) >= DEED_SHARED:
                score = max(score, match_score(wanted, part, review.weights))
        if score < WORD_MATCH or (best is not None and score <= best[0]):
            continue
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
            continue
        # the item echoes the plan's words: what it goes on to report with a count, about the goal's deliverable (two
        # of its words in one part), is the evidence
        following, named = number + 1, 0.0
        while following < len(review.deeds) and review._lines[following] == review._lines[number]:
            start, end, _, parts = review.deeds[following]
            near = max(match_score(wanted, part, review.weights) if len(wanted & part) > 1 else 0.0 for part in parts)
            if near > named and _DIGIT.search(review.text, start, end):
                best, named = (score, start, end), near
            following += 1
    return best


# A goal moving things into a stage ("moving 2 more into beta"), and a review's count of the things in it ("11 were
# in beta"): the stage word is what they share.
_INTO_STAGE = re.compile(r"\b(?:into|to)\s+(?:the\s+)?(?:public\s+|private\s+)?([a-z]{3,})\s*$", re.IGNORECASE)


def _stage_count(goal: _Goal, review: _Review) -> _Evidence | None:
    """English: a goal that moves a number of things into a stage ("moving 2 more into beta") and a review's deed that
    counts the things in that stage ("…, 11 were in beta, …"), about the same things (a word of the goal's clause in
    the sentence): proposed undecided, for a stock in a stage is no count of the things moved into it."""
    into = _INTO_STAGE.search(goal.finding.quote)
    if into is None or into.group(1).lower() in LATIN_STOP:
        return None
    stage = stem(into.group(1))
    for start, end in review.stages.get(stage, ()):
        if terms(review.text[start:end]).isdisjoint(goal.words - {stage}):
            continue
        for count in _IN_STAGE.finditer(review.text, start, end):
            if stem(count.group(2)) == stage:
                return _undecided(
                    goal, review.text, count.start(), count.end(), WORD_MATCH, f"the stage {q(into.group(1))}"
                )
    return None


def _counted_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that counts the goal's own count (in its quote) of the same things ("continue work on all 25
    exemplar services" → "We have begun work on all 25 exemplar projects"): the same number before the same word,
    no echo."""
    for count in _COUNTED.finditer(goal.finding.quote):
        if count.group(2) in LATIN_STOP:  # "1 million", "5 per cent": a scale or a unit, no thing counted
            continue
        key = (count.group(1).replace(",", ""), stem(count.group(2)))
        for number in review.counted.get(key, ()):
            start, end = review.deeds[number][:2]
            if not repeats_words(goal.clause, review.text[start:end]):
                return (WORD_MATCH, start, end)
    # another count of the same things, named by two words or more that the goal's count names too ("23 exemplar
    # services were identified" for "3 significant exemplar service transformations"): no figure, a person decides
    for count in _COUNTED.finditer(goal.finding.quote):
        things = _things(goal.finding.quote, count.start(2))
        if len(things) < THINGS_NAMED:
            continue
        for word in sorted(things):
            posting = review.counted_things.get(word, ())
            for number, at in posting if len(posting) <= NAME_POSTINGS else ():
                start, end = review.deeds[number][:2]
                theirs = _things(review.text, at)
                if len(theirs) < THINGS_NAMED or not theirs <= things:
                    continue
                if not repeats_words(goal.clause, review.text[start:end]):
                    return (WORD_MATCH * len(theirs) / len(things), start, end)  # the closer named, the surer
    return None


# Another count names the goal's things when it names them by this many words (all of them the goal's).
THINGS_NAMED = 2
_THING_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _things(text: str, at: int) -> frozenset[str]:
    """The stems of the (up to four) words after a count that name what it counts, to the first function word or mark
    ("3 significant exemplar service transformations with…" → {signif, exempl, servic, transf})."""
    found: set[str] = set()
    for word in _THING_WORDS.finditer(text, at, min(len(text), at + 80)):
        if text[at : word.start()].strip(" \t‘’'\"“”") or word.group().lower() in LATIN_STOP or len(found) == 4:
            break
        found.add(stem(word.group()))
        at = word.end()
    return frozenset(found)


# A deed names a goal's deliverable by a compound noun of its head with this many of the goal's words before it.
COMPOUND_SHARED = 2
# A word in more deeds (or counts of things) than this is not looked up by name (a bounded cost per goal).
NAME_POSTINGS = 60


def _compound_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that names the goal's deliverable as a compound noun, its head the head of the goal's object
    and COMPOUND_SHARED words of that object and its complement (matching.object_head) before it, one of them used by
    at most DEED_SOME of the review's sentences ("the cross-government identity assurance framework" for "develop a
    framework to enable federated identity assurance"); no echo, no other act. Of equals the last (a later report's
    word on the same deliverable)."""
    head, said = object_head(goal.clause)
    if not head:
        return None
    act = act_of(goal.clause)
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    best: tuple[float, int, int] | None = None
    holding = review.deed_terms.holding_any((head,))
    if len(holding) > NAME_POSTINGS:
        return None  # a head noun that many deeds use ("services"): a bounded cost per goal
    for number in holding:
        start, end, _, _ = review.deeds[number]
        if _other_act(act, review.deed_acts[number]):
            continue
        deed = review.text[start:end]
        for modifiers in compound_modifiers(deed, head):
            shared = (modifiers & said) - {head}
            if len(shared) < COMPOUND_SHARED or all(review.weights.counts.get(t, 0) > some for t in shared):
                continue
            if not repeats_words(goal.clause, deed):
                best = (WORD_MATCH, start, end)
            break
    return best


# What a thing is made for and what one is now in use for share this many words at least.
PURPOSE_WORDS = 3


# A count of things the plan says it has now ("is already supporting 7 transactional transformation projects"), and a
# goal of more of them ("to support more transactional service redesign projects").
_COUNT_NOW = re.compile(
    r"\b(?:already|currently|at present|now)\s+[a-z]+ing\s+([0-9]{1,4})\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b"
)
_MORE = re.compile(r"\bmore\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b")
# Words between a count and the things counted ("all 25 exemplar projects").
_COUNT_OF = re.compile(r"\b([0-9]{1,4})\s+((?:[a-z]+[ \t]+){0,3}?)([a-z]{3,}s)\b")


def _counts_now(plan: str) -> dict[str, list[int]]:
    """English: the counts a plan gives of things it has now, by the things' stem."""
    found: dict[str, list[int]] = {}
    for count in _COUNT_NOW.finditer(plan):
        found.setdefault(stem(count.group(3)), []).append(int(count.group(1)))
    return found


def _more_than_now(clause: str, counts: dict[str, list[int]]) -> tuple[str, int] | None:
    """English: a goal of more of a thing ("support more transactional service redesign projects") and the one count
    the plan gives of those things now ("already supporting 7 transactional transformation projects"), sharing a
    word before the thing: its stem and that count; else None (no count, or several)."""
    more = _MORE.search(clause)
    if more is None:
        return None
    thing = stem(more.group(2))
    now = counts.get(thing, [])
    return (thing, now[0]) if len(now) == 1 else None


def _more_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal of more of a thing than the plan counts now (_more_than_now) and the deed counting more of that
    thing ("We have begun work on all 25 exemplar projects" for 7 projects now): a person reads whether they are the
    same kind of thing. The last (a later report's count)."""
    if goal.more is None:
        return None
    thing, now = goal.more
    holding = review.deed_terms.holding_any((thing,))
    best: tuple[float, int, int] | None = None
    for number in holding if len(holding) <= NAME_POSTINGS else ():
        start, end, _, _ = review.deeds[number]
        for count in _COUNT_OF.finditer(review.text, start, end):
            if stem(count.group(3)) == thing and int(count.group(1)) > now:
                if not repeats_words(goal.clause, review.text[start:end]):
                    best = (WORD_MATCH, start, end)
                break
    return best


def _serving_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal that makes a thing for something ("will establish a technology driven platform to facilitate
    procurement of goods and services by various Ministries") and the deed reporting a thing now in use for the same
    (matching.serves: "The Government e-market place which is now functional for procurement of goods and services"):
    PURPOSE_WORDS of its words or more, each the goal's, the first the goal's first; the first such deed."""
    act = act_of(goal.clause)
    purpose = made_for(goal.clause)
    if act not in ("make", "launch") or len(purpose) < PURPOSE_WORDS:
        return None
    for number in review.serving.get(purpose[0], ()):
        start, end, _, _ = review.deeds[number]
        theirs = serves(review.text[start:end])
        named = len(theirs) >= PURPOSE_WORDS and set(theirs) <= set(purpose)
        if named and not repeats_words(goal.clause, review.text[start:end]):
            return (WORD_MATCH, start, end)
    return None


def _renamed_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: a goal that makes a thing named by a compound noun ("is also developing a data insight platform that
    will combine…"; matching.acted_on), which no deed names so, and the deed reporting a thing of the same head, named
    by words the goal's paragraph uses to describe it, delivered by the act done ("The Performance Platform was
    released" where the paragraph goes on "it will provide high level performance reports"): the plan's thing under
    the name it was delivered by. The first."""
    for act, head, modifiers in acted_on(goal.clause):
        holding = review.deed_terms.holding_any((head,))
        if len(holding) > NAME_POSTINGS or review.deed_terms.holding(modifiers | {head}, len(modifiers) + 1):
            continue  # a common head, or a deed naming the thing as the plan does (matched on its words)
        done_by = ACT_DONE_BY.get(act, frozenset({act}))
        for number in holding:
            start, end, _, _ = review.deeds[number]
            if review.deed_acts[number].isdisjoint(done_by):
                continue
            deed = review.text[start:end]
            for name in named_compounds(deed, head):
                if (
                    name
                    and name <= goal.paragraph
                    and not name <= review.title
                    and not repeats_words(goal.clause, deed)
                ):
                    return (WORD_MATCH, start, end)
    return None


def _named_for_deed(goal: _Goal, review: _Review) -> tuple[float, int, int] | None:
    """English: the deed that names a thing of the kind of the goal's compound noun by whom or what it is for, a name
    the goal's clause gives ("running a beta of the Service Manager induction and development programme" for "Newly
    appointed Service Managers will be supported … through a specialist training programme"; matching.named_for);
    no echo, no other act. Of equals the last (a later report's word on the same thing)."""
    names = [name for name in capital_names(review.unnamed(goal.clause)) if not name <= review.title]
    if not names:
        return None
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for head in sorted(compound_heads(goal.clause)):
        holding = review.deed_terms.holding_any((head,))
        for number in holding if len(holding) <= NAME_POSTINGS else ():
            start, end, _, _ = review.deeds[number]
            deed = review.text[start:end]
            if _other_act(act, review.deed_acts[number]) or not named_for(deed, head, names):
                continue
            if not repeats_words(goal.clause, deed) and (best is None or start > best[1]):
                best = (WORD_MATCH, start, end)
    return best


# The sentence an example is given of names the goal by this score at least (matching.match_score): a sentence with
# an example is about the example's kind of deed, so fewer words alike are enough.
EXAMPLE_MATCH = 0.2


def _example_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a review sentence that names the goal (DEED_SHARED of its words, EXAMPLE_MATCH) but reports nothing done
    ("Departments are exploring the use of digital tools to engage with the public…") and the deed it gives as its
    example in the next sentence ("For example, FCO consular staff are now directly responding to questions … via the
    @fcotravel twitter channel"): the example is the concrete outcome. No echo of the plan's words in either."""
    best: tuple[float, int, int] | None = None
    act = act_of(goal.clause)
    claims = review.claims.holding(wanted, DEED_SHARED)
    for at in claims if len(claims) <= NAME_POSTINGS else ():  # many: they name nothing in particular
        claim, number = review.examples[at]
        score = match_score(wanted, terms(review.unnamed(review.text[claim[0] : claim[1]])), review.weights)
        if score < EXAMPLE_MATCH or (best is not None and score <= best[0]):
            continue
        start, end, _, _ = review.deeds[number]
        if _other_act(act, review.deed_acts[number]) or repeats_words(goal.clause, review.text[claim[0] : claim[1]]):
            continue
        opener = _EXAMPLE.match(review.text, start)
        start = opener.end() if opener is not None else start
        joined = _JOINED.search(review.text, start, end)  # "…, and DWP is launching…": the first is the example
        end = joined.start() if joined is not None else end
        if not repeats_words(goal.clause, review.text[start:end]):
            best = (score, start, end)
    return best


def _aimed_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> tuple[float, int, int] | None:
    """English: a goal of help towards an aim ("provide a programme of support, guidance and tools that help service
    teams meet the standard") and the deed done for that aim ("GDS has built the Government Service Design Manual to
    support departments in working towards achieving the Digital by Default Service Standard"): the same thing met or
    achieved (matching.aims), one more of the goal's words named, no echo, no other act. The first a report can date
    by the goal's due."""
    head = aim_head(goal.clause)
    numbers = review.aimed.get(head, ()) if head else ()
    if len(numbers) > NAME_POSTINGS:
        return None  # an aim that many deeds serve names nothing in particular (a bounded cost per goal)
    act = act_of(goal.clause)
    best: tuple[float, int, int] | None = None
    for number in numbers:
        start, end, found, _ = review.deeds[number]
        if not (wanted & found) - {head} or _other_act(act, review.deed_acts[number]):
            continue
        if repeats_words(goal.clause, review.text[start:end]) or not _beats(goal, review, WORD_MATCH, start, best):
            continue
        best = (WORD_MATCH, start, end)
    return best


_JOINED = re.compile(r",\s+and\s+(?=[A-Z])")
_HELPS = re.compile(
    r"(?:\b(?:will|shall)\s+(?:(?:also|continue to)\s+)?|^[ \t*•·-]*)(?:help|support)\s+(?P<what>[^,;:]{3,120})", re.I
)
# The goal's words that the heading of the section of help must hold (two: "digital capability"); at most this many
# items of help are quoted.
HELPED_NAMED = 2
HELPED_ITEMS = 5


def _helped_deeds(goal: _Goal, review: _Review) -> tuple[list[tuple[int, int]], str]:
    """English: a judged goal of help or support ("will support improved digital capability across departments"; an
    item "help departments to improve their digital capability, including providing guidance … on recruiting…" under
    "Cabinet Office will:") and the items of a review's lists of help given ("GDS has helped by:") in sections whose
    heading names what the goal helps to (two of its words: "Digital capability and leadership"), with why they are
    proposed. The items that name what the help includes, past what it helps to (a word of the goal after that, not
    in an aside nor in the heading, used by at most DEED_SOME of the review's sentences: "recruit" in "advising
    departments … on how to recruit senior people…"); else the items with a count, each a concrete outcome of that
    help, none the whole of it. At most HELPED_ITEMS, in order."""
    helps = _HELPS.search(goal.clause)
    if helps is None or not review.help_given:
        return [], ""
    what = terms(review.unnamed(helps.group("what"))) - DEED_VERBS
    rest = terms(review.unnamed(_ASIDE.sub(" ", goal.clause[helps.end("what") :]))) - DEED_VERBS - what
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    candidates = review.help_topics.holding(what, HELPED_NAMED)
    if len(candidates) > NAME_POSTINGS:
        return [], ""  # a topic with that many items of help names nothing in particular (a bounded cost per goal)
    named, counted = [], []
    for at in candidates:
        number = review.help_given[at]
        start, end, _, parts = review.deeds[number]
        specific = (rest & frozenset().union(*parts)) - review.topics[number]
        if any(review.weights.counts.get(term, 0) <= some for term in specific):
            named.append((start, end))
        elif number in review.helped:
            counted.append((start, end))
    for found, why in (
        (named, "items of help given that name the goal's help"),
        (counted, "items with a count in a list of help given"),
    ):
        kept = [span for span in found if not repeats_words(goal.clause, review.text[span[0] : span[1]])]
        if kept:
            return kept[:HELPED_ITEMS], why
    return [], ""


def _improved_deeds(goal: _Goal, review: _Review) -> list[tuple[int, int]]:
    """English: a judged goal to improve something ("continue to operate and improve the GOV.UK online publishing
    platform") and the deeds reporting an improvement ("We improved search on the site"; "A new version of the GOV.UK
    homepage went live …, alongside improvements to the search tool") in the review's sections whose heading names
    only words of the goal's clause, one of them used by at most DEED_SOME of the review's sentences ("GOV.UK"): the
    section is about the thing improved. At most HELPED_ITEMS, in order; no echo."""
    verb = _IMPROVE.search(goal.clause)
    if verb is None:
        return []
    some = max(DEED_RARE_COUNT, int(DEED_SOME * review.weights.total))
    object_words = terms(goal.clause[verb.end() :])
    found = []
    rare = [word for word in object_words if review.weights.counts.get(word, 0) <= some]
    candidates = review.improved_topics.holding_any(rare)
    for at in candidates if len(candidates) <= NAME_POSTINGS else ():  # a bounded cost per goal
        number = review.improvements[at]
        topic = review.topics[number]
        if not topic <= object_words:
            continue
        start, end = review.deeds[number][:2]
        if not repeats_words(goal.clause, review.text[start:end]):
            found.append((start, end))
    return found[:HELPED_ITEMS]


def _led_deeds(goal: _Goal, review: _Review) -> list[tuple[int, int]]:
    """English: a judged goal and the items with a count in a review's lists whose lead-in names its deliverable as a
    compound noun, its head and every word before it the goal's ("Common platforms continue to be developed and
    extended: * …the Transaction Explorer now covers 711 services" for "will lead in the definition and delivery of a
    new suite of common technology platforms"): each is a concrete outcome of the goal, none the whole of it (at most
    HELPED_ITEMS, in order); no echo. Heads that head many lead-ins are not looked up (a bounded cost per goal)."""
    found: set[tuple[int, int]] = set()
    for head in sorted(goal.words):
        lists = review.led.get(head, ())
        for modifiers, items in lists if len(lists) <= NAME_POSTINGS else ():
            if modifiers <= goal.words:
                found.update(items)
    kept = (item for item in sorted(found) if not repeats_words(goal.clause, review.text[item[0] : item[1]]))
    return list(itertools.islice(kept, HELPED_ITEMS))


def _undecided_all(goal: _Goal, text: str, spans: list[tuple[int, int]], why: str) -> _Evidence:
    """Review sentences proposed together as a judged goal's evidence for a person to decide (no verdict drafted)."""
    quotes = []
    for start, end in spans:
        quote = text[start:end].strip()
        at = text.find(quote, start)
        quotes.append((at, at + len(quote)))
    lines = [
        "    status: reported",
        f"    undecided: {q('proposed by draft: a person reads the quotes and decides (verdict and rationale)')}",
        "    evidence:",
    ]
    lines += [f"      - {{source: review, quote: {q(text[s:e])}}}  {MARK} ({why})" for s, e in quotes]
    return _Evidence(lines, quotes, WORD_MATCH)


# Besides the abbreviation they share, a deed and a goal must share this many words naming what was done.
NAMED_SHARED = 2


def _named_deed(goal: _Goal, review: _Review, wanted: frozenset[str]) -> _Evidence | None:
    """English: the review sentence reporting a deed done to the scheme, act or body the goal's paragraph names by an
    abbreviation (SARFAESI, PMGSY) that few of the review's sentences use, sharing two more of the goal's words: a
    long sentence says much else, so its words alone fall below the threshold ("the amendments to the SARFAESI and
    Debt Recovery Tribunal Acts" for "amendments in the SARFAESI Act")."""
    best: tuple[float, int, int, str] | None = None
    total = review.weights.sum(wanted)
    for acronym in sorted(goal.acronyms):
        anchor = stem(acronym)
        if anchor in review.title:
            continue
        pattern = re.compile(r"\b" + re.escape(acronym) + r"\b")
        for number in review.rare_deeds.get(anchor, ()):
            start, end, found, _ = review.deeds[number]
            shared = (wanted & found) - {anchor}
            if len(shared) < NAMED_SHARED or not pattern.search(review.text, start, end):
                continue
            score = review.weights.sum(shared) / total if total else 0.0
            if (best is None or score > best[0]) and not repeats_words(goal.clause, review.text[start:end]):
                best = (score, start, end, acronym)
    if best is None:
        return None
    score, start, end, acronym = best
    return _undecided(goal, review.text, start, end, score, f"{acronym} and deed words {q(' '.join(sorted(wanted)))}")


def _chinese_act(goal: _Goal, review: _Review) -> _Evidence | None:
    """Chinese milestone or judged goal: the review clause naming its act (matching.names_act) that reports it done
    by a verb of completion (出台国企改革三年行动方案 for 实施国企改革三年行动, 提高退休人员基本养老金 for 上调…), or
    for a judged goal gives a figure for it (去年又取消165项…审批事项); never a clause of effort (深化…改革, 加强…建设),
    a state restated (国际收支基本平衡, 实现了良好开局 for 实现…良好开局), a programme's clause repeated word for word
    (深入实施…三年行动), nor one looking ahead or claiming progress. A percentage or amount the goal sets must stand in
    the clause. Of a list of acts (做好第七次全国人口普查、国家脱贫攻坚普查) the item naming the goal is quoted.
    Proposed undecided: a person reads it and decides."""
    finding = goal.finding
    wanted = [f for f in read_figures(finding.quote) if f.kind is Kind.NUMBER and (f.unit == PERCENT or "元" in f.unit)]
    moved = finding.kind in NUMERIC_KINDS  # a move with no amount: only a figure of the move shows it
    judged = finding.kind == "judged" or moved
    kept = judged and _KEEPS.search(finding.quote) is not None  # 稳定…补贴: no one figure shows it
    claimed = judged and "实现" in finding.quote  # the review's 实现 restates the plan's claim
    context = goal.context or finding.quote
    best: tuple[float, int, int] | None = None
    for number in review.act_candidates(context):
        start, end, clause, done, counted = review.acts[number]
        if claimed and done:
            done = reports_act(clause.replace("实现", ""))
        if moved and not counted:
            continue  # 提高棚改货币化安置比例 repeated: the plan's words, no figure of the move
        if not (done or (judged and counted and not kept)) or echoes_act(finding.quote, clause):
            continue
        for first, last in _act_items(review.text, start, end):
            level = _TIER.search(review.text[first:last].lstrip())
            if level is not None and level.group() not in context:
                continue  # 省级政府部门权力和责任清单全面公布 for 全面公布地方政府…清单: one tier of the goal's scope
            score = names_act(finding.quote, context, review.text[first:last])
            if score <= 0 or (best is not None and score <= best[0]):
                continue
            figures = read_figures(clause) if wanted else []
            if all(any(f.value == w.value and f.unit == w.unit for f in figures) for w in wanted):
                best = (score, first, last)
    if best is None:
        if finding.kind != "judged":
            return None
        return _quality_figure(goal, review) or _stock_cut(goal, review) or _size_class(goal, review)
    score, start, end = best
    return _undecided(goal, review.text, start, end, score, f"act words {q(zh_act_words(finding.quote))}")


# A tier of government or administration (省级, 地市级, 县级), or a clause on some of those concerned (地方…, 部分…): an
# act reported for one tier or some is a part of the goal's scope, unless the goal names that tier.
_TIER = re.compile(r"(?:省|市|地市|县|区|乡镇|乡|村)级|^(?:地方|部分|个别|一些|有的|少数|多数)")


# A state of the environment's quality (生态环境质量进一步改善, 空气质量明显好转) is measured by fine particles and
# days of good air: the review's figure of one of them shows it; its 生态环境质量明显改善 only restates the aim.
_QUALITY_STATE = re.compile(r"(?:(?:环境|空气|大气|水)质量|空气|水质)[^，。；]{0,8}(?:改善|好转|提升|提高)")
_QUALITY_FIGURE = re.compile(r"细颗粒物|PM2\.5|优良天数")
# …or by a record of the quality measured (水、大气环境质量实现…监测以来历史最佳): a year better than any before.
_QUALITY_RECORD = r"(?:环境质量|空气质量|水质)[^，。；]{0,30}?(?:历史最佳|历史最好|最好水平|最佳水平)"


# A stock cut with no amount (有序退出过剩产能, 削减行政审批事项): the review's count of the same cut of the same stock
# (退出钢铁产能超过6500万吨) shows it, whatever kinds of the stock it names.
_STOCK_CUT = re.compile(r"(削减|压减|退出|化解|淘汰)[^，。；]{0,12}?(事项|产能|库存|支出)$")


def _stock_cut(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged cut of a stock: the first review clause that counts the same cut of the same stock, undecided."""
    cut = _STOCK_CUT.search(goal.finding.quote)
    found = None if cut is None else review.counted_by(cut.group(1) + r"[^，。；]{0,12}?" + cut.group(2))
    if cut is None or found is None:
        return None
    return _undecided(goal, review.text, found[0], found[1], 0.5, f"the same cut of {cut.group(2)} counted")


# Projects of a size class (50亿、100亿元重大产业投资项目; 百亿项目, 十亿元以上项目): a judged goal on attracting them
# is shown by the review's count of projects of one of its classes (其中2个百亿项目).
_GOAL_CLASS = re.compile(r"([0-9]+)亿(?=[^，。；]{0,20}项目)")


def _size_class(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged goal on projects of size classes: the first review clause counting projects of one, undecided."""
    found = [review.size_classes[c] for c in _GOAL_CLASS.findall(goal.finding.quote) if c in review.size_classes]
    if not found:
        return None
    start, end = min(found)
    return _undecided(goal, review.text, start, end, 0.5, "projects of the goal's size class counted")


def _quality_figure(goal: _Goal, review: _Review) -> _Evidence | None:
    """A judged state of the environment's quality: the first review clause that gives a percentage of one of the
    figures measuring it (细颗粒物（PM2.5）平均浓度下降9.1%), else one that reports a record of it, undecided."""
    state = _QUALITY_STATE.search(goal.finding.quote) is not None
    found = review.counted_by(_QUALITY_FIGURE.pattern, percent=True) if state else None
    if found is not None:
        return _undecided(goal, review.text, found[0], found[1], 0.5, "a figure measuring the state")
    found = review.record_by(_QUALITY_RECORD) if state else None
    if found is None:
        return None
    return _undecided(goal, review.text, found[0], found[1], 0.5, "a record of the state")


# A judged goal that keeps a level (稳定, 保持): one figure of the year does not show it kept.
_KEEPS = re.compile(r"稳定|保持|守住")


def _act_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A review clause, and when it lists acts (each item five characters or more: 做好第七次全国人口普查、国家脱贫
    攻坚普查) each item; 提高低保、优抚、退休人员基本养老金等标准 lists the parts of one act, no items, and so does a
    clause whose one count stands in its last item."""
    pieces = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] == "、":
            pieces.append((piece, index))
            piece = index + 1
    if len(pieces) < 2 or any(last - first < 5 for first, last in pieces):
        return [(start, end)]
    if _DIGIT.search(text, pieces[-1][0], end) and not _DIGIT.search(text, start, pieces[-1][0]):
        return [(start, end)]  # 新纳入低保、特困供养近600万人: one count of all the items, one act
    lead = zh_act_words(text[pieces[0][0] : pieces[0][1]])
    return pieces if reports_act(lead[:4]) else [(start, end)]  # the verb before the first item governs them all
