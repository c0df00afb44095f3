"""Collection member functions (language.md §12.2), registered into objects.COLLECTION_METHODS.

Each function is `fn(coll, *args)` with 4D argument values. Functions that modify the
collection wrap themselves in `with use(coll):` when it is shared. Element comparisons reuse
runtime.ops (4D `=` rules, text collation); nothing here reimplements them.
"""
from __future__ import annotations

import math
import re
from contextlib import nullcontext
from functools import cmp_to_key

from .errors import FourDError, ERR_TYPE_MISMATCH, ERR_PARAM_COUNT, ERR_QUERY_SYNTAX
from .function import Function4D
from .host import as_callable
from .objects import COLLECTION_METHODS, to_stored, getprop, deep_copy, call_method
from .ops import eq, text_eq, text_cmp, fold_text, contains_word, EPSILON
from .shared import use, adopt, make_shared, SharedGroup
from .builtin import BuiltinObject
from .values import NULL, Obj, Coll, Date4D, Time4D, Blob4D, Pointer, type_name
from .formatting import text_of, parse_date

_MAX_ELEMENTS = 2**31 - 1       # a collection index is a Longint

# collection constants (theme "Objects and collections" = token theme 85). Values are 4D's own
# (4D_ConstantsEN.xlf, see runtime/catalog/README.md): ck keep null 2 (id 85_1), ck shared 16
# (85_29), ck resolve pointers 1 (85_7), ck ignore null or empty 1 (85_5). Options are bit flags
# that can be added (ck resolve pointers+ck shared = 17), so they are tested with `&`.
CK_ASCENDING, CK_DESCENDING = 0, 1
CK_KEEP_NULL = 2
CK_RESOLVE_POINTERS = 1
CK_SHARED = 16
CK_IGNORE_NULL_OR_EMPTY = 1
CK_DIACRITICAL = 8
CK_COUNT_VALUES = 32

_MISSING = object()


# ---------------------------------------------------------------- helpers
def _locked(coll):
    """`Use(coll)` for a shared collection (modifying member functions do it themselves)."""
    return use(coll) if coll.shared else nullcontext()


def _store(coll, v):
    """A value as kept in `coll`: numbers Real, undefined → null, shared rules applied."""
    v = NULL if v is None else to_stored(v)
    if coll.shared:
        v = adopt(v, coll)
    return v


def _new_like(coll, items):
    """A result collection that is shared when the original is (filter, slice, orderBy…)."""
    out = Coll(items)
    if coll.shared:
        make_shared(out)
    return out


def _int(v, what="index"):
    t = type(v)
    if t is int or t is Time4D:
        return int(v)
    if t is float:
        if v != v:
            return 0
        return int(v)
    if v is None:
        return 0
    raise FourDError(ERR_TYPE_MISMATCH, f"A number is expected as {what}, got {type_name(v)}")


def _is_num(v):
    t = type(v)
    return t is int or t is float or t is Time4D


def safe_eq(a, b) -> bool:
    """4D `=` where values of different types simply differ (indexOf, countValues, query)."""
    try:
        return eq(a, b)
    except FourDError:
        return False


def _path_text(path) -> str:
    """A property path parameter (`"a.b"`): a Text."""
    if isinstance(path, str):
        return path
    raise FourDError(ERR_TYPE_MISMATCH, f"a property path must be a Text, not {type_name(path)}")


# object elements: plain or class objects, and built-in ones (4D.File, …)
_OBJECT_TYPES = (Obj, BuiltinObject)


def get_path(v, path):
    """Value at a dotted property path (`a.b.c`) of an element; undefined when missing or when
    an intermediate value is not an object."""
    if type(path) is str:           # the common case first: get_path runs once per element
        parts = path.split(".") if path else []
    elif isinstance(path, (list, tuple)):
        parts = path
    else:
        parts = _path_text(path).split(".") if path else []
    for p in parts:
        if isinstance(v, Obj):
            v = v.get(p, _MISSING) if type(v) is Obj and v.cls is None else getprop(v, p)
            if v is _MISSING:
                return None
        elif v is None or v is NULL:
            return None
        else:
            try:
                v = getprop(v, p)
            except FourDError:
                return None
    return v


def _path_values(v, path):
    """All values at a path that may contain `[]` (`children[].age`): a list."""
    if isinstance(path, (list, tuple)):
        parts = list(path)
    else:
        parts = _path_text(path).split(".")
    vals = [v]
    for p in parts:
        expand = p.endswith("[]")
        name = p[:-2] if expand else p
        nxt = []
        for x in vals:
            y = get_path(x, [name]) if name else x
            if expand:
                if isinstance(y, Coll):
                    nxt.extend(y)
            else:
                nxt.append(y)
        vals = nxt
    return vals


# ---------------------------------------------------------------- callbacks (§12.2 protocol)
class _Callback:
    """Calls a formula (its result) or a legacy method name (`$1.result`) with `$1` an object."""
    __slots__ = ("fn", "params")

    def __init__(self, f, params):
        self.fn = as_callable(f)
        self.params = params

    def __call__(self, arg: Obj):
        ret = self.fn.fn(None, arg, *self.params)
        if ret is None:
            ret = arg.get("result")
        return ret


def _start_and_callback(args, name):
    """`({startFrom;} formula {; params…})`."""
    if not args:
        raise FourDError(ERR_PARAM_COUNT, f".{name}() expects a formula or a method name")
    start = 0
    if _is_num(args[0]):
        start = _int(args[0], "startFrom")
        args = args[1:]
        if not args:
            raise FourDError(ERR_PARAM_COUNT, f".{name}() expects a formula or a method name")
    return start, _Callback(args[0], args[1:])


def _norm_start(start, n):
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return start


def _stopped(arg):
    return arg.get("stop") is True


# ---------------------------------------------------------------- sort keys (§12.2)
# mixed types are grouped: null, booleans, strings, numbers, objects, collections, dates
def _type_rank(v):
    t = type(v)
    if v is None or v is NULL:
        return 0
    if t is bool:
        return 1
    if t is str:
        return 2
    if t is int or t is float or t is Time4D:
        return 3
    if isinstance(v, Coll):
        return 5
    if t is Date4D:
        return 6
    return 4


def sort_key(v, diacritical=False):
    """Ascending order key for default sorts (sort, orderBy, distinct, min/max)."""
    r = _type_rank(v)
    if r == 1:
        return (1, 1 if v else 0)
    if r == 2:
        # ck diacritical: still collation order, ties broken by accents then case (lower first)
        return (2, (fold_text(v), v.casefold(), v.swapcase()) if diacritical else fold_text(v))
    if r == 3:
        x = float(v)
        return (3, -math.inf if x != x else x)
    if r == 6:
        return (6, v.key())
    return (r, 0)


def _sorted_scalars(items, descending=False):
    """Sorted by sort_key. A collection of one kind sorts through list.sort with a simpler key
    giving the same order: Reals as they are (unless a NaN is there: it ranks first), texts
    by their collation key, booleans as they are."""
    kinds = set(map(type, items))
    if len(kinds) == 1:
        kind = kinds.pop()
        # no NaN: their sum is a number (summing in C is 4 times cheaper than isnan on each)
        if kind is float and ((total := sum(items, 0.0)) == total
                              or not any(map(math.isnan, items))) or kind is bool:
            return sorted(items, reverse=descending)
        if kind is str:
            return sorted(items, key=fold_text, reverse=descending)
    return sorted(items, key=sort_key, reverse=descending)


def _comparator(cb):
    """cmp function from a `$1.value < $1.value2` callback."""
    def cmp(a, b):
        if cb(Obj(value=a, value2=b)) is True:
            return -1
        if cb(Obj(value=b, value2=a)) is True:
            return 1
        return 0
    return cmp


# ---------------------------------------------------------------- modifying functions
def c_push(coll, *values):
    if not coll.shared:           # the common case, without a Use context
        if len(values) == 1:
            return push_one(coll, values[0])
        coll.extend([NULL if v is None else to_stored(v) for v in values])
        return coll
    with _locked(coll):
        for v in values:
            coll.append(_store(coll, v))
    return coll


def push_one(coll, v):
    """`coll.push(v)` with one value, as generated code calls it (interpreter/lower/calls.py:
    one call instead of the member call and c_push): a collection without a Use context
    appends at once; anything else (a shared collection, Null, an object whose class has a
    push function) is the member call."""
    if isinstance(coll, Coll) and not coll.shared:
        t = type(v)
        coll.append(v if t is float or t is str or t is Obj or t is Coll or t is bool
                    else NULL if v is None else to_stored(v))
        return coll
    return call_method(coll, "push", (v,))


def c_pop(coll):
    with _locked(coll):
        if not coll:
            return None
        return coll.pop()


def c_shift(coll):
    with _locked(coll):
        if not coll:
            return None
        return coll.pop(0)


def c_unshift(coll, *values):
    with _locked(coll):
        coll[0:0] = [_store(coll, v) for v in values]
    return coll


def _insert_index(index, n):
    index = _int(index)
    if index < 0:
        index += n
        if index < 0:
            index = 0
    return min(index, n)


def c_insert(coll, index, value=None, *rest):
    with _locked(coll):
        coll.insert(_insert_index(index, len(coll)), _store(coll, value))
    return coll


def c_remove(coll, index, how_many=1):
    with _locked(coll):
        n = len(coll)
        if n == 0:
            return coll
        i = _int(index)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i > n:
            i = n
        k = _int(how_many, "howMany")
        if k > 0:
            del coll[i:i + k]
    return coll


def c_clear(coll):
    with _locked(coll):
        del coll[:]
    return coll


def c_resize(coll, size, default=NULL):
    with _locked(coll):
        size = max(0, _int(size, "size"))
        if size > _MAX_ELEMENTS:
            raise FourDError(ERR_TYPE_MISMATCH, f".resize(): {size} elements is too many")
        n = len(coll)
        if size < n:
            del coll[size:]
        elif size > n:
            v = _store(coll, default)
            coll.extend([v] * (size - n))
    return coll


def c_fill(coll, value=None, start=0, end=None):
    with _locked(coll):
        n = len(coll)
        s = _norm_start(_int(start), n)
        e = n if end is None else _int(end)
        if e < 0:
            e += n
        e = min(e, n)
        if e > s:
            v = _store(coll, value)
            for i in range(s, e):
                coll[i] = v
    return coll


def c_combine(coll, col2, index=None):
    if not isinstance(col2, Coll):
        raise FourDError(ERR_TYPE_MISMATCH, ".combine() expects a collection")
    with _locked(coll):
        n = len(coll)
        i = n if index is None else _insert_index(index, n)
        coll[i:i] = [_store(coll, v) for v in list(col2)]
    return coll


def c_sort(coll, *args):
    with _locked(coll):
        if args and not _is_num(args[0]):
            cb = _Callback(args[0], args[1:])
            items = sorted(coll, key=cmp_to_key(_comparator(cb)))
        else:
            desc = bool(args) and _int(args[0]) == CK_DESCENDING
            items = _sorted_scalars(coll, desc)
        coll[:] = items
    return coll


def c_multiSort(coll, *args):
    """`.multiSort({formula;} {colsToSort})`: every collection of colsToSort is a further
    (ascending, or `order` of a {collection; order} object) sort level, all synchronised."""
    cb = None
    cols = None
    if args and (isinstance(args[0], Function4D) or isinstance(args[0], str)):
        cb = _Callback(args[0], ())
        args = args[1:]
    if args:
        cols = args[0]
        if not isinstance(cols, Coll):
            raise FourDError(ERR_TYPE_MISMATCH, ".multiSort() expects a collection of collections")
    levels = []       # (collection, descending)
    for c in (cols or ()):
        if isinstance(c, Coll):
            levels.append((c, False))
        elif isinstance(c, Obj) and isinstance(c.get("collection"), Coll):
            order = c.get("order")
            levels.append((c["collection"], order is not None and _int(order) == CK_DESCENDING))
        else:
            raise FourDError(ERR_TYPE_MISMATCH, ".multiSort(): each element must be a collection "
                                                "or a {collection; order} object")
    n = len(coll)
    for c, _d in levels:
        if len(c) != n:
            raise FourDError(ERR_TYPE_MISMATCH, ".multiSort(): all collections must have the same "
                                                "length")
    first_cmp = _comparator(cb) if cb is not None else None

    def cmp(i, j):
        if first_cmp is not None:
            r = first_cmp(coll[i], coll[j])
        else:
            ki, kj = sort_key(coll[i]), sort_key(coll[j])
            r = (ki > kj) - (ki < kj)
        if r:
            return r
        for c, desc in levels:
            ki, kj = sort_key(c[i]), sort_key(c[j])
            r = (ki > kj) - (ki < kj)
            if r:
                return -r if desc else r
        return 0

    perm = sorted(range(n), key=cmp_to_key(cmp))
    for c in [coll] + [c for c, _d in levels]:
        with _locked(c):
            c[:] = [c[i] for i in perm]
    return coll


# ---------------------------------------------------------------- reading functions
def c_at(coll, index):
    i = _int(index)
    n = len(coll)
    if i < 0:
        i += n
    return coll[i] if 0 <= i < n else None


def c_first(coll):
    return coll[0] if coll else None


def c_last(coll):
    return coll[-1] if coll else None


def c_slice(coll, start=0, end=None):
    n = len(coll)
    s = _norm_start(_int(start), n)
    e = n if end is None else _int(end)
    if e < 0:
        e += n
    return _new_like(coll, coll[s:e] if e > s else [])


def c_concat(coll, *values):
    out = Coll(coll)
    for v in values:
        if isinstance(v, Coll):
            out.extend(v)
        else:
            out.append(NULL if v is None else to_stored(v))
    return out


def copy_value(v, resolve_pointers=False):
    """Deep copy of an object/collection (OB Copy, .copy()): result is never shared."""
    return deep_copy(v, resolve_pointers)


def make_shared_copy(v, group_with=None):
    """A fresh (not yet shared) value made shared, in the group of `group_with` if given."""
    group = None
    if isinstance(group_with, (Obj, Coll)) and group_with.shared:
        if group_with.group is None:
            group_with.group = SharedGroup()
        group = group_with.group
    return make_shared(v, group)


def c_copy(coll, option=0, group_with=None):
    opt = 0 if option is None else (_int(option) if not isinstance(option, bool) else int(option))
    out = copy_value(coll, bool(opt & CK_RESOLVE_POINTERS))
    if opt & CK_SHARED:
        make_shared_copy(out, group_with)
    return out


def c_reverse(coll):
    out = copy_value(coll)
    out.reverse()
    if coll.shared:
        make_shared(out)
    return out


def c_indexOf(coll, value=None, start=0):
    n = len(coll)
    s = _int(start)
    if s >= n:
        return -1
    s = _norm_start(s, n)
    for i in range(s, n):
        if _match_value(coll[i], value):
            return i
    return -1


def _match_value(elem, value):
    if value is None or value is NULL:
        return elem is None or elem is NULL
    return safe_eq(elem, value)


def c_lastIndexOf(coll, value=None, start=None):
    n = len(coll)
    if start is None:
        s = n - 1
    else:
        s = _int(start)
        if s == 0:                 # documented: startFrom = 0 → not searched
            return -1
        if s < 0:
            s += n
            if s < 0:
                return -1
        if s >= n:
            s = n - 1
    for i in range(s, -1, -1):
        if _match_value(coll[i], value):
            return i
    return -1


def c_includes(coll, value=None, start=0):
    return c_indexOf(coll, value, start) >= 0


def c_countValues(coll, value=None, path=None):
    count = 0
    for e in coll:
        v = e if path is None else (get_path(e, path) if isinstance(e, _OBJECT_TYPES) else _MISSING)
        if v is _MISSING:
            continue
        if _match_value(v, value):
            count += 1
    return float(count)


def c_join(coll, sep="", option=0):
    skip = option is not None and bool(_int(option, "option") & CK_IGNORE_NULL_OR_EMPTY)
    parts = []
    for e in coll:
        if skip and (e is None or e is NULL or e == ""):
            continue
        parts.append("null" if e is None else text_of(e))
    if not isinstance(sep, str):
        raise FourDError(ERR_TYPE_MISMATCH, f".join(): the separator must be a Text, not "
                                            f"{type_name(sep)}")
    return sep.join(parts)


def c_map(coll, f, *params):
    cb = _Callback(f, params)
    out = Coll()
    for e in list(coll):
        arg = Obj(value=e)
        out.append(NULL if (r := cb(arg)) is None else to_stored(r))
        if _stopped(arg):
            break
    return out


def c_flatMap(coll, f, *params):
    return c_flat(c_map(coll, f, *params), 1)


def c_filter(coll, f, *params):
    cb = _Callback(f, params)
    out = []
    for e in list(coll):
        arg = Obj(value=e)
        if cb(arg) is True:
            out.append(e)
        if _stopped(arg):
            break
    return _new_like(coll, out)


def c_find(coll, *args):
    i = c_findIndex(coll, *args)
    return coll[i] if i >= 0 else None


def c_findIndex(coll, *args):
    start, cb = _start_and_callback(args, "findIndex")
    n = len(coll)
    if start >= n:
        return -1
    for i in range(_norm_start(start, n), n):
        arg = Obj(value=coll[i])
        if cb(arg) is True:
            return i
        if _stopped(arg):
            break
    return -1


def c_every(coll, *args):
    start, cb = _start_and_callback(args, "every")
    n = len(coll)
    if start >= n:
        return False
    for i in range(_norm_start(start, n), n):
        arg = Obj(value=coll[i])
        if cb(arg) is not True:
            return False
        if _stopped(arg):
            break
    return True


def c_some(coll, *args):
    start, cb = _start_and_callback(args, "some")
    n = len(coll)
    if start >= n:
        return False
    for i in range(_norm_start(start, n), n):
        arg = Obj(value=coll[i])
        if cb(arg) is True:
            return True
        if _stopped(arg):
            break
    return False


def _reduce(coll, items, f, args):
    fn = as_callable(f)
    acc = args[0] if args else None
    params = args[1:]
    for e in items:
        arg = Obj(value=e)
        if acc is not None:
            arg["accumulator"] = to_stored(acc)
        ret = fn.fn(None, arg, *params)
        acc = ret if ret is not None else arg.get("accumulator")
        if _stopped(arg):
            break
    return acc


def c_reduce(coll, f, *args):
    return _reduce(coll, list(coll), f, args)


def c_reduceRight(coll, f, *args):
    return _reduce(coll, list(reversed(coll)), f, args)


def c_flat(coll, depth=1):
    d = _int(depth, "depth")

    def walk(items, level, out):
        for x in items:
            if isinstance(x, Coll) and level < d:
                walk(x, level + 1, out)
            else:
                out.append(x)
        return out
    return Coll(walk(coll, 0, []))


# ---------------------------------------------------------------- ordering
def _order_criteria(arg):
    """orderBy criteria → list of (path, descending)."""
    crit = []
    if isinstance(arg, str):
        for part in arg.split(","):
            words = part.split()
            if not words:
                continue
            desc = len(words) > 1 and words[-1].lower() == "desc"
            if len(words) > 1 and words[-1].lower() in ("asc", "desc"):
                words = words[:-1]
            crit.append((" ".join(words), desc))
    elif isinstance(arg, Coll):
        for c in arg:
            if not isinstance(c, Obj) or not isinstance(c.get("propertyPath"), str):
                raise FourDError(ERR_TYPE_MISMATCH, ".orderBy(): criteria objects need a "
                                                    "propertyPath")
            crit.append((c["propertyPath"], c.get("descending") is True))
    return crit


def c_orderBy(coll, crit=None):
    items = list(coll)
    if crit is None or _is_num(crit):
        desc = crit is not None and _int(crit) == CK_DESCENDING
        return _new_like(coll, _sorted_scalars(items, desc))
    for path, desc in reversed(_order_criteria(crit)):
        items.sort(key=lambda e, p=path: sort_key(get_path(e, p)), reverse=desc)
    return _new_like(coll, items)


def c_orderByMethod(coll, f, *params):
    cb = _Callback(f, params)
    return _new_like(coll, sorted(coll, key=cmp_to_key(_comparator(cb))))


# ---------------------------------------------------------------- aggregates
def _values(coll, path):
    if path is None:
        return list(coll)
    path = _path_text(path)
    out = []
    for e in coll:
        if isinstance(e, _OBJECT_TYPES):
            out.extend(_path_values(e, path) if "[]" in path else [get_path(e, path)])
    return out


def _numbers(coll, path):
    return [float(v) for v in _values(coll, path) if _is_num(v)]


def c_sum(coll, path=None):
    return float(math.fsum(_numbers(coll, path)))


def c_average(coll, path=None):
    nums = _numbers(coll, path)
    return math.fsum(nums) / len(nums) if nums else None


def _extreme(coll, path, biggest):
    vals = [v for v in _values(coll, path) if v is not None and v is not NULL]
    if not vals:
        return None
    ordered = _sorted_scalars(vals)
    if biggest:
        top = _type_rank(ordered[-1])
        same = [v for v in ordered if _type_rank(v) == top]
        return same[-1]
    return ordered[0]


def c_min(coll, path=None):
    return _extreme(coll, path, False)


def c_max(coll, path=None):
    return _extreme(coll, path, True)


def c_count(coll, path=None):
    if path is None:
        return float(sum(1 for e in coll if e is not None and e is not NULL))
    return float(sum(1 for v in _values(coll, path) if v is not None and v is not NULL))


def _distinct_key(v, diacritical):
    t = type(v)
    if t is str:
        return ("s", v if diacritical else fold_text(v))
    if t is bool:
        return ("b", v)
    if t is int or t is float or t is Time4D:
        return ("n", float(v))
    if t is Date4D:
        return ("d", v.key())
    return ("o", id(v))


def c_distinct(coll, *args):
    path = None
    options = 0
    if args and isinstance(args[0], str):
        path = args[0]
        args = args[1:]
    if args and args[0] is not None:
        options = _int(args[0], "options")
    diacritical = bool(options & CK_DIACRITICAL)
    vals = _values(coll, path)
    seen = {}
    order = []
    for v in vals:
        if v is None or v is NULL:
            continue
        k = _distinct_key(v, diacritical)
        if k in seen:
            seen[k][1] += 1
        else:
            seen[k] = [v, 1]
            order.append(k)
    firsts = [seen[k][0] for k in order]
    ordered = sorted(firsts, key=lambda v: sort_key(v, diacritical))
    if options & CK_COUNT_VALUES:
        return Coll(Obj(value=v, count=float(seen[_distinct_key(v, diacritical)][1]))
                    for v in ordered)
    return Coll(ordered)


def c_extract(coll, path, *args):
    if args and isinstance(args[0], str):
        pairs = [(path, args[0])]
        rest = list(args[1:])
        while len(rest) >= 2:
            pairs.append((rest[0], rest[1]))
            rest = rest[2:]
        out = Coll()
        for e in coll:
            if not isinstance(e, _OBJECT_TYPES):
                continue
            o = Obj()
            for src, dst in pairs:
                v = get_path(e, src)
                if v is not None:              # null kept, undefined skipped
                    _set_path(o, dst, v)
            if o:
                out.append(o)
        return out
    keep_null = bool(args) and args[0] is not None and (_int(args[0]) & CK_KEEP_NULL) != 0
    out = Coll()
    for e in coll:
        v = get_path(e, path) if isinstance(e, _OBJECT_TYPES) else None
        if v is None or v is NULL:
            if keep_null:
                out.append(NULL)
            continue
        out.append(v)
    return out


def _set_path(o, path, v):
    parts = _path_text(path).split(".")
    for p in parts[:-1]:
        nxt = o.get(p)
        if not isinstance(nxt, Obj):
            nxt = Obj()
            o[p] = nxt
        o = nxt
    o[parts[-1]] = v


def _deep_equal(a, b, diacritical):
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return a == b if diacritical else fold_text(a) == fold_text(b)
    if _is_num(a) and _is_num(b) and ta is not bool and tb is not bool:
        return a == b or abs(float(a) - float(b)) <= EPSILON
    if ta is bool or tb is bool:
        return ta is tb and a == b
    if a is None or b is None:
        return a is None and b is None
    if a is NULL or b is NULL:
        return a is NULL and b is NULL
    if ta is Date4D and tb is Date4D:
        return a.key() == b.key()
    if isinstance(a, Coll) and isinstance(b, Coll):
        return len(a) == len(b) and all(_deep_equal(x, y, diacritical) for x, y in zip(a, b))
    if isinstance(a, Obj) and isinstance(b, Obj):
        if a is b:
            return True
        if set(a.keys()) != set(b.keys()):
            return False
        return all(_deep_equal(a[k], b[k], diacritical) for k in a)
    if ta is Blob4D and tb is Blob4D:
        return a.data == b.data
    if ta is Pointer and tb is Pointer:
        return a == b
    return a is b


def c_equal(coll, col2, option=0):
    if not isinstance(col2, Coll):
        return False
    diacritical = option is not None and bool(_int(option) & CK_DIACRITICAL)
    return _deep_equal(coll, col2, diacritical)


# ---------------------------------------------------------------- query language
class _QuerySyntax(Exception):
    pass


_COMPARATORS = ("===", "!==", "==", "!=", "<=", ">=", "=", "#", "<", ">", "%")
_WORD_OPS = {"and": "AND", "or": "OR", "not": "NOT", "in": "IN", "is": "IS"}


class _Query:
    """Recursive-descent parser of a collection query string into a predicate tree.

    expr    := term ( (OR | '|' | '||') term )*
    term    := factor ( (AND | '&' | '&&') factor )*
    factor  := NOT factor | '(' expr ')' | path comparator value | path IN list
    """

    def __init__(self, text, values, settings):
        self.s = text
        self.i = 0
        self.values = values
        self.settings = settings

    # --- lexical helpers
    def ws(self):
        s, i = self.s, self.i
        while i < len(s) and s[i].isspace():
            i += 1
        self.i = i

    def peek_word(self):
        self.ws()
        m = re.compile(r"[A-Za-z]+").match(self.s, self.i)
        if m:
            nxt = self.s[m.end():m.end() + 1]
            if nxt == "" or not (nxt.isalnum() or nxt in "_.[$"):
                return m.group(0).lower(), m.end()
        return None, None

    def error(self, msg):
        raise _QuerySyntax(f"{msg} at position {self.i + 1} in query \"{self.s}\"")

    # --- grammar
    def parse(self):
        node = self.expr()
        self.ws()
        if self.i < len(self.s):
            self.error("Unexpected text")
        return node

    def expr(self):
        node = self.term()
        while True:
            self.ws()
            if self.s.startswith("||", self.i):
                self.i += 2
            elif self.s.startswith("|", self.i):
                self.i += 1
            else:
                w, end = self.peek_word()
                if w != "or":
                    return node
                self.i = end
            node = ("or", node, self.term())

    def term(self):
        node = self.factor()
        while True:
            self.ws()
            if self.s.startswith("&&", self.i):
                self.i += 2
            elif self.s.startswith("&", self.i):
                self.i += 1
            else:
                w, end = self.peek_word()
                if w != "and":
                    return node
                self.i = end
            node = ("and", node, self.factor())

    def factor(self):
        self.ws()
        w, end = self.peek_word()
        if w == "not":
            self.i = end
            return ("not", self.factor())
        if self.s.startswith("(", self.i):
            self.i += 1
            node = self.expr()
            self.ws()
            if not self.s.startswith(")", self.i):
                self.error("Missing ')'")
            self.i += 1
            return node
        return self.comparison()

    def comparison(self):
        path = self.path()
        self.ws()
        op = None
        for c in _COMPARATORS:
            if self.s.startswith(c, self.i):
                op = c
                self.i += len(c)
                break
        if op is None:
            w, end = self.peek_word()
            if w == "in":
                self.i = end
                return ("cmp", path, "in", self.in_value())
            if w == "is":
                self.i = end
                w2, end2 = self.peek_word()
                if w2 == "not":
                    self.i = end2
                    op = "!=="
                else:
                    op = "==="
            else:
                self.error("Comparison operator expected")
        return ("cmp", path, op, self.value())

    def path(self):
        self.ws()
        if self.s.startswith(":", self.i):
            ph = self.placeholder()
            v = self.attribute(ph)
            return v
        m = re.compile(r"[^\s=#<>!%&|()':\"]+").match(self.s, self.i)
        if not m:
            self.error("Property path expected")
        self.i = m.end()
        return m.group(0)

    def placeholder(self):
        m = re.compile(r":([0-9]+|[A-Za-z_][A-Za-z0-9_]*)").match(self.s, self.i)
        if not m:
            self.error("Invalid placeholder")
        self.i = m.end()
        return m.group(1)

    def attribute(self, ph):
        if ph.isdigit():
            k = int(ph) - 1
            if not 0 <= k < len(self.values):
                self.error(f"No value for placeholder :{ph}")
            v = self.values[k]
        else:
            attrs = self.settings.get("attributes") if isinstance(self.settings, Obj) else None
            if not isinstance(attrs, Obj) or ph not in attrs:
                self.error(f"No attribute for placeholder :{ph}")
            v = attrs[ph]
        if isinstance(v, Coll):
            return [str(x) for x in v]
        if not isinstance(v, str):
            self.error(f"Placeholder :{ph} must be a property path")
        return v

    def placeholder_value(self, ph):
        if ph.isdigit():
            k = int(ph) - 1
            if not 0 <= k < len(self.values):
                self.error(f"No value for placeholder :{ph}")
            return ("value", self.values[k])
        params = self.settings.get("parameters") if isinstance(self.settings, Obj) else None
        if not isinstance(params, Obj) or ph not in params:
            self.error(f"No parameter for placeholder :{ph}")
        return ("value", params[ph])

    def value(self):
        self.ws()
        s, i = self.s, self.i
        if i >= len(s):
            self.error("Value expected")
        c = s[i]
        if c == ":":
            return self.placeholder_value(self.placeholder())
        if c in "'\"":
            j = s.find(c, i + 1)
            if j < 0:
                self.error("Unterminated quoted text")
            self.i = j + 1
            return ("value", s[i + 1:j])
        m = re.compile(r"[^\s()&|]+").match(s, i)
        tok = m.group(0)
        self.i = m.end()
        word = tok.lower()               # null, true, false in any case (`= Null`)
        if word == "null":
            return ("null",)
        if word == "true":
            return ("value", True)
        if word == "false":
            return ("value", False)
        if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", tok):
            return ("value", float(tok), tok)      # the raw text matches Text properties
        return ("value", tok)

    def in_value(self):
        self.ws()
        s = self.s
        if s.startswith(":", self.i):
            kind, v = self.placeholder_value(self.placeholder())
            if not isinstance(v, Coll):
                self.error("IN expects a collection")
            return ("list", list(v))
        if not s.startswith("[", self.i):
            self.error("IN expects a collection or [values]")
        self.i += 1
        items = []
        while True:
            self.ws()
            if s.startswith("]", self.i):
                self.i += 1
                break
            if self.i >= len(s):
                self.error("Missing ']'")
            c = s[self.i]
            if c in "'\"":
                j = self.i + 1
                buf = []
                while j < len(s) and s[j] != c:
                    if s[j] == "\\" and j + 1 < len(s):
                        j += 1
                    buf.append(s[j])
                    j += 1
                if j >= len(s):
                    self.error("Unterminated quoted text")
                self.i = j + 1
                items.append("".join(buf))
            else:
                m = re.compile(r"[^,\]\s]+").match(s, self.i)
                tok = m.group(0)
                self.i = m.end()
                if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", tok):
                    items.append(float(tok))
                elif tok.lower() in ("true", "false"):
                    items.append(tok.lower() == "true")
                elif tok.lower() == "null":
                    items.append(NULL)
                else:
                    items.append(tok)
            self.ws()
            if s.startswith(",", self.i):
                self.i += 1
        return ("list", items)


def _coerce_for(prop, qv):
    """Query constants are typed by the property they meet: ISO text vs a date property."""
    if type(prop) is Date4D and type(qv) is str:
        d = parse_date(qv)
        return d
    return qv


def _cmp_one(prop, op, qv, literal=False):
    """Compare one property value with a query value; type mismatches never match."""
    if prop is None or prop is NULL:
        return False
    qv = _coerce_for(prop, qv)
    if isinstance(qv, (Obj, Coll)) or isinstance(prop, (Obj, Coll)):
        return op == "=" and prop is qv
    tp, tq = type(prop), type(qv)
    if op == "=":
        if tp is str and tq is str:
            return fold_text(prop) == fold_text(qv) if literal else text_eq(prop, qv)
        return safe_eq(prop, qv) if (tp is bool) == (tq is bool) else False
    if op == "%":
        return tp is str and tq is str and contains_word(prop, qv)
    try:
        if tp is bool or tq is bool:
            return False
        if _is_num(prop) and _is_num(qv):
            a, b = float(prop), float(qv)
            r = 0 if abs(a - b) <= EPSILON else (a > b) - (a < b)
        elif tp is str and tq is str:
            r = text_cmp(prop, qv)
        elif tp is Date4D and tq is Date4D:
            r = (prop.key() > qv.key()) - (prop.key() < qv.key())
        else:
            return False
    except FourDError:
        return False
    return {"<": r < 0, ">": r > 0, "<=": r <= 0, ">=": r >= 0}[op]


def _eval(node, elem):
    kind = node[0]
    if kind == "and":
        return _eval(node[1], elem) and _eval(node[2], elem)
    if kind == "or":
        return _eval(node[1], elem) or _eval(node[2], elem)
    if kind == "not":
        return not _eval(node[1], elem)
    _c, path, op, value = node
    has_expand = isinstance(path, str) and "[]" in path
    vals = _path_values(elem, path) if has_expand else [get_path(elem, path)]
    if value[0] == "null":
        return values_match(vals, op, NULL)
    qv = value[1]
    if len(value) > 2 and vals and all(type(v) is str for v in vals):
        qv = value[2]                           # a bare number meets Text properties as text
    return values_match(vals, op, qv)


def values_match(vals, op, qv) -> bool:
    """Whether the values a query path reaches (`vals`) meet `op qv`, as `.query()` compares
    them (qv: NULL for `null`, a list for IN); ORDA's per-entity conditions use it too."""
    if qv is NULL or qv is None:
        is_null = any(v is None or v is NULL for v in vals) if vals else True
        if op in ("=", "==", "==="):
            return is_null
        if op in ("#", "!=", "!=="):
            return not is_null
        return False
    if op == "in":
        return any(_cmp_one(v, "=", q) for v in vals for q in qv)
    if op in ("=", "=="):
        return any(_cmp_one(v, "=", qv) for v in vals)
    if op == "===":
        return any(_cmp_one(v, "=", qv, literal=True) for v in vals)
    if op in ("#", "!="):
        return not any(_cmp_one(v, "=", qv) for v in vals)
    if op == "!==":
        return not any(_cmp_one(v, "=", qv, literal=True) for v in vals)
    return any(_cmp_one(v, op, qv) for v in vals)


def compile_query(query, args):
    """Parse `query` with its placeholder values (`:1`…) or a querySettings object."""
    if not isinstance(query, str):
        raise FourDError(ERR_TYPE_MISMATCH, ".query(): the query string must be a Text")
    settings = None
    values = list(args)
    if len(args) == 1 and isinstance(args[0], Obj) and \
            ("parameters" in args[0] or "attributes" in args[0] or "args" in args[0]):
        settings = args[0]
        values = []
    try:
        return _Query(query, values, settings).parse()
    except _QuerySyntax as e:
        raise FourDError(ERR_QUERY_SYNTAX, f"Query syntax error: {e}") from None


def c_query(coll, query, *args):
    tree = compile_query(query, args)
    return _new_like(coll, [e for e in coll if isinstance(e, _OBJECT_TYPES) and _eval(tree, e)])


def c_indices(coll, query, *args):
    tree = compile_query(query, args)
    return Coll(float(i) for i, e in enumerate(coll) if isinstance(e, _OBJECT_TYPES) and _eval(tree, e))


# ---------------------------------------------------------------- registration
COLLECTION_METHODS.update({
    "push": c_push, "pop": c_pop, "shift": c_shift, "unshift": c_unshift, "insert": c_insert,
    "remove": c_remove, "clear": c_clear, "resize": c_resize, "fill": c_fill,
    "combine": c_combine, "sort": c_sort, "multiSort": c_multiSort,
    "at": c_at, "first": c_first, "last": c_last, "slice": c_slice, "concat": c_concat,
    "copy": c_copy, "reverse": c_reverse,
    "indexOf": c_indexOf, "lastIndexOf": c_lastIndexOf, "includes": c_includes,
    "countValues": c_countValues, "join": c_join,
    "map": c_map, "flatMap": c_flatMap, "filter": c_filter, "find": c_find,
    "findIndex": c_findIndex, "every": c_every, "some": c_some,
    "reduce": c_reduce, "reduceRight": c_reduceRight, "flat": c_flat,
    "orderBy": c_orderBy, "orderByMethod": c_orderByMethod,
    "sum": c_sum, "average": c_average, "min": c_min, "max": c_max, "count": c_count,
    "distinct": c_distinct, "extract": c_extract, "equal": c_equal,
    "query": c_query, "indices": c_indices,
})
