"""JSON commands (language.md §12.1): JSON Stringify, JSON Parse, JSON Stringify array,
JSON PARSE ARRAY. The value ⇄ text rules live in runtime.formatting."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_JSON_PARSE
from ..formatting import json_stringify, json_parse
from ..values import Coll, Array4D
from .registry import command
from .arrays_cmds import fill_array, array_arg
from .objects_cmds import convert_value
from ._args import is_star, text_arg, int_arg


@command("JSON Stringify", 1217)
def JSON_Stringify(value=None, star=None, *_):
    if isinstance(value, Array4D):
        raise FourDError(ERR_TYPE_MISMATCH, "JSON Stringify: use JSON Stringify array for arrays")
    return json_stringify(value, pretty=is_star(star))


@command("JSON Parse", 1218)
def JSON_Parse(text=None, type_code=None, *_):
    """`JSON Parse(text {; type}{; *})` (the `*` line/offset information is not produced)."""
    v = json_parse(text_arg(text, "JSON Parse"))
    if type_code is None or is_star(type_code):
        return v
    return convert_value(v, int_arg(type_code, "JSON Parse"))


@command("JSON Stringify array", 1228, arrays=True)
def JSON_Stringify_array(array=None, star=None, *_):
    a = array_arg(array, "JSON Stringify array")
    return json_stringify(Coll(a[1:]), pretty=is_star(star))


@command("JSON PARSE ARRAY", 1219, refs=(1,), procedure=True, arrays=True)
def JSON_PARSE_ARRAY(text=None, array_ref=None):
    v = json_parse(text_arg(text, "JSON PARSE ARRAY"))
    if not isinstance(v, Coll):
        raise FourDError(ERR_JSON_PARSE, "JSON PARSE ARRAY: the JSON text is not an array")
    fill_array(array_ref, list(v), "JSON PARSE ARRAY")
