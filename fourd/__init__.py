"""fourd: run 4D language code (.4dm scripts and project folders) outside 4D.

As a library: `run_file`, `run_project`, `Interpreter`, `FourDError` (README "Embedding");
they are imported on first use, so that `import fourd` stays cheap.
"""
__version__ = "0.1.0"

_LAZY = {
    "run_file": "fourd.interpreter.embed",
    "run_project": "fourd.interpreter.embed",
    "Interpreter": "fourd.interpreter.embed",
    "register_command": "fourd.interpreter.embed",
    "to_python": "fourd.interpreter.embed",
    "to_4d": "fourd.interpreter.embed",
    "FourDError": "fourd.runtime.errors",
}
__all__ = ["__version__", *_LAZY]


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fourd' has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
