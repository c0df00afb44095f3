"""4D and system environment (themes 4D Environment, System Environment): Get database
parameter, SET DATABASE PARAMETER, Application info, System info, Current machine, Current
system user, Application file, Get 4D file, Data file, System folder (4d/docs
commands-legacy/set-database-parameter.md, get-database-parameter.md, application-info.md,
system-info.md, commands/get-4d-file.md, system-folder.md).

Decisions:
* fourd is a standalone 4D without servers, as tool4d is (docs, tool4d: "application server,
  Web server, SQL server … are disabled"). A database parameter that only means something to
  a server, a client, the Web/SQL/PHP servers or the data file (table sequence numbers, query
  by formula location) is error -10999 naming the selector; an unknown selector is -10721.
* Parameters of logs, caches and the user interface are kept and read back (fourd writes no
  such log and has no cache or window): code that tunes them at startup runs unchanged.
  `Dates inside objects` (per process) and `Times inside objects` (all processes) change how
  dates and times are stored in objects and collections, hence in JSON; a date stored as text
  is its ISO midnight "2013-08-23T00:00:00Z" (with time zone: local midnight in UTC).
  Headless (`--headless`, tool4d's command line), `Diagnostic log recording` reads 1, as the
  docs say headless applications start it.
* `User param value` reads `--user-param`; SET DATABASE PARAMETER(User param value) keeps
  the text for a next session (docs), so it does not change what Get returns in this one.
* `Application info.headless` is True in the tool4d form and with `--headless`.
* `Data file` is the database layer's data file (runtime/db), "" when there is none.
* `System info` describes this machine from what Python's standard library can tell; what it
  cannot (model, disks' hardware) is "" and {}.
"""
from __future__ import annotations

import datetime
import getpass
import os
import platform
import socket
import ssl
import sys
import time

from .. import launch, objects
from ..errors import FourDError, ERR_NOT_SUPPORTED, ERR_PARAM_COUNT
from ..values import NULL, Coll, Obj, Star
from ._args import deref, int_arg, put, text_arg
from .registry import command

_STARTED = time.time()

# selector -> (name, default) for parameters fourd keeps and reads back
_KEPT = {
    34: ("Debug log recording", 0), 79: ("Diagnostic log recording", 0),
    86: ("Diagnostic log level", 4), 90: ("Circular log limitation", 50),
    80: ("Log command list", ""), 121: ("Pause logging", 0), 110: ("SMTP Log", 0),
    116: ("POP3 Log", 0), 119: ("IMAP Log", 0), 131: ("TCPUDP log recording", 0),
    95: ("Cache flush periodicity", 15), 66: ("Cache unload minimum size", 0),
    92: ("Number of formulas in cache", 0), 109: ("Times inside objects", 0), 101: ("Tips enabled", 1), 102: ("Tips delay", 45),
    103: ("Tips duration", 720), 81: ("Spellchecker", 0), 69: ("Direct2D status", 3),
    133: ("RDP optimization", 0),
}
_PER_PROCESS = {111: ("Current process debug log recording", 0), 85: ("Dates inside objects", 2)}
DATES_INSIDE_OBJECTS, TIMES_INSIDE_OBJECTS = 85, 109
DATE_WITHOUT_TIME_ZONE, DATE_WITH_TIME_ZONE, DATE_TYPE = 0, 1, 2
USER_PARAM_VALUE = 108
# read-only selectors with a meaning here
_READ_ONLY = {112: "Is current database a project", 113: "Is host database a project",
              117: "Is host database writable", 94: "OpenSSL version",
              74: "Direct2D get active status", USER_PARAM_VALUE: "User param value"}
# selectors that only mean something to a server, a client, the Web/SQL/PHP servers, a
# data file, or libraries fourd does not have
_NO_MEANING = {
    13: "4D Server timeout", 14: "4D Remote mode timeout", 15: "Port ID", 17: "Character set",
    18: "Max concurrent Web processes", 22: "Client port ID", 24: "Client character set",
    25: "Client max concurrent Web proc", 27: "Maximum Web requests size",
    28: "4D Server log recording", 29: "Web log recording", 30: "Client Web log recording",
    31: "Table sequence number", 35: "Client Server port ID", 39: "HTTPS Port ID",
    40: "Client HTTPS port ID", 43: "SQL Autocommit", 44: "SQL Engine case sensitivity",
    45: "Client log recording", 46: "Query by formula on server",
    47: "Order by formula on server", 48: "Auto synchro resources folder",
    49: "Query by formula joins", 50: "HTTP compression level",
    51: "HTTP compression threshold", 53: "Server base process stack size",
    54: "Idle connections timeout", 55: "PHP interpreter IP address",
    56: "PHP interpreter port", 64: "SSL cipher list", 87: "Use legacy network layer",
    88: "SQL Server Port ID", 98: "Remote connection sleep timeout", 105: "Min TLS version",
    114: "Libldap version", 115: "Libsasl version", 120: "Libzip version",
}

_kept: dict[int, object] = {}
_per_process: dict[tuple[int, int], object] = {}
_next_session_user_param = None


def _selector(args, what):
    """(selector, the rest) — a leading [Table] argument is the database's business."""
    if not args:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: a selector is expected")
    return int_arg(deref(args[0]), what), args[1:]


def _no_meaning(selector, what):
    name = _NO_MEANING.get(selector)
    if name is not None:
        return FourDError(ERR_NOT_SUPPORTED, f"{what}: {name} ({selector}) has no meaning in "
                                             "fourd (no server, no Web or SQL server, no data "
                                             "file)")
    return FourDError(ERR_PARAM_COUNT, f"{what}: unknown selector {selector}")


def _process_key(selector):
    from .. import process
    return (process.current_process().number, selector)


def _project_file():
    from .files_cmds import structure_file
    return structure_file()


def _read_only_value(selector):
    if selector == 112 or selector == 113:
        return 1
    if selector == 117:
        path = _project_file()
        return 1 if path and os.access(path, os.W_OK) else 0
    if selector == 94:
        return ssl.OPENSSL_VERSION.split()[1] if " " in ssl.OPENSSL_VERSION else ""
    if selector == USER_PARAM_VALUE:
        return launch.options().user_param
    return 0                      # Direct2D get active status: no Direct2D off Windows


@command("Get database parameter", 643, refs=(1, 2))
def get_database_parameter(*args):
    """Get database parameter({table;} selector {; stringValue}) -> Real; a Text parameter's
    value goes to stringValue (the result is then 0)."""
    selector, rest = _selector(args, "Get database parameter")
    if selector in _READ_ONLY:
        value = _read_only_value(selector)
    elif selector in _KEPT:
        name, default = _KEPT[selector]
        if selector == 79 and launch.options().headless:
            default = 1
        value = _kept.get(selector, default)
    elif selector in _PER_PROCESS:
        value = _per_process.get(_process_key(selector), _PER_PROCESS[selector][1])
    else:
        raise _no_meaning(selector, "Get database parameter")
    if isinstance(value, str):
        if rest:
            put(rest[0], value)
        return 0.0
    if rest:
        put(rest[0], str(value))
    return float(value)


@command("SET DATABASE PARAMETER", 642, procedure=True)
def set_database_parameter(*args):
    global _next_session_user_param
    selector, rest = _selector(args, "SET DATABASE PARAMETER")
    if not rest:
        raise FourDError(ERR_PARAM_COUNT, "SET DATABASE PARAMETER: a value is expected")
    value = deref(rest[0])
    if selector == USER_PARAM_VALUE:
        _next_session_user_param = text_arg(value, "SET DATABASE PARAMETER")
    elif selector in _READ_ONLY:
        raise FourDError(ERR_PARAM_COUNT, f"SET DATABASE PARAMETER: {_READ_ONLY[selector]} "
                                          f"({selector}) can only be read")
    elif selector in _KEPT:
        default = _KEPT[selector][1]
        _kept[selector] = text_arg(value, "SET DATABASE PARAMETER") \
            if isinstance(default, str) else int_arg(value, "SET DATABASE PARAMETER")
        if selector == TIMES_INSIDE_OBJECTS:        # all processes: seconds or milliseconds
            objects.times_in_milliseconds = _kept[selector] == 1
    elif selector in _PER_PROCESS:
        _per_process[_process_key(selector)] = int_arg(value, "SET DATABASE PARAMETER")
        if selector == DATES_INSIDE_OBJECTS:
            objects.date_in_objects = _date_in_objects
    else:
        raise _no_meaning(selector, "SET DATABASE PARAMETER")


def _date_in_objects(date):
    """A date put into an object, as the current process's `Dates inside objects` says: a
    date, or an ISO text of its midnight, UTC ("2013-08-23T00:00:00Z") or local time
    converted to UTC (docs' example: "2013-08-22T22:00:00Z" in France in summer)."""
    mode = _per_process.get(_process_key(DATES_INSIDE_OBJECTS), DATE_TYPE)
    if mode == DATE_TYPE or date.is_null():
        return date
    if mode == DATE_WITH_TIME_ZONE:
        moment = datetime.datetime(date.y, date.m, date.d).astimezone(datetime.timezone.utc)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{date.y:04d}-{date.m:02d}-{date.d:02d}T00:00:00Z"


# ---------------------------------------------------------------- Application info
@command("Application info", 1599)
def application_info():
    """The properties a standalone 4D returns (no server-only ones)."""
    from .. import process
    cpu = time.process_time()
    uptime = max(time.time() - _STARTED, 1e-9)
    return Obj(launchedAsService=False, volumeShadowCopyStatus="notAvailable",
               cpuUsage=round(min(100.0, 100.0 * cpu / uptime / (os.cpu_count() or 1)), 6),
               uptime=float(int(uptime)), headless=launch.options().headless,
               pid=float(os.getpid()), networkInputThroughput=0.0,
               networkOutputThroughput=0.0, SDIMode=False, canUseFluentUI=False,
               useFluentUI=False, processes=float(len(process.all_processes())))


# ---------------------------------------------------------------- System info
def _os_version():
    if sys.platform.startswith("linux"):
        try:
            info = platform.freedesktop_os_release()
            return f"{info.get('PRETTY_NAME', 'Linux')} ({platform.release()})"
        except OSError:
            pass
    if sys.platform == "darwin":
        return f"macOS {platform.mac_ver()[0]}"
    return f"{platform.system()} {platform.release()} ({platform.version()})"


def _processor():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _physical_memory_kb():
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024)
    except (ValueError, OSError, AttributeError):
        return 0.0


def _uptime():
    try:
        with open("/proc/uptime", encoding="ascii") as f:
            return float(int(float(f.read().split()[0])))
    except (OSError, ValueError, IndexError):
        return float(int(time.time() - _STARTED))


def _network_interfaces():
    out = Coll()
    try:
        names = [name for _i, name in socket.if_nameindex()]
    except OSError:
        names = []
    addresses = {}
    try:
        for fam, _t, _p, _c, addr in socket.getaddrinfo(socket.gethostname(), None):
            kind = "ipv4" if fam == socket.AF_INET else "ipv6" if fam == socket.AF_INET6 else None
            if kind:
                addresses.setdefault(addr[0], kind)
    except OSError:
        pass
    for name in names:
        if name == "lo":
            continue
        out.append(Obj(type="wifi" if name.startswith("wl") else "ethernet", name=name,
                       ipAddresses=Coll(Obj(type=k, ip=ip) for ip, k in addresses.items())))
    return out


def _volumes():
    out = Coll()
    try:
        st = os.statvfs("/")
        out.append(Obj(mountPoint="/", capacity=float(st.f_blocks * st.f_frsize // 1024),
                       available=float(st.f_bavail * st.f_frsize // 1024), fileSystem="",
                       disk=Obj()))
    except (OSError, AttributeError):
        pass
    return out


@command("System info", 1571)
def system_info():
    cores = os.cpu_count() or 1
    account = _account_name()
    return Obj(accountName=account, userName=_user_full_name() or account,
               machineName=socket.gethostname(), osVersion=_os_version(),
               osLanguage=(os.environ.get("LANG") or "en")[:2].replace("C", "en")
               .replace("PO", "en"),
               processor=_processor(), cores=float(cores), numberOfCores=float(cores),
               cpuThreads=float(cores), macRosetta=False, model="",
               physicalMemory=_physical_memory_kb(), uptime=_uptime(),
               networkInterfaces=_network_interfaces(), volumes=_volumes())


def _account_name():
    try:
        return getpass.getuser()
    except Exception:       # no user name in the environment nor the password database
        return ""


def _user_full_name():
    try:
        import pwd
        return pwd.getpwnam(_account_name()).pw_gecos.split(",")[0]
    except (ImportError, KeyError, OSError):
        return ""


@command("Current machine", 483)
def current_machine():
    return socket.gethostname()


@command("Current system user", 484)
def current_system_user():
    return _account_name()


# ---------------------------------------------------------------- files of the application
@command("Application file", 491)
def application_file():
    """The program running: the `fourd` command (else the Python interpreter)."""
    argv0 = sys.argv[0] if sys.argv else ""
    if argv0 and os.path.exists(argv0) and not argv0.endswith(".py"):
        return os.path.abspath(argv0)
    return sys.executable


@command("Data file", 490)
def data_file(*_segment):
    """The data file of the running project (runtime/db: `--data`, else Data/fourd.sqlite);
    "" with no data (`--dataless`, a structure without tables, a lone script)."""
    from ..db.database import current
    db = current()
    if db.dataless or not db.data_location or not db.structure.tables:
        return ""
    return db.data_location


@command("Get 4D file", 1418)
def get_4d_file(file=None, *_star):
    """The file's platform path, "" when it does not exist (no error, docs)."""
    from ..classes import files
    if file is None or isinstance(file, Star):
        raise FourDError(ERR_PARAM_COUNT, "Get 4D file: a file constant is expected")
    entry = files.entry_from_constant(files.File, int_arg(file, "Get 4D file"))
    return "" if entry is NULL else entry.platformPath


# System folder types (4d/docs commands-legacy/system-folder.md) on Linux; the *Win
# constants give "" off Windows (docs)
_HOME = os.path.expanduser("~")
_SYSTEM_FOLDERS = {
    0: "/etc", 1: "/usr/share/fonts", 2: "/etc/xdg",
    3: os.environ.get("XDG_CONFIG_HOME") or os.path.join(_HOME, ".config"),
    15: os.path.join(_HOME, "Desktop"), 16: "/usr/bin", 17: os.path.join(_HOME, "Documents"),
    18: _HOME,
}
_WINDOWS_ONLY = {4, 5, 8, 9, 12, 13, 14}


@command("System folder", 487)
def system_folder(kind=0):
    """`System folder {(type)}`: the folder's path ending with a separator (Linux places:
    /etc for System, the XDG folders for preferences, ~/Desktop…)."""
    k = int_arg(kind, "System folder")
    if k in _WINDOWS_ONLY:
        return ""
    path = _SYSTEM_FOLDERS.get(k)
    if path is None:
        raise FourDError(ERR_PARAM_COUNT, f"System folder: unknown folder type {k}")
    return os.path.join(path, "")
