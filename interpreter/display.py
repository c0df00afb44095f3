"""How fourd shows a 4D value to a person (the REPL, test reports).

Decisions: 4D's JSON-like form, each value readable and typeable again: Text quoted (JSON
escapes), numbers as `String` gives them, `true`/`false`, `null`, `!2024-01-05!` dates,
`?12:30:00?` times, objects and collections as JSON (pretty past 100 characters; an instance
prefixed by its class, `cs.Person {…}`); undefined is None (nothing to show).
"""
from __future__ import annotations

from fourd.runtime import values as V
from fourd.runtime.errors import FourDError
from fourd.runtime.formatting import json_stringify, json_string, string_of


def show(v) -> str | None:
    """A 4D value as a person reads it (None for undefined: nothing to show)."""
    if v is None:
        return None
    t = type(v)
    if t is str or isinstance(v, str):
        return json_string(str(v))
    if t is bool:
        return "true" if v else "false"
    if v is V.NULL:
        return "null"
    if isinstance(v, V.Time4D):
        return f"?{V.time_text(v)}?"
    if t is V.Date4D:
        return f"!{'00-00-00' if v.is_null() else v.iso()}!"
    if isinstance(v, (V.Obj, V.Coll, V.Array4D)):
        try:
            text = json_stringify(v)
            if len(text) > 100:
                text = json_stringify(v, pretty=True).replace("\t", "  ")
        except FourDError:          # circular structure
            text = "[object Object]" if isinstance(v, V.Obj) else "[object Collection]"
        cls = getattr(v, "cls", None)
        return f"cs.{cls.name} {text}" if cls is not None and getattr(cls, "name", "") else text
    try:
        return string_of(v)
    except FourDError:
        return repr(v)
