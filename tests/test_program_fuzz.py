"""Program fuzzing with differential checks: hypothesis draws whole 4D projects
(tests/program_gen.py) and runs each with `fourd run` under a time limit and a memory
ceiling (FOURD_MAX_MEMORY). Whatever a program does:

* no internal error (-10990) and no Python traceback, only output or 4D errors;
* the same program run twice prints the same thing;
* its typed variant (var … : Integer, #DECLARE) and its untyped variant (no declarations,
  $1/$0) print the same thing and end the same way (language.md §4-§5: strict left-to-right
  arithmetic, numbers as 4D's Reals, Real/Integer mixing).

A few examples run by default (a few seconds); FOURD_FUZZ_PROGRAMS=N runs N (a long session,
outside CI: `FOURD_FUZZ_PROGRAMS=20000 python -m pytest -q tests/test_program_fuzz.py`, result
in bench/RESULTS.md). A failure prints the shrunk program."""
from __future__ import annotations

import os
import re
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import run_fourd
from program_gen import programs

EXAMPLES = int(os.environ.get("FOURD_FUZZ_PROGRAMS", "12"))
TIME_LIMIT = 20          # seconds per run: a generated program takes milliseconds
MEMORY_MB = "512"


def _write(root, methods: dict):
    folder = os.path.join(root, "Project", "Sources", "Methods")
    os.makedirs(folder, exist_ok=True)
    for name, source in methods.items():
        with open(os.path.join(folder, name + ".4dm"), "w", encoding="utf-8") as f:
            f.write(source)


def _run(root):
    try:
        code, out, err = run_fourd("run", root, "--method", "fz_main", timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"no end within {TIME_LIMIT} s") from None
    assert "Traceback" not in err and "-10990" not in err, err
    assert code in (0, 1), (code, err)
    if code == 1:
        assert re.search(r"^Error -?\d+: ", err, re.M), err
    # the error as the user sees it, without the folder it ran in
    return code, out, err.replace(root, "<project>")


@pytest.mark.timeout(120 + 30 * EXAMPLES)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 50,
          suppress_health_check=list(HealthCheck))
@given(programs())
def test_typed_and_untyped_programs_agree(tmp_path_factory, monkeypatch, program):
    monkeypatch.setenv("FOURD_MAX_MEMORY", MEMORY_MB)
    monkeypatch.setenv("FOURD_CACHE", "0")        # thousands of one-off projects
    root = str(tmp_path_factory.mktemp("fuzz"))
    typed, untyped = os.path.join(root, "typed"), os.path.join(root, "untyped")
    _write(typed, program.variant(True))
    _write(untyped, program.variant(False))
    first = _run(typed)
    assert _run(typed) == first, "two runs of one program differ"
    assert _run(untyped) == first, "typed and untyped variants differ"
