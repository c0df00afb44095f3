"""Text positions and lengths in UTF-16 code units: the one rule of every text command.

Decisions (issue 15):
* 4D counts text in UTF-16 code units everywhere: a character outside the Basic
  Multilingual Plane (😀, U+1F600) counts 2, every code point of a combining sequence counts
  1 (`"e"+Char(769)` is 2 long: no grapheme clusters). `Length`, `Substring`, `Position`,
  `[[ ]]`, `Character code`, `Change string`, `Delete string`, `Insert string`,
  `Replace string` and `Match regex` positions all follow it, through this module.
* Text stays a Python `str` of code points (what every other command, JSON, files and
  sockets expect). A command working on positions takes the text's UTF-16 *view* (`view`:
  each astral character as its two surrogates), works on it, and turns its result back
  (`unview`); positions of a code-point string convert with `unit_of` / `point_of`.
* ASCII text, and text without astral characters, is its own view: `str.isascii()` costs
  nothing, and what is found about a non-ASCII text (its view, where its astral characters
  are) is kept for the last texts seen, so `$t[[$i]]` in a loop over a long text does not
  rescan it at each step.
* Half of a surrogate pair (`Substring("😀"; 1; 1)`, `"😀"[[1]]`) is a lone surrogate, as
  in 4D; written out (ALERT, files, blobs) it cannot be encoded as UTF-8 and becomes
  U+FFFD or `?` rather than an error.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CACHE_SIZE = 16
# non-ASCII text -> (its UTF-16 view, code-point indices of its astral characters, or None)
_known: dict = {}


def _pair(m) -> str:
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def _facts(s: str):
    facts = _known.get(s)
    if facts is None:
        if _ASTRAL.search(s) is None:
            facts = (s, None)
        else:
            facts = (_ASTRAL.sub(_pair, s), [m.start() for m in _ASTRAL.finditer(s)])
        if len(_known) >= _CACHE_SIZE:
            _known.pop(next(iter(_known)), None)     # the oldest
        _known[s] = facts
    return facts


def view(s: str) -> str:
    """`s` with each UTF-16 code unit as one character (astral characters as surrogates)."""
    if s.isascii():
        return s
    return _facts(s)[0]


def unview(v: str) -> str:
    """A UTF-16 view back to text: surrogate pairs joined (a lone surrogate stays)."""
    if v.isascii() or _SURROGATE.search(v) is None:
        return v
    return v.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def length(s: str) -> int:
    """`Length`: UTF-16 code units."""
    if s.isascii():
        return len(s)
    return len(_facts(s)[0])


def unit_of(s: str, i: int) -> int:
    """The UTF-16 position (0-based) of code point index `i` of `s`."""
    if s.isascii():
        return i
    astral = _facts(s)[1]
    return i if astral is None else i + bisect_left(astral, i)


def point_of(s: str, u: int) -> int:
    """The code point index of UTF-16 position `u` (0-based) of `s`; inside a surrogate
    pair, its character."""
    if s.isascii():
        return u
    astral = _facts(s)[1]
    if astral is None:
        return u
    lo, hi = 0, len(astral)        # astral chars whose unit position (astral[j] + j) < u
    while lo < hi:
        mid = (lo + hi) // 2
        if astral[mid] + mid < u:
            lo = mid + 1
        else:
            hi = mid
    return u - lo


def well_formed(s: str) -> str:
    """`s` with each lone surrogate replaced by U+FFFD: what can be written as UTF-8."""
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
