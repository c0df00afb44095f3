"""`fourd repl [PROJECT_DIR]`: 4D statements and expressions, one input at a time.

Decisions:
* Line editing and history come from the standard `readline` module (history in
  `~/.fourd_history`, or the file `FOURD_HISTORY` names): no dependency; prompt_toolkit would
  add colouring, which this job does not need.
* An input is complete when it parses: a block left open (`If` without `End if`) waits for
  its end, blank lines included; an expression left open (`$x:=(1+`, a line ending in `\\`)
  waits for one more line, and a blank line then submits it (and shows the syntax error).
* A value prints in 4D's JSON-like form (display.show); undefined prints nothing, and
  `$x:=1` is a statement: it prints nothing.
* Lines starting with `.` are REPL commands (`.help`): no 4D line starts with a dot.
* Without a terminal (a script on stdin) there are no prompts, and the exit status is 1 if an
  input failed, so a script of REPL lines can run in CI.
* The session runs as process 1 between inputs: workers it starts keep running; callbacks
  of process 1 run while a line waits (`.wait()`), as in a script.
"""
from __future__ import annotations

import os
import sys

from fourd.runtime.errors import AbortExecution, ExitCode, FourDError, QuitRequest
from fourd.runtime.diagnostics import format_error
from .display import show
from .embed import Interpreter
from .project import CompileFailure
from .runner import print_compile_failure

PROMPT, MORE = "4D> ", "... "
_EOF = "unexpected end of file"

HELP = """Type 4D statements or expressions; a block (If … End if) may span several lines.
  .help      this text
  .vars      the local variables of the session and their values
  .methods   the project's methods      .classes   the project's classes
  .exit      leave (also Ctrl-D; Ctrl-C abandons the current input)
"""


class Repl:
    def __init__(self, interp: Interpreter, interactive: bool, out=None, err=None):
        self.interp = interp
        self.interactive = interactive
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.failures = 0
        self.inputs = 0

    # -- one input
    def submit(self, text: str, last_line: str) -> bool:
        """Compile and run `text`; False if it needs more lines."""
        if text.rstrip().endswith("\\") and last_line.strip():
            return False
        self.inputs += 1
        try:
            fn = self.interp.compile(text, f"<repl {self.inputs}>")
        except CompileFailure as e:
            if e.message.startswith(_EOF) and ("not closed" in e.message or last_line.strip()):
                self.inputs -= 1
                return False
            self._fail()
            self.out.flush()
            print_compile_failure(e)
            return True
        try:
            value = self.interp.run(fn)
        except FourDError as e:
            self._fail()
            self.out.flush()
            print(format_error(e), file=self.err, flush=True)
            return True
        except AbortExecution:
            self._fail()
            return True
        text = show(value)
        if text is not None:
            print(text, file=self.out, flush=True)
        return True

    def _fail(self):
        self.failures += 1

    # -- commands
    def command(self, line: str) -> bool:
        """A `.command`; False to leave."""
        word = line.strip().split()[0].lower()
        if word in (".exit", ".quit"):
            return False
        if word == ".help":
            print(HELP, end="", file=self.out)
        elif word == ".vars":
            for ident, value in sorted(self.interp.locals.items()):
                print(f"${ident[2:]} = {show(value) or 'undefined'}", file=self.out)
        elif word == ".methods":
            print("\n".join(sorted(self.interp.project.method_names(), key=str.lower)) or
                  "(no methods)", file=self.out)
        elif word == ".classes":
            # the class store's names: class files and 4D's pre-created ORDA classes
            print("\n".join(sorted(self.interp.project.cs.names_4d(), key=str.lower)) or
                  "(no classes)", file=self.out)
        else:
            print(f"unknown command {word} (.help lists them)", file=self.err)
        return True

    # -- the loop
    def loop(self, read_line) -> int:
        buffer: list[str] = []
        while True:
            try:
                line = read_line(MORE if buffer else PROMPT)
            except EOFError:
                if buffer:       # an unfinished block at the end of a script
                    self.inputs += 1
                    try:
                        self.interp.compile("\n".join(buffer), f"<repl {self.inputs}>")
                    except CompileFailure as e:
                        self._fail()
                        print_compile_failure(e)
                break
            except KeyboardInterrupt:
                print("^C" if self.interactive else "", file=self.out)
                buffer = []
                continue
            if not buffer and line.lstrip().startswith("."):
                if not self.command(line):
                    break
                continue
            if not buffer and not line.strip():
                continue
            buffer.append(line)
            try:
                if self.submit("\n".join(buffer), line):
                    buffer = []
            except KeyboardInterrupt:
                print("interrupted", file=self.err)
                buffer = []
            except QuitRequest:
                break
        return ExitCode.ERROR if self.failures and not self.interactive else ExitCode.OK


def _stdin_reader():
    def read(_prompt):
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\r\n")
    return read


def _readline_setup(interp: Interpreter):
    """History and completion (names of commands, methods, classes and the session's
    variables) when the standard readline module is there."""
    try:
        import readline
    except ImportError:       # Windows without pyreadline: plain input()
        return lambda: None
    path = os.environ.get("FOURD_HISTORY") or os.path.join(os.path.expanduser("~"), ".fourd_history")
    try:
        readline.read_history_file(path)
    except OSError:
        pass
    readline.set_history_length(1000)

    def candidates(prefix):
        from fourd.runtime.commands import registry
        names = [c.name for c in registry.all_commands().values() if " " not in c.name]
        names += interp.project.method_names()
        names += [f"cs.{c}" for c in interp.project.cs.names_4d()]
        names += [f"${k[2:]}" for k in interp.locals]
        low = prefix.lower()
        return sorted({n for n in names if n.lower().startswith(low)})

    matches: list[str] = []

    def complete(text, state):
        if state == 0:
            matches[:] = candidates(text)
        return matches[state] if state < len(matches) else None
    readline.set_completer_delims(" \t\n;:()[]{}+-*/=<>#&|,\"")
    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")

    def save():
        try:
            readline.write_history_file(path)
        except OSError:
            pass
    return save


def main(args) -> int:
    """`fourd repl [PROJECT_DIR]`."""
    if len(args) > 1 or args[:1] and args[0].startswith("-"):
        print("usage: fourd repl [PROJECT_DIR]", file=sys.stderr)
        return ExitCode.USAGE
    try:
        interp = Interpreter(args[0] if args else None)
    except (FileNotFoundError, NotADirectoryError) as e:
        print(f"fourd repl: {e}", file=sys.stderr)
        return ExitCode.USAGE
    interp.unit_name = "REPL"
    interactive = sys.stdin.isatty()
    repl = Repl(interp, interactive)
    from fourd.runtime import process
    try:
        if interactive:
            save = _readline_setup(interp)
            from fourd import __version__
            where = f" — project {interp.project.root}" if interp.project.root else ""
            print(f"fourd {__version__} REPL{where} (.help for help, Ctrl-D to leave)")
            try:
                return repl.loop(input)
            finally:
                save()
        return repl.loop(_stdin_reader())
    finally:
        process.reset()
