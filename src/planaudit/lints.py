"""Evidence lints: verdicts that rest on reused, echoed, empty or caveated evidence, found after scoring."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping

from planaudit.errors import Location
from planaudit.facts import Reported
from planaudit.reading.figures import MATCHABLE_KINDS, Figure, Kind, read_figures
from planaudit.reading.lazyre import LATIN, CharRange, LazyPattern, compile_re
from planaudit.reading.units import CHINESE_SCALES
from planaudit.rules import RULES
from planaudit.scorecard import GoalResult, Lint, Scorecard

Locate = Callable[[tuple[str | int, ...]], Location]

# Share of an evidence quote's character pairs (Chinese) or words (Latin script) that also occur in the goal's
# plan quote, above which the evidence only says again what the plan said ("深化“3+1”项目推进机制").
ECHO_SHARE = 0.6
_CJK = CharRange("\u3400", "\u9fff")
_WORD = compile_re(r"[^\W_]+")
# Words that carry no measure: left out of English similarity so "the" and "of" do not make sentences alike.
_STOP = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its"}
    | {"of", "on", "or", "our", "over", "the", "this", "that", "to", "was", "were", "will", "with", "we", "per", "all"}
)
_EN_COUNT = LazyPattern(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|trillion|lakh|crore|half|third|quarter|dozen|twice|double|doubled)\b",
    re.IGNORECASE,
)
_EN_DONE = LazyPattern(
    r"\b(completed|launched|opened|built|held|signed|commissioned|approved|established|introduced|enacted|passed|"
    r"set up|rolled out|achieved|delivered|finished|started)\b",
    re.IGNORECASE,
)
# "一是…", "四是城市形象再展新颜": the enumerated headings of a Chinese speech; praise, not a result.
_HEADING = compile_re(r"^[一二三四五六七八九十]+是")
_DIGIT = compile_re(r"[0-9０-９]")
_COUNT = compile_re(
    r"[一二两三四五六七八九十百千万亿半][个项家座条幢届名位次所批亩]|[一二三四五六七八九十百]+分之[一二三四五六七八九十]|一半"
)
_NAME = compile_re(r"“[^”]{2,}”|《[^》]{2,}》|「[^」]{2,}」")
# Verbs of completion: a thing named in the sentence was actually done.
_DONE = compile_re(
    r"建成|开工|竣工|投产|通车|开学|启用|投用|举办|召开|签约|签订|上市|获评|被评为|荣获|荣膺|入选|认证|通过|落户|揭牌|挂牌|开业|清零"
)
LINT_CODES = (
    "evidence-reuse",
    "plan-echo",
    "judged-without-fact",
    "caveat-unrated",
    "caveat-material-met",
    "accept-unused",
    "rationale-number",
)
# Lints a person may accept on one entry, with a reason (`accept: {plan-echo: …}`); errors cannot be accepted.
ACCEPTABLE = ("evidence-reuse", "plan-echo", "judged-without-fact", "caveat-unrated", "rationale-number")


def is_concrete(text: str) -> bool:
    """Whether a sentence states a fact a reader can check: a number, a count, a name, or a thing done."""
    if _HEADING.match(text) and len(text) <= 16:
        return False
    return bool(
        _DIGIT.search(text)
        or _COUNT.search(text)
        or _NAME.search(text)
        or _DONE.search(text)
        or (LATIN.search(text) is not None and (_EN_COUNT.search(text) or _EN_DONE.search(text)))
    )


def echo_share(evidence: str, plan: str) -> float:
    """The share of the evidence that the plan quote already has: its adjacent character pairs in Chinese, its
    words (other than words like "the" and "of") in Latin script, where shared letter pairs mean nothing."""
    if not _CJK.search(evidence):
        words = [w for w in _WORD.findall(evidence.casefold()) if w not in _STOP]
        if not words:
            return 0.0
        plan_words = set(_WORD.findall(plan.casefold()))
        return sum(w in plan_words for w in words) / len(words)
    pairs = [evidence[i : i + 2] for i in range(len(evidence) - 1)]
    if not pairs:
        return 0.0
    plan_pairs = {plan[i : i + 2] for i in range(len(plan) - 1)}
    return sum(pair in plan_pairs for pair in pairs) / len(pairs)


def lint(
    scorecard: Scorecard, entries: dict[str, Reported], locate: Locate, texts: Mapping[str, str] | None = None
) -> tuple[Lint, ...]:
    """Every lint for the scored goals; `entries` are the reported actuals by goal id, `texts` the source documents
    by id (a rationale's number stands where the rationale quotes one of them verbatim)."""
    found: list[Lint] = []
    met_by_quote: dict[tuple[str, str], str] = {}
    for result in scorecard.results:
        entry = entries.get(result.goal.id)
        if entry is None:
            continue
        goal_id = result.goal.id
        met = result.verdict.value == "met"
        if met:
            for index, evidence in enumerate(result.evidence):
                key = (evidence.source, evidence.quote)
                first = met_by_quote.setdefault(key, goal_id)
                # One figure reported for several goals jointly (joint_with) rightly shares its quote.
                if first != goal_id and first not in (entry.joint_with or ()):
                    found.append(
                        Lint(
                            "evidence-reuse",
                            goal_id,
                            locate(("goals", goal_id, "evidence", index, "quote")),
                            "evidence-reuse",
                            (first,),
                        )
                    )
            if _judged_rule(result):  # a milestone's "held the 5th fair" rightly repeats the plan
                found += _echoes(result, locate)
        if _judged_rule(result) and entry.verdict is not None:
            found += _judged(result, entry, locate)
        if entry.caveat is not None and met:
            found += _caveat(goal_id, entry, locate)
        if entry.rationale is not None:
            found += _rationale(result, entry, locate, texts or {})
    return tuple(_accepted(found, entries, locate))


def _judged_rule(result: GoalResult) -> bool:
    """Whether the goal is judged by its rule: its verdict's basis is None where it is not decided (not due)."""
    return RULES[result.goal.rule.kind].verdict_basis == "judged"


def _accepted(found: list[Lint], entries: dict[str, Reported], locate: Locate) -> list[Lint]:
    """Lints a person accepted on their entry marked so, with the reason; an acceptance no lint needs is a lint."""
    out: list[Lint] = []
    used: set[tuple[str, str]] = set()
    for item in found:
        accept = entries[item.goal_id].accept or {}
        reason = accept.get(item.code)
        if reason is not None and item.severity == "warning":
            used.add((item.goal_id, item.code))
            item = item._replace(accepted=reason)
        out.append(item)
    for goal_id, entry in entries.items():
        for code in entry.accept or {}:
            if (goal_id, code) not in used:
                out.append(
                    Lint(
                        "accept-unused",
                        goal_id,
                        locate(("goals", goal_id, "accept", code)),
                        "accept-unused",
                        (code,),
                    )
                )
    return out


def _echoes(result: GoalResult, locate: Locate) -> list[Lint]:
    lints = []
    for index, evidence in enumerate(result.evidence):
        share = echo_share(evidence.quote, result.goal.quote)
        if share >= ECHO_SHARE:
            lints.append(
                Lint(
                    "plan-echo",
                    result.goal.id,
                    locate(("goals", result.goal.id, "evidence", index, "quote")),
                    "plan-echo",
                    (f"{share:.0%}",),
                )
            )
    return lints


def _judged(result: GoalResult, entry: Reported, locate: Locate) -> list[Lint]:
    goal_id = result.goal.id
    if entry.fact is None:
        return [
            Lint(
                "judged-without-fact",
                goal_id,
                locate(("goals", goal_id, "verdict")),
                "judged-without-fact",
            )
        ]
    if is_concrete(entry.fact) or entry.suffices_because is not None:
        return []
    return [
        Lint(
            "judged-without-fact",
            goal_id,
            locate(("goals", goal_id, "fact")),
            "fact-not-concrete",
        )
    ]


def _caveat(goal_id: str, entry: Reported, locate: Locate) -> list[Lint]:
    if entry.caveat_severity is None:
        return [
            Lint(
                "caveat-unrated",
                goal_id,
                locate(("goals", goal_id, "caveat")),
                "caveat-unrated",
            )
        ]
    if entry.caveat_severity == "material":
        return [
            Lint(
                "caveat-material-met",
                goal_id,
                locate(("goals", goal_id, "caveat_severity")),
                "caveat-material-met",
                severity="error",
            )
        ]
    return []


# A rationale's own verbatim quote of a document: the text between quotation marks, or a run of Chinese text (with its
# digits and punctuation) around a number; at least this long, so that a bare number is never "found" anywhere.
_QUOTED = compile_re(r"“([^”]+)”|\"([^\"]+)\"|「([^」]+)」|『([^』]+)』")
_CJK_RUN = compile_re(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef0-9.%]+")
_CLAUSE_BREAK = compile_re(r"[，。；、：！？]")
_WORDS = compile_re(r"[\W\d_]+")  # what is left of a piece once its figure is taken out, to count its words
PERCENTS = frozenset({"%", "％", "个百分点", "percentage points", "pp"})
_BARE_SCALE = compile_re(rf"(?<![0-9.零一二两三四五六七八九十百千万亿])({'|'.join(CHINESE_SCALES)})")
_DERIVED_FROM = 24  # the numbers of a goal's quotes tried in pairs for a derived figure (sums, differences, ratios)


def _rationale(result: GoalResult, entry: Reported, locate: Locate, texts: Mapping[str, str]) -> list[Lint]:
    """A rationale's figures each stand in one of the goal's quotes (plan, evidence, fact, baseline), in the engine's
    arithmetic, in a verbatim quote of a source the rationale itself gives, or follow from two of those (a sum, a
    difference, a ratio or a change in percent); each other figure is a lint: a number no quote supports."""
    rationale = entry.rationale or ""
    figures = [f for f in read_figures(rationale) if f.kind in MATCHABLE_KINDS]
    if not figures:
        return []
    goal, baseline = result.goal, result.baseline
    quotes = [goal.quote, *(e.quote for e in result.evidence), *([entry.fact] if entry.fact else [])]
    if baseline is not None:
        quotes += [baseline.quote, *([baseline.alternate.quote] if baseline.alternate is not None else [])]
    steps = [step for step in result.outcome.arithmetic if rationale not in step]  # a judged step restates it
    known = [f for text in (*quotes, *steps) for f in read_figures(text) if f.kind in MATCHABLE_KINDS]
    scales = {CHINESE_SCALES[m.group(1)] for quote in quotes for m in _BARE_SCALE.finditer(quote)}
    unsupported = [
        figure.text
        for figure in figures
        if not _supported(figure, known, scales) and not _quoted_verbatim(rationale, figure, texts.values())
    ]
    if not unsupported:
        return []
    shown = ", ".join(f"“{text}”" for text in dict.fromkeys(unsupported))
    return [Lint("rationale-number", goal.id, locate(("goals", goal.id, "rationale")), "rationale-number", (shown,))]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _supported(figure: Figure, known: list[Figure], scales: set[float]) -> bool:
    if any(_close(figure.value, k.value) or _close(figure.amount, k.amount) for k in known):
        return True
    if figure.amount in scales:  # "over 100 million" for 亿元楼宇: a scale word with no number before it
        return True
    return _derived(figure, [k.value for k in known][:_DERIVED_FROM])


def _derived(figure: Figure, values: list[float]) -> bool:
    """Whether the figure, to the decimals it is written with, is a sum or difference of two of the values, or, written
    in percent, their ratio or change in percent: "+33%" for 133 against 100."""
    if figure.kind is Kind.ORDINAL:  # "the 5th fair" is a name for a thing, never worked out
        return False
    digits = re.search(r"[.．](\d+)", figure.text)
    half = 0.5 * 10 ** -(len(digits.group(1)) if digits else 0) + 1e-9
    wanted = abs(figure.value)
    percent = figure.unit in PERCENTS
    for a, b in itertools.permutations(values, 2):
        candidates = [a + b, abs(a - b)]
        if b and percent:
            candidates += [a / b * 100, abs(a / b - 1) * 100]
        if any(abs(c - wanted) <= half for c in candidates):
            return True
    return False


def _quoted_verbatim(rationale: str, figure: Figure, texts: Iterable[str]) -> bool:
    """Whether the figure stands in a part of the rationale that quotes a source document verbatim: text between
    quotation marks, or the Chinese run (or its clause) around it."""
    pieces: list[str] = []
    for match in _QUOTED.finditer(rationale):
        if match.start() <= figure.start and figure.end <= match.end():
            pieces.append(next(group for group in match.groups() if group))
    for match in _CJK_RUN.finditer(rationale):
        if match.start() <= figure.start < match.end():
            run = match.group().strip(".")
            pieces.append(run)
            offset = figure.start - match.start()
            starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(run) if m.end() <= offset)]
            ends = [m.start() for m in _CLAUSE_BREAK.finditer(run) if m.start() >= offset] + [len(run)]
            pieces.append(run[max(starts) : min(ends)])
    # A piece must say more than the figure itself: "7.85亿美元" alone would be found wherever the number is.
    wanted = [piece for piece in dict.fromkeys(pieces) if len(_WORDS.sub("", piece.replace(figure.text, ""))) >= 2]
    return any(piece in text for piece in wanted for text in texts)
