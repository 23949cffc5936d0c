"""The target scanner: a plan's text in, its target-like phrases out (quote, span, level, proposed rule, heading)."""

import bisect
import functools
import math
import operator
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from planaudit.reading.clauses import (
    EN_SHORT_TIME,
    Role,
    delivers,
    embedded,
    en_not_the_plans,
    en_past_topic,
    five_year_plan,
    period,
    pledges,
    reports_progress,
    role,
    sentence_states,
    threshold,
    timed_act,
    zh_not_the_plans,
    zh_past_topic,
)
from planaudit.reading.figures import Figure, Kind, Qualifier, fall_percent, read_figures
from planaudit.reading.lazyre import HAN, LATIN, LazyPattern, compile_re, compile_skipping, initials, skipping, trie
from planaudit.reading.sentences import comma_in_number, english_stop
from planaudit.reading.tables import Indicator, indicators
from planaudit.reading.units import COUNTERS, PERCENT, PERCENTAGE_POINT, head_noun, in_base, split_unit

# ---------------------------------------------------------------------------------------------------------------------
# Vocabulary

COMMITMENT_WORDS = {
    "确保": "commitment",
    "务必": "commitment",
    "力争": "stretch",
    "力求": "stretch",
    "努力": "stretch",
    "争取": "stretch",
    "预期目标": "expected",
    "预期": "expected",
    "预期寿命": "expected",  # life expectancy, a name: read whole, its 预期 pledges nothing (_EN_PAST_PLEDGE)
    "拟安排": "planned",
    "拟按": "planned",
    "安排": "planned",
}
_EN_COMMITMENT = {  # the English words of the default levels (models.DEFAULT_LEVELS): will, must, shall
    "ensure": "commitment",
    "make sure": "commitment",
    "will": "commitment",
    "must": "commitment",
    "shall": "commitment",
    "would": "commitment",  # only in reported speech: "HMRC announced that it would …" (see _REPORTED_PLEDGE)
    "strive": "stretch",
    "endeavour": "stretch",
    "endeavor": "stretch",
    "aim to": "stretch",
    "seek to": "stretch",
    "try to": "stretch",
    "allocat": "planned",  # allocate, allocated, allocation
    "provision": "planned",
    "provided": "planned",
    "set aside": "planned",
    "setting aside": "planned",
    "set apart": "planned",
    "earmark": "planned",
}
# A speech's own pledges, at the commitment level: "I propose to constitute a Committee", "We have decided to set up".
_EN_SPEECH_PLEDGE = r"(?:propos(?:e|ed|ing)|plan(?:s|ning)?|decided|intends?) to"
_EN_SPEECH_INITIALS = "pdi"  # the letters _EN_SPEECH_PLEDGE's words start with
# The characters that match a letter ignoring case besides its two cases (`re` folds İ and ı to i, ſ to s, K to k).
_FOLDS_TO = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _initials(words: str) -> str:
    """Every character an English word starting with one of these letters can start with, ignoring case."""
    return "".join(sorted({c for letter in words.lower() for c in letter + letter.upper() + _FOLDS_TO.get(letter, "")}))


# The look-ahead lets `re` skip to the characters a word can start with (the first characters of the Chinese words,
# and of the English ones in either case, or the ones `re` folds to them): half the time of one that admits any Latin
# letter on an English plan. It lists those characters and not the Han range, which `re` compiles a code point at a
# time (~0.7 ms).
_COMMITMENT = LazyPattern(
    "(?=["
    + re.escape("".join(sorted({word[0] for word in COMMITMENT_WORDS})))
    + _initials("".join(word[0] for word in _EN_COMMITMENT) + _EN_SPEECH_INITIALS)
    + "])(?:"
    + "|".join(sorted(COMMITMENT_WORDS, key=len, reverse=True))
    + r"|(?i:\b(?:"
    + "|".join([*sorted(_EN_COMMITMENT, key=len, reverse=True), _EN_SPEECH_PLEDGE])
    + r")\w*))"
)
# Read over a whole text, the Chinese words and the English ones are looked for apart (their first characters differ,
# and each pattern skips to its own): the English ones as a trie, one letter tested once at a word start.
_ZH_COMMITMENT_WORDS = LazyPattern("|".join(sorted(COMMITMENT_WORDS, key=len, reverse=True)))
_EN_COMMITMENT_WORDS = LazyPattern(r"(?i:\b(?:" + trie(_EN_COMMITMENT) + "|" + _EN_SPEECH_PLEDGE + r")\w*)")
skipping(_COMMITMENT, _ZH_COMMITMENT_WORDS, _EN_COMMITMENT_WORDS)
# Verbs that give a clause a target of its own: a clause without one continues the previous clause's verb and level.
TARGET_VERBS = (
    "控制在",
    "达到",
    "完成",
    "新增",
    "引进",
    "增长",
    "增加",
    "提高",
    "提升",
    "下降",
    "降低",
    "减少",
    "突破",
    "实现",
    "建成",
    "新建",
    "建设",
    "推进",
    "打造",
    "创建",
    "培育",
    "谋划",
    "申报",
    "开工",
    "竣工",
    "举办",
    "办好",
    "开展",
    "实施",
    "抓好",
    "改造",
    "启动",
    "引导",
    "盘活",
    "腾退",
    "达",
)
# The look-ahead names every letter a verb can start with, so `re` skips to them (once per clause: a tenth of the time
# the English scan spends): the first characters of the Chinese verbs, the English verbs' initials in either case, and
# the letters that match one ignoring case (ſ İ ı K).
_VERB_INITIALS = "".join(sorted({verb[0] for verb in TARGET_VERBS})) + "ircalkbhgIRCALKBHG\u017f\u0130\u0131\u212a"
_VERB = LazyPattern(
    f"(?=[{_VERB_INITIALS}])(?:"
    + "|".join(TARGET_VERBS)
    + r"|(?i:\b(?:increase|raise|grow|reduce|cut|lower|reach|complete|add|build"
    r"|attract|achieve|keep|hold|limit|create)\w*\b))"
)
skipping(_VERB)  # a look-ahead alone makes `re` enter the pattern at every character; it skips in C to those
_GROWTH_VERB = LazyPattern(r"(?:增长|增加|提高|提升|(?i:\b(?:increase|grow|rise|raise)\w*(?: [\w'’-]+){0,4}? by))\s*$")
# "cut road casualties by 10%", "will fall by 20 kg": the measure may stand between the verb and its "by".
_DOWN_VERB = LazyPattern(
    r"(?:下降|降低|减少|压减|再降|降|(?:压减|压降|削减|减少|降低)(?!率)(?:(?![到至为在于的以和与及保持达])[^\W\d_A-Za-z]){1,8}"
    r"|(?i:\b(?:reduce|cut|lower|decrease)\w*(?: by)?"
    r"|\b(?:reduc|cut|lower|decreas|fall|fell|drop|declin|shrink)\w*(?: (?:[\w'’-]+|\([^()]{1,80}\))){0,12}? by))\s*$"
)
_CAP_VERB = LazyPattern(
    r"控制在|降至|降到|降为|压缩到|(?:下降|降低|减少|压减|压降|削减)(?:到|至|为)|不超过"
    r"|(?i:\b(?:reduce|cut|limit|keep|hold)\w* (?:\w+ ){0,4}?(?:to|under|below|within))"
)
# "reduce the median wait for elective surgery to | 90 days", "lower the share of single-use plastic in our packaging
# to below | 20%": a fall to a level, the verb's object between (right before the figure: "cut red tape to help 500
# firms" is no level).
_CAP_TO = LazyPattern(
    r"(?i:\b(?:reduc|cut|lower|decreas|bring\w* down|br[oi]ught down|fall|fell|drop)\w* (?:[\w'’-]+ ){0,8}?"
    r"(?:to|under|below|within)(?: (?:below|under|less than|no more than|at most|a maximum of))?)\s*$"
)
_CAP_BEFORE = LazyPattern(
    r"(?i:\b(?:to the extent of|not exceeding|capped at|a (?:ceiling|cap|limit) of|limited to"
    r"|(?:not|never) (?:to )?exceed|(?:stay|stays|remain|remains|be kept|kept|held) (?:below|under|within)))\s*$"
)
# Measures where lower is better (a price, a loss, a harm, a wait, a stock of undone work, an error, a share left
# empty): a figure for one is a ceiling unless the words say "at least" or raise it.
_CEILING_MEASURE = LazyPattern(
    r"价格|物价|涨幅|通胀|失业|赤字|负债率|杠杆率|能耗|排放|浓度|事故|死亡|空置|差错|等待|等候|积压|逾期|亏损"
    r"|(?i:\b(?:inflation|prices?|deficits?|unemployment|jobless|debt|emissions?|casualties|deaths|fatalities"
    r"|wait(?:ing)?(?: times?)?|waits|backlogs?|vacanc(?:y|ies)|error rates?|errors|arrears|delays?)\b)"
)
_MONEY = LazyPattern(r"元|₹|\$|£|€|¥|(?i:\b(?:rs|inr|usd|gbp|eur|rupees?|pounds?|dollars?|euros?)\b)")
# "The property tax rate will remain at $0.92", "be held at 3%": a level kept, neither side better.
_EN_HELD_AT = LazyPattern(r"(?i:\b(?:remain|stay|be (?:held|kept|frozen|maintained)) at)\s*$")
# "Raise £18 million from individual supporters", "mobilise ₹2,000 crore": money won, more is better.
_EN_GAIN = LazyPattern(r"(?i:\b(?:raise|raising|mobilis|mobiliz|generat|collect|earn|secur)\w*)\s*$")
_TARGET_WORD = LazyPattern(r"(?i:\btarget|at least|minimum)")
# 增加30元, "raise by $25": the figure right after the verb is the rise itself (增加深松土地1.5亿亩 is a level).
_BY_AMOUNT = LazyPattern(
    r"(?:增加|提高|再增加|分别再增加|分别增加)$|(?i:\b(?:increase|raise|rise)\w*(?: [\w'’-]+){0,4}? by\s*)$"
)
# "double the income", "tripling exports": a verb that multiplies its object, a growth by (factor − 1) × 100%.
_EN_MULTIPLY = compile_re(r"(?:doubl|tripl|trebl|quadrupl)(?:e|es|ed|ing)", re.IGNORECASE)
# "increase the proportion … from 72% to 80%", "grow membership from 1,200 to 1,500": a rise from a level to a level
_FROM = compile_re(r"(?i:\bfrom)\s*$")
_GROWTH_TO = compile_re(r"(?i:\b(?:increas|rais|grow|expand|boost|improv|lift|rise|double)\w*\b)")
# "a 20% reduction in energy consumption", "a 15% cut in emissions": the fall named after its size
_FALL_AFTER = compile_re(r"(?i:\s+(?:reduction|cut|fall|decrease|drop|decline)\b)")
_NOT_BEFORE = compile_re(r"(?i:\bnot\b)[^,;.]{0,40}$")
# A floor denied is a ceiling: "No patient will wait more than 18 weeks", "nobody should pay more than", "calls will
# not take longer than 5 minutes", "we will never hold anyone over 4 hours": a negation governs the bound when no
# clause boundary (punctuation, a conjunction) stands between them ("not only", "no later than" negate nothing here).
_EN_NEGATED = compile_re(
    r"(?i:\b(?:no|not|never|nobody|no one|none|without|neither|nor|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t"
    r"|shouldn['’]t|mustn['’]t)\b(?! (?:only|just|least|later|longer|sooner|fewer|less)\b))"
    r"(?:(?!\b(?:and|but|or|while|whereas|unless|except|if|so)\b)[^,;.:]){0,60}$"
)
# A short span of time that improves gets shorter (a wait, a response, a stay: EN_SHORT_TIME); years and months may not
# (life expectancy "will improve to 80 years").
_EN_IMPROVE_TO = LazyPattern(r"(?i:\bimprov\w*\s+to\s+(?:an?\s+average\s+of\s+|around\s+|about\s+)?)$")
# The object of such a verb, up to a preposition of time or amount ("the income of the farmers | by 2022").
_EN_OBJECT = LazyPattern(r"(?:\s+(?!(?:by|in|within|over|before|from|to|and|or|through)\b)[\w’'-]+)*", re.IGNORECASE)
# "₹99,681 crore more than last year", "£2 billion higher than in 2015": the figure is the rise itself.
_MORE_AFTER = compile_re(r"\s*(?:more|higher|additional|extra)\s+(?:than|over)\b", re.IGNORECASE)
# "The increase in Plan expenditure is in the order of 15.3%", "a growth of 12%": a rise named by its noun.
_RISE_NOUN = LazyPattern(
    r"\b(?:increase|growth|rise)\b(?: [\w'’-]+){0,6}? (?:of|is|at|will be)"
    r"(?: (?:in the order of|about|around|some))?\s*$",
    re.IGNORECASE,
)
_PERMITTED = LazyPattern(r"(?i:\b(?:will|shall)\s+(?:also\s+|now\s+)?be\s+(?:allowed|permitted)\b)")
_FUND_WORDS = ("资金", "资本金", "投入", "投资", "拨款", "补助", "经费", "基金")


def _han_only(text: str) -> bool:
    """Every character is Han (the class [\u4e00-\u9fff], which `re` compiles one code point at a time: ~0.9 ms)."""
    return all("\u4e00" <= char <= "\u9fff" for char in text)


def _qualified_unit(after: str) -> bool:
    """What follows a figure is 1-8 Han characters and 以内/以上/以下/左右 (万吨标准煤以内)."""
    after = after[:-1] if after.endswith("\n") else after  # where `$` would stand
    return 3 <= len(after) <= 10 and after.endswith(("以内", "以上", "以下", "左右")) and _han_only(after)


def _adds_funds(lead: str) -> bool:
    """The lead ends 增加 + 1-12 Han characters + a word of funds (再增加国家铁路建设资本金): money added to a fund."""
    body = lead[:-1] if lead.endswith("\n") else lead  # where `$` would stand
    for word in _FUND_WORDS:
        if body.endswith(word):
            stop = len(body) - len(word)
            for at in range(max(0, stop - 14), stop - 2):
                if body.startswith("增加", at) and _han_only(body[at + 2 : stop]):
                    return True
    return False


_NEW_COUNT = LazyPattern(r"(?i:\bnew\b)")  # "62 new schools": the reader keeps "new" in the figure's words
_NEW_VERB = LazyPattern(r"新增|新引进|新培育|新建|(?i:\bnew\b)")
_RANK_VERB = LazyPattern(r"列|位列|名列|排名|进入|保持|跻身|(?i:\brank)")
_MILESTONE_VERB = LazyPattern(
    r"举办|办好|召开|承办|开学|建成|开工|竣工|通车|投用|启用|开业|投产|(?i:\b(?:hold|open|complete|launch|finish)\w*)"
)
# Clauses that state a thing to be done: 建立(健全|完善)X, 开展X行动, 实施X工程, 实现X全覆盖, 完成X设计.
# Not before it: a copula or preposition (今年是…建成, 把…, 为…), a verb of a first step (推动/探索/研究建立) or an
# adverb of an ongoing effort (深入/大力/广泛/持续开展): those name a direction of work, not a thing delivered.
_TASK = compile_re(
    r"^(?:(?!是|把|为|就|推动|探索|研究|深入|大力|广泛|持续|组织|坚持|实现|了|与|同|紧扣|围绕|着眼|聚焦|瞄准|对标|面向|按照|根据"
    r"|服务)[^，；。、]){0,6}?(?:建立健全|建立完善|建立|建成|开展(?=[^，；。]*(?:行动|活动)$)|实施(?!好)(?=[^，；。]*(?:工程|管理|行动)$)"
    r"|实现(?=[^，；。]*全覆盖$)|完成(?=[^，；。]*(?:设计|规划|编制)$))"
)
# An institution to establish and keep improving (建立健全…机制, 建立完善…制度) or one described by a quality
# (建立规范的…机制, 建立租购并举的住房制度) is a direction of reform with no point of completion, not a deliverable.
_INSTITUTION = LazyPattern(r"(?:机制|制度|体制|政策|体系|办法)$")


def _ongoing_task(body: str) -> bool:
    """建立健全/建立完善 an institution, or 建立 one described by a quality (…的…机制)."""
    at = body.find("建立", 0, 12)
    if at < 0 or _INSTITUTION.search(body, len(body) - 2) is None or "法律" in body or "法规" in body:
        return False  # a law (法律制度) is enacted at a date: a deliverable
    return body.startswith(("健全", "完善"), at + 2) or "的" in body[at:]


# A Chinese clause that commits to an act: a verb that delivers a thing (出台 a rule, 设立 a fund, 启动 a pilot,
# 上调 a pension, 取消 a fee) with its object, after at most a subject's 要, adverbs of time and manner (今年, 全面,
# 适时, 有序, 继续, 不再) or a fronted 对…/在… phrase. Adverbs of an ongoing effort (深入, 大力, 持续, 进一步) or
# of a first step (推动, 探索, 研究) are none of these: they name a direction of work, not a thing delivered.
_ZH_ACT_ADVERB = (
    r"(?:今年|年内|全年|明年|全面|加快|适时|积极|稳妥|稳步|有序|精心|扎实|继续|再|基本|率先|分类|逐步|适度|尽快|抓紧|依法"
    r"|限期|切实|一律|同时|并|要|也|还|都|统一|按时|合理|不再)"
)
_ZH_ACT_LEAD_WORDS = r"(?:[^要，；。、“”]{1,6}要|[对在][^，；。、“”]{1,16}?)?" + _ZH_ACT_ADVERB + "*"
_ZH_ACT_LEAD = LazyPattern(_ZH_ACT_LEAD_WORDS)
# Verbs whose object is the deliverable itself, whatever it is: the act is done or not.
_ZH_ACT_VERB = (
    r"出台|制定(?:实施|和实施)?|编制好?|设立|组建|改组组建|推出|发布|公布|取消|停征|免除|减免|停止|签署|重组|上调|下调|整合"
    r"|开通|试行|推开|延长|延续|发行|确定|允许|完成(?!了)|启动(?:实施)?|增设|开工建设|开工|动工"
    r"|(?P<rollout>推广)"
    r"|(?P<held>筹办好?|举办|办好|搞好|召开)"
    r"|(?P<framed>实施|开展|实行|推行|建立|推进)(?!好)"
    r"|(?P<raised>提高|扩大|增加)|(?P<dated>实现)|(?P<enforced>落实|执行)"
)
_ZH_ACT = LazyPattern(_ZH_ACT_LEAD_WORDS + "(?P<verb>" + _ZH_ACT_VERB + ")")
_ZH_BY_A_DATE = LazyPattern(r"[\u4e00-\u9fff]{0,6}?限期[\u4e00-\u9fff]{2}")
# The deliverable named first and the act last (topic and comment): …收费全部取消, …政策再延长至明年3月底, …缴纳一律
# 延缓到明年: a milestone, with a deadline when the act runs to one.
_ZH_TOPIC_ACT = LazyPattern(
    r"[^，；。]{2,40}?(?:(?:全部|一律|再)?(?:延长|延缓|延续|推迟)(?:到|至)(?P<when>今年年底|年底|明年(?P<month>[0-9]{1,2}|"
    r"[一二三四五六七八九十]|十[一二])?月?底?)|(?:全部|一律)(?:取消|免征|停征|免除))"
)
_ZH_MONTHS = {name: index for index, name in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}


# …or its completion last, after the time it is due: 县人民医院新院区年内建成投用, 2024年底前一期工程投入使用,
# 2023年底前挂牌运营 (the thing in the clause before). Without a time it may tell what was done (于2023年12月建成投产).
# A unit put on the grid or a plant's trial run are completions too (年内并网发电, 三季度完成联合试运转), due in the
# quarter or half year named.
_ZH_TOPIC_DONE = LazyPattern(
    r"[^，；。]{0,40}?(?:年内|今年|(?:(?P<year>(?:19|20)[0-9]{2})年)?年?底前|(?P<quarter>[一二三四1-4])季度(?:末|底)?前?"
    r"|(?P<half>上|下)半年)[^，；。]{0,20}?"
    r"(?:建成投用|建成投产|建成运营|建成通车|竣工投用|投入使用|投入运营|挂牌运营|正式运营|开通运营|并网发电|全面投产"
    r"|(?:联合|带负荷)?试运转)"
)
_ZH_QUARTERS = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def _zh_topic_act(body: str, year: str | None) -> tuple[str, str | None] | None:
    """The kind and deadline (YYYY or YYYY-MM) of a Chinese clause that names its deliverable before the act."""
    tail = body[-12:]
    if any(word in tail for word in ("投", "运营", "使用", "并网", "试运转")):
        done = _ZH_TOPIC_DONE.fullmatch(body)
        if done is not None:
            due = done.group("year") or year
            quarter, half = done.group("quarter"), done.group("half")
            ends = _ZH_QUARTERS[quarter] if quarter else 6 if half == "上" else 12
            return "milestone", f"{due}-{ends:02d}" if due else None
    if not any(word in tail for word in ("延", "推迟", "全部", "一律")):
        return None  # most clauses: one look at their end
    match = _ZH_TOPIC_ACT.fullmatch(body)
    if match is None:
        return None
    when, month = match.group("when"), match.group("month")
    if when is None or year is None:
        return "milestone", None
    if "明年" not in when:
        return "milestone", f"{year}-12"
    due = int(year) + 1
    if month is None:
        return "milestone", str(due)
    number = int(month) if month.isdigit() else _ZH_MONTHS[month]
    return "milestone", f"{due}-{number:02d}" if 1 <= number <= 12 else str(due)


_ZH_THIS_YEAR = LazyPattern(r"今年|年内|年底前|本年")
# What 实施/开展/实行/推行/建立 deliver: a named action, project, pilot, census, reform, plan or rule, not a strategy
# or a policy described by a quality (实施更加积极的就业政策), which has no point of completion; a new round of any
# (实施新一轮…振兴战略, 推进新一轮…试点) is launched at a date. 推进 delivers nothing else: it names work under way.
_ZH_FRAMED_OBJECT = LazyPattern(
    r"(?:行动|工程|试点|普查|整治|改革|规划|纲要|方案|计划|制度|机制|基金|清单|目录|标准|监测|监管|斗争|学习教育|政策|收费"
    r"|禁渔|禁捕|禁牧|禁伐|禁令)$"
)
# A ban (十年禁渔, 禁牧, 禁令): in force or not, whether the plan says 实施 or 落实 it.
_ZH_BAN = LazyPattern(r"(?:禁渔|禁捕|禁牧|禁伐|禁令)$")
# What 提高/扩大/增加 set as an act: a rate or standard of a scheme (养老金, 最低收购价, 补助标准), its scope
# (保障范围, 试点范围) or a power (自主权); 提高能力/水平/效率 names a quality to improve, no act. A coverage widened
# (扩大…覆盖范围) is a direction to judge, not an act.
_ZH_RAISED_OBJECT = LazyPattern(r"(?:标准|收购价|养老金|补助|奖励|范围|自主权)$")
_ZH_COVERAGE = LazyPattern(r"覆盖范围$")
_ZH_PRACTICE = LazyPattern(r"(?:经验|做法|模式)$")  # what is spread, not delivered
_ZH_QUALITY_WORDS = LazyPattern(r"的|更|战略|一揽子")
# What 办好/搞好/举办 deliver: an event held (a summit, a fair, a census), not a field run well (办好特殊教育).
_ZH_HELD_OBJECT = LazyPattern(r"(?:会|赛事?|峰会|论坛|普查|节|展)$")
# Objects that name no one thing: one the text named before (上述政策), a list (…等, 一批; the named-items reader's), or
# a bare generic word (支持政策).
_ZH_NO_OBJECT = LazyPattern(
    r"^(?:上述|这些|相关|有关|各项|各类)|等|一批|^(?:支持|扶持|配套|优惠|新的)?(?:政策|措施|举措|办法|工作|文件)$"
)
# 将/把 X 纳入 Y: a group or an item brought into a scheme (将门诊费用纳入统筹基金报销); not one described by a
# condition (将符合条件的…纳入), which states who qualifies.
_ZH_BROUGHT_IN = LazyPattern(r"[将把](?!符合条件)[^，；。]{2,30}?纳入[\u4e00-\u9fff]{2,}")
# An agreement to sign or bring into force (推动签署…协定, 推动…协定尽早生效实施); its talks (谈判) are work under way.
_ZH_AGREEMENT = LazyPattern(
    r"(?:推动|积极推动|争取)?(?:[^，；。]{0,30}?(?:协定|协议|条约)[^，；。]{0,6}?(?:签署|生效)|签署[^，；。]{2,30}?(?:协定|协议|条约)$)"
)


# A numbered sub-heading alone on its line: （一）实施数字基础设施提升行动。
_ZH_SUBHEADING = LazyPattern(r"[（(][一二三四五六七八九十]{1,3}[）)][^，,；;。：:\n]{2,30}。?[ \t\u3000]*(?:\n|$)")


def _zh_act(body: str) -> str:
    """The kind of goal a Chinese clause that commits to a deliverable or an act drafts (milestone; judged for a
    coverage widened), or "" for a clause that commits to none (see _ZH_ACT_VERB), by its verb and object."""
    window = min(len(body), 28)
    brought, agreed = "纳入" in body, "协" in body or "条约" in body
    if brought or agreed:
        lead = _ZH_ACT_LEAD.match(body, 0, window)
        at = 0 if lead is None else lead.end()
        if brought and _ZH_BROUGHT_IN.fullmatch(body, at):
            return "milestone"
        if agreed and _ZH_AGREEMENT.fullmatch(body, at) and "谈判" not in body:
            return "milestone"
    if "限期" in body[:10] and _ZH_BY_A_DATE.match(body, 0, window):
        return "milestone"  # 限期清偿…款项: an act with a term set
    verb = _ZH_ACT.match(body, 0, window)
    if verb is not None:
        obj = body[verb.end() :]
        if verb.group("held"):  # 筹办冬奥会、冬残奥会等赛事: every event listed is held
            return "milestone" if _ZH_HELD_OBJECT.search(obj) else ""
        if verb.group("framed") and obj.startswith("新一轮"):
            return "milestone"  # 实施新一轮东北地区等老工业基地振兴战略: a new round is launched
        if verb.group("dated") and not _ZH_THIS_YEAR.search(body, 0, verb.start("verb")):
            return ""  # 实现 with no date of its own names an aim (实现互利共赢); 今年要实现…全覆盖 is due this year
        if len(obj) < 3 or obj.startswith(("的", "了", "和", "与", "中", "后")) or _ZH_NO_OBJECT.search(obj):
            return ""
        if verb.group("framed") or verb.group("rollout"):
            if verb.group("verb") != "推进" and "全面" in body[: verb.start("verb")]:  # 全面推广…标准: rolled out
                if _ZH_QUALITY_WORDS.search(obj):
                    return ""
                return "judged" if _ZH_PRACTICE.search(obj) else "milestone"  # 推广…经验: a practice spread
            named = verb.group("framed") not in (None, "推进") and _ZH_FRAMED_OBJECT.search(obj)
            return "milestone" if named and not _ZH_QUALITY_WORDS.search(obj) else ""
        if verb.group("enforced"):  # 落实长江十年禁渔: a ban in force or not; 落实…政策/要求 is work on a field
            return "milestone" if _ZH_BAN.search(obj) else ""
        if verb.group("raised"):
            if not _ZH_RAISED_OBJECT.search(obj) or _ZH_QUALITY_WORDS.search(obj):
                return ""
            return "judged" if _ZH_COVERAGE.search(obj) else "milestone"
        return "" if obj.endswith("任务") else "milestone"  # 完成…目标任务: the plan's aims as a whole
    return ""


# Chinese clauses of work with no deliverable verb (see _zh_work): how and when before the verb.
_ZH_WORK_LEAD = (
    r"(?:[^要，；。、“”]{1,6}要|[对在][^，；。、“”]{1,16}?)?"
    r"(?:今年|年内|全年|全面|加快|适时|积极|稳妥|稳步|有序|扎实|继续|再|逐步|尽快|抓紧|依法|切实|大力|深入|进一步|持续|着力"
    r"|重点|努力|力争|确保|坚决|要|并|也|还|推动|促进|让|使)*"
)
# A measure moved with no amount: 提高清洁能源比重, 扩大…招生规模, …浓度继续下降, 推动实际贷款利率进一步降低.
_ZH_MOVE_UP = LazyPattern(
    _ZH_WORK_LEAD + r"(?:提高|提升|扩大|增加)(?P<measure>[^，；。]{2,24}?(?P<share>比重|比例|占比|率)?(?:规模)?)"
)
_ZH_MOVE_DOWN = LazyPattern(
    _ZH_WORK_LEAD + r"(?P<measure>[^，；。]{2,24}?)(?:继续|持续|进一步|逐步|明显|稳步)?(?:下降|减少|降低)"
)
# What a move with no amount moves: a share, rate, scale, concentration, emission, cost; not a quality (效率).
_ZH_MOVES = ("比重", "比例", "占比", "率", "规模", "浓度", "排放", "排放量", "能耗", "强度", "成本")
_ZH_FALLS = ("下降", "减少", "降低")
# A named facility or market built (加快建设国家实验室, 推进海南自由贸易港建设, 建设区域医疗中心): work on one thing,
# judged by what the review reports of it; a system, a team or a quality built (体系, 队伍, 能力, 强国) names no one
# thing.
_ZH_BUILT = LazyPattern(
    _ZH_WORK_LEAD + r"(?:(?:加快|推进|推动)(?P<named>[^，；。、]{3,20}?)建设|建设(?P<object>[^，；。、]{3,20}?))"
)
_ZH_FACILITIES = ("实验室", "中心", "自由贸易港", "公园", "交易市场", "平台", "基地")
# A stock cut (削减…审批事项, 退出过剩产能, 化解…库存): judged on the count the review gives.
_ZH_STOCKS = ("事项", "产能", "库存", "支出")
_ZH_CUT = LazyPattern(
    _ZH_WORK_LEAD + r"(?:削减|压减|退出|化解|淘汰)(?P<object>[^，；。、和]{2,20}?(?:事项|产能|库存|支出))"
)
_ZH_BRACKETED = LazyPattern(r"（[^（）]{0,12}）|\([^()]{0,12}\)")


def _zh_work(body: str) -> tuple[str, str] | None:
    """The kind and measure of a Chinese clause of work with no deliverable verb that still names one checkable thing:
    a measure moved with no amount (decline, pp_change for a share, growth; no target: any move), a named facility
    built or a stock cut (judged), or None. Most clauses: a look at their ends."""
    if not 5 <= len(body) <= 30:
        return None
    if body.endswith(_ZH_FALLS):
        down = _ZH_MOVE_DOWN.fullmatch(body)
        measure = "" if down is None else down.group("measure")
        return ("decline", measure) if _moved_measure(measure) else None
    if _moved_measure(body):
        up = _ZH_MOVE_UP.fullmatch(body)
        if up is not None:
            return ("pp_change" if up.group("share") else "growth"), up.group("measure")
    facility = body.endswith(_ZH_FACILITIES) or (body.endswith("建设") and body[:-2].endswith(_ZH_FACILITIES))
    if not (facility or body.endswith(_ZH_STOCKS)) or _ZH_QUALITY_WORDS.search(body):
        return None
    built = _ZH_BUILT.fullmatch(body) if facility else None
    cut = _ZH_CUT.fullmatch(body) if built is None else None
    found = built.group("named") or built.group("object") if built is not None else cut and cut.group("object")
    return ("judged", found) if found and _ZH_NO_OBJECT.search(found) is None else None


def _moved_measure(measure: str) -> bool:
    """Whether words end in what a move with no amount moves (see _ZH_MOVES), not in a quality (效率)."""
    return measure.endswith(_ZH_MOVES) and not measure.endswith("效率")


# Leading adverbs and verbs stripped before a list of named items or a measure: 加快推进嘉杭路… → 嘉杭路.
_LEAD = compile_re(
    r"^(?:要|并|同时|全年|全区|今年|加快|全力|着力|重点|积极|全面|稳步|扎实|深入|进一步|持续|大力|精心|继续|"
    r"确保|力争|力求|努力|争取|推进|抓好|实施|建设|打造|启动|配套|引进|完成|实现|新增|达到|培育壮大|培育|集聚|"
    r"对|与|加强与|加大|创建|建立健全|建立|一批|在|完善提升|做大做强|巩固提升|充分运用|通过|扩大|践行)+"
)
_TRAIL = ("项目建设", "等项目", "项目", "建设", "工程", "的贯通", "的深度合作", "进行改造提升")
# A list is a goal only when the plan counts it or a delivery verb heads it (启动工业强基、绿色制造等重大工程);
# "降低企业交易、物流、财务等成本" or "支持养老、健康、家政等服务消费" name fields of a policy, not things to deliver.
_COUNTED_LIST = LazyPattern(
    r"等[0-9０-９一二两三四五六七八九十百]+[个家项条座所处批类大]|[一二三四五六七八九十]大|一批"
)
_BUILD_LEAD = compile_re(
    r"^(?:要|并|今年|全年|加快|全面|积极|适时|继续|再|新|着力|重点|扎实|大力|全力)*"
    r"(?:启动|设立|建立|新建|建成|建设|开工|完成|推进|打造|配套|加大|实施|改造|提升)"
)
_DELIVERY_LEAD = compile_re(
    r"^(?:要|并|今年|全年|加快|全面|积极|适时|继续|再|新|着力|重点|扎实|大力)*"
    r"(?:启动|设立|建立|出台|制定|取消|停征|新建|建成|开工|推出|组建|举办|开通|投用|启用|增设|创建|实施|开展|推进|抓好|完成|筹办|举办|办好|加大)"
)
# Verbs of a clause of its own (a list under one of them is not carried by the clause before): 完善X布局, 加强X.
_MORE_VERBS = compile_re(
    r"完善|加强|强化|深化|优化|健全|推动|促进|落实|支持|鼓励|扩大|加快|坚持|发展|改善|保障|做好|用好"
)
_DELIVERABLE = compile_re(
    r"工程|项目|试点|基地|平台|中心|园区|示范区|规划|方案|条例|基金|行动|计划|赛事|博览会|运动会|路|桥|站|馆|院|校"
)
# 生产率/效率/功率 are no shares: 劳动生产率提高5% is a growth
_SHARE_WORDS = LazyPattern(r"占比|比重|比例|(?<!生产)(?<!效)(?<!功)率|(?i:\b(?:share|rate|ratio)\b)")
_CN_COUNT_CLASS = LazyPattern(r"[一二两三四五六七八九十]+[大个项类条座家所]")
_FACILITY = (
    "路",
    "园",
    "区",
    "馆",
    "院",
    "校",
    "中心",
    "站",
    "桥",
    "酒店",
    "基地",
    "公寓",
    "制",
    "项目",
    "食品",
    "咖啡",
    "包装",
)

# How far before a figure a quote and its lead words may reach: keeps a text without punctuation linear.
REACH = 160
# Line breaks, controls, bidirectional marks and separators end a sentence too: no quote may hold one (validate
# refuses them in any string), and a file with CR-only line ends still reads line by line.
BREAKS = "\n\r\x85\u2028\u2029\ufffe\uffff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" + "".join(
    map(chr, [*range(0x00, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20), *range(0x7F, 0xA0)])
)
_SENTENCE_END = "。；;！？!?" + BREAKS
_SENTENCE_END_AT = compile_re(f"[{re.escape(_SENTENCE_END)}]")
_SENTENCE_OR_CLAUSE_END_AT = compile_re(f"[{re.escape(_SENTENCE_END)}，]")
_CLAUSE_END = "，,："
_OPEN = "“（(《「‘"
_CLOSE = "”）)》」’"
_HEADING = compile_re(
    r"^[ \t\u3000]*(?P<number>[一二三四五六七八九十]+)、(?P<title>[^\n。；]{2,40})[ \t\u3000]*$", re.M
)
# A title starts with a capital: "1. build 500 homes" under "We will:" is an item, not a heading.
_EN_HEADING = compile_re(
    r"^[ \t]*(?P<number>[0-9]{1,2}|[IVX]{1,5})\.[ \t]+(?P<title>[^\n.a-z][^\n.]{1,79})[ \t]*$", re.M
)
_YEAR = LazyPattern(r"((?:19|20)[0-9]{2})年")
# A heading naming a span of years (“十三五”时期, five-year, 2016—2020年, 2021-2025) or a review of past work
# (2019年工作回顾) opens a part of other periods' goals and results; the plan's own year ("2016年重点工作") or fiscal
# year ("2016-2017") does not.
_FIVE_YEAR_HEAD = LazyPattern(
    r"“十[一二三四五六七八九]五”|回顾(?![与和及]展望)|(?i:\bfive[- ]year\b)|发展基础|现实基础|发展现状"
)  # 回顾: a part reviewing past work; 发展基础/现状: one stating what stands
_YEARS_HEAD = LazyPattern(r"(?<![0-9])((?:19|20)[0-9]{2})\s*[—–-]+\s*((?:19|20)[0-9]{2})(?![0-9])")


def _other_period(title: str) -> bool:
    """Whether a heading names a span of several years."""
    if _FIVE_YEAR_HEAD.search(title):
        return True
    return any(int(m.group(2)) - int(m.group(1)) > 1 for m in _YEARS_HEAD.finditer(title))


Level = str  # "commitment" | "stretch" | "plain"


class Heading(NamedTuple):
    """A numbered heading of the plan ("一、更高质量抓招商…"): its number, title and the span of its line."""

    number: str
    title: str
    start: int
    end: int


class Span(NamedTuple):
    start: int
    end: int


class Finding(NamedTuple):
    """One target-like phrase: the verbatim quote and what the scanner proposes for it."""

    quote: str  # == text[start:end]
    start: int
    end: int
    level: Level  # commitment (确保) / stretch (力争, 力求, 努力, 争取) / plain
    kind: str  # proposed rule kind: at_least, at_most, between, growth, new_items, pp_change, ranking, milestone, …
    target: float | None = None  # target, target_pct or target_pp; min for between
    unit: str | None = None
    stretch: float | None = None
    exclusive: bool = False
    maximum: float | None = None  # between only
    items: tuple[str, ...] = ()  # named_items only
    deadline: str | None = None  # milestone only: YYYY or YYYY-MM
    scope: str | None = None  # ranking: the field ranked in; comparison: the measure compared with
    heading: Heading | None = None
    measure: str = ""  # the words naming what is measured ("合同外资"), for matching evidence and baselines
    figure: Figure | None = None  # the figure the target was read from
    why: str = ""  # what made it a finding: the commitment word, verb or pattern
    direction: str = ""  # approximately: both, ceiling or floor; planned: both, above or below; decline: about


# ---------------------------------------------------------------------------------------------------------------------
# Structure


def headings(text: str) -> list[Heading]:
    """The plan's numbered headings in order ("一、…", or "1. …" in English)."""
    return list(_headings(text))


@functools.lru_cache(maxsize=2)
def _headings(text: str) -> tuple[Heading, ...]:
    """Read once for a plan that draft, the scan and coverage each ask for (its text is the key: the same string)."""
    found = [Heading(m["number"], m["title"].strip(), start, m.end()) for start, m in _at_line_starts(_HEADING, text)]
    if not found:
        found = _en_headings(text)
    return tuple(found)


def _en_headings(text: str) -> list[Heading]:
    """English numbered headings, less numbered items of a list: a line after one that ends in ":" ("We will:" …
    "1. Build 500 homes") or after such an item."""
    found = []
    item_end = -1
    for start, match in _at_line_starts(_EN_HEADING, text):
        last = start
        while last > 0 and text[last - 1] in " \t\r\n":
            last -= 1
        if last > 0 and (text[last - 1] == ":" or last == item_end):
            item_end = len(text[start : match.end()].rstrip()) + start
            continue
        found.append(Heading(match["number"], match["title"].strip(), start, match.end()))
    return found


_AFTER_BREAK: dict[re.Pattern[str], re.Pattern[str] | None] = {}
_NOT_YET: Any = object()


def _at_line_starts(pattern: re.Pattern[str], text: str) -> list[tuple[int, re.Match[str]]]:
    """pattern.finditer(text) of a pattern that starts with ^ under re.M and matches no line break, as (start, match):
    its matches after the first position looked for as "\\n" + the rest, which `re` skips to in C, where a pattern
    starting with ^ is tried at every character (a third of the cost on a megabyte)."""
    after = _AFTER_BREAK.get(pattern, _NOT_YET)
    if after is _NOT_YET:  # the flags are an enum: testing them costs more than a short text's search
        at_break = pattern.pattern.startswith("^") and pattern.flags & re.MULTILINE
        after = _AFTER_BREAK[pattern] = compile_re("\n" + pattern.pattern[1:], pattern.flags) if at_break else None
    if after is None:
        return [(match.start(), match) for match in pattern.finditer(text)]
    found = []
    first = pattern.match(text)
    if first is not None:
        found.append((0, first))
    for match in after.finditer(text, first.end() if first is not None else 0):
        found.append((match.start() + 1, match))
    return found


def heading_at(heads: list[Heading], position: int) -> Heading | None:
    """The heading a position falls under (None before the first)."""
    index = bisect.bisect_right(heads, position, key=_START)
    return heads[index - 1] if index else None


_START = operator.attrgetter("start")


_SPECIAL: dict[str, re.Pattern[str]] = {}
# The stops within a sentence share one pattern: the loop in _split passes over a character that is not a stop.
# Compiling a class with a Chinese character costs ~0.4 ms each.
_WITHIN_SENTENCE = _CLAUSE_END + "、和及"


def _split(text: str, start: int, end: int, stops: str) -> list[Span]:
    """Spans between stop characters outside brackets and quotation marks, trimmed of white space."""
    pattern = _SPECIAL.get(stops)
    if pattern is None:
        if stops is not _SENTENCE_END and all(char in _WITHIN_SENTENCE for char in stops):
            pattern = _SPECIAL.get(_WITHIN_SENTENCE)
            if pattern is None:
                pattern = _SPECIAL[_WITHIN_SENTENCE] = compile_re(
                    "[" + re.escape(_WITHIN_SENTENCE + _OPEN + _CLOSE) + "]"
                )
            _SPECIAL[stops] = pattern
        else:
            # a full stop ends a sentence only before white space or the text's end (english_stop): "34.5" and "Rs.5"
            # are not looked at
            if stops is _SENTENCE_END:
                pattern = compile_skipping("[" + re.escape(stops + _OPEN + _CLOSE) + r"]|\.(?=\s|\Z)")
            else:
                pattern = compile_re("[" + re.escape(stops + _OPEN + _CLOSE) + "]")
            _SPECIAL[stops] = pattern
    out: list[Span] = []
    depth = 0
    piece = start
    for match in pattern.finditer(text, start, end):
        index = match.start()
        char = text[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == "." and stops is _SENTENCE_END:
            if depth == 0 and english_stop(text, index):
                _trim_into(out, text, piece, index)
                piece = index + 1
        elif char == "," and comma_in_number(text, index):
            continue  # 34,334 and 2,18,000 are one number
        elif char in stops and (depth == 0 or char in BREAKS):
            if char in BREAKS:
                depth = 0
            _trim_into(out, text, piece, index)
            piece = index + 1
    _trim_into(out, text, piece, end)
    return out


def _trim_into(out: list[Span], text: str, start: int, end: int) -> None:
    """text[start:end] less white space at either end, appended to out unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(_NEW_TUPLE(Span, (start, end)))  # Span(start, end) without its __new__'s Python frame


_NEW_TUPLE = tuple.__new__


def sentences(text: str) -> list[Span]:
    """Sentences, split at 。；！？ (and an English full stop before white space) and at line ends."""
    return _split(text, 0, len(text), _SENTENCE_END)


def clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence, split at ， , and ： outside brackets and quotation marks."""
    return _split(text, sentence.start, sentence.end, _CLAUSE_END)  # "1,000": no clause ends inside a number


_FISCAL_HEAD = LazyPattern(r"(?<![0-9])((?:19|20)[0-9]{2})\s*[-–/]\s*((?:19|20)?[0-9]{2})(?![0-9])")
_BARE_YEAR = LazyPattern(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def plan_year(text: str) -> str | None:
    """The year a plan is for, from its opening lines: a year with 年 ("2019年工作计划"), else from a title line the
    first year of a fiscal year ("Budget 2016-2017") or a year standing alone ("July 2013")."""
    period = plan_period(text)
    return period[:4] if period else None


# A five-year plan's name (第十四个五年规划: 2021–2025).
_FIVE_YEAR_NAME = compile_re(r"第十([一二三四五六七八九])个五年规划|“十([一二三四五六七八九])五”规划")


# A company's annual report of one year (2022年年度报告, 2022年度报告, 2022年年报): its plan part is for the next year.
_ANNUAL_REPORT = compile_re(r"年?度报告|年报")


def plan_period(text: str) -> str | None:
    """The period a plan is for, as `plan.period` writes it: 2019, the fiscal year 2016-17, or a five-year plan's
    last year (第十四个五年规划 → 2025) when its name comes before any year."""
    match = _YEAR.search(text[:300])
    named = _FIVE_YEAR_NAME.search(text, 0, match.start() if match else min(len(text), 300))
    if named:
        return str(five_year_plan(named.group(1) or named.group(2))[1])
    if match:
        reported = _ANNUAL_REPORT.match(text, match.end())
        following = str(int(match.group(1)) + 1)
        if reported is not None and f"{following}年" in text:
            return following  # 2022年年度报告's 经营计划 is for 2023, the year it names
        return match.group(1)
    # Without 年, only a title line may give the year: a short line among the first five, not body text.
    head = "\n".join(line for line in text[:600].splitlines()[:5] if len(line.strip()) <= 60)
    fiscal = _FISCAL_HEAD.search(head)
    if fiscal:
        start, end = int(fiscal.group(1)), fiscal.group(2)
        if (int(end) if len(end) == 4 else start // 100 * 100 + int(end)) == start + 1:
            return f"{start}-{end[-2:]}"
    match = _BARE_YEAR.search(head)
    return match.group(1) if match else None


# ---------------------------------------------------------------------------------------------------------------------
# Figures that are targets


_DIGIT = compile_re(r"[0-9０-９]")
_CJK = HAN
_BEFORE_TARGET = compile_re(
    r"(?:控制在|达到|增长|提高|突破|超过|完成|降至|降到|降为|下降|降低|减少|发行|安排|拨付|筹集|保持在)$"
)
_EN_ADJECTIVE_UNITS = frozenset({"more", "additional", "extra", "further"})
_GENERIC_MEASURE = compile_re(r"(?:总数|总量|累计|总计|合计|total|in total)?")
# "This strategy contains 14 actions", "three specific initiatives", "grouped under 11 principles": a plan counting its
# own parts (the English of 八个方面工作).
_EN_PLAN_PARTS = compile_re(
    r"(?i:initiatives|measures|steps|pillars|actions|principles|priorities|themes|objectives|proposals|announcements)"
)


def _plan_parts(figure: Figure) -> bool:
    return bool(figure.unit) and _EN_PLAN_PARTS.fullmatch(head_noun(split_unit(figure.unit).base)) is not None


_ABSTRACT_COUNTED = LazyPattern(
    r"方面|举措|工作|积极性|规定|原则|意识|自信|维护|重点|环节|关系|(?:约束性|预期性|主要)?指标"
)
_LIST_MARK = LazyPattern(r"[、等“和及]")
_NUMBERED_SET = LazyPattern(r"等[0-9０-９]|[和及]")


def _is_chinese_numeral(figure: Figure) -> bool:
    return _DIGIT.search(figure.text) is None and _CJK.match(figure.text) is not None  # "one crore youth" is English


def _in_quotation(text: str, start: int, clause: Span) -> bool:
    """Whether a position sits inside “…” within its clause."""
    before = text[max(clause.start, start - 40) : start]
    return before.count("“") > before.count("”")


def countable(figure: Figure, text: str, clause: Span) -> bool:
    """A figure that can be a target or an outcome: a number with a unit, not a year, date, name, label or idiom."""
    if figure.kind not in (Kind.NUMBER, Kind.FRACTION, Kind.MULTIPLE):
        return False
    if not figure.unit and figure.kind is Kind.NUMBER:
        return figure.qualifier in _BOUNDS and bool(
            _ZH_RATE_HELD.search(text, max(clause.start, figure.start - 8), figure.start)
        )
    base = split_unit(figure.unit).base
    if (
        base in ("年", "周年", "批", "月", "日", "小时", "届")
        and not (base == "年" and not figure.value.is_integer())
        and not (base in _HELD_BASES and figure.qualifier in _HELD_TIME and not _zh_span_lead(text, figure))
    ):
        # 十八届: a congress's ordinal, not a count (受教育年限11.3年 is an amount of years; 车龄控制在8年以内 and
        # 3个工作日以内 set a most)
        return False
    if 1900 <= figure.value <= 2100 and _EN_NAMED_YEAR.search(text, max(0, figure.start - 12), figure.start):
        return False  # "the Finance Bill, 2016 proposes", "procurement policy 2012": a name's year
    if _EN_LABEL.search(text, max(0, figure.start - 12), figure.start):
        return False  # "Annex 2 describes", "Figure 5", "Action 07": a number that names a part of a text
    if _EN_NAMED_PLACE.search(text, max(0, figure.start - 12), figure.start):
        return False  # "complete the Highway 7 twinning": a number in a name
    if _ZH_LABEL.search(text, max(0, figure.start - 4), figure.start):
        return False  # 专栏1, 附表2: a number that names a table or annex of the text
    if _EN_NAMED_NUMBER.search(text, max(0, figure.start - 40), figure.start):
        return False  # "Scope 1 and 2 emissions", "Tier 3 suppliers", "Stage 2": a number in a class's name
    if text.endswith(("per ", "in every ", "for every "), max(0, figure.start - 10), figure.start):
        return False  # "30 litres per 100 kilometres", "0.5 per million hours": the base of a rate, not an amount
    chinese = _is_chinese_numeral(figure)
    if chinese and text.endswith("每", 0, figure.start):
        return False  # 每千人口拥有…托位数, 每万人口…: the base of a rate, not an amount
    if chinese and (figure.value == 1 or _in_quotation(text, figure.start, clause)):
        return False  # 一批, 一个, “一日办”, “百年百项”
    return text[max(clause.start, figure.start - 1) : figure.start] != "”"  # “三服务”… “…”三项攻坚行动


_HELD_TIME = (Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.AT_LEAST)
_HELD_BASES = ("年", "月", "日", "小时")
# 用3年以上时间, 经过两年左右: a span the work takes, not a time held to a bound
_ZH_SPAN_LEAD = LazyPattern(r"(?:用|花|经过|历时|利用)$")


def _zh_span_lead(text: str, figure: Figure) -> bool:
    return _ZH_SPAN_LEAD.search(text, max(0, figure.start - 2), figure.start) is not None or text.startswith(
        "时间", figure.end
    )


# A rate with no unit held to a bound: 百万吨死亡率控制在0.02以下, 不良贷款率不高于1.5 (a bare rate, not a share in %)
_ZH_RATE_HELD = LazyPattern(r"率(?:控制在|保持在|降至|降到|不超过|不高于|低于|不低于|高于|达到)?$")
_EN_LABEL = LazyPattern(
    r"\b(?:Annex(?:ure)?|Appendix|Figure|Fig\.|Table|Chapter|Section|Part|Article|Schedule|Para(?:graph)?|Action|Box"
    r"|Chart|Principle|Phase)\s*$"
)
_ZH_LABEL = LazyPattern(r"(?:专栏|附表|附件|附图|附录)[ \t\u3000]*$")
_EN_NAMED_NUMBER = LazyPattern(
    r"\b(?i:scopes?|tiers?|stages?|grades?|levels?|categor(?:y|ies)|class(?:es)?|types?|zones?|wards?|bands?)"
    r" (?:[0-9]+(?: ?(?:,|and|or|&) ?[0-9]+)*(?: ?(?:,|and|or|&) ?))?$"
)
_EN_NAMED_YEAR = LazyPattern(
    r"\b(?:Act|Bill|Rules|Code|Regulations|[Pp]olicy|Plan|Vision|Agenda|Strategy|Budget|Census|Survey),?\s*$"
)
# A number in a place's or a route's name: "the Highway 7 twinning", "Terminal 2", "Route 66" (no amount).
_EN_NAMED_PLACE = LazyPattern(
    r"\b(?:Highway|Route|Motorway|Interstate|Terminal|Runway|Platform|Pier|Berth|Junction|Exit|Line|Ward|Block|Hall)"
    r"\s+$"
)


def _is_attribute(figure: Figure, text: str, clause: Span, following: Figure | None) -> bool:
    """A figure describing a noun rather than stating a target: 10亿元以上的项目, 5亿元以上企业, 50亿、100亿元项目."""
    if _BEFORE_TARGET.search(text, max(clause.start, figure.start - 4), figure.start):
        return False  # 控制在5万吨标准煤以内: a verb right before the figure makes it the target
    after = text[figure.end : figure.end + 1]
    if after == "的":  # 10亿元以上的项目: a size class; 新建10所以上的学校: the count of what is built
        return not (
            split_unit(figure.unit).base in COUNTERS
            and _BUILDS_COUNT.search(text, max(clause.start, figure.start - 4), figure.start)
        )
    if following is not None and text[figure.end : following.start] == "、" and following.unit == figure.unit:
        return _is_attribute(following, text, clause, None)
    base = split_unit(figure.unit).base
    if (
        base in COUNTERS
        and figure.text.endswith(("以上", "以下"))
        and _CJK.match(after)
        and after not in ("等", "和", "及", "的")
        and not _NOT_A_NOUN_AFTER.match(text, figure.end)
        and _ENDS_CLASS.search(text, max(clause.start, figure.start - 12), figure.start)
    ):
        return True  # 全面消除66人以上超大班额: the size class of what is ended (推动1000家以上企业 counts them)
    if base in COUNTERS or figure.end >= clause.end:
        return False
    if _NOT_A_NOUN_AFTER.match(text, figure.end):
        return False  # 3.6%以上安排, 2万亿元全部转给地方: a verb or adverb follows, the figure is the amount
    if _money(figure.unit) and _funds_after(text, figure.end) and _SETS_FUNDS.search(text, clause.start, figure.start):
        return False  # 安排1000亿元专项奖补资金, 将2.8万亿元中央财政资金: the amount set, not the funds' size class
    return bool(_CJK.match(after)) and after not in ("等", "和", "及")


# The size of a named thing delivered, not an amount to reach: 抽水蓄能电站（装机120万千瓦）, "the Kestrel duplication
# (42 km)", 2×66万千瓦电厂 (two units of 66万千瓦), "a Rural Crime Team of 12 officers".
_SIZE_OPENS = LazyPattern(r"(?<=\w)\s?[（(][\w ]{0,8}$")  # \w: Han characters too
_SIZE_CLOSES = LazyPattern(r"[）)]")
_TARGET_OPENS = LazyPattern(r"\s?[（(]\s*(?:(?i:target|goal|aim)|目标值?)")
_NAMED_BODY_OF = LazyPattern(r"\b(?:a|an|the|our|its|their|new)\s+(?:[A-Z][\w'’-]*\s+){1,5}of\s+$")
_TIMES_SIGN = ("×", "x", "X", "*")


def _sized_thing(text: str, clause: Span, figure: Figure) -> bool:
    """Whether a figure gives the size of a named thing (a facility, a unit, a body) rather than a target."""
    start, end = figure.start, figure.end
    if text.endswith(_TIMES_SIGN, 0, start) and start - 1 > clause.start and text[start - 2].isdigit():
        return True  # 2×66万千瓦: the size of each of two units
    if figure.text.endswith("×") or (end < len(text) and text[end] in "×" and text[end + 1 : end + 2].isdigit()):
        return True  # the 2 of 2×66万千瓦
    lead = text[max(clause.start, start - 12) : start]
    if ("(" in lead or "（" in lead) and (opened := _SIZE_OPENS.search(lead)) and _SIZE_CLOSES.match(text, end):
        return _TARGET_OPENS.match(opened.group()) is None  # "waits (target 92%)": the target, not a size
    return (
        text.endswith("of ", 0, start) and _NAMED_BODY_OF.search(text, max(clause.start, start - 80), start) is not None
    )


# A count that is the subject of a present statement (a scope at most before it): 全国近3亿人领取养老金.
_ZH_SUBJECT_LEAD = LazyPattern(r"(?:全国|全省|全市|全区|全县|我国|各地|城乡)?(?:共有|有|近|约|超过|逾)?")


# A figure inside a 的-phrase that describes the clause's object: 完善一对夫妇可生育两个孩子的配套政策.
def _zh_describes_after(text: str, start: int, end: int) -> bool:
    """text[start:end] is up to 8 characters with no clause stop, 的, and 1-16 Han characters or quotes: 的配套政策."""
    of = text.find("的", start, end)
    return (
        of != -1
        and of - start <= 8
        and not any(char in "，,；;。" for char in text[start:of])
        and 1 <= end - of - 1 <= 16
        and all("\u4e00" <= char <= "\u9fff" or char in "“”" for char in text[of + 1 : end])
    )


def _zh_described(text: str, clause: Span, figure: Figure) -> bool:
    """A Chinese figure that states what is (the subject of a statement) or describes a noun under a verb that sets no
    amount, rather than a target of the plan."""
    if not _CJK.match(text, figure.end):
        return False
    if _ZH_SUBJECT_LEAD.fullmatch(text, clause.start, figure.start) and not text.startswith(
        _ZH_BOUND_AFTER, figure.end
    ):
        return True
    lead = max(clause.start, figure.start - REACH)
    return bool(
        _zh_describes_after(text, figure.end, clause.end)
        and not _VERB.search(text, lead, figure.start)
        and not _COMMITMENT.search(text, lead, figure.start)
        and not _FRONTED.search(text, lead, figure.start)
    )


_ZH_BOUND_AFTER = ("以上", "以下", "左右", "以内", "的", "等", "和", "及", "、")
_FRONTED = LazyPattern(r"将|把")  # 将18项收费的免征范围，扩大到…: the object stands before its verb, in the next clause


# Verbs that end a class of things (消除66人以上超大班额, 淘汰30万千瓦以下机组): a size after them names the class.
_ENDS_CLASS = LazyPattern(r"消除|清零|杜绝|取消|淘汰|关停|关闭|退出|整治")
_BUILDS_COUNT = LazyPattern(r"(?:新建|新增|建成|培育|引进|创建|建设|打造)$")
# What may follow an amount that states it rather than describes a noun: a verb of allocation or an adverb.
_NOT_A_NOUN_AFTER = compile_re(r"(?:以上|以下|左右|以内)?(?:安排|全部|均|分别|用于|投入|下达|支持|扶持)")
# A clause that only compares the figure before it with the previous year: no measure of its own.
_ZH_COMPARED_TO = LazyPattern(r"(?:比|较|同比|与)(?:去年|上年度?|前一年|上一年)?(?:同期)?(?:相比)?")
_COMPARED_ONLY = LazyPattern(
    r"(?:比|较|同比)(?:去年|上年度?|前一年|上一年)?(?:增加|减少|增长|提高|下降|降低|多|少|扩大|压减)"
)
# Terms a plan sets, not levels it is to reach: a distribution per share (每10股派发现金红利3.5元), the legal cap of a
# share issue (募集资金总额不超过15亿元: the issue is the goal), what a rule grants each recipient
# (对新认定的…企业给予一次性奖励100万元), how often the plan reports its progress.
_EN_TO = compile_re(r"\s+to\s+")
_ZH_TERMS_NOT_TARGETS = LazyPattern(
    r"每[0-9０-９一二三四五六七八九十]+股(?:派|送|转增|分配)"
    r"|募集资金(?:总额|规模)?(?:不超过|不高于|上限为?)?$"
    r"|^对[^，；。]{2,40}?给予(?:一次性|最高|不超过)?(?:奖励|补助|补贴|资助|奖补)[^，；。]{0,4}$"
    r"|每(?:季度|半年|年|月|周)[^，；。]{0,12}?(?:报告|报送|通报|汇报)$"  # 每半年向市政府报告2次: how often it reports
    # what a project is (总投资3.2亿元, 规划建设规模60个班, 设计库容1.2亿立方米) and a standard in force
    # (资助标准为每生每年1000元)
    r"|总投资(?:约|为|达|超过)?$|(?:规划|设计)[^，,；;。\s0-9]{0,6}?(?:规模|能力|库容|容量)(?:为|达|约)?$"
    r"|标准(?:为|是)(?:每[^，,；;。\s0-9]{1,6})?$"
)
# A part of a figure the clause before stated as a result (全省现有考核断面106个，其中长江流域78个): a result too.
_PART_OF = LazyPattern(r"[\s，,]*(?:其中|of (?:which|them|these)\b|including\b)")
# A figure after "down from"/"up from", or a clause of "from" alone after a target (", from 31.4 in 2024"): the level
# the target comes from, stated after it.
# …or right after a comparison word ("40 seconds, as opposed to 90 seconds now", "£5 compared with £7"): the other side
_EN_BASE_AFTER = LazyPattern(
    r"\b(?:(?:down|up)\s+from|as\s+opposed\s+to|compared\s+(?:with|to)|versus|vs\.?)\s*$", re.IGNORECASE
)
_EN_CHANGE_OF = LazyPattern(
    r"[\s,;]*(?:an?\s+)?(?:increase|rise|growth|decrease|fall|drop|decline|reduction|cut)\s+of\s+", re.IGNORECASE
)
_EN_TO_LEVEL = LazyPattern(r"[\s,;]*(?:to|reaching)\s+", re.IGNORECASE)
_EN_ROLLED_OUT = LazyPattern(
    r"\b(?:launch|open|complete|finish|roll(?:s|ed|ing)? out|introduc|install|deploy|set(?:s|ting)? up|implement"
    r"|go(?:es)? live|switch(?:es|ed)? on|make available)\w*",
    re.IGNORECASE,
)
_EN_IN_ALL = LazyPattern(r"\b(?:in|across|at)\s+(?:all|each of|every one of)(?:\s+the)?\s+$", re.IGNORECASE)
_EN_DEFINITE = LazyPattern(r"\b(?:the|its|this|that)\s+$", re.IGNORECASE)
_EN_COSTED_THING = LazyPattern(
    r"(?:\s+[\w’'-]+){1,5}?\s+(?:scheme|project|programme|program|facility|centre|center|building|bridge|bypass|road"
    r"|upgrade|line|works|campus|hospital|plant|reservoir|station|tunnel|terminal|stadium)s?\b"
)
_EN_APPOSITIVE = LazyPattern(r"[\s,;]*an?\s+", re.IGNORECASE)
_EN_CHANGE_NOUN = LazyPattern(r"\s+(?:reduction|cut|fall|decrease|drop|decline|increase|rise|improvement)\b")
_EN_FROM_ONLY = LazyPattern(r"[\s,;]*(?:(?:down|up)\s+)?from\s+", re.IGNORECASE)
_PAIRED = compile_re(r"\s*(?:和|、|及|与|and|or)\s*")
_SETS_FUNDS = LazyPattern(r"安排|拨付|发行|下达|投入|设立|新增|增加|将|拟")
# 发放各类学生资助资金3800万元, 下达…补助经费: the funds named before their amount, paid out or allotted
_FUNDS_PAID = LazyPattern(r"(?:安排|拨付|下达|发放|投入)[^，；。0-9]{0,12}?(?:资金|经费|补助|补贴|奖补)$")
_FUNDS_AFTER_WORDS = ("资金", "国债", "债券", "基金", "补助", "经费", "贷款", "专项")


def _funds_after(text: str, at: int) -> bool:
    """A word of funds follows `at`, after at most six Han characters (2.8万亿元中央财政资金)."""
    for skip in range(7):
        if text.startswith(_FUNDS_AFTER_WORDS, at + skip):
            return True
        if not "\u4e00" <= text[at + skip : at + skip + 1] <= "\u9fff":
            return False
    return False


def _pieces(text: str, clause: Span, figures: list[Figure]) -> list[Span]:
    """A clause cut at 、 between figure-bearing parts: 腾退、回收、盘活低效用地2000亩 | 低效企业30家以上."""
    if len(figures) < 2 or text.find("、", clause.start, clause.end) == -1:
        return [clause]
    parts = _split(text, clause.start, clause.end, "、")
    has = [bool(group) for group in _by_span(figures, parts)]
    pieces: list[Span] = []
    pending: int | None = None
    for part, figured in zip(parts, has, strict=True):
        start = part.start if pending is None else pending
        if figured:
            pieces.append(Span(start, part.end))
            pending = None
        else:
            pending = start
    if pending is not None:
        if pieces:
            pieces[-1] = Span(pieces[-1].start, clause.end)
        else:
            pieces.append(Span(pending, clause.end))
    return pieces


@functools.lru_cache(maxsize=4)
def _commitment_words(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """Every commitment word of a text, found once: the reader asks for them clause by clause, many times over."""
    if not _words_apart():
        found = list(_COMMITMENT.finditer(text))
        return [match.start() for match in found], found
    english = _EN_COMMITMENT_WORDS.finditer(text)
    chinese = _ZH_COMMITMENT_WORDS.finditer(text) if HAN.search(text) else ()
    found = []
    end = 0
    # _COMMITMENT.finditer takes the first match from where the last ended; no two of these start at one place, and a
    # Chinese word inside an English one's \w* ("will确保") is passed over as it would be
    for match in sorted([*english, *chinese], key=_MATCH_START):
        if match.start() >= end:
            found.append(match)
            end = match.end()
    return [match.start() for match in found], found


_MATCH_START = operator.methodcaller("start")


@functools.cache
def _words_apart() -> bool:
    """Whether the commitment words can be found in two passes as _COMMITMENT finds them in one: no character starts
    both a Chinese and an English one, and each Chinese word is all word characters (so one inside an English word's
    \\w* ends within it)."""
    zh, en = initials(_ZH_COMMITMENT_WORDS._pattern), initials(_EN_COMMITMENT_WORDS._pattern)
    return (
        zh is not None
        and en is not None
        and not zh & en
        and all(re.fullmatch(r"\w+", word) for word in COMMITMENT_WORDS)
        and all(HAN.search(word) for word in COMMITMENT_WORDS)
    )


def _commitment_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The commitment words in text[start:end], as _COMMITMENT.finditer(text, start, end) finds them."""
    starts, found = _commitment_words(text)
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, first)
    if (first and found[first - 1].end() > start) or (last > first and found[last - 1].end() > end):
        return list(_COMMITMENT.finditer(text, start, end))  # a word across an end of the span: read the span alone
    return found[first:last]


def _commitment(text: str, start: int, end: int, besides: Level = "") -> tuple[Level, int, str] | None:
    """The last commitment word in text[start:end] (not of level `besides`): its level, where it starts and the word."""
    for match in reversed(_commitment_matches(text, start, end)):
        word = match.group()
        lowered = word.lower()
        level = _word_level(lowered)
        if level is None or level == besides:
            continue  # "we have ensured that …": a result
        if lowered == "would" and not _REPORTED_PLEDGE.search(text, max(start, match.start() - 120), match.start()):
            continue  # "This would help …": a hope or a condition; "announced that it would launch": a pledge
        return level, match.start(), word
    return None


@functools.lru_cache(maxsize=1024)
def _word_level(word: str) -> Level | None:
    """The level a commitment word (lower case) pledges, None for a past one ("ensured"): a plan has few such words,
    each asked for many times."""
    if word in _EN_PAST_PLEDGE:
        return None
    return COMMITMENT_WORDS.get(word) or next(
        (lvl for key, lvl in _EN_COMMITMENT.items() if word.startswith(key)),
        _speech_level(word),
    )


def _speech_level(word: str) -> Level:
    """The level of a speech's own pledge word: "propose to"/"plan to" plan (the README's planned: 拟, plan to);
    "decided to"/"intend to" commit."""
    if word.startswith(("propos", "plan")):
        return "planned"
    return "commitment" if word.endswith(" to") else "stretch"


# "would" is a pledge reported: "HMRC announced that it would be the first …", "agreed that departments would …".
_REPORTED_PLEDGE = LazyPattern(
    r"\b(?:announced|confirmed|agreed|decided|promised|pledged|committed|undertook)\s+that\b[^.;:!?]*$", re.IGNORECASE
)
_EN_BARE_WORD = compile_re(r"(?i:will|shall|must)(?i:\s+(not))?\W*")
# Words that pledge nothing: past pledges (results) and 预期寿命 (a measure's name).
_EN_PAST_PLEDGE = frozenset({"ensured", "strived", "endeavoured", "endeavored", "sought to", "aimed to", "预期寿命"})
_EN_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "we will shall to strive ensure aim seek try increase increased raise grow reduce cut keep kept hold limit by "
        "and or at least most be the a an of in on for reach achieve make sure new more than over up below under "
        "within around about nearly than",
    )
)


_EN_WORD = LazyPattern(r"[A-Za-z][A-Za-z-]*")
_TRAILING = (
    "达到",
    "达",
    "增长",
    "增加",
    "提高",
    "提升",
    "突破",
    "超过",
    "超",
    "不少于",
    "控制在",
    "为",
    "至",
    "到",
    "的",
    "等",
    "在",
    "上",
    # a verb of holding a level: 森林覆盖率稳定在60%以上 measures 森林覆盖率
    "稳定",
    "保持",
    "维持",
    # a commitment word after the measure's subject: 营业收入力争达到68亿元 measures 营业收入
    "力争",
    "确保",
    "力求",
    "争取",
    "努力",
)
_TRAILING_WORDS = LazyPattern("(?:" + "|".join(_TRAILING) + ")+$")
_TRAILING_LAST = frozenset(word[-1] for word in _TRAILING)  # a phrase ending otherwise has none (most: one look)


def strip_measure(words: str) -> str:
    """The measure words of a phrase: leading verbs, adverbs and commitment words and trailing comparators removed."""
    if not _CJK.search(words):  # English, also with ’ ₹ £ or – in it
        kept = [w for w in _EN_WORD.findall(words) if w.lower() not in _EN_FUNCTION_WORDS]
        return " ".join(kept)
    words = _LEAD.sub("", words.strip(" “”"))
    if words[-1:] in _TRAILING_LAST or (
        words[-2:-1] in _TRAILING_LAST and words.endswith("\n")
    ):  # $ is before a \n too
        words = _TRAILING_WORDS.sub("", words)
    return words.strip(" “”（）()")


class _Context:
    """What one clause hands on to the next in its sentence: the commitment level and governing verb."""

    __slots__ = (
        "_states",
        "delivering",
        "level",
        "measure",
        "pledged",
        "sentence",
        "start",
        "told_result",
        "unit",
        "verb",
        "whole",
        "why",
        "year",
    )

    def __init__(self, sentence: str = "", pledged: bool = False, start: int = 0) -> None:
        self.sentence = sentence
        self.start = start  # where the sentence starts in the text
        self.pledged = pledged  # a bullet under a pledging lead-in
        self._states: bool | None = None
        self.level: Level = "plain"
        self.verb = ""
        self.why = ""
        self.measure = ""  # the last numeric finding's measure words, for a clause that only says 总数
        self.unit = ""  # the base unit of the last numeric finding, for a clause that only compares it (比去年增加…)
        self.delivering = False  # the last clause with a verb opened with a delivery verb (推进/建成…)
        self.year: str | None = None  # the plan's own year: a sentence opening on an earlier one tells results
        self.told_result = False  # the last clause that asked was a result (其中… after it is a part of it)
        self.whole: str | None = None  # the sentence from before its ；-part's start, when asked (see _told)

    @property
    def states(self) -> bool:
        """Whether the sentence's own markers leave a clause with none free to state a target (read once, when a
        figure first asks: most sentences have none)."""
        if self._states is None:
            self._states = sentence_states(self.sentence)
        return self._states


def scan(text: str, year: str | None = None, figures: Sequence[Figure] | None = None) -> list[Finding]:
    """Every target-like phrase of a plan, in order. Linear in len(text); never raises on any text.

    figures: read_figures(text), when the caller has read them already."""
    heads = headings(text)
    year = year or plan_year(text)
    all_figures = _readable(read_figures(text) if figures is None else figures)
    findings: list[Finding] = []
    cursor = 0
    elsewhere = {head.start for head in heads if _other_period(head.title)}
    if len(elsewhere) == len(heads):  # every part is on a span of years: the plan is that multi-year plan itself
        elsewhere = set()
    lead: _Lead | None = None  # the English list lead-in ("We will:") whose bullets follow
    in_item = False  # the sentence before was a bullet of that lead-in or on a bullet's line
    described = False  # that lead-in's first bullet says what its subject is or has: the list describes a role
    lead_in: tuple[Level, str] | None = None  # a lead-in line's level word, for lines that are no bullets
    previous: Span | None = None
    skip_until = -1
    inline: _Lead | None = None  # an English list written on one line ("We will: (a) …; (b) …")
    in_targets = False  # the sentence before was an item of a ；-list of targets
    targets_word: tuple[Level, str] | None = None  # that list's lead-in level, when its first item opens on one
    table = indicators(text) if "\n" in text else []  # a plan's 专栏 of indicators or tasks: one goal a row
    row_at = 0
    head_at = 0  # heading_at(heads, sentence.start), read on as the sentences come in order
    for sentence in sentences(text):
        while head_at < len(heads) and heads[head_at].start <= sentence.start:
            head_at += 1
        head = heads[head_at - 1] if head_at else None
        while row_at < len(table) and table[row_at].end <= sentence.start:
            row_at += 1
        if row_at < len(table) and table[row_at].start <= sentence.start:
            row = table[row_at]
            if sentence.start == row.start or text[row.start : sentence.start].strip(" \t|｜") == "":
                findings.extend(_table_row(text, row, all_figures, head, year))
            while cursor < len(all_figures) and all_figures[cursor].start < sentence.end:
                cursor += 1
            previous = sentence
            continue
        if previous is not None and text.count("\n", previous.end, sentence.start) > 1:
            lead_in = None  # a blank line ends a list
        if head is not None and (sentence.start < head.end or head.start in elsewhere):
            lead_in = None
            continue  # the heading line itself, or a part on a span of years the plan's year is one of
        figs: list[Figure] = []
        while cursor < len(all_figures) and all_figures[cursor].start < sentence.end:
            if all_figures[cursor].start >= sentence.start:
                figs.append(all_figures[cursor])
            cursor += 1
        if sentence.start < skip_until:
            previous = sentence
            continue  # an item of a list drafted whole
        item = None
        if not _starts_line(text, sentence.start):
            if lead is not None and not lead.level and in_item:  # "* provided help …; so far we've recruited 11"
                item = lead._replace(start=sentence.start)
        elif lead is not None and (bullet := (_BULLET if not lead.level else _MARKER).match(text, sentence.start)):
            if lead.level and not in_item and _EN_STATE_ITEM.match(text, bullet.end()):
                described = True  # "These Service Managers will:" + "- be experienced leaders": a role, no acts
            item, in_item = lead._replace(start=bullet.end()), True
        else:
            lead, in_item, described = None, False, False
        if described and in_item:
            previous = sentence
            continue
        carried = lead_in if item is None else None
        if carried is None and item is None and previous is not None and _OF_WHICH.match(text, sentence.start):
            carried = _level_word(text, previous)
        before, previous = previous, sentence
        body = text[sentence.start : sentence.end].rstrip()
        ends_list = body.endswith(("。", ".")) or text[sentence.end : sentence.end + 1] in ("。", ".")
        line_ends = _ends_line(text, sentence.end)
        if line_ends and (listed := _object_list(text, sentence, before, head)) is not None:
            if listed.start < sentence.start:  # "These will include:": the goal is the sentence before's, one goal
                while findings and findings[-1].start >= listed.start:
                    findings.pop()
            findings.append(listed)
            lead, in_item, lead_in, skip_until, described = None, False, None, listed.end, False
            continue
        if line_ends and (opened := _lead_in(text, sentence)) is not None:
            lead, in_item, described = opened, False, False
            if lead.level:
                lead_in = None
                continue  # "Government Digital Service will:": its bullets are the goals, not the lead-in
        items = None
        if inline is not None and item is None and (mark := _INLINE_NEXT.match(text, sentence.start)) is not None:
            items = _inline_items(text, mark.end(), sentence.end)  # "; (b) open 20 clinics": the list goes on
        elif item is None and _INLINE_FIRST.search(text, sentence.start, sentence.end) is not None:
            inline, items = _inline_lead(text, sentence)  # "We will: (a) build 500 homes; (b) …"
        else:
            inline = None
        if inline is not None and items:
            for span in items:
                inside = [f for f in figs if span.start <= f.start < span.end]
                findings.extend(_scan_sentence(text, span, inside, head, year, inline._replace(start=span.start)))
            continue
        found = _scan_sentence(text, sentence, figs, head, year, item, carried, in_targets, targets_word)
        findings.extend(found)
        # a list of targets whose items end in ；: the items after one with a figure are targets too
        in_targets = text.startswith("；", sentence.end) and (in_targets or any(f.target is not None for f in found))
        if not in_targets:
            targets_word = None
        elif targets_word is None and found and found[0].level != "plain":
            colon = text.find("：", sentence.start, found[0].start)
            if colon != -1:  # 主要预期目标是：…；…；…: the lead-in's level word governs every item
                targets_word = _level_word(text, Span(sentence.start, colon))
        if body.endswith(("：", ":")):
            lead_in = _level_word(text, sentence)
        elif ends_list:
            lead_in = None
    return [_without_conjunction(text, f) for f in _without_restatements(findings) if not _zh_restated(text, f)]


_TABLE_CELL = compile_re(
    r"^[〔\[［【(（]?\s*(?P<pre><=|>=|[<>≤≥＜＞]|不低于|不少于|不超过|不高于|低于|高于|超过|少于)?\s*"
    r"(?P<num>-?[0-9]+(?:\.[0-9]+)?)\s*(?P<post>左右|以上|以下|以内)?\s*[〕\]］】)）]?$"
)
_TABLE_FALLS = compile_re(r"降低|下降|减少|压减|削减")
_TABLE_RISES = compile_re(r"增长|增速|增加")
_TABLE_MOVE = compile_re(r"(?:年均)?(?:增长|增速|降低|下降|减少)(?:率)?$")
_TABLE_UNIT = compile_re(r"\s*[（(][^（）()]{1,12}[）)]\s*$")
_TABLE_DUE = compile_re(r"((?:19|20)[0-9]{2})年(?:(1[0-2]|[1-9])月)?")


def _table_row(
    text: str, row: Indicator, figures: Sequence[Figure], head: Heading | None, year: str | None
) -> list[Finding]:
    """The goal of one row of a plan's table: the target year's cell (else the 年均/累计 cell) read by its own signs
    (〔〕 a five-year total, < a ceiling, 以上 a floor, 左右 about), the 指标 naming the measure, the 属性 the level
    (约束性 binding, 预期性 expected) and a fall in the name (…降低) a decline; a task row is read as a clause, due
    at its 完成时限."""
    level = "binding" if "约束" in row.attribute else "expected" if "预期" in row.attribute else "plain"
    quote_start = row.start + len(text[row.start : row.end]) - len(text[row.start : row.end].lstrip(" \t|｜"))
    quote_end = row.end - (len(text[row.start : row.end]) - len(text[row.start : row.end].rstrip(" \t|｜")))
    if row.column == "task":
        task = Span(row.name_start, row.name_start + len(row.name))
        inside = [f for f in figures if task.start <= f.start and f.end <= task.end]
        found = _scan_sentence(text, task, inside, head, year, None, ("plain", "重点任务"))
        due = _TABLE_DUE.search(row.due)
        if due is not None:
            when = f"{due.group(1)}-{int(due.group(2)):02d}" if due.group(2) else due.group(1)
            found = [f._replace(deadline=when) if f.kind == "milestone" else f for f in found]
        return found
    cell = _TABLE_CELL.match(row.target.strip())
    if cell is None:
        return []
    figure = next((f for f in figures if row.target_at <= f.start < row.target_at + len(row.target)), None)
    value = float(cell.group("num"))
    pre, post = cell.group("pre") or "", cell.group("post") or ""
    name = _TABLE_UNIT.sub("", row.name)
    measure = _TABLE_MOVE.sub("", name) or name  # 地区生产总值增长: the measure is what grows, as prose names it
    unit = PERCENT if row.unit in ("%", "％") else row.unit
    falls = _TABLE_FALLS.search(name) is not None
    rate = row.column == "rate" and _TABLE_RISES.search(name) is not None and unit == PERCENT
    try:
        base: float | None = float(row.base)
    except ValueError:
        base = None
    finding = Finding(
        text[quote_start:quote_end],
        quote_start,
        quote_end,
        level,
        "at_least",
        value,
        unit,
        heading=head,
        measure=measure,
        figure=figure,
        why=row.attribute or "专栏",
    )
    if pre in ("<", "＜", "低于", "少于"):
        return [finding._replace(kind="at_most", exclusive=True)]
    if pre in ("<=", "≤", "不超过", "不高于") or post in ("以下", "以内"):
        return [finding._replace(kind="at_most")]
    if pre in (">", "＞", "高于", "超过"):
        return [finding._replace(exclusive=True)]
    if pre in (">=", "≥", "不低于", "不少于") or post == "以上":
        return [finding]
    if post == "左右":
        ceiling = _CEILING_MEASURE.search(name) is not None
        direction = "floor" if falls or rate else "ceiling" if ceiling else "both"
        return [finding._replace(kind="approximately", direction=direction)]
    if falls:
        return [finding._replace(kind="decline")]
    if rate:
        return [finding._replace(kind="growth")]
    if row.column == "level" and ((base is not None and value < base) or _CEILING_MEASURE.search(name)):
        return [finding._replace(kind="at_most")]
    return [finding]


# How far back a pledge's words are looked for: a restatement follows its goal within a part of the plan.
_RESTATED_REACH = 3000
_ZH_PLEDGE_WORDS = ("确保", "力争", "力求", "努力", "争取")


def _zh_pledge_object(quote: str) -> str | None:
    """What the first pledge word that ends the quote with 6-16 Han characters pledges (确保剩余贫困人口全部脱贫),
    after 完成/实现 if they lead it."""
    end = len(quote) - quote.endswith("\n")  # where `$` would stand
    for at in range(max(0, end - 20), end):
        if quote.startswith(_ZH_PLEDGE_WORDS, at):
            starts = (at + 4, at + 2) if quote.startswith(("完成", "实现"), at + 2) else (at + 2,)
            for start in starts:
                if 6 <= end - start <= 16 and _han_only(quote[start:end]):
                    return quote[start:end]
    return None


def _zh_restated(text: str, finding: Finding) -> bool:
    """A Chinese pledge with no figure whose end (its noun and predicate: 贫困人口全部脱贫) the plan has already
    stated shortly before (现行标准下农村贫困人口全部脱贫 … 确保剩余贫困人口全部脱贫): one goal, not two."""
    if finding.kind != "judged" or finding.figure is not None:
        return False
    pledged = _zh_pledge_object(finding.quote)
    if pledged is None:
        return False
    tail = pledged[-6:]
    at = text.rfind(tail, max(0, finding.start - _RESTATED_REACH), finding.start)
    if at == -1:
        return False
    clause_start = max(text.rfind(stop, 0, at) for stop in "，。；\n") + 1
    return _ZH_AIM.search(text, clause_start, at) is None  # 紧扣…目标任务 names an aim, it states no goal


_ZH_AIM = LazyPattern(r"紧扣|围绕|着眼|聚焦|瞄准|对标|面向|按照|根据")


# A list's lead-in line ("今年发展的主要预期目标是：", "It will:") gives its level to the lines after it, up to a full
# stop, a blank line or a heading; a sentence that opens with "of which" (其中，…) keeps the level of the one before.
_OF_WHICH = compile_re(r"\s*(?:其中|(?i:(?:of|out of) (?:this|which|these|that)\b))")


def _level_word(text: str, sentence: Span) -> tuple[Level, str] | None:
    word = _commitment(text, sentence.start, sentence.end)
    return None if word is None else (word[0], word[2])


_GENERIC_WORDS = LazyPattern(
    r"预期目标|目标|设定为|设定|今年|全年|增速|速度|的|有|(?i:\b(?:target|goal|growth|rate)s?\b)"
)


_BULLET = LazyPattern(r"[*•·–-][ \t]+(?=\S)")
# Under a pledging lead-in a numbered or lettered item is a bullet too ("We will:" … "1. build", "(a) open"); elsewhere
# "13." numbers a paragraph and "(i) Agriculture: …" names a part of a speech.
_MARKER = LazyPattern(r"(?:[*•·–-]|[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+(?=\S)")
# A lead-in whose commitment word is its last (the bullets supply the verbs): "We will:", "Government Digital Service
# will continue to:", "In the next 3 months, we plan to:". One that ends in a verb of its own ("we will have:", "it will
# require services to:") lists objects or conditions, not acts.
_EN_LEAD_IN = LazyPattern(
    r"\b(?P<word>will|shall|must|plans? to|intends? to|aims? to|seeks? to|strives? to)"
    r"(?:\s+(?:also|further|now|then|continue to|\w+ly))*\s*:$",
    re.IGNORECASE,
)


_EN_AIMS_LEAD = LazyPattern(
    r"\b(?:targets?|goals|objectives|priorities|aims|commitments|milestones|deliverables)\b(?=[^.]{0,40}:$)",
    re.IGNORECASE,
)


class _Lead(NamedTuple):
    """An English list lead-in: the level and word it pledges its bullets with ("" for a lead-in that pledges
    nothing: "The programme is:", "in the 3 months between April and June, we:"), and where an item's words start."""

    level: Level
    why: str
    start: int = 0


def _starts_line(text: str, position: int) -> bool:
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] in BREAKS


def _ends_line(text: str, position: int) -> bool:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position == len(text) or text[position] in BREAKS


def _lead_in(text: str, sentence: Span) -> _Lead | None:
    """The list lead-in a sentence ending in ":" opens (None for any other sentence or a Chinese one)."""
    if text[sentence.end - 1] != ":" or _CJK.search(text, sentence.start, sentence.end):
        return None
    body = text[max(sentence.start, sentence.end - REACH) : sentence.end]
    match = _EN_LEAD_IN.search(body) or _EN_OBJECT_LEAD.search(body)  # "We will build:" + "- 500 homes": counts
    if match is None:
        aims = _EN_AIMS_LEAD.search(body)  # "Key priorities for 2025 are:", "Our targets:": the bullets are the goals
        return _Lead("commitment", aims.group()) if aims is not None else _Lead("", "")
    if not pledges(body[: match.start()], body[match.start() :]):
        return _Lead("", "")
    word = match.group("word").lower()
    level = "stretch" if word.startswith(("aim", "seek", "strive")) else "commitment"
    return _Lead(level, match.group("word"))


# A list on one line: a pledge, then lettered or numbered items in brackets ("We will: (a) build 500 homes; (b) open
# 20 clinics; and (c) publish a strategy", "The council will (i) build …, (ii) open … and (iii) publish …").
_INLINE_LEAD = LazyPattern(
    r"\b(?P<word>will|shall|must|plans? to|propose to|intends? to|aims? to|seeks? to)"
    r"(?:\s+(?:also|further|now|then|continue to|\w+ly))*\s*:?\s*\((?:a|i|1)\)\s+",
    re.IGNORECASE,
)
_INLINE_FIRST = compile_re(r"\((?:a|i|1)\)")  # found first: `re` scans for its "(" alone
_INLINE_MARK = compile_re(r"\s*[;,]?\s*(?:and\s+|or\s+)?\((?:[b-z]|[ivx]{1,4}|[2-9])\)\s+")
_INLINE_NEXT = compile_re(r"(?:and\s+|or\s+)?\((?:[b-z]|[ivx]{1,4}|[2-9])\)\s+")


def _inline_lead(text: str, sentence: Span) -> tuple[_Lead | None, list[Span] | None]:
    """The pledge of a list written on one line and the spans of its items in this sentence (None, None if none)."""
    match = _INLINE_LEAD.search(text, sentence.start, sentence.end)
    if match is None or _CJK.search(text, sentence.start, sentence.end):
        return None, None
    if not pledges(text[sentence.start : match.start()], text[match.start() : sentence.end]):
        return None, None
    word = match.group("word").lower()
    level = "stretch" if word.startswith(("aim", "seek")) else "commitment"
    return _Lead(level, match.group("word")), _inline_items(text, match.end(), sentence.end)


def _inline_items(text: str, start: int, end: int) -> list[Span]:
    """The items of a one-line list from its first item's words to `end`, cut at the next markers."""
    out: list[Span] = []
    for mark in _INLINE_MARK.finditer(text, start, end):
        _trim_into(out, text, start, mark.start())
        start = mark.end()
    _trim_into(out, text, start, end)
    return [Span(span.start, span.end - 1) if text[span.end - 1] in ".;," else span for span in out]


# A lead-in whose pledge ends in a verb of having or making lists that verb's objects ("Once discovery is complete we
# will have:", "These will include:", "We will publish:"): the bullets are named items of one goal.
_EN_OBJECT_LEAD = LazyPattern(
    r"\b(?P<word>will|shall|must)\s+(?:also\s+|\w+ly\s+)*(?:have|include|comprise|cover|contain|feature|produce"
    r"|publish|deliver|set up|establish|launch|introduce|provide|create|develop|build|construct|open|complete|hire"
    r"|recruit|train|upgrade|connect)\s*:$",
    re.IGNORECASE,
)
_EN_DEMONSTRATIVE = compile_re(r"\W*(?:these|they|this|it)\b", re.IGNORECASE)
_EN_ITEM_END = compile_re(r"\.\s|\.?$")


def _object_list(text: str, sentence: Span, before: Span | None, head: Heading | None) -> Finding | None:
    """One named_items goal for an English lead-in that lists its verb's objects as bullets (none when a bullet holds
    a figure: "We will build: * 500 homes" are counts, each a goal of its own). A lead-in whose subject points back
    ("These will include:") quotes the sentence before too."""
    if text[sentence.end - 1] != ":" or _CJK.search(text, sentence.start, sentence.end):
        return None
    match = _EN_OBJECT_LEAD.search(text, max(sentence.start, sentence.end - REACH), sentence.end)
    if match is None:
        return None
    pointing = _EN_DEMONSTRATIVE.match(text, sentence.start) is not None  # "These will include:" names, no effect
    if not pledges("" if pointing else text[sentence.start : match.start()], text[match.start() : sentence.end]):
        return None
    items: list[str] = []
    end = sentence.end
    line_end = sentence.end
    for _ in range(_LISTED_MAX + 1):
        start, newlines = line_end, 0
        while start < len(text) and text[start] in _GAP and newlines <= 2:
            newlines += text[start] == "\n"
            start += 1
        bullet = _BULLET.match(text, start) if newlines <= 2 else None
        if bullet is None:
            break
        line_end = _LINE_END.search(text, bullet.end()).start()  # type: ignore[union-attr]
        line = text[bullet.end() : line_end]
        if _DIGIT.search(line):
            return None
        cut = _EN_ITEM_END.search(line)
        items.append(line[: cut.start() if cut is not None else len(line)].strip())
        end = line_end
    else:
        return None  # a long run of bullets is no short list of things (and each lead-in reads a bounded stretch)
    if len(items) < 2 or end == sentence.end:
        return None
    start = sentence.start
    if before is not None and pointing and text.count("\n", before.end, sentence.start) == 0:
        start = before.start
    quote = text[start : sentence.end]
    return Finding(
        quote,
        start,
        sentence.end,
        "commitment",
        "named_items",
        items=tuple(items),
        heading=head,
        measure=strip_measure(quote),
        why=match.group("word"),
    )


_GAP = frozenset(" \t" + BREAKS)
_LISTED_MAX = 24
_LINE_END = compile_re(f"[{re.escape(BREAKS)}]|$")


def _without_restatements(findings: list[Finding]) -> list[Finding]:
    """Findings less a figure the plan states again under its heading with no measure of its own ("国内生产总值增长
    6.5%－7%" … "有6.5%－7%的增速就能…", "the target of 3.5%", 今年预期目标设定为6%以上): the same number and
    unit, whatever kind its own words give."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for finding in findings:
        # the kind may differ (设定为6%以上), and the scale be written another way (one million, 1,000,000)
        key = (finding.heading, in_base(finding.target, finding.unit), in_base(finding.maximum, finding.unit))
        # a range is its own mark: the same two ends under one heading are the same goal, whatever its words
        if (
            finding.target is not None
            and key in seen
            and (finding.kind == "between" or not _GENERIC_WORDS.sub("", finding.measure).strip())
        ):
            continue
        seen.add(key)
        out.append(finding)
    return out


def _readable(figures: Sequence[Figure]) -> list[Figure]:
    """Figures a drafted file can hold: a 5000-digit number reads as inf, which no rule or YAML float may be."""
    return [f for f in figures if math.isfinite(f.value) and abs(f.value) < 1e15]


_CONJUNCTION = LazyPattern(r"(?:and|or|but|while) +(?=\S)", re.IGNORECASE)


def _without_conjunction(text: str, finding: Finding) -> Finding:
    """ "and hold the 3rd trade fair" → "hold the 3rd trade fair"."""
    match = _CONJUNCTION.match(finding.quote)
    if match is None:
        return finding
    start = finding.start + match.end()
    return finding._replace(start=start, quote=text[start : finding.end])


def _by_span(figs: list[Figure], spans: list[Span]) -> list[list[Figure]]:
    """The figures starting in each span (both in order), in one pass."""
    out: list[list[Figure]] = []
    index = 0
    for span in spans:
        while index < len(figs) and figs[index].start < span.start:
            index += 1
        stop = index
        while stop < len(figs) and figs[stop].start < span.end:
            stop += 1
        out.append(figs[index:stop])
        index = stop
    return out


def _piece_of(pieces: list[Span], position: int, cursor: int) -> int:
    """The index of the piece holding position, searching on from cursor (positions come in order)."""
    while cursor + 1 < len(pieces) and pieces[cursor].end <= position:
        cursor += 1
    return cursor


def _scan_sentence(
    text: str,
    sentence: Span,
    figs: list[Figure],
    head: Heading | None,
    year: str | None,
    item: _Lead | None = None,
    carried: tuple[Level, str] | None = None,
    in_targets: bool = False,
    targets_word: tuple[Level, str] | None = None,
) -> list[Finding]:
    found: list[Finding] = []
    context = _Context(text[sentence.start : sentence.end], item is not None and bool(item.level), sentence.start)
    context.year = year
    base_level, base_why = carried or (targets_word if in_targets else None) or ("plain", "")
    context.level, context.why = base_level, base_why
    if item is not None:  # a bullet: its words without the marker, read under its lead-in's pledge
        sentence = Span(item.start, sentence.end)
        if not item.level and role(text[sentence.start : sentence.end]) not in (Role.COMMITMENT, Role.ALLOCATION):
            return found  # "The programme is: * working with 9 departments": a state or a result, no pledge of its own
        context.level, context.why = item.level or context.level, item.why
    moved: frozenset[int] = frozenset()
    if figs and "number of" in text[sentence.start : figs[-1].start]:
        figs = _numbered(text, figs)
    if len(figs) > 1:  # a noun to take needs a figure before or a whole after
        elided = _elided_counts(text, figs)
        if elided:
            moved = frozenset(start for start, figure in elided.items() if not figure.role)
            figs = [elided.get(f.start, f) for f in figs]
    spans = clauses(text, sentence)
    setting_end = -1
    listed = carried or (
        (targets_word or ("plain", "；")) if in_targets else None
    )  # the lead-in of a list the clause is an item of
    pending: tuple[Level, int, str] | None = None  # a commitment word that ended its clause ("Government will,")
    for clause, clause_figs in zip(spans, _by_span(figs, spans), strict=True):
        if clause.start < setting_end:
            continue  # part of a policy setting drafted whole
        word = _commitment(text, clause.start, clause.end)
        setting = _policy_setting(text, clause, sentence, spans, context.level, head)
        if setting is not None:
            found.append(setting)
            setting_end = setting.end
            continue
        # The clause's own verb is looked for only where it can change the context: most clauses leave it as it is.
        own_verb: re.Match[str] | bool | None = False  # False: not looked for
        if word is not None:
            context.level, context.why = word[0], word[2]
            context.verb = ""
        elif (
            (context.level != base_level or context.why != base_why or context.verb)
            and context.level not in ("expected", "planned")  # 预期目标是：… / 拟安排…: a heading word governs a list
            and (item is None or not item.level)  # a bullet's own verb stays under its lead-in's pledge
            and (own_verb := _VERB.search(text, clause.start, clause.end)) is not None
            and (not clause_figs or own_verb.start() < clause_figs[0].start)
        ):
            context.level, context.why, context.verb = base_level, base_why, ""
        # "总数达到45个，力争50个": a clause of a commitment word and a figure alone is the stretch of the previous one.
        stretch = _stretch_of(text, clause, clause_figs, found)
        if stretch is not None:
            found[-1] = stretch
            continue
        before = len(found)
        numeric = _numeric(text, clause, clause_figs, context, head, moved)
        if not numeric and clause_figs and clause_figs[0].value == 0:
            none_allowed = _zero_ceiling(text, sentence, clause, clause_figs, context, head)
            numeric = [none_allowed] if none_allowed is not None else numeric
        if not numeric or (
            text.find("等", clause.start, clause.end) != -1 and _ETC_COUNT.search(text, clause.start, clause.end)
        ):
            found.extend(_named_or_milestone(text, clause, clause_figs, context, head, year))
        found.extend(numeric)
        if numeric and word is not None and numeric[-1].end < clause.end:
            act = _en_act_after(text, numeric[-1], clause, clause_figs, word)
            if act is not None:  # "maintain partnerships with at least 40 universities and open an office by 2025"
                found.append(act)
        bare = _EN_BARE_WORD.fullmatch(text, word[1], clause.end) if word is not None else None
        if bare is not None:
            # "Government will, | therefore, | reorient its interventions": the pledge's verb is in a later clause
            # ("shall not, | however, | confer any right" is no act to deliver)
            pending, word = (None if bare.group(1) else word), None
        elif word is not None:
            pending = None
        if (
            len(found) == before
            and bare is None
            and word is None
            and pending is not None
            and clause.end - clause.start > 16
            and pledges("", f"{pending[2]} {text[clause.start : clause.end]}")
        ):
            word, pending = (pending[0], clause.start, pending[2]), None
        if word is not None and embedded(text[clause.start : word[1]]):
            # "Departments will explain how departments will make …": the pledge is the first word's, not the last's
            word = _commitment(text, clause.start, word[1]) or word
        if (
            len(found) == before
            and word is not None
            and (word[0] not in ("expected", "planned") or word[2].lower().endswith(" to"))  # "propose to" acts
            and not any(_plan_parts(f) for f in clause_figs)  # "Three specific initiatives will be taken up"
            and pledges(text[clause.start : word[1]], text[word[1] : clause.end])
            and not en_not_the_plans(*_told(text, context, clause.end, whole=False))  # "Under the Treaty, | Norland …"
        ):
            judged = _judged(text, clause, word, head)
            if found and found[-1].end > judged.start:
                found[-1] = judged._replace(heading=found[-1].heading)  # one goal for the whole phrase
            else:
                found.append(judged)
        elif len(found) == before and word is None and not clause_figs and listed is not None:
            state = _expected_state(text, clause, listed, head)
            if state is not None:
                found.append(state)
        if word is not None and text.startswith("：", clause.end):
            listed = (word[0], word[2])  # 主要预期目标是：…, in the same sentence
        if _DELIVERY_LEAD.match(text[clause.start : clause.end]):  # `^`: the clause alone
            context.delivering = True
        elif context.delivering:  # a clause with a verb of its own ends what the delivery verb governs
            if own_verb is False:
                own_verb = _VERB.search(text, clause.start, clause.end)
            context.delivering = own_verb is None
    if not found and item is not None and item.level:
        found.append(_pledged_item(text, sentence, item, head))
    return [f for f in found if f.quote]


# The plan's own pledge of a ceiling of none ("…, and have zero serious (category 1 and 2) incidents every year", "our
# aim is zero deaths on the roads we manage"): its first person, "will" or a word of aim; another body's "national
# target of zero deaths" ("National Cabinet has agreed …") has none of them.
_EN_OWN_PLEDGE = LazyPattern(r"\b(?:we|our|us|will|shall|aims?|aiming)\b", re.IGNORECASE)


_EN_AIM = LazyPattern(r"\b(?:aims?|aiming|goal|ambition|target|pledge|commit\w*)\b", re.IGNORECASE)


def _zero_ceiling(
    text: str, sentence: Span, clause: Span, figs: list[Figure], context: _Context, head: Heading | None
) -> Finding | None:
    """A count the plan pledges to hold at none (at_most 0), in a clause with no other target."""
    zero = next((f for f in figs if f.value == 0 and f.unit and f.text[:4].lower() == "zero"), None)
    if zero is None or not zero.unit:
        return None
    if not context.pledged and _EN_OWN_PLEDGE.search(text, sentence.start, zero.start) is None:
        return None
    found = role(text[clause.start : clause.end], context.pledged)
    told = text[_whole_sentence(text, context.start) : clause.end]
    if found not in (Role.COMMITMENT, Role.PLAIN) or en_not_the_plans(told):
        return None
    if found is Role.PLAIN and not (context.pledged or context.level != "plain" or _EN_AIM.search(told)):
        return None  # "Our record: … and zero deaths": a pledge must govern the clause
    noun = text.find(zero.unit, zero.start, clause.end)
    start, end = clause.start, (noun + len(zero.unit) if noun != -1 else zero.end)
    while start < end and text[start] in " ,;":
        start += 1
    quote = text[start:end]
    finding = Finding(quote, start, end, context.level, "at_most", 0.0, zero.unit, heading=head,
                      measure=strip_measure(quote), figure=zero, why=context.why)  # fmt: skip
    return _without_conjunction(text, finding)


# An item with no figure in a Chinese list of expected targets (主要预期目标是：… 国际收支基本平衡；居民收入稳步增长),
# or in a list whose items end in ； after an item with a figure (城镇新增就业900万人以上；…；国际收支基本平衡；):
# a state the year should reach, judged; one that opens with a verb of work (推进, 加强) is a task, and one with a
# copula (经济增速是综合性指标) a definition, no state.
_ZH_EXPECTED_LEAD = LazyPattern(r"目标")
_ZH_HAN_ONLY = LazyPattern(r"[\u4e00-\u9fff“”]+")
_ZH_STATE_ITEM = LazyPattern(r"[^是，；。]{4,24}")


def _expected_state(text: str, clause: Span, carried: tuple[Level, str], head: Heading | None) -> Finding | None:
    level, word = carried
    if word != "；" and (level != "expected" or _ZH_EXPECTED_LEAD.search(word) is None):
        return None
    if (
        not _ZH_STATE_ITEM.fullmatch(text, clause.start, clause.end)
        or not _ZH_HAN_ONLY.fullmatch(text, clause.start, clause.end)
        or _VERB.match(text, clause.start)
        or _MORE_VERBS.match(text, clause.start)
    ):
        return None
    body = text[clause.start : clause.end]
    moved = _ZH_STATE_MOVE.search(body)
    if moved is not None and moved.start() >= 2:  # 主要污染物排放量继续下降: a fall with no amount, any fall meets it
        measure = body[: moved.start()]
        kind = "decline" if moved.group("fall") else "pp_change" if _SHARE_WORDS.search(measure) else "growth"
        return Finding(body, clause.start, clause.end, level, kind, heading=head, measure=measure, why=word)
    return Finding(body, clause.start, clause.end, level, "judged", heading=head, measure=body, why=word)


# A state that is a move with no amount (…继续下降, 居民收入稳步增长, …比重提高): the rule kind of the move, no target.
_ZH_STATE_MOVE = LazyPattern(
    r"(?:继续|持续|稳步|稳定|进一步|逐步|明显|较快|同步)?(?:(?P<fall>下降|减少|降低)|增长|增加|提高)$"
)


def _pledged_item(text: str, sentence: Span, item: _Lead, head: Heading | None) -> Finding:
    """A bullet under a pledging lead-in ("Government Digital Service will:" … "* publish the service standard") as
    one goal, or none ("" quote) for one that states what its subject is or has ("These Service Managers will:" …
    "* be experienced leaders", "* have the digital literacy …"): a role described, not an act."""
    body = text[sentence.start : sentence.end]
    if _EN_STATE_ITEM.match(body) or not pledges("", f"{item.why} {body}"):
        return Finding("", 0, 0, item.level, "")
    acts = () if _CJK.search(body) else _acts(body)
    kind = (
        "named_items" if acts else "milestone" if not _CJK.search(body) and delivers(f"{item.why} {body}") else "judged"
    )
    return Finding(
        body,
        sentence.start,
        sentence.end,
        item.level,
        kind,
        items=acts,
        heading=head,
        measure=strip_measure(body),
        why=item.why,
    )


_EN_STATE_ITEM = LazyPattern(r"(?:be|have|remain|stay)\b", re.IGNORECASE)
# A second act joined to an item's first by ", and" + a verb of work ("set up the team, and start work on a strategy",
# "take the programme live, and integrate digital into training"): two things to deliver, each reported or not.
_EN_SECOND_ACT = LazyPattern(
    r",\s+and\s+(?=(?:start|begin|integrate|work|use|make|share|take|publish|launch|set up|create|develop|build|run"
    r"|provide|offer|introduce|establish|help|support|review|extend|expand|improve|deliver|complete|move|open|hold"
    r"|appoint|agree|produce|prepare|identify|issue|release|roll out|implement|adopt|encourage|ensure|invite|propose"
    r"|maintain|specify|include|train|recruit|raise|reduce|increase|cut|simplify|consult|replace|close|transfer"
    r"|connect|promote|strengthen|set out|explore|pilot|trial|invest|fund|monitor|assess|evaluate|publish|engage"
    r"|co-?ordinate|lead|manage|operate|define|collect|present)\b(?!\s+of\b))",
    re.IGNORECASE,
)


def _acts(body: str) -> tuple[str, ...]:
    """The acts of an English item that joins two or more with ", and" + a verb; () for an item of one act."""
    acts = tuple(part.strip(" ,;") for part in _EN_SECOND_ACT.split(body))
    return acts if len(acts) > 1 and all(acts) else ()


# 将X从A提高到B, 将X扩大到Y: the plan sets a parameter of a policy (a threshold, a rate, a scope), an act done once the
# rule is changed, not a level to reach. 将 here governs a noun phrase, never a verb or an adverb ("将进一步提高到…").
_POLICY_SETTING = compile_re(
    r"将(?!进一步|继续|逐步|大幅|适当|再|全面|加快|力争|努力|确保|提高|扩大|降低)[^。；：，]{2,30}?(?:，[^。；：，]{0,16}?)?"
    r"(?:提高|扩大|降低|下调|上调|提升|延长|放宽|缩短|调整)(?:到|至|为)"
)


# A rate the world shows (覆盖率, 普及率, 达标率), not one a rule sets (税率, 费率, 利率, 汇率, 贴现率, 征收率).
_OUTCOME_RATE = LazyPattern(r"(?<![税费利汇现收])率$")


def sets_policy(clause: str) -> bool:
    """Whether a clause sets a policy's parameter (将…比例提高到100%); in a review, the setting reported done."""
    return any(_POLICY_SETTING.match(clause, m.start()) for m in re.finditer("将", clause))


def _policy_setting(
    text: str, clause: Span, sentence: Span, spans: list[Span], level: Level, head: Heading | None
) -> Finding | None:
    """A milestone for a clause that sets a policy's parameter (将…起征点从10万元提高到15万元), to its clause's end."""
    at = text.find("将", clause.start, clause.end)
    if at == -1:
        return None
    match = _POLICY_SETTING.match(text, at, sentence.end)
    if match is None:
        return None
    if _OUTCOME_RATE.search(text[at + 1 : match.end() - 3].split("从")[0]):
        return None  # 将森林覆盖率提高到45%: a share of the world to reach, read as a level (税率, 费率: terms set)
    end = next((span.end for span in spans if span.end >= match.end()), sentence.end)
    quote = text[at:end]
    return Finding(quote, at, end, level, "milestone", heading=head, measure=strip_measure(quote), why="将 setting")


def _stretch_of(text: str, clause: Span, figs: list[Figure], found: list[Finding]) -> Finding | None:
    if len(figs) != 1 or not found or found[-1].kind not in ("at_least", "new_items") or found[-1].stretch:
        return None
    previous = found[-1]
    lead = text[clause.start : figs[0].start]
    if figs[0].end != clause.end or lead not in ("力争", "力求", "争取", "努力达到", "力争达到", "力争突破"):
        return None
    if previous.unit is None or split_unit(figs[0].unit).base != split_unit(previous.unit).base:
        return None
    if previous.end != clause.start - 1 or figs[0].value <= (previous.target or 0):
        return None
    return previous._replace(end=clause.end, quote=text[previous.start : clause.end], stretch=figs[0].value)


# A span in the singular before a noun is a compound adjective ("a 12 week course"); "within 12 months" counts.
_EN_SPAN_WORDS = frozenset({"year", "month", "week", "day", "hour", "minute"})
_ETC_COUNT = LazyPattern(r"等[0-9０-９]")
_ETC_LAST = LazyPattern(r"等(?=[^、]*$)")
_EN_NOUN_AFTER = compile_re(r"[ -](?!(?:and|or|to|of|in|on|at|by|for|from|with|the|a|an)\b)[a-z]{3,}")


# A bound on a number that has no unit of its own, the measure named before it: "a score of 2.0 or lower", "average
# spills per overflow will fall to 20 or fewer" (the unit is the measure's noun: score, spills per overflow).
_EN_SCORE_OF = LazyPattern(
    r"\b(score|index|rating|ratio|grade)\s+(?:of\s+)?(?:(?:no|not)\s+(?:more|less|higher|lower)\s+than\s+)?$",
    re.IGNORECASE,
)
_EN_MOVES_TO = LazyPattern(
    r"(?:^|[:;,]\s*)(?:(?:the|our|average|total|mean|annual)\s+){0,3}(?:[a-z][\w’'-]*\s+){0,3}?"
    r"([a-z][a-z-]+(?:\s+(?:per|of)\s+[a-z][a-z-]+)?)"
    r"\s+(?:will|should|must|to)\s+(?:be\s+)?(?:fall|drop|decrease|reduce|cut|kept|stay|remain|rise|increase|grow"
    r"|held|limited|capped|lower|(?:br[oi]ught|bring|come|go|kept|pushed|driven)\s+down)\w*"
    r"\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
_BOUNDS = (Qualifier.AT_MOST, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.MORE_THAN)


def _unitless_level(text: str, clause: Span, figure: Figure) -> Figure:
    """A bounded figure with no unit, given the measure its words name as its unit (else the figure as it is)."""
    if figure.unit or figure.kind is not Kind.NUMBER or figure.qualifier not in _BOUNDS:
        return figure
    lead = text[max(clause.start, figure.start - 80) : figure.start]
    named = _EN_SCORE_OF.search(lead) or _EN_MOVES_TO.search(lead)
    return figure if named is None else figure._replace(unit=named.group(1).lower())


# "Customer satisfaction index: target 80", "Net Promoter Score (target: 45)": a measure's target in a list or table
_EN_INDEX_TARGET = LazyPattern(
    r"\b(score|index|rating|grade)\b[\s:(–—-]{1,4}target\s*(?:[:=]|of|is)?\s*$", re.IGNORECASE
)


# A table line counting the plural noun it opens with, its target after: "Patients waiting over 52 weeks: target",
# "Number of households in temporary accommodation (target"
_EN_COUNT_TARGET = LazyPattern(
    r"(?:(?P<noun>[A-Z][a-z]+s(?<!ss)(?<!us)(?<!is)|People|Children)"
    r"|Number of (?P<named>[a-z]+s(?<!ss)|people|children))"
    r"\b[^:;.\n]{0,80}?(?:\s*[:—–]\s*|\s*\(\s*)target\s*(?:[:=]|of|is)?\s*"
)


# A later level of the count the clause before set: "…, on the way to 945,000 by 2030", "…, rising to 60 by 2028"
_EN_WAY_TO = LazyPattern(
    r"(?:and\s+)?(?:on\s+(?:the|our|its|their)\s+way\s+to|on\s+(?:course|track)\s+for|rising\s+to|then)\s+",
    re.IGNORECASE,
)


# "a passenger satisfaction score of 4.1 out of 5", "a rating of at least 4.5/5": the measure a score is on names it
_EN_SCORE_NOUN = LazyPattern(r"\b(score|rating|index|grade|mark)\s+(?:of\s+)?$", re.IGNORECASE)


def _score_named(text: str, clause: Span, figure: Figure) -> Figure:
    """A score out of a scale, given the noun of the measure before it ("score out of 5"), else the figure as it is."""
    if not figure.unit.startswith("out of "):
        return figure
    named = _EN_SCORE_NOUN.search(text, max(clause.start, figure.start - 40), figure.start)
    return figure if named is None else figure._replace(unit=f"{named.group(1).lower()} {figure.unit}")


def _targeted_index(text: str, clause: Span, figure: Figure) -> Figure:
    """A unitless figure after "<index>: target", given the index's noun as its unit (else the figure as it is)."""
    if figure.unit or figure.kind is not Kind.NUMBER:
        return figure
    lead = text[max(clause.start, figure.start - 40) : figure.start]
    if "arget" not in lead:
        return figure
    line = max(clause.start, text.rfind("\n", 0, figure.start) + 1)
    counted = _EN_COUNT_TARGET.fullmatch(text, line, figure.start) if figure.value == 0 else None
    if counted is not None and figure.start - line < 120:
        # "Patients waiting over 52 weeks: target 0": none of the line's noun, a ceiling whatever the measure (a
        # count with another target has no direction the line tells: not drafted)
        return figure._replace(unit=(counted.group("noun") or counted.group("named")).lower())
    named = _EN_INDEX_TARGET.search(lead)
    return figure if named is None else figure._replace(unit=named.group(1).lower())


_EN_SCORE_WAS = LazyPattern(
    r"\b(score|index|rating|ratio|grade)\s+"
    r"(?:was|is|of|stood at|reached|came to|(?:fell|rose|improved|worsened) to)\s+$",
    re.IGNORECASE,
)


def _scored(text: str, clause: Span, figure: Figure) -> Figure:
    """An outcome with no unit after the measure that names it ("the index score was 3.1"), given that measure's noun
    as its unit (else the figure as it is)."""
    if figure.unit or figure.kind is not Kind.NUMBER:
        return figure
    named = _EN_SCORE_WAS.search(text, max(clause.start, figure.start - 40), figure.start)
    return figure if named is None else figure._replace(unit=named.group(1).lower())


def _numeric(
    text: str, clause: Span, figs: list[Figure], context: _Context, head: Heading | None, moved: frozenset[int]
) -> list[Finding]:
    """The numeric goals of one clause (moved: the starts of counts whose noun is elided, "2 more into beta")."""
    out: list[Finding] = []
    figs = [_score_named(text, clause, _targeted_index(text, clause, _unitless_level(text, clause, f))) for f in figs]
    if context.unit and figs and not figs[0].unit and _EN_WAY_TO.fullmatch(text, clause.start, figs[0].start):
        figs[0] = figs[0]._replace(unit=context.unit)  # "…195,000 electric vehicles by 2024, | on the way to 945,000"
    # 八个方面工作, 三项举措: a plan counting its own parts names no target (a review's 出台八项举措 is a figure still)
    kept = [
        f
        for f in figs
        if (
            countable(f, text, clause)
            and not (_is_chinese_numeral(f) and _ABSTRACT_COUNTED.match(text, f.end))
            and not _plan_parts(f)
        )
        or _en_rank(text, f)
    ]
    table = "—"  # the last rank's table: "125th or higher in the QS Rankings 2026 and the top 100 by 2028"
    rise_from: int | None = None  # where a rise "by N% to" a level began: the level's goal starts there
    pieces = _pieces(text, clause, kept)
    previous_end = clause.start
    cursor = 0
    states: bool | None = None
    for index, figure in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if _is_attribute(figure, text, clause, following) or _zh_described(text, clause, figure):
            continue
        if _sized_thing(text, clause, figure):
            continue
        if figure.value != 1 and figure.unit in _EN_SPAN_WORDS and _EN_NOUN_AFTER.match(text, figure.end):
            continue  # "a 12 week programme", "their six month placements": the length of a thing, not an amount
        if (
            "arget" in text[figure.end : figure.end + 80] or "目标" in text[figure.end : figure.end + 40]
        ) and _measure_named(text, clause, figure):
            continue  # "Calls answered within 30 seconds: target 85%": a figure of the measure's name, not its target
        if figure.role == "high" and index > 0 and kept[index - 1].role == "low":
            continue  # read with its low end
        if figure.value == 0 and figure.text[:4].lower() == "zero":
            continue  # "zero serious incidents": a ceiling of none, read by _zero_ceiling when the plan pledges it
        if (
            figure.role == "low"
            and following is not None
            and following.role == "high"
            and 1900 <= figure.value <= 2100
            and figure.value.is_integer()
            and figure.value % 100 < following.value < 100
        ):
            continue  # "our 2025–30 business plan": a span of years, not a range of amounts
        if figure.role == "whole":
            continue  # "10 of the 25 air strips": the scope the target is taken from
        scope = (
            _EN_CONTINUED_SCOPE.search(text, max(clause.start, previous_end, figure.start - 60), figure.start)
            if text.endswith(_ALL, 0, figure.start)  # a cheap test first: most figures have no "all" before them
            else None
        )
        if scope is not None:  # "continue work on all 25 exemplar services": the scope of work that goes on, judged
            start = scope.start()
            out.append(
                Finding(
                    text[start : figure.end],
                    start,
                    figure.end,
                    context.level,
                    "judged",
                    heading=head,
                    measure=strip_measure(text[start : figure.end]),
                    why=context.why,
                )
            )
            previous_end = figure.end
            continue
        cursor = _piece_of(pieces, figure.start, cursor)
        piece = pieces[cursor]
        start, end = max(piece.start, figure.start - REACH), figure.end
        if following is not None and (figure.role, following.role) in (("low", "high"), ("part", "whole")):
            end = following.end  # "3 to 5 years", "10 of the 25 air strips"
        lead_start = start
        lead = text[start : figure.start]
        near_end = min(piece.end, figure.end + REACH)
        own = _VERB.search(lead)
        if own is not None:
            context.verb = own.group()
        # "…东海橡塑等45个技改项目": the count after 等 reaches to the clause's end; the names go to named_items.
        enumeration = _ETC_LAST.search(lead) if "等" in lead else None
        if enumeration is not None and split_unit(figure.unit).base in COUNTERS:
            start, end = lead_start + enumeration.start(), near_end
        elif split_unit(figure.unit).base in COUNTERS and _CJK.match(text[figure.end : figure.end + 1]):
            end = near_end  # 创建8个省级高标准示范小区: the counted thing is part of the target
        start = max(start, previous_end)  # never two targets in one quote
        if rise_from is not None:  # "grow research income by 10% | to £68 million": one goal, the level to reach
            start, lead = rise_from, text[rise_from : figure.start]
        previous_end = figure.end
        if figure.start in moved:  # "moving 2 more into beta | and 1 into alpha": the count and where it goes
            movement = _EN_ELIDED.match(text, figure.end)
            end = previous_end = figure.end + (movement.end() - figure.end if movement is not None else 0)
            conjunction = text.rfind(" and ", start, figure.start)
            start = conjunction + 1 if conjunction != -1 else start
        while start < end and text[start] in "、，,；; ":
            start += 1
        measure_text = text[start : figure.start] if enumeration is None else text[figure.end : end]
        stripped = strip_measure(measure_text)
        if not stripped:
            measure_text = text[figure.end : near_end]
            stripped = strip_measure(measure_text)
        level, why = context.level, context.why
        own_word = _commitment(text, max(clause.start, figure.start - REACH), figure.start)
        if own_word is not None:
            level, why = own_word[0], own_word[2]
        while text[start:end].lower().startswith(("and ", "or ", "but ")):
            start = text.index(" ", start) + 1
        if (
            figure.unit == PERCENT
            and LATIN.search(text, clause.start, clause.end) is not None
            and _PERMITTED.search(text, clause.start, clause.end)
        ):
            continue  # "100% FDI will be allowed": a share a rule permits, the rule's change is the goal
        latin = _CJK.search(lead) is None  # ₹, £ and ’ are no reason to read "in the next five years" otherwise
        if states is None:  # once a clause, not a figure; the sentence's markers only when the clause has none
            found = role(text[clause.start : clause.end], context.pledged)
            told, upto = _told(text, context, clause.end)  # the sentence to the clause's end: told[:upto]
            if found is Role.PLAIN:
                states = context.pledged or context.states
                if states and latin and en_past_topic(told, context.year, upto):
                    states = False  # "In 2024–25, 62% of pupils reach the standard": what was, in a later year's plan
                elif (
                    states
                    and context.told_result
                    and (
                        _PART_OF.match(text, clause.start)
                        or _EN_CHANGE_OF.fullmatch(text, clause.start, figure.start)
                        or _EN_TO_LEVEL.fullmatch(text, clause.start, figure.start)
                    )
                ):
                    # 现有断面106个，其中长江流域78个: a part of what stands; "Revenue is forecast at $24.8 billion,
                    # | an increase of 3.1 per cent": the change of a forecast or a result
                    states = False
            else:
                states = found in (Role.COMMITMENT, Role.ALLOCATION)
            context.told_result = found in (Role.RESULT, Role.FORECAST)
            if states and (
                en_not_the_plans(told, upto)
                if latin
                else zh_past_topic(told, context.year, upto) or zh_not_the_plans(told, upto)
            ):
                # 去年…，完成固定资产投资1100亿元: a result the sentence's opening dates to the past; "Under the Paris
                # Agreement, | Norland must cut …": a law's target
                states = False
        if (
            latin
            and figure.unit == "occasions"
            and reports_progress(text[max(context.start, figure.start - 160) : figure.start])
        ):
            continue  # "will be reported to Council three times a year": how often the plan reports, no target
        rank = latin and _en_rank(text, figure)
        if not states or (
            latin
            and not rank
            and (
                threshold(lead, text[figure.end : near_end], figure.qualifier is not Qualifier.EXACT)
                or (
                    period(lead + _bound_word(figure.text), head_noun(_span_unit(figure, following)))
                    and not (figure.qualifier is Qualifier.MORE_THAN and _EN_NEGATED.search(lead[-80:]))
                )
            )
        ):
            continue  # a past result, a forecast or a threshold: not a target of the plan
        if rank:
            ranking = _en_ranking(text, start, figure, table, level, head, why)
            table = re.sub(r"\s+(?:19|20)[0-9]{2}$", "", ranking.scope or table)  # the same table, any edition
            previous_end = ranking.end
            out.append(ranking)
            continue
        if (
            context.unit
            and split_unit(figure.unit).base == context.unit
            and _COMPARED_ONLY.fullmatch(text, clause.start, figure.start)
        ):
            continue  # 拟安排财政赤字2.18万亿元，比去年增加5600亿元: the difference the stated level implies
        if not latin and _ZH_TERMS_NOT_TARGETS.search(text[max(clause.start, figure.start - 64) : figure.start]):
            continue  # a dividend per share, an issue's legal cap, a subsidy rule: terms set, no level to reach
        if (
            latin
            and _money(figure.unit)
            and _EN_DEFINITE.search(lead[-8:])
            and _EN_COSTED_THING.match(text, figure.end, min(len(text), figure.end + 80))
        ):
            continue  # "start construction of the £180 million Wey Valley scheme": what a named thing costs
        if latin and _EN_IN_ALL.search(lead[-24:]) and _EN_ROLLED_OUT.search(text, clause.start, figure.start):
            # "launch the portal in all 47 state offices by March 2024": where a deliverable goes, no amount; the act
            # is the goal
            body = text[clause.start : clause.end].rstrip(" .;")
            begin = clause.start + len(body) - len(body.lstrip())
            out.append(
                Finding(
                    text[begin : clause.start + len(body)],
                    begin,
                    clause.start + len(body),
                    context.level,
                    "milestone",
                    heading=head,
                    measure=strip_measure(body),
                    why=context.why or "milestone",
                )
            )
            break
        if latin and (
            _EN_BASE_AFTER.search(lead[-24:])
            or (context.unit and _EN_FROM_ONLY.fullmatch(text, clause.start, figure.start))
        ):
            continue  # "a deficit of $1.9 billion, down from $2.6 billion": the level it comes from
        if (
            latin
            and figure.unit == PERCENT
            and context.unit not in ("", PERCENT)
            and _EN_APPOSITIVE.fullmatch(text, clause.start, figure.start)
            and _EN_CHANGE_NOUN.match(text, figure.end)
        ):
            continue  # "to 126 Ml/d by 2030, | a 25 per cent reduction on 2024–25": the level's change, said again
        if (
            latin
            and figure.unit == PERCENT
            and following is not None
            and following.unit not in (PERCENT, "")
            and _EN_TO.fullmatch(text, figure.end, following.start)
            and _GROWTH_VERB.search(text, start, figure.start)
        ):
            rise_from = start  # the rise is stated with the level it comes to: that level is the goal
            continue
        rose, rise_from = rise_from is not None, None
        finding = _numeric_finding(text, figure, following, context.verb, lead, level)
        if finding is None:
            continue
        if rose and finding.kind in ("planned", "at_least", "approximately"):
            finding = finding._replace(kind="at_least", direction="")
        if figure.start in moved and finding.kind == "at_least":
            finding = finding._replace(kind="new_items")  # "2 more into beta": that many new ones there
        listed = None
        if finding.kind in ("at_least", "new_items") and latin and 2 <= figure.value <= 12:
            listed = _en_named(text, figure, context.start + len(context.sentence))
            if listed is not None:  # "Two new Agricultural Colleges will be established at Rewa and Satna"
                finding = finding._replace(kind="named_items", target=None, unit=None, items=listed[1])
        if level == "planned" and finding.kind != "planned":  # "will be provided in 2200 colleges": not an amount
            pledge = _commitment(text, clause.start, clause.end, besides="planned")
            if pledge is not None:
                level, why = pledge[0], pledge[2]
        context.unit = split_unit(finding.unit).base if finding.unit else ""
        paired = out and out[-1].figure is not None and _PAIRED.fullmatch(text, out[-1].figure.end, figure.start)
        if paired and out[-1].kind in ("increase_by", "growth", "decline") and out[-1].unit == finding.unit:
            finding = finding._replace(kind=out[-1].kind)  # 分别再增加30元和5元: one verb for both amounts
        measure = stripped
        if _GENERIC_MEASURE.fullmatch(measure) and context.measure:
            measure = context.measure + measure  # 引进世界500强项目10个，总数达到45个: the total of those projects
        elif context.measure and not latin and _ZH_COMPARED_TO.fullmatch(measure):
            measure = context.measure  # 安排教育支出9.6亿元，比上年增长5%: the rise of that spending
        context.measure = measure
        if _qualified_unit(text[figure.end : near_end]):  # 控制在5万吨标准煤以内
            end = near_end
        noun = (
            re.match(r" ([A-Za-z][a-z-]+)", text[figure.end : near_end]) if figure.unit in _EN_ADJECTIVE_UNITS else None
        )
        if finding.kind in ("growth", "decline") and figure.kind is Kind.MULTIPLE:  # "double | the farmers' income"
            grown = _EN_OBJECT.match(text, figure.end, near_end)
            if grown is not None and grown.end() > figure.end:
                end = max(end, grown.end())
                measure = strip_measure(text[figure.end : grown.end()]) or measure
        if noun is not None:  # "200 additional firms" read with the adjective for the unit
            end = max(end, figure.end + noun.end())
            finding = finding._replace(unit=noun.group(1))
        verb = context.verb
        if listed is not None:
            end = listed[0]
        out.append(
            Finding(
                text[start:end], start, end, level, finding.kind, finding.target, finding.unit, finding.stretch,
                finding.exclusive, finding.maximum, finding.items, finding.deadline, finding.scope, head, measure,
                figure, f"{why} {verb}" if why and verb else why or verb, finding.direction,
            )
        )  # fmt: skip
    if out and states and previous_end < clause.end and "every" in text[previous_end : clause.end]:
        # "recruit 120 officers and place at least one in every ward": each place covered, a second goal to judge
        every = _EN_EACH_COVERED.search(text, previous_end, clause.end)
        if every is not None:
            begin, stop = every.start(), every.end()
            out.append(Finding(text[begin:stop], begin, stop, out[-1].level, "judged", heading=head,
                               measure=strip_measure(text[begin:stop]), why=out[-1].why))  # fmt: skip
    return out


# What stands between a figure of a measure's name and the target the line gives it after: "Calls answered within 30
# seconds (%): target 85.0", "Patients treated within 18 weeks — target: 92%", "over 65s (target 1,200)",
# 30秒内接通率：目标85%.
_NAME_THEN_TARGET = LazyPattern(
    r"(?:[^.;:!?\n]{0,60}?(?:\s*[:—–]\s*|\s+-\s+|\s*\(\s*)(?i:targets?)\s*(?:[:=]|of|is)?\s*"
    r"|[^。；;！？\n：:]{0,30}?[：:]\s*目标值?\s*[为是：:]?\s*)(?=[0-9０-９])"
)


_EN_PRONOUN = LazyPattern(r"\b(?:we|I|they|you|he|she|it)\b", re.IGNORECASE)  # "We reduced waits to …": a verb


def _measure_named(text: str, clause: Span, figure: Figure) -> bool:
    """Whether a figure belongs to the name of a measure whose target the line gives after it, the name having no verb
    or pledge of its own before the figure ("We will cut waits to 18 weeks: target 92%" pledges both)."""
    if _NAME_THEN_TARGET.match(text, figure.end) is None:
        return False
    line = max(clause.start, text.rfind("\n", 0, figure.start) + 1)
    if _commitment(text, line, figure.start) is not None:
        return False
    # a participle after the line's first word names the measure ("Repairs completed within 24 hours"); a verb that
    # opens the line pledges ("Cut waits to 18 weeks: target 92%")
    return all(
        verb.start() > line and verb.group().endswith("ed") and not _EN_PRONOUN.search(text, line, verb.start())
        for verb in _VERB.finditer(text, line, figure.start)
    )


# A coverage pledged after a count: "and place at least one in every ward", "and open one in every district"
_EN_EACH_COVERED = LazyPattern(
    r"(?<=\band )[a-z]+\s+(?:at\s+least\s+)?one(?:\s+[a-z-]+){0,2}?\s+in\s+every\s+[a-z-]+"
    r"(?:\s+(?!(?:by|in|and|or|from|to|before|within|across|this|next|each)\b)[a-z-]+)?",
    re.IGNORECASE,
)


# A rank is better when lower: "rise to 125th or higher in the QS World University Rankings", "enter the top 100",
# "rank among the top 10" set a ceiling on the rank number (rules/ranking.py), where a count would read 100 as a floor.
_EN_RANK_AFTER = LazyPattern(r"\s+or\s+(?:higher|better|above)\b", re.IGNORECASE)
_EN_RANK_VERB = LazyPattern(
    r"\b(?:rank(?:ed|s)?|placed|(?:rise|climb|move up|rising|climbing)\s+to)\s+$", re.IGNORECASE
)
_EN_TOP = LazyPattern(
    r"\b(?:enter|join|reach|among|in|into|within|be|remain|stay|rank(?:ed)?|placed)\s+(?:the|a)\s+top\s+$",
    re.IGNORECASE,
)
_EN_RANK_BY = LazyPattern(r"\s+by\s+(?:the\s+)?(?:19|20)[0-9]{2}(?:\s+edition)?\b")
_EN_RANK_SCOPE = LazyPattern(
    r"(?:\s+or\s+(?:higher|better|above))?(?:\s+(?:place|position))?\s+(?:in|of|on)\s+(?:the\s+)?"
    r"(?P<scope>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z0-9][\w&'’-]*)*)"
)


def _en_rank(text: str, figure: Figure) -> bool:
    """Whether an English figure is a rank to reach: an ordinal "or higher" or after a rank verb, a "top N"."""
    if figure.kind is Kind.ORDINAL:
        before = text[max(0, figure.start - 24) : figure.start]
        return bool(_EN_RANK_AFTER.match(text, figure.end) or _EN_RANK_VERB.search(before)) and not _CJK.search(before)
    return (
        figure.kind is Kind.NUMBER
        and text.endswith("top ", 0, figure.start)
        and _EN_TOP.search(text, max(0, figure.start - 24), figure.start) is not None
    )


def _en_ranking(
    text: str, start: int, figure: Figure, scope: str, level: Level, head: Heading | None, why: str
) -> Finding:
    """The ranking goal of a rank figure: its table named after it ("in the QS … Rankings 2026"), else the clause's last
    one, else the noun it ranks ("a top 100 university")."""
    end = figure.end
    named = _EN_RANK_SCOPE.match(text, figure.end, figure.end + 120)
    if named is not None:
        scope, end = named.group("scope").strip(), named.end("scope")
    elif figure.unit and scope == "—":
        scope = figure.unit
    after = _EN_RANK_AFTER.match(text, end) or _EN_RANK_BY.match(text, end)  # "… by the 2028 edition": its deadline
    end = after.end() if after is not None else end
    while start < end and not text[start].isalnum():
        start += 1
    return Finding(
        text[start:end], start, end, level, "ranking", target=figure.value, scope=scope, heading=head, measure=scope,
        figure=figure, why=why or "rank",
    )  # fmt: skip


# Work that goes on over all of a set counts the set, it sets no amount: "continue work on all 25 exemplar services"
# ("cover all 14 crore farm holdings by March 2017" is an amount to reach).
_ALL = ("all ", "all the ", "all of the ", "All ", "ALL ")
_EN_CONTINUED_SCOPE = LazyPattern(r"\bcontinu\w*\b[^,;.]{0,40}?\ball(?:\s+of)?(?:\s+the)?\s+$", re.IGNORECASE)


# "reduce the number of households in temporary accommodation from 820 to 700", "cut the number of empty homes to
# 400": a count with no noun after it counts the noun "the number of" names.
_EN_NUMBER_OF = LazyPattern(
    r"\bnumber of (?:[\w'’-]+ ){0,3}?(?P<noun>[A-Za-z][a-z]{2,}s)\b[^.;:0-9]{0,60}?\b(?:from|to|below|under)\s+$"
)


# In a report: "The number of virtual ward beds reached 12,000", "the number of people sleeping rough fell to 2,400".
_EN_NUMBER_OF_WAS = LazyPattern(
    r"\bnumber of (?:[\w'’-]+ ){0,3}?(?P<noun>[a-z]{3,}s)\b[^.;:0-9]{0,60}?\b(?:was|were|reached|stood at|totall?ed"
    r"|(?:rose|grew|increased|climbed|fell|dropped|decreased|declined|came down|went up|went down) to)\s+$"
)


def _numbered(text: str, figs: list[Figure], pattern: LazyPattern = _EN_NUMBER_OF) -> list[Figure]:
    """Unitless English counts given the noun "the number of" names before them (a range's both ends)."""
    out = list(figs)
    for index, figure in enumerate(figs):
        if figure.unit or figure.kind is not Kind.NUMBER or figure.role not in ("", "low"):
            continue
        named = pattern.search(text, max(0, figure.start - 120), figure.start)
        if named is None:
            continue
        out[index] = figure._replace(unit=named.group("noun"))
        following = figs[index + 1] if index + 1 < len(figs) else None
        if figure.role == "low" and following is not None and following.role == "high" and not following.unit:
            out[index + 1] = following._replace(unit=named.group("noun"))
    return out


# A count with no noun, moved somewhere ("moving 2 more into beta", "and 1 into alpha"): its noun is the one last
# counted before it in the sentence ("all 25 exemplar services").
_EN_ELIDED = LazyPattern(r"\s+(?:(?:more|further)\s+)?(?:into|onto)\s+[\w-]+|\s+(?:more|further)\s+(?:to|in)\s+[\w-]+")


def _elided_counts(text: str, figs: list[Figure]) -> dict[int, Figure]:
    """Unitless English counts whose noun is elided, given the unit of the counted figure before them or of the whole
    they are part of (by start)."""
    out: dict[int, Figure] = {}
    noun: str | None = None
    for index, figure in enumerate(figs):
        whole = figs[index + 1] if index + 1 < len(figs) else None
        if figure.role == "part" and not figure.unit and whole is not None and whole.role == "whole" and whole.unit:
            out[figure.start] = figure._replace(unit=whole.unit)  # "10 of the 25 air strips": 10 strips
        elif figure.unit and figure.kind is Kind.NUMBER:
            noun = figure.unit
        elif (
            noun is not None
            and not figure.unit
            and figure.kind is Kind.NUMBER
            and not figure.role
            and figure.value < 1000
            and _EN_ELIDED.match(text, figure.end)
        ):
            out[figure.start] = figure._replace(unit=noun)
    return out


# "within 3 to 5 years": the reader keeps a bound's word with its figure
_QUALIFIER_WORDS = LazyPattern(
    r"(?:(?i:within|over|under|up to|about|around|nearly|almost|some|a maximum of|(?:no|not)\s+"
    r"(?:more|less|fewer|longer|shorter|higher|lower|greater)\s+than)\s+)?"
)


def _bound_word(figure_text: str) -> str:
    match = _QUALIFIER_WORDS.match(figure_text)
    return match.group() if match is not None else ""


def _span_unit(figure: Figure, following: Figure | None) -> str:
    """The unit of a figure, or of the range it opens ("within 3 to 5 years")."""
    if not figure.unit and figure.role == "low" and following is not None and following.role == "high":
        return following.unit
    return figure.unit


def _money(unit: str | None) -> bool:
    return bool(unit) and _MONEY.search(split_unit(unit or "").base or "") is not None


# A verb of reaching people or places before "about N": those served, and more served is better ("cover around 6 crore
# households", "will benefit about 1 crore 50 lakh households").
_EN_SERVED = LazyPattern(r"\b(?:cover|benefit|reach|serv|train|skill|employ|enrol|hous|connect)(?:e|es|s|ing)?\s+$")
# ... or of delivering things ("install circa 18,000 heat pumps", "deliver approximately 1,900 new spaces"), or a rise
# to a level ("increase the share of renewables to c. 45%"): more is better too.
_EN_DELIVERED = LazyPattern(
    r"\b(?:install|deliver|build|plant|fit|creat|provid|recruit|retrofit)(?:e|es|s|ed|ing)?\s+$"
)
_EN_RISE_TO = LazyPattern(r"\b(?:increas|rais|grow|expand|boost|lift)\w*\b[^.;:]{0,60}?\bto\s+$", re.IGNORECASE)


def _rule(
    kind: str,
    target: float | None = None,
    unit: str | None = None,
    exclusive: bool = False,
    maximum: float | None = None,
    direction: str = "",
) -> Finding:
    """A finding of no place yet: the rule a figure's words call for (Finding(...) at once: _replace costs more)."""
    return Finding("", 0, 0, "plain", kind, target, unit, None, exclusive, maximum, (), None, None, None, "", None, "",
                   direction)  # fmt: skip


def _numeric_finding(
    text: str, figure: Figure, following: Figure | None, verb: str, lead: str, level: Level
) -> Finding | None:
    """The rule a figure's words call for: ranges, allocations, "about", ceilings, falls, rises, counts, floors."""
    unit = figure.unit
    value = figure.value
    qualifier = figure.qualifier
    if figure.role == "low" and following is not None and following.role == "high":
        if following.value < value:  # "reduced from 300 to 240 days", "from 2.8% to 2.5%": a fall to a ceiling
            return _rule(kind="at_most", target=following.value, unit=following.unit)
        if _FROM.search(lead) and _GROWTH_TO.search(lead):  # "increase … from 72% to 80%": a rise to a floor
            return _rule(kind="at_least", target=following.value, unit=following.unit)
        if following.value > 3 * value and _BY_THEN_TO.search(lead) and figure.unit == following.unit:
            # "the fee will rise by £2.50 to £40": a change and the level it comes to, not a range of changes ("by 5
            # to 10%", whose ends are alike in size)
            falls = _DOWN_VERB.search(lead) is not None
            return _rule(kind="decline" if falls else "increase_by", target=value, unit=figure.unit)
        return _rule(kind="between", target=value, maximum=following.value, unit=following.unit)
    if unit == PERCENTAGE_POINT:
        return _rule(kind="pp_change", target=value, unit=PERCENTAGE_POINT)
    if value == 0 and qualifier is Qualifier.EXACT and unit and unit != PERCENT:
        return _rule(kind="at_most", target=0, unit=unit)  # "Patients waiting over 52 weeks: target 0": none at most
    if figure.kind is Kind.MULTIPLE and value > 1 and _EN_MULTIPLY.fullmatch(figure.text):
        return _rule(kind="growth", target=round((value - 1) * 100, 6), unit=PERCENT)  # double: +100%
    if (fall := fall_percent(figure)) is not None:
        return _rule(kind="decline", target=fall, unit=PERCENT)  # halve: −50%
    if figure.kind is Kind.FRACTION and not unit and _DOWN_VERB.search(lead) is not None:
        return _rule(kind="decline", target=round(value * 100, 6), unit=PERCENT)  # "cut … by a third"
    falls = _DOWN_VERB.search(lead) is not None or (unit == PERCENT and _FALL_AFTER.match(text, figure.end) is not None)
    rises = _GROWTH_VERB.search(lead) is not None or (unit == PERCENT and _RISE_NOUN.search(lead) is not None)
    if rises and qualifier is Qualifier.MORE_THAN and _NOT_BEFORE.search(lead):  # "will not rise by more than 2%"
        return _rule(kind="at_most", target=value, unit=unit)
    if _EN_NOT_BELOW.search(lead) or (
        qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST) and _EN_NOT_GO.search(lead)
    ):  # "will not fall below 55 km/h", "no lower than 90%": a floor, the level itself allowed
        return _rule(kind="at_least", target=value, unit=unit)
    if not falls and _MORE_AFTER.match(text, figure.end) and qualifier is Qualifier.EXACT:
        return _rule(kind="increase_by", target=value, unit=unit)
    if _money(unit) and (
        _SAVINGS_AFTER.match(text, figure.end) or (_saving_word(lead) and _SAVINGS_BEFORE.search(lead))
    ):
        return _rule(
            kind="at_least", target=value, unit=unit
        )  # "£4.6 million of savings", 节约资金2亿元: more is better
    if _money(unit) and _EN_SURPLUS.search(lead):
        return _rule(kind="at_least", target=value, unit=unit)  # "post a surplus of $150 million": more is better
    if _money(unit) and qualifier is Qualifier.EXACT and _EN_USERS_PAY.search(lead):
        return _rule(kind="at_most", target=value, unit=unit)  # "child care fees will average $10 a day": a price
    ceiling = _CEILING_MEASURE.search(lead) is not None
    if (
        qualifier is Qualifier.EXACT
        and lead.rstrip().endswith(_LIMIT_ENDS)
        and not _money(unit)
        and _LIMIT_NOUN.search(lead)
    ):
        return _rule(kind="at_most", target=value, unit=unit)  # "the carbon budget … is 295 MtCO2eq": a most allowed
    # An allocation word sets an amount of money or a rate (赤字率拟按3%安排); with a count of things ("will be
    # provided in 2200 colleges", "taken up … under the allocations") it delivers them, a floor.
    # A cap on it ("allocation up to ₹3,000 crore", "to the extent of", 以内) is a ceiling, not an amount set.
    capped = qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN) or _CAP_BEFORE.search(lead) is not None
    aimed = _TARGET_WORD.search(lead) is not None  # "propose to increase the target to ₹1,80,000 crore": a floor
    floored = qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
    if (
        level == "planned"
        and not rises
        and not falls
        and not capped
        and not aimed
        and (_money(unit) or (unit == PERCENT and not (floored and _PART_SHARE.search(lead)) and not _reaches(lead)))
    ):  # 其中…占比不低于35%: a floor on a part's share under an allocation sets no amount (赤字率按3.6%以上安排 does)
        side = {Qualifier.AT_LEAST: "above", Qualifier.MORE_THAN: "above"}
        return _rule(kind="planned", target=value, unit=unit, direction=side.get(qualifier, "both"))
    if qualifier is Qualifier.ABOUT and falls and unit == PERCENT:
        # "reduce emissions by c. 6%", "cut waste by about 10%": a fall whose size is approximate, decline with a
        # tolerance (the corpus keys read 降低3%左右 as approximately, floor: kept so)
        return _rule(kind="decline", target=value, unit=unit, direction="about")
    if qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
        served = (_EN_SERVED.search(lead) or _EN_DELIVERED.search(lead)) and not _money(unit) and unit != PERCENT
        served = served or (unit == PERCENT and not _CJK.search(lead) and _EN_RISE_TO.search(lead) is not None)
        direction = "floor" if falls or served or qualifier is Qualifier.NEARLY else "ceiling" if ceiling else "both"
        return _rule(kind="approximately", target=value, unit=unit, direction=direction)
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and _EN_NEGATED.search(lead[-80:]):
        # "No patient will wait more than 18 weeks", "will not take 5 days or more": a bound denied, a ceiling
        return _rule(kind="at_most", target=value, unit=unit, exclusive=qualifier is Qualifier.AT_LEAST)
    if EN_SHORT_TIME.fullmatch(unit or "") and _EN_IMPROVE_TO.search(lead):  # "response times will improve to 30
        return _rule(kind="at_most", target=value, unit=unit)  # minutes": a time improves by getting shorter
    if not capped and not falls and not _money(unit) and _rises_to(lead):
        return _rule(kind="at_least", target=value, unit=unit)  # "increase the share of residents holding … to 45%"
    if capped or _CAP_VERB.search(lead) or _CAP_TO.search(lead) or timed_act(lead, unit or ""):
        return _rule(kind="at_most", target=value, unit=unit, exclusive=qualifier is Qualifier.LESS_THAN)
    if falls:
        return _rule(kind="decline", target=value, unit=unit)
    if unit == PERCENT and rises and not _SHARE_WORDS.search(lead):
        return _rule(kind="growth", target=value, unit=PERCENT)
    # 增加国家铁路建设资本金1000亿元: money added to a fund is the rise (增加深松土地1.5亿亩, an area, is a level)
    added = _money(unit) and _adds_funds(lead)
    if unit != PERCENT and ((rises and _BY_AMOUNT.search(lead)) or added):
        return _rule(kind="increase_by", target=value, unit=unit)
    if _NEW_VERB.search(verb) or _NEW_VERB.search(lead) or _NEW_COUNT.search(figure.text):
        return _rule(kind="new_items", target=value, unit=unit)
    if ceiling and qualifier not in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) and not _ENDS_CLASS.search(lead):
        return _rule(kind="at_most", target=value, unit=unit)  # 淘汰…排放标准…货车1.5万辆: a count retired, a floor
    if qualifier is Qualifier.EXACT and _EN_HELD_AT.search(lead):
        return _rule(kind="approximately", target=value, unit=unit, direction="both")  # "will remain at"
    if _money(unit) and _EN_GAIN.search(lead):
        return _rule(kind="at_least", target=value, unit=unit)  # "raise £18 million": money to be won
    if _money(unit) and not _CJK.search(lead) and qualifier is Qualifier.EXACT and not _TARGET_WORD.search(lead):
        return _rule(kind="planned", target=value, unit=unit, direction="both")  # "₹368 crore for …"
    funds = _NOT_A_NOUN_AFTER.match(text, figure.end) or (_funds_after(text, figure.end) and _SETS_FUNDS.search(lead))
    funds = funds or (lead.endswith(_FUNDS_NOUNS) and _FUNDS_PAID.search(lead))
    if _money(unit) and qualifier is Qualifier.EXACT and funds:
        return _rule(kind="planned", target=value, unit=unit, direction="both")  # 将2.8万亿元中央财政资金纳入…
    if qualifier is Qualifier.EXACT and unit and _EN_TARGET_IS.search(lead) and _falls_before(text, figure, lead):
        return _rule(kind="at_most", target=value, unit=unit)  # "…will fall to 136 litres by 2030; for 2025–26 our
    return _rule(kind="at_least", target=value, unit=unit, exclusive=qualifier is Qualifier.MORE_THAN)  # target is 142"


# A limit named as the subject of its figure: "the emissions ceiling for 2021–2025 is 40 MtCO2eq", "a carbon budget of
# 295 MtCO2eq", 排放上限为…, 用水总量限额为… (a budget in money is an allocation: planned).
_SAVINGS_AFTER = LazyPattern(r"(?i:\s+(?:of|in)\s+(?:\w+\s+)?(?:savings|efficiencies|efficiency savings)\b)")
_SAVINGS_BEFORE = LazyPattern(
    r"(?:\b(?i:savings|efficiencies|efficiency savings)\s+(?:of\s+)?|(?:节约|节省|节支|降本)[^\W\d_A-Za-z]{0,6})$"
)


# A rise of a measure to a level, its object between ("increase the share of residents holding a permit to | 45%",
# "raise the number of zero-emission buses to | 300"): a floor, whatever words of holding or of a lower-is-better
# measure the object has; a second verb of holding or cutting coordinated after it ("… and hold landfill to") is not
# the rise's object.
_EN_RISES_TO = LazyPattern(
    r"\b(?:increas|rais|grow|expand|boost|lift)\w*\s+(?P<object>[^.;:,]{1,100}?)\bto\s+$", re.IGNORECASE
)
_EN_SECOND_CAP = LazyPattern(
    r"\b(?:and|or|then|but|while)\s+(?:\w+\s+)?(?:reduc|cut|lower|limit|keep|kept|hold|held|bring|brought|decreas|cap)",
    re.IGNORECASE,
)


_ZH_RISES_TO = tuple(verb + to for verb in ("提高", "提升", "增加", "增长", "扩大") for to in ("到", "至"))


def _rises_to(lead: str) -> bool:
    """Whether the words before a figure raise a measure to it, with no verb of holding or cutting of its own
    (零排放公交车占比提高到45%: the share of a lower-is-better thing raised, a floor)."""
    if lead.endswith(_ZH_RISES_TO):
        return True
    if "to" not in lead[-4:]:
        return False
    rise = _EN_RISES_TO.search(lead[-160:])
    return rise is not None and _EN_SECOND_CAP.search(rise.group("object")) is None


def _reaches(lead: str) -> bool:
    """研发经费投入强度达到2.8% under a 安排 clause: a level to reach, no rate set (赤字率提高到3%: a deficit set)."""
    return lead.endswith(("达到", "提高到", "提升到", "增加到", "增长到")) and _CEILING_MEASURE.search(lead) is None


_LIMIT_ENDS = ("is", "are", "be", "of", "at", "为", "是")
_FUNDS_NOUNS = ("资金", "经费", "补助", "补贴", "奖补")


def _saving_word(lead: str) -> bool:
    return "avings" in lead or "fficienc" in lead or "节" in lead or "降本" in lead


_PART_SHARE = LazyPattern(r"占比|比重|比例|(?i:\bshare\b)")
_LIMIT_NOUN = LazyPattern(
    r"(?:\b(?i:ceilings?|caps?|limits?|budgets?|quotas?|allowances?)\b(?: [\w()–-]+){0,5}? (?i:is|are|will be|of|at)"
    r"|(?:上限|限额|限值|配额|预算)(?:为|是|设定为|确定为))\s*$"
)
_BY_THEN_TO = LazyPattern(
    r"(?i:\b(?:ris|increas|rais|grow|go(?:es)? up|fall|reduc|cut|lower|decreas)\w*(?: [\w'’-]+){0,6}? by)\s*$"
)
_EN_NOT_BELOW = LazyPattern(
    r"\b(?:(?:not|never)\s+(?:\w+\s+){0,2}?(?:fall|falls|drop|drops|go|goes|dip|dips|sink|sinks|be)\s+"
    r"(?:below|under|lower than|less than)|no (?:lower|less|fewer) than)\s*$",
    re.IGNORECASE,
)
# ... or with "below" read as the figure's own qualifier, the lead ends on the negated verb
_EN_NOT_GO = LazyPattern(
    r"\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:fall|falls|drop|drops|go|goes|dip|dips|sink|sinks|be)\s*$", re.IGNORECASE
)
_EN_SURPLUS = LazyPattern(r"\bsurplus(?:es)?\s+(?:of\s+)?(?:at least\s+)?$", re.IGNORECASE)
# What users pay, set to a level: "Regulated child care fees will average $10 a day", "fares will be £2 a trip".
_EN_USERS_PAY = LazyPattern(
    r"\b(?:fees?|fares?|prices?|charges?|tariffs?|rents?|premiums?|bills?)\s+(?:will|to|should|must)\s+"
    r"(?:be\s+)?(?:average|averaging|cost|be|fall\s+to|drop\s+to|come\s+down\s+to|be\s+reduced\s+to|capped\s+at)\s+$",
    re.IGNORECASE,
)
# "our target is", "the target for 2025–26 is": a level named by the target alone, whose direction the sentence gave.
# So is a level the plan is "on its way to" after such a fall ("reduce leakage to 158 Ml/d, on our way to 126 Ml/d").
_EN_TARGET_IS = LazyPattern(
    r"\b(?i:target)(?: for [\w ,–-]{1,30}?)? (?:is|will be|of)\s*$"
    r"|\b(?i:on (?:our|its|their|the) way (?:down )?to|on (?:course|track) (?:to|for))\s*$"
)
# A fall to a level in the words before (its unit's first word after the figure): "use will fall to 136 litres".
_EN_FALL_TO = LazyPattern(
    r"\b(?i:fall|falls|reduce|reduced|cut|lower|lowered|decrease|decreased|drop|bring down|brought down|limit)\w*"
    r"(?: [\w'’-]+){0,4}? to (?:below |under )?[0-9][0-9,.]*\s*([A-Za-z]+)"
)


def _falls_before(text: str, figure: Figure, lead: str) -> bool:
    """Whether the sentence, before a level its target names ("for 2025–26 our target is | 142 litres"), brought the
    same measure down to a level in the same unit: the target is a ceiling as that level is."""
    start = figure.start - len(lead)
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 300) + 1
    word = re.match(r"[A-Za-z]+", figure.unit or "")  # "litres per person", "Ml/d": its first word
    unit = word.group().lower() if word is not None else ""
    return bool(unit) and any(m.group(1).lower() == unit for m in _EN_FALL_TO.finditer(text, opening, start))


def _named_or_milestone(
    text: str, clause: Span, figs: list[Figure], context: _Context, head: Heading | None, year: str | None
) -> list[Finding]:
    out: list[Finding] = []
    body = text[clause.start : clause.end]
    level, why = context.level, context.why
    # 举办第五届…, 办好第二届…: an ordinal event held
    for figure in figs:
        if (
            figure.kind is Kind.ORDINAL
            and (figure.unit in ("届", "次", "期") or (not figure.unit and text[figure.end : figure.end + 1] == " "))
            and _MILESTONE_VERB.search(text, clause.start, figure.start)
        ):
            return [
                Finding(
                    body,
                    clause.start,
                    clause.end,
                    level,
                    "milestone",
                    heading=head,
                    measure=strip_measure(text[figure.end : clause.end]),
                    figure=figure,
                    why=why or "milestone",
                )
            ]
        if (
            figure.kind is Kind.ORDINAL
            and figure.unit in ("位", "名")
            and _RANK_VERB.search(text, clause.start, figure.start)
        ):
            if role(body) is Role.RESULT:
                continue  # 位列全国第56位: where it stands, no rank to reach
            scope = re.sub(
                r"^(?:位列|名列|排名|列|进入|保持|跻身)", "", strip_measure(text[clause.start : figure.start])
            )
            scope = scope or "—"
            return [
                Finding(
                    body,
                    clause.start,
                    clause.end,
                    level,
                    "ranking",
                    target=figure.value,
                    scope=scope,
                    heading=head,
                    measure=scope,
                    figure=figure,
                    why=why or "rank",
                )
            ]
        if figure.kind is Kind.DATE and _MILESTONE_VERB.search(text, figure.end, clause.end):
            month = int(figure.value) if figure.unit == "月" else None
            deadline = None if year is None else (f"{year}-{month:02d}" if month else year)
            return [
                Finding(
                    body,
                    clause.start,
                    clause.end,
                    level,
                    "milestone",
                    deadline=deadline,
                    heading=head,
                    measure=strip_measure(text[clause.start : figure.start]),
                    figure=figure,
                    why=why or "milestone with a date",
                )
            ]
    named = _named_items(text, clause, context.delivering)
    if named is not None:
        start, items = named
        quote_end = clause.end
        tail = text[start : clause.end]
        cut = re.search(r"等", tail)
        if cut is not None and re.match(r"等[0-9０-９]", tail[cut.start() :]):
            quote_end = start + cut.start()  # the count after 等 is a goal of its own
        begin = clause.start
        return [
            Finding(
                text[begin:quote_end],
                begin,
                quote_end,
                level,
                "named_items",
                items=items,
                heading=head,
                measure="、".join(items),
                why=why or "named items",
            )
        ]
    if (clause.start == 0 or text[clause.start - 1] == "\n") and _ZH_SUBHEADING.match(text, clause.start):
        return out  # （一）实施数字基础设施提升行动。: a part's title; its goals are the lines under it
    han = _CJK.search(body) is not None
    kind = "milestone" if han and _TASK.match(body) else ""  # _TASK's verbs are Chinese words
    chinese = not kind and _CJK.match(body) is not None
    # 2023年底前挂牌运营 opens on its date, not on a Chinese word
    topic = _zh_topic_act(body, year) if chinese or (not kind and han) else None
    own = max(context.start, clause.start - _ZH_OWN_REACH)  # bounded: a text without full stops is one sentence
    if topic is not None and role(text[own : clause.end]) is not Role.RESULT:
        return [
            Finding(
                body,
                clause.start,
                clause.end,
                level,
                topic[0],
                deadline=topic[1],
                heading=head,
                measure=strip_measure(body),
                why=why or "task",
            )
        ]
    if chinese:
        kind = _zh_act(body)
        work = None if kind else _zh_work(body)
        if (kind or work) and _zh_not_own(text, Span(context.start, clause.end), clause):  # 过去一年，出台…: done
            kind, work = "", None
        if work is not None and not _DIGIT.search(_ZH_BRACKETED.sub("", body)):  # 细颗粒物（PM2.5）: a name
            kind, measure = work
            unit = PERCENT if kind in ("growth", "decline") else None  # the review gives a growth or a fall in %
            return [
                Finding(
                    body,
                    clause.start,
                    clause.end,
                    level,
                    kind,
                    unit=unit,
                    heading=head,
                    measure=measure,
                    why=why or "work on a named thing",
                )
            ]
    if (
        kind
        and _names_only(text, clause, figs)
        and not _ongoing_task(body)
        and not (han and _zh_not_own(text, Span(context.start, clause.end), clause))  # 项目建成后，…: no act
    ):
        return [
            Finding(
                text[start:end],
                start,
                end,
                level,
                kind,
                heading=head,
                measure=strip_measure(text[start:end]),
                why=why or "task",
            )
            for start, end in _agreements(text, clause)
        ]
    return out


# 推动A协定尽早生效实施、B协定签署: each agreement is an act of its own (one signed, the other not yet).
_ZH_AGREEMENTS = LazyPattern(r"(?:协定|协议|条约)[^、，；。]{0,8}、(?=[^、，；。]{2,30}?(?:协定|协议|条约))")


def _agreements(text: str, clause: Span) -> list[tuple[int, int]]:
    """The spans of the acts a Chinese clause names: one per agreement of a list of agreements, else the clause."""
    if "、" not in text[clause.start : clause.end]:
        return [(clause.start, clause.end)]
    spans, start = [], clause.start
    for match in _ZH_AGREEMENTS.finditer(text, clause.start, clause.end):
        spans.append((start, match.end() - 1))
        start = match.end()
    return [*spans, (start, clause.end)]


# How far back in its sentence a clause looks for 包括 or a marker of a result (bounded: a text without full
# stops is one long sentence).
_ZH_OWN_REACH = 200


def _told(text: str, context: _Context, end: int, whole: bool = True) -> tuple[str, int]:
    """The sentence of `context` from where it starts (_whole_sentence; its own start if not `whole`) to `end`, as a
    string and the length of it to read: one string for all the clauses of a sentence, not a copy for each (quadratic
    in a sentence of many)."""
    start = _whole_sentence(text, context.start) if whole else context.start
    if end > context.start + len(context.sentence):
        return text[start:end], end - start
    if start == context.start:
        return context.sentence, end - start
    if context.whole is None:
        context.whole = text[start : context.start + len(context.sentence)]
    return context.whole, end - start


def _whole_sentence(text: str, start: int) -> int:
    """Where the sentence a ；-part starting at start belongs to starts (2022年，公司实现营业收入59.1亿元；实现…净利润
    4.6亿元: still 2022's), looked for within _ZH_OWN_REACH; start itself after any other mark."""
    if start == 0 or text[start - 1] not in "；;":
        return start
    floor = max(0, start - _ZH_OWN_REACH)
    found = max(text.rfind(mark, floor, start) for mark in ("。", "\n", "！", "？"))
    return found + 1 if found >= 0 else floor


def _zh_not_own(text: str, sentence: Span, clause: Span) -> bool:
    """Whether a clause is no act of the plan's own: an item after 包括, or a result (过去一年…) by its sentence's words
    up to it."""
    start = max(sentence.start, clause.start - _ZH_OWN_REACH)
    found = role(text[start : clause.end])
    return bool(_ZH_INCLUDING.search(text, start, clause.start)) or found in (Role.RESULT, Role.CONDITION)


# A clause after 包括 in its sentence is an item of what the sentence names (前期出台的政策，包括免征…，减免…), no
# act of its own.
_ZH_INCLUDING = LazyPattern(r"包括")


_ZH_THRESHOLD_WORD = LazyPattern(r"(?:不足|不到|超过|满)$")  # 将参保不足1年的农民工纳入…: a bound of who is meant


def _names_only(text: str, clause: Span, figs: list[Figure]) -> bool:
    """Whether a clause's figures all belong to names, not amounts: an ordinal (第七次), a span in a programme's name
    (三年行动, 十年禁渔, 5年过渡期) or a year (2030年前)."""
    return all(
        f.kind in (Kind.ORDINAL, Kind.YEAR)
        or (
            f.kind is Kind.NUMBER
            and f.unit == "年"
            and _CJK.match(text, f.end)
            and text[f.end] not in "内来前后间以里中"
        )
        or _in_quotation(text, f.start, clause)
        or _sized_thing(text, clause, f)
        or (
            text[f.end : f.end + 1] == "的" and _ZH_THRESHOLD_WORD.search(text, max(clause.start, f.start - 2), f.start)
        )
        for f in figs
    )


def _named_items(text: str, clause: Span, carried: bool = False) -> tuple[int, tuple[str, ...]] | None:
    """A list of named things in a clause: 嘉杭路、万国路、百川路等11条…, “路长制”“河长制”“楼长制”.

    carried: the clause has no verb of its own and the one before it opened with a delivery verb, which governs
    this list too (加快推进万国路跨杭州塘大桥，广穹路、槜李路跨南郊河大桥工程)."""
    body = text[clause.start : clause.end]
    if _LIST_MARK.search(body) is None or (
        "、" not in body and "”“" not in body and _NUMBERED_SET.search(body) is None
    ):
        return None
    quoted = re.findall(r"“([^”]{2,12})”(?=[“、]|$|[^”]{0,4}$)", body)
    if len(quoted) >= 2 and re.search(r"”、?“", body):
        if not re.search(r"建立|践行|实施|推行|创建|建成", body[: body.index("“")]):
            return None  # 坚持“一号工程”“一把手工程”, 对接“百年百项”…: programmes named, nothing listed to deliver
        return clause.start, tuple(dict.fromkeys(quoted))
    parts = _split(text, clause.start, clause.end, "、和及")
    if len(parts) < 2 and "等" not in body:
        return None
    if len(parts) < 2:
        single = re.match(r"^(.*?)等[0-9０-９]", body)
        if single is None:
            return None
        name = _LEAD.sub("", single.group(1))
        return (clause.start, (name,)) if 2 <= len(name) <= 12 else None
    items = [text[p.start : p.end] for p in parts]
    items[0] = _LEAD.sub("", items[0])
    last = items[-1]
    if re.search(r"[^“]{2,}“[^”]+”$", last):
        return None  # …民生改善“五大攻坚战”: a programme's name, not a list of things to deliver
    ended = re.search(r"等|[一二两三四五六七八九十]+大|[0-9０-９]", last)
    follows = ended is not None
    if ended is not None:
        last = last[: ended.start()]
    items[-1] = next((last[: -len(t)] for t in _TRAIL if last.endswith(t)), last)
    items = [item.strip("“”") for item in items]
    if all(len(item) == 2 for item in items) and not _COUNTED_LIST.search(body.replace("一批", "")):
        return None  # 实施一批交通、能源、水利等重大工程: fields of work, not named things
    if any(not 2 <= len(item) <= 16 for item in items) or len(set(items)) != len(items):
        return None
    prefix = len(items[0]) >= 3 and all(item[:2] == items[0][:2] for item in items)  # 高端楼宇、高端酒店: a kind
    facilities = sum(item.endswith(_FACILITY) for item in items) * 2 >= len(items)
    counted = _COUNTED_LIST.search(body) is not None  # 嘉杭路、万国路、百川路等11条: the plan counts what it lists
    led = _DELIVERY_LEAD.match(body) is not None or (
        carried and _VERB.search(body) is None and _MORE_VERBS.search(body) is None
    )
    delivered = led and _DELIVERABLE.search(body) is not None
    listed = (follows and not prefix) or (follows and "等" in body) or facilities
    if listed and (counted or delivered or (facilities and _BUILD_LEAD.match(body) is not None)):
        return clause.start, tuple(items)
    return None


# The names a count of new things is given in its sentence: "… at Rewa and Satna", "…: the Centre for Coastal
# Resilience and the School of Data Science" (each a capitalised name, as many as the count).
_EN_NAMES_AFTER = LazyPattern(r"(?:\s(?:at|in)\s|:\s*)((?:the\s+)?[A-Z][^.;:]{1,160}?)(?=\.\s|\.?$|;)")
_EN_NAME_SPLIT = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+")
_EN_NAME = LazyPattern(r"(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|de|on))*)")


def _en_named(text: str, figure: Figure, sentence_end: int) -> tuple[int, tuple[str, ...]] | None:
    """The end and the names of the things an English count of new ones names in its sentence, if it names as many
    as it counts."""
    window = text[figure.end : min(sentence_end, figure.end + 240)]
    for found in _EN_NAMES_AFTER.finditer(window):
        parts = _EN_NAME_SPLIT.split(found.group(1).strip())
        names = [_EN_NAME.fullmatch(part.strip()) for part in parts]
        if len(names) == figure.value and all(name is not None for name in names):
            return figure.end + found.end(1), tuple(name.group("name") for name in names if name is not None)
    return None


# "Growth in median pay will keep pace with inflation": one measure against another of the same review.
_EN_COMPARISON = LazyPattern(
    r"\W*(?:the\s+)?(?P<left>[A-Za-z][\w’' -]{2,80}?)\s+(?:will|shall|must)\s+(?:at least\s+)?"
    r"(?:(?P<pace>keep pace|keep up)|(?:rise|grow|increase|move|be) in (?:line|step))\s+with\s+(?:the\s+)?"
    r"(?P<right>[A-Za-z][\w’' -]{2,60}?)\s*$",
    re.IGNORECASE,
)
# What _EN_COMPARISON cannot match without, looked for first: its backtracking over every length of the measure's
# words costs more than one pass that skips to these words' first letters.
_EN_COMPARISON_WORDS = LazyPattern(r"keep (?:pace|up)|in (?:line|step)", re.IGNORECASE)
skipping(_EN_COMPARISON_WORDS)


def _comparison(text: str, clause: Span, word: tuple[Level, int, str], head: Heading | None) -> Finding | None:
    """An English pledge that one measure keeps pace (at least) or in line (about) with another."""
    if LATIN.search(text, clause.start, clause.end) is None:
        return None  # no English word: the pattern need not even be compiled
    if _EN_COMPARISON_WORDS.search(text, clause.start, clause.end) is None:
        return None
    match = _EN_COMPARISON.match(text, clause.start, clause.end)
    if match is None or match.group("left").lower() == match.group("right").lower():
        return None
    operator = "at_least" if match.group("pace") else "about"
    start = clause.start + len(match.group()) - len(match.group().lstrip(" *•·–-"))
    quote = text[start : clause.end]
    return Finding(
        quote,
        start,
        clause.end,
        word[0],
        "comparison",
        heading=head,
        measure=match.group("left"),
        scope=match.group("right"),
        why=word[2],
        direction=operator,
    )


_EN_AND_ACT = LazyPattern(r"(?:\s+[a-z]+){0,2}?\s+and\s+(?=[a-z]{3,}\s)")


def _en_act_after(
    text: str, last: Finding, clause: Span, figs: list[Figure], word: tuple[Level, int, str]
) -> Finding | None:
    """The act a pledge's verb goes on to after its figure's goal, with no figure of its own: "will maintain
    partnerships with at least 40 universities abroad | and open an office in Ho Chi Minh City by March 2025"."""
    joined = _EN_AND_ACT.match(text, last.end, clause.end)
    if joined is None or _CJK.search(text, last.end, clause.end):
        return None
    start = joined.end()
    if any(f.start >= start and countable(f, text, clause) for f in figs):
        return None  # its own figure is a goal of its own
    if reports_progress(text[max(clause.start, start - 240) : start]) or not pledges(
        text[clause.start : start], f"{word[2]} {text[start : clause.end]}"
    ):
        return None
    return _judged(text, Span(start, clause.end), (word[0], start, word[2]), last.heading)


def _judged(text: str, clause: Span, word: tuple[Level, int, str], head: Heading | None) -> Finding:
    level, start, _ = word
    end = clause.end
    compared = _comparison(text, clause, word, head)
    if compared is not None:
        return compared
    if end - start < 8 and clause.start > 0:  # 确保持续向好: too short to stand alone; take the clause before
        window = max(0, clause.start - 200)
        ends = [m.start() for m in _SENTENCE_OR_CLAUSE_END_AT.finditer(text, window, clause.start - 1)]
        sentence_start = max(ends[-1] + 1 if ends else 0, window)
        start = sentence_start
    quote = text[start:end]
    found = _SENTENCE_END_AT.search(text, end, end + 200)
    stop = found.start() if found is not None else end + 200
    english = not _CJK.search(quote)
    kind = "milestone" if english and delivers(text[clause.start : end], text[end:stop]) else "judged"
    return Finding(quote, start, end, level, kind, heading=head, measure=strip_measure(quote), why=word[2])


# ---------------------------------------------------------------------------------------------------------------------
# Figures in a review or baseline document


class Reading(NamedTuple):
    """A countable figure in a document with the short phrase that states it and the words around it."""

    figure: Figure
    start: int  # the phrase: from the previous 、，；。 (or the last figure) to the figure's end
    end: int


_PROJECT_COUNTERS = frozenset("个家项条座幢所名")


def _counts_projects(after: str) -> bool:
    """What follows a figure makes it a count of the phrase's things: (个)项目, or at most two Han characters."""
    if after.startswith("项目") or (after[:1] in _PROJECT_COUNTERS and after.startswith("项目", 1)):
        return True
    ends = after[:-1] if after.endswith("\n") else after  # where `$` would stand
    return len(ends) <= 2 and _han_only(ends)


def readings(text: str, figures: Sequence[Figure] | None = None) -> list[Reading]:
    """Every countable figure of a document with its phrase (for evidence, baselines and untracked outcomes).

    figures: read_figures(text), when the caller has read them already."""
    out: list[Reading] = []
    all_figures = _readable(read_figures(text) if figures is None else figures)
    cursor = 0
    for sentence in sentences(text):
        figs: list[Figure] = []
        while cursor < len(all_figures) and all_figures[cursor].start < sentence.end:
            if all_figures[cursor].start >= sentence.start:
                figs.append(all_figures[cursor])
            cursor += 1
        spans = clauses(text, sentence)
        for clause, clause_figs in zip(spans, _by_span(figs, spans), strict=True):
            clause_figs = _numbered(text, clause_figs, _EN_NUMBER_OF_WAS)  # "the number of beds reached 12,000"
            clause_figs = [_scored(text, clause, f) for f in clause_figs]  # "our risk index score was 3.1"
            kept = [f for f in clause_figs if countable(f, text, clause) or f.kind is Kind.ORDINAL]
            pieces = _pieces(text, clause, kept)
            piece_at = 0  # not `cursor`: that one walks all_figures across sentences
            for index, figure in enumerate(kept):
                piece_at = _piece_of(pieces, figure.start, piece_at)
                piece = pieces[piece_at]
                start = max(piece.start, kept[index - 1].end if index else piece.start, figure.start - REACH)
                while start < figure.start and text[start] in "、，,；; ":
                    start += 1
                end = figure.end
                near_end = min(piece.end, figure.end + REACH)
                if _counts_projects(text[figure.end : near_end]):
                    end = near_end  # 全年开工26个项目
                out.append(Reading(figure, start, end))
    return out


# Searched figure by figure and clause by clause (the words before a figure, a unit, a heading's title): each skips to
# where a match can start (see lazyre.skipping), where `re` would try an alternation of Chinese words and English ones
# under IGNORECASE at every character.
skipping(
    _EN_BASE_AFTER,
    _EN_NAMED_NUMBER,
    _CAP_TO,
    _EN_HELD_AT,
    _EN_GAIN,
    _INLINE_LEAD,
    _EN_IMPROVE_TO,
    _ZH_NO_OBJECT,
    _PERMITTED,
    _EN_TARGET_IS,
    _ZH_TERMS_NOT_TARGETS,
    _EN_RANK_VERB,
    _EN_SERVED,
    _EN_OBJECT_LEAD,
    _EN_LEAD_IN,
    _EN_CONTINUED_SCOPE,
    _EN_AIMS_LEAD,
    _GROWTH_VERB,
    _DOWN_VERB,
    _CAP_VERB,
    _CAP_BEFORE,
    _CEILING_MEASURE,
    _MONEY,
    _TARGET_WORD,
    _RISE_NOUN,
    _NEW_COUNT,
    _NEW_VERB,
    _MILESTONE_VERB,
    _COUNTED_LIST,
    _SHARE_WORDS,
    _FIVE_YEAR_HEAD,
    _BARE_YEAR,
    _FISCAL_HEAD,
    _YEARS_HEAD,
    _EN_LABEL,
    _ZH_LABEL,
    _EN_NAMED_YEAR,
    _REPORTED_PLEDGE,
    _GENERIC_WORDS,
    _NUMBERED_SET,
    _LIST_MARK,
    _YEAR,
)
