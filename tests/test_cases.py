"""Conformance cases: every tests/cases/**/NAME.4dm runs with `fourd run` and must print exactly
NAME.out; NAME.exit holds the expected exit code (default 0); each line of NAME.stderr must
appear in stderr. Cases listed in tests/cases/known_failures.txt are expected to fail (xfail)
until the feature lands."""
import glob
import os

import pytest

from conftest import TESTS, read_known_failures, run_fourd

CASES = sorted(glob.glob(os.path.join(TESTS, "cases", "**", "*.4dm"), recursive=True))
KNOWN = os.path.join(TESTS, "cases", "known_failures.txt")


KNOWN_FAILURES = read_known_failures(KNOWN)


def _read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _case_id(path):
    return os.path.relpath(path, os.path.join(TESTS, "cases")).replace(os.sep, "/")


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_case(case):
    cid = _case_id(case)
    if cid in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[cid])
    base = case[:-4]
    expected_out = _read(base + ".out", "")
    expected_exit = int((_read(base + ".exit", "0") or "0").strip() or 0)
    rc, out, err = run_fourd("run", case, timeout=60)
    assert out.replace("\r\n", "\n") == expected_out.replace("\r\n", "\n"), f"stdout differs\nstderr:\n{err}"
    assert rc == expected_exit, f"exit code {rc}, expected {expected_exit}\nstderr:\n{err}"
    frag = _read(base + ".stderr")
    if frag:
        for line in frag.splitlines():
            if line.strip():
                assert line.strip() in err, f"stderr lacks {line.strip()!r}\nstderr:\n{err}"
    assert "Traceback (most recent call last)" not in err


TYPED = [c for c in CASES if c.endswith("_typed.4dm") and os.sep + "typed_untyped" + os.sep in c]


@pytest.mark.parametrize("case", TYPED, ids=[_case_id(c) for c in TYPED])
def test_typed_and_untyped_agree(case):
    """tests/cases/lang/typed_untyped: a typed program and its untyped twin expect one output
    (each also runs as a case above)."""
    twin = case[:-len("_typed.4dm")] + "_untyped"
    assert os.path.exists(twin + ".4dm"), f"{_case_id(case)} has no untyped twin"
    assert _read(case[:-4] + ".out") == _read(twin + ".out")
