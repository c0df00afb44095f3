"""`fourd test [PATH…]`: run 4D tests (interpreter/testing.py) without pytest.

Prints one line per test without a terminal (a progress bar on one), the failures' reports,
and the summary `N passed, N failed` (`, N skipped`, `, N xfailed` when there are; a strict
xfail that passes counts as failed). Exit status: 0 all passed, 1 a test failed, 2 bad usage, 5 no test found (as pytest).
"""
from __future__ import annotations

import os
import re
import sys
import time

from fourd.runtime.errors import ExitCode

from . import testing
from .progress import Progress

USAGE = """usage: fourd test [-k PATTERN] [--junitxml FILE] [-x] [-j N] [-v] [--timeout S] [PATH…]

Runs test_*.4dm files and, in 4D project folders, methods test_* and the test_* functions
of classes named …Test (default PATH: the current folder). Each test runs in its own process.

  -k PATTERN       only tests whose id matches: words (case-insensitive substrings)
                   combined with and, or, not and parentheses, as pytest's -k
  --junitxml FILE  write a JUnit XML report
  -x, --exitfirst  stop at the first failure
  -j N, --jobs N   run N tests at a time (auto: one per CPU)
  -v, --verbose    a line per test even on a terminal
  --timeout S      seconds a test may take (default 60)
"""



class UsageError(Exception):
    pass


def parse_args(args):
    opts = {"paths": [], "keyword": None, "junitxml": None, "exitfirst": False, "jobs": 1,
            "verbose": False, "timeout": testing.DEFAULT_TIMEOUT}
    it = iter(args)
    for a in it:
        name, eq, inline = a.partition("=") if a.startswith("--") else (a, "", "")

        def value():
            if eq:
                return inline
            try:
                return next(it)
            except StopIteration:
                raise UsageError(f"{name} needs a value") from None
        if name == "-k":
            opts["keyword"] = value()
        elif name == "--junitxml":
            opts["junitxml"] = value()
        elif name in ("-x", "--exitfirst"):
            opts["exitfirst"] = True
        elif name in ("-v", "--verbose"):
            opts["verbose"] = True
        elif name in ("-j", "--jobs"):
            v = value()
            if v == "auto":
                opts["jobs"] = os.cpu_count() or 1
            elif v.isdigit() and int(v) > 0:
                opts["jobs"] = int(v)
            else:
                raise UsageError(f"{name}: expected a number or auto, got {v!r}")
        elif name == "--timeout":
            try:
                opts["timeout"] = float(value())
            except ValueError:
                raise UsageError("--timeout: expected a number of seconds") from None
        elif a.startswith("-") and a != "-":
            raise UsageError(f"unknown option {a}")
        else:
            opts["paths"].append(a)
    return opts


# ---------------------------------------------------------------- -k
_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")


def keyword_matcher(expr: str):
    """pytest's -k language: words matched as case-insensitive substrings of the test id,
    with `and`, `or`, `not` and parentheses."""
    tokens = _TOKEN.findall(expr)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def p_or():
        left = p_and()
        while peek() == "or":
            take()
            right = p_and()
            left = (lambda a, b: lambda s: a(s) or b(s))(left, right)
        return left

    def p_and():
        left = p_not()
        while peek() == "and":
            take()
            right = p_not()
            left = (lambda a, b: lambda s: a(s) and b(s))(left, right)
        return left

    def p_not():
        if peek() == "not":
            take()
            inner = p_not()
            return lambda s: not inner(s)
        if peek() == "(":
            take()
            inner = p_or()
            if take_if(")") is None:
                raise UsageError(f"-k: missing ')' in {expr!r}")
            return inner
        word = peek()
        if word is None or word in ("and", "or", ")"):
            raise UsageError(f"-k: unexpected {'end' if word is None else repr(word)} in {expr!r}")
        take()
        w = word.lower()
        return lambda s: w in s

    def take_if(tok):
        return take() if peek() == tok else None

    match = p_or()
    if peek() is not None:
        raise UsageError(f"-k: unexpected {peek()!r} in {expr!r}")
    return lambda case: match(case.id.lower())


# ---------------------------------------------------------------- results
class Tally:
    def __init__(self):
        self.counts = {"passed": 0, "failed": 0, "skipped": 0, "xfailed": 0}
        self.failures: list = []
        self.records: list = []      # (case, outcome, verdict) for the JUnit report

    def add(self, case, outcome) -> str:
        verdict = outcome.status
        if case.xfail:
            if outcome.status == "failed":
                verdict = "xfailed"
            elif outcome.status == "passed":      # strict: a known bug that no longer fails
                verdict = "failed"
                outcome.status = "failed"
                outcome.message = f"XPASS(strict): {case.xfail}"
                outcome.location = f"{case.path}:{case.line}"
        self.counts[verdict] += 1
        if verdict == "failed":
            self.failures.append((case, outcome))
        self.records.append((case, outcome, verdict))
        return verdict

    @property
    def failed(self) -> bool:
        return bool(self.counts["failed"])

    def summary(self) -> str:
        c = self.counts
        text = f"{c['passed']} passed, {c['failed']} failed"
        for k in ("skipped", "xfailed"):
            if c[k]:
                text += f", {c[k]} {k}"
        return text


def failure_report(case, outcome) -> str:
    lines = [testing.report_text(outcome)]
    if outcome.stdout.strip():
        lines += ["--- stdout", outcome.stdout.rstrip()]
    if outcome.stderr.strip() and outcome.stderr.strip() != outcome.details.strip():
        lines += ["--- stderr", outcome.stderr.rstrip()]
    return "\n".join(lines)


def write_junit(path, tally: Tally, seconds: float):
    import xml.etree.ElementTree as ET
    c = tally.counts
    suite = ET.Element("testsuite", name="fourd", tests=str(len(tally.records)),
                       failures=str(c["failed"]), errors="0",
                       skipped=str(c["skipped"] + c["xfailed"]), time=f"{seconds:.3f}")
    for case, outcome, verdict in tally.records:
        tc = ET.SubElement(suite, "testcase", classname=_classname(case), name=case.name,
                           file=case.path, line=str(case.line), time=f"{outcome.duration:.3f}")
        if verdict == "failed":
            ET.SubElement(tc, "failure", message=f"{outcome.location}: {outcome.message}").text = \
                outcome.details or outcome.message
        elif verdict == "skipped":
            ET.SubElement(tc, "skipped", type="pytest.skip", message=outcome.message)
        elif verdict == "xfailed":
            ET.SubElement(tc, "skipped", type="pytest.xfail", message=case.xfail or "")
        if outcome.stdout:
            ET.SubElement(tc, "system-out").text = outcome.stdout
        if outcome.stderr:
            ET.SubElement(tc, "system-err").text = outcome.stderr
    root = ET.Element("testsuites")
    root.append(suite)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _classname(case) -> str:
    if case.kind == "class":
        return case.cls
    rel = os.path.relpath(os.path.dirname(case.path))
    return rel.replace(os.sep, ".").strip(".") or os.path.basename(os.path.dirname(case.path))


# ---------------------------------------------------------------- the command
def main(args) -> int:
    if args[:1] in (["-h"], ["--help"]):
        print(USAGE, end="")
        return ExitCode.OK
    try:
        opts = parse_args(args)
        match = keyword_matcher(opts["keyword"]) if opts["keyword"] else None
    except UsageError as e:
        print(f"fourd test: {e}\n{USAGE}", file=sys.stderr, end="")
        return ExitCode.USAGE
    paths = opts["paths"] or ["."]
    cases, missing = testing.collect(paths, shown=_shown)
    for p in missing:
        print(f"fourd test: {p}: no such file or folder", file=sys.stderr)
    if missing:
        return ExitCode.USAGE
    if match is not None:
        cases = [c for c in cases if match(c)]
    if not cases:
        print("no tests found")
        print("0 passed, 0 failed")
        return ExitCode.NO_TESTS
    tally = Tally()
    start = time.monotonic()
    with Progress(len(cases), "testing") as progress:
        plain = not progress.enabled or opts["verbose"]
        for case, outcome in testing.run_cases(cases, opts["jobs"], opts["timeout"]):
            verdict = tally.add(case, outcome)
            progress.advance(case.id)
            if plain or verdict == "failed":
                progress.line(_verdict_line(case, outcome, verdict))
            if opts["exitfirst"] and tally.failed:
                break
    seconds = time.monotonic() - start
    for case, outcome in tally.failures:
        print(f"\n____ {case.id} ____")
        print(failure_report(case, outcome))
    if opts["junitxml"]:
        write_junit(opts["junitxml"], tally, seconds)
    n = len(tally.records)
    print(f"\n{n} test{'' if n == 1 else 's'} in {seconds:.2f}s")
    print(tally.summary())
    return ExitCode.ERROR if tally.failed else ExitCode.OK


def _shown(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _verdict_line(case, outcome, verdict) -> str:
    word = {"passed": "PASSED", "failed": "FAILED", "skipped": "SKIPPED", "xfailed": "XFAIL"}[verdict]
    text = f"{word} {case.id}"
    if verdict == "failed":
        text += f" - {outcome.message}"
    elif verdict == "skipped":
        text += f" ({outcome.message})"
    elif verdict == "xfailed":
        text += f" ({case.xfail})"
    return text
