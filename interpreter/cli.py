"""The `fourd` command line (language.md §15): run, check, --version, --help."""
from __future__ import annotations

import os
import sys

from fourd.runtime.errors import ExitCode

USAGE = """usage: fourd run FILE.4dm [ARGS…]
       fourd run PROJECT_DIR [--method NAME] [--dataless | --data PATH [--create-data]] [ARGS…]
       fourd check [--json] PATH…
       fourd --project PATH [--startup-method NAME] [--skip-onstartup] [--user-param TEXT]
             [--dataless | --data PATH [--create-data]] [--headless] [--opening-mode MODE]
       fourd test [-k PATTERN] [--junitxml FILE] [PATH…]
       fourd repl [PROJECT_DIR]
       fourd --version
       --processes N before the file or project (either form): N OS processes sharing
       their listening ports (Linux SO_REUSEPORT; README, "Deployment")
       --max-memory MB: memory ceiling (error -108 past it); default a quarter of the
       machine's memory, or FOURD_MAX_MEMORY; 0 = none

run     run a 4D method file, or a 4D project folder (entry: --method NAME, else onStartup)
check   parse .4dm files (folders recursively) and report syntax errors
--project
        tool4d's command line: open the project (.4DProject file or project folder), run
        On Startup, the --startup-method, On Exit, then quit (see README, "tool4d")
test    run test_*.4dm files and the tests of project folders (fourd test --help)
repl    read 4D lines, run them, print their values (in a project's names if given)
"""



def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return ExitCode.OK if argv else ExitCode.USAGE
    if argv[0] in ("--version", "-V"):
        from fourd import __version__
        print(f"fourd {__version__}")
        return ExitCode.OK
    try:
        _apply_limits(argv)
    except ValueError as e:
        print(f"fourd: {e}", file=sys.stderr)
        return ExitCode.USAGE
    if any(a == "--max-memory" or a.startswith("--max-memory=") for a in argv):
        from .processes import take_option
        argv = take_option(argv, "--max-memory")[1]
    if any(a == "--processes" or a.startswith("--processes=") for a in argv):
        from .processes import take_processes_option, run_processes
        try:
            count, argv = take_processes_option(argv)
        except ValueError as e:
            print(f"fourd: {e}", file=sys.stderr)
            return ExitCode.USAGE
        if count > 1:
            return run_processes(count, argv)
    cmd, rest = argv[0], argv[1:]
    if cmd.startswith("-") or cmd.lower().endswith(".4dproject"):
        return cmd_tool4d(argv)
    try:
        if cmd == "run":
            return cmd_run(rest)
        if cmd == "check":
            return cmd_check(rest)
        if cmd == "test":
            from .testcmd import main as test_main
            return test_main(rest)
        if cmd == "repl":
            from .repl import main as repl_main
            return repl_main(rest)
    except KeyboardInterrupt:
        return ExitCode.SIGINT
    if os.path.isdir(cmd):          # tool4d's project path given without --project
        return cmd_tool4d(argv)
    print(f"fourd: unknown command '{cmd}'\n{USAGE}", file=sys.stderr, end="")
    return ExitCode.USAGE


def _apply_limits(argv) -> None:
    """The memory ceiling (`--max-memory MB`, FOURD_MAX_MEMORY) and the file-descriptor
    limit of this run (runtime/limits.py)."""
    from fourd.runtime import limits
    option = None
    if any(a == "--max-memory" or a.startswith("--max-memory=") for a in argv):
        from .processes import take_option
        option = take_option(argv, "--max-memory")[0]
    limits.set_memory_ceiling(limits.memory_ceiling_mb(option))
    limits.raise_file_limit()


# ---------------------------------------------------------------- run
def cmd_run(args) -> int:
    if not args:
        print("fourd run: missing FILE.4dm or PROJECT_DIR\n" + USAGE, file=sys.stderr, end="")
        return ExitCode.USAGE
    target, rest = args[0], args[1:]
    try:
        method, opts, rest = _run_options(rest)
    except ValueError as e:
        print(f"fourd run: {e}\n{USAGE}", file=sys.stderr, end="")
        return ExitCode.USAGE
    from .runner import run_target
    return run_target(target, method, rest, opts)


_RUN_VALUES = {"--method": "method", "--data": "data"}
_RUN_FLAGS = {"--create-data": "create_data", "--dataless": "dataless"}


def _run_options(rest):
    """`fourd run TARGET`'s leading options (--method NAME, and tool4d's data file flags
    --data PATH, --create-data, --dataless, README "Database") -> (method, LaunchOptions or
    None, the arguments passed to the 4D method)."""
    from fourd.runtime.launch import LaunchOptions
    method, opts = None, None
    while rest:
        name, eq, inline = rest[0].partition("=")
        if name in _RUN_VALUES:
            if not eq and len(rest) < 2:
                raise ValueError(f"{name} needs a value")
            value, rest = (inline, rest[1:]) if eq else (rest[1], rest[2:])
            if name == "--method":
                method = value
                continue
        elif name in _RUN_FLAGS:
            value, rest = (inline.lower() != "false") if eq else True, rest[1:]
        else:
            break
        opts = opts or LaunchOptions()
        setattr(opts, _RUN_VALUES.get(name) or _RUN_FLAGS[name], value)
    return method, opts, rest


# ---------------------------------------------------------------- tool4d's command line
_TOOL4D_VALUES = {"--project": "project", "--data": "data", "--user-param": "user_param",
                  "--startup-method": "startup_method", "--opening-mode": "opening_mode"}
_TOOL4D_FLAGS = {"--skip-onstartup": "skip_onstartup", "--dataless": "dataless",
                 "--create-data": "create_data", "--headless": "headless"}


def parse_tool4d(argv):
    """tool4d's arguments (4D docs, "Command Line Interface") -> LaunchOptions; ValueError
    with the message for bad usage. `--name value` and `--name=value` both work; a flag may
    be followed by `true`/`false` (the docs write `--create-data true`); the project may also
    be given without `--project`."""
    from fourd.runtime.launch import LaunchOptions
    opts = LaunchOptions(tool4d=True, headless=True)
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _TOOL4D_VALUES:
            if eq:
                value = inline
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                raise ValueError(f"{name} needs a value")
            setattr(opts, _TOOL4D_VALUES[name], value)
        elif name in _TOOL4D_FLAGS:
            value = True
            if eq:
                value = inline.lower() != "false"
            elif i + 1 < len(argv) and argv[i + 1].lower() in ("true", "false"):
                i += 1
                value = argv[i].lower() == "true"
            setattr(opts, _TOOL4D_FLAGS[name], value)
        elif not arg.startswith("-") and opts.project is None:
            opts.project = arg
        else:
            raise ValueError(f"unknown argument '{arg}'")
        i += 1
    if opts.project is None:
        raise ValueError("--project PATH is required")
    if opts.opening_mode.lower() not in ("interpreted", "compiled"):
        raise ValueError(f"--opening-mode: 'interpreted' or 'compiled', not "
                         f"'{opts.opening_mode}'")
    opts.opening_mode = "interpreted"   # no error when a mode is unavailable (docs)
    if opts.user_param.startswith("-"):
        raise ValueError("--user-param: the text must not start with '-' (reserved)")
    return opts


def cmd_tool4d(argv) -> int:
    try:
        opts = parse_tool4d(argv)
    except ValueError as e:
        print(f"fourd: {e}\n{USAGE}", file=sys.stderr, end="")
        return ExitCode.USAGE
    if not os.path.exists(opts.project):
        print(f"fourd: {opts.project}: no such file or folder", file=sys.stderr)
        return ExitCode.USAGE
    from .runner import run_tool4d
    try:
        return run_tool4d(opts)
    except KeyboardInterrupt:
        return ExitCode.SIGINT


# ---------------------------------------------------------------- check
def _collect(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for fn in sorted(files):
                    if fn.endswith(".4dm"):
                        yield os.path.join(root, fn)
        else:
            yield p


def check_file(path):
    """None if the file parses, else (line, column, message, source_line)."""
    from fourd.grammar.parser import parse, SyntaxError4D
    from .source import read_4dm, SourceError
    try:
        text = read_4dm(path)
    except OSError as e:
        return (0, 0, f"cannot read file: {e.strerror}", "")
    except SourceError as e:
        return (0, 0, e.message, "")
    try:
        parse(text)
    except SyntaxError4D as e:
        return (e.line, e.column, e.message, e.source_line)
    return None


def cmd_check(args) -> int:
    from fourd.runtime.diagnostics import syntax_error_lines
    as_json = "--json" in args
    paths = [a for a in args if a != "--json"]
    if not paths:
        print("fourd check: missing PATH\n" + USAGE, file=sys.stderr, end="")
        return ExitCode.USAGE
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        for p in missing:
            print(f"fourd check: {p}: no such file or folder", file=sys.stderr)
        return ExitCode.USAGE
    import json
    from .progress import Progress
    files = list(_collect(paths))
    n = bad = 0
    with Progress(len(files), "checking", bar=None if not as_json else False) as progress:
        for path in files:
            n += 1
            res = check_file(path)
            progress.advance(path)
            if res is not None:
                bad += 1
            if as_json:
                rec = {"file": path, "ok": res is None}
                if res is not None:
                    rec.update(line=res[0], column=res[1], message=res[2])
                progress.line(json.dumps(rec))
            elif res is not None:
                line, col, msg, src = res
                for text in syntax_error_lines(f"{path}:{line}:{col}: {msg}", src, col):
                    progress.line(text)
    print(f"checked {n} files, {bad} with errors")
    return ExitCode.ERROR if bad else ExitCode.OK

