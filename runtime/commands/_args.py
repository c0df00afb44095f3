"""Argument helpers shared by the command theme modules (not commands themselves)."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_PARAM_COUNT
from ..values import Star, Time4D, type_name
from ..calling import Ref


def deref(x):
    """The value of a by-reference argument (or the argument itself)."""
    return x.get() if isinstance(x, Ref) else x


def put(ref, value):
    """Write back through a by-reference argument (ignored for plain values)."""
    if isinstance(ref, Ref):
        ref.set(value)


def is_star(x) -> bool:
    return isinstance(deref(x), Star)


def split_star(args):
    """(args without a trailing `*`, True if it was there)."""
    args = list(args)
    if args and is_star(args[-1]):
        return args[:-1], True
    return args, False


def text_arg(v, cmd: str) -> str:
    if type(v) is str:
        return v
    if isinstance(v, str):          # a command-line argument (runner.CliArg)
        return str(v)
    if v is None:
        return ""
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: Text expected, got {type_name(v)}")


def num_arg(v, cmd: str):
    t = type(v)
    if t is int or t is float:
        return v
    if t is Time4D:
        return int(v)
    if v is None:
        return 0
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: Number expected, got {type_name(v)}")


def int_arg(v, cmd: str) -> int:
    x = num_arg(v, cmd)
    if type(x) is float:
        if x != x or x in (float("inf"), float("-inf")):
            return 0
        return int(x)
    return x


def need(args, n: int, cmd: str):
    if len(args) < n:
        raise FourDError(ERR_PARAM_COUNT, f"{cmd}: at least {n} parameter(s) expected, "
                                          f"got {len(args)}")
