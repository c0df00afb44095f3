"""pytest plugin (entry point `pytest11`): 4D tests as pytest items.

Collects what `fourd test` runs (interpreter/testing.py): `test_*.4dm` files, and in 4D
project folders the methods `test_*` and the `test_*` functions of `…Test` classes, one item
each, run in a process of their own. A failure shows the 4D message with the `.4dm` file and
line; `// xfail: reason` header lines make strict xfails; `-k`, `-x`, `--junitxml` and
pytest-xdist work as for Python tests. `--fourd-timeout` sets the seconds a test may take.

This module is imported by every pytest run where fourd is installed: it imports nothing of
fourd until a `.4dm` file is seen.
"""
from __future__ import annotations

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("fourd", "4D tests (fourd)")
    group.addoption("--fourd-timeout", type=float, default=None, metavar="SECONDS",
                    help="seconds a 4D test may take before its process is killed (default 60)")


def pytest_collect_file(file_path, parent):
    if file_path.suffix != ".4dm":
        return None
    from fourd.interpreter import testing
    path = str(file_path)
    explicit = parent.session.isinitpath(file_path)
    cases = testing.cases_of_file(path, explicit=explicit)
    if not cases:
        return None
    return FourDFile.from_parent(parent, path=file_path, cases=cases)


class FourDFile(pytest.File):
    """A `.4dm` file holding tests: a test file, a test method, or a test class."""

    def __init__(self, *, cases, **kw):
        super().__init__(**kw)
        self.cases = cases

    def collect(self):
        for case in self.cases:
            item = FourDItem.from_parent(self, name=case.name, case=case)
            if case.xfail:
                item.add_marker(pytest.mark.xfail(reason=case.xfail, strict=True))
            if case.skip:          # known from the source (tags): reported at the test
                item.add_marker(pytest.mark.skip(reason=case.skip))
            item.extra_keyword_matches.update(case.tags)     # -k unit
            yield item


class FourDFailure(Exception):
    """A 4D test that failed (its Outcome)."""

    def __init__(self, outcome):
        super().__init__(outcome.message)
        self.outcome = outcome


class FourDItem(pytest.Item):
    def __init__(self, *, case, **kw):
        super().__init__(**kw)
        self.case = case

    def runtest(self):
        from fourd.interpreter import testing
        timeout = self.config.getoption("fourd_timeout") or testing.DEFAULT_TIMEOUT
        outcome = testing.run_case(self.case, timeout)
        if outcome.stdout:
            self.add_report_section("call", "stdout", outcome.stdout)
        if outcome.stderr.strip() and outcome.stderr.strip() != outcome.details.strip():
            self.add_report_section("call", "stderr", outcome.stderr)
        if outcome.status == "skipped":
            raise pytest.skip.Exception(outcome.message, _use_item_location=True)
        if outcome.status == "failed":
            raise FourDFailure(outcome)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FourDFailure):
            return FailureRepr(excinfo.value.outcome)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.case.line - 1, self.case.id if self.case.kind == "class" \
            else self.name


class FailureRepr:
    """The report of a failed 4D test: `file.4dm:line: message`, then the 4D error block or
    the framework's failed assertions. `reprcrash.message` is what --junitxml records."""

    def __init__(self, outcome):
        self.outcome = outcome
        self.reprcrash = _Crash(outcome)

    def toterminal(self, tw):
        head, *rest = str(self).splitlines()
        tw.line(head, red=True, bold=True)
        for line in rest:
            tw.line(line)

    def __str__(self):
        from fourd.interpreter.testing import report_text
        return report_text(self.outcome)


class _Crash:
    def __init__(self, outcome):
        path, _, line = outcome.location.rpartition(":")
        self.path = path
        self.lineno = int(line) if line.isdigit() else 0
        self.message = f"{outcome.location}: {outcome.message}"
