"""UTF-16 positions (runtime/text16.py) and the chunked insensitive search of Position /
Replace string (commands/text.py TextSearch), checked against plain references on random
texts made of ASCII, accents, combining marks, ligatures, emoji and ignorable characters."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from fourd.runtime import text16
from fourd.runtime.commands import text as text_cmds
from fourd.runtime.ops import fold_text

ALPHABET = ["a", "b", "e", "E", "z", " ", "\n", "\r", "é", "É", "e\u0301", "\u0301", "æ", "ß",
            "s", "😀", "\U0001d400", "ø", "o", "\x01", "İ", "i", "ﬁ", "f"]
texts = st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)


def reference_units(s):
    return s.encode("utf-16-le", "surrogatepass")


# no deadline: the first example imports the regex engine (loaded on first use), and
# tests never depend on timing
@settings(deadline=None)
@given(texts)
def test_view_length_and_back(s):
    v = text16.view(s)
    assert text16.length(s) == len(v) == len(reference_units(s)) // 2
    assert text16.unview(v) == s


@settings(deadline=None)
@given(texts, st.integers(0, 45))
def test_positions_round_trip(s, i):
    i = min(i, len(s))
    u = text16.unit_of(s, i)
    assert u == len(reference_units(s[:i])) // 2
    assert text16.point_of(s, u) == i


def reference_find(src, find, start, fold):
    fsrc, owners = text_cmds._fold_map(src, fold)
    ff = "".join(fold(c) for c in find)
    if not ff:
        return -1
    k = fsrc.find(ff, 0)
    while k >= 0:
        if owners[k] >= start and not (k > 0 and owners[k - 1] == owners[k]):
            return owners[k]
        k = fsrc.find(ff, k + 1)
    return -1


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=3).map("".join),
       st.integers(0, 40))
def test_chunked_search_agrees_with_folding_everything(src, find, start):
    src, find = text16.view(src), text16.view(find)
    start = min(start, len(src))
    old = text_cmds.CHUNK
    text_cmds.CHUNK = 5                # many chunk borders in a short text
    try:
        got = text_cmds.TextSearch(src, fold_text).find(find, start)[0]
    finally:
        text_cmds.CHUNK = old
    assert got == reference_find(src, find, start, fold_text)
