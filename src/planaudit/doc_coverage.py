"""Document coverage: plan phrases no goal quotes, review figures nothing uses, and silences the review may break."""

import atexit
import bisect
import contextlib
import heapq
import re
from array import array
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from planaudit.documents import kept
from planaudit.documents.kept import Phrase
from planaudit.facts import Actuals, Reported, Silent
from planaudit.forks import ctrl_c_held, ignore_ctrl_c
from planaudit.models import Targets
from planaudit.reading.figures import Figure, Kind, Qualifier, read_figures_known
from planaudit.reading.lazyre import compile_re
from planaudit.reading.matching import MATCH_SHARE, pair_set, similarity, units_fit
from planaudit.reading.quotes import GRAM, INDEX_ABOVE, STRIDE, GramIndex, loosen
from planaudit.reading.scan import Reading, readings, scan, strip_measure

NUMERIC_RULES = frozenset(
    {"at_least", "at_most", "between", "approximately", "growth", "new_items", "pp_change", "trajectory"}
)


class Place(NamedTuple):
    """Where a passage stands in a source: character span and 1-based line and column."""

    source: str
    start: int
    end: int
    line: int
    column: int


class UncoveredTarget(NamedTuple):
    """A target-like phrase of the plan that no goal quotes and no `excluded:` entry covers."""

    quote: str
    place: Place
    kind: str  # the scanner's proposed rule kind
    level: str
    section: str | None  # the plan heading it falls under


class UnusedFigure(NamedTuple):
    """A figure of the review that is no goal's evidence, no untracked outcome and not excluded."""

    figure: str  # as written: "725亩"
    quote: str  # the phrase that states it
    place: Place
    value: float
    unit: str


class SuspiciousSilence(NamedTuple):
    """A goal recorded silent although a review phrase has its measure words (and, for numbers, a fitting unit)."""

    goal: str
    quote: str
    place: Place
    reason: str


class DocumentCoverage(NamedTuple):
    """How much of the documents the audit accounts for."""

    target_phrases: int  # target-like phrases the scanner finds in the plan source(s)
    covered_targets: int
    uncovered_targets: tuple[UncoveredTarget, ...]
    review_figures: int  # countable figures in the review source(s)
    used_figures: int
    unused_figures: tuple[UnusedFigure, ...]
    suspicious_silences: tuple[SuspiciousSilence, ...]


# ---------------------------------------------------------------------------------------------------------------------
# Locating quotes


class _Text:
    """A source text with its line starts and, built on first need, a loosened copy for quotes verified loosely."""

    def __init__(self, source: str, text: str, places: Mapping[str, list[int]] | None = None) -> None:
        self.source = source
        self.text = text
        self.places = places or {}  # where the verify stage found quotes verbatim
        self.lines = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.marks = bytearray(len(text))
        self._loose: tuple[str, array[int], array[int]] | None = None
        self._loose_index: GramIndex | None = None
        # Long documents are searched through a k-gram index once a few quotes long enough for it have been,
        # and each distinct quote once: marking many quotes stays linear in the document, not quotes x document,
        # and a document with one quote to mark (or only short ones, named items) never pays for an index.
        self._index: GramIndex | None = None
        self._searches = 0
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._marked: set[str] = set()

    def place(self, start: int, end: int) -> Place:
        line = bisect.bisect_right(self.lines, start)
        return Place(self.source, start, end, line, start - self.lines[line - 1] + 1)

    def spans(self, quote: str) -> list[tuple[int, int]]:
        """Every occurrence of the quote: exact, else as the verify stage compares (white space and widths loosened)."""
        starts = self.places.get(quote)
        if starts is not None:
            return [(start, start + len(quote)) for start in starts]
        known = self._found.get(quote)
        if known is None:
            known = self._found[quote] = self._spans(quote)
        return known

    def _spans(self, quote: str) -> list[tuple[int, int]]:
        indexable = len(quote) >= INDEXABLE
        self._searches += indexable
        if indexable and self._index is None and self._searches > SCANS_BEFORE_INDEX and len(self.text) > INDEX_ABOVE:
            self._index = GramIndex(self.text)
        starts = self._index.positions(quote) if self._index is not None else None
        if starts is None:  # a short text, or a quote the index does not help with: scan
            starts = _all_finds(self.text, quote)
        if starts:
            return [(start, start + len(quote)) for start in starts]
        # Not verbatim: as the verify stage compares, white space and punctuation width loosened. loosen()
        # drops white space and maps the rest one character to one, so the loosened text is the original's
        # runs of other characters end to end: where each run starts, in both, maps any offset back.
        if self._loose is None:
            runs = list(_KEPT.finditer(self.text))
            loose_starts, starts_in_text = array("q", [0]), array("q")
            for run in runs:
                starts_in_text.append(run.start())
                loose_starts.append(loose_starts[-1] + run.end() - run.start())
            self._loose = (loosen(self.text), loose_starts, starts_in_text)
        loose, loose_starts, starts_in_text = self._loose
        needle = loosen(quote)
        if not needle:
            return []
        if self._loose_index is None and len(needle) >= INDEXABLE and len(loose) > INDEX_ABOVE:
            self._loose_index = GramIndex(loose)
        found = self._loose_index.positions(needle) if self._loose_index is not None else None
        if found is None:
            found = _all_finds(loose, needle)

        def original(at: int) -> int:
            run = bisect.bisect_right(loose_starts, at) - 1
            return starts_in_text[run] + at - loose_starts[run]

        return [(original(at), original(at + len(needle) - 1) + 1) for at in found]

    def mark(self, quote: str, to_end: bool = False) -> None:
        if not to_end:  # goals may share a quote: marking its places again would cost goals x places
            if quote in self._marked:
                return
            self._marked.add(quote)
        for start, end in self.spans(quote):
            end = len(self.text) if to_end else end
            self.marks[start:end] = b"\x01" * (end - start)

    def marked(self, start: int, end: int) -> bool:
        return self.marks.find(1, start, end) != -1


_NEWLINE = compile_re("\n")
# The runs of characters loosen() keeps (it drops white space and the ideographic space).
_KEPT = compile_re(r"[^\s\u3000]+")
# Quotes searched in one document by plain scans before it gets a k-gram index.
SCANS_BEFORE_INDEX = 16
# The shortest quote a k-gram index can look up (at its narrowest stride); shorter ones are always scanned.
INDEXABLE = GRAM + STRIDE - 1


def _all_finds(text: str, needle: str) -> list[int]:
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


# ---------------------------------------------------------------------------------------------------------------------
# Coverage


class SilentGoal(NamedTuple):
    """What the silence check reads of a goal recorded silent."""

    id: str
    kind: str
    quote: str
    unit: str | None  # numeric goals only
    items: tuple[str, ...]  # named items only


class Job(NamedTuple):
    """What document coverage reads besides the marks: the documents and the silent goals. Plain data, so that a
    second process can read the documents while the first verifies the audit (see CoverageWorker)."""

    texts: dict[str, str]  # each document once, by the first source id naming it (plans first, then reviews)
    plans: tuple[str, ...]  # keys of texts
    reviews: tuple[str, ...]
    silent: tuple[SilentGoal, ...]


class Prepared(NamedTuple):
    """What a job reads before any mark is known: the plans' target phrases, the reviews' countable figures and
    the silent goals' measures (by quote). The second process reads the plans ahead and the rest once the first has
    sent what verify read; read as needed otherwise."""

    findings: dict[str, list[Phrase]]
    readings: dict[str, list[Reading]]
    measures: dict[str, str]


def document_coverage(
    targets: Targets,
    actuals: Actuals,
    texts: Mapping[str, str],
    only: Collection[str] | None = None,
    places: Mapping[str, Mapping[str, list[int]]] | None = None,
    quote_figures: Mapping[str, Sequence[Figure]] | None = None,
) -> DocumentCoverage:
    """Document coverage of an audit; texts are the source documents by source id (missing ones are skipped).

    only: the review sources to read for figures and silences (a ledger's review year), by default every review.
    places: where the verify stage found quotes verbatim, by source id (Audit.places), so as not to search again;
    quote_figures: the figures of the quotes it read (Audit.figures), so as not to read them again (in a silent goal's
    quote, or as a piece of a document between full stops: see read_figures_known).
    """
    job, aliases = coverage_job(targets, actuals, texts, only)
    documents = _marked(job, aliases, targets, actuals, places)
    return cover(job, documents, quote_figures or {})


def coverage_job(
    targets: Targets, actuals: Actuals, texts: Mapping[str, str], only: Collection[str] | None = None
) -> tuple[Job, dict[str, str]]:
    """The job of an audit's document coverage, and each plan or review source id's key in job.texts."""
    plans = [sid for sid, s in targets.sources.items() if s.role == "plan" and sid in texts]
    reviews = [
        sid
        for sid, s in targets.sources.items()
        if s.role == "review" and sid in texts and (only is None or sid in only)
    ]
    # Ids naming one file share one text (verify reads each file once): scan and mark it once.
    first: dict[int, str] = {}
    aliases: dict[str, str] = {}
    for sid in plans + reviews:
        aliases[sid] = first.setdefault(id(texts[sid]), sid)
    plans = list({aliases[sid]: sid for sid in reversed(plans)}.values())[::-1]
    reviews = list({aliases[sid]: sid for sid in reversed(reviews)}.values())[::-1]
    silent: list[SilentGoal] = []
    for goal in targets.goals:
        if isinstance(actuals.goals.get(goal.id), Silent):
            rule = goal.rule
            numeric, named = rule.kind in NUMERIC_RULES, rule.kind == "named_items"
            unit = getattr(rule, "unit", None) if numeric else None
            items = tuple(getattr(rule, "items", ())) if named else ()
            silent.append(SilentGoal(goal.id, rule.kind, goal.quote, unit, items))
    job = Job(
        {sid: texts[sid] for sid in first.values()},
        tuple(aliases[sid] for sid in plans),
        tuple(aliases[sid] for sid in reviews),
        tuple(silent),
    )
    return job, aliases


def marks(
    job: Job,
    aliases: Mapping[str, str],
    targets: Targets,
    actuals: Actuals,
    places: Mapping[str, Mapping[str, list[int]]] | None = None,
) -> dict[str, bytearray]:
    """What the audit accounts for in each document of the job: a byte per character, 1 where a goal quotes it, an
    entry cites it as evidence, an untracked outcome states it or an `excluded:` entry sets it aside."""
    return {key: document.marks for key, document in _marked(job, aliases, targets, actuals, places).items()}


def _marked(
    job: Job,
    aliases: Mapping[str, str],
    targets: Targets,
    actuals: Actuals,
    places: Mapping[str, Mapping[str, list[int]]] | None = None,
) -> dict[str, _Text]:
    documents = {key: _Text(key, text, (places or {}).get(key)) for key, text in job.texts.items()}
    default_plan = job.plans[0] if len(job.plans) == 1 else None

    def mark(source: str | None, quote: str) -> None:
        key = aliases.get(source) if source is not None else None
        if key is not None:
            documents[key].mark(quote)

    for goal in targets.goals:
        mark(goal.source or default_plan, goal.quote)
    for entry in actuals.goals.values():
        if isinstance(entry, Reported):
            for evidence in entry.evidence:
                mark(evidence.source, evidence.quote)
            values: dict[str, Any] = getattr(entry, "values", None) or {}
            for value in values.values():
                for evidence in getattr(value, "evidence", None) or ():
                    mark(evidence.source, evidence.quote)
    for item in actuals.untracked:
        mark(item.source, item.quote)
    for excluded in targets.excluded:
        for sid, key in aliases.items():
            if excluded.source in (None, sid):
                documents[key].mark(excluded.quote, to_end=excluded.rest_of_document)
    return documents


def prepare(job: Job, known: Mapping[str, Sequence[Figure]] | None = None) -> Prepared:
    """The target phrases of the job's plans, read at once (see Prepared); the reviews are read by review_readings and
    the silent goals' measures by cover, with the figures verify read of their quotes (silent_figures)."""
    known = known or {}
    return Prepared({sid: _findings(job.texts[sid], known) for sid in job.plans}, {}, {})


def silent_figures(job: Job, known: Mapping[str, Sequence[Figure]] | None) -> dict[str, Sequence[Figure]]:
    """The figures verify read of the silent numeric goals' quotes (Audit.figures), for a second process to read their
    measures with, as the first would: reading those quotes again cost it as much as the measures themselves."""
    known = known or {}
    return {goal.quote: known[goal.quote] for goal in job.silent if goal.kind in NUMERIC_RULES and goal.quote in known}


def review_readings(job: Job, known: Mapping[str, Sequence[Figure]] | None = None) -> dict[str, list[Reading]]:
    """The countable figures of each review of the job up to READ_WHOLE characters long (a longer one is read a piece
    at a time by cover, so that its figures are never all in memory at once)."""
    texts = job.texts
    return {sid: _whole_readings(texts[sid], known or {}) for sid in job.reviews if len(texts[sid]) <= READ_WHOLE}


def _whole_readings(text: str, known: Mapping[str, Sequence[Figure]]) -> list[Reading]:
    """Every figure reading of a text up to READ_WHOLE long: kept from an earlier run on the same text by the same
    code (a big review), else read."""
    return kept.pickled_or_read(READINGS, text, list, lambda: list(_readings(text, known)))


def with_marks(job: Job, marked: Mapping[str, bytes | bytearray]) -> dict[str, _Text]:
    """The job's documents holding marks made elsewhere (by `marks`)."""
    documents = {key: _Text(key, text) for key, text in job.texts.items()}
    for key, document in documents.items():
        document.marks[:] = marked[key]
    return documents


def _findings(text: str, known: Mapping[str, Sequence[Figure]]) -> list[Phrase]:
    """The plan's target phrases: kept from an earlier run on the same text by the same code (a big plan), else
    scanned."""
    keep = len(text) >= kept.KEEP_ABOVE
    known_phrases = kept.phrases(text) if keep else None
    if known_phrases is not None:
        return known_phrases
    found = [
        Phrase(f.start, f.end, f.kind, f.level, f.heading.title if f.heading is not None else None)
        for f in scan(text, figures=read_figures_known(text, known))
    ]
    if keep:
        kept.keep_phrases(text, found)
    return found


def cover(
    job: Job,
    documents: Mapping[str, "_Text"],
    known: Mapping[str, Sequence[Figure]],
    prepared: Prepared | None = None,
) -> DocumentCoverage:
    """The coverage of the job's marked documents; what `prepared` holds is not read again."""
    counted = covered = 0
    uncovered: list[UncoveredTarget] = []
    for sid in job.plans:
        document = documents[sid]
        findings = prepared.findings[sid] if prepared is not None else _findings(document.text, known)
        for start, end, kind, level, section in findings:
            counted += 1
            if document.marked(start, end):
                covered += 1
                continue
            if len(uncovered) < MAX_LISTED:
                place = document.place(start, end)
                uncovered.append(UncoveredTarget(document.text[start:end], place, kind, level, section))

    measures: dict[str, str] = {}  # by goal
    by_quote: dict[str, str] = prepared.measures if prepared is not None else {}  # goals citing one sentence share it
    for g in job.silent:
        if g.kind in NUMERIC_RULES:
            measure = by_quote.get(g.quote)
            if measure is None:
                measure = by_quote[g.quote] = _measure(g.quote, known.get(g.quote))
            measures[g.id] = measure
    wanted = frozenset().union(*(pair_set(m) for m in set(measures.values())))
    figures = used = 0
    unused: list[UnusedFigure] = []
    shortlists: dict[str, _Shortlist] = {}
    for sid in job.reviews:
        document = documents[sid]
        shortlists[sid] = shortlist = _Shortlist(document.text, wanted)
        whole = prepared.readings.get(sid) if prepared is not None else None
        if whole is None:
            text = document.text
            whole = _whole_readings(text, known) if len(text) <= READ_WHOLE else None
        read = _readings(document.text, known) if whole is None else whole
        for reading in read:
            if not _reportable(reading):
                continue
            shortlist.add(reading)
            figures += 1
            figure = reading.figure
            if document.marked(figure.start, figure.end):
                used += 1
                continue
            if len(unused) < MAX_LISTED:
                quote = document.text[reading.start : reading.end]
                place = document.place(reading.start, reading.end)
                unused.append(UnusedFigure(figure.text, quote, place, figure.value, figure.unit))

    silences: list[SuspiciousSilence] = []
    alike: dict[tuple[object, ...], list[SuspiciousSilence]] = {}  # what _silence reads of a goal, and its answer
    for goal in job.silent:
        measure = measures.get(goal.id, "")
        key = (goal.kind, measure, goal.unit, goal.items)
        found = alike.get(key)
        if found is None:
            found = alike[key] = _silence(goal, measure, documents, shortlists)
        silences.extend(s if s.goal == goal.id else s._replace(goal=goal.id) for s in found)
    return DocumentCoverage(counted, covered, tuple(uncovered), figures, used, tuple(unused), tuple(silences))


class CoverageWorker:
    """A job's coverage read in a second process while this one verifies and scores the audit: the process reads
    the documents (the costly part), then waits for the marks (`send`) and sends the coverage back (`result`).

    fork where there is one, else spawn (the job is plain data). The process is a daemon: a run that stops early
    (invalid input, Ctrl-C, a gate) ends it on its way out; `close` ends it at once.
    """

    def __init__(self, job: Job, known: Mapping[str, Sequence[Figure]] | None = None) -> None:
        """known: figures read already, by text (the quotes' figures read ahead: see read_figures_known), which a
        forked process reads the plans with; a spawned one would be sent them, and reads the plans whole instead."""
        import multiprocessing

        forked = "fork" in multiprocessing.get_all_start_methods()
        context: Any = multiprocessing.get_context("fork" if forked else "spawn")
        self._conn, child = context.Pipe()
        other = self._conn if forked else None
        args = (job, child, other, known if forked else None)
        self._process = context.Process(target=cover_apart, args=args, daemon=True)
        with ctrl_c_held():  # until the process ignores it: Ctrl-C in between would print its traceback
            self._process.start()
        child.close()
        self._sender: Any = None
        # A run that stops before the result is read (a usage error, a gate) ends the process with close() on its way
        # out, before multiprocessing's own exit handler, which waits on it unbounded after a SIGTERM it may not get.
        atexit.register(self.close)

    def send_figures(self, figures: Mapping[str, Sequence[Figure]]) -> None:
        """Hand over the figures verify read of the silent goals' quotes (silent_figures) without waiting, as soon as
        verify is done: the process reads the silent goals' measures with them while this one makes the marks."""
        self._post(dict(figures))

    def send(self, marked: Mapping[str, bytearray], readings: Mapping[str, list[Reading] | bytes]) -> None:
        """Hand over the marks and the reviews' figures (read here, where verify's readings of the quotes spare most of
        the work; or their pickle, as documents.kept kept it) without waiting: the process takes them once it has read
        the plans and the measures (a pipe holds far less than a document's marks), and this one goes on meanwhile."""
        self._post((dict(marked), dict(readings)))

    def _post(self, message: object) -> None:
        import threading

        before = self._sender  # messages go in the order they were handed over
        self._sender = threading.Thread(target=self._send, args=(message, before), daemon=True)
        self._sender.start()

    def _send(self, message: object, before: Any = None) -> None:
        if before is not None:
            before.join()
        with contextlib.suppress(OSError, ValueError):  # the process is gone: result() reads nothing
            self._conn.send(message)

    def result(self) -> DocumentCoverage | None:
        """The coverage, or None if the process could not give it."""
        try:
            coverage: DocumentCoverage | None = self._conn.recv()
        except (EOFError, OSError, ValueError):
            coverage = None
        self._process.join(timeout=5)  # it has sent all it has to: it is on its way out
        self.close()
        return coverage

    def close(self) -> None:
        atexit.unregister(self.close)
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        if self._process.is_alive():  # never wait on a process that waits on this one (a recv on our open end)
            self._process.kill()
            self._process.join()
        if self._sender is not None:  # its send fails once the process is gone, if it had not ended
            self._sender.join()
        self._conn.close()


def cover_apart(job: Job, conn: Any, other: Any = None, known: Mapping[str, Sequence[Figure]] | None = None) -> None:
    """The second process of CoverageWorker: read the plans, wait for the silent goals' figures and read their measures,
    wait for the marks, read the rest, send the coverage
    back on conn (None if it cannot be had: the first process then reads the documents itself). other: the first
    process's end of the pipe when forked, closed here so that a send to a first process gone fails instead of
    waiting. known: figures read already, by text, that the plans are read with (see prepare)."""
    import pickle
    import signal

    ignore_ctrl_c()  # Ctrl-C is the first process's: it ends this one on its way out
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # a mask inherited blocking SIGTERM (from whatever started the run) would
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # leave close() to wait its 5 s, then kill
    if other is not None:
        other.close()
    coverage: DocumentCoverage | None = None
    try:
        prepared = prepare(job, known)
        figures = conn.recv()
        quotes = dict.fromkeys(g.quote for g in job.silent if g.kind in NUMERIC_RULES)  # goals may share one
        measures = {quote: _measure(quote, figures.get(quote)) for quote in quotes}
        marked, readings = conn.recv()
        readings = {sid: pickle.loads(r) if type(r) is bytes else r for sid, r in readings.items()}  # kept bodies
        coverage = cover(job, with_marks(job, marked), figures, prepared._replace(readings=readings, measures=measures))
    except Exception:  # the first process then reads the documents itself: the same report, on one core
        coverage = None
    try:
        conn.send(coverage)
    except (OSError, ValueError):  # the first process is gone
        pass
    finally:
        conn.close()


# Uncovered target phrases and unused figures listed, at most, each: the counts stay exact, and a hostile
# document of millions of figures costs no more memory than its text.
MAX_LISTED = 1000
# A review longer than this is read for figures a piece at a time, cut after a sentence (or a clause), so
# that what the reading keeps of the figures of one piece, not of the whole document, is ever in memory.
PIECE = 1 << 20
# A review up to this long has its figures read at once for a second process (review_readings).
READ_WHOLE = 4 * PIECE
# What a review's figure readings are kept as (documents.kept).
READINGS = "figure readings"


def _readings(text: str, known: Mapping[str, Sequence[Figure]]) -> Iterator[Reading]:
    """Every figure reading of the text, piece by piece (offsets in the whole text); one piece when it is short.
    known: figures read before, by text (see read_figures_known)."""
    start = 0
    while start < len(text):
        end = _piece_end(text, start)
        piece = text[start:end] if start or end < len(text) else text
        for reading in readings(piece, read_figures_known(piece, known)):
            if start:
                figure = reading.figure._replace(start=reading.figure.start + start, end=reading.figure.end + start)
                reading = Reading(figure, reading.start + start, reading.end + start)
            yield reading
        start = end


def _piece_end(text: str, start: int) -> int:
    """Where the piece starting at `start` ends: after the last sentence end (else clause end, else any
    character that is no part of a number) in the second half of the next PIECE characters."""
    end = start + PIECE
    if end >= len(text):
        return len(text)
    half = start + PIECE // 2
    for marks in ("。！？!?\n", "；;，,、 "):
        at = max(text.rfind(mark, half, end) for mark in marks)
        if at != -1:
            return at + 1
    while end > half and (text[end - 1].isalnum() or text[end].isalnum()):
        end -= 1
    return end


def _reportable(reading: Reading) -> bool:
    figure = reading.figure
    return bool(figure.unit) and figure.kind in (Kind.NUMBER, Kind.ORDINAL, Kind.MULTIPLE, Kind.FRACTION)


def _measure(quote: str, figures: Sequence[Figure] | None = None) -> str:
    """The words naming what a goal measures, read from its quote (whose figures may be given) by the scanner."""
    for finding in scan(quote, figures=figures):
        if finding.measure:
            return finding.measure
    return strip_measure(re.sub(r"[0-9０-９.%％]+", "", quote))


# A silent goal is compared only with the review figures whose phrases share the most of its measure's
# character pairs, at most this many: the check stays linear in goals + figures however many there are.
SHORTLIST = 50
# A pair found in more phrases than this says little about any of them (全区, 项目): it does not shortlist.
COMMON_PAIR = 400


class _Shortlist:
    """The review's figures by the character pairs of their phrases, for finding a measure's likely figures.

    Only the pairs of the silent goals' measures (`wanted`) are indexed, and a pair found in more than
    COMMON_PAIR phrases is dropped as it passes that count: what is kept is bounded by the measures, not
    by the document's figures.
    """

    def __init__(self, text: str, wanted: frozenset[str]) -> None:
        self.text = text
        self.wanted = wanted
        self.postings: dict[str, list[int] | None] = {}  # None: a common pair
        self.pool: dict[int, Reading] = {}
        self.count = 0

    def add(self, reading: Reading) -> None:
        index = self.count
        self.count += 1
        if not self.wanted:
            return
        text = self.text
        context = text[reading.start : reading.figure.start] + " " + text[reading.figure.end : reading.end]
        for pair in pair_set(context) & self.wanted:
            posting = self.postings.setdefault(pair, [])
            if posting is None:
                continue
            if len(posting) >= COMMON_PAIR:
                self.postings[pair] = None
                continue
            posting.append(index)
            self.pool[index] = reading

    def candidates(self, measure: str) -> list[Reading]:
        hits: Counter[int] = Counter()
        for pair in pair_set(measure):
            posting = self.postings.get(pair)
            if posting is not None:
                hits.update(posting)
        # Most shared pairs first, then in the review's order: ties do not follow the order of a set of strings,
        # which changes from one process to the next (hash randomisation).
        ranked = heapq.nsmallest(SHORTLIST, hits.items(), key=lambda hit: (-hit[1], hit[0]))
        return [self.pool[index] for index, _ in ranked]


def _silence(
    goal: SilentGoal, measure: str, documents: Mapping[str, _Text], shortlists: dict[str, _Shortlist]
) -> list[SuspiciousSilence]:
    """What may break the silence of a goal: a numeric goal's measure (read from its quote only for those) in
    a review phrase with a fitting figure, or a named item named in the review."""
    kind = goal.kind
    out: list[SuspiciousSilence] = []
    for sid, shortlist in shortlists.items():
        document = documents[sid]
        if kind in NUMERIC_RULES:
            pool = shortlist.candidates(measure)
            unit = goal.unit
            if kind in ("growth", "pp_change"):
                unit = "%"
            best: tuple[float, Reading] | None = None
            for reading in pool:
                if reading.figure.kind is Kind.ORDINAL or not units_fit(unit, reading.figure):
                    continue
                if document.marked(reading.figure.start, reading.figure.end):
                    continue  # another entry's evidence, or excluded with a reason: accounted for
                words = (
                    document.text[reading.start : reading.figure.start]
                    + document.text[reading.figure.end : reading.end]
                )
                score = similarity(measure, words)
                if score >= MATCH_SHARE and (best is None or score > best[0]):
                    best = (score, reading)
            if best is not None:
                reading = best[1]
                quote = document.text[reading.start : reading.end]
                qualifier = "" if reading.figure.qualifier is Qualifier.EXACT else f" ({reading.figure.qualifier})"
                reason = (
                    f"silent, but the review may report it: “{quote}” has the measure words of “{measure}” and "
                    f"a figure in a fitting unit{qualifier}"
                )
                out.append(SuspiciousSilence(goal.id, quote, document.place(reading.start, reading.end), reason))
        elif kind == "named_items":
            for item in goal.items:
                spans = [(s, e) for s, e in document.spans(item) if not document.marked(s, e)]
                if spans:
                    start, end = spans[0]
                    reason = f"silent, but the review may report it: the item “{item}” is named in the review"
                    out.append(SuspiciousSilence(goal.id, item, document.place(start, end), reason))
                    break
    return out
