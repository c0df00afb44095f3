"""Date and time commands (language.md §12.4)."""
from __future__ import annotations

import calendar
import datetime as _dt
import time as _time

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..formatting import parse_date, parse_time
from ..values import NULL, Date4D, Time4D, time_text, type_name
from .registry import command
from ._args import num_arg, int_arg

_T0 = _time.monotonic()


def _date_arg(v, cmd) -> Date4D:
    if type(v) is Date4D:
        return v
    if v is None or v is NULL:
        return Date4D()
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: Date expected, got {type_name(v)}")


@command("Current date", 33)
def current_date(*_):
    return Date4D.from_date(_dt.date.today())


@command("Current time", 178)
def current_time(*_):
    now = _dt.datetime.now()
    return Time4D(now.hour * 3600 + now.minute * 60 + now.second)


@command("Milliseconds", 459)
def milliseconds():
    """Milliseconds since start-up (compare differences only; wraps like a 32-bit longint)."""
    ms = int((_time.monotonic() - _T0) * 1000)
    ms &= 0xFFFFFFFF
    return ms - 0x100000000 if ms & 0x80000000 else ms


@command("Tickcount", 458)
def tickcount():
    return int((_time.monotonic() - _T0) * 60)


@command("Timestamp", 1445)
def timestamp():
    now = _dt.datetime.now(_dt.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


@command("Date", 102)
def date(expr=None):
    t = type(expr)
    if t is Date4D:
        return expr
    if t is str:
        return parse_date(expr)
    if expr is None or expr is NULL:
        return Date4D()
    raise FourDError(ERR_TYPE_MISMATCH, f"Date: cannot convert a {type_name(expr)} to a date")


@command("Time", 179)
def time(expr=None):
    t = type(expr)
    if t is Time4D:
        return expr
    if t is str:
        return parse_time(expr)
    if t is int or t is float:
        if expr != expr or expr in (float("inf"), float("-inf")):
            return Time4D(0)
        return Time4D(int(expr))
    if expr is None or expr is NULL:
        return Time4D(0)
    raise FourDError(ERR_TYPE_MISMATCH, f"Time: cannot convert a {type_name(expr)} to a time")


@command("Time string", 180)
def time_string(t=0):
    return time_text(int(num_arg(t, "Time string")))


def add_to_date(d: Date4D, years, months, days) -> Date4D:
    """Years and months first (a day past the end of the resulting month rolls over into
    the next month, as 4D's date normalisation does), then days."""
    if d.is_null():
        return d
    total = d.y * 12 + (d.m - 1) + int(years) * 12 + int(months)
    y, m = divmod(total, 12)
    m += 1
    if y < 1 or y > 9999:
        return Date4D()
    last = calendar.monthrange(y, m)[1]
    base = _dt.date(y, m, min(d.d, last)).toordinal() + max(0, d.d - last)
    return Date4D.from_ordinal(base + int(days))


@command("Add to date", 393)
def add_to_date_(d=None, years=0, months=0, days=0):
    return add_to_date(_date_arg(d, "Add to date"), int_arg(years, "Add to date"),
                       int_arg(months, "Add to date"), int_arg(days, "Add to date"))


@command("Day of", 23)
def day_of(d=None):
    return _date_arg(d, "Day of").d


@command("Month of", 24)
def month_of(d=None):
    return _date_arg(d, "Month of").m


@command("Year of", 25)
def year_of(d=None):
    return _date_arg(d, "Year of").y


@command("Day number", 114)
def day_number(d=None):
    """1 = Sunday … 7 = Saturday; 2 for the null date (its page)."""
    dd = _date_arg(d, "Day number")
    if dd.is_null():
        return 2
    return (dd.to_date().weekday() + 1) % 7 + 1
