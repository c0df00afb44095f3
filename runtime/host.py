"""The one hook by which the runtime reaches the running project.

The interpreter builds a project (methods and classes found on disk, compiled lazily) and
installs it here with `install(project)`; runtime code asks `project()`. The runtime never
imports the interpreter: what it may ask of a project is `HostProject` below.
"""
from __future__ import annotations

from .errors import FourDError, ERR_UNKNOWN_METHOD
from .function import Function4D


class HostProject:
    """The interface a project offers the runtime (documentation: a plain class rather than
    a typing.Protocol, whose import costs milliseconds at every start)."""
    root: str | None            # the project folder; None for a lone .4dm file
    main_file: str | None       # the lone .4dm file run outside a project, else None
    cs: object                  # the `cs` class store (runtime.classes.store.ClassStore)
    data_options: dict          # {"data": path or URL, "dataless": bool} (runtime/db/database.py)

    def resolve_method(self, name: str) -> Function4D | None:
        """A project method by name (any case), or None."""

    def compile_formula(self, text: str) -> Function4D:
        """`Formula from string(text)`: 4D code compiled in the project's names."""

    def method_names(self) -> list[str]:
        """The project methods' names, as spelt on disk."""

    def method_sources(self) -> list[tuple[int, str, str]]:
        """Every method of the project as (path type, 4D path, file): project methods
        (1, "Name"), database methods (2, "[databaseMethod]/onStartup"), project forms (4,
        "[projectForm]/F/{formMethod}", "[projectForm]/F/button1"), triggers (8,
        "[trigger]/Table"), table forms (16, "[tableForm]/Table/F/{formMethod}"), classes
        (32, "[class]/Name") — the paths of METHOD GET PATHS."""


running: HostProject | None = None      # the running project: project(), or read as a
                                        # variable on hot paths (no call)


def install(project: HostProject | None) -> None:
    global running
    running = project


def project() -> HostProject | None:
    """The running project, or None outside a run."""
    return running


def resolve_method(name: str) -> Function4D | None:
    return running.resolve_method(name) if running is not None else None


def as_callable(f) -> Function4D:
    """A formula argument: a 4D.Function, or (legacy) a project method name."""
    if isinstance(f, Function4D):
        return f
    if isinstance(f, str):
        fn = resolve_method(f)
        if fn is not None:
            return fn
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {f}")
    raise FourDError(ERR_UNKNOWN_METHOD, "A formula or a method name is expected")
