"""Number commands (language.md §12.4): Abs, Int, Round, Trunc, Mod, Dec, Random, Sqrt, Log…"""
from __future__ import annotations

import math
import random as _random

from ..errors import FourDError, ERR_DIV_ZERO
from ..formatting import round_decimal, trunc_decimal
from ..values import round_half_away
from .registry import command
from ._args import num_arg, int_arg

_rng = _random.Random()


def _real(v, cmd):
    return float(num_arg(v, cmd))


@command("Abs", 99)
def abs_(n=0):
    x = num_arg(n, "Abs")
    return abs(x)


@command("Int", 8)
def int_(n=0):
    """Integer part, rounding toward -infinity (`Int(-123.4)` = -124)."""
    x = num_arg(n, "Int")
    if type(x) is int:
        return x
    if x != x or x in (math.inf, -math.inf):
        return x
    return float(math.floor(x))


@command("Round", 94)
def round_(n=0, places=0):
    """Half away from zero; negative places round left of the decimal point."""
    return round_decimal(num_arg(n, "Round"), int_arg(places, "Round"))


@command("Trunc", 95)
def trunc(n=0, places=0):
    return trunc_decimal(num_arg(n, "Trunc"), int_arg(places, "Trunc"))


@command("Dec", 9)
def dec(n=0):
    """The decimal part, "always positive or zero" (4d/docs dec.md): `n - Int(n)`, so
    `Dec(-7.25)` = 0.75 and `Int(n)+Dec(n)` = n."""
    x = _real(n, "Dec")
    if x != x or x in (math.inf, -math.inf):
        return math.nan
    return x - math.floor(x)


@command("Mod", 98)
def mod(a=0, b=0):
    """Remainder of the integer division; reals are rounded first (`Mod(3.5;2)` = 0);
    the result has the sign of the dividend."""
    if type(b) is int and b > 0:       # the common case: a positive whole divisor
        if type(a) is int and a >= 0:
            return float(a % b)
        if type(a) is float and 0 <= a < 9e15:
            return float(int(a + 0.5) % b)
    x = num_arg(a, "Mod")
    y = num_arg(b, "Mod")
    if not (math.isfinite(x) and math.isfinite(y)):
        return math.nan                # no whole number to round to (as Dec of one)
    ix = round_half_away(x) if type(x) is float else int(x)
    iy = round_half_away(y) if type(y) is float else int(y)
    if iy == 0:
        raise FourDError(ERR_DIV_ZERO, "Division by zero")
    r = abs(ix) % abs(iy)
    return float(-r if ix < 0 else r)


@command("Random", 100)
def random():
    return _rng.randint(0, 32767)


@command("Square root", 539)
def square_root(n=0):
    x = _real(n, "Square root")
    return math.sqrt(x) if x >= 0 else math.nan


@command("Sqrt", None)
def sqrt(n=0):
    return square_root(n)


@command("Log", 22)
def log(n=0):
    x = _real(n, "Log")
    if x > 0:
        return math.log(x)
    return -math.inf if x == 0 else math.nan


@command("Exp", None)
def exp(n=0):
    try:
        return math.exp(_real(n, "Exp"))
    except OverflowError:
        return math.inf


@command("Arctan", 20)
def arctan(n=0):
    return math.atan(_real(n, "Arctan"))


@command("Sin", 17)
def sin(n=0):
    x = _real(n, "Sin")
    return math.sin(x) if math.isfinite(x) else math.nan


@command("Cos", 18)
def cos(n=0):
    x = _real(n, "Cos")
    return math.cos(x) if math.isfinite(x) else math.nan


@command("Tan", None)
def tan(n=0):
    x = _real(n, "Tan")
    return math.tan(x) if math.isfinite(x) else math.nan
