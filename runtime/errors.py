"""4D errors as Python exceptions, and the table of error codes fourd raises (language.md §11).

One place builds every runtime error: `fail(code, message)` raises a FourDError; the error
model (Try, ON ERR CALL, Last errors) is applied by `runtime.errorstate`.

Decisions: an invalid pattern given to `Match regex` is fourd's own -10994; the 4D documentation
says only that the command "generates an error" (match-regex, Error management) and names no code.
"""
from __future__ import annotations

from enum import IntEnum

# error code -> default message; codes are 4D's where the docs name one, else fourd's own
# (documented in README "Error codes").
ERR_TYPE_MISMATCH = -10735          # 4D: incompatible types / wrong type
ERR_NULL_MEMBER = -10737            # reading a property of Null / calling a member of Null
ERR_INDEX_RANGE = -10728            # index out of range
ERR_UNKNOWN_METHOD = -10742         # unknown project method / class function
ERR_UNKNOWN_CLASS = -10745          # class does not exist in the store
ERR_PARAM_COUNT = -10721            # wrong number/kind of parameters (compile-time in 4D)
ERR_ASSERT = -10518                 # ASSERT failed
ERR_DIV_ZERO = -10736               # \ or % by zero (fourd decision, language.md §4.3)
ERR_JSON_PARSE = -10731             # invalid JSON text
ERR_NOT_SUPPORTED = -10999          # fourd: command known but not implemented
ERR_UNKNOWN_COMMAND = -10998        # fourd: name is not a command/method/variable
ERR_DATABASE = -10997               # fourd: database commands/tables not supported
ERR_HEADLESS = -10995               # fourd: a form or window was asked for, headless
ERR_REGEX = -10994                  # fourd: Match regex given an invalid pattern (4D documents no code)
ERR_QUERY_SYNTAX = -10960           # fourd: syntax error in a query string (collection.query, ORDA)
ERR_READONLY = -10730               # assignment to a read-only property
ERR_SHARED = -10748                 # modify shared object outside Use (4D: "not shared/locked")
ERR_CONDITION = -10734              # If/While condition not a Boolean
ERR_THROW_DEFAULT = -1
ERR_ENCODING = -10512               # 4D engine: "The encoding is not supported"


class ExitCode(IntEnum):
    """How a run ends, as the shell sees it (README "Exit codes")."""
    OK = 0
    ERROR = 1           # an uncaught 4D error or failed ASSERT (also in a callback or message)
    USAGE = 2           # syntax error, missing file, bad command line
    NO_TESTS = 5        # `fourd test` found no test (pytest's code)
    SIGINT = 130        # 128 + the signal's number, as shells report it
    SIGTERM = 143

    @classmethod
    def of_signal(cls, signum: int) -> int:
        return 128 + signum


class FourDError(Exception):
    """A 4D runtime error: the object `Last errors` shows, plus where it happened."""

    def __init__(self, code: int, message: str, signature: str = "4DRT", extra: dict | None = None,
                 deferred: bool = False):
        super().__init__(message)
        self.code = code
        self.message = message
        self.signature = signature
        self.extra = extra or {}
        self.deferred = deferred
        self.frames: list[tuple[str, str, int, int]] | None = None  # (method, file, line, col)
        self.group: list | None = None     # deferred errors raised together (Last errors)

    def as_record(self):
        """The element of `Last errors` (a plain dict; converted to a 4D object by callers)."""
        rec = {"errCode": float(self.code), "message": self.message,
               "componentSignature": self.signature}
        for k, v in self.extra.items():
            if k not in rec:
                rec[k] = v
        return rec


class AbortExecution(Exception):
    """ABORT, or an error nobody handled: unwinds the whole process."""


class QuitRequest(BaseException):
    """QUIT 4D: stop everything and exit with code 0."""


class ProcessAborted(QuitRequest, SystemExit):
    """A process aborted because the application quits (QUIT 4D elsewhere, SIGINT/SIGTERM,
    the end of the run): raised in its thread at once, or when a wait ends (process.py)."""


def fail(code: int, message: str, signature: str = "4DRT"):
    raise FourDError(code, message, signature)
