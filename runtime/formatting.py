"""Text forms of 4D values: `String()` (numbers, dates, times), `JSON Stringify` / `JSON Parse`,
and the text a collection's `.join()` shows (language.md §12.1, §12.3).

One place converts values to text; commands and collection functions call these helpers.
"""
from __future__ import annotations

import datetime as _dt
import json as _json
import math
import re
import time as _time

from .errors import FourDError, ERR_TYPE_MISMATCH, ERR_JSON_PARSE
from .function import Function4D
from .values import (NULL, Obj, Coll, Date4D, Time4D, Blob4D, Pointer, Array4D, num_text,
                     time_text, type_name)
from .builtin import BuiltinObject

# ---------------------------------------------------------------- constants (language.md §12.3)
# Date display formats
SYSTEM_DATE_SHORT, SYSTEM_DATE_ABBREVIATED, SYSTEM_DATE_LONG = 1, 2, 3
INTERNAL_DATE_SHORT_SPECIAL, INTERNAL_DATE_LONG, INTERNAL_DATE_ABBREVIATED = 4, 5, 6
INTERNAL_DATE_SHORT, ISO_DATE, ISO_DATE_GMT, DATE_RFC_1123 = 7, 8, 9, 10
BLANK_IF_NULL = 100
# Time display formats
HH_MM_SS, HH_MM, HOUR_MIN_SEC, HOUR_MIN, HH_MM_AM_PM, MM_SS, MIN_SEC, ISO_TIME = 1, 2, 3, 4, 5, 6, 7, 8
SYSTEM_TIME_SHORT, SYSTEM_TIME_LONG_ABBREVIATED, SYSTEM_TIME_LONG = 9, 10, 11

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_num(v):
    t = type(v)
    return t is int or t is float or t is Time4D


# ---------------------------------------------------------------- String()
def string_of(v, fmt=None, add_time=None) -> str:
    """`String(expr {; format {; addTime}})` / `String(number; base)`."""
    t = type(v)
    if t is str:
        return v
    if t is bool:
        return "True" if v else "False"
    if v is None:
        return ""
    if v is NULL:
        return "null"
    if t is Time4D:
        return format_time(v, fmt)
    if t is int or t is float:
        if fmt is None:
            return num_text(v)
        if _is_num(fmt):
            return number_in_base(v, int(fmt))
        if isinstance(fmt, str):
            return format_number(v, fmt)
        return num_text(v)
    if t is Date4D:
        return format_date(v, fmt, add_time)
    if isinstance(v, (Obj, Coll)) or isinstance(v, BuiltinObject) or t is Blob4D:
        return json_stringify(v)
    if t is Pointer:
        return v.name
    if isinstance(v, Function4D):
        return "[object Formula]"
    raise FourDError(ERR_TYPE_MISMATCH, f"String: cannot convert a {type_name(v)} to text")


def text_of(v) -> str:
    """What `.join()` and friends show for an element: default `String()` form,
    Null → "null", objects/collections as JSON."""
    return string_of(v)


# ---------------------------------------------------------------- numbers
def _dec(x):
    """x as a decimal.Decimal (the module is imported here: not needed at start-up)."""
    from decimal import Decimal
    return Decimal(repr(float(x))) if type(x) is float else Decimal(int(x))


def round_decimal(x, places: int) -> float:
    """Round half away from zero to `places` decimals (negative places: left of the point)."""
    return _quantize(x, places, "ROUND_HALF_UP")


def trunc_decimal(x, places: int) -> float:
    """`Trunc`: always toward negative infinity (its page: Trunc(-216.897;1) = -216.9)."""
    return _quantize(x, places, "ROUND_FLOOR")


def _quantize(x, places, rounding):
    """`rounding`: the name of a decimal rounding mode (its value: the same text)."""
    from decimal import Decimal, InvalidOperation
    if x != x or x in (math.inf, -math.inf):
        return x
    try:
        return float(_dec(x).quantize(Decimal(1).scaleb(-places), rounding=rounding))
    except InvalidOperation:
        return float(x)


def _hex32(x) -> int:
    if isinstance(x, float):
        if x != x or x in (math.inf, -math.inf):
            return 0
        x = int(x)
    return int(x) & 0xFFFFFFFF


def number_in_base(x, base: int) -> str:
    """`String(number; base)`: ECMAScript Number.prototype.toString(radix)."""
    if base == 0:
        base = 10
    if base < 2 or base > 36:
        raise FourDError(ERR_TYPE_MISMATCH, f"String: base must be between 2 and 36 (got {base})")
    x = float(x) if type(x) is not int else x
    if isinstance(x, float):
        if x != x or x in (math.inf, -math.inf):
            return "NaN"
        if base == 10:
            return num_text(x) if x != int(x) else str(int(x))
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = x < 0
    x = -x if neg else x
    ip = int(x)
    fp = x - ip
    s = ""
    if ip == 0:
        s = "0"
    while ip > 0:
        s = digits[ip % base] + s
        ip //= base
    if fp > 0:
        s += "."
        n = 0
        while fp > 0 and n < 52:
            fp *= base
            d = int(fp)
            s += digits[d]
            fp -= d
            n += 1
    return ("-" if neg else "") + s


_PLACEHOLDERS = "#0^*"


def format_number(x, fmt: str) -> str:
    """A 4D number display format: `###,##0.00`, `&x`, `&$`, `&xml`, `&3`, `pos;neg;zero`."""
    if fmt == "":
        return num_text(x)
    if fmt[0] == "&":
        spec = fmt[1:]
        if spec == "x":
            v = _hex32(x)
            return "0x" + (f"{v:04X}" if v <= 0xFFFF else f"{v:08X}")
        if spec == "$":
            return "$" + f"{_hex32(x):X}"
        if spec.isdigit():
            return _scientific(float(x), int(spec))
        return num_text(x)            # &xml and unknown styles: default format with "."
    if fmt[0] == "|":
        return num_text(x)            # custom styles of the structure: not available
    if x != x:
        return ""
    if x in (math.inf, -math.inf):
        return "INF" if x > 0 else "-INF"
    sections = fmt.split(";")
    pos = sections[0]
    neg = sections[1] if len(sections) > 1 and sections[1] != "" else None
    zero = sections[2] if len(sections) > 2 and sections[2] != "" else None
    if x == 0 and zero is not None:
        return _format_section(0, zero)
    if x < 0:
        if neg is not None:
            return _format_section(-x, neg)
        out = _format_section(-x, pos)
        return "-" + out if any(c.isdigit() and c != "0" for c in out) else out
    return _format_section(x, pos)


def _scientific(x: float, digits: int) -> str:
    if x != x:
        return ""
    s = f"{x:.{digits}e}"
    mant, exp = s.split("e")
    sign = exp[0]
    exp = exp[1:].lstrip("0") or "0"
    return f"{mant}e{sign}{exp}"


def _format_section(x, section: str) -> str:
    """One section of a number format applied to a non-negative value."""
    idx = [i for i, c in enumerate(section) if c in _PLACEHOLDERS]
    if not idx:
        return section                       # pure literal ("True;;False")
    start, end = idx[0], idx[-1] + 1
    if start > 0 and section[start - 1] == "." :
        start -= 1
    prefix, body, suffix = section[:start], section[start:end], section[end:]
    dot = body.find(".")
    int_pat, frac_pat = (body, "") if dot < 0 else (body[:dot], body[dot + 1:])
    decimals = sum(1 for c in frac_pat if c in _PLACEHOLDERS)
    d = _dec(x).quantize(_dec(1).scaleb(-decimals), rounding="ROUND_HALF_UP")
    text = format(d, "f")
    ip, _, fp = text.partition(".")
    fp = fp.ljust(decimals, "0")
    digits = "" if ip.lstrip("0") == "" else ip.lstrip("0")
    int_text = _render_int(digits, int_pat)
    frac_text = _render_frac(fp, frac_pat)
    out = int_text + ("." + frac_text if frac_text else "")
    return prefix + out + suffix


def _render_int(digits: str, pat: str) -> str:
    """Digits right-aligned into the placeholders of `pat`; literals inside the number (",",
    " ") are kept only when a digit (or a zero pad) stands on their left."""
    res = [""] * len(pat)
    di = len(digits) - 1
    for pi in range(len(pat) - 1, -1, -1):
        c = pat[pi]
        if c in _PLACEHOLDERS:
            if di >= 0:
                res[pi] = digits[di]
                di -= 1
            else:
                res[pi] = {"0": "0", "^": " ", "*": "*"}.get(c, "")
        else:
            res[pi] = c
    if di >= 0:                                     # more digits than placeholders
        if "," in pat:
            return "{:,}".format(int(digits))
        return digits[:di + 1] + "".join(res)
    fill = ""
    seen_digit = False
    for pi, c in enumerate(pat):
        if c in _PLACEHOLDERS:
            if res[pi].isdigit():
                seen_digit = True
            elif res[pi]:
                fill = res[pi]
        elif not seen_digit:
            res[pi] = fill
    return "".join(res)


def _render_frac(fp: str, pat: str) -> str:
    slots = [c for c in pat if c in _PLACEHOLDERS]
    chars = list(fp[:len(slots)])
    # trailing zeros: '#' suppressed, '^' as spaces, '*' as asterisks, '0' kept
    for i in range(len(slots) - 1, -1, -1):
        if chars[i] != "0":
            break
        c = slots[i]
        if c == "#":
            chars[i] = ""
        elif c == "^":
            chars[i] = " "
        elif c == "*":
            chars[i] = "*"
        else:
            break
    out = []
    k = 0
    for c in pat:
        if c in _PLACEHOLDERS:
            out.append(chars[k])
            k += 1
        elif any(chars[k:]):
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- dates
def _local_offset_seconds(local: _dt.datetime) -> int:
    """UTC offset (seconds) of the machine's time zone at the naive local time `local`."""
    try:
        ts = _time.mktime(local.timetuple())
    except (OverflowError, ValueError):
        return -_time.timezone
    utc = _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).replace(tzinfo=None)
    return int((_dt.datetime.fromtimestamp(ts) - utc).total_seconds())


def _to_utc(d: Date4D, seconds: int) -> _dt.datetime:
    local = _dt.datetime(d.y, d.m, d.d) + _dt.timedelta(seconds=int(seconds))
    return local - _dt.timedelta(seconds=_local_offset_seconds(local))


def format_date(d: Date4D, fmt=None, add_time=None) -> str:
    """`String(date {; format {; addTime}})`. Default: US system short format MM/DD/YYYY."""
    if isinstance(fmt, str):
        if d.is_null():
            return ""
        secs = _int_param(add_time, "time to add")
        dt = _dt.datetime(d.y, d.m, d.d) + _dt.timedelta(seconds=secs)
        return format_pattern(fmt, dt)
    code = _int_param(fmt, "format")
    blank = code >= BLANK_IF_NULL
    if blank:
        code -= BLANK_IF_NULL
    if d.is_null():
        if blank:
            return ""
        if code in (ISO_DATE,):
            return "0000-00-00T00:00:00"
        if code in (ISO_DATE_GMT,):
            return "0000-00-00T00:00:00Z"
        if code in (SYSTEM_DATE_ABBREVIATED, SYSTEM_DATE_LONG, INTERNAL_DATE_LONG,
                    INTERNAL_DATE_ABBREVIATED, DATE_RFC_1123):
            return ""
        return "00/00/00"
    secs = _int_param(add_time, "time to add")
    if code in (0, SYSTEM_DATE_SHORT, INTERNAL_DATE_SHORT):
        return f"{d.m:02d}/{d.d:02d}/{d.y:04d}"
    if code == INTERNAL_DATE_SHORT_SPECIAL:
        if 1930 <= d.y <= 2029:
            return f"{d.m:02d}/{d.d:02d}/{d.y % 100:02d}"
        return f"{d.m:02d}/{d.d:02d}/{d.y:04d}"
    wd = _dt.date(d.y, d.m, d.d).weekday()
    if code == SYSTEM_DATE_ABBREVIATED:
        return f"{_DAYS[wd][:3]}, {_MONTHS[d.m - 1][:3]} {d.d}, {d.y}"
    if code == SYSTEM_DATE_LONG:
        return f"{_DAYS[wd]}, {_MONTHS[d.m - 1]} {d.d}, {d.y}"
    if code == INTERNAL_DATE_LONG:
        return f"{_MONTHS[d.m - 1]} {d.d}, {d.y}"
    if code == INTERNAL_DATE_ABBREVIATED:
        return f"{_MONTHS[d.m - 1][:3]} {d.d}, {d.y}"
    if code == ISO_DATE:
        return f"{d.iso()}T{time_text(secs % 86400)}"
    if code == ISO_DATE_GMT:
        u = _to_utc(d, secs)
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if code == DATE_RFC_1123:
        u = _to_utc(d, secs)
        return f"{_DAYS[u.weekday()][:3]}, {u.day:02d} {_MONTHS[u.month - 1][:3]} {u.year:04d} " \
               f"{u.hour:02d}:{u.minute:02d}:{u.second:02d} GMT"
    return f"{d.m:02d}/{d.d:02d}/{d.y:04d}"


def _int_param(v, what: str) -> int:
    """A format code or a number of seconds given to String(): a Number (or a Time)."""
    if v is None:
        return 0
    if _is_num(v):
        x = float(v)
        return int(x) if x == x and abs(x) != float("inf") else 0
    raise FourDError(ERR_TYPE_MISMATCH, f"String: the {what} must be a Number, not "
                                        f"{type_name(v)}")


def format_time(t, fmt=None) -> str:
    """`String(time {; format})`. Default HH:MM:SS (hours may exceed 24)."""
    s = int(t)
    if isinstance(fmt, str):
        base = _dt.datetime(2000, 1, 1) + _dt.timedelta(seconds=s % 86400)
        return format_pattern(fmt, base, hours=s // 3600)
    code = _int_param(fmt, "format")
    blank = code >= BLANK_IF_NULL
    if blank:
        code -= BLANK_IF_NULL
        if s == 0:
            return ""
    neg = s < 0
    a = abs(s)
    h, m, sec = a // 3600, (a // 60) % 60, a % 60
    sign = "-" if neg else ""
    if code in (0, HH_MM_SS, SYSTEM_TIME_SHORT):
        return time_text(s)
    if code == HH_MM:
        return f"{sign}{h:02d}:{m:02d}"
    if code == HOUR_MIN_SEC:
        return f"{sign}{_plural(h, 'hour')} {_plural(m, 'minute')} {_plural(sec, 'second')}"
    if code == HOUR_MIN:
        return f"{sign}{_plural(h, 'hour')} {_plural(m, 'minute')}"
    if code == HH_MM_AM_PM:
        return f"{sign}{_h12(h)}:{m:02d} {'AM' if h % 24 < 12 else 'PM'}"
    if code == MM_SS:
        return f"{sign}{a // 60:02d}:{sec:02d}"
    if code == MIN_SEC:
        return f"{sign}{_plural(a // 60, 'minute')} {_plural(sec, 'second')}"
    if code == ISO_TIME:
        return f"0000-00-00T{time_text(s)}"
    if code in (SYSTEM_TIME_LONG_ABBREVIATED, SYSTEM_TIME_LONG):
        return f"{sign}{_h12(h)}:{m:02d}:{sec:02d} {'AM' if h % 24 < 12 else 'PM'}"
    return time_text(s)


def _h12(h):
    h = h % 12
    return 12 if h == 0 else h


def _plural(n, word):
    """"1 hour", "0 minute", "2 minutes" (the Time page writes "13 hours 0 minute")."""
    return f"{n} {word}" + ("s" if n > 1 else "")


_PATTERN_RX = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|.", re.S)


def format_pattern(pattern: str, dt: _dt.datetime, hours=None) -> str:
    """An ICU date/time pattern (`yyyy-MM-dd`, `EEEE d MMMM y`, `HH:mm:ss`, `hh:mm aa`)."""
    out = []
    for m in _PATTERN_RX.finditer(pattern):
        tok = m.group(0)
        if tok.startswith("'"):
            out.append("'" if tok == "''" else tok[1:-1].replace("''", "'"))
            continue
        c, n = tok[0], len(tok)
        if not c.isalpha():
            out.append(tok)
            continue
        out.append(_pattern_field(c, n, dt, hours))
    return "".join(out)


def _pattern_field(c, n, dt, hours):
    if c in "yuY":
        return f"{dt.year % 100:02d}" if n == 2 else f"{dt.year:0{max(n, 1)}d}"
    if c in "ML":
        if n == 1:
            return str(dt.month)
        if n == 2:
            return f"{dt.month:02d}"
        if n == 3:
            return _MONTHS[dt.month - 1][:3]
        if n == 4:
            return _MONTHS[dt.month - 1]
        return _MONTHS[dt.month - 1][0]
    if c == "d":
        return f"{dt.day:0{n}d}"
    if c == "D":
        return f"{dt.timetuple().tm_yday:0{n}d}"
    if c in "Eec":
        if c in "ec" and n <= 2:
            return f"{(dt.weekday() + 1) % 7 + 1:0{n}d}"
        name = _DAYS[dt.weekday()]
        if n <= 3:
            return name[:3]
        if n == 4:
            return name
        return name[:2] if n >= 6 else name[0]
    if c == "a" or c == "b" or c == "B":
        return "AM" if dt.hour < 12 else "PM"
    if c == "H":
        h = dt.hour if hours is None else hours
        return f"{h:0{n}d}"
    if c == "k":
        return f"{dt.hour or 24:0{n}d}"
    if c == "h":
        return f"{_h12(dt.hour):0{n}d}"
    if c == "K":
        return f"{dt.hour % 12:0{n}d}"
    if c == "m":
        return f"{dt.minute:0{n}d}"
    if c == "s":
        return f"{dt.second:0{n}d}"
    if c == "S":
        return "0" * n
    if c == "G":
        return "Anno Domini" if n == 4 else ("A" if n == 5 else "AD")
    if c == "Q" or c == "q":
        q = (dt.month - 1) // 3 + 1
        return f"{q:0{n}d}" if n <= 2 else (f"Q{q}" if n == 3 else f"{q}th quarter")
    if c == "w":
        return f"{dt.isocalendar()[1]:0{n}d}"
    if c in "zZOvVxX":
        off = _local_offset_seconds(dt) // 60
        sign = "+" if off >= 0 else "-"
        off = abs(off)
        if c in "xX" or c == "Z":
            return f"{sign}{off // 60:02d}{off % 60:02d}"
        return f"GMT{sign}{off // 60:02d}:{off % 60:02d}" if off else "GMT"
    return c * n


# ---------------------------------------------------------------- date/time parsing
_ISO_DATE = re.compile(r"^\s*(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                       r"\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$")


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(y, m):
    """Days in month m of year y (proleptic Gregorian, like calendar.monthrange)."""
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return _MONTH_DAYS[m - 1]


def _valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= _month_days(y, m) and 1 <= y <= 9999


def parse_date(text: str) -> Date4D:
    """`Date(text)`: ISO `YYYY-MM-DD{THH:MM:SS{.sss}{Z}}`, else US short format MM/DD/YY(YY);
    anything else is the null date."""
    m = _ISO_DATE.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y == 0 and mo == 0 and d == 0:
            return Date4D()
        if not _valid_date(y, mo, d):
            return Date4D()
        if m.group(7) and m.group(4):
            # a UTC (or offset) timestamp: the local date of that instant
            h, mi, s = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
            tz = m.group(7)
            utc = _dt.datetime(y, mo, d, h, mi, s)
            if tz != "Z":
                sign = 1 if tz[0] == "+" else -1
                tz = tz[1:].replace(":", "")
                utc -= sign * _dt.timedelta(hours=int(tz[:2]), minutes=int(tz[2:]))
            local = utc + _dt.timedelta(seconds=_local_offset_seconds(utc))
            return Date4D(local.year, local.month, local.day)
        return Date4D(y, mo, d)
    parts = re.findall(r"\d+", text)     # the digits count, other text is skipped (Date page:
    if len(parts) < 3:                   # "It was the 6/30, we were in 2016" is 06/30/16)
        return Date4D()
    mo, d, y = int(parts[0]), int(parts[1]), int(parts[2])
    if len(parts[2]) <= 2:
        y += 1900 if y >= 30 else 2000
    if not _valid_date(y, mo, d):
        return Date4D()
    return Date4D(y, mo, d)


def parse_time(text: str) -> Time4D:
    """`Time(text)`: `HH:MM{:SS}` (hours may exceed 24, optional AM/PM), or the time part of
    an ISO timestamp; invalid → ?00:00:00?."""
    s = text.strip()
    m = re.search(r"T(\d{1,2}):(\d{2})(?::(\d{2}))?", s)
    if m and _ISO_DATE.match(s):
        return Time4D(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0))
    neg = s.startswith("-")
    parts = re.findall(r"\d+", s)
    if not parts:
        return Time4D(0)
    h = int(parts[0])
    mi = int(parts[1]) if len(parts) > 1 else 0
    sec = int(parts[2]) if len(parts) > 2 else 0
    up = s.upper()
    if up.endswith("PM") and h < 12:
        h += 12
    elif up.endswith("AM") and h == 12:
        h = 0
    total = h * 3600 + mi * 60 + sec
    return Time4D(-total if neg else total)


def parse_num(text: str, sep: str = ".") -> float:
    """`Num(text)`: letters ignored ("A1B2C3" → 123), `sep` is the decimal separator, "-"
    before the digits negates (after them it ends the number), "e" starts an exponent."""
    sign = 1.0
    int_d = []
    frac_d = []
    exp_d = []
    exp_sign = 1
    seen = in_frac = in_exp = False
    i, n = 0, len(text)
    sep = sep or "."
    while i < n:
        c = text[i]
        if "0" <= c <= "9":
            (exp_d if in_exp else frac_d if in_frac else int_d).append(c)
            if not in_exp:
                seen = True
        elif not in_frac and not in_exp and text.startswith(sep, i):
            in_frac = True
            i += len(sep)
            continue
        elif c in "-\u2013\u2212":
            if in_exp:
                if exp_d:
                    break
                exp_sign = -1
            elif not seen:
                sign = -1.0
            else:
                break
        elif c in "eE" and seen and not in_exp:
            in_exp = True
        i += 1
    if not seen:
        return 0.0
    mant = float(("".join(int_d) or "0") + "." + ("".join(frac_d) or "0"))
    if exp_d:
        try:
            mant *= 10.0 ** (exp_sign * int("".join(exp_d)))
        except OverflowError:
            mant = float("inf")
    return sign * mant


# ---------------------------------------------------------------- JSON Stringify
# Decisions: a value is first turned into the plain data the `json` module encodes in C
# (dict, list, str, int, float, bool, None), then `json.dumps` writes it: one Python step
# per value instead of one per value *and* per output piece. 4D writes integral numbers
# without `.0` (language.md §12.1), so integral Reals become ints on the way; NaN and ±INF
# become null; undefined properties are left out (in collections: null).
_OMIT = object()          # what a pointer to an undefined value gives: no property at all
_TINY = 1e-4              # below this, repr() pads the exponent ("1e-05"): 4D writes "1e-5"


class _TinyNumber(Exception):
    """A Real below 1e-4 was met: the text's exponents need 4D's form (rare)."""


def _real(x):
    if x.is_integer():
        return int(x) if -1e21 < x < 1e21 else x
    if x != x or x in (math.inf, -math.inf):
        return None
    if -_TINY < x < _TINY and x:
        raise _TinyNumber
    return x


def _real_any(x):
    """_real for a second pass that lets tiny Reals through (their exponents fixed after)."""
    if x.is_integer():
        return int(x) if -1e21 < x < 1e21 else x
    if x != x or x in (math.inf, -math.inf):
        return None
    return x


def _plain(v, depth, real=_real):
    """`v` as plain JSON data (see Decisions above); _OMIT for "leave out"."""
    t = type(v)
    if t is str or t is bool or t is int:
        return v
    if t is float:
        return real(v)
    if depth > 512:
        raise FourDError(ERR_TYPE_MISMATCH, "JSON Stringify: structure too deep (circular reference?)")
    if isinstance(v, Obj):
        depth += 1
        d = {}
        for k, x in v.items():
            tx = type(x)
            if tx is str or tx is bool:
                d[k] = x
            elif tx is float:
                d[k] = real(x)
            elif x is not None:
                x = _plain(x, depth, real)
                if x is not _OMIT:
                    d[k] = x
        return d
    if isinstance(v, Coll) or isinstance(v, Array4D):
        depth += 1
        out = []
        for x in (v if not isinstance(v, Array4D) else v[1:]):
            tx = type(x)
            if tx is str or tx is bool:
                out.append(x)
            elif tx is float:
                out.append(real(x))
            else:
                x = _plain(x, depth, real)
                out.append(None if x is _OMIT else x)
        return out
    if v is None:
        return _OMIT
    if v is NULL:
        return None
    if t is Time4D:
        return int(v)
    if t is Date4D:
        return "0000-00-00" if v.is_null() else v.iso()
    if t is Pointer:
        try:
            target = v.get()
        except FourDError:
            return None
        return _plain(target, depth + 1, real)
    if isinstance(v, Function4D):
        return "[object Formula]"
    if isinstance(v, BuiltinObject):
        return _plain(Obj(v.to_json_4d()), depth + 1, real)
    if t is Blob4D or t is bytearray:
        return "[object Blob]"
    return f"[object {type_name(v)}]"


# strings are matched whole so that a number-like text inside one is never touched
_EXPONENT = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![\w.])(-?\d+(?:\.\d+)?)e-0(\d)')


def _exponents_4d(text):
    """'1e-05' -> '1e-5' outside strings (only run when a tiny Real was written)."""
    return _EXPONENT.sub(lambda m: f"{m.group(1)}e-{m.group(2)}" if m.group(1) else m.group(0),
                         text)


def json_string(s: str) -> str:
    """A text as a JSON string literal."""
    return _json.dumps(s, ensure_ascii=False)


def json_stringify(v, pretty=False) -> str:
    """`JSON Stringify(value {; *})`: compact, or pretty (tabs, `\\n`) with `*`."""
    tiny = False
    try:
        data = _plain(v, 0)
    except _TinyNumber:
        tiny = True
        data = _plain(v, 0, _real_any)
    if data is _OMIT:
        return ""
    if pretty:
        text = _json.dumps(data, ensure_ascii=False, check_circular=False, indent="\t",
                           separators=(",", ": "))
    else:
        text = _json.dumps(data, ensure_ascii=False, check_circular=False, separators=(",", ":"))
    return _exponents_4d(text) if tiny else text


# ---------------------------------------------------------------- JSON Parse
_ISO_ONLY_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _reject_constant(name):
    raise ValueError(f"invalid JSON value {name}")


def _from_json(v):
    t = type(v)
    if t is str:
        if len(v) == 10 and _ISO_ONLY_DATE.match(v):
            y, m, d = int(v[:4]), int(v[5:7]), int(v[8:])
            if _valid_date(y, m, d):
                return Date4D(y, m, d)
        return v
    if t is list:
        return Coll([x if (tx := type(x)) is float or tx is Obj or tx is bool
                     or (tx is str and len(x) != 10) else _from_json(x) for x in v])
    if v is None:
        return NULL
    return v


def _pairs(pairs):
    """An object of JSON Parse; only values that change form (arrays, null, texts that may be
    dates) go through _from_json."""
    o = Obj(pairs)
    for k, v in pairs:
        t = type(v)
        if t is list or v is None or (t is str and len(v) == 10):
            o[k] = _from_json(v)
    return o


def json_parse(text: str):
    """`JSON Parse(text)`: objects → Object, arrays → Collection, numbers → Real,
    "YYYY-MM-DD" strings → Date, null → Null. Invalid JSON → error ERR_JSON_PARSE."""
    if not isinstance(text, str):
        raise FourDError(ERR_TYPE_MISMATCH, f"JSON Parse: Text expected, got {type_name(text)}")
    try:
        v = _json.loads(text, object_pairs_hook=_pairs, parse_float=float,
                        parse_int=float, parse_constant=_reject_constant)
    except _json.JSONDecodeError as e:
        raise FourDError(ERR_JSON_PARSE, f"JSON parse error: {e.msg} at line {e.lineno}, "
                                         f"column {e.colno}") from None
    except (ValueError, RecursionError) as e:
        raise FourDError(ERR_JSON_PARSE, f"JSON parse error: {e}") from None
    return _from_json(v) if not isinstance(v, Obj) else v


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def json_symbols(text: str) -> Obj:
    """`JSON Parse(text; *)`'s `__symbols` (4d/docs json-parse.md, example 6): for each
    property of a valid JSON object text, at any depth, its path (`beta[0].echo`) → its line
    (from 1) and its offset in the line (of the opening quote, from 0)."""
    symbols = Obj()
    stack = []              # [path, is_object, next index or None]
    path, key_next = "", False
    line, line_start, i, n = 1, 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line, line_start = line + 1, i + 1
        elif c == '"':
            m = _JSON_STRING.match(text, i)
            if stack and stack[-1][1] and key_next:
                key = _json.loads(m.group())
                path = f"{stack[-1][0]}.{key}" if stack[-1][0] else key
                symbols[path] = Obj(line=float(line), offset=float(i - line_start))
                key_next = False
            i = m.end()
            continue
        elif c in "{[":
            if stack and not stack[-1][1]:
                path = f"{stack[-1][0]}[{stack[-1][2]}]"
            stack.append([path if stack else "", c == "{", 0])
            key_next = c == "{"
        elif c in "}]":
            stack.pop()
        elif c == "," and stack:
            if stack[-1][1]:
                key_next = True
            else:
                stack[-1][2] += 1
        i += 1
    return symbols
