"""Whether a review phrase reports a goal's outcome: its measure (words or characters), period, unit and scale."""

from __future__ import annotations

import collections
import functools
import math
import re
from collections.abc import Iterable

from planaudit.reading.figures import Figure, Qualifier, read_figures
from planaudit.reading.lazyre import HAN, LazyPattern, skipping
from planaudit.reading.units import COUNTERS, EN_MONTHS, PERCENT, PERCENTAGE_POINT, same_base, split_unit

# Share of a goal's measure-word pairs (capped at 6) that a review or baseline phrase must share to be proposed.
MATCH_SHARE = 0.4
_STOP_PAIRS = frozenset(
    {"全区", "全年", "全市", "实现", "完成", "达到", "以上", "其中", "我们", "我区", "今年", "同比", "年末", "全国"}
)


@functools.lru_cache(maxsize=1 << 16)
def pair_set(text: str) -> frozenset[str]:
    """The adjacent character pairs of a text that carry meaning (no punctuation, no 全区/全年/完成…)."""
    return frozenset(
        text[i : i + 2]
        for i in range(len(text) - 1)
        if not any(c in "、，,；;。“”（）() 的" for c in text[i : i + 2]) and text[i : i + 2] not in _STOP_PAIRS
    )


def similarity(measure: str, context: str) -> float:
    """Share of the measure's character pairs found in the context, out of at most 6 (long measures need 6 hits)."""
    wanted = pair_set(measure)
    if not wanted:
        return 0.0
    return len(wanted & pair_set(context)) / min(len(wanted), 6)


def is_counter(unit: str | None) -> bool:
    return unit is not None and split_unit(unit).base in COUNTERS and split_unit(unit).factor == 1


def units_fit(goal_unit: str | None, figure: Figure) -> bool:
    if goal_unit is None or not figure.unit:
        return False
    if is_counter(goal_unit) and is_counter(figure.unit):
        return True
    if figure.unit in (PERCENT, PERCENTAGE_POINT) or goal_unit in (PERCENT, PERCENTAGE_POINT):
        return figure.unit == goal_unit
    return same_base(goal_unit, figure.unit) and bool(split_unit(figure.unit).base)


# A bare scale right after a noun that names a head count counts people (易地扶贫搬迁人口超过240万: 240万人), also
# across a verb of change or comparison (贫困人口减少1240万).
_HEAD_COUNT_BEFORE = LazyPattern(r"(?:人口|人数)(?:减少了?|增加了?|新增|超过|达到|达|为|共|累计|约|近)*$")


def head_counted(figure: Figure, before: str) -> Figure:
    """figure with the base 人 when it is a bare scale (万, 亿) written right after 人口/人数 (before: the words up to
    it); else figure itself."""
    split = split_unit(figure.unit)
    if split.base or split.factor == 1 or not _HEAD_COUNT_BEFORE.search(before):
        return figure
    return figure._replace(unit=figure.unit + "人", base="人")


# ---------------------------------------------------------------------------------------------------------------------
# Evidence in a review: words that name a measure, clauses that report a result, the period a figure is for

# Below this weighted share of a review phrase's words in the goal's clause, the phrase names another measure.
MEASURE_SHARE = 0.4
# Chinese: the least share of the words before a review figure that must stand in order in the goal's words.
IN_ORDER = 0.85
# Words each side of a number that make a review phrase a repetition of the plan's.
ECHO_REACH = 3
_LATIN_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’]*")
_CJK_RUN = LazyPattern(r"[\u4e00-\u9fff0-9A-Za-z]+")
# Words that name no measure: function words, auxiliaries, words of change, comparison and commitment, scales and
# currencies (the unit is checked apart), calendar words (the period is checked apart).
LATIN_STOP = frozenset(
    re.findall(
        r"[a-z']+",
        """a an the of in on at to for from by with as and or but nor not no so than then that this these those
        there here which who whom whose what when where while it its it's we our us i my you your he she they their
        them his her be is are was were been being am has have had having do does did done will shall would should
        can could may might must also only just even still very more most less least much many some any all each
        every both either other such same own about around nearly almost over under above below up down out into
        onto upon per cent percent pct rate total whole new further additional another than against between during
        within without before after since until till till now year years yearly annual annually month months day
        days week weeks current next last previous present this past first second third fourth fifth
        one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
        lakh lakhs crore crores million millions billion billions trillion rs inr rupee rupees pound pounds dollar
        dollars euro euros usd gbp eur be km kms kg
        increase increased increases increasing rise rose risen rising raise raised grow grew grown growth
        fall fell fallen falling decline declined cut reduce reduced reduction decrease decreased drop dropped
        reach reached reaching achieve achieved achieving exceed exceeded stood stand stands came come amount
        amounted average averaged total totalled totaled keep kept hold held maintain maintained remain remained
        ensure ensured target targets targeted aim aims plan plans planned propose proposed intend
        set make made take taken get got give given put going go went like well however therefore thus
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec""",
    )
)
# A clause of a review that looks ahead or restates a target is never evidence of the past year's outcome.
_AHEAD_EN = LazyPattern(
    r"\b(?:will|shall|would|propos\w*|plan(?:s|ned)? to|aim(?:s|ed)? to|expect\w*|project(?:ed|ion)s?"
    r"|intend(?:s|ing)?|intention\w*|(?:is|are|was|were|be|been)\s+intended"  # not "an event intended to showcase"
    r"|forecast\w*|estimated? (?:to|at)|likely|anticipat\w*|pegged|target\w*|goal\w*|next (?:year|fiscal)"
    r"|coming (?:year|months)|going forward|to be (?:\w+ed|set up|taken up)|on (?:track|course) (?:to|for)"
    r"|(?:by|in|during|until) next (?:summer|spring|autumn|fall|winter|month|quarter|financial year)"
    r"|(?:have|has|are|is|am|remain)\s+committed\s+to)\b",  # "we have committed to double …": a pledge restated
    re.IGNORECASE,
)
_AHEAD_ZH = LazyPattern(r"明年|今年|将会|将要|将继续|即将|要继续|计划|拟|力争|争取|预计|预期|目标|确保|有望|可望")
_BUDGET_ESTIMATE = LazyPattern(r"\bBE\b|\bbudget(?:ed)? estimates?\b|\bbudget provision\b", re.IGNORECASE)
_YEAR = LazyPattern(r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*[-–/]\s*((?:19|20)?[0-9]{2}))?(?![0-9])")


# Latin prefixes that open many unrelated words ("transfer", "transform"; "construct", "constrain"): a word opening
# with one keeps four letters after it, where other words keep six in all.
_PREFIXES = ("trans", "inter", "under", "con", "com", "dis")


def stem(word: str) -> str:
    """A crude stem of an English word: plural and verb endings off (a doubled last consonant undoubled), then its
    first six letters (four after a prefix such as con-, trans-), less the final "e" of a word of six letters or more
    ("completed", "completion", "complete" → "complet"; "repave", "repaved" → "repav"; "casualties" → "casual";
    "households" → "househ"; "transfer" is not "transform"; "caste" is not "cast")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) > 6 and w[-1] == w[-2] and w[-1] not in "aeioulsz":  # "transferred", "committed"
                w = w[:-1]
            break
    else:
        if w.endswith("ment") and len(w) >= 10:  # "commitment" is "commit"
            w = w[:-4]
    w = w[: next((len(prefix) + 4 for prefix in _PREFIXES if w.startswith(prefix)), 6)]
    return w[:-1] if len(w) > 5 and w.endswith("e") and not w.endswith("ee") else w


@functools.lru_cache(maxsize=1 << 16)
def terms(text: str) -> frozenset[str]:
    """What a phrase names: stems of its English content words and the meaningful character pairs of its Chinese."""
    found = {stem(w) for w in _LATIN_WORD.findall(text) if w.lower().replace("’", "'") not in LATIN_STOP}
    found.discard("")
    if not text.isascii():
        found |= {p for run in _CJK_RUN.findall(text) if not run.isascii() for p in pair_set(run)}
    return frozenset(found)


class Weights:
    """How much a term says in one document: rare terms say more (inverse document frequency over its sentences)."""

    def __init__(self, pieces: Iterable[str]) -> None:
        counts: collections.Counter[str] = collections.Counter()
        total = 0
        for piece in pieces:
            total += 1
            counts.update(terms(piece))  # counted in C
        self.counts: dict[str, int] = counts
        self.total = total

    def of(self, term: str) -> float:
        return math.log(1 + (self.total + 1) / (self.counts.get(term, 0) + 1))

    def sum(self, found: Iterable[str]) -> float:
        return sum(self.of(term) for term in found)


def match_score(goal: frozenset[str], found: frozenset[str], weights: Weights) -> float:
    """How surely a review phrase's terms name a goal's measure: the weighted share of the phrase's terms that the
    goal's clause has (below half, the phrase speaks of something else: 0), times the square root of the share of
    the goal's terms the phrase has (a plan clause says more than the review's short phrase)."""
    shared = goal & found
    if not shared:
        return 0.0
    weight = weights.sum(shared)
    precision = weight / weights.sum(found)
    if precision < MEASURE_SHARE:
        return 0.0
    return precision * math.sqrt(min(1.0, weight / weights.sum(goal)))


_LATIN_NUMBER = LazyPattern(r"[A-Za-z][^A-Za-z0-9\u4e00-\u9fff]{0,3}(?<![0-9])(?P<number>[0-9][0-9.,]*[0-9]|[0-9])")
_TOKEN = LazyPattern(r"[A-Za-z]+|[0-9][0-9.,]*[0-9]|[0-9]|[\u4e00-\u9fff%]")


def _tokens(text: str) -> list[str]:
    """Words as stems, numbers as "#" (the number itself is compared apart), Chinese characters one by one."""
    return ["#" if t[0].isdigit() else stem(t) if t.isascii() else t for t in _TOKEN.findall(text)]


class Echoes:
    """The words around every number of a plan, to tell a review sentence that repeats the plan's own words
    ("continue work on all 25 exemplar projects") from one that reports a result. Built in one pass."""

    def __init__(self, plan: str) -> None:
        self.grams: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for match in _LATIN_NUMBER.finditer(plan):  # only numbers after a Latin word: Chinese is never an echo here
            start = match.start("number")
            head = _tokens(plan[max(0, start - 80) : start])[-ECHO_REACH:]
            tail = tuple(_tokens(plan[match.end() : match.end() + 80])[:ECHO_REACH])
            self.grams.setdefault((*head, _number(match.group("number"))), set()).add(tail)

    def repeats(self, before: str, after: str) -> bool:
        """Whether a review number (after[0] starts it) stands in the plan with the same words next to it: the
        three before, and the three after or as many as its clause has."""
        head = _tokens(before)[-ECHO_REACH:]
        match = _TOKEN.match(after)
        if match is None or not match.group()[0].isdigit() or len(head) < ECHO_REACH or not head[-1].isascii():
            return False  # Chinese reviews report a rate set as the plan set it, in the plan's words (提高到100%)
        tail = tuple(_tokens(after[match.end() :])[:ECHO_REACH])
        follows = self.grams.get((*head, _number(match.group())))
        return bool(tail) and follows is not None and any(f[: len(tail)] == tail for f in follows)


def _number(token: str) -> str:
    return token.replace(",", "")


_ZH_VERB_TAIL = LazyPattern(
    r"(?:分别|累计|平均|同比|比上年|比去年|较上年)?(?:达到|达|增长|增加|提高|提升|上涨|上升|下降|降低|降到|降至|减少|"
    r"超过|突破|为|至|到|了|在|保持|控制在|稳定|维持|稳居|实现|完成|新增|增幅|涨幅|降幅|增速|从|由|首次|再次|跃上|迈上|登上|站上"
    r"|扩大|下达|拨付|安排|投入|预计)*$"
)


_ZH_TOTAL = LazyPattern(r"(?:总数|总量|总额|规模|数量)$")
# A part of a measure named as such (一般公共预算收入中的税收收入), and words that name the whole (全国, 全社会).
_ZH_PART = LazyPattern(r"中的|其中|之中")
_ZH_WHOLE = LazyPattern(r"全国|全省|全市|全区|全县|全社会|我国|我省|我市|我区|全部|总体|整体")
# A measure derived from another (a ratio, a share, a rate, a density): 单位国内生产总值能耗 is not 国内生产总值,
# 服务业增加值占GDP比重 is not 服务业增加值. Words before a review figure that leave this head out name the base.
_ZH_DERIVED = LazyPattern(r"(?:能耗|强度|比重|比例|占比|浓度|密度|增速|增幅|率)$")
# 五年累计, 两年来: the span a review sums over leads the measure's words, no part of them.
_ZH_LEAD = LazyPattern(
    r"^(?:全年|年末|期末|年底|全国|完成|实现|新|累计|其中|共|我们|我区|发生|出现"
    r"|(?:[一二三四五六七八九十两]|[0-9]{1,2})年(?=累计|来|间|共)(?:来|间)?)+"
)


def measure_words(before: str) -> str:
    """The Chinese words naming what a figure measures, from the words before it: verbs and 全年/完成… left out."""
    before = _ZH_ASIDE.sub("", _ZH_ITEM_NUMBER.sub("", before))  # 16.高新区…, 人才（团队）, “包干制”: words, not marks
    return _ZH_LEAD.sub("", _ZH_VERB_TAIL.sub("", before.strip(" ，,、；;")).strip(" ，,、；;"))


# A list item's number before a Chinese measure (16.高新区营业收入, （三）, 一、): no part of its name.
_ZH_ITEM_NUMBER = LazyPattern(
    r"^\s*(?:[0-9]{1,3}[.．、](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)


def without_number(measure: str) -> str:
    """A Chinese measure without the number of the list item it opens (16.高新区营业收入 → 高新区营业收入)."""
    return _ZH_ITEM_NUMBER.sub("", measure)


# A bracketed aside and quotation marks inside a Chinese measure's name.
_ZH_ASIDE = LazyPattern(r"（[^（）]{0,12}）|[“”「」‘’《》]")


# Words of the same measure named two ways: a review counts 市场主体 (enterprises and the self-employed) where the plan
# said 企业, and a cut is 减轻/降低 or a rise 上调/提高 in either.
_ZH_SAME_MEASURE = (
    (LazyPattern(r"市场主体"), "企业"),
    (LazyPattern(r"减轻|下调"), "降低"),
    (LazyPattern(r"上调"), "提高"),
    # 万元国内生产总值能耗 is 单位国内生产总值能耗: per (ten thousand yuan of) GDP
    (LazyPattern(r"万元(?=国内生产总值|地区生产总值|生产总值|GDP)"), "单位"),
    # 研究与试验发展（R&D）经费支出, as statistical communiqués name it, is 研发经费投入
    (LazyPattern(r"研究与试验发展\s*(?:[(（]R&D[)）])?|R&D"), "研发"),
    (LazyPattern(r"(?<=研发经费)支出"), "投入"),
)


def same_words(text: str) -> str:
    """A Chinese phrase with each word that names a measure two ways written one way (市场主体 → 企业)."""
    for pattern, word in _ZH_SAME_MEASURE:
        text = pattern.sub(word, text)
    return text


def names_measure(measure: str, quote: str, before: str, borrowed: bool = False) -> bool:
    """Whether the Chinese words before a review figure name the goal's measure and not another one that shares some
    of its characters. Their last pair (the head noun: 能耗 in 单位国内生产总值能耗) must be the goal's; and either
    they stand nearly in order in the goal's measure or quote (新开工重大水利工程 in 再开工20项重大水利工程), or
    the goal's measure stands in order in them (合同外资 in 合同利用外资). 城镇调查失业率 is not 城镇登记失业率.
    borrowed: the words are the previous figure's (增长8.1% after 国内生产总值达到114万亿元), so the goal's head noun
    must stand in them."""
    words = measure_words(before)[-40:]
    if len(words) < 2:
        return True  # nothing but a verb before the figure: the measure is named earlier in the sentence
    measure = _ZH_ITEM_NUMBER.sub("", measure)
    wanted = pair_set(measure) | pair_set(quote)
    if _ZH_TOTAL.search(words) and len(words) >= 4:
        words = _ZH_TOTAL.sub("", words)  # 高新技术企业总数 for 高新技术企业数量: a count of the things it names
    tail = words[-2:]
    if tail in pair_set(words) and tail not in wanted:
        return False
    head = _ZH_TOTAL.sub("", measure_words(measure))[-2:]
    if borrowed and len(head) == 2 and head in pair_set(head) and head not in words:
        return False  # 国内生产总值 is not 单位国内生产总值能耗: the goal's head noun must be named
    own = measure_words(measure)
    derived = _ZH_DERIVED.search(own)
    if derived is not None and derived.group() not in words:
        return False  # 全年国内生产总值增长2.3% names the base of 单位国内生产总值能耗, not the ratio
    if _ZH_PART.search(words) and not _ZH_PART.search(quote):
        return False  # 一般公共预算收入中的税收收入: a part of the goal's measure
    narrower = words[: -len(own)] if len(own) >= 2 and words.endswith(own) else ""
    # 化学需氧量、| 氨氮…: another item of a list; 分配到 | 乡村学校: a verb's object, no narrowing
    listed = narrower.endswith(("、", "和", "及", "与", "到", "至", "给", "向"))
    if (
        len(narrower) >= 2
        and not listed
        and not _ZH_WHOLE.search(narrower)
        and not pair_set(narrower) & pair_set(quote)
    ):
        return False  # 民间固定资产投资, 农村社会消费品零售总额: the goal's measure of a part the goal does not name
    scope = _ZH_WHOLE.match(words)
    if scope is not None and scope.group() not in quote and len(words) - scope.end() >= 2:
        words = words[scope.end() :]  # 全省单位地区生产总值能耗: the review's scope word is not the measure's
    if _common(words, measure[-40:] + "|" + quote[-60:]) >= IN_ORDER * len(words):
        return True
    measure = measure[-40:]
    if len(measure) >= 2 and _common(measure, words) >= IN_ORDER * len(measure):
        return True
    own = own[-40:]  # the measure without its lead words (其中乡村学校: 乡村学校 in 分配到乡村学校)
    if len(own) >= 4 and _common(own, words) >= IN_ORDER * len(own):
        return True
    # 城镇新增就业人数 against 城镇新增就业326万人: a count's head noun is told by the figure's unit
    counted = _ZH_COUNT_HEAD.sub("", own)
    return counted != own and len(counted) >= 4 and _common(counted, words) >= IN_ORDER * len(counted)


_ZH_COUNT_HEAD = LazyPattern(r"(?:人数|个数|户数|次数)$")


# Words that name one side of a measure and exclude the other: a review's daytime rate is no evidence for a night-time
# target, exports none for imports, a rural figure none for an urban one, an annual figure none for a multi-year
# average ("Annual leakage" beside "leakage (three-year average)").
_SIDES: tuple[tuple[str, str], ...] = (
    (r"昼间|白天|日间", r"夜间|夜晚"),
    (r"出口", r"进口"),
    (r"城镇|城市", r"农村|乡村"),
    (r"上半年", r"下半年"),
    (r"(?i:\bday-?time\b)", r"(?i:\bnight(?:-?time|ly)?\b)"),
    (r"(?i:\bexports?\b)", r"(?i:\bimports?\b)"),
    (r"(?i:\burban\b)", r"(?i:\brural\b)"),
    (r"(?i:\bloans?\b)", r"(?i:\bgrants?\b)"),
    (r"(?i:\bannual\b)", r"(?i:\b(?:three|five|two|3|5|2)[- ]year (?:rolling )?average\b)"),
)
_SIDE_PATTERNS = tuple((LazyPattern(one), LazyPattern(other)) for one, other in _SIDES)


def other_side(goal: str, named: str) -> bool:
    """Whether the words naming a review figure name the other side of a measure than the goal's words do (a daytime
    rate for a night-time target): one side in one and only the other in the other."""
    for one, other in _SIDE_PATTERNS:
        for mine, theirs in ((one, other), (other, one)):
            if mine.search(goal) and not theirs.search(goal) and theirs.search(named) and not mine.search(named):
                return True
    return False


def shortens(short: str, measure: str) -> bool:
    """Whether a Chinese run is the short form (简称) of a measure: it opens on the measure's first character, leaves
    some of its characters out, keeps the rest in order, and ends on its head (the last two characters, or the first
    of them): 固投 of 固定资产投资, 高企 of 高新技术企业, 社零总额 of 社会消费品零售总额, 规上工业增加值 of
    规模以上工业增加值."""
    if len(short) < 2 or len(short) >= len(measure) or short[0] != measure[0] or short in measure:
        return False
    head, rest = measure[-2:], measure[:-2]
    if short.endswith(head):
        body = short[:-2]
    elif short[-1] == head[0]:
        body = short[:-1]
    else:
        return False
    at = 0
    for char in body:
        at = rest.find(char, at) + 1
        if at == 0:
            return False
    return True


def short_form_in(measure: str, words: str) -> str | None:
    """The short form of a Chinese measure (shortens) ending the words that name a figure (全市固投), or None."""
    if len(measure) < 4 or not HAN.search(measure):
        return None
    for size in range(min(len(words), len(measure) - 1), 1, -1):
        if shortens(words[-size:], measure):
            return words[-size:]
    return None


def abbreviates(short: str, text: str) -> bool:
    """Whether a Chinese name of three or more characters is an abbreviation standing in order in a text
    (进博会 in 中国国际进口博览会)."""
    short = short[-12:]
    return len(short) >= 3 and not short.isascii() and _common(short, text[:120]) == len(short)


def _common(a: str, b: str) -> int:
    """The length of the longest common subsequence of two short texts."""
    row = [0] * (len(b) + 1)
    for char in a:
        previous = 0
        for index, other in enumerate(b):
            keep = row[index + 1]
            row[index + 1] = previous + 1 if char == other else max(row[index + 1], row[index])
            previous = keep
    return row[-1]


def looks_ahead(clause: str) -> bool:
    """Whether a review clause speaks of the future, a target or an estimate (the next year's plan, a forecast,
    a restated goal, a budget estimate) rather than of a result."""
    if _AHEAD_ZH.search(clause) is not None:
        return True
    if clause.isascii() or _LATIN_WORD.search(clause):
        return _AHEAD_EN.search(clause) is not None or _BUDGET_ESTIMATE.search(clause) is not None
    return False


_ESTIMATED = LazyPattern(r"\b(?:is|are|was|were|now|been)\s+(?:now\s+)?estimated at\b", re.IGNORECASE)


# 预计 of the year a review reports on (全年预计, 预计达到): its estimate of the outcome; not of a later year (预计明年,
# 预计2026年) nor of a stage still to come (预计…建成, 预计…投产).
_ZH_ESTIMATE = LazyPattern(r"(?:全年)?预计(?:全年)?")
_ZH_LATER = LazyPattern(r"(?:19|20)[0-9]{2}年|[0-9]{1,2}月|建成|投产|投用|竣工|开工|完成后|届时")


def zh_estimates_only(clause: str) -> bool:
    """Whether a Chinese clause looks ahead only by 预计 of the year's own figure (全社会研发经费投入强度预计达到2.41%):
    the review's estimate of the outcome, no forecast of a later year or of a stage to come."""
    if "预计" not in clause or _ZH_LATER.search(clause) is not None:
        return False
    return not looks_ahead(_ZH_ESTIMATE.sub("", clause))


def estimates_only(clause: str) -> bool:
    """Whether an English clause looks ahead only by a figure "estimated at" ("The fiscal deficit for 2023-24 is now
    estimated at 2.86 per cent"): the latest estimate of a year named beside it, an outcome when that year is the one
    reported on (a forecast of a later year is told by its year)."""
    if _ESTIMATED.search(clause) is None or _AHEAD_ZH.search(clause) is not None:
        return False
    rest = _ESTIMATED.sub(" ", clause)
    return _AHEAD_EN.search(rest) is None and _BUDGET_ESTIMATE.search(rest) is None


# An English clause that reports a deed done: a perfect or past passive ("has been set up", "was released"), a
# completed act named as a noun ("enactment of", "passage of"), a state reached ("is now functional"), a past form
# after its subject ("we invited"), or of a delivery verb ("published the … Standard", "ran Sprint Alpha") or of a
# change ("pay rose 3.9%"); "new or improved facilities" names things, no deed.
_DONE_EN = LazyPattern(
    r"\b(?:(?:has|have|had)\s+(?:(?:now|already|also|since|just|recently|successfully)\s+)*(?:been\s+)?(?!to\b)"
    r"[a-z]+(?:ed|en|wn|t|ne|un|de|ght|up)"
    r"|(?:was|were)\s+(?:(?:now|also|already|successfully|formally|officially)\s+)*[a-z]+(?:ed|en|wn|t|ne|de|ght)"
    r"|(?:we|they|it|he|she)\s+(?:(?:also|then|recently|successfully|formally)\s+)?[a-z]{3,}ed(?!\s+to\b)"
    r"|(?:is|are)\s+now\s+(?:functional|operational|live|in place|available|running|in use|in force|being"
    r"|(?:[a-z]+ly\s+)?[a-z]{3,}ing\b)"
    r"|there\s+(?:is|are)\s+now|now\s+(?:covers|contains|includes|holds|serves|reaches)"
    r"|(?:enactment|passage|launch|completion|establishment|setting up|roll-?out|publication|release|opening)\s+of"
    r"|(?<!newly )(?<!recently )(?<!new or )(?<!new and )"
    r"(?:launched|published|released|opened|completed|established|introduced|enacted|passed"
    r"|set up|held|ran"
    r"|created|appointed|delivered|rolled out|built|signed|approved|adopted|issued|implemented|went live"
    r"|rose|fell|grew|increased|decreased|declined|improved|reached|exceeded|doubled|halved))\b",
    re.IGNORECASE,
)
# Verbs of delivery and of help say that something was done, not what: they never name the deliverable.
DEED_VERBS = frozenset(
    stem(word)
    for word in re.findall(
        r"[a-z]+",
        """launch publish release open complete establish introduce enact pass set held run ran create
    appoint deliver roll began begun begin start build built sign approve adopt issue implement move migrate transfer
    help work provide prepare develop continue support now already also moved moving created creating issued issuing""",
    )
)


# An English review sentence that repeats this many words of a goal's clause in a row is the plan's own words.
ECHO_RUN = 7


def repeats_words(plan: str, review: str) -> bool:
    """Whether a review sentence repeats a plan clause's words in the plan's order, ECHO_RUN of them or more in a row
    ("created an online library of best practice case studies" for "create an online library of best practice case
    studies"): the plan's words in the past tense, not a report of what was done. A run the review writes as a name
    (most of its words capitalised: "published the Digital by Default Service Standard" for "publish the digital by
    default service standard") names the deliverable: no echo."""
    ours, found = _tokens(plan[:600]), _TOKEN.findall(review[:600])
    theirs = ["#" if t[0].isdigit() else stem(t) if t.isascii() else t for t in found]
    capital = [t[0].isupper() for t in found]
    row = [0] * (len(theirs) + 1)
    for word in ours:
        previous = 0
        for index, other in enumerate(theirs):
            keep = row[index + 1]
            run = row[index + 1] = previous + 1 if word == other else 0
            if run >= ECHO_RUN and 2 * sum(capital[index + 1 - run : index + 1]) < run:
                return True
            previous = keep
    return False


def reports_deed(clause: str) -> bool:
    """Whether an English review clause reports something done (not planned, not forecast: see looks_ahead)."""
    return _DONE_EN.search(clause) is not None


# A list item opening with a verb in the past ("moved 6 more websites to GOV.UK", "proposed a new operating model"):
# the item reports what was done, its subject in the lead-in.
_ITEM_PAST = LazyPattern(r"[*•·–-]?\s*(?:[a-z]{3,}ed|built|ran|began|held|sent|made|won|led|set up)\b(?!\s+to\b)")
# A lead-in of a list of things done: "Already:", "To date:", "So far:" (or one that reports a deed: "GDS has helped
# by:").
_DONE_LEAD = LazyPattern(r"(?:already|to date|so far|achievements?|progress (?:so far|to date))\s*:", re.IGNORECASE)
_ITEM_MARK = LazyPattern(r"[ \t]*(?:[*•·–-]|[0-9]{1,2}[.)]|\([a-z0-9]{1,3}\))\s")


def item_reports_deed(item: str, lead: str) -> bool:
    """Whether a list item reports a deed done: it opens with a verb in the past (its looking ahead read after that
    verb: "proposed a new operating model" is a deed), or its list's lead-in reports deeds done ("GDS has helped by:"
    followed by "running a beta of…"; "Already:"), the item itself not looking ahead."""
    past = _ITEM_PAST.match(item.strip())
    if past is not None:
        return not looks_ahead(item.strip()[past.end() :])
    if looks_ahead(item):
        return False
    return _lists_deeds(lead)


@functools.lru_cache(maxsize=64)
def _lists_deeds(lead: str) -> bool:
    """Whether a list's lead-in reports deeds done (read once per lead-in, however many items follow it)."""
    lead = lead.strip()
    return lead.endswith(":") and (
        _DONE_LEAD.fullmatch(lead) is not None
        or (reports_deed(lead) and not looks_ahead(lead) and not _ACTIVITY_LEAD.search(lead))
    )


# A lead-in of a list of things worked on, not done: "Activity during the first quarter has focused on:".
_ACTIVITY_LEAD = LazyPattern(
    r"\b(?:activit(?:y|ies)|focus(?:s|es|ed|sed|ing)?\s+on|concentrat(?:es|ed|ing)\s+on|working\s+on)\b",
    re.IGNORECASE,
)


# Acts of delivery, each by the verbs that name it in a plan ("will start") and in a report ("has begun").
_ACTS = {
    "start": r"start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|commenc(?:e|es|ed|ing)|kick(?:ed)? off",
    "publish": r"publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|issu(?:e|es|ed|ing)",
    "make": r"set(?:s|ting)? up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|buil[dt](?:s|ing)?"
    r"|develop(?:s|ed|ing)?|produc(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|design(?:s|ed|ing)?|draw(?:s|n|ing)? up|drew up"
    r"|draft(?:s|ed|ing)?",
    "launch": r"launch(?:es|ed|ing)?|go(?:es)? live|went live|gone live|open(?:s|ed|ing)?|roll(?:s|ed|ing)? out",
    "move": r"mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|transfer(?:s|red|ring)?",
    "appoint": r"appoint(?:s|ed|ing)?|recruit(?:s|ed|ing)?|hir(?:e|es|ed|ing)",
    "comply": r"meet(?:s|ing)?|met|compl(?:y|ies|ied|ying)|conform(?:s|ed|ing)?|adher(?:e|es|ed|ing)"
    r"|satisf(?:y|ies|ied)",
}
_ACT = LazyPattern(
    "|".join(rf"\b(?P<{name.replace(' ', '_')}>{verbs})\b" for name, verbs in _ACTS.items()), re.IGNORECASE
)
_ACT_TAIL = (
    r"(?:(?:also|then|now|continue to|further|begin to|start to)\s+)?(?:be\s+)?"
    r"(?P<verb>[a-z]+(?:\s+(?:up|out|off|live))?(?:\s+and\s+[a-z]+(?:\s+(?:up|out|off|live))?)?)"
)
_GOAL_ACT = LazyPattern(r"\b(?:will|shall|must|plans? to|aims? to)\s+" + _ACT_TAIL, re.IGNORECASE)
skipping(_GOAL_ACT)
_OPENING_ACT = LazyPattern(r"\W*" + _ACT_TAIL, re.IGNORECASE)  # a list item under "We will:" opens with its verb
# Help to do an act: "help departments to transfer online publishing to GOV.UK" is the act of moving it.
_HELPED_ACT = LazyPattern(
    r"\W*(?:[A-Za-z ]{0,40}?\b(?:will|shall)\s+(?:also\s+)?)?(?P<help>help|support|enable|assist)\s+"
    r"(?:[A-Za-z’'-]+\s+){1,3}?to\s+" + _ACT_TAIL,
    re.IGNORECASE,
)


# The acts that report each act done: a deliverable made is also reported published or launched.
ACT_DONE_BY = {
    "make": frozenset({"make", "publish", "launch"}),
    "publish": frozenset({"publish", "launch"}),
    "launch": frozenset({"launch", "publish"}),
}


def _acting(clause: str) -> re.Match[str] | None:
    """Where an English goal's clause names its act: its opening verb when that is an act of delivery ("publish the
    standard, which will describe…"), else the verb after its first modal."""
    opening = _OPENING_ACT.match(clause)
    if opening is not None and any(_ACT.fullmatch(verb) for verb in opening.group("verb").split(" and ")):
        return opening
    helped = _HELPED_ACT.match(clause)
    if helped is not None and any(_ACT.fullmatch(verb) for verb in helped.group("verb").split(" and ")):
        return helped
    return _GOAL_ACT.search(clause) or opening


def helped_act(clause: str) -> str:
    """The words of an English goal of help from its verb of help on, when what it helps to do is an act of delivery
    ("help departments to transfer online publishing to GOV.UK"; not the helper: "Cabinet Office will"), else ""."""
    helped, acting = _HELPED_ACT.match(clause), _acting(clause)
    if helped is None or acting is None or acting.span() != helped.span() or acting.re is not helped.re:
        return ""
    return clause[helped.start("help") :]


def act_of(clause: str) -> str | None:
    """The act of delivery an English goal's clause names first after its modal ("Departments will start to redesign…"
    → start; "will be published" → publish), or None."""
    found = _acting(clause)
    if found is None:
        return None
    words = found.group(0).lower()
    if "start to" in words or "begin to" in words:
        return "start"
    verbs = found.group("verb").split(" and ")  # "will prepare and publish": the act is either's
    for verb in verbs:
        act = _ACT.fullmatch(verb)
        if act is not None:
            return next(name.replace("_", " ") for name, value in act.groupdict().items() if value)
    return None


_OBJECT_END = LazyPattern(
    r"\s(?:for|to|in|into|on|onto|at|as|with|within|that|which|who|from|across|through|of|and|so|under|over)\s|[,;:(]"
)


def deliverable(clause: str) -> tuple[str, ...]:
    """The stems of the last two words of what an English goal's act is done to ("will develop a service standard for
    all digital services" → ("servic", "standa")), or () when it names no act or fewer than two such words."""
    found = _acting(clause)
    if found is None or act_of(clause) is None:
        return ()
    if re.search(r"\bbe\s+\S+$", found.group(0), re.IGNORECASE):  # "strategies will be published": the subject
        named = clause[: found.start()]
    else:
        rest = clause[found.end() :]
        end = _OBJECT_END.search(rest)
        named = rest[: end.start() if end else len(rest)]
    words = [stem(w) for w in _LATIN_WORD.findall(named) if w.lower() not in LATIN_STOP]
    return tuple(words[-2:]) if len(words) >= 2 else ()


# The verb after a goal's modal (or opening a list item) and the first content word of its object ("will share the
# learning from…" → share, learning).
_VERB_OBJECT = LazyPattern(
    r"^\W*(?:[A-Za-z ,]{0,60}?\b(?:will|shall|must)\s+(?:(?:also|further|continue\s+to)\s+)?)?"
    r"(?P<verb>[a-z]{4,})\s+(?:(?:the|a|an|their|its|our|all|more)\s+)?(?P<object>[A-Za-z]{4,})\b"
)


def verb_object(clause: str) -> tuple[str, str] | None:
    """The stems of an English goal's verb and of the first word of its object ("will share the learning from the
    transformation…" → ("share", "learn")), or None when either is a function word."""
    found = _VERB_OBJECT.match(clause)
    if found is None or found["verb"] in LATIN_STOP or found["object"].lower() in LATIN_STOP:
        return None
    if stem(found["verb"]) in DEED_VERBS:
        return None  # "help departments", "provide training": verbs of delivery and help say what was done, not to what
    return stem(found["verb"]), stem(found["object"])


def does_to(deed: str, verb: str, thing: str) -> bool:
    """Whether an English sentence names a verb (stem) and then the thing it is done to (stem) among the next two
    content words ("to showcase and share learning between…", "share what's been learned" for share, learn)."""
    words = [stem(w) for w in _LATIN_WORD.findall(deed) if w.lower().replace("’", "'") not in LATIN_STOP]
    return any(word == verb and thing in words[at + 1 : at + 3] for at, word in enumerate(words))


# What help is for: "tools that help service teams meet the standard", "to support departments in working towards
# achieving the … Standard" (a verb of help, whom, then an aim: meeting or achieving something).
_AIM = LazyPattern(
    r"\b(?:help|support|enable|assist)(?:s|ed|ing)?\s+(?:[A-Za-z’'-]+\s+){1,3}?"
    r"(?:to\s+|in\s+(?:(?:working|moving)\s+towards\s+)?)?"
    r"(?P<aim>meet(?:s|ing)?|met|achiev(?:e|es|ed|ing)|compl(?:y|ies|ying)\s+with|conform(?:s|ing)?\s+to"
    r"|satisf(?:y|ies|ying))\s+(?P<what>[^.;:]{1,120})",
    re.IGNORECASE,
)
AIM_WORDS = 8
# What a thing is made for ("a technology driven platform to facilitate procurement of goods and services by…"), and a
# thing reported in use for something ("The Government e-market place which is now functional for procurement of
# goods and services").
_MADE_FOR = LazyPattern(
    r"\bto\s+(?:facilitate|enable|support|allow|ease|speed\s+up|simplify)\s+(?P<what>[^,.;:]{3,160})"
)
_SERVES = LazyPattern(
    r"\b(?:is|are)\s+now\s+(?:fully\s+)?(?:functional|operational|live|in\s+place|available|running|in\s+use)"
    r"\s+for\s+(?P<what>[^,.;:]{3,160})",
    re.IGNORECASE,
)


def _purpose(found: re.Match[str] | None) -> tuple[str, ...]:
    if found is None:
        return ()
    words = [stem(w) for w in _LATIN_WORD.findall(found["what"]) if w.lower().replace("’", "'") not in LATIN_STOP]
    return tuple(words)


def made_for(clause: str) -> tuple[str, ...]:
    """The stems of what an English goal makes a thing for ("…to facilitate procurement of goods and services by
    various Ministries" → (procur, goods, servic, variou, minist, …)), or ()."""
    return _purpose(_MADE_FOR.search(clause))


def serves(sentence: str) -> tuple[str, ...]:
    """The stems of what an English sentence reports a thing now in use for ("…which is now functional for procurement
    of goods and services" → (procur, goods, servic)), or ()."""
    return _purpose(_SERVES.search(sentence))


def aims(text: str) -> set[str]:
    """The stems of what an English text says help is for: the (up to AIM_WORDS) content words after an aim of
    meeting or achieving something ("help service teams meet the standard throughout…" → {standa, throug, …})."""
    found: set[str] = set()
    for aim in _AIM.finditer(text):
        words = [w for w in _LATIN_WORD.findall(aim["what"]) if w.lower().replace("’", "'") not in LATIN_STOP]
        found.update(stem(w) for w in words[:AIM_WORDS])
    return found


def aim_head(text: str) -> str:
    """The stem of the first content word that an English goal's help is for ("tools that help service teams meet the
    standard" → "standa"), or ""."""
    aim = _AIM.search(text)
    if aim is None:
        return ""
    words = [w for w in _LATIN_WORD.findall(aim["what"]) if w.lower().replace("’", "'") not in LATIN_STOP]
    return stem(words[0]) if words else ""


# A name of two words or more, each capitalised ("Service Managers", "Civil Service Learning").
_CAPITAL_NAME = LazyPattern(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+\b")
# Two content words or more in lower case joined by spaces or hyphens: a compound noun ("specialist training
# programme"), its head last.
_LOWER_COMPOUND = LazyPattern(r"\b[a-z]{3,}(?:[ \t-]+[a-z]{3,})+\b")


# A name of capitalised words, "and"/"of"/"for" between them allowed ("Goods and Service Tax").
_NAME_RUN = LazyPattern(r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?[A-Z][a-z]+)+\b")


def initials(text: str) -> set[str]:
    """The initials of each name of three capitalised words or more in an English text, as stems ("the Goods and
    Service Tax" → {"gst"}): the abbreviation a report may name it by."""
    found = set()
    for name in _NAME_RUN.findall(text):
        capitals = [word[0] for word in name.split() if word[0].isupper()]
        if len(capitals) >= 3:
            found.add("".join(capitals).lower())
    return found


def capital_names(text: str) -> list[frozenset[str]]:
    """The stems of each name of two capitalised words or more in an English text ("Newly appointed Service Managers
    will…" → [{servic, manage}])."""
    return [frozenset(stem(word) for word in name.split()) for name in _CAPITAL_NAME.findall(text)]


def compound_heads(text: str) -> set[str]:
    """The stems of the heads of an English text's lower-case compound nouns ("a specialist training programme run
    by…" → {progra}): the last word of two content words or more in a row, none of them a function word."""
    heads = set()
    for found in _LOWER_COMPOUND.finditer(text):
        run: list[str] = []
        for word in [*re.split(r"[ \t-]+", found.group()), ""]:
            if word and word not in LATIN_STOP and stem(word) not in DEED_VERBS:
                run.append(stem(word))
                continue
            if len(run) >= 2:
                heads.add(run[-1])
            run = []
    return heads


_MADE_COMPOUND = LazyPattern(r"\s+(?:(?:a|an|the|new)\s+)*([a-z]{3,}(?:[ \t-]+[a-z]{3,})+)")


def acted_on(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each act of delivery in an English text done to a lower-case compound noun right after its verb, as the act,
    the compound's head (stem) and the stems before it ("is also developing a data insight platform that…" → (make,
    platfo, {data, insigh}))."""
    found = []
    for verb in _ACT.finditer(text):
        compound = _MADE_COMPOUND.match(text, verb.end())
        if compound is None:
            continue
        words = []
        for word in re.split(r"[ \t-]+", compound.group(1)):
            if word in LATIN_STOP:
                break
            words.append(stem(word))
        if len(words) >= 2:
            act = next(name.replace("_", " ") for name, value in verb.groupdict().items() if value)
            found.append((act, words[-1], frozenset(words[:-1])))
    return found


def named_compounds(text: str, head: str) -> list[frozenset[str]]:
    """The stems before the head (stem) of each name in an English text that ends in it, every word capitalised ("The
    Performance Platform was released" → [{perfor}])."""
    out = []
    for name in _CAPITAL_NAME.findall(text):
        words = [word for word in name.split() if word.lower() not in LATIN_STOP]
        if len(words) >= 2 and stem(words[-1]) == head:
            out.append(frozenset(stem(word) for word in words[:-1]))
    return out


def named_for(deed: str, head: str, names: list[frozenset[str]]) -> bool:
    """Whether an English sentence names a thing of the head (stem) by a compound whose words before it hold one of
    the names, coordinated modifiers allowed ("the Service Manager induction and development programme" for the
    head "progra" and the name {servic, manage})."""
    words = list(_LATIN_WORD.finditer(deed))
    for index, word in enumerate(words):
        if stem(word.group()) != head:
            continue
        found: set[str] = set()
        at = index
        while at > 0 and index - at < COMPOUND_WORDS + 3:
            before = words[at - 1]
            if not _COMPOUND_GAP.fullmatch(deed[before.end() : words[at].start()]):
                break
            if before.group().lower() in LATIN_STOP and before.group().lower() != "and":
                break
            found.add(stem(before.group()))
            at -= 1
        if any(name <= found for name in names):
            return True
    return False


def names_object(deed: str, acts: frozenset[str], phrase: tuple[str, ...]) -> bool:
    """Whether a deed names the goal's object (deliverable) in a row within eight words after a verb of one of the acts
    ("published the Digital by Default Service Standard")."""
    if not phrase:
        return False
    for verb in _ACT.finditer(deed):
        if not any(value and name.replace("_", " ") in acts for name, value in verb.groupdict().items()):
            continue
        words = [stem(w) for w in _LATIN_WORD.findall(deed[verb.end() : verb.end() + 120])][:8]
        if any(tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words))):
            return True
    return False


# What a goal's object and its complement say: up to this many words after the act's verb, to the next comma.
OBJECT_WORDS = 12


def object_head(clause: str) -> tuple[str, frozenset[str]]:
    """The stem of the head noun of what an English goal's act is done to (the last content word of its object) and
    the stems of the words that object and its complement say, up to OBJECT_WORDS after the verb and the next comma
    ("will continue to develop a framework to enable federated identity assurance" → "framew", {framew, enable,
    federa, identi, assura}), or ("", ∅)."""
    found = _acting(clause)
    if found is None or act_of(clause) is None or re.search(r"\bbe\s+\S+$", found.group(0), re.IGNORECASE):
        return "", frozenset()
    rest = clause[found.end() :]
    end = _OBJECT_END.search(rest)
    words = [w for w in _LATIN_WORD.findall(rest[: end.start() if end else len(rest)]) if w.lower() not in LATIN_STOP]
    if not words:
        return "", frozenset()
    said = _LATIN_WORD.findall(re.split(r"[,;:]", rest, maxsplit=1)[0])[:OBJECT_WORDS]
    return stem(words[-1]), frozenset(stem(w) for w in said if w.lower() not in LATIN_STOP)


# A compound noun's words before its head: words joined by spaces or hyphens only.
_COMPOUND_GAP = LazyPattern(r"[ \t-]{1,3}")
COMPOUND_WORDS = 4


def compound_modifiers(text: str, head: str) -> list[frozenset[str]]:
    """For each compound noun of an English text ending in the head (stem), the stems of the (up to four) content
    words joined before it ("cross-government identity assurance framework" → {cross, govern, identi, assura})."""
    words = list(_LATIN_WORD.finditer(text))
    out = []
    for index, word in enumerate(words):
        if stem(word.group()) != head:
            continue
        found: set[str] = set()
        at = index
        while at > 0 and index - at < COMPOUND_WORDS:
            before = words[at - 1]
            if not _COMPOUND_GAP.fullmatch(text[before.end() : words[at].start()]):
                break
            if before.group().lower() in LATIN_STOP:
                break
            found.add(stem(before.group()))
            at -= 1
        out.append(frozenset(found))
    return out


# A noun's complement: "approach to assisted digital", "strategy for digital skills" (up to three words).
_COMPLEMENT = LazyPattern(
    r"[ \t]+(?:to|for|of|on)[ \t]+(?:(?:the|a|an)[ \t]+)?([A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,2})"
)


def complements(text: str, head: str, names: bool = True) -> list[frozenset[str]]:
    """For each word of an English text with the stem `head` that a complement follows, the stems of the complement's
    content words up to its first function word ("approach to assisted digital, published…" → {assist, digita});
    without `names`, none of a capitalised word (part of a name: "Department for Work and Pensions")."""
    out = []
    for word in _LATIN_WORD.finditer(text):
        if stem(word.group()) != head or (not names and word.group()[0].isupper()):
            continue
        found = _COMPLEMENT.match(text, word.end())
        if found is None:
            continue
        words: set[str] = set()
        for token in found.group(1).split():
            if token.lower() in LATIN_STOP:
                break
            words.add(stem(token))
        if words:
            out.append(frozenset(words))
    return out


def another_thing(goal: str, deed: str) -> bool:
    """Whether a deed names another thing of the kind the goal names: a noun both follow with a complement, neither
    complement's words all in the other text ("a new cross-government approach to digital inclusion" for "a
    cross-government approach to assisted digital"). A capitalised noun of the deed is part of a name ("advising the
    Department for Work and Pensions" is no other kind of "departments to improve their capability")."""
    goal_words, deed_words = terms(goal), terms(deed)
    for head in sorted(goal_words & deed_words):
        theirs_all = complements(deed, head, names=False)
        if not theirs_all:
            continue
        for ours in complements(goal, head):
            if not ours <= deed_words and any(not theirs <= goal_words for theirs in theirs_all):
                return True
    return False


def acts_in(sentence: str) -> set[str]:
    """The acts of delivery an English sentence names (the deed's verbs)."""
    return {
        name.replace("_", " ")
        for found in _ACT.finditer(sentence)
        for name, value in found.groupdict().items()
        if value
    }


def list_item(line: str) -> bool:
    """Whether a line is a list item (a bullet, "1.", "(a)" before its text)."""
    return _ITEM_MARK.match(line) is not None


def years_named(text: str) -> list[tuple[int, int]]:
    """The years and fiscal years a phrase names, as (first, last) calendar years: 2016 → (2016, 2016),
    2016-17 → (2016, 2017)."""
    out = []
    for match in _YEAR.finditer(text):
        following = text[match.end() : match.end() + 2].lstrip()[:1]
        if following == "%" or ("\u4e00" <= following <= "\u9fff" and following != "年"):
            continue  # 超过1900公里, 2016% : an amount, not a year
        first = int(match.group(1))
        last = first
        if match.group(2):
            tail = match.group(2)
            last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
            if last != first + 1:
                continue  # 2011-2014: a span of years, no fiscal year
        out.append((first, last))
    return out


# A year a figure is measured against, not the year it is of: "27% below 2019 levels", "fell by 52% compared with
# 2019", "down 27% on 2019", "against the 2019 baseline".
_BASE_YEAR = re.compile(
    r"\b(?:below|above|over|on|from|since|than|versus|vs\.?|against|compared (?:with|to)|relative to)"
    r"\s+(?:the\s+|its\s+|our\s+|in\s+)?(?:(?:19|20)[0-9]{2}(?:[-/][0-9]{2,4})?)(?:\s+(?:levels?|baseline|base))?"
    r"(?![0-9])",
    re.IGNORECASE,
)


def without_base_years(text: str) -> str:
    """The phrase with the years it measures against left out ("27% below 2019 levels" names no year of its own)."""
    return _BASE_YEAR.sub(" ", text)


def period_fits(named: list[tuple[int, int]], period: tuple[int, int] | None) -> bool:
    """Whether the year named nearest a review figure allows it to be an outcome of the plan's period: none named,
    the plan's own fiscal year (2016-17 for 2016-17), or a calendar year inside the plan's period."""
    if not named or period is None:
        return True
    first, last = named[0]
    if last != first:
        return (first, last) == period or (period[0] == period[1] == first)
    return period[0] <= first <= period[1]


# A figure told up to a date ("disbursed till 31st January, 2024", "as of June 30, 2024", 截至2024年10月底): the
# part of a period up to then.
_UP_TO_DATE = LazyPattern(
    r"\b(?i:till|until|up\s+to|upto|as\s+(?:of|on|at))\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>[A-Z][a-z]+)\.?\s*(?:[0-9]{1,2}(?:st|nd|rd|th)?)?,?\s+"
    r"(?P<year>(?:19|20)[0-9]{2})\b"
    r"|截至(?:(?P<zh_year>(?:19|20)[0-9]{2})年)?(?P<zh_month>[0-9]{1,2})月"
)
# The earliest month an English period can end in: a calendar year's in September (a federal fiscal year named by its
# calendar year ends then), a fiscal year 2023-24's in March of its second year.
_EARLIEST_END = {False: 9, True: 3}


def told_up_to(clause: str, period: tuple[int, int] | None) -> bool:
    """Whether a review clause tells its figure up to a date before the earliest the period it reports on can end
    ("Rs. 19,480 crore have been disbursed till 31st January, 2024" of 2023-24): a part of the period, no outcome."""
    if period is None:
        return False
    for found in _UP_TO_DATE.finditer(clause):
        if found["zh_month"]:  # a Chinese year is the calendar's
            if (int(found["zh_year"] or period[1]), int(found["zh_month"])) < (period[1], 12):
                return True
            continue
        named = EN_MONTHS.get(found["month"].lower())
        if named is not None and (int(found["year"]), named) < (period[1], _EARLIEST_END[period[1] != period[0]]):
            return True
    return False


def scale_fits(goal_value: float, outcome_value: float) -> bool:
    """Whether an outcome is of the order of its target (both in the same unit): within a factor of four."""
    if goal_value <= 0 or outcome_value <= 0:
        return True
    ratio = outcome_value / goal_value
    return 0.25 <= ratio <= 4


# ---------------------------------------------------------------------------------------------------------------------
# Chinese acts: a review clause reports a plan's act done when it names the act's object with a verb of completion

# Verbs that report an act done in a review of the year (a rule issued, a fund set up, a pension raised, a census
# held, a pilot enlarged); verbs of an ongoing effort (推进, 深化, 加强, 健全, 完善, 保持…) say no such thing.
_ZH_DONE_VERB = LazyPattern(
    r"出台|制定|编制|印发|发布|公布|颁布|设立|组建|成立|推出|取消|停征|免除|免征|减免|签署|签订|增设|重组|上调|下调"
    r"|提高|降低|扩大|整合|开通|试行|推开|推行|开启|启动|延长|延续|执行|完成|实现|建立|建成|实施|开展|实行|举办"
    r"|主办|召开|承办|做好|搞好|办好|纳入|退出|削减|压减|开工|竣工|投产|通车|启用|投用|开业|落成|上线|落地|生效"
    r"|施行|批准|新增|新建|成功|领跑|^保障(?![和性])"
    r"|投入使用|投入运营|投入运行|并网发电|并网|挂牌运营|挂牌成立"
)
# The words a goal's act starts with that say how or when, not what: commitment, time and manner.
_ZH_ACT_LEAD = LazyPattern(
    r"^(?:要|并|同时|今年|年内|全年|确保|必须|务必|力争|力求|努力|争取|加快|全面|适时|积极|稳妥|稳步|有序|精心|扎实|"
    r"继续|再|大力|深入|进一步|持续|切实|率先|逐步|尽快|抓紧|依法|统一|着力|重点|合理|推进|推动|探索|研究|加强|深化|落实|"
    r"加快建设|建设)+"
)
# The words of one act named in several ways: the same act (上调/提高 a pension, 开展/做好 a census, 制定/出台 a plan).
_ZH_SAME_ACT = {
    "上调": "提高",
    "下调": "降低",
    "筹办好": "开展",
    "筹办": "开展",
    "搞好": "开展",
    "做好": "开展",
    "办好": "开展",
    "举办": "开展",
    "主办": "开展",
    "承办": "开展",
    "制定实施": "出台",
    "制定": "出台",
    "编制": "出台",
    "印发": "出台",
    "发布": "出台",
    "开启": "启动",
}
_ZH_SAME_ACT_WORD = LazyPattern("|".join(sorted(_ZH_SAME_ACT, key=len, reverse=True)))
# Words too common in a review to name what was done: a review object of these alone names nothing.
_ZH_GENERIC = LazyPattern(r"一批|新举措|举措|措施|政策|工作|力度|支持|的|等|了")
# The kind of thing an act delivers (a 行动, a 工程, a 制度): 全民健身行动 and 全民阅读行动 share it and are two acts.
_ZH_KIND_WORDS = LazyPattern(r"行动|工程|试点|制度|机制|政策|工作|建设|改革|方案|计划|活动|体系|标准|范围|项目")
# What joins the things one act is on (提升和扩招, 低保、优抚).
_ZH_AND = LazyPattern(r"[和及与、]")
# Share of an act's object (characters in runs of two or more) the other side must name: the goal's object in the
# review clause, or the review's (shorter) object in the goal's sentence (实施新一轮东北振兴战略 for 实施新一轮东北
# 地区等老工业基地振兴战略; 建立直达机制 for 建立特殊转移支付机制，资金直达市县基层).
ACT_SHARE = 0.7
ACT_NAMED = 0.85
# …and the review's object named by the goal's sentence still leaves the goal's act words this share at least named.
ACT_SOME = 1 / 3


# A scheme's scope widened (扩大低保保障范围): done when the review names whom it brought into the scheme (纳入低保).
_ZH_SCOPE = LazyPattern(r"扩大(?P<scheme>[\u4e00-\u9fff]{2,12}?)(?:保障|覆盖|实施)?范围$")


_ZH_PLAIN = LazyPattern(r"[\s“”‘’「」（）()《》、，,；;。：:！!？?·]")


def zh_act_words(text: str) -> str:
    """The words naming a Chinese act, as compared: how and when left off the start (今年要, 加快推进…), one word for
    each way of naming the same act (上调 → 提高, 做好 → 开展), punctuation and spaces out."""
    text = _ZH_ACT_LEAD.sub("", _ZH_PLAIN.sub("", text))
    return _ZH_SAME_ACT_WORD.sub(lambda m: _ZH_SAME_ACT[m.group()], text)


def covered(part: str, whole: str) -> int:
    """How many characters of part stand in whole within runs of two or more characters (a shared word, not a
    shared character): 退休人员基本养老金 in 提高退休人员基本养老金 → 9."""
    count = index = 0
    while index < len(part) - 1:
        if part[index : index + 2] not in whole:
            index += 1
            continue
        end = index + 2
        while end < len(part) and part[index : end + 1] in whole:
            end += 1
        count += end - index  # runs do not overlap: the next starts where this one ends
        index = end
    return count


# A target named as attained (完成…阶段性目标任务, 实现…目标) is a report, not a target restated.
_ZH_TARGET_MET = LazyPattern(r"(?:完成|实现|达到)[^，。；]{0,30}?目标(?:任务)?")
# Verbs that frame a programme run for years (实施…工程, 开展…斗争): the plan's clause repeated word for word with one
# reports no more than that the work goes on; a discrete act repeated (扩大…自主权, 整合…制度) reports it done.
_ZH_FRAMING = LazyPattern(r"实施|开展|实行|推行")


def act_looks_ahead(clause: str) -> bool:
    """looks_ahead for a Chinese clause that may report an act: a target named as attained does not look ahead."""
    return looks_ahead(_ZH_TARGET_MET.sub("", clause))


# A thing put off, stopped or not (yet) done: 推迟举办, 尚未建成, 未能完成; "was postponed", "not yet". 延期 and 推迟
# only before the act or at the clause's end: 延期还本付息 is a policy's name.
_NOT_DONE = LazyPattern(
    r"(?:推迟|延期|延后|暂缓)(?:到|至)?(?:[^，。；]{0,8}?(?:举办|举行|召开|实施|开工|建成|出台|发布|启用)|$)"
    r"|停办|停建|未能|尚未|未(?:按期|如期|[举完建开实出启])"
    r"|(?i:\b(?:postponed|delayed|deferred|cancell?ed|not yet|(?:has|have|was|were|had) not)\b)"
)


def not_done(clause: str) -> bool:
    """Whether a review clause says its thing was put off, stopped or not done."""
    return _NOT_DONE.search(clause) is not None


def reports_act(clause: str) -> bool:
    """Whether a Chinese review clause reports an act done: a verb of completion (出台, 提高, 开展, 成功…), not only
    an effort (推进, 深化, 加强…), not looking ahead, not put off (推迟, 尚未…)."""
    return _ZH_DONE_VERB.search(clause) is not None and not act_looks_ahead(clause) and not not_done(clause)


def echoes_act(goal: str, clause: str) -> bool:
    """Whether a review clause is a plan's clause about running a programme, word for word (深入实施国企改革三年行动
    for 深入实施国企改革三年行动): no act reported done."""
    return _ZH_PLAIN.sub("", goal) == _ZH_PLAIN.sub("", clause) and _ZH_FRAMING.search(clause) is not None


def act_object(clause: str) -> str:
    """The words of a review clause naming what was done: those after its last verb of completion when they say
    enough (对新增2万亿元中央财政资金建立直达机制 → 直达机制), else the clause without its verbs of completion; common
    words (政策, 一批, 的) left out."""
    words = zh_act_words(clause)
    verbs = list(_ZH_DONE_VERB.finditer(words))
    after = _ZH_GENERIC.sub("", words[verbs[-1].end() :]) if verbs else ""
    return after if len(after) >= 4 else _ZH_GENERIC.sub("", _ZH_DONE_VERB.sub("", words))


def names_act(goal: str, sentence: str, clause: str) -> float:
    """How surely a Chinese review clause names a goal's act (0: not at all): the share of the goal's act words it
    names (and of those naming what this act is among acts of its kind: 全民健身 of 全民健身行动), or when the
    clause is the shorter, the share of its own words (act_object, four characters at least) that the goal's
    sentence names, a third of the goal's act words named at least (良好开局 alone is not 确保…决胜阶段良好开局).
    Of an act on things joined by 和/及/与/、 each must be named half at least (高职扩招三年行动 is a part of 职业技能
    提升和高职扩招三年行动: a partial report)."""
    ours, theirs = zh_act_words(goal), zh_act_words(clause)
    if len(ours) < 2 or len(theirs) < 2:
        return 0.0
    parts = [zh_act_words(part) for part in _ZH_AND.compiled.split(goal)]
    joined = len(parts) > 1 and all(len(part) >= 2 for part in parts)
    if joined and any(covered(part, theirs) < len(part) / 2 for part in parts):
        return 0.0
    share = covered(ours, theirs) / len(ours)
    core = _ZH_KIND_WORDS.sub("", _ZH_DONE_VERB.sub("", ours))  # what names this act among acts of its kind
    if share >= ACT_SHARE and (len(core) < 2 or covered(core, theirs) >= ACT_SHARE * len(core)):
        return share
    scope = _ZH_SCOPE.search(ours)
    if scope is not None and "纳入" in theirs and covered(scope.group("scheme"), theirs) == len(scope.group("scheme")):
        return ACT_SHARE  # 扩大低保保障范围 reported by 新纳入低保…近600万人: who was brought in
    if share < ACT_SOME:
        return 0.0
    own = act_object(clause)
    if len(own) >= 4 and covered(own, zh_act_words(sentence)) >= ACT_NAMED * len(own):
        return ACT_SHARE
    return 0.0


_ZH_NAME_END = LazyPattern(r"[、，,；;。：:\s（(“”]")


def short_names(name: str, text: str) -> list[tuple[int, int]]:
    """Where a text names a Chinese name by its short form: its first two characters and its last two (the kind of
    thing: 大桥, 公园) with some of the characters between left out (槜李大桥 for 槜李路跨南郊河大桥), four
    characters at least; a bracketed part of the name (长水路—三环南路) is left off first."""
    name = re.sub(r"[（(][^）)]*[）)]", "", name).strip()
    if len(name) < 5 or name.isascii():
        return []
    found = []
    at = text.find(name[:2])
    while at != -1:
        stop = _ZH_NAME_END.search(text, at)
        piece = text[at : stop.start() if stop is not None else len(text)][: len(name) - 1]
        for size in range(len(piece), 3, -1):
            short = piece[:size]
            if short.endswith(name[-2:]) and _common(short, name) == size:
                found.append((at, at + size))
                break
        at = text.find(name[:2], at + 2)
    return found


# ---------------------------------------------------------------------------------------------------------------------
# A share counted within a span of time: "74% of calls within 10 minutes", 90%的申请在5个工作日内办结. The span is the
# share's threshold, part of what it measures (another threshold is another measure), never an outcome of its own.

_TIME_UNIT = LazyPattern(
    r"(?i:(?:working |business |calendar |clear )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?))"
    r"|秒钟?|分钟|小时|个?工作日|天|日|周|个?月"
)
_ZH_WITHIN_AFTER = LazyPattern(r"\s*(?:以?内|之内)")
_THRESHOLD_QUALIFIERS = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


def is_time_threshold(text: str, figure: Figure) -> bool:
    """Whether a figure (placed in text) is a span of time something is counted within: "within 10 minutes", "in
    under 20 seconds", 5个工作日内."""
    if not _TIME_UNIT.fullmatch(figure.unit):
        return False
    return figure.qualifier in _THRESHOLD_QUALIFIERS or _ZH_WITHIN_AFTER.match(text, figure.end) is not None


def share_threshold(text: str, first: int, figure: Figure) -> bool:
    """Whether a figure is the threshold of a share told before it in its clause (which starts at first): "94% of calls
    were answered within 30 minutes" (30 minutes measures nothing: the 94% is the outcome)."""
    return is_time_threshold(text, figure) and any(
        f.unit == PERCENT and f.end <= figure.start - first for f in read_figures(text[first : figure.start])
    )


def thresholds_of(text: str, start: int, end: int) -> list[Figure]:
    """The spans of time something is counted within that text[start:end] names, placed in text."""
    return [
        f._replace(start=start + f.start, end=start + f.end)
        for f in read_figures(text[start:end])
        if is_time_threshold(text[start:end], f)
    ]


def threshold_key(figure: Figure) -> tuple[float, str]:
    """A span of time as compared: its value and its unit without a plural's s ("48 hours" is "48 hour")."""
    return figure.value, figure.unit.lower().rstrip("s")


def same_threshold(goal: list[Figure], review: list[Figure]) -> bool:
    """Whether a share's thresholds in a review are the goal's (none on one side: nothing to tell them apart)."""
    if not goal or not review:
        return True
    return any(threshold_key(g) == threshold_key(r) for g in goal for r in review)


# ---------------------------------------------------------------------------------------------------------------------
# An English goal's own measure words: the noun phrase at its figure, not the rest of its clause ("we expect to handle
# around | 8.1 million passengers | and about 64,000 air transport movements")

_OWN_CUT = LazyPattern(r"\s+(?:and|or|but|while|whereas|as well as)\s+|[,;:.(]\s|\s[–—]\s")
# After its figure, a measure's words end where its means or source begins ("$3.2 billion from audits").
_OWN_MEANS = LazyPattern(r"\s+(?:from|through|via|using|by\s+means\s+of)\s+")
_OWN_LEAD_WORDS = 4
_OWN_TAIL_WORDS = 6


def own_terms(clause: str, start: int, end: int) -> frozenset[str]:
    """The terms of the words naming what the figure at clause[start:end] measures: up to four words before it and
    six after it, neither side past an "and", a comma or a bracket (another item's words)."""
    back = clause[max(0, start - 160) : start]
    cuts = list(_OWN_CUT.finditer(back))
    lead = back[cuts[-1].end() :] if cuts else back
    ahead = clause[end : end + 160]
    stops = [found.start() for found in (_OWN_CUT.search(ahead), _OWN_MEANS.search(ahead)) if found is not None]
    tail = ahead[: min(stops, default=len(ahead))]
    lead_words = [w for w in _LATIN_WORD.findall(lead) if w.lower() not in LATIN_STOP][-_OWN_LEAD_WORDS:]
    tail_words = [w for w in _LATIN_WORD.findall(tail) if w.lower() not in LATIN_STOP][:_OWN_TAIL_WORDS]
    return terms(" ".join(lead_words + tail_words))


# ---------------------------------------------------------------------------------------------------------------------
# English: a figure of a wider population than a local plan's own ("Nationally, unemployment fell to 4.2%", "the
# England average of 3.9%", "across the region as a whole")

_WIDER_EN = LazyPattern(
    r"\b(?:nationally|nationwide|country-?wide|state-?wide|national\s+(?:average|rate|figure|level|total|mean)"
    r"|(?:across|throughout)\s+the\s+(?:country|nation|region|state|sector)"
    r"|as\s+a\s+whole|(?:UK|England|Wales|Scotland|EU|OECD|OECD\s+countries)[- ](?:wide|average|rate|mean))\b",
    re.IGNORECASE,
)
_SENTENCE_START = LazyPattern(r"(?:[.!?]\s|\n)(?!.*(?:[.!?]\s|\n))", re.DOTALL)


def wider_scope(goal: str, text: str, start: int, own: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence of a review figure (starting at start in text) names, before it, a wider population than
    the goal's clause names: the country, the region, a sector as a whole, an average of others, or all of a body
    named that is not the plan's own (own: the terms of the plan's title; "across the NHS" in a hospital's report)."""
    back = text[max(0, start - 160) : start]
    opening = _SENTENCE_START.search(back)
    said = back[opening.end() :] if opening is not None else back
    if _WIDER_EN.search(goal) is not None or _NATIONAL.search(goal):
        return False
    if _WIDER_EN.search(said) is not None:
        return True
    named = terms(goal) | own
    return any(not terms(body["name"]) <= named for body in _ACROSS_BODY.finditer(said))


# "across the NHS", "throughout the Federation": all of a body named.
_ACROSS_BODY = LazyPattern(r"\b(?:across|throughout)\s+(?:the\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)")


_NATIONAL = LazyPattern(r"\b(?:national|nation|country|countrywide)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------------------
# A span a review figure is told over that is not the plan's period: part of it ("in the first half of 2025", "for
# the first nine months", "between April and September", 前三季度, 1-10月), or more than it ("over the last three
# years", "since 2019", 三年来)

_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[0-9])"
_PART_OF_PERIOD = LazyPattern(
    r"\b(?:first|second|third|opening|last|final)\s+"
    r"(?:half|quarter|" + _NUMBER_WORDS + r"\s+(?:months|quarters|weeks))\b"
    r"|\b(?:Q[1-4]|H[12])\b|\bhalf[- ]year(?:ly)?\b|\byear[- ]to[- ]date\b|\bso\s+far\s+this\s+year\b"
    r"|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|(?<![0-9])1\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月"
    r"|前(?:[一二三四五六七八九十]|[1-9]|1[01])个月",
    re.IGNORECASE,
)
_SEVERAL_YEARS_BACK = LazyPattern(
    r"\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+" + _NUMBER_WORDS + r"\s+years\b"
    r"|(?:[二三四五两]|[2-5])年来|(?:[二三四五两]|[2-5])年(?:累计|共)",
    re.IGNORECASE,
)
_SINCE_YEAR = LazyPattern(
    r"\b(?i:since)\s+(?:(?i:the\s+)?(?i:start|beginning|end)\s+of\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)[0-9]{2})\b"
)
_MONTH_NAMES = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_MONTH_RANGE = LazyPattern(
    r"\b(?:between|from)\s+(?P<first>" + _MONTH_NAMES + r")\.?(?:\s+(?:19|20)[0-9]{2})?\s+(?:and|to|until|till)\s+"
    r"(?P<last>" + _MONTH_NAMES + r")\b",
    re.IGNORECASE,
)


def part_of_period(said: str) -> bool:
    """Whether a review phrase tells its figure over a part of a year: a half, a quarter, its first months, a range of
    months short of a year ("between April and September")."""
    if _PART_OF_PERIOD.search(said):
        return True
    for months in _MONTH_RANGE.finditer(said):
        first, last = EN_MONTHS[months["first"].lower()], EN_MONTHS[months["last"].lower()]
        if (last - first) % 12 < 11:
            return True
    return False


def years_back(said: str, period: tuple[int, int] | None) -> bool:
    """Whether a review phrase tells its figure over years before the period's own: the last N years (三年来), or since
    a year before the period began: a total over them, no one year's figure."""
    if _SEVERAL_YEARS_BACK.search(said):
        return True
    return any(period is not None and int(since["year"]) < period[0] for since in _SINCE_YEAR.finditer(said))
