"""Progress of long runs (`fourd test`, `fourd check`): a bar on a terminal, plain lines
otherwise.

Decisions:
* The bar is drawn by `rich` (a dependency), on stdout when stdout is a terminal (not with
  TERM=dumb, nor when `FOURD_PROGRESS=0`); it disappears at the end, leaving only the lines
  the command printed. Without a terminal (CI logs, pipes) nothing but those lines is
  printed, and `rich` is not even imported.
"""
from __future__ import annotations

import os
import sys


def wants_bar(stream) -> bool:
    if os.environ.get("FOURD_PROGRESS", "") == "0" or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """`with Progress(total, "checking") as p: … p.advance(name) … p.line(text)`."""

    def __init__(self, total: int, label: str, stream=None, bar: bool | None = None):
        self.stream = stream or sys.stdout
        self.total, self.label = total, label
        self.enabled = (wants_bar(self.stream) if bar is None else bar) and total > 1
        self._progress = self._task = None

    def __enter__(self):
        if self.enabled:
            try:
                from rich.console import Console
                from rich.progress import (Progress as Bar, BarColumn, MofNCompleteColumn,
                                           TextColumn, TimeElapsedColumn)
            except ImportError:       # rich missing from a broken install: plain lines
                self.enabled = False
                return self
            console = Console(file=self.stream, highlight=False)
            self._progress = Bar(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 TextColumn("[dim]{task.fields[current]}"),
                                 console=console, transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=self.total, current="")
        return self

    def __exit__(self, *exc):
        if self._progress is not None:
            self._progress.stop()
        return False

    def advance(self, current: str = ""):
        if self._progress is not None:
            self._progress.update(self._task, advance=1, current=_short(current))

    def line(self, text: str = "", err: bool = False):
        """Print a line of the command's output (above the bar when there is one)."""
        if self._progress is not None and not err:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr if err else self.stream, flush=True)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]
