"""What a class file defines: the lowering fills a ClassInfo (interpreter/lower/classes.py),
the project builds the class from it (interpreter/project.py), the code cache keeps it as a
dict (marshal writes plain data only). No imports: a cached run loads it without the parser
or the lowering."""
from __future__ import annotations


class ClassInfo:
    """Function fields hold the Python names of the generated functions. A plain class, not
    a dataclass: `dataclasses` costs milliseconds at every start."""
    FIELDS = ("extends", "properties", "functions", "getters", "setters", "queries",
              "orderbys", "aliases", "constructor", "shared", "singleton", "shared_functions")

    def __init__(self, extends=None, properties=None, functions=None, getters=None,
                 setters=None, queries=None, orderbys=None, aliases=None, constructor=None,
                 shared=False, singleton=False, shared_functions=None):
        self.extends: str | None = extends              # `Class extends cs.Parent`: "cs.Parent"
        self.properties: list = properties or []        # (name, type code, has a default value)
        self.functions: list = functions or []          # (4D name, Python name)
        self.getters: dict = getters or {}              # property -> Python name
        self.setters: dict = setters or {}
        self.queries: dict = queries or {}              # ORDA `Function query attr`: attr -> name
        self.orderbys: dict = orderbys or {}            # ORDA `Function orderBy attr`
        self.aliases: dict = aliases or {}              # ORDA `Alias name path`: name -> path
        self.constructor: str | None = constructor
        self.shared: bool = shared                      # `shared Class constructor`
        self.singleton: bool = singleton
        self.shared_functions: set = shared_functions or set()   # `shared Function`

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> ClassInfo:
        return cls(**data)
