"""How 4D names become Python identifiers in generated code, and how names resolve."""
from __future__ import annotations

import re

from fourd.runtime.catalog import fold_name

_TOKEN = re.compile(r"^(.*?)(?::([CK])(\d+)(?::(\d+))?)?$", re.S)
_NON_IDENT = re.compile(r"[^0-9A-Za-z_]")


def split_token(raw: str):
    """`String:C10` -> ("String", "C", 10, None); `Is text:K8:3` -> ("Is text", "K", 8, 3)."""
    m = _TOKEN.match(raw)
    name = " ".join(m.group(1).split())
    if m.group(2):
        return name, m.group(2), int(m.group(3)), int(m.group(4)) if m.group(4) else None
    return name, None, None, None


# a method's exact entry: `M__method_x` beside `M__method` (interpreter/lower/lowerer.py
# generates it, interpreter/project.py binds calls to it)
EXACT_SUFFIX = "_x"

fold = fold_name      # the one name folding (case- and white-space-insensitive)


def local_ident(local: str) -> str:
    """`$myVar` -> `L_myvar` (4D names are case-insensitive)."""
    body = local[1:].lower()
    return "L_" + _NON_IDENT.sub(lambda m: f"_{ord(m.group()):x}_", body)


def py_ident(prefix: str, name: str) -> str:
    return prefix + _NON_IDENT.sub(lambda m: f"_{ord(m.group()):x}_", fold(name))
