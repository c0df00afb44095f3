#!/usr/bin/env python3
"""Instruction counts (valgrind's callgrind) of each CPU benchmark: the 4D program against the
same work in CPython. Unlike times, the counts do not depend on what else the machine runs,
so their ratio is a stable signal for a change (it is not a time ratio: a Python call and a
C loop retire instructions at different speeds).

    python bench/instructions.py [fib sort_list …]

Only the work is counted: it runs inside `itertools.starmap` and callgrind collects only
inside that C function (`--toggle-collect=starmap_next`), so start-up, compiling and the
peer's set-up are left out. Needs valgrind; takes ~1 minute per program."""
from __future__ import annotations

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_CPU = os.path.join(HERE, "..", "..", "shared", "bench", "cpu")
PROGRAMS = ["fib", "sort_list", "json_roundtrip", "dict_ops", "loop_sum", "str_concat"]

_FOURD = """import sys, itertools, io, contextlib
from fourd.interpreter.project import Project
from fourd.runtime.values import NULL
project = Project({sys.argv[1]: sys.argv[2]})
fn = project.method_table[sys.argv[1]]
with contextlib.redirect_stdout(io.StringIO()):
    list(itertools.starmap(fn, [(NULL,)]))
"""
_PYTHON = """import sys, itertools, importlib.util
sys.path.insert(0, sys.argv[2])
spec = importlib.util.spec_from_file_location("peer", sys.argv[3])
peer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peer)
list(itertools.starmap(peer.bench, [()]))
"""


def count(code: str, *args: str) -> int | None:
    python = sys.executable       # the interpreter itself (a venv keeps its packages)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                          "--toggle-collect=starmap_next", f"--callgrind-out-file={os.devnull}",
                          python, "-c", code, *args], capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    return int(m.group(1)) if m else None


def instructions(name):
    """(4D instructions, CPython instructions) of one program (None where not measured)."""
    four = count(_FOURD, name, os.path.join(HERE, "cpu", name + ".4dm"))
    py = count(_PYTHON, name, SHARED_CPU, os.path.join(SHARED_CPU, name + ".py"))
    return four, py


def main():
    for name in sys.argv[1:] or PROGRAMS:
        four, py = instructions(name)
        if four and py:
            print(f"{name:16} 4D {four / 1e6:9.1f} M   CPython {py / 1e6:9.1f} M   "
                  f"ratio {four / py:5.2f}", flush=True)
        else:
            print(f"{name:16} not measured (valgrind missing or failed)")


if __name__ == "__main__":
    main()
