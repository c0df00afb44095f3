"""`4D.Function` objects: formulas, class functions and project methods as values (§8)."""
from __future__ import annotations


class Function4D:
    """A callable 4D value. `fn(this, *args)` is the compiled Python function; `source` is the
    4D source text (`.source`); `name` is what error messages and Current method name show."""
    __slots__ = ("fn", "source", "name", "__weakref__")

    def __init__(self, fn, source: str = "", name: str = ""):
        self.fn = fn
        self.source = source
        self.name = name

    def call(self, this=None, *args):
        """`.call(thisObj; params…)`."""
        return self.fn(this, *args)

    def apply(self, this=None, params=None):
        """`.apply(thisObj; collection)`."""
        return self.fn(this, *(params or ()))

    def __repr__(self):
        return f"[object Formula {self.name or self.source}]"
