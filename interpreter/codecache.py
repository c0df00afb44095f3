"""Compiled 4D units cached on disk, like Python's .pyc files: a run whose sources did not
change neither parses nor lowers them (nor imports the parser and the lowering).

Decisions:
- Folder: $FOURD_CACHE_DIR, else $XDG_CACHE_HOME/fourd, else ~/.cache/fourd.
  FOURD_CACHE=0 turns the cache off (nothing read, nothing written). An unwritable folder
  only means no cache.
- Key: a hash of the unit's source text, its kind, name and path (error reports name it), the project's method and class
  names (they decide what a name in the source means), the Python version and fourd's own
  code (version, and the size and modification time of each of its source files: a
  changed fourd never reuses an old entry).
- Entry: `marshal` of (code object, the commands the unit binds by name and token, extra
  plain data such as a class's function table). Written to a temporary file, then renamed;
  any unreadable entry is a miss.
"""
from __future__ import annotations

import marshal
import os
import sys

import fourd

try:        # the built-in SHA-256: hashlib would load OpenSSL first (milliseconds at start)
    from _sha256 import sha256
except ImportError:                     # pragma: no cover (Python 3.12+: _sha2)
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

_fingerprint: str | None = None


def enabled() -> bool:
    return os.environ.get("FOURD_CACHE", "1") != "0"


def folder() -> str:
    if os.environ.get("FOURD_CACHE_DIR"):
        return os.environ["FOURD_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "fourd")


def _code_fingerprint() -> str:
    """fourd's version and the size/mtime of every source file of its packages."""
    global _fingerprint
    if _fingerprint is None:
        h = sha256(f"{fourd.__version__}|{sys.version}".encode())
        import fourd.grammar as grammar
        import fourd.interpreter as interpreter
        import fourd.runtime as runtime
        for pkg in (grammar, interpreter, runtime):
            root = os.path.dirname(pkg.__file__)
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
                for fn in sorted(filenames):
                    if fn.endswith((".py", ".lark", ".tsv")):
                        st = os.stat(os.path.join(dirpath, fn))
                        h.update(f"{fn}|{st.st_size}|{st.st_mtime_ns};".encode())
        _fingerprint = h.hexdigest()
    return _fingerprint


def key(kind: str, name: str, path: str, source: str, names: list[str]) -> str:
    h = sha256(_code_fingerprint().encode())
    h.update(f"\0{kind}\0{name}\0{path}\0".encode("utf-8", "surrogatepass"))
    h.update("\0".join(names).encode())
    h.update(b"\0\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def load(k: str):
    """(code, commands, extra) or None."""
    if not enabled():
        return None
    try:
        with open(os.path.join(folder(), k[:2], k), "rb") as f:
            code, commands, extra = marshal.load(f)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return code, commands, extra


def store(k: str, code, commands, extra=None) -> None:
    if not enabled():
        return
    try:
        data = marshal.dumps((code, commands, extra))
    except ValueError:        # extra data marshal cannot write: not cached
        return
    try:
        d = os.path.join(folder(), k[:2])
        os.makedirs(d, exist_ok=True)
        import tempfile         # only when writing: not part of a cached start-up
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, os.path.join(d, k))
    except OSError:
        pass
