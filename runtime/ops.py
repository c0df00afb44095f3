"""4D operators (language.md §4.3–§4.8): the helpers generated code calls.

Each binary operator has a fast path for the common same-type case and falls back to the
full 4D rules; any combination without a rule is a type error, never a silent coercion.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .errors import FourDError, ERR_TYPE_MISMATCH, ERR_DIV_ZERO, ERR_CONDITION
from .values import (NULL, Obj, Coll, Date4D, Time4D, Pointer, Array4D, type_name)

_int, _float, _str, _bool = int, float, str, bool


def _incompatible(op, a, b):
    raise FourDError(ERR_TYPE_MISMATCH,
                     f"Incompatible types for operator {op}: {type_name(a)} {op} {type_name(b)}")


def _is_num(v):
    t = type(v)
    return t is _int or t is _float or t is Time4D


# ---------------------------------------------------------------- arithmetic
def add(a, b):
    ta, tb = type(a), type(b)
    if ta is tb and (ta is _float or ta is _int or ta is _str):
        return a + b
    if _is_num(a) and _is_num(b):
        if ta is Time4D and tb is Time4D:
            return Time4D(a + b)
        return a + b if ta is not Time4D and tb is not Time4D else int(a) + b if ta is Time4D else a + int(b)
    if ta is Date4D and (tb is _int or tb is _float):
        return Date4D.from_ordinal(a.ordinal() + int(b))
    return _incompatible("+", a, b)


def sub(a, b):
    ta, tb = type(a), type(b)
    if ta is tb and (ta is _float or ta is _int):
        return a - b
    if _is_num(a) and _is_num(b):
        if ta is Time4D and tb is Time4D:
            return Time4D(a - b)
        return (int(a) if ta is Time4D else a) - (int(b) if tb is Time4D else b)
    if ta is Date4D:
        if tb is _int or tb is _float:
            return Date4D.from_ordinal(a.ordinal() - int(b))
        if tb is Date4D:
            return float(a.ordinal() - b.ordinal())
    return _incompatible("-", a, b)


def mul(a, b):
    ta, tb = type(a), type(b)
    if ta is tb and (ta is _float or ta is _int):
        return a * b
    if _is_num(a) and _is_num(b):
        return (int(a) if ta is Time4D else a) * (int(b) if tb is Time4D else b)
    if ta is _str and (tb is _int or tb is _float):
        return a * max(0, int(b))
    return _incompatible("*", a, b)


def div(a, b):
    if _is_num(a) and _is_num(b):
        a, b = float(a), float(b)
        if b == 0.0:
            if a == 0.0 or a != a:
                return math.nan
            return math.inf if a > 0 else -math.inf
        return a / b
    return _incompatible("/", a, b)


def idiv(a, b):
    """`\\`: Int(a/b) (floor); by zero is an error (language.md §4.3 decision)."""
    if _is_num(a) and _is_num(b):
        if b == 0:
            raise FourDError(ERR_DIV_ZERO, "Division by zero")
        return float(math.floor(float(a) / float(b))) if (type(a) is _float or type(b) is _float) \
            else int(a) // int(b)
    return _incompatible("\\", a, b)


def mod(a, b):
    """`%`: long-integer remainder (sign of the dividend); Time % Time is a Time; Text % Text is
    the keyword-match operator."""
    ta, tb = type(a), type(b)
    if ta is _int and tb is _int and a >= 0 and b > 0:      # the common case
        return a % b
    if ta is _str and tb is _str:
        return contains_word(a, b)
    if _is_num(a) and _is_num(b):
        ia, ib = _to_long(a), _to_long(b)
        if ib == 0:
            raise FourDError(ERR_DIV_ZERO, "Division by zero")
        r = abs(ia) % abs(ib)
        r = -r if ia < 0 else r
        if ta is Time4D and tb is Time4D:
            return Time4D(r)
        return float(r) if ta is _float or tb is _float else r
    return _incompatible("%", a, b)


def power(a, b):
    if _is_num(a) and _is_num(b):
        try:
            r = float(a) ** float(b)
        except ZeroDivisionError:
            return math.inf
        except OverflowError:
            return math.inf
        if isinstance(r, complex):
            return math.nan
        return r
    return _incompatible("^", a, b)


def _to_long(v):
    if type(v) is _float:
        if v != v or v in (math.inf, -math.inf):
            return 0
        return int(v)
    return int(v)


def _bits(op, a, b):
    if _is_num(a) and _is_num(b):
        return _to_long(a) & 0xFFFFFFFF, _to_long(b)
    return _incompatible(op, a, b)


def _signed(x):
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def band(a, b):
    """`&`: logical AND of Booleans (both evaluated), bitwise AND of longints."""
    if type(a) is _bool and type(b) is _bool:
        return a and b
    x, y = _bits("&", a, b)
    return _signed(x & y)


def bor(a, b):
    if type(a) is _bool and type(b) is _bool:
        return a or b
    x, y = _bits("|", a, b)
    return _signed(x | y)


def bxor(a, b):
    x, y = _bits("^|", a, b)
    return _signed(x ^ (y & 0xFFFFFFFF))


def shl(a, b):
    x, y = _bits("<<", a, b)
    return 0 if y > 31 or y < 0 else _signed(x << y)


def shr(a, b):
    x, y = _bits(">>", a, b)
    return 0 if y > 31 or y < 0 else _signed(x >> y)


def bitset(a, b):
    x, y = _bits("?+", a, b)
    return _signed(x | (1 << y)) if 0 <= y <= 31 else _signed(x)


def bitclear(a, b):
    x, y = _bits("?-", a, b)
    return _signed(x & ~(1 << y)) if 0 <= y <= 31 else _signed(x)


def bittest(a, b):
    x, y = _bits("??", a, b)
    return bool(x & (1 << y)) if 0 <= y <= 31 else False


def neg(a):
    t = type(a)
    if t is _int or t is _float:
        return -a
    if t is Time4D:
        return -int(a)
    raise FourDError(ERR_TYPE_MISMATCH, f"Incompatible type for unary minus: {type_name(a)}")


def pos(a):
    if _is_num(a):
        return a
    raise FourDError(ERR_TYPE_MISMATCH, f"Incompatible type for unary plus: {type_name(a)}")


# ---------------------------------------------------------------- text collation (§4.4)
_IGNORABLE = {c: None for c in list(range(0, 9)) + [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                                                      25, 26, 27, 28, 29, 30, 31, 127]}
_SPECIAL_FOLD = {"æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ø": "o", "Ø": "o",
                 "đ": "d", "Đ": "d", "ł": "l", "Ł": "l"}


_SPECIAL = re.compile("[" + "".join(_SPECIAL_FOLD) + "]")
_SPECIAL_TABLE = str.maketrans(_SPECIAL_FOLD)
_IGNORABLE_RX = re.compile("[" + "".join(map(chr, _IGNORABLE)) + "]")
_COMBINING = None          # compiled by _combining() at the first non-ASCII text (start-up)


def _combining():
    """The combining marks: canonical combining class > 0 (the regex engine knows it)."""
    global _COMBINING
    import regex
    _COMBINING = regex.compile(r"\P{ccc=0}")
    return _COMBINING


def decompose(s: str) -> str:
    """The first steps of fold_text: special letters spelled out (æ → ae), NFKD."""
    if _SPECIAL.search(s):
        s = s.translate(_SPECIAL_TABLE)
    return unicodedata.normalize("NFKD", s)


def _fold(s: str) -> str:
    """Whole-text operations only (no loop per character in Python); folding a text is
    folding each of its characters."""
    s = (_COMBINING or _combining()).sub("", decompose(s)).casefold()
    return _IGNORABLE_RX.sub("", s) if _IGNORABLE_RX.search(s) else s


_fold_short = lru_cache(maxsize=4096)(_fold)


def fold_text(s: str) -> str:
    """Collation key: case-, accent- and ignorable-character-insensitive."""
    if s.isascii():
        s = s.lower()
        if s.isprintable():         # the ignorable ASCII characters are control characters
            return s
        return _IGNORABLE_RX.sub("", s) if _IGNORABLE_RX.search(s) else s
    return _fold_short(s) if len(s) <= 256 else _fold(s)   # no cache of long texts


@lru_cache(maxsize=1024)
def _wildcard(pattern: str):
    if "@@" in pattern:
        return None
    parts = pattern.split("@")
    return re.compile(".*".join(re.escape(p) for p in parts), re.S)


def text_eq(a: str, b: str) -> bool:
    """`a = b` for texts: insensitive, `@` in the right operand is a wildcard."""
    if a == b and "@" not in b:
        return True
    fa = fold_text(a)
    if "@" in b:
        rx = _wildcard(fold_text(b))
        return rx is not None and rx.fullmatch(fa) is not None
    return fa == fold_text(b)


def text_cmp(a: str, b: str) -> int:
    if b.endswith("@") and "@" not in b[:-1]:
        fa, fb = fold_text(a), fold_text(b[:-1])
        if fa.startswith(fb):
            return 0
    else:
        fa, fb = fold_text(a), fold_text(b)
    return (fa > fb) - (fa < fb)


def contains_word(text: str, word: str) -> bool:
    """`text % word`: whole-word search (`@` allowed at the end of word)."""
    w = fold_text(word)
    prefix = w.endswith("@")
    w = w.rstrip("@")
    if not w:
        return False
    for token in re.findall(r"\w+", fold_text(text)):
        if token == w or (prefix and token.startswith(w)):
            return True
    return False


# ---------------------------------------------------------------- comparisons
EPSILON = 1e-6


def eq(a, b):
    ta, tb = type(a), type(b)
    if ta is _str and tb is _str:
        return text_eq(a, b)
    if (ta is _int or ta is _float or ta is Time4D) and (tb is _int or tb is _float or tb is Time4D):
        if ta is _int and tb is _int:
            return a == b
        return abs(a - b) <= EPSILON or a == b
    if ta is _bool and tb is _bool:
        return a is b
    if a is None or a is NULL or b is None or b is NULL:
        return (a is None or a is NULL) and (b is None or b is NULL)
    if ta is Date4D and tb is Date4D:
        return a.key() == b.key()
    if isinstance(a, (Obj, Coll)) or isinstance(b, (Obj, Coll)):
        if isinstance(a, (Obj, Coll)) and isinstance(b, (Obj, Coll)):
            return a is b
        return _incompatible("=", a, b)
    if ta is Pointer and tb is Pointer:
        return a == b
    if _is_object_like(a) and _is_object_like(b):
        return a is b
    return _incompatible("=", a, b)


def _is_object_like(v):
    return not isinstance(v, (str, int, float, Date4D, bytearray, Array4D))


def ne(a, b):
    return not eq(a, b)


def _order(op, a, b):
    """-1/0/1, or None for an undefined operand (always False, language.md §4.8)."""
    ta, tb = type(a), type(b)
    if _is_num(a) and _is_num(b) and ta is not _bool and tb is not _bool:
        if abs(a - b) <= EPSILON and not (ta is _int and tb is _int):
            return 0
        return (a > b) - (a < b)
    if ta is _str and tb is _str:
        return text_cmp(a, b)
    if ta is Date4D and tb is Date4D:
        ka, kb = a.key(), b.key()
        return (ka > kb) - (ka < kb)
    if a is None or b is None:     # undefined vs text/number/date/time: False; vs undefined: error
        other = b if a is None else a
        if isinstance(other, (str, int, float, Date4D)) and type(other) is not _bool:
            return None
    return _incompatible(op, a, b)


def lt(a, b):
    if type(a) is type(b) and (type(a) is _int or type(a) is _float):
        return a < b and not (type(a) is _float and abs(a - b) <= EPSILON)
    r = _order("<", a, b)
    return r is not None and r < 0


def gt(a, b):
    if type(a) is type(b) and (type(a) is _int or type(a) is _float):
        return a > b and not (type(a) is _float and abs(a - b) <= EPSILON)
    r = _order(">", a, b)
    return r is not None and r > 0


def le(a, b):
    if type(a) is _int and type(b) is _int:
        return a <= b
    r = _order("<=", a, b)
    return r is not None and r <= 0


def ge(a, b):
    if type(a) is _int and type(b) is _int:
        return a >= b
    r = _order(">=", a, b)
    return r is not None and r >= 0


# ---------------------------------------------------------------- truthiness and conditions
def truthy(v) -> bool:
    """`&&`, `||`, `?:` (language.md §4.5): 0 is truthy; "", [], {}, Null, undefined,
    null date are falsy."""
    t = type(v)
    if t is _bool:
        return v
    if v is None or v is NULL:
        return False
    if t is _str:
        return v != ""
    if t is _int or t is _float or t is Time4D:
        return True
    if t is Date4D:
        return not v.is_null()
    if isinstance(v, (Obj, Coll)):
        return len(v) > 0 or (isinstance(v, Obj) and v.cls is not None)
    return True


def cond(v) -> bool:
    """A condition of If/While/Until/Case: a Boolean; undefined counts as False."""
    if v is True:
        return True
    if v is False or v is None:
        return False
    raise FourDError(ERR_CONDITION, f"Boolean expected in a condition, got {type_name(v)}")

