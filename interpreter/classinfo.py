"""What a class file defines: the lowering fills a ClassInfo (interpreter/lower/classes.py),
the project builds the class from it (interpreter/project.py), the code cache keeps it as a
dict (marshal writes plain data only). No imports: a cached run loads it without the parser
or the lowering."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict


@dataclass
class ClassInfo:
    """Function fields hold the Python names of the generated functions."""
    extends: str | None = None                      # `Class extends cs.Parent`: "cs.Parent"
    properties: list = field(default_factory=list)  # (name, type code, has a default value)
    functions: list = field(default_factory=list)  # (4D name, Python name)
    getters: dict = field(default_factory=dict)     # property -> Python name
    setters: dict = field(default_factory=dict)
    queries: dict = field(default_factory=dict)     # ORDA `Function query attr`: attr -> name
    orderbys: dict = field(default_factory=dict)    # ORDA `Function orderBy attr`
    aliases: dict = field(default_factory=dict)     # ORDA `Alias name path`: name -> path
    constructor: str | None = None
    shared: bool = False                            # `shared Class constructor`
    singleton: bool = False
    shared_functions: set = field(default_factory=set)   # `shared Function`

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ClassInfo:
        return cls(**data)
