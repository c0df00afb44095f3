"""Tests written in 4D, found and run one process each: what `fourd test` and the pytest plugin
(fourd/pytest_plugin.py) share.

What is a test (collection):
* a file `test_*.4dm` outside a project's Sources: one test, run as `fourd run FILE` runs it;
  a file beside a `.out` file of the same name is an expected-output case (tests/cases/),
  not a test. A file named on the command line is a test whatever its name;
* in a 4D project folder: each project method `test_*`, and each `Function test_*` of a class
  whose name ends in `Test` (the convention of the KyleKincer/testing framework: its test
  classes, tags `// #tags: …` above a function, setup/teardown);
* header comment lines of a test file may say `// xfail: REASON` (a known bug: the test must
  fail, a pass is reported as a failure, strict xfail).

How a test runs: in a child process of its own (a fork of the pre-loaded runner where the
platform has fork, else `python -m fourd.interpreter.testing`), so no 4D state crosses from
one test to the next. It fails on a failed ASSERT, an error nobody handled (also one in a
callback or worker), a syntax error, or a failed assertion of the KyleKincer framework; the
outcome carries the 4D message, the `.4dm` file and line, and the test's stdout/stderr.

Decisions:
* A project whose classes include the framework (`TestRunner` and `Testing`) runs each test
  through the framework itself (`cs.TestRunner.new(cs)` limited to `Class.function`), as its
  Linux CI runs it under tool4d, so its error handler, transactions and tags apply.
  Other projects' `*Test` classes run directly: `setup`, `beforeEach`, the function,
  `afterEach`, `teardown`, when the class defines them.
* Tests tagged `no-linux` are skipped on Linux (reason given), as the framework's own Linux
  runs exclude them; tests tagged `skip` are skipped.
* A test has 60 seconds (`timeout`); then its process is killed and the test fails.
"""
from __future__ import annotations

import json
import linecache
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field, asdict

XFAIL = re.compile(r"^\s*//\s*xfail\s*:\s*(.*?)\s*$", re.I)
_FUNCTION = re.compile(r"^Function\s+(test_[^\s(]*)", re.I)   # the framework's own rule
_TAGS = re.compile(r"#tags\s*:(.*)", re.I)
NORECURSE = {"node_modules", "venv", "build", "dist", "CVS", "__pycache__"}
DEFAULT_TIMEOUT = 60.0
FRAMEWORK_CLASSES = ("TestRunner", "Testing")


@dataclass
class Case:
    """One test."""
    id: str                  # shown in reports and matched by -k: "path/test_x.4dm" or "path/Class.4dm::test_f"
    path: str                # the .4dm file holding it
    name: str                # test_x / test_f
    kind: str                # "file" | "method" | "class"
    root: str | None = None  # the project folder (method and class tests)
    cls: str | None = None   # the class (class tests)
    line: int = 1            # where the test starts in `path`
    xfail: str | None = None
    skip: str | None = None
    tags: list = field(default_factory=list)


@dataclass
class Outcome:
    status: str              # "passed" | "failed" | "skipped"
    message: str = ""        # one line: the 4D error or failed assertion
    location: str = ""       # "file.4dm:line" of the failure
    details: str = ""        # the full report (the 4D error block, the framework's assertions)
    stdout: str = ""
    stderr: str = ""
    duration: float = 0.0


# ---------------------------------------------------------------- collection
def project_root(folder: str) -> str | None:
    """`folder` if it is a 4D project folder (`Project/Sources` inside, or `Sources` beside a
    `.4DProject` file), else None."""
    if os.path.isdir(os.path.join(folder, "Project", "Sources")):
        return folder
    if os.path.isdir(os.path.join(folder, "Sources")):
        try:
            if any(n.lower().endswith(".4dproject") for n in os.listdir(folder)):
                return folder
        except OSError:
            return None
    return None


def enclosing_project(path: str) -> tuple[str, str] | None:
    """(project folder, "Methods" | "Classes") when `path` is a method or class file of a
    project, else None."""
    parent = os.path.dirname(os.path.abspath(path))
    kind = os.path.basename(parent)
    sources = os.path.dirname(parent)
    if kind not in ("Methods", "Classes") or os.path.basename(sources) != "Sources":
        return None
    above = os.path.dirname(sources)
    root = os.path.dirname(above) if os.path.basename(above) == "Project" else above
    return (root, kind) if project_root(root) else None


def is_test_file(path: str) -> bool:
    """A `test_*.4dm` file that is a test by itself (not an expected-output case)."""
    name = os.path.basename(path)
    return name.startswith("test_") and name.endswith(".4dm") and \
        not os.path.exists(path[:-4] + ".out")


def header_xfail(path: str) -> str | None:
    """The reason of a `// xfail: reason` line among the file's leading comment lines."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            for line in f:
                stripped = line.strip()
                if not stripped:
                    continue
                if not stripped.startswith("//"):
                    break
                m = XFAIL.match(stripped)
                if m:
                    return m.group(1) or "known failure"
    except OSError:
        return None
    return None


def file_case(path: str, shown: str | None = None) -> Case:
    path = os.path.abspath(path)
    stem = os.path.basename(path)[:-4]
    return Case(id=shown or path, path=path, name=stem, kind="file", xfail=header_xfail(path))


def method_case(root: str, path: str, shown: str | None = None) -> Case:
    path = os.path.abspath(path)
    return Case(id=shown or path, path=path, name=os.path.basename(path)[:-4], kind="method",
                root=os.path.abspath(root), xfail=header_xfail(path))


def class_cases(root: str, path: str, shown: str | None = None) -> list[Case]:
    """The `Function test_*` of a test class (`…Test.4dm`), in source order."""
    path = os.path.abspath(path)
    cls = os.path.basename(path)[:-4]
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out, seen = [], set()
    for i, line in enumerate(lines):
        m = _FUNCTION.match(line)
        if not m or m.group(1).lower() in seen:
            continue
        seen.add(m.group(1).lower())
        tags = _tags_above(lines, i)
        case = Case(id=f"{shown or path}::{m.group(1)}", path=path, name=m.group(1), kind="class",
                    root=os.path.abspath(root), cls=cls, line=i + 1, tags=tags)
        if "skip" in tags:
            case.skip = "tagged skip"
        elif "no-linux" in tags and sys.platform.startswith("linux"):
            case.skip = "tagged no-linux: the framework excludes it on Linux"
        out.append(case)
    return out


def _tags_above(lines, index):
    """Tags of the `// #tags: a, b` comment above a function (the framework's rule: the
    comment lines right above it, up to a code line or another function)."""
    for line in reversed(lines[:index]):
        if "Function " in line:
            break
        m = _TAGS.search(line)
        if m:
            return [t for t in m.group(1).replace(" ", "").split(",") if t]
        bare = line.replace(" ", "").replace("\t", "")
        if bare and not bare.startswith("//"):
            break
    return []


def is_test_class(path: str) -> bool:
    name = os.path.basename(path)
    return name.endswith(".4dm") and name[:-4].lower().endswith("test")


def collect(paths, shown=None) -> tuple[list[Case], list[str]]:
    """The tests under `paths` (files and folders) and the paths that do not exist.
    `shown(path)` gives a case's displayed id (default: the path as given)."""
    shown = shown or (lambda p: p)
    cases, missing = [], []
    for p in paths:
        if os.path.isdir(p):
            _walk(p, cases, shown)
        elif os.path.isfile(p):
            cases.extend(cases_of_file(p, shown, explicit=True))
        else:
            missing.append(p)
    return cases, missing


def cases_of_file(path, shown=None, explicit=False) -> list[Case]:
    shown = shown or (lambda p: p)
    if not path.endswith(".4dm"):
        return []
    inside = enclosing_project(path)
    if inside is not None:
        root, kind = inside
        if kind == "Classes":
            return class_cases(root, path, shown(path)) if explicit or is_test_class(path) else []
        name = os.path.basename(path)
        return [method_case(root, path, shown(path))] if explicit or name.startswith("test_") else []
    if explicit or is_test_file(path):
        return [file_case(path, shown(path))]
    return []


def _walk(folder, cases, shown):
    try:
        entries = sorted(os.listdir(folder))
    except OSError:
        return
    for name in entries:
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            if not name.startswith(".") and name not in NORECURSE and not name.endswith(".egg"):
                _walk(path, cases, shown)
        else:
            cases.extend(cases_of_file(path, shown))


# ---------------------------------------------------------------- running (parent side)
_preloaded = []


def preload():
    """Import the interpreter and build the parsers once, before forking test processes."""
    if _preloaded:
        return
    _preloaded.append(True)
    from fourd.interpreter import runner, embed  # noqa: F401
    import fourd.runtime.commands  # noqa: F401
    from fourd.grammar.parser import get_parser, parse
    get_parser()
    parse("$x:=1")


_projects: dict = {}      # project folder -> Project compiled by preload_project (or None)


def preload_project(root: str):
    """Compile every class and method of a project once, before forking its tests: each test
    then starts with them compiled (a test of the KyleKincer framework loads all 30 classes of
    its project; compiling them took 80 % of its time). Compiling only defines them: no 4D
    code runs, so no 4D state crosses into the tests."""
    if root in _projects:
        return
    from fourd.runtime import host
    from .project import project_from_folder
    previous = host.project()
    project = None
    try:
        project = project_from_folder(root)
        for name in list(project.classes):
            try:
                project.cs.get(name)
            except Exception:      # a class that does not compile fails in its test, as usual
                pass
        for key in [*project.methods, *project.database_methods]:
            try:
                project.method_table[key]
            except Exception:
                pass
    except Exception:
        project = None
    finally:
        host.install(previous)
    _projects[root] = project


def _project_of(root: str):
    from fourd.runtime import host
    from .project import project_from_folder
    project = _projects.get(root)
    if project is None:
        return project_from_folder(root)
    host.install(project)
    return project


def _forking() -> bool:
    return hasattr(os, "fork") and os.environ.get("FOURD_TEST_SUBPROCESS") != "1"


class Child:
    """A test running in its own process; `poll()` gives its Outcome once it has ended."""

    def __init__(self, case: Case, timeout: float = DEFAULT_TIMEOUT):
        self.case, self.timeout = case, timeout
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        fd, self.result_path = tempfile.mkstemp(prefix="fourd-test-", suffix=".json")
        os.close(fd)
        self.pid = self.proc = None
        if _forking():
            preload()
            if case.root:
                preload_project(case.root)
        self.start = time.monotonic()
        if _forking():
            sys.stdout.flush()
            sys.stderr.flush()
            self.pid = os.fork()
            if self.pid == 0:
                _child_process(asdict(case), self.result_path, self.out.fileno(), self.err.fileno())
        else:
            import subprocess
            env = dict(os.environ)
            env.pop("FOURD_DEBUG", None)
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "fourd.interpreter.testing", json.dumps(asdict(case)),
                 self.result_path], stdin=subprocess.DEVNULL, stdout=self.out, stderr=self.err,
                env=env)

    def poll(self) -> Outcome | None:
        if self.pid is not None:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            code = os.waitstatus_to_exitcode(status) if done else None
        else:
            code = self.proc.poll()
            done = code is not None
        if not done:
            if time.monotonic() - self.start > self.timeout:
                self.kill()
                return self._finish(None, timed_out=True)
            return None
        return self._finish(code)

    def wait(self) -> Outcome:
        delay = 0.0005
        while True:
            outcome = self.poll()
            if outcome is not None:
                return outcome
            time.sleep(delay)
            delay = min(delay * 2, 0.02)

    def kill(self):
        try:
            if self.pid is not None:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            elif self.proc is not None:
                self.proc.kill()
                self.proc.wait()
        except (OSError, ChildProcessError):
            pass

    def _finish(self, code, timed_out=False) -> Outcome:
        self.out.seek(0)
        self.err.seek(0)
        stdout = self.out.read().decode("utf-8", "replace")
        stderr = self.err.read().decode("utf-8", "replace")
        self.out.close()
        self.err.close()
        try:
            with open(self.result_path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            data = None
        try:
            os.unlink(self.result_path)
        except OSError:
            pass
        if timed_out:
            data = {"status": "failed", "message": f"timed out after {self.timeout:g} s",
                    "location": f"{self.case.path}:{self.case.line}"}
        elif data is None:     # the process died before it could say anything
            data = {"status": "failed", "message": f"the test process ended with code {code}",
                    "location": f"{self.case.path}:{self.case.line}",
                    "details": stderr.strip()}
        outcome = Outcome(**data)
        outcome.stdout, outcome.stderr = stdout, stderr
        if outcome.status == "failed" and not outcome.details:
            outcome.details = stderr.strip()     # the 4D error block, as `fourd run` prints it
        outcome.location = _relative(outcome.location)
        outcome.duration = time.monotonic() - self.start
        return outcome


def report_text(outcome: Outcome) -> str:
    """`file.4dm:line: message`, then the details (the 4D error block without its first
    line when that repeats the message)."""
    lines = outcome.details.strip().splitlines()
    if lines and lines[0].strip() == outcome.message.strip():
        lines = lines[1:]
    return "\n".join([f"{outcome.location}: {outcome.message}", *lines])


def _relative(location: str) -> str:
    """A `path:line` under the current folder, as a relative path."""
    path, sep, line = location.rpartition(":")
    if sep and os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            return f"{rel}:{line}"
    return location


def run_case(case: Case, timeout: float = DEFAULT_TIMEOUT) -> Outcome:
    """Run one test in a process of its own and return its outcome."""
    if case.skip:
        return Outcome("skipped", message=case.skip)
    child = Child(case, timeout)
    try:
        return child.wait()
    except BaseException:      # pytest-timeout, Ctrl-C: no orphan left behind
        child.kill()
        raise


def run_cases(cases, jobs=1, timeout=DEFAULT_TIMEOUT):
    """Run tests, `jobs` at a time; yields (case, outcome) in completion order."""
    pending = list(cases)
    pending.reverse()
    running: list[Child] = []
    try:
        while pending or running:
            while pending and len(running) < max(1, jobs):
                case = pending.pop()
                if case.skip:
                    yield case, Outcome("skipped", message=case.skip)
                    continue
                running.append(Child(case, timeout))
            finished = False
            for child in list(running):
                outcome = child.poll()
                if outcome is not None:
                    running.remove(child)
                    finished = True
                    yield child.case, outcome
            if running and not finished:
                time.sleep(0.002)
    finally:
        for child in running:
            child.kill()


# ---------------------------------------------------------------- running (child side)
def _child_process(case: dict, result_path: str, out_fd: int, err_fd: int):
    """In the forked child: become the test's process, write the result, exit."""
    def body():
        write_result(result_path, run_in_this_process(Case(**case)))
        return 0
    child_exit(body, out_fd, err_fd)


def child_exit(body, out_fd: int, err_fd: int):
    """In a freshly forked child: stdin from /dev/null, stdout and stderr to the given files,
    run `body()` and exit with the code it returns (SystemExit's code; 70 if it raised).
    Never returns. (tests/conftest.py runs `fourd …` this way.)"""
    code = 70
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        os.environ.pop("FOURD_DEBUG", None)
        code = body()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        import traceback
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code if isinstance(code, int) else 1)


def write_result(path, outcome: Outcome):
    data = asdict(outcome)
    for k in ("stdout", "stderr", "duration"):
        data.pop(k)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)


def run_in_this_process(case: Case) -> Outcome:
    """Run the test here (a fresh process) and say how it went."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    from .runner import run_main
    from .project import CompileFailure, project_for_file
    from .names import fold
    from fourd.runtime.values import NULL
    failure = {}

    def record(e):
        if "message" in failure:
            return
        if isinstance(e, CompileFailure):
            failure.update(message=f"syntax error: {e.message}", location=f"{e.path}:{e.line}")
            return
        from .embed import _located
        err = _located(e)
        failure["message"] = f"Error {err.code}: {err.message}"
        if err.frames:
            _m, path, line, _c = err.frames[-1]
            failure["location"] = f"{path}:{line}"

    def guard(body):
        def main():
            try:
                body()
            except Exception as e:
                record(e)
                raise
        return main

    if case.kind == "class":
        return _run_class_test(case, _project_of(case.root), run_main, guard, failure)
    if case.kind == "file":
        project, entry = project_for_file(case.path)
    else:
        project, entry = _project_of(case.root), case.name
    rc = run_main(guard(lambda: project.method_table[fold(entry)](NULL)))
    return _outcome(rc, failure, case)


def _outcome(rc, failure, case, details="") -> Outcome:
    if rc == 0 and not failure:
        return Outcome("passed")
    message = failure.get("message") or f"exit code {rc}"
    return Outcome("failed", message=message,
                   location=failure.get("location") or f"{case.path}:{case.line}",
                   details=details)


# the driver of a test class: through the framework when the project has it
_FRAMEWORK_DRIVER = """#DECLARE($class : Text; $function : Text) : Object
var $runner : Object
$runner:=cs.TestRunner.new(cs)
$runner.testPatterns:=New collection($class+"."+$function)
$runner.outputFormat:="none"
$runner.run()
return $runner.results
"""
_DIRECT_DRIVER = """#DECLARE($class : Text; $function : Text) : Object
var $instance; $t : Object
$instance:=cs[$class].new()
$t:=%s
If ($instance.setup#Null)
	$instance.setup()
End if
If ($instance.beforeEach#Null)
	$instance.beforeEach()
End if
$instance[$function].call($instance; $t)
If ($instance.afterEach#Null)
	$instance.afterEach()
End if
If ($instance.teardown#Null)
	$instance.teardown()
End if
return $t
"""


def _run_class_test(case, project, run_main, guard, failure) -> Outcome:
    from .embed import Interpreter
    interp = Interpreter(project)
    interp.unit_name = "(test driver)"
    framework = all(c in project.classes for c in FRAMEWORK_CLASSES)
    if framework:
        _framework_parameters(case)
        text = _FRAMEWORK_DRIVER
    else:
        text = _DIRECT_DRIVER % ("cs.Testing.new()" if "Testing" in project.classes else "Null")
    fn = interp.compile(text, f"<test driver {case.cls}.{case.name}>")
    result = {}
    rc = run_main(guard(lambda: result.update(value=interp.run(fn, (case.cls, case.name)))))
    value = result.get("value")
    if rc != 0 or failure:
        return _outcome(rc, failure, case)
    if framework:
        return _framework_outcome(case, value)
    if isinstance(value, dict) and value.get("failed"):
        return _framework_test_failure(case, value)
    return Outcome("passed")


def _framework_parameters(case):
    """The run as the framework's own Linux CI starts it (its Makefile: tool4d with
    `--dataless --skip-onstartup --user-param "excludeTags=no-linux"`); the test to run is
    set on the runner (`testPatterns`), not in the user parameter, which some of the
    framework's own tests read."""
    from fourd.runtime import launch
    param = "excludeTags=no-linux" if sys.platform.startswith("linux") else ""
    launch.install(launch.LaunchOptions(project=case.root, user_param=param, headless=True,
                                        dataless=True, skip_onstartup=True, tool4d=True))


def _framework_outcome(case, results) -> Outcome:
    """The test's result in the runner's `results` (an object of 4D values)."""
    tests = [t for s in _items(results, "suites") for t in _items(s, "tests")
             if t.get("suite") == case.cls and str(t.get("name", "")).lower() == case.name.lower()]
    if not tests:
        return Outcome("skipped", message="excluded by the framework (tags)")
    test = tests[0]
    if test.get("skipped"):
        return Outcome("skipped", message="skipped by the framework (tags)")
    if test.get("failed"):
        return _framework_test_failure(case, test)
    return Outcome("passed")


def _items(obj, key):
    v = obj.get(key) if isinstance(obj, dict) else None
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def _framework_test_failure(case, test) -> Outcome:
    """A test the framework marked failed: the runtime errors its error handler recorded
    (code, method, line: it keeps no message, so the source line is shown) and the failed
    assertions (message, expected, actual)."""
    from fourd.runtime.values import NULL
    from .display import show
    lines, message, line = [], "", None
    for e in _items(test, "runtimeErrors"):
        code = e.get("code")
        text = f"Error {int(code) if isinstance(code, (int, float)) else code}"
        if e.get("text"):
            text += f" in {e.get('text')}"
        if isinstance(e.get("line"), (int, float)) and e.get("line"):
            text += f", line {int(e['line'])}"
            line = line or int(e["line"])
            source = linecache.getline(case.path, int(e["line"])).strip()
            lines.append(text + (f"\n    {source}" if source else ""))
        else:
            lines.append(text)
        message = message or text
    for a in _items(test, "assertions"):
        if a.get("passed") or not a.get("message") and a.get("expected") in (None, NULL) \
                and a.get("actual") in (None, NULL):      # `$t.fail()` after a runtime error
            continue
        text = f"{a.get('message') or 'assertion failed'}: expected {show(a.get('expected'))}, " \
               f"got {show(a.get('actual'))}"
        lines.append(text)
        message = message or text
    line = _chain_line(case, test.get("callChain")) or line or case.line
    return Outcome("failed", message=message or "failed", location=f"{case.path}:{line}",
                   details="\n".join(lines))


def _chain_line(case, chain):
    """The line of the test's own frame in the framework's failure call chain."""
    for entry in chain if isinstance(chain, list) else []:
        if not isinstance(entry, dict):
            continue
        name = str(entry.get("name") or "")
        if name.lower().startswith(case.cls.lower() + ".") and entry.get("line"):
            return int(entry["line"])
    return None


def _main(argv):
    """`python -m fourd.interpreter.testing CASE_JSON RESULT_PATH` (platforms without fork)."""
    case, result_path = Case(**json.loads(argv[0])), argv[1]
    write_result(result_path, run_in_this_process(case))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
