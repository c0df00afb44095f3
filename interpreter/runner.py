"""Running a 4D file or project from the shell: entry point, exit codes, error reports."""
from __future__ import annotations

import os
import sys

from fourd.runtime.errors import AbortExecution, ExitCode, QuitRequest
from fourd.runtime.diagnostics import report_syntax_error, report_uncaught
from fourd.runtime.values import NULL
from .project import CompileFailure, data_options, project_for_file, project_from_folder
from .names import fold



class CliArg(str):
    """A command-line argument: Text, or Num of it for a declared numeric parameter (§15)."""


def print_compile_failure(e: CompileFailure):
    report_syntax_error(e.path, e.line, e.column, e.message, e.source_line)


def load(target, method):
    if os.path.isdir(target) or target.lower().endswith(".4dproject"):
        project = project_from_folder(target)
        if method is None:
            if "onstartup" in project.database_methods:
                method = "onStartup"
            else:
                names = sorted(n for n, _p in project.methods.values())
                raise LookupError("no --method given and no onStartup database method; methods: "
                                  + (", ".join(names) or "(none)"))
        return project, method
    if not os.path.exists(target):
        raise FileNotFoundError(f"{target}: no such file")
    project, stem = project_for_file(target)
    return project, method or stem


def run_target(target, method, args, opts=None) -> int:
    """`fourd run`; `opts` (runtime.launch.LaunchOptions) carries its data file flags."""
    try:
        project, entry = load(target, method)
    except (FileNotFoundError, LookupError) as e:
        print(f"fourd: {e}", file=sys.stderr)
        return ExitCode.USAGE
    if opts is not None:
        from fourd.runtime import launch
        launch.install(opts)
        project.data_options = data_options(opts)
    key = fold(entry)
    if key not in project.methods and key not in project.database_methods:
        print(f"fourd: unknown method '{entry}'", file=sys.stderr)
        return ExitCode.USAGE
    try:
        fn = project.method_table[key]
    except CompileFailure as e:
        print_compile_failure(e)
        return ExitCode.USAGE
    except Exception as e:     # a fourd bug while compiling: reported as error -10990
        report_uncaught(e)
        return ExitCode.ERROR
    cli_args = [CliArg(a) for a in args]
    return run_main(lambda: fn(NULL, *cli_args))


def run_tool4d(opts) -> int:
    """tool4d's sequence (4D docs, "Command Line Interface", tool4d): On Startup (unless
    --skip-onstartup), the --startup-method, then On Exit (unless --skip-onstartup); QUIT 4D
    ends the first two steps early. The exit code is the worst of the steps."""
    from fourd.runtime import launch
    try:
        project = project_from_folder(opts.project)
    except FileNotFoundError as e:
        print(f"fourd: {e}", file=sys.stderr)
        return ExitCode.USAGE
    launch.install(opts)
    project.data_options = data_options(opts)
    steps, on_exit = [], None
    if not opts.skip_onstartup:
        steps += ["onStartup"] if "onstartup" in project.database_methods else []
        on_exit = "onExit" if "onexit" in project.database_methods else None
    if opts.startup_method:
        if fold(opts.startup_method) not in project.methods:
            print(f"fourd: unknown method '{opts.startup_method}' (--startup-method)",
                  file=sys.stderr)
            return ExitCode.USAGE
        steps.append(opts.startup_method)
    try:
        fns = [project.method_table[fold(name)] for name in steps + [on_exit] if name]
    except CompileFailure as e:
        print_compile_failure(e)
        return ExitCode.USAGE
    main_fns, exit_fn = (fns[:-1], fns[-1]) if on_exit else (fns, None)

    def main():
        failed = False
        for fn in main_fns:         # an error ends its step, not the sequence
            try:
                fn(NULL)
            except AbortExecution:
                failed = True
            except CompileFailure:
                raise
            except Exception as e:
                report_uncaught(e)
                failed = True
        if failed:
            raise AbortExecution()
    code = run_main(main)
    if exit_fn is not None:      # in a new process after QUIT 4D too (docs: QUIT 4D)
        code = max(code, run_main(lambda: exit_fn(NULL)))
    return code


def run_main(main_fn) -> int:
    """Run `main_fn` as process 1 and return the exit code (language.md §15)."""
    outcome = {"code": ExitCode.OK}

    def guarded():
        try:
            main_fn()
        except QuitRequest:
            outcome["code"] = ExitCode.OK
        except AbortExecution:
            outcome["code"] = ExitCode.ERROR
        except CompileFailure as e:
            print_compile_failure(e)
            outcome["code"] = ExitCode.USAGE
        except Exception as e:   # a 4D error nobody handled
            report_uncaught(e)
            outcome["code"] = ExitCode.ERROR
    from fourd.runtime import process
    rc = process.run_main(guarded)
    sys.stdout.flush()
    if rc not in (None, 0):
        return rc
    if outcome["code"] == ExitCode.OK and process.callback_error_count:
        return ExitCode.ERROR      # an error nobody handled in a callback or worker message (§15)
    return outcome["code"]
