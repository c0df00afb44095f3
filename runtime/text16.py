"""Text positions and lengths in UTF-16 code units: the one rule of every text command.

Decisions:
* 4D counts text in UTF-16 code units everywhere: a character outside the Basic
  Multilingual Plane (😀, U+1F600) counts 2, every code point of a combining sequence counts
  1 (`"e"+Char(769)` is 2 long: no grapheme clusters). `Length`, `Substring`, `Position`,
  `[[ ]]`, `Character code`, `Change string`, `Delete string`, `Insert string`,
  `Replace string` and `Match regex` positions all follow it, through this module.
* Text stays a Python `str` of code points (what every other command, JSON, files and
  sockets expect). Commands convert positions (`unit_of`, `point_of`) and cut text by code
  units (`slice16`); only a cut through a surrogate pair builds the UTF-16 *view* (`view`:
  each astral character as its two surrogates).
* ASCII text costs nothing (`str.isascii()` is O(1)); for other text, where its astral
  characters are is found once (one regular-expression scan, 4 ms a MB) and kept for the
  last texts seen, so `$t[[$i]]` in a loop over a long text does not rescan it each step.
* Half of a surrogate pair (`Substring("😀"; 1; 1)`, `"😀"[[1]]`) is a lone surrogate, as
  in 4D; written out (ALERT, files, blobs) it cannot be encoded as UTF-8 and becomes
  U+FFFD or `?` rather than an error.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = None          # compiled by _astral_rx() at the first non-ASCII text (start-up)


def _astral_rx():
    global _ASTRAL
    import regex                           # the regex engine scans 3 times faster here
    _ASTRAL = regex.compile("[\U00010000-\U0010FFFF]")
    return _ASTRAL
_SURROGATE = re.compile("[\ud800-\udfff]")
_RECENT = 8
# (text, code-point indices of its astral characters or None) of the last non-ASCII texts
# seen, newest last; found by identity, so that a long text is never hashed
_recent: list = []


def _astral(s: str):
    for text, astral in _recent:
        if text is s:
            return astral
    astral = [m.start() for m in (_ASTRAL or _astral_rx()).finditer(s)] or None
    _recent.append((s, astral))
    if len(_recent) > _RECENT:
        del _recent[0]
    return astral


def _pair(m) -> str:
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def view(s: str) -> str:
    """`s` with each UTF-16 code unit as one character (astral characters as surrogates)."""
    if s.isascii() or _astral(s) is None:
        return s
    return _ASTRAL.sub(_pair, s)


def unview(v: str) -> str:
    """A UTF-16 view back to text: surrogate pairs joined (a lone surrogate stays)."""
    if v.isascii() or _SURROGATE.search(v) is None:
        return v
    return v.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def has_surrogate(s: str) -> bool:
    """Whether `s` holds half of a surrogate pair (made by a cut through one)."""
    return not s.isascii() and _SURROGATE.search(s) is not None


def length(s: str) -> int:
    """`Length`: UTF-16 code units."""
    if s.isascii():
        return len(s)
    astral = _astral(s)
    return len(s) if astral is None else len(s) + len(astral)


def unit_of(s: str, i: int) -> int:
    """The UTF-16 position (0-based) of code point index `i` of `s`."""
    if s.isascii():
        return i
    astral = _astral(s)
    return i if astral is None else i + bisect_left(astral, i)


def point_of(s: str, u: int) -> int:
    """The code point index of UTF-16 position `u` (0-based) of `s`; inside a surrogate
    pair, its character."""
    if s.isascii():
        return u
    astral = _astral(s)
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


def slice16(s: str, b: int, e: int) -> str:
    """UTF-16 units b to e (0-based, end excluded, within the text) as text: a slice of `s`
    itself unless the cut halves a surrogate pair (then that half is a lone surrogate)."""
    if s.isascii() or _astral(s) is None:
        return s[b:e]
    pb, pe = point_of(s, b), point_of(s, e)
    if unit_of(s, pb) == b and unit_of(s, pe) == e:
        return s[pb:pe]
    return view(s)[b:e]


def join(*parts: str) -> str:
    """Concatenated pieces: a high and a low surrogate meeting again become their character."""
    return unview("".join(parts))


def well_formed(s: str) -> str:
    """`s` with each lone surrogate replaced by U+FFFD: what can be written as UTF-8."""
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
