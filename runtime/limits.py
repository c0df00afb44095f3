"""Resource limits of a run: a memory ceiling and the file-descriptor limit.

Decisions:
* Memory ceiling: at start fourd sets RLIMIT_DATA (the process's private writable memory:
  the heap, everything Python allocates) to `--max-memory MB` or `FOURD_MAX_MEMORY=MB`, by
  default a quarter of the machine's memory; 0 = no ceiling. An allocation past it fails,
  which is 4D's error -108 "Not enough memory" (errorstate.as_fourd), long before the
  machine swaps. RLIMIT_DATA rather than RLIMIT_AS: address space merely reserved (malloc
  arenas, guard pages) does not count. A limit already lower (ulimit -d) is kept.
* File descriptors: the soft RLIMIT_NOFILE is raised to the hard limit at start, as servers
  commonly do (1,024 is a common soft limit: a server would refuse its 1,021st client). A
  connection refused for want of descriptors reaches the listener's onError (EMFILE) and
  the server goes on.
"""
from __future__ import annotations

import os

try:
    import resource
except ImportError:          # pragma: no cover (not POSIX)
    resource = None

MEMORY_ENV = "FOURD_MAX_MEMORY"


def machine_memory_mb() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // (1 << 20)
    except (ValueError, OSError, AttributeError):     # pragma: no cover
        return 0


def memory_ceiling_mb(option: str | None) -> int:
    """MB from the option, else the environment, else a quarter of the machine's memory;
    ValueError with the message for a value that is not a whole number >= 0."""
    value = option if option is not None else os.environ.get(MEMORY_ENV, "")
    if value.strip() == "":
        return machine_memory_mb() // 4
    if not value.strip().isdigit():
        raise ValueError(f"--max-memory / {MEMORY_ENV}: a number of MB (0 = no ceiling), "
                         f"not '{value}'")
    return int(value)


def set_memory_ceiling(mb: int) -> None:
    if resource is None or mb <= 0:
        return
    limit = mb << 20
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        return
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ValueError, OSError):        # pragma: no cover
        pass


def raise_file_limit() -> None:
    """The soft RLIMIT_NOFILE up to the hard limit."""
    if resource is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = 1 << 20          # Linux refuses infinity for NOFILE; nr_open is 1,048,576
    if soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):    # pragma: no cover
            pass
