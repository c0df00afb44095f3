"""Conformance cases: every tests/cases/**/NAME.4dm runs with `fourd run` and must print exactly
NAME.out; NAME.exit holds the expected exit code (default 0); each line of NAME.stderr must
appear in stderr. Cases listed in tests/cases/known_failures.txt are expected to fail (xfail)
until the feature lands."""
import glob
import os

import pytest

from conftest import TESTS, check_case_result, read_known_failures, read_text, run_fourd

CASES = sorted(glob.glob(os.path.join(TESTS, "cases", "**", "*.4dm"), recursive=True))
KNOWN = os.path.join(TESTS, "cases", "known_failures.txt")


KNOWN_FAILURES = read_known_failures(KNOWN)


def _case_id(path):
    return os.path.relpath(path, os.path.join(TESTS, "cases")).replace(os.sep, "/")


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_case(case):
    cid = _case_id(case)
    if cid in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[cid])
    rc, out, err = run_fourd("run", case, timeout=60)
    check_case_result(case[:-4], rc, out, err)


TYPED = [c for c in CASES if c.endswith("_typed.4dm") and os.sep + "typed_untyped" + os.sep in c]


@pytest.mark.parametrize("case", TYPED, ids=[_case_id(c) for c in TYPED])
def test_typed_and_untyped_agree(case):
    """tests/cases/lang/typed_untyped: a typed program and its untyped twin expect one output
    (each also runs as a case above)."""
    twin = case[:-len("_typed.4dm")] + "_untyped"
    assert os.path.exists(twin + ".4dm"), f"{_case_id(case)} has no untyped twin"
    assert read_text(case[:-4] + ".out") == read_text(twin + ".out")
