"""How this run was launched: the options of tool4d's command line, readable by the runtime.

The command line (interpreter/cli.py) fills `options()` once before the first 4D line runs;
commands read it (`Get database parameter(User param value)`, `Application info.headless`,
`Application type`, `Data file`). `fourd run` leaves the defaults.

Decisions:
* `--data`, `--create-data` and `--dataless` are recorded here and nowhere else; the database
  layer (runtime/db/) gives them their meaning.
* `tool4d` is True when fourd was started with tool4d's command line (`fourd --project …`):
  then fourd is tool4d for the code it runs (`Application type` = 6, headless).
"""
from __future__ import annotations


class LaunchOptions:
    """The options as attributes; the class attributes are the defaults (a plain class, not a
    dataclass: `dataclasses` costs milliseconds at every start)."""
    project: str | None = None          # --project: the .4DProject file or project folder
    startup_method: str | None = None   # --startup-method
    skip_onstartup: bool = False        # --skip-onstartup: no On Startup / On Exit
    user_param: str = ""                # --user-param: Get database parameter(User param value)
    data: str | None = None             # --data: the data file to open
    create_data: bool = False           # --create-data: create it when missing
    dataless: bool = False              # --dataless: no data file at all
    headless: bool = False              # --headless (always True in the tool4d form)
    opening_mode: str = "interpreted"   # --opening-mode (fourd always interprets)
    tool4d: bool = False                # started with tool4d's command line

    def __init__(self, **options):
        for name, value in options.items():
            if not hasattr(LaunchOptions, name):
                raise TypeError(f"LaunchOptions: unknown option {name!r}")
            setattr(self, name, value)


_options = LaunchOptions()


def options() -> LaunchOptions:
    return _options


def install(opts: LaunchOptions) -> None:
    global _options
    _options = opts
