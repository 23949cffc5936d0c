"""What a clause says of its figures: commitment, allocation, past or present result, forecast or condition."""

from __future__ import annotations

import bisect
import enum
import functools
import re

from planaudit.reading.lazyre import HAN, LazyPattern, compile_re, skipping


class Role(enum.StrEnum):
    """The part a clause plays in a plan, read from its tense and markers."""

    COMMITMENT = "commitment"  # 将, 要, 确保, 力争, will, shall, propose, target: a target of the plan
    ALLOCATION = "allocation"  # 安排, 拟安排, allocate, provided, set aside: money set for the period
    RESULT = "result"  # 过去五年, 已, 去年, achieved, was, has been: what already happened or stands
    FORECAST = "forecast"  # 预计, expected, projected, likely: someone's estimate, not a commitment
    CONDITION = "condition"  # if, unless, eligibility, thresholds: not a commitment of the plan
    PLAIN = "plain"  # nothing marks it: a plan's plain statement of what it will do


_EN_COMMITMENT = LazyPattern(
    r"\b(?:will|shall|must|propose[sd]?|proposing|target(?:s|ed)?|plan(?:s|ned)? to|aim(?:s|ed)? to|commit(?:ted)?"
    r"|ensure|intend|seek to|strive|endeavour|endeavor|going to|decided to|maintain\w*|retain\w*|contain(?:ed|ing)?"
    r"|keep|kept|should (?:not exceed|(?:stay|remain|be kept|be held) (?:below|under|within))"
    r"|to be (?:\w+ed|set up|taken up))\b",
    re.IGNORECASE,
)
# "would" in reported speech pledges: "The council agreed that it would open 3 new libraries" (looked for only in a
# clause with "would" in it).
_EN_REPORTED_WOULD = LazyPattern(
    r"\b(?:announced|confirmed|agreed|decided|promised|pledged|committed)\s+that\b[^.;:]{0,80}?\bwould\b",
    re.IGNORECASE,
)
_EN_ALLOCATION = LazyPattern(
    r"\b(?:allocat\w*|provision\w*|provided|assigned|set(?:ting)? (?:aside|apart)|earmark\w*|outlay|"
    r"budget(?:ed|ary)? (?:support|allocation|provision))\b"
    # "The budget provides $212 million for the Police Department", "The adopted budget totals $1.42 billion"
    r"|\bbudget\b[^.;:]{0,30}?\b(?:provides|includes|totals|funds|invests)\b",
    re.IGNORECASE,
)
_EN_RESULT = LazyPattern(
    # ("…, and have zero serious incidents every year": a pledge's second verb, coordinated under "will")
    r"\b(?:was|were|had|has (?!to\b)\w+|(?<!\band )have (?!to\b)\w+|(?<=\band )have (?!to\b|zero\b)\w+"
    r"|(?<=[A-Za-z])['’]ve (?!to\b|got to\b)\w+"
    r"|achieved|grew|rose|fell|declined|accelerated|decelerated"
    r"|slowed|stood|came|registered|recorded|reached|increased|decreased|improved|went|last (?:year|three|five|two)"
    r"|previous|so far|till now|until now|since \d{4}|in the past|compared to|as against|against the target"
    r"|now|today|already|currently|at present|to date|still|there (?:is|are)|there['’]s"
    # a state in the present: what something costs, holds or needs ("Every session costs about ₹2,000", "The
    # government provides more than 650 services", "Half of these don't offer …")
    # ("fundraising costs below 20p" is a noun: the verb "costs" has its amount or its payer after it)
    r"|costs(?=\s+(?:(?:about|around|approximately|roughly|nearly|almost|some|just|only|over|more|less|up to|an?"
    r"|the|us|them|each|every|rs)\b|[0-9₹$£€¥]))"
    r"|provides|contains|requires?|needs?|accounts? for|amounts? to|represents|comprises|averages"
    r"|translates? to|works? out to"
    # what a body is and does now, its size ("We supply 1.9 million customers", "The trust employs 9,000 staff"), and
    # what another body allows it ("The regulator's determination allows spending of £6.2 billion")
    r"|(?<=\bwe )(?:currently\s+)?(?:supply|serve|employ|operate|own|run|treat|look after)"
    r"|supplies|serves|employs|operates|owns|allows|permits"
    r"|(?:do|does)(?: not|n['’]t)|(?:highest|lowest|largest|biggest) ever"
    # a shortfall stated ("only 46% is covered with irrigation", "the demand is only half met")
    r"|only\s+(?=[0-9]|half\b|a (?:third|quarter|fifth)\b)|(?:is|are)\s+only"
    # others' work under way ("The Red Tape Challenge is examining 6,500 regulations", "£680 million is being
    # invested"), not the plan's own ("we are investing £2.3 billion", "a scheme … is also being announced")
    r"|(?<!\bwe )(?<!\bI )(?<!government )(?<!ministry )(?<!department )(?<!council )(?:is|are)\s+(?:\w+ly\s+|also\s+)?"
    r"(?!being\s+(?:announced|launched|proposed|introduced|set\s+up)\b)(?:being\s+\w+ed|\w+ing))\b",
    re.IGNORECASE,
)
# A place or a network as it is ("The county is home to 1.2 million people", "The network carries 300 million trips a
# year", "The rate stands at 4.1%", "The port is ranked 14th"), an existing scheme's scope ("The Rural Roads Fund pays
# for roads in 12 districts"), a present passive with "get" ("about 9,000 new cases get reported every year"). Apart
# from _EN_RESULT and case-sensitive: read only for a clause that has no other marker, as fast as can be.
_EN_STATE = LazyPattern(
    r"\b(?:(?:is|are)\s+(?:home\s+to|(?:currently\s+|now\s+)?(?:ranked|placed|rated))|stands?\s+at"
    r"|(?<=[a-z’'] )(?:carries|handles|spans|hosts|houses|covers|counts)\s+(?:\w+\s+){0,2}?(?=[0-9])"
    r"|(?<=[a-z] )ranks\s+(?=[0-9]|first\b)|(?<!to )(?<!will )(?<!shall )(?<!would )gets?\s+(?:\w+ly\s+)?[a-z]+ed"
    r"|population\s+(?:of\s+(?:[\w'’-]+\s+){1,4})?(?:is|stands\s+at|numbers|totals)\s+(?:\w+\s+)?(?=[0-9])"
    r"|(?:[Pp]rogram|[Pp]rogramme|[Ss]cheme|[Ff]und|[Ii]nitiative)s?\s+(?:currently\s+)?"
    r"(?:funds|supports|covers|pays|finances|reaches))\b"
)
# A clause (or list item) whose first verb is in the past: "* moved 6 more websites", "we published the standard",
# "GDS held 2 events". A participle before a noun ("redesigned services") is no verb: it needs a subject before it.
_EN_PAST_START = LazyPattern(
    r"^[\s*•·–-]*(?:(?:and|but|then)\s+)?(?:(?:we|they|it|he|she|I|(?:[A-Z][\w&.]*|the|[0-9][\w%.,]*)"
    r"(?: (?!will\b|shall\b|must\b|being\b|been\b|be\b|to\b)[\w/.-]+){0,3})\s+)?"
    r"(?:also\s+|then\s+|now\s+)?"
    r"(?:(?!need|feed|speed|seed|exceed(?=s))[a-z]+ed|won|held|made|began|took|ran|wrote|built|sent|gave|went|led|met|saw|"
    r"brought|spent|grew|rose|fell|sold|paid|bought|drew|kept|set out|put|lost)\b"
    # any subject before a verb that is past in every use ("respondents using the site took an average of 80 s")
    r"|^[\s*•·–-]*(?:[\w’'.%-]+\s+){1,4}?(?:took|spent|began|grew|rose|fell|saw|won|gave|brought|bought|sold|wrote|ran)\b"
)
_EN_FORECAST = LazyPattern(
    r"\b(?:expected|projected|forecast|estimated|likely|anticipated|could|might|can|may|according to)\b",
    re.IGNORECASE,
)
# A statement someone reports: the figures after "that" are theirs ("A study estimated that a call costs £2.83, for
# web only 15 pence", "The report found that …"), not the plan's own ("the Budget has been projected at ₹19.78 lakh
# crore, consisting of ₹5.50 lakh crore …" is).
_EN_REPORTED = LazyPattern(
    r"\b(?:estimated?|found|suggest(?:s|ed)?|show(?:s|ed|n)?|indicate[sd]?|reported|says?|said|expects?|forecasts?)"
    r"\s+that\b|\baccording to\b",
    re.IGNORECASE,
)
# A forecast made by others than the plan's authors: "Analysts expect the market to grow by 5% a year", "Economists
# project inflation of about 2.8%", "The Australian Institute of Health and Welfare expects demand … to rise".
# An acronym names a body too ("UCAS forecasts that the number of 18-year-olds will grow by about 1.5% a year").
# An institution's expectation is a forecast only when what it expects moves ("expects demand to rise"): "The Cabinet
# Office expects every department to publish 10 datasets" is the plan's requirement of others.
_EN_OTHERS_FORECAST = LazyPattern(
    r"\b(?:(?i:analysts?|economists?|forecasters?|experts?|observers|commentators|researchers|consensus)"
    r"\b(?:[\w'’ ,-]{0,60}?\s)?(?:expects?|forecasts?|projects?|predicts?|anticipates?|estimates?)"
    r"|(?:IMF|OECD|World Bank|Institute|Bureau|Agency|Office|Commission|Fund|Bank|[A-Z][A-Z&]{2,9}(?=\s+[a-z])"
    r"|(?i:central bank|reserve bank|regulator))"
    r"\b(?:[\w'’ ,-]{0,60}?\s)?(?:forecasts?|projects?|predicts?|estimates?"
    r"|(?:expects?|anticipates?)\b[\w'’ ,-]{0,40}?\bto (?:rise|grow|fall|increase|decrease|decline|reach|remain|slow"
    r"|exceed|average|peak|double|drop|climb|ease|recover|expand|contract|stay|return|settle|come back)))\b"
)
# A forecast by a body named in capitals as the clause's subject ("The Port Authority forecasts container throughput of
# 3.1 million TEU", "Infrastructure Victoria projects the population to reach 6 million", "The Energy Agency (EA)
# projects that demand will rise"): "Major Projects will …" and "Capital Projects listed below" are nouns.
_EN_NAMED_FORECAST = (
    r"^\W*(?:The\s+)?(?!(?:We|Our|This|These|That|Those|It|They|I)\b)[A-Z][\w&'’.-]*"
    r"(?:\s+(?:(?:of|for|and|on|the)\s+)*(?:[A-Z][\w&'’.-]*|\([A-Z][\w&]*\))){0,7}"
    r"\s+(?:(?:forecasts|projects|predicts|estimates)\s+"
    r"(?=that\b|(?:the|an?|its|their|total|annual)\s|[a-z]+(?:\s+[a-z]+){0,3}\s+(?:of|at|to)\b)"
    # "The Treasury expects growth of 1.5%": a change expected ("expects every school to publish" is a requirement)
    r"|expects\s+(?=(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:growth|inflation|unemployment|demand|revenues?|receipts"
    r"|surplus|deficit|rise|fall|increase|decrease|decline)\s+(?:of|to|at|in)\b))"
)
# A sentence that opens on a work's completion ("Once complete, the line will carry 20,000 passengers a day", "On
# completion, …"): what the work will do then, its effect, not a target of the plan's year.
_EN_ONCE_BUILT = (
    r"^\W*(?:(?i:once|when|after)\s+(?:it\s+is\s+|they\s+are\s+|the\s+[\w\s'’-]{1,40}?\s+(?:is|are)\s+)?(?:fully\s+)?"
    r"(?:complete|completed|built|finished|opened|operational|in\s+operation)|(?i:on|upon)\s+completion)\s*,"
)
# What a law or another body binds the country or the plan to, its target not the plan's: "The Climate Act commits the
# state to net zero by 2050", "The Directive requires member states to recycle 65%", "Under the Paris Agreement,
# Norland must cut emissions by 55%" ("Under the Act, we will …" is the plan's own pledge).
_EN_LAW = r"(?:Act|Regulation|Directive|Law|Treaty|Agreement|Accord|Convention|Protocol|Charter|Statute|legislation)"
_EN_OTHERS_TARGET = (
    r"^\W*(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}" + _EN_LAW + r"(?:\s+(?:of\s+)?(?:19|20)[0-9]{2})?\s+"
    r"(?:commits|requires|obliges|obligates|binds|mandates|directs)\b"
    r"|^\W*(?i:under)\s+(?:the\s+)?[^,;]{0,80}?\b" + _EN_LAW + r"\b[^,;]{0,30},\s*(?!(?i:we|I)\b)[^,;]{0,60}?"
    r"\b(?:must|(?:is|are)\s+(?:required|obliged|bound)\s+to|ha(?:s|ve)\s+to)\b"
)
# What a named work will consist of, with no date ("The Northern Bypass (Phase 2) will add two lanes over 9 km", "The
# Harbour Line extension will include four new stations"): the project's scope, no target of the plan's year.
_EN_PROJECT_SCOPE = (
    r"^\W*(?:[Tt]he\s+)?(?!(?:The|This|That|Our|Its|Their|Each|Every)\b)(?:[A-Z0-9][\w&'’-]*\s+){1,6}(?:\([^()]{1,30}\)\s+)?"
    r"(?i:upgrade|extension|duplication|bypass|widening|project|line|link|tunnel|bridge|motorway|freeway|highway"
    r"|corridor|scheme|stage|phase)\s+(?:\([^()]{1,30}\)\s+)?"
    r"(?i:will|would)\s+(?:\w+ly\s+)?(?i:add|include|comprise|feature|involve|consist\s+of)\b"
)
# A measure's estimated effect on jobs, its subject the measure ("The programme will support about 2,400 jobs", "This
# investment is expected to create 2,500 new jobs"): an effect foreseen, where "We will create 5,000 jobs" pledges.
_EN_EFFECT_JOBS = (
    r"\W*(?:this|it|that|these|they|the\s+(?:[\w-]+\s+){0,3}?(?:program|programme|project|investment|package|plan"
    r"|scheme|works|pipeline|strategy|spending|budget|upgrade|initiative|fund|measure|policy)s?)\s+"
    r"(?:will|would|could|should|(?:is|are)\s+(?:expected|estimated|projected|forecast)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:support|sustain|create|generate|unlock|secure|add)\s+(?:[\w,.-]+\s+){1,5}?(?:jobs|job\s+opportunities"
    r"|livelihoods)\b"
)
# A measure that will help something come about ("This will help to treat 9,000 more patients", "It would help
# irrigate 2 lakh hectares"): its hoped-for effect, where "It will help 4,000 farmers" counts those it serves.
_EN_EFFECT_HELP = (
    r"\W*(?:this|it|these|they|that)\s+(?:will|would|should|could|may)\s+(?:\w+ly\s+)?help\s+(?:to\s+)?[a-z]+\b"
)
_EN_EFFECT_SAVES = (
    r"\W*(?:this|it|that|these|they|the (?:[\w-]+ ){0,2}?(?:change|changes|cut|cuts|measure|measures|reduction|credit"
    r"|rebate|freeze|holiday))\s+(?:will|would|could|should|is expected to|is estimated to)\s+(?:\w+ly\s+)?save\b"
)
# Read at a clause's start, in one pattern for speed: an opening that names another body's forecast, a law's target, a
# work's scope or a measure's effect (the group that matched tells which).
# Any of them starts on a capital or on one of these words: a clause that starts otherwise is not tried (for speed).
_EN_MAY_OPEN = LazyPattern(r"\W*(?:[A-Z0-9]|(?i:this|it|that|these|they|the|under)\b)")
_EN_OTHERS_OPENING = LazyPattern(f"{_EN_NAMED_FORECAST}|{_EN_OTHERS_TARGET}|{_EN_ONCE_BUILT}")
_EN_SCOPE_OPENING = LazyPattern(f"(?P<scope>{_EN_PROJECT_SCOPE})")
_OPENING_REACH = 240  # the longest opening: "Under the … Regulation, … must"
_EN_OPENING = LazyPattern(
    f"(?P<forecast>{_EN_NAMED_FORECAST})|(?P<law>{_EN_OTHERS_TARGET})|(?P<scope>{_EN_PROJECT_SCOPE})"
    f"|(?P<effect>(?i:{_EN_EFFECT_SAVES}|{_EN_EFFECT_JOBS}|{_EN_EFFECT_HELP}))"
)
# What customers will pay ("Average bills will rise by 8.5 per cent", "fares are set to increase by 3%"): a price
# another decides or a cost passed on, not a result the plan delivers ("fees will fall to $10 a day" is one).
_EN_PRICE_RISE = LazyPattern(
    r"\b(?:bills?|prices?|tariffs?|charges?|fares?|rents?|premiums?)\s+(?:will|would|are (?:expected|set|due) to)\s+"
    r"(?:\w+ly\s+)?(?:rise|increase|go up|grow)\b"
    r"(?!\s+by\s+(?:no more than|not more than|at most|a maximum of|less than|under)\b)",  # a cap set on the rise
    re.IGNORECASE,
)
_EN_EXISTING = LazyPattern(
    r"\b(?:existing|ongoing|current)\s+(?:commitments?|targets?|programmes?|programs?|schemes?|frameworks?|polic(?:y|ies))\b",
    re.IGNORECASE,
)
# A target of the past, named: "Against the target of ₹8.5 lakh crore in 2015-16", "we have improved upon the target",
# "Last year's target of 90% was missed" ("We have set a target of 95%" sets one).
_EN_PAST_TARGET = LazyPattern(
    r"\b(?:against|improved|exceeded|surpassed|achieved|met|missed|last year['’]?s?|previous|was|were|had been)\b",
    re.IGNORECASE,
)
_EN_PAST_COPULA = LazyPattern(r"\b(?:was|were)\b", re.IGNORECASE)
# A relative clause that states what its noun is or does now ("rain fed areas, | which account for nearly 55% of the
# land"): a description, not a pledge ("which will bring 5 lakh acres under organic farming" is one).
_EN_RELATIVE = LazyPattern(r"\s*(?:which|who)\s+(?!will\b|shall\b|must\b|would\b|is to\b|are to\b)", re.IGNORECASE)
_EN_CONDITION = LazyPattern(r"\b(?:eligib\w*|threshold|whose|if|unless|provided that)\b", re.IGNORECASE)
# Words right before a figure that make it a threshold of a noun: "blocks with more than 50% ST population",
# "incomes up to ₹5 lakh", "units having 20 workers"; right after it: "₹50 lakh and above".
_EN_THRESHOLD_BEFORE = LazyPattern(
    r"\b(?:with|having|whose)\s+(?:[\w-]+\s+){0,3}?(?:more than|less than|fewer than|over|under|above|below|up ?to)\s*$"
    r"|\b(?:incomes?|turnover|population|holdings?|capacity)\s+(?:of|up ?to|above|below|exceeding)\s*$"
    r"|\b(?:with|having)\s+(?:a\s+)?(?:maximum|minimum)(?:\s+of)?\s*$|\bout\s+of(?:\s+the)?\s*$"
    # what a thing is estimated to cost ("a scheme with an estimated cost of $40 million"): no amount pledged
    r"|\bestimated\s+(?:total\s+|overall\s+|capital\s+)?cost\s+of\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# …or a verb of having after a plural noun: "services handling over 100,000 transactions", "firms that employ more
# than 20 workers" (the noun is described by its size; "will move more than 30 websites" sets an amount).
_BOUND_AFTER_WITH = LazyPattern(
    r"\b(?:with|having|whose)\s+(?:[\w-]+\s+){0,3}?$|\b(?:aged|of age)\s*$"
    # a set named by its size after a preposition: "systems in rural communities of 20,000 people or fewer"
    r"|\b(?:in|for|to|among|across)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s\s+of\s*$"
    r"|\b[a-z]{3,}s\s+(?:that\s+|which\s+|who\s+)?(?:handl|process|serv|employ|receiv|earn|record|generat|carr(?:y|ie)"
    r"|attract|us|hav)(?:e|es|ing|s)\s*$",
    re.IGNORECASE,
)
_EN_PER_HEAD = LazyPattern(
    r"\s*(?:per|for each|a)\s+(?:family|household|person|head|beneficiary|farmer|student|child)\b"
)
# A bounded figure that defines the noun before it, in brackets or after "defined as": "pupils at risk (an attendance
# rate below 90%)", "large firms, defined as those with 250 staff or more".
_EN_DEFINING = LazyPattern(
    r"(?:(?<=[a-z])\s*\(|\b(?:defined as|meaning|i\.e\.,?|that is,))\s*(?:(?:a|an|the|those)\s+)?"
    # a noun or a participle inside, not the target's own words ("waits (down to 18 weeks or less)")
    r"(?!(?:to|by|from|at|up|down|about|around|approximately|circa|currently|now|was|were|target|aim)\b)"
    r"(?:[\w-]+\s+){1,3}?$",
    re.IGNORECASE,
)
_EN_WHOLE = LazyPattern(r"\W*of\s+the\s*", re.IGNORECASE)
# The doer of a passive, a set the text knows: "The majority of the benefits will be achieved by the 7 transactional
# departments" ("will be cut by 7%" is the amount).
# Ties counted by whom they are with: "partnerships with at least 40 universities" is the count to reach, where
# "farmers with at least 2 hectares" names a set by its size.
_EN_TIES_WITH = LazyPattern(
    r"\b(?:partnerships?|agreements?|collaborations?|alliances?|links?|ties|relationships?|contracts?|MoUs?"
    r"|memorand(?:a|ums?)|twinnings?)\s+with\s*$",
    re.IGNORECASE,
)
_EN_AGENT = LazyPattern(r"\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+the\s*$", re.IGNORECASE)
_EN_THRESHOLD_AFTER = LazyPattern(
    r"^\s*(?:and above|or above|and below|or below|or less|or more|or fewer|and over|or over|and under|or under"
    r"|or older|or younger)\b",
    re.IGNORECASE,
)
_ZH_COMMITMENT = compile_re(r"将|要|确保|力争|力求|努力|争取|必须|务必|预期目标|目标|计划|拟")
# Words of the plan's year and of its work that mark a commitment only where nothing says the figure already stands:
# 今年棚户区住房改造600万套 is a target, 今年已过去近5个月 and 今年高校毕业生达874万人 state what is; so
# is a year to reach (到2025年全县累计建成高标准农田30万亩: 累计 alone would read it as a result).
_ZH_WEAK_COMMITMENT = LazyPattern(r"继续|完成|实现|推进|谋划|今年|全年|到(?:19|20)[0-9]{2}年")
_ZH_TARGET_KEPT = LazyPattern(r"的目标(?:保持|仍然|依然)?不变")
_ZH_THIS_PLAN = LazyPattern(r"(?:制定|编制|制订|印发|出台)本(?:行动|实施|工作)?(?:计划|方案|规划|意见|办法|细则|纲要)")
_ZH_RULE_FOR = LazyPattern(r"\s*对[^，,；;。]{0,20}?(?:未|没有|不能|未能)(?:按期|如期)?(?:完成|达到|实现|达标)")
# 项目建成后，可带动就业2000人: what a work does once built, an effect (the clause of its completion no act either)
_ZH_ONCE_BUILT = LazyPattern(r"(?:建成|投产|投运|完工|竣工|达产|运营|实施)后\s*$")
_ZH_ALLOCATION = compile_re(r"拟安排|安排|拨付|投入资金")
_ZH_RESULT = LazyPattern(
    r"过去|(?<!比)(?<!较)(?<!于)(?<!同)去年|(?<!比)(?<!较)(?<!于)(?<!同)上年|已经|已|五年来|近年来|近五年|以来|(?<!为)了|当前|目前|现有|曾"
)
# What already stands: 已/已经/过去/曾, and a bare 达 before a figure, the verb of statistics (毕业生达874万人,
# 比重达47.2%); 达到, 直达 and 将高达 (a forecast) are other words.
_ZH_STANDS = LazyPattern(
    r"已经|(?<![而])已(?![于])|过去|(?<!不)曾|(?<![到直抵高长多送传下通])达(?=[近约超逾]?[0-9０-９一二两三四五六七八九十百千万])"
    # a standing in a ranking (位列第56位, 名列全省第3): where it is, 力争进入前100位 is a target
    r"|位列|位居|名列"
    # a share as it is (原材料占产品成本的比重约为45%): a plan's level to reach says 左右, 达到 or 控制在
    r"|(?:比重|占比|比例|份额)约为"
    # the size of a place (全市常住人口520万人, 全县土地面积1800平方公里, 全县共有中小学120所): what it is
    r"|(?:常住|户籍|总)人口(?=[约近超逾]?[0-9０-９])|(?:土地|国土|行政区域|辖区)(?:总)?面积(?=[约近超逾]?[0-9０-９])"
    r"|(?<=[市县区省镇乡])共有"
)
_ZH_FORECAST = compile_re(r"有望|估计|预测|可望|将高达")  # 预计 is also how a plan states its own amounts
_CJK = HAN


def role(clause: str, pledged: bool = False) -> Role:
    """The role of one clause (or sentence) of a plan, by the markers of its language.

    pledged: the clause is a bullet under a pledging lead-in ("Our targets:" … "* 95% of bins collected on time"),
    whose verb form is a participle or the base form, never a past.

    An allocation or commitment marker wins over a result marker ("₹368 crore has been provided",
    "今年将…比去年增加"); a forecast or a condition is never a commitment of the plan ("is expected to",
    "with more than 50% ST population", "30万千瓦以下的"); a clause with none of them is plain.
    """
    if _CJK.search(clause):
        if _ZH_TARGET_KEPT.search(clause):
            return Role.RESULT  # …年均增长6%的目标不变: a target set before, said to stand
        if _ZH_THIS_PLAN.search(clause):
            return Role.RESULT  # 结合我市实际，制定本方案: the making of the document itself, done
        if _ZH_RULE_FOR.match(clause) or ("后" in clause and _ZH_ONCE_BUILT.search(clause)):
            return Role.CONDITION  # 对未完成年度目标的县，实行…: a rule for those who fail, no target
        if _ZH_ALLOCATION.search(clause):
            return Role.ALLOCATION
        if _ZH_FORECAST.search(clause):
            return Role.FORECAST
        if _ZH_COMMITMENT.search(clause):
            return Role.COMMITMENT
        if _ZH_STANDS.search(clause):
            return Role.RESULT
        if _ZH_WEAK_COMMITMENT.search(clause):
            return Role.COMMITMENT
        return Role.RESULT if _ZH_RESULT.search(clause) else Role.PLAIN
    if _EN_EXISTING.search(clause):
        return Role.RESULT  # "as part of the existing commitment to ensure 25% of spend": another programme's scope
    if _EN_ALLOCATION.search(clause):
        # "The allocations in 2012-13 and 2013-14 were only ₹8,885 crore": money set in the past
        return Role.RESULT if _EN_PAST_COPULA.search(clause) and not _EN_COMMITMENT.search(clause) else Role.ALLOCATION
    if _EN_CONDITION.search(clause) or _EN_RELATIVE.match(clause):
        return Role.CONDITION
    opening = _opening(clause)
    named = opening.lastgroup if opening is not None else None
    if named in ("forecast", "effect") or _EN_OTHERS_FORECAST.search(clause) or _EN_PRICE_RISE.search(clause):
        # "Analysts expect the market to grow by 5%": another's forecast, whatever "will" follows; "This will save a
        # family about $420 a year": what a measure is estimated to save each, not an amount to deliver
        return Role.FORECAST
    if named == "law":
        return Role.CONDITION  # "The Act commits the state to a 51% cut": a law's target, binding the plan from outside
    if named == "scope" and _EN_DATED.search(clause) is None:
        return Role.RESULT  # "The Harbour Line extension will include four stations": what a work is, undated
    commitment = _EN_COMMITMENT.search(clause) or (_EN_REPORTED_WOULD.search(clause) if "would" in clause else None)
    if commitment is not None:
        # "Against the target of ₹8.5 lakh crore in 2015-16", "we have improved upon the target": a past target, named
        only_target = commitment.group().lower() == "target" and not _EN_COMMITMENT.search(clause, commitment.end())
        return Role.RESULT if only_target and _EN_PAST_TARGET.search(clause) else Role.COMMITMENT
    if _EN_FORECAST.search(clause):
        return Role.FORECAST
    if _EN_RESULT.search(clause) or (not pledged and _EN_PAST_START.match(clause)) or _EN_STATE.search(clause):
        return Role.RESULT
    return Role.PLAIN


# A sentence that opens on a past time (去年全市地区生产总值增长4.5%，完成固定资产投资1100亿元) tells results in
# each of its clauses, whatever work word (完成, 实现) they use, until a marker of the plan's own time or a pledge
# turns it.
_ZH_PAST_TOPIC = LazyPattern(r"\s*(?:去年|上年|前年|上一年|过去一年|过去的一年|过去五年|过去的五年|过去几年)")
_ZH_TURN = LazyPattern(r"今年|本年|明年|将|确保|力争|力求|努力|争取|必须|务必|预期目标|目标|计划|拟|(?<!主)要")


# A sentence that opens on a year before the plan's own (2022年，全市网上可办率为92%, in a plan for 2023).
# Also with no mark after its year: 2023年全县高考本科上线率为68.5% (not 2023年起/前/以来…, a span from or to it).
# A stock at a past date likewise (截至2023年底，全市公路总里程1.7万公里, in a plan for 2024).
_ZH_PAST_YEAR = LazyPattern(r"\s*(?:(?:截至|截止到?)\s*)?((?:19|20)[0-9]{2})年(?![起前内以后至到—–-])")
# … or on a five-year plan's span that ended before the plan's year (“十三五”期间，全省地区生产总值年均增长7.1%).
_ZH_PAST_PLAN = LazyPattern(r"\s*“?十([一二三四五六七八九])五”?(?:期间|时期)[，,]")


def five_year_plan(digit: str) -> tuple[int, int]:
    """The first and last year of the 十X五 five-year plan (digit: X, 一 to 九): the sixth began in 1981, each after it
    five years later (“十四五”: 2021–2025)."""
    first = 1981 + 5 * ("〇一二三四五六七八九".index(digit) + 4)
    return first, first + 4


def zh_past_topic(head: str, year: str | None = None, end: int | None = None) -> bool:
    """Whether a Chinese sentence, read from its start to the end of a clause (head, or its first `end` characters),
    still tells of a past time (year: the plan's own year, when known)."""
    end = len(head) if end is None else end
    opening = _ZH_PAST_TOPIC.match(head, 0, end)
    if opening is None and year is not None and year.isdigit():
        dated = _ZH_PAST_YEAR.match(head, 0, end)
        opening = dated if dated is not None and int(dated.group(1)) < int(year) else None
        named = _ZH_PAST_PLAN.match(head, 0, end) if opening is None else None
        if named is not None and five_year_plan(named.group(1))[1] < int(year):
            opening = named  # “十三五”期间，… in a plan for 2021 or later
    return opening is not None and not _turned(head, opening.end(), end)


_first_turn: tuple[str, int, re.Match[str] | None] = ("", -1, None)  # the last head asked of, and its first turn


def _turned(head: str, start: int, end: int) -> bool:
    """Whether head[start:end] has a _ZH_TURN word. The clauses of a sentence ask in turn with one head and a later
    end: its first turn is looked for once, not to each clause's end again (quadratic in a sentence of many). Sound as
    _ZH_TURN looks at no character after a match: a match before `end` is one in the whole head, no earlier than its
    first."""
    global _first_turn
    known, at, first = _first_turn
    if known is not head or at != start:
        first = _ZH_TURN.search(head, start)
        _first_turn = (head, start, first)
    if first is None:
        return False
    return first.end() <= end or _ZH_TURN.search(head, first.start(), end) is not None


# An English sentence that opens on a year before the plan's own ("In 2024–25, 62% of pupils reach the standard",
# "During 2023 the service handles 40,000 calls", in a plan for 2025–26): a clause with no pledge of its own tells what
# was.
_EN_PAST_YEAR = LazyPattern(
    r"\W*(?:in|during|over|throughout|for)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar|school|academic)\s+year\s+"
    r"|FY\s*)?((?:19|20)[0-9]{2})(?:\s*[–/-]\s*[0-9]{2,4})?(?!\s*(?:[–/-]|and\b|to\b|through\b))",
    re.IGNORECASE,
)


def en_past_topic(head: str, year: str | None, end: int | None = None) -> bool:
    """Whether an English sentence (head: from its start, or its first `end` characters) opens on a year before the
    plan's own year."""
    if year is None or not year.isdigit():
        return False
    dated = _EN_PAST_YEAR.match(head, 0, len(head) if end is None else end)
    return dated is not None and int(dated.group(1)) < int(year)


# A sentence that opens on another's forecast (据中国机械工业联合会预测，…; 市统计局预计，今年全市经济增速将在
# 5.5%左右) tells that forecast in each of its clauses, whatever 将 follows; the plan's own 预计 has no institution
# before it (预计全年…, 我局预计). A clause that opens on a condition (若钢材价格上涨10%，毛利率将下降约1.2个百分点)
# and every clause after it in the sentence tell a case and its effect, not a target.
_ZH_OTHERS_FORECAST = LazyPattern(
    r"\s*(?:据[^，,。；;：:]{1,30}?(?:预测|预计|估计|测算|研判)"
    r"|[^，,。；;：:]{0,30}?(?<![我本])(?:局|厅|署|委|院|中心|机构|组织|联合会|协会|研究会|银行)(?:预测|预计|估计))"
)
_ZH_CONDITION = LazyPattern(r"(?:^|[，,；;：:])\s*(?:若|如果|假如|假若|倘若|如若|假设)")
# Another body's figures: a task a higher body sets the plan's area (市人社局下达我区新增就业任务8000人: the plan's
# own figure is what it pledges), and a scheme's terms: standards listed after a colon (奖补标准为：新建每所100万元，…)
# and an award each recipient gets (考核前5名的乡镇各奖励20万元).
_ZH_ASSIGNED = LazyPattern(
    r"\s*[^，,。；;：:]{0,30}?(?:厅|部|委|局|署|政府|办公室|上级)(?:下达|分解下达|核定|分配|下发)给?(?:我|本)"
)
_ZH_BUILT_OPENING = LazyPattern(r"\s*[^，,。；;：:]{0,20}?(?:建成|投产|投运|完工|竣工|达产|运营|实施)后[，,]")
_ZH_LISTED_TERMS = LazyPattern(r"标准(?:为|是)[：:]")
_ZH_EACH_AWARD = LazyPattern(
    r"各(?:奖励|补助|补贴|奖补|资助)|每(?![年月周季半])[^，,；;。0-9０-９]{1,4}?(?:奖励|补助|补贴|奖补|资助)"
)


_EN_OWN_WORDS = ("we", "I", "our")
_EN_OWN_TURN = LazyPattern(r"\b(?:" + "|".join(_EN_OWN_WORDS) + r")\b")


def _opening(clause: str) -> re.Match[str] | None:
    """An opening naming another body's forecast, a law's target, a work's scope or a measure's effect."""
    if not _EN_MAY_OPEN.match(clause):
        return None
    if _names_another(clause) or _may_effect(clause):
        return _EN_OPENING.match(clause)
    return _EN_SCOPE_OPENING.match(clause)


def en_not_the_plans(head: str, end: int | None = None) -> bool:
    """Whether an English sentence, read from its start to the end of a clause (head, or its first `end` characters),
    opens on another body's forecast or a target a law sets ("Under the Paris Agreement, | Norland must cut emissions
    by 55%"), with no pledge of the plan's own ("we", "our") after it."""
    end = len(head) if end is None else end
    opening = _others_opening(head, end)
    return opening >= 0 and not _own_turn(head, opening, end)


def _others_opening(head: str, end: int | None = None) -> int:
    """Where an opening naming another body's forecast or a law's target ends in these words (head, or its first `end`
    characters), or -1."""
    end = len(head) if end is None else end
    opening = _EN_OTHERS_OPENING.match(head, 0, end) if _names_another_within(head, end) else None
    return opening.end() if opening is not None else -1


# A verb either opening needs, looked for as plain text first: a regex on every clause costs more.
_ANOTHER_WORDS = (
    "forecasts", "projects", "predicts", "estimates", "expects", "omplet", "built", "finished", "opened", "operation",
    "commits", "requires", "oblig", "binds", "mandates", "directs", "nder",
)  # fmt: skip


def _names_another(words: str) -> bool:
    return any(word in words for word in _ANOTHER_WORDS)


_named_within: tuple[str, int] = ("", 0)  # the last head asked of, and where the first of _ANOTHER_WORDS in it ends


def _names_another_within(head: str, end: int) -> bool:
    """_names_another(head[:end]). Where the first of the words ends in the whole head is found once, not in each
    clause's head again: the clauses of a sentence ask in turn with one head (quadratic in a sentence of many)."""
    global _named_within
    known, first = _named_within
    if known is not head:
        first = min((at + len(word) for word in _ANOTHER_WORDS if (at := head.find(word)) >= 0), default=len(head) + 1)
        _named_within = (head, first)
    return first <= end


_own_turns: tuple[str, list[int], list[int]] = ("", [], [])  # the last head asked of, where its own words start, end


def _own_turn(head: str, start: int, end: int) -> bool:
    """Whether _EN_OWN_TURN.search(head, start, end) finds one. The clauses of a sentence ask in turn with one head:
    its words are found once, not to each clause's end again (quadratic in a sentence of many). A match in head[:end]
    is one in the whole head (the first from start), or ends at `end` itself, where the whole head may go on with a
    letter: that one starts no earlier than the longest word before it."""
    global _own_turns
    known, starts, ends = _own_turns
    if known is not head:
        found = list(_EN_OWN_TURN.finditer(head))  # they cannot overlap: each starts and ends a word
        starts, ends = [m.start() for m in found], [m.end() for m in found]
        _own_turns = (head, starts, ends)
    first = bisect.bisect_left(starts, start)
    if first < len(starts) and ends[first] <= end:
        return True
    at_end = max(start, end - max(map(len, _EN_OWN_WORDS)))
    return _EN_OWN_TURN.search(head, at_end, end) is not None


def _may_effect(words: str) -> bool:
    return "save" in words or "job" in words or "livelihood" in words or "help" in words


def zh_not_the_plans(head: str, end: int | None = None) -> bool:
    """Whether a Chinese sentence, read from its start to the end of a clause (head, or its first `end` characters),
    tells another's forecast or a condition and its effect there: no target of the plan."""
    end = len(head) if end is None else end
    # the condition within the clause's last 200 characters: bounded, a text without full stops is one sentence
    recent = max(0, end - 200)
    near = max(recent - 1, 0)  # a mark before recent - 1 counts for no more than recent - 1 does
    last = max(*(head.rfind(mark, near, end) for mark in "，,；;"), recent - 1) + 1
    return (
        _ZH_OTHERS_FORECAST.match(head, 0, end) is not None
        or _ZH_ASSIGNED.match(head, 0, end) is not None
        or ("后" in head[: min(32, end)] and _ZH_BUILT_OPENING.match(head, 0, end) is not None)
        or _ZH_CONDITION.search(head, recent, end) is not None
        or _ZH_LISTED_TERMS.search(head, recent, end) is not None
        or _ZH_EACH_AWARD.search(head, last, end) is not None
    )


def states_target(clause: str, in_free_sentence: bool = True) -> bool:
    """Whether figures in this clause may be targets of the plan: not a result, forecast or condition.

    in_free_sentence: what `sentence_states` says of the sentence the clause is part of; a clause with no marker of its
    own takes the sentence's ("so far we've recruited 11 posts, | been involved in recruiting 29 more"). (The scanner
    reads the two roles itself, to read a sentence's only when a clause asks.)"""
    found = role(clause)
    if found is Role.PLAIN:
        return in_free_sentence
    return found in (Role.COMMITMENT, Role.ALLOCATION)


def sentence_states(sentence: str) -> bool:
    """Whether an English sentence leaves its unmarked clauses free to state targets: not when it reports a result
    ("so far we've …") or someone's statement ("A study estimated that a call costs £2.83, for web only 15 pence").
    Chinese clauses carry their own markers: always True for a sentence with Chinese in it."""
    if _CJK.search(sentence):
        return True
    return role(sentence) is not Role.RESULT and _EN_REPORTED.search(sentence) is None


_EN_TIME_UNIT = LazyPattern(r"(?:years?|months?|weeks?|days?|quarters?|decades?)", re.IGNORECASE)
_EN_PERIOD_BEFORE = LazyPattern(
    r"\b(?:in|within|over|for|during|every|each|after|next|last|past|first|coming|previous|at|aged)(?:\s+the)?\s*$",
    re.IGNORECASE,
)


# An act done within a time: "registration will be done in one day", "passports issued within 7 days" (a most).
_EN_TIMED_ACT = LazyPattern(
    r"\b(?:done|completed?|processed|issued|resolved|settled|registered|cleared|disposed of|approved)"
    r"\s+(?:in|within)\s*$",
    re.IGNORECASE,
)


# A service standard: a thing done to each case within days ("complaints will be logged within 2 working days", "cases
# will be referred to a panel within five days"), a passive verb and its object before "within".
_EN_DONE_WITHIN = LazyPattern(
    r"\b(?:be|are|is)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)(?:\s+(?:to|by|with|on|right)(?:\s+(?:an?|the))?(?:\s+[\w-]+){0,3})?"
    r"\s+within\s*$",
    re.IGNORECASE,
)


# A short span of time (a wait, a response, a service standard), in any of its units: the one pattern that the acts
# below and the scan's "improve to" read a short time by.
EN_SHORT_TIME = LazyPattern(
    r"(?:seconds?|minutes?|hours?|(?:working\s+|business\s+|calendar\s+)?days?|weeks?)", re.IGNORECASE
)


# A short time an act of the plan's own takes: a modal, an active verb and its object, then "in" ("We will answer calls
# in 20 seconds", "to process claims in 10 working days", "will see 95% of patients in 4 hours"): the most it may take.
_EN_ACT_IN = LazyPattern(
    r"\b(?:will|shall|must|to)\s+(?:\w+ly\s+)?(?!(?:be|have|take|spend|last|run|meet)\b)[a-z][a-z-]*"
    r"(?:\s+[\w’'%,.-]+){1,7}?\s+in\s*$",
    re.IGNORECASE,
)


def timed_act(before: str, unit: str) -> bool:
    """Whether a figure of time after these words is the most an act may take ("will be done in one day")."""
    if EN_SHORT_TIME.fullmatch(unit) is not None and _EN_ACT_IN.search(before[-80:]) is not None:
        return True
    if _EN_TIME_UNIT.fullmatch(unit) is None:
        return False
    if _EN_TIMED_ACT.search(before[-40:]) is not None:
        return True
    return EN_SHORT_TIME.fullmatch(unit) is not None and _EN_DONE_WITHIN.search(before[-60:]) is not None


_EN_PARTS = LazyPattern(r"(?:instal+ments?|tranches?|phases?|stages?|batches?|parts?)", re.IGNORECASE)
_EN_IN = LazyPattern(r"\bin\s*$", re.IGNORECASE)


def period(before: str, unit: str) -> bool:
    """Whether a figure of time is the span a sentence speaks of ("in the next 5 years", "every 3 months", "for three
    years"), not a target ("cut waiting times to 18 weeks", "will be done in one day")."""
    if _EN_PARTS.fullmatch(unit) is not None and _EN_IN.search(before[-12:]) is not None:
        return True  # "will be paid in three instalments", "delivered in 2 phases": how an act is done, no amount
    if _EN_TIME_UNIT.fullmatch(unit) is None or _EN_PERIOD_BEFORE.search(before[-30:]) is None:
        return False
    return not timed_act(before, unit)


def threshold(before: str, after: str, bounded: bool = False) -> bool:
    """Whether the figure between these words is a threshold describing a noun, not a target ("with over 50%").

    bounded: the figure itself carries "more than", "over", "up to" (the reader keeps them with the figure).
    (Chinese thresholds, 30万千瓦以下的, are attributes the scanner reads by their 的.)"""
    if _EN_WHOLE.fullmatch(before):
        return True  # "Third, | of the 5.35 lakh Fair Price Shops, 3 lakh will be automated": the whole, not the part
    before = before[-40:]
    if bounded and _BOUND_AFTER_WITH.search(before) and not _EN_TIES_WITH.search(before):
        return True
    if bounded and _EN_DEFINING.search(before):
        return True  # "high-risk cases (a score of 14 or more on the checklist)": what defines the noun before it
    if bounded and _EN_PER_HEAD.match(after):
        return True  # "health cover up to ₹1 lakh per family": what a scheme gives each, not an amount to reach
    return bool(
        _EN_THRESHOLD_BEFORE.search(before) or _EN_THRESHOLD_AFTER.match(after[:16]) or _EN_AGENT.search(before)
    )


# A commitment word with no figure pledges an act only when the plan is its doer and the verb after it is an act:
# "to ensure …" states a purpose, "I shall outline" is the speaker's, "will help / will be able to / will be
# challenging" state an effect, a modality or a state; "不懈努力" is a noun, "在确保安全的前提下" a condition.
_EN_PURPOSE = LazyPattern(r"(?:\bto|\bthat \w+)\s*$", re.IGNORECASE)
_EN_SPEAKER = LazyPattern(r"(?:^|\W)I\s*$")
# A measure as the subject (a pronoun for the sentence before, or "this/these" + its noun): its pledge is an effect.
_EN_EFFECT_SUBJECT = LazyPattern(r"(?:^|[.;:]\s*)\W*(?:it|this|they|these)(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
_EN_ACTIVE = LazyPattern(r"(?:will|shall|must)\s+(?:also\s+|further\s+)?(?!be\b|not\b)[a-z]+\b", re.IGNORECASE)
_EN_SPEECH_PLEDGE = LazyPattern(r"(?:propose|plan|intend|decided)\w*\s+to\b", re.IGNORECASE)
# A pledge inside a clause that says what another text sets out or what a noun does: "strategies explaining what
# actions they will take", "showing how the department will resource the project", "a person who will enter it".
_EN_EMBEDDED = LazyPattern(
    r"\b(?:what|how|who|whom|whose|which|whether|why|where|when)\s+(?:[\w‘’'-]+\s+){0,8}$", re.IGNORECASE
)
_EN_ADVERB = r"(?:(?:also|then|now|further|usually|only|not|therefore|typically|certainly|significantly|\w+ly)\s+)*"
_EN_NOT_AN_ACT = LazyPattern(
    r"^(?:will|shall|must)\s+(?:[\w-]+\s+){0,2}?(?:usually|typically|normally|generally|often|not only|not "
    r"(?:necessarily|inevitably|always))\b|^(?:will|shall|must)\s+"
    + _EN_ADVERB
    + r"(?:help\b(?!(?:\s+[\w’'-]+){1,5}?\s+to\b)|(?:enable|benefit|improve|empower|enhance|usher|add|"
    r"incentivi[sz]e|avoid|save|cast|unfold|need|have to|vary|bring|mean|require|become|choose|elaborate|outline|focus|"
    r"look ahead|depend|remain|continue to be|cost|lead to|result)\b"
    # an order of priority ("will be covered first", "will be given priority", "will be prioritised"): how a scheme
    # is rolled out, no act to check
    r"|(?:celebrate|commemorate)\b"  # "will celebrate the 150th anniversary": an occasion, no act to check
    r"|be\s+" + _EN_ADVERB + r"(?:\w+(?:ed|en)\s+first\b|(?:given|accorded)\s+(?:\w+\s+)?priority\b|prioriti[sz]ed\b)"
    r"|be\s+" + _EN_ADVERB + r"(?:able|better|worse|"
    r"easy|far|difficult|available|admissible|applicable|eligible|possible|likely|\w+(?:ing|ful|ive|ous|ent|ant)\b"
    r"|(?:much\s+|far\s+|even\s+)?(?:\w+er|more\s+\w+|less\s+\w+)\s+than\b))",
    re.IGNORECASE,
)
_ZH_NOT_AN_ACT = LazyPattern(r"^努力(?:$|[的下让使]|帮助)|前提下")
# 努力 with no figure pledges something checkable only as 努力实现/完成/达到 a named end; 努力改善/保持/稳定/把…
# name the direction of an effort, and 艰苦卓绝努力并… is the noun. 务必 likewise: 务必做到/实现 a state, not
# 务必抓好/精打细算 (a manner of work).
_ZH_EFFORT = LazyPattern(r"努力(?!实现|完成|达到|达成|建成|做到|取得|确保)|务必(?!做到|实现|完成|确保)")
# The plan's own targets as a whole (努力完成全年目标任务, 确保各项政策落到实处): a closing call, not one more goal.
_ZH_WHOLE_PLAN = LazyPattern(
    r"(?:今年|全年|本年度?|年度)[^，；。]{0,12}目标任务|完成[^，；。]{0,20}?年度(?:目标)?任务|各项(?:政策|任务|工作|措施|目标)|(?:政策|任务)[^，；。]{0,4}落到实处"
)


def embedded(before: str) -> bool:
    """Whether an English commitment word after these words of its clause stands in a clause of what, how or who
    ("strategies explaining what actions they | will take")."""
    return _EN_EMBEDDED.search(before[-90:]) is not None


# "must" with no date, figure or deliverable states a principle or a necessity ("These services must be designed to
# meet user needs", "we must continue with the pace of reforms"), not a pledge to check; "must be implemented by March
# 2015" is one.
_EN_MUST = LazyPattern(r"must\b", re.IGNORECASE)
# What a measure does to a quantity, or what it is said to be: "This will be further increased where …", "This will
# be a transformative piece of legislation".
_EN_EFFECT_STATE = LazyPattern(
    r"(?:will|shall)\s+" + _EN_ADVERB + r"be\s+" + _EN_ADVERB + r"(?:increased|reduced|improved|enhanced|accelerated"
    r"|strengthened|multiplied|(?:a|an)\s+(?:\w+(?:ive|ful|ous)|major|significant|historic|landmark)\b)",
    re.IGNORECASE,
)
# Those a scheme serves as the subject: what they will do or get under it, not the plan's act.
_EN_BENEFICIARY = LazyPattern(
    r"\b(?:farmers?|citizens?|users?|people|patients?|taxpayers?|students?|households?|consumers?|customers?|residents?"
    r"|beneficiar(?:y|ies)|passengers?|famil(?:y|ies)|employees?|workers?)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A plan's gains as the subject of their coming about: an effect foreseen, not an act.
_EN_GAINS = LazyPattern(r"\b(?:benefits?|savings|gains|impacts?)\s*$", re.IGNORECASE)
_EN_GAINED = LazyPattern(
    r"(?:will|shall)\s+"
    + _EN_ADVERB
    + r"be\s+"
    + _EN_ADVERB
    + r"(?:achieved|realised|realized|felt|seen|gained|reaped)\b",
    re.IGNORECASE,
)
# Details promised for another time or text: "Details of this scheme will be spelt out separately".
_EN_DEFERRED = LazyPattern(r"[^,;]*\b(?:separately|elsewhere)\s*$", re.IGNORECASE)
# The act named before, referred back to ("We will do this through mutual agreement", "will implement this strategy"):
# the goal is that act or the plan as a whole, not one more.
_EN_PRO_ACT = LazyPattern(
    r"(?:will|shall|must)\s+" + _EN_ADVERB + r"(?:do|achieve|implement|deliver|carry out|pursue)\s+(?:this|that|it|so)"
    r"(?:\s+(?:strategy|plan|budget|document|report|agenda|vision))?\s*(?:$|[,;.]|(?:through|by|with|in|from|"
    r"supported|together)\b)",
    re.IGNORECASE,
)
# How an act is done or paid for, with nothing more: "will be implemented in mission mode", "will be serviced through
# internal accruals", "Any funding required will be found by departments from within existing budgets".
_EN_MANNER = LazyPattern(
    r"(?:will|shall|must)\s+" + _EN_ADVERB + r"be\s+" + _EN_ADVERB + r"(?:implemented|executed|carried out|run|operated"
    r"|managed|made available|serviced|financed|funded|met|found)\s+(?:(?:by|through|in|from|on|under|within)\b"
    r"(?!\s+(?:the end of\s+)?(?:(?:19|20)[0-9]{2}|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[^,;]*)?$",
    re.IGNORECASE,
)
# Means left unnamed ("will offer them ways to access services offline", "will continue to take measures to support",
# "will take a flexible approach"): no thing to check, a manner of working.
_EN_UNNAMED_MEANS = LazyPattern(
    r"(?:will|shall|must)\s+" + _EN_ADVERB + r"(?:continue to\s+)?(?:(?:offer|provide|give|find|include|explore|seek)"
    r"\s+(?:them\s+|us\s+|people\s+)?(?:[\w-]+\s+){0,4}?(?:ways|means)\s+(?:to|for|of)\b|(?:take|adopt)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:measures|steps|approach)\b|find\s+the\s+(?:\w+\s+)?(?:resources|funds|money))"
    r"|^(?:will|shall)\s+" + _EN_ADVERB + r"be\s+" + _EN_ADVERB + r"(?:explored|considered|examined|studied)\b",
    re.IGNORECASE,
)


# How the plan reports on itself, no target of it: "Progress against each KPI will be reported to Council three times a
# year", "The department will report quarterly on these measures".
_EN_REPORTING = LazyPattern(
    r"\b(?:progress|performance|results|KPIs?|indicators|targets|measures)\b[^.;:]{0,60}?\b(?:will|shall|must)\s+"
    r"(?:also\s+|then\s+)?(?:be\s+(?:reported|published|monitored|reviewed|tracked)|report)\b"
    r"|\b(?:will|shall|must)\s+(?:also\s+)?report\s+(?:[\w-]+\s+){0,4}?(?:quarterly|annually|monthly|weekly|yearly"
    r"|every|each|twice|\w+\s+times)\b",
    re.IGNORECASE,
)


def reports_progress(words: str) -> bool:
    """Whether English words say how the plan's progress will be reported ("will be reported to Council three times a
    year", "will report quarterly"): a process, not a target."""
    return _EN_REPORTING.search(words) is not None


def pledges(before: str, after: str) -> bool:
    """Whether a commitment word with no figure (the start of `after`) pledges an act of the plan, given the words of
    its clause before it: not a purpose ("to ensure"), the speaker's own talk ("I shall outline"), an effect, a
    modality or a state ("will help", "will need to", "will be challenging"), nor 努力 as a noun or a 前提下
    condition."""
    if _CJK.search(after):
        return not (_ZH_NOT_AN_ACT.search(after) or _ZH_EFFORT.match(after) or _ZH_WHOLE_PLAN.search(after))
    if reports_progress(before[-80:] + after[:80]):
        return False  # "Progress … will be reported to Council": how the plan is followed, not what it delivers
    if _EN_OTHERS_FORECAST.search(before):
        return False  # "Industry analysts forecast that demand … will grow": another's forecast, not the plan's act
    whole = before + after[:120]
    opening = _opening(whole)
    if opening is not None and opening.lastgroup in ("forecast", "effect"):
        return False  # "The Energy Agency projects that demand will …", "The scheme will support 900 jobs": effects
    if opening is not None and opening.lastgroup == "scope" and _EN_DATED.search(after) is None:
        return False  # "The Harbour Line extension will include four stations": a work's scope, undated
    before = before[-60:]
    if _EN_PRICE_RISE.search(f"{before[-40:]} {after[:40]}"):
        return False  # "Average bills will rise by 8.5 per cent": a price customers pay, not the plan's act
    if (_EN_SPEAKER.search(before) and not _EN_SPEECH_PLEDGE.match(after)) or embedded(before):
        return False  # "As I shall outline" is talk; "I propose to constitute a Committee" is the plan's pledge
    if _EN_EFFECT_SUBJECT.search(before) and (
        _EN_ACTIVE.match(after) or _EN_EFFECT_STATE.match(after) or re.search(r"\b(?:will|shall)\s*$", before)
    ):
        return False  # "It will reduce drudgery", "This Code will provide …", "This will ensure …": what a measure does
    if _EN_BENEFICIARY.search(before):
        return False  # "The farmer will pay a nominal premium": how a scheme works for those it serves
    if _EN_GAINS.search(before) and _EN_GAINED.match(after) and _EN_DATED.search(after) is None:
        return False  # "The majority of the benefits will be achieved by the 7 departments": where an effect falls
    if _EN_MUST.match(after) and not _dated_or_delivered(after):
        return False
    if _EN_DEFERRED.match(after):
        return False
    if (_EN_PRO_ACT.match(after) or _EN_MANNER.match(after) or _EN_UNNAMED_MEANS.match(after)) and not _EN_DATED.search(
        after
    ):
        return False
    if re.match(r"(?:ensure|make sure)\b", after, re.IGNORECASE) and _EN_PURPOSE.search(before):
        return False
    return _EN_NOT_AN_ACT.match(after) is None


# A pledge whose verb delivers a thing that is there or not at a date: a bill introduced, a body set up, a plan
# published, a service started; or one with a date of its own ("by March 2015", "from April 2013", "in December 2012").
_EN_DELIVERY = LazyPattern(
    r"\b(?:will|shall|must|(?:propose[sd]?|proposing|decided|intends?|plans?|planning)\s+to)\s+"
    + _EN_ADVERB
    # "will work with the States and evolve guidelines": the act after the partners named
    + r"(?:(?:work|collaborate|engage|partner)\s+with\s+(?:[\w’'-]+\s+){1,8}?and\s+)?"
    + r"(?:be\s+"
    + _EN_ADVERB
    + r")?(?:introduc|launch|set up|establish|"
    r"enact|issu|list|publish|prepar|creat|open|constitut|notif|tabl|start|begin|adopt|transfer|dedicat|suppl|releas|"
    r"agree\b|"
    r"abolish|done away|spel[lt] out|chalk out|roll(?:ed)? out|sign|appoint|announc|complet|finish|deliver|go live|"
    r"develop|undertak|implement|identif|evolve|allowed|permitted|invit|propos)",
    re.IGNORECASE,
)
# …or whose verb, whatever it is, has a thing that is made as its object: "will operate an annual review process",
# "will provide performance reports", "will evolve guidelines", "access to the trading platform".
_EN_DELIVERABLE = LazyPattern(
    r"\b(?:will|shall|must)\s+(?>"  # atomic: "will also reflect" may not read "also" as the verb
    + _EN_ADVERB
    + r")(?:be\s+(?>"
    + _EN_ADVERB
    + r"))?(?!help|continu|encourag|support|includ|incorporat|keep|use\b|share|(?:be\s+)?(?:the|an?|one|part)\b"
    # a verb of degree or of heeding changes or follows a thing, it makes none ("increase the scale of its team",
    # "reflect these plans")
    r"|increas|expand|extend|scal|grow|rais|reduc|cut\b|improv|strengthen|enhanc|reflect|consider|follow|meet\b|compl"
    # a verb of working with others makes nothing ("work with councils and their professional bodies")
    r"|work\b|collaborat|engag|consult|partner|liais)"
    r"[a-z]+\b(?:\s+[\w’'-]+){0,8}?\s+"
    r"(?:process|platform|programme|program|strategy|plan|reports?|guidelines?|guidance|standard|system|fund|portal|"
    r"scheme|bill|act|policy|framework|website|tool|index|register|code|manual|app|arrangements|mission|authority|"
    r"board|council|agency|body|team|unit|centre|center|network|database)s?\b"
    # a noun naming the people or work it is part of is no deliverable ("training to policy teams")
    r"(?!\s+(?:teams?|makers?|leads?|officials?|officers?|staff|managers?|proposals?|areas?|professionals?)\b)",
    re.IGNORECASE,
)
_EN_DATED = LazyPattern(
    r"\b(?:by|from|in|before|until|after)\s+(?:the end of\s+)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|spring|summer|autumn|winter)\s+)?(?:19|20)[0-9]{2}\b",
    re.IGNORECASE,
)


# Not a thing delivered: one left unnamed ("a number of measures will be undertaken", "several new techniques"), one
# delivered only on a condition ("will go live unless they meet this standard"), or the quality of an act ("shall be
# implemented effectively") — each needs a judgement, not a date.
_EN_NOT_DELIVERED = LazyPattern(
    r"^[\s*•·–-]*(?:a (?:number|range|series|variety) of|several|various|certain)\s"
    r"|\b(?:unless|if)\b"
    r"|\b(?:implement|execut|deliver|carri|run|manag)\w*\s+(?:more\s+)?(?:effectively|efficiently|properly|smoothly|better)\b",
    re.IGNORECASE,
)


def delivers(clause: str, rest: str = "") -> bool:
    """Whether an English pledge names a deliverable to be there by a date: a commitment word with a delivery verb
    ("will be introduced", "will publish", "will set up"), a date of the clause's own ("by March 2015") or of the rest
    of its sentence (`rest`, when that pledges nothing of its own), or a speech's proposal of one act ("I propose to
    exempt …", "We have decided to constitute …"; not "propose to continue …"); not an unnamed one ("a number of
    measures"), one on a condition ("unless") or the quality of an act ("effectively")."""
    if _EN_NOT_DELIVERED.search(clause):
        return False
    if any(p.search(clause) is not None for p in (_EN_DELIVERY, _EN_DATED, _EN_PROPOSED_ACT)):
        return True
    made = _EN_DELIVERABLE.search(clause)
    if made is not None and not _EN_RECIPIENT.search(made.group()):
        return True
    # the rest of its sentence may date it (", likely to be published in November 2012") unless it pledges anew
    return _EN_DATED.search(rest) is not None and re.search(r"\b(?:will|shall|must)\b", rest, re.IGNORECASE) is None


def _dated_or_delivered(clause: str) -> bool:
    return any(p.search(clause) is not None for p in (_EN_DELIVERY, _EN_DATED, _EN_DELIVERABLE))


# A body the act is done for or with, not one made: "will provide training to policy teams" ("will set up a team").
_EN_RECIPIENT = LazyPattern(
    r"\b(?:to|with|for|among|across)\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+)?(?:authorit(?:y|ies)|boards?"
    r"|councils?|agenc(?:y|ies)|bod(?:y|ies)|teams?|units?|cent(?:re|er)s?|networks?)$",
    re.IGNORECASE,
)


_EN_PROPOSED_ACT = LazyPattern(
    r"\b(?:propose[sd]?|proposing|decided)\s+to\s+(?!(?:(?:further|also)\s+)*(?:continue|strengthen|support|promote|"
    r"encourage|help|work|focus|consider|review|explore|scale|expand|increase|improve|enhance))\w",
    re.IGNORECASE,
)


# The English patterns searched clause by clause skip to where a match can start (see lazyre.skipping).
skipping(
    _EN_STATE,
    _EN_PRICE_RISE,
    _EN_OTHERS_FORECAST,
    _EN_REPORTING,
    _EN_TIES_WITH,
    _EN_COMMITMENT,
    _EN_REPORTED_WOULD,
    _EN_ALLOCATION,
    _EN_RESULT,
    _EN_FORECAST,
    _EN_REPORTED,
    _EN_EXISTING,
    _EN_PAST_TARGET,
    _EN_PAST_COPULA,
    _EN_CONDITION,
    _EN_THRESHOLD_BEFORE,
    _BOUND_AFTER_WITH,
    _EN_PERIOD_BEFORE,
    _EN_PURPOSE,
    _EN_EMBEDDED,
    _EN_DELIVERY,
    _EN_DATED,
    _EN_DELIVERABLE,
    _EN_PROPOSED_ACT,
    _EN_AGENT,
    _EN_TIMED_ACT,
    _EN_BENEFICIARY,
    _EN_GAINS,
    _EN_RECIPIENT,
    # and the Chinese ones whose words `re` cannot skip to itself (a look-behind before some)
    _ZH_RESULT,
    _ZH_STANDS,
    _ZH_NOT_AN_ACT,
    _ZH_WHOLE_PLAN,
)


# ---------------------------------------------------------------------------------------------------------------------
# Whose figure: draft's policy. A figure becomes a goal only where the plan's own body (we, our, the Government, the
# Council, no subject at all: an imperative, a bullet, a table row) governs it; another body's act, a rule on others, a
# forecast or vision of another text, a part of a sum, a norm each case gets, a statistic of people: a note for the
# reviewer instead.

# Where a clause with a subject of its own starts within a sentence: after ; or : (not a time 10:30), or a coordinated
# clause ("…, and Atlantica will resume").
_EN_CLAUSE_OPEN = LazyPattern(r"[;:](?![0-9])|,\s+(?:and|but|while|whereas|so)\s+")
# The first verb group of a clause and the words before it (its subject). Modal and catenative verbs carry the plan's
# own pledges; forecast, rule and setting verbs tell what another text or body says, allows or has set. (Forecast and
# rule verbs are read in the form that cannot be a noun: "projects", "allows"; "predict", "envisage" and the plural's
# "allow" only after a plural or a name.)
_EN_ADVERBS = r"(?:\s+(?:also|further|then|now|only|still|not|\w+ly))*"
_EN_SUBJECT_VERB = LazyPattern(
    r"\W*(?:(?:and|but|while|whereas|so|also)\s+)?(?P<subject>(?:[^\s;:]+\s+){0,10}?)(?:"
    r"(?P<modal>(?:will|shall|would|must|may|might|can|could|should)\b" + _EN_ADVERBS + r"(?P<passive>\s+be\b)?"
    r"|(?:is|are)\s+(?:set|going|due)\s+to\b|(?:aims?|plans?|intends?|seeks?|hopes?|wants?)\s+(?:to|for)\b)"
    # (a plural noun is followed by a preposition, a verb or a stop: "89 irrigation projects under AIBP will be …")
    r"|(?P<forecast>(?:predicts|projects|forecasts|envisages|foresees|anticipates|estimates|expects)\b"
    r"(?!\s*[,.;:)]|\s+(?:under|in|on|at|for|of|with|by|to|from|and|or|which|who|are|were|will|would|have|had|can"
    r"|may|must|should|being|been)\b)"
    r"|(?<=s\s)(?:predict|envisage|foresee|anticipate|expect|forecast|project|estimate)\b"
    r"(?!\s*[,.;:)]|\s+(?:under|in|on|at|for|of|with|by|to|from|and|or|which|who|are|were|will|would|have|had|can"
    r"|may|must|should|being|been)\b))"
    r"|(?P<rule>(?:caps|limits|allows|permits|entitles|restricts|prohibits|requires|obliges|asks|mandates)\b"
    r"(?!\s*[,.;:)]|\s+(?:under|in|on|at|for|of|with|by|to|from|and|or|which|who|are|were|will|would|have|had|can"
    r"|may|must|should|being|been)\b)"
    r"|(?<=[s,]\s)(?:allow|permit|cap|limit|restrict|prohibit|entitle)\b)"
    r"|(?P<set>(?:has|have|had)\s+(?:\w+ly\s+)?(?:set|adopted|agreed|announced)\b)"
    r"|(?P<state>(?:is|are|stands\s+at)\b)"
    r"|(?P<gave>(?:(?:has|have|had)\s+(?P<given>been\s+)?(?:(?:also|further|now|\w+ly)\s+)*)?(?:provided|allocated|granted|awarded|gave)\b))"
)
# A subject that ends on the plan's own body: we, our …, us, I, or a body named by its kind alone ("The Government
# will", "In 2025 the Department plans to", "the Board expects", "Government will").
_EN_OWN_SUBJECT = LazyPattern(
    r"(?:^|\W)(?:we|I|us|our(?:\s+[\w-]+){1,3}|government|(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:government|council"
    r"|department|ministry|administration|authority|agency|board|trust|service|company|group|state|city|county"
    r"|province|district|university|office|commissioner|executive|organi[sz]ation|team|committee|plan|budget"
    r"|strategy|programme|program|framework))\s*$",
    re.IGNORECASE,
)
# An instrument, a document or a count that rules, forecasts or envisages ("Our planning permission caps", "the Master
# Plan 2040 envisages", "Industry forecasts predict"): not the body itself even where "our" owns it.
_EN_INSTRUMENT = LazyPattern(
    r"\b(?:permission|licen[cs]es?|consents?|regulations?|rules?|laws?|acts?|directives?|agreements?|contracts?"
    r"|facilit(?:y|ies)|scanners?|forecasts?|projections?|outlook|survey|estimates?|models?|studies|study|reports?"
    r"|visions?|master\s+plan|statement(?:\s+of\s+\w+)?)\b",
    re.IGNORECASE,
)
# Bodies that act for themselves ("an airline will", "operators plan to", "developers will build").
_EN_OTHER_AGENTS = LazyPattern(
    r"\b(?:airlines?|carriers?|operators?|developers?|investors?|lenders?|banks?|insurers?|employers?|businesses"
    r"|firms?|compan(?:y|ies)|industry|shareholders?|suppliers?|contractors?|analysts?|economists?|markets?"
    r"|regulators?)\b",
    re.IGNORECASE,
)
# People, the subject of a statistic ("Around 12% of adults smoke") or of a permission ("passengers may carry").
_EN_PEOPLE = LazyPattern(
    r"\b(?:passengers?|customers?|residents?|adults?|people|households?|tenants?|taxpayers?|visitors?|users?|drivers?"
    r"|applicants?|trainees?|candidates?|children|pupils?|students?|patients?|men|women|workers?|employees?"
    r"|citizens?|smokers?|youths?|farmers?)\b",
    re.IGNORECASE,
)
_EN_OWN_DOCUMENT = LazyPattern(r"\b(?:plan|budget|strategy|programme|program|framework)\b", re.IGNORECASE)
# What may stand between "is" and the figure of a statement of what is.
_EN_STATED = LazyPattern(
    r"\s*(?:(?:now|currently|today|about|around|approximately|roughly|nearly|almost|just|only|some"
    r"|worth|over|under|below|above|more\s+than|less\s+than)\s+)*"
)
# The amounts and limits a budget or a plan sets, told in the present ("Total spending is $3.1 billion", "The deficit is
# …", "The sector's emissions ceiling for 2021–2025 is 40 MtCO2eq").
_EN_PLANNED_MONEY = LazyPattern(
    r"\b(?:budget|spending|expenditure|outlay|allocation|provision|revenue|receipts|deficit|surplus|borrowing|resources"
    r"|investment|capital|funding|grant|transfers?|plan|programme|target|goal|aim|ambition|increase|rise|growth"
    r"|ceiling|cap|limit|quota|carbon\s+budget|standard|benchmark|requirement|commitment|promise|pledge|objective"
    r"|ambition|trajectory|milestone)\b",
    re.IGNORECASE,
)
_EN_VISION = LazyPattern(r"(?:envisage|foresee|predict|anticipate)", re.IGNORECASE)
# What a person or household does now, the subject a typical one ("A typical household spends £1,200 a year").
_EN_PEOPLE_DO = LazyPattern(
    r"\W*(?:an?|the|each|every)\s+(?:typical|average|median)\s+(?:[\w-]+\s+)?(?:household|family|resident|person"
    r"|adult|child|pupil|student|patient|customer|passenger|driver|worker|user|tenant|home)\s+(?:now\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
# A source the figure is attributed to ("…, according to the ONS"; "According to the survey, …").
_EN_ATTRIBUTED = LazyPattern(r"\baccording\s+to\b", re.IGNORECASE)
_EN_PERMISSIVE = LazyPattern(r"(?:may|can|could)\b", re.IGNORECASE)
_EN_PROMISED = LazyPattern(r"\s+(?:expect|count\s+on|rely\s+on|be\s+(?:sure|confident))\b", re.IGNORECASE)
_EN_NAME_WORD = LazyPattern(r"[A-Z][\w&.-]*")
# A capitalised word of a subject that names nothing by itself.
_EN_PLAIN_CAPITALS = frozenset(
    ("The", "This", "That", "These", "Those", "Its", "Their", "Our", "We", "An", "A", "In", "On", "By", "Under",
     "From", "FY", "Each", "Every", "All", "Any", "Some", "New", "Both")
)  # fmt: skip
# Where a subject's head noun phrase ends: a preposition or a relative after it ("Funding for the Dental Plan").
_EN_HEAD_END = LazyPattern(r"\s(?:of|for|in|at|on|to|from|with|under|which|who|that|whose)\s", re.IGNORECASE)
# A name's possessive ("The Government of India's Skill Mission", "the shareholders' facility").
_EN_POSSESSIVE = LazyPattern(r"([A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*)(?:['’]s|(?<=s)['’])\s")
# A subject that opens on the plan's own body and a verb of its own: what follows is said inside the plan's clause.
_EN_OWN_LEAD = LazyPattern(
    r"\W*(?:we|I|(?:the\s+)?government)\s+(?:\w+\s+){0,2}?(?:is|are|will|has|have)\b", re.IGNORECASE
)
# A figure owned by a body named right before it ("The shareholders' £75 million", "SkyNorth's 12 aircraft").
_EN_OWNED_FIGURE = LazyPattern(
    r"\b([A-Za-z][\w&-]*)(?:['’]s|(?<=s)['’])\s+(?:(?!(?:is|are|was|were|will|of|to|at)\b)[a-z-]+\s+){0,2}?$"
)
# Another body's words reported before a colon or "that": what follows is its plan ("Airlines have told us they will
# add capacity: …", "The operator says that it will …").
_EN_TOLD = LazyPattern(
    r"\b(?:(?:ha(?:s|ve)\s+)?(?:told|informed|advised|assured|notified)\s+us|(?:say|says|said)\s+(?:that\s+)?(?:they|it)\b)",
    re.IGNORECASE,
)
# A government of another level than the plan's (its title names its own): "the national government", "the Federal
# Ministry", "the EU".
_EN_HIGHER_GOVERNMENT = LazyPattern(
    r"\b(national|central|federal|union|european|eu|uk|us|commonwealth)\s+(?:government|ministry|ministries"
    r"|department|treasury|commission|agency)\b",
    re.IGNORECASE,
)
# Kinds of body a plan names itself by, whose possessive is the plan's own ("the Government's").
_EN_OWN_KINDS = frozenset(
    ["Government", "State", "Council", "Department", "Ministry", "Board", "Agency", "Authority", "Trust", "Company"]
)
# A part of a whole ("part of the £410 million programme", "of which ₹310 crore"): the sum's share, no target.
_EN_PART_BEFORE = LazyPattern(
    r"\b(?:(?:part|share|portion)\s+of(?:\s+(?:the|a|our|its|this))?|of\s+which)\s*$", re.IGNORECASE
)
_EN_PART_PLEDGED = LazyPattern(r"[^.;]{0,60}?\b(?:will|shall|must|to\s+be)\b", re.IGNORECASE)
# A norm each case gets or must pay ("a monthly stipend of ₹1,500", "with a minimum salary of ₹10,000", "Penalties of
# up to 150%"): the terms of a scheme or a rule, no amount to deliver.
_EN_NORM_BEFORE = LazyPattern(
    r"\b(?:a|an|each|per)\s+(?:[\w-]+\s+){0,2}?(?:stipend|allowance|salary|wage|fee|fine|penalty|premium|scholarship"
    r"|honorarium|per\s+diem)\s+of\s+(?:up\s+to\s+|at\s+least\s+|not\s+less\s+than\s+)?$"
    # a cost norm of each unit ("at a unit cost of ₹12,000 per trainee", "cost norms of ₹45 an hour")
    r"|\b(?:unit\s+costs?|cost\s+norms?)\s+(?:of\s+)?(?:up\s+to\s+)?$"
    # a plural's bound ("Penalties of up to 150%"), where "Scholarships of £2.5 million" is a total
    r"|\b(?:stipends|allowances|salaries|wages|fees|fines|penalties|premiums|scholarships)\s+of\s+up\s+to\s+$",
    re.IGNORECASE,
)
# A gap between two dates ("fifteen years ahead of the 2050 target"): a comparison, no target.
_EN_GAP_AFTER = LazyPattern(r"\s+(?:ahead\s+of|earlier\s+than|sooner\s+than)\b", re.IGNORECASE)
# What a share of people does now: "Around 12% of adults smoke" (the figure in the subject, a present verb after).
_EN_SHARE_DOES = LazyPattern(
    r"\s*(?:of\s+)?(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<people>[a-z]+)\s+(?!will\b|shall\b|should\b|must\b|to\b"
    r"|are\s+to\b|is\s+to\b|(?:[a-z]+(?:ed|en))\b)(?:[a-z]+)\b"
)
_EN_ANY_PLEDGE = LazyPattern(
    r"\b(?:will|shall|must|should|aim|aims|target|targets|plan|plans|commit\w*|pledge\w*|ensure|goal)\b", re.I
)


@functools.lru_cache(maxsize=4)
def _initials(title: str) -> str:
    """The initials of a title's capitalised words (GDS for Government Digital Strategy)."""
    return "".join(w[0] for w in _EN_NAME_WORD.findall(title))


def _named(words: list[str], title: str, common: frozenset[str]) -> bool:
    """Whether some of these capitalised words name a body other than the plan's: never written in lower case in the
    plan (not a sentence's first word), in none of its title lines, nor the title's initials (GDS)."""
    initials = _initials(title)
    return any(
        w not in title and w.lower() not in common and not (w.isupper() and len(w) > 1 and w in initials) for w in words
    )


def en_whose(
    head: str, after: str, title: str, common: frozenset[str] = frozenset(), timespan: bool = False
) -> str | None:
    """Why an English figure is not the plan's own commitment, or None where the plan's own body governs it.

    head: its sentence from the start up to the figure; after: the words after the figure (to its sentence's end);
    title: the plan's opening lines, whose names are the plan's own body; common: the words the plan writes in lower
    case (a capitalised word never written so is a name); timespan: the figure is a span of time."""
    part = _EN_PART_BEFORE.search(head[-40:])
    if part is not None and not (part.group().lower().startswith("of") and _EN_PART_PLEDGED.match(after)):
        return "a part of a sum"  # "…, of which 200 will be affordable" pledges the part
    if _EN_NORM_BEFORE.search(head[-60:]):
        return "a norm each case gets or pays"
    if timespan and _EN_GAP_AFTER.match(after):
        return "a gap between two dates"
    owner = _EN_OWNED_FIGURE.search(head[-60:]) if "'" in head[-60:] or "’" in head[-60:] else None
    if owner is not None and (
        _EN_OTHER_AGENTS.fullmatch(owner.group(1))
        or _EN_PEOPLE.fullmatch(owner.group(1))
        or _named([owner.group(1)], title, common)
    ):
        return "another body's money or measure"  # "The shareholders' £75 million facility", "SkyNorth's 12 aircraft"
    if ("ccording" in head or "ccording" in after) and (
        _EN_ATTRIBUTED.search(head[-200:]) or _EN_ATTRIBUTED.search(after[:120])
    ):
        return "another's forecast or vision"  # a figure told on a source's word is the source's
    opening = 0
    for found in _EN_CLAUSE_OPEN.finditer(head):
        opening = found.end()
    window = head[opening:]
    # "Airlines have told us they will …: SkyNorth will base …"
    told = opening > 0 and _EN_TOLD.search(head, 0, opening) is not None
    if _EN_PEOPLE_DO.match(window):
        return "a statistic of people"
    verb = _EN_SUBJECT_VERB.match(window) if window.strip() else None
    if verb is None:
        shares = _EN_SHARE_DOES.match(after)
        if (
            shares is not None
            and _EN_PEOPLE.fullmatch(shares.group("people"))
            and not _EN_ANY_PLEDGE.search(head)
            and not _EN_ANY_PLEDGE.search(after)
        ):
            return "a statistic of people"
        return None
    subject = verb.group("subject").rstrip()
    tail = subject[subject.rfind(",") + 1 :] if subject.rfind(",") < len(subject) - 1 else subject
    if not tail.strip():
        tail = subject
    if not tail.strip():
        return None  # an imperative, a bullet: the plan's own
    instrument = _EN_INSTRUMENT.search(tail) is not None
    end = _EN_HEAD_END.search(tail)
    noun_phrase = tail[: end.start()] if end is not None else tail
    # the subject's head phrase names the body ("Unemployment in the district" is no district's act); "The Government
    # is implementing the Scheme which envisages …": the verb of a clause inside the plan's own
    own = (_EN_OWN_SUBJECT.search(noun_phrase) is not None and not instrument) or _EN_OWN_LEAD.match(
        subject
    ) is not None
    words = _EN_NAME_WORD.findall(noun_phrase)
    names = [w for w in words if w not in _EN_PLAIN_CAPITALS]
    named = _named(names, title, common)
    # a body by its proper name alone ("SkyNorth will base", "Atlantica will resume"): a name with no article, every
    # word capitalised; "The State Institute will train" may be the plan's own, "Staff turnover" is a measure
    bare = 1 <= len(noun_phrase.split()) <= 2 and noun_phrase.split() == names
    possessor = _EN_POSSESSIVE.search(tail, 0, len(noun_phrase) + 40)
    if possessor is not None and possessor.start() > len(noun_phrase):
        possessor = None  # "Funding for the Seniors' Dental Plan": a name inside the phrase after the head
    owners = possessor.group(1).split() if possessor is not None else []
    others_possess = _named([w for w in owners if w not in _EN_OWN_KINDS and w != "of"], title, frozenset())
    if own and names and _EN_OWN_DOCUMENT.search(noun_phrase) and _named(names, title, frozenset()):
        own = False  # "The Local Plan …" in the Council's corporate plan: another document, not this one
    if others_possess:
        own = False  # "The Government of India's Skill India Mission aims to …": another body's, not the Government's
    # a subject the title names is the plan's own body ("Companies House will process …" in Companies House's plan;
    # "Council tax is …" names a thing of the Council's)
    last = noun_phrase.split()[-1] if noun_phrase.split() else ""
    if names and last in names and not instrument and not others_possess and not _named(names, title, frozenset()):
        own = True
    agents = _EN_OTHER_AGENTS.search(noun_phrase) is not None and not own
    # a body the title does not name ("The Commission has set a target of 55%", "Budget 2024 provided $310 million"),
    # a government of another level ("the national government will fund half the cost", in a council's plan)
    higher = _EN_HIGHER_GOVERNMENT.search(tail)
    above = higher is not None and higher.group(1).lower() not in title.lower()
    if above:
        own = False
    outside = _named(names, title, frozenset()) or others_possess or agents or above
    if verb.group("forecast"):
        # a vision or a prediction is no pledge whoever makes it ("The Local Plan envisages 12,000 homes"), but the
        # scope of the plan's own scheme in a relative clause is ("… implementing the Scheme which envisages …")
        vision = _EN_VISION.match(verb.group("forecast")) is not None and _EN_OWN_LEAD.match(subject) is None
        if not vision and (own or not (instrument or named or outside)):
            return None
        return "another's forecast or vision"
    if verb.group("rule"):
        return None if own else "a rule or permission"
    if verb.group("state"):
        if instrument and not own:
            return "an estimate or forecast"  # "Our latest estimate … is 5.6%"
        # what a measure is now, told with no pledge in the sentence ("Unemployment in the district is 4.2%", "Median
        # rent is £950 a month"): a statistic as it stands; a budget's amounts ("Total spending is $3.1 billion") and
        # the plan's own ("Our target is …") are the plan's
        stands = (
            not own
            and _EN_STATED.fullmatch(window, verb.end())
            and not _EN_ANY_PLEDGE.search(head)
            and not _EN_ANY_PLEDGE.search(after)
            and not _EN_PLANNED_MONEY.search(subject)
        )
        return "a figure as it stands" if stands else None
    if verb.group("set"):
        return "another body's target" if not own and outside else None
    if verb.group("gave"):
        return "another body's allocation" if not own and outside and not verb.group("given") else None
    if own or verb.group("passive"):
        return None  # "Pier C will be extended", "3,000 homes will be connected": what is done, by whom unsaid
    if _EN_PEOPLE.search(noun_phrase):
        # "passengers may carry …" is a rule; "no passenger should wait longer than 30 minutes" a service's outcome
        # ("Customers can expect an answer within 20 seconds" is the plan's promise to them)
        permits = _EN_PERMISSIVE.match(verb.group("modal") or "") and not _EN_PROMISED.match(window, verb.end())
        return "a rule or permission" if permits else None
    if others_possess or agents or above or (bare and named and told):
        return "another body's act"
    return None


# A higher body's demand (国家要求到2030年…, 省政府明确提出，到2027年…): its target, which the plan's own may follow.
_ZH_HIGHER = LazyPattern(
    r"(?P<body>国家|中央|国务院|党中央|上级(?:部门)?|省委|省政府|省里|省级|市委|市政府|市里)(?:有关部门|相关部门)?"
    r"[^，,。；;]{0,6}?(?:要求|提出|明确|规定|部署|下达|印发|确定)"
)
# A norm each case gets (单笔贷款额度不超过50万元, 每户最高补助2万元): the terms of a scheme, no amount to reach.
_ZH_EACH_CASE = LazyPattern(
    r"(?:单[笔户个项张套次]|每[笔户人家个张套次名])[^，,。；;0-9０-９]{0,12}?(?:不超过|不高于|最高|最多|不低于|可获|可享受"
    r"|补贴|补助|奖励|资助|奖补)[^，,。；;]{0,16}$"
)
# A part of a sum of money or a tally the sentence names before it (总投资12亿元，其中中央资金3亿元): where the money
# comes from, no target. A part of a measure's total (进出口总额达到…，其中出口…; 零售总额增长…，其中限额以上…) is
# the plan's target as the total is.
_ZH_PART = LazyPattern(r"\s*其中")
_ZH_TOTAL = LazyPattern(r"总(?:投资|规模|金额|计)|合计|共计")
# A prediction (预测, 估计) or a hope (有望): no pledge. (预计 is also how a plan states its own amounts: 预计全年为企业
# 新增减负超过2.5万亿元 is a government's target in zh-gwr-2020's key.)
_ZH_EXPECTED = LazyPattern(r"\s*(?:预测|估计|有望)")
# Another body acting for itself as the clause's subject: a company, a bank, another department (县电力公司将新建…,
# 铁路部门将开通…); 各…部门要 and 我/本… are the plan's own, and so is a company its title names (燃气公司将… in
# 临江燃气集团's plan: the name's words before 公司 are in the title).
_ZH_OTHER_ACTOR = LazyPattern(
    r"\s*(?![各我本全])(?P<stem>[\u4e00-\u9fff]{0,10}?)(?:公司|集团|企业|银行|铁路部门|电力部门|开发商|运营商)"
    r"(?:将|计划|拟|预计|要)"
)
# The levels of government, highest first: a plan of a lower level (its title) hears a higher one's demands.
_ZH_LEVELS = (("国家", "中央", "国务院", "党中央"), ("省",), ("市",), ("县", "区"))


def _zh_level(title: str) -> int:
    """The level of the body whose plan this is, read from its title lines (3: a county's or a district's, 0: the
    State Council's); 2, a city's, where none is named."""
    found = [level for level, names in enumerate(_ZH_LEVELS) for name in names if name in title]
    return max(found) if found else 2


def zh_whose(head: str, after: str, title: str = "") -> str | None:
    """Why a Chinese figure is not the plan's own commitment, or None (head: its sentence up to the figure's end; after:
    the rest of the sentence; title: the plan's opening lines, whose level says which bodies are above it)."""
    if _ZH_EACH_CASE.search(head[-40:]):
        return "a norm each case gets"
    higher = _ZH_HIGHER.match(head) or _ZH_HIGHER.match(head, max(head.rfind("。"), head.rfind("；"), 0))
    if higher is not None:
        body = higher.group("body")
        level = (
            next(level for level, names in enumerate(_ZH_LEVELS) if any(body.startswith(n) for n in names))
            if not body.startswith("上级")
            else -1
        )
        if level < _zh_level(title):
            return "a higher body's target"
    clause = head[max(head.rfind(mark) for mark in "，,；;：:") + 1 :]
    if _ZH_PART.match(clause) and _ZH_TOTAL.search(head, 0, len(head) - len(clause)):
        return "a part of a sum"  # 项目总投资12亿元，其中中央资金3亿元
    if _ZH_EXPECTED.match(clause):
        return "an estimate or forecast"
    actor = _ZH_OTHER_ACTOR.match(clause)
    if actor is not None and actor.group("stem") not in title:
        return "another body's act"  # 县电力公司将新建变电站2座, in a bureau's plan
    return None
