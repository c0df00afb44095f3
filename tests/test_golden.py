"""Golden error messages: the exact stderr text of representative failures.
Each tests/golden/NAME.4dm has NAME.golden: `exit: N` then the exact stderr, with the folder
written as <dir>. To refresh after a deliberate wording change, delete a .golden file and run
`python tests/test_golden.py` (it rewrites the missing ones)."""
import glob
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from conftest import TESTS, run_fourd  # noqa: E402

GOLDEN = os.path.join(TESTS, "golden")
CASES = sorted(glob.glob(os.path.join(GOLDEN, "*.4dm")))


def _actual(case):
    rc, _out, err = run_fourd("run", case)
    return f"exit: {rc}\n" + err.replace(GOLDEN, "<dir>")


@pytest.mark.parametrize("case", CASES, ids=[os.path.basename(c) for c in CASES])
def test_golden_error_text(case):
    with open(case[:-4] + ".golden", encoding="utf-8") as f:
        expected = f.read()
    assert _actual(case) == expected


if __name__ == "__main__":
    for case in CASES:
        target = case[:-4] + ".golden"
        if not os.path.exists(target):
            with open(target, "w", encoding="utf-8") as f:
                f.write(_actual(case))
            print("wrote", target)
