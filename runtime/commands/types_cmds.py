"""Type commands (language.md §12.5, §4.8): Value type, Type, Undefined, Null, Bool, Not…"""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import (declared_type, default_of_type, Array4D, NULL, Time4D, Pointer,
                      value_type, type_name)
from .registry import command
from ._args import deref, int_arg, put


@command("Value type", 1509, arrays=True)
def value_type_(expr=None):
    return value_type(expr)


@command("Type", 295, refs=(0,), arrays=True)
def type_(var=None):
    """Declared type of a variable (the interpreter passes the declaration itself when it
    knows it; here only the value is known)."""
    return declared_type(deref(var))


@command("CLEAR VARIABLE", 89, refs=(0,), procedure=True)
def clear_variable(var=None):
    """Back to the empty value of its type: "" / 0 / !00-00-00! / False / Null…; an array
    keeps its type and loses its elements (element 0 is reset too)."""
    value = deref(var)
    if isinstance(value, Array4D):
        del value[1:]
        value[0] = value.default
        value.selected = 0
        return
    put(var, default_of_type(declared_type(value)))


@command("Undefined", 82, arrays=True)
def undefined(expr=None):
    return expr is None


@command("Null", 1517)
def null():
    return NULL


@command("Is nil pointer", 315, arrays=True)
def is_nil_pointer(p=None):
    return not isinstance(p, Pointer)


@command("Bool", 1537)
def bool_(expr=None):
    """Undefined/Null → False; Boolean → itself; Number → ≠0; any other type → False."""
    t = type(expr)
    if t is bool:
        return expr
    if t is int or t is float or t is Time4D:
        return expr != 0
    return False


@command("Not", 34)
def not_(b=None):
    if b is None:
        return True
    if type(b) is not bool:
        raise FourDError(ERR_TYPE_MISMATCH, f"Not: Boolean expected, got {type_name(b)}")
    return not b


@command("True", 214)
def true():
    return True


@command("False", 215)
def false():
    return False


# ---------------------------------------------------------------- Language theme
@command("Command name", 538, refs=(1, 2))
def command_name(number=None, info=None, theme=None):
    """The command's name (4D's English names, from the catalogue), `info` bit 0 = thread-safe
    (every command may run in any fourd process: 1), `theme`; OK 0 past the last command
    number (a number without a command below it is a "disabled" one: "" with OK 1)."""
    from ..catalog import command_by_number, max_command_number
    from .output import set_ok
    n = int_arg(number, "Command name")
    cmd = command_by_number(n)
    exists = cmd is not None or 0 < n <= max_command_number()
    set_ok(1 if exists else 0)
    if cmd is None:
        return ""
    put(info, 1)
    put(theme, cmd.theme)
    return cmd.name

