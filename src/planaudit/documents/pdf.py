"""PDF sources: the text of each page through pdfium (pypdfium2, the `pdf` extra), read in a child process
with bounded time and memory, and refused when the text layer is missing or garbled."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from typing import Any

from planaudit.documents.layout import clean_pages
from planaudit.errors import InputError

TIMEOUT = 60  # seconds for the whole document
MEMORY = 2 << 30  # bytes of address space for the reading process
MISSING = "is a PDF, and reading PDF needs the pdf extra: pip install 'planaudit[pdf]'"
# Signs of text that does not say what the page shows: the replacement character, pdfminer's "(cid:N)" for a glyph
# with no Unicode, private-use code points (a font with no Unicode map), and control characters.
_GARBLED = re.compile("\ufffd|\\(cid:\\d+\\)|[\ue000-\uf8ff]|[\x00-\x01\x03-\x08\x0b\x0e-\x1f\x7f]")
_CHILD = "from planaudit.documents.pdf import serve; serve()"


def extract(shown: str, data: bytes) -> tuple[str, tuple[int, ...]]:
    """The PDF's text and where each page after the first starts in it; an InputError naming `shown` (and the
    page) when it cannot be had."""
    if importlib.util.find_spec("pypdfium2") is None:
        raise InputError.at(shown, 0, 0, MISSING)
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD], input=data, capture_output=True, timeout=TIMEOUT, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        raise InputError.at(
            shown, 0, 0, f"reading the PDF took longer than {TIMEOUT} s (a decompression bomb or a damaged file?)"
        ) from None
    try:
        answer: dict[str, Any] = json.loads(done.stdout)
    except ValueError:
        answer = {}
    if "pages" in answer:
        return clean_pages([str(page) for page in answer["pages"]])
    if "error" in answer:
        raise InputError.at(shown, 0, 0, str(answer["error"]))
    limit = f"{MEMORY >> 20} MiB of memory"
    raise InputError.at(
        shown,
        0,
        0,
        f"the PDF could not be read: its reader stopped (past {limit}? a decompression bomb or a damaged file)",
    )


def _limit() -> None:
    try:
        import resource
    except ImportError:  # not on Windows: the timeout still bounds the time
        return
    for which, value in ((resource.RLIMIT_DATA, MEMORY), (resource.RLIMIT_CPU, TIMEOUT)):
        _, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value < hard:
            resource.setrlimit(which, (value, value if hard == resource.RLIM_INFINITY else hard))


def pages(data: bytes, budget: int) -> dict[str, Any]:
    """{"pages": [text, ...]} or {"error": message}: what the child process answers."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return {"error": "the PDF is encrypted with a password: save a copy without one and give that"}
        return {"error": "the file starts like a PDF but is damaged: pdfium cannot open it; save or print it again"}
    texts: list[str] = []
    total = 0
    for number in range(1, len(document) + 1):
        page = document[number - 1]
        text = page.get_textpage().get_text_range()
        images = page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4)
        if not text.strip() and next(iter(images), None) is not None:
            return {"error": f"page {number} has no text layer (a scanned image): run OCR first"}
        bad = _GARBLED.search(text)
        if bad is not None:
            what = bad.group()
            why = (
                "a replacement character U+FFFD"
                if what == "\ufffd"
                else f"a glyph with no Unicode ({what})"
                if what.startswith("(")
                else f"U+{ord(what):04X}, a character from a font with no Unicode map"
            )
            return {"error": f"page {number}: the text layer is garbled ({why}): run OCR, or export the text again"}
        total += len(text)
        if total > budget:
            return {"error": f"the PDF's text is larger than the {budget:,}-character limit"}
        texts.append(text)
    return {"pages": texts}


def serve() -> None:
    """The child process: a PDF on standard input, its pages as JSON on standard output."""
    _limit()
    from planaudit.yamlsafe import max_bytes

    data = sys.stdin.buffer.read()
    sys.stdout.write(json.dumps(pages(data, max_bytes())))
