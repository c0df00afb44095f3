"""Text commands (language.md §12.3): String, Num, Length, Substring, Position, Replace string…

Positions and lengths count UTF-16 code units as 4D does (`Length("😀")` = 2, runtime/text16.py); text
comparisons use runtime.ops collation (case-, accent- and ignorable-insensitive).
"""
from __future__ import annotations

import os
import re
import time
import unicodedata
from bisect import bisect_left
from itertools import chain, repeat
from functools import lru_cache

from ..errors import FourDError, ERR_REGEX, ERR_TYPE_MISMATCH
from ..formatting import string_of, parse_num
from ..ops import decompose, fold_text
from ..values import NULL, Coll, Time4D, Array4D, type_name
from ..text16 import has_surrogate, join, length as length16, point_of, slice16, unit_of, view
from .registry import command
from ._args import deref, put, is_star, split_star, text_arg, int_arg


# Strings theme constants (language.md §13)
SK_STRICT, SK_CHAR_CODES, SK_CASE_INSENSITIVE, SK_DIACRITIC_INSENSITIVE = 0, 1, 2, 4
SK_KANA_INSENSITIVE, SK_WIDTH_INSENSITIVE, SK_WHOLE_WORD = 8, 16, 32
SK_IGNORE_EMPTY_STRINGS, SK_TRIM_SPACES = 1, 2


# ---------------------------------------------------------------- String / Num
@command("String", 10)
def string(expr=None, fmt=None, add_time=None, *_):
    if type(expr) is int and fmt is None and -999999999999999 <= expr <= 999999999999999:
        return str(expr)
    return string_of(expr, fmt, add_time)


def parse_int_base(text: str, base: int) -> float:
    """`Num(text; base)`: ECMAScript parseInt."""
    s = text.strip()
    sign = 1
    if s[:1] in "+-" and s:
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if base == 0:
        base = 16 if s[:2].lower() == "0x" else 10
    if base == 16 and s[:2].lower() == "0x":
        s = s[2:]
    if not 2 <= base <= 36:
        return float("nan")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    n = 0
    k = 0
    for c in s.lower():
        d = digits.find(c)
        if d < 0:
            break
        n = n * base + d
        k += 1
    return float(sign * n) if k else float("nan")


@command("Num", 11)
def num(expr=None, sep=None, *_):
    t = type(expr)
    if t is str:
        if sep is not None and type(sep) is not str:
            return parse_int_base(expr, int_arg(sep, "Num"))
        return parse_num(expr, sep if sep else ".")
    if t is bool:
        return 1.0 if expr else 0.0
    if t is int or t is float:
        return expr
    if t is Time4D:
        return float(int(expr))
    if expr is None or expr is NULL:
        return 0.0
    raise FourDError(ERR_TYPE_MISMATCH, f"Num: cannot convert a {type_name(expr)} to a number")


# ---------------------------------------------------------------- basic text commands
@command("Length", 16)
def length(text=None):
    return length16(text_arg(text, "Length"))


@command("Substring", 12)
def substring(src=None, first=1, count=None):
    if type(src) is str and type(first) is int and first >= 1 and src.isascii():
        # the common case: ASCII text (UTF-16 units = characters), whole positions
        if count is None:
            return src[first - 1:]
        if type(count) is int:
            return src[first - 1:first - 1 + count] if count > 0 else ""
    s = text_arg(src, "Substring")
    f = int_arg(first, "Substring")
    n = length16(s)
    if f < 1:
        f = 1
    if f > n:
        return ""
    if count is None:
        return slice16(s, f - 1, n)
    c = int_arg(count, "Substring")
    if c <= 0:
        return ""
    return slice16(s, f - 1, min(n, f - 1 + c))


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _char_folder(options):
    """The fold of Position/Replace string/Compare strings options: a function of a text
    that is also the concatenation of its characters' folds (TextSearch relies on it)."""
    if options is None or options == SK_CASE_INSENSITIVE | SK_DIACRITIC_INSENSITIVE:
        return fold_text
    if options & SK_CHAR_CODES:
        if options & SK_CASE_INSENSITIVE:
            return lambda s: s.translate(_ASCII_LOWER)
        return lambda s: s
    case = bool(options & SK_CASE_INSENSITIVE)
    diacritic = bool(options & SK_DIACRITIC_INSENSITIVE)
    if case and not diacritic:
        return lambda s: s.casefold()
    if diacritic and not case:
        return _strip_accents
    return lambda s: s


_TEXT_FOLDS: dict = {}         # character -> fold_text(character), filled as met


def _fold_map(s: str, fold):
    """(fold of s, owners): owners[k] is the index in s of the character that gave folded
    character k. Each distinct character is folded once; when every character folds to
    one, owners is a range (no list of a million indexes)."""
    memo = _TEXT_FOLDS if fold is fold_text else {}
    if len(memo) > 100_000:
        memo.clear()
    for c in set(s).difference(memo):
        memo[c] = fold(c)
    parts = list(map(memo.__getitem__, s))
    lens = list(map(len, parts))
    if lens.count(1) == len(lens):
        return "".join(parts), range(len(s))
    return "".join(parts), list(chain.from_iterable(map(repeat, range(len(s)), lens)))


_fold_map_text = lru_cache(maxsize=8)(lambda s: _fold_map(s, fold_text))   # same text again


def _is_word_char(c):
    return c.isalnum() or c == "_"


_IGNORABLE_ASCII = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")     # what fold_text drops
_CONTROLS = re.compile(r"[\t\n\x0b\x0c\r]+")
CHUNK = 1 << 16          # characters of a long text folded at once


class TextSearch:
    """Searches in `src` with a fold (None = exact).

    ASCII text is folded whole (1:1 with `src`). Other text is searched a chunk at a time:
    the chunk is folded with whole-text operations (C speed) and only a chunk holding a
    match gets the per-character map back to positions in `src`; the last chunk mapped is
    kept for the next search (Replace string). So Position over 10 MB of accented text
    neither loops over it in Python nor builds a folded copy of it."""

    def __init__(self, src: str, fold=None):
        self.src = src
        self.fold = fold
        self.chunked = False
        self.mapped = None          # (chunk start, folded chunk, owners)
        self.no_ignorable = None    # src holds no character fold_text drops (found once)
        if fold is None:
            self.fsrc = src
        elif fold is fold_text and src.isascii() and not _IGNORABLE_ASCII.search(src):
            self.fsrc = src.lower()                 # 1:1 with src
        else:
            self.chunked = True

    def fold_needle(self, find: str) -> str:
        if self.fold is None:
            return find
        if self.fold is fold_text and find.isascii() and not _IGNORABLE_ASCII.search(find):
            return find.lower()
        return self.fold(find)

    def _no_ignorable(self) -> bool:
        if self.no_ignorable is None:
            self.no_ignorable = not _IGNORABLE_ASCII.search(self.src)
        return self.no_ignorable

    def find(self, find: str, start: int = 0, whole_word=False):
        """(index, length in src) of the first match at or after `start`, or (-1, 0)."""
        ff = self.fold_needle(find)
        if ff == "" or find == "":
            return -1, 0
        if not self.chunked:
            k = start
            while True:
                k = self.fsrc.find(ff, k)
                if k < 0:
                    return -1, 0
                if not whole_word or _word_bounded(self.src, k, k + len(ff)):
                    return k, len(ff)
                k += 1
        src, n = self.src, len(self.src)
        if self.fold is fold_text:
            if _CONTROLS.fullmatch(find) and (len(find) == 1 or self._no_ignorable()):
                # only these very characters fold to line breaks and tabs ("\n",
                # "\r\n\r\n" when no ignorable character may stand inside): an exact
                # search finds the same
                k = src.find(find, start)
                return (k, len(find)) if k >= 0 else (-1, 0)
            prepare, may_hold = decompose, _folded_pattern(ff).search
        else:
            prepare, may_hold = self.fold, (lambda text: ff in text)     # noqa: E731
        overlap = 64 + 8 * len(find)    # a match starting in a chunk may end past it
        a = start - start % CHUNK
        while a < n:
            end = min(n, a + CHUNK + overlap)
            mapped = self.mapped
            if mapped is None or mapped[0] != a:
                if not may_hold(prepare(src[a:end])):
                    a += CHUNK
                    continue
                chunk = src[a:end]
                mapped = self.mapped = (a,) + (_fold_map_text(chunk) if self.fold is fold_text
                                               else _fold_map(chunk, self.fold))
            found = _find_mapped(mapped, ff, max(start, a), min(n, a + CHUNK), src, whole_word)
            if found[0] >= 0:
                return found
            a += CHUNK
        return -1, 0


@lru_cache(maxsize=64)
def _folded_pattern(ff: str):
    """Finds where folded text `ff` may be in a `decompose`d text (a cheap test of a chunk,
    about 5 times faster than folding it): its characters in any case, and between them
    what fold_text drops (accents, ignorable characters)."""
    gap = r"[\P{ccc=0}\x00-\x08\x0e-\x1f\x7f]*"
    import regex                        # here: not needed at start-up
    return regex.compile(gap.join(regex.escape(c) for c in ff), regex.IGNORECASE | regex.FULLCASE)


def _find_mapped(mapped, ff, start, stop, src, whole_word):
    """A match starting in src[start:stop] within a mapped chunk: (index, length) or (-1, 0)."""
    a, fsrc, owners = mapped
    fi = bisect_left(owners, start - a)
    while True:
        k = fsrc.find(ff, fi)
        if k < 0:
            return -1, 0
        b = a + owners[k]
        if b >= stop:
            return -1, 0
        if k > 0 and owners[k - 1] == owners[k]:     # starts inside an expansion (æ → ae)
            fi = k + 1
            continue
        e = a + owners[k + len(ff) - 1] + 1
        while e < len(src) and unicodedata.combining(src[e]):   # its accents are part of it
            e += 1
        if not whole_word or _word_bounded(src, b, e):
            return b, e - b
        fi = k + 1


def find_text(find: str, src: str, start: int = 0, fold=None, whole_word=False):
    """First occurrence of `find` in `src` at or after index `start`:
    (index, length in src) or (-1, 0). `fold` None = exact code points."""
    return TextSearch(src, fold).find(find, start, whole_word)


def _word_bounded(s, b, e):
    return (b == 0 or not _is_word_char(s[b - 1])) and (e >= len(s) or not _is_word_char(s[e]))


@command("Position", 15, refs=(3,))
def position(find=None, src=None, *rest):
    """`Position(find; src {; start {; lengthFound}}{; *})` or with sk options last."""
    if (not rest or (len(rest) == 1 and is_star(rest[0]))) and type(find) is str \
            and type(src) is str and find and src.isascii() and find.isascii():
        # the common case: ASCII texts from the start (UTF-16 units = characters)
        if rest:
            return src.find(find) + 1
        if not _IGNORABLE_ASCII.search(find) and not _IGNORABLE_ASCII.search(src):
            return src.lower().find(find.lower()) + 1
    rest = list(rest)
    exact = False
    options = None
    if rest and is_star(rest[-1]):
        exact = True
        rest.pop()
    elif len(rest) == 3:
        options = int_arg(deref(rest.pop()), "Position")
    start = int_arg(deref(rest[0]), "Position") if rest else 1
    length_ref = rest[1] if len(rest) > 1 else None
    f = text_arg(find, "Position")
    s = text_arg(src, "Position")
    if start < 1:
        start = 1
    if has_surrogate(f):           # half of a pair is looked for: search the UTF-16 view
        s = view(s)
    elif start > 1:
        k = point_of(s, start - 1)
        start = k + 1 + (unit_of(s, k) < start - 1)     # from inside a pair: the next one
    if exact:
        fold = None
    elif options is None:
        fold = fold_text
    else:
        fold = None if options == SK_STRICT else _char_folder(options)
    whole = bool(options and options & SK_WHOLE_WORD)
    k, n = find_text(f, s, start - 1, fold, whole)
    if k < 0:
        put(length_ref, 0)
        return 0
    b = unit_of(s, k)              # code points -> UTF-16 units
    put(length_ref, unit_of(s, k + n) - b)
    return b + 1


@command("Replace string", 233)
def replace_string(src=None, old=None, new=None, *rest):
    rest, exact = split_star(rest)
    s = text_arg(src, "Replace string")
    o = text_arg(old, "Replace string")
    nw = text_arg(new, "Replace string")
    how_many = int_arg(rest[0], "Replace string") if rest and rest[0] is not None else None
    if o == "" or (how_many is not None and how_many <= 0):
        return s
    if has_surrogate(o):           # half of a pair is replaced: work on the UTF-16 view
        s = view(s)
    search = TextSearch(s, None if exact else fold_text)
    out = []
    i = 0
    done = 0
    while how_many is None or done < how_many:
        k, n = search.find(o, i)
        if k < 0:
            break
        out.append(s[i:k])
        out.append(nw)
        i = k + max(n, 1) if n else k + 1
        done += 1
    out.append(s[i:])
    return join(*out)


@command("Change string", 234)
def change_string(src=None, new=None, where=1):
    s = text_arg(src, "Change string")
    nw = text_arg(new, "Change string")
    w = int_arg(where, "Change string")
    n = length16(s)
    if w < 1 or w > n:
        return s
    nw = slice16(nw, 0, min(length16(nw), n - (w - 1)))       # the length stays the same
    return join(slice16(s, 0, w - 1), nw, slice16(s, min(n, w - 1 + length16(nw)), n))


@command("Delete string", 232)
def delete_string(src=None, where=1, count=0):
    s = text_arg(src, "Delete string")
    w = int_arg(where, "Delete string")
    c = int_arg(count, "Delete string")
    n = length16(s)
    if w > n or c <= 0:
        return s
    w = max(w, 1)       # where < 1: the characters are deleted from the beginning (docs)
    return join(slice16(s, 0, w - 1), slice16(s, min(n, w - 1 + c), n))


@command("Insert string", 231)
def insert_string(src=None, what=None, where=1):
    s = text_arg(src, "Insert string")
    wh = text_arg(what, "Insert string")
    w = int_arg(where, "Insert string")
    n = length16(s)
    if w < 1:
        w = 1
    if w > n:
        return join(s, wh)
    return join(slice16(s, 0, w - 1), wh, slice16(s, w - 1, n))


@command("Lowercase", 14)
def lowercase(text=None, star=None):
    s = text_arg(text, "Lowercase")
    return s.lower() if is_star(star) else _strip_accents(s).lower()


@command("Uppercase", 13)
def uppercase(text=None, star=None):
    s = text_arg(text, "Uppercase")
    return s.upper() if is_star(star) else _strip_accents(s).upper()


@command("Char", 90)
def char(code=0):
    c = int_arg(code, "Char")
    if c < 0 or c > 0x10FFFF:
        return ""
    return chr(c)


@command("Character code", 91)
def character_code(text=None):
    s = text_arg(text, "Character code")
    if not s:
        return 0
    c = ord(s[0])
    if c > 0xFFFF:                           # first UTF-16 unit (high surrogate)
        return 0xD800 + ((c - 0x10000) >> 10)
    return c


@command("Split string", 1554)
def split_string(text=None, sep=None, options=0):
    s = text_arg(text, "Split string")
    sp = text_arg(sep, "Split string")
    opts = int_arg(options, "Split string") if options is not None else 0
    if s == "":     # an empty text gives [] (the Collection page's map/flatMap examples)
        return Coll([])
    parts = list(s) if sp == "" else s.split(sp)
    if opts & SK_TRIM_SPACES:
        parts = [p.strip() for p in parts]
    if opts & SK_IGNORE_EMPTY_STRINGS:
        parts = [p for p in parts if p != ""]
    return Coll(parts)


# ECMAScript WhiteSpace + LineTerminator
_JS_SPACES = "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


@command("Trim", 1853)
def trim(text=None):
    return text_arg(text, "Trim").strip(_JS_SPACES)


@command("Trim start", None)
def trim_start(text=None):
    return text_arg(text, "Trim start").lstrip(_JS_SPACES)


@command("Trim end", None)
def trim_end(text=None):
    return text_arg(text, "Trim end").rstrip(_JS_SPACES)


def compare_key(s: str, options):
    """Ordering key of `Compare strings` (ICU-like levels: base letters, accents, case)."""
    if options is None or options & (SK_CASE_INSENSITIVE | SK_DIACRITIC_INSENSITIVE) == \
            SK_CASE_INSENSITIVE | SK_DIACRITIC_INSENSITIVE and not options & SK_CHAR_CODES:
        return (fold_text(s),)
    if options & SK_CHAR_CODES:
        if options & SK_CASE_INSENSITIVE:
            return ("".join(c.lower() if "A" <= c <= "Z" else c for c in s),)
        return (s,)
    primary = fold_text(s)
    if options & SK_CASE_INSENSITIVE:            # accents count, case does not
        return (primary, s.casefold())
    if options & SK_DIACRITIC_INSENSITIVE:       # case counts, accents do not
        return (primary, _strip_accents(s).swapcase())
    return (primary, _strip_accents(s).casefold(), s.casefold(), s.swapcase())   # strict


@command("Compare strings", None)
def compare_strings(a=None, b=None, options=None):
    sa = text_arg(a, "Compare strings")
    sb = text_arg(b, "Compare strings")
    opts = None if options is None else int_arg(options, "Compare strings")
    ka, kb = compare_key(sa, opts), compare_key(sb, opts)
    return (ka > kb) - (ka < kb)


# ---------------------------------------------------------------- Match regex
_HEX_BRACE = re.compile(r"\\x\{([0-9A-Fa-f]+)\}")


@lru_cache(maxsize=256)
def compile_regex(pattern: str):
    """An ICU regular expression as a compiled pattern (the `regex` engine: ICU-like syntax,
    \\p{L}, (?<name>…), possessive quantifiers…)."""
    p = _HEX_BRACE.sub(lambda m: "\\U%08x" % int(m.group(1), 16), pattern)
    import regex                        # here: not needed at start-up
    try:
        return regex.compile(p, regex.V0)
    except regex.error as e:
        raise FourDError(ERR_REGEX, f"Match regex: invalid regular expression: {e}") from None


@command("Match regex", 1019, refs=(3, 4))
def match_regex(pattern=None, text=None, *rest):
    rest, anchored = split_star(rest)
    rx = compile_regex(text_arg(pattern, "Match regex"))
    s = text_arg(text, "Match regex")
    if not rest:
        return rx.fullmatch(s) is not None if not anchored else rx.match(s) is not None
    start = int_arg(deref(rest[0]), "Match regex")
    pos0 = point_of(s, max(0, start - 1))          # positions are UTF-16 units
    m = rx.match(s, pos0) if anchored else rx.search(s, pos0)
    pos_ref = rest[1] if len(rest) > 1 else None
    len_ref = rest[2] if len(rest) > 2 else None
    _regex_out(pos_ref, len_ref, m, s)
    return m is not None


def _regex_out(pos_ref, len_ref, m, s):
    """Found positions (1-based) and lengths, in UTF-16 units of `s`."""
    if pos_ref is None:
        return
    cur = deref(pos_ref)
    if isinstance(cur, Array4D):
        groups = m.re.groups if m is not None else 0
        spans = [_units(s, m.span(g)) if m is not None else (-1, -1) for g in range(groups + 1)]
        for ref in (pos_ref, len_ref):
            arr = deref(ref)
            if isinstance(arr, Array4D):
                del arr[1:]
                arr.extend([0] * groups)
        pa, la = deref(pos_ref), deref(len_ref)
        for g, (b, e) in enumerate(spans):
            pa[g] = b + 1 if b >= 0 else 0
            if isinstance(la, Array4D):
                la[g] = e - b if b >= 0 else 0
        return
    if m is None:
        put(pos_ref, 0)
        put(len_ref, 0)
    else:
        b, e = _units(s, m.span())
        put(pos_ref, b + 1)
        put(len_ref, e - b)


def _units(s, span):
    b, e = span
    return (b, e) if b < 0 else (unit_of(s, b), unit_of(s, e))


# ---------------------------------------------------------------- UUID
def _uuid7() -> str:
    ms = int(time.time() * 1000) & ((1 << 48) - 1)
    rnd = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (0x7 << 76) | ((rnd >> 62) & 0xFFF) << 64 | (0b10 << 62) | \
        (rnd & ((1 << 62) - 1))
    return f"{value:032X}"


@command("Generate UUID", 1066)
def generate_uuid(version=None):
    if version is not None and int_arg(version, "Generate UUID") == 7:
        return _uuid7()
    import uuid                         # here: not needed at start-up
    return uuid.uuid4().hex.upper()
