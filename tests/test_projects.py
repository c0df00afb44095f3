"""Project-folder conformance: each tests/projects/NAME/expected.txt lists runs:

    run: --method Main ARGS…        (empty: the onStartup database method)
    exit: 0
    stderr: fragment                (optional, repeatable)
    ---
    exact expected stdout
    ===
"""
import glob
import os
import shlex

import pytest

from conftest import TESTS, read_known_failures, run_fourd

KNOWN = os.path.join(TESTS, "projects", "known_failures.txt")


def _blocks(path):
    text = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    for i, block in enumerate(b for b in text.split("===") if b.strip()):
        head, sep, body = block.lstrip("\n").partition("---\n")
        if not sep:
            continue
        spec = {"run": "", "exit": "0", "stderr": []}
        for line in head.splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key == "stderr":
                spec["stderr"].append(value.strip())
            elif key in spec:
                spec[key] = value.strip()
        yield i, spec, body


CASES = []
for exp in sorted(glob.glob(os.path.join(TESTS, "projects", "*", "expected.txt"))):
    proj = os.path.dirname(exp)
    for i, spec, body in _blocks(exp):
        CASES.append((f"{os.path.basename(proj)}#{i}", proj, spec, body))

KNOWN_FAILURES = read_known_failures(KNOWN)


@pytest.mark.parametrize("cid,proj,spec,body", CASES, ids=[c[0] for c in CASES])
def test_project_run(cid, proj, spec, body):
    if cid in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[cid])
    rc, out, err = run_fourd("run", proj, *shlex.split(spec["run"]))
    assert out == body, f"stdout differs\nstderr:\n{err}"
    assert rc == int(spec["exit"]), f"exit {rc}\nstderr:\n{err}"
    for frag in spec["stderr"]:
        assert frag in err, f"stderr lacks {frag!r}:\n{err}"
    assert "Traceback (most recent call last)" not in err
