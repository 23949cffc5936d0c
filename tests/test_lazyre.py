from __future__ import annotations

import re

from planaudit.reading.lazyre import LazyPattern


def test_a_lazy_pattern_reads_as_the_compiled_one_and_compiles_once() -> None:
    pattern, flags = r"\b(?P<word>will|shall)\b|[0-9]+", re.IGNORECASE
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy._compiled is None  # nothing compiled before the first use
    text = "We WILL build 12 roads; they shall 3"
    for pos, endpos in ((0, len(text)), (5, 30), (14, 16)):
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == [
            m.span() for m in compiled.finditer(text, pos, endpos)
        ]
        assert lazy.findall(text, pos, endpos) == compiled.findall(text, pos, endpos)
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text, pos, endpos), getattr(compiled, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), method
    assert lazy.fullmatch("shall") is not None
    first = lazy.compiled
    assert lazy.compiled is first
