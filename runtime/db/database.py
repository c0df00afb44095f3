"""The running project's database: its structure, where its data lives, and the process-wide
bookkeeping (pessimistic locks, write counters). One per project run; `current()` finds it.

Decisions (README "Database"):
* The data file is `<project>/Data/fourd.sqlite`, created with its folder on first use (a 4D
  `.4DD` file is not read), as 4D creates a project's default data file. `--data PATH` names
  another SQLite file, which must exist unless `--create-data` is given (tool4d: "creates a new
  data file if no valid data file is found"; an existing file is opened, never replaced: a file
  that is not a fourd data file is an error), or a PostgreSQL database (`postgresql://…`, see
  postgres.py), which must exist. With `--dataless` no data file is opened and every data
  access is a 4D error, while `ds` and the structure commands still work.
* A project whose structure has no table never creates a data file.
* The schema is brought up to date with the catalog once per run, when the data file is opened.
"""
from __future__ import annotations

import os
import threading
import weakref

from .. import host
from .backend import Backend
from .db_errors import db_error, ERR_DATALESS, ERR_DATA_FILE, ERR_STRUCTURE
from .structure import Structure, StructureError, catalog_path, read_structure

DATA_FILE_NAME = "fourd.sqlite"


class Database:
    def __init__(self, structure: Structure, data_location: str | None, dataless: bool = False,
                 must_exist: bool = False):
        self.structure = structure
        self.data_location = data_location
        self.dataless = dataless
        self.must_exist = must_exist        # --data PATH without --create-data
        self._backend: Backend | None = None
        self._lock = threading.RLock()
        self.locks: dict = {}            # (table name, __id) -> (process number, owner token)
        self.writes = 0                  # writes done through this run (selection.py)
        self._model = None

    # -- the engine --------------------------------------------------------------------
    @property
    def backend(self) -> Backend:
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = self._open()
        return self._backend

    def _open(self) -> Backend:
        if self.dataless:
            raise db_error(ERR_DATALESS, "No data file: the project runs with --dataless")
        location = self.data_location
        if self.must_exist and not is_server(location) and not os.path.exists(location):
            raise db_error(ERR_DATA_FILE, f"The data file {location} does not exist "
                                          f"(--create-data creates it)")
        try:
            if is_server(location):
                from .postgres import PostgresBackend
                backend = PostgresBackend(location)
            else:
                from .sqlite import SQLiteBackend
                backend = SQLiteBackend(location)
            conn = backend.connect()
            try:
                conn.begin()
                backend.ensure_schema(conn, self.structure)
                conn.commit()
            finally:
                conn.close()
        except Exception as e:  # the engine's own errors: never shown as Python/SQL text
            from ..errors import FourDError
            if isinstance(e, FourDError):
                raise
            raise db_error(ERR_DATA_FILE, f"Cannot open the data file {location}: "
                                          f"{_engine_message(e)}") from None
        return backend

    def wrote(self, table_name: str = ""):
        """Some process of this run changed data (or cancelled changes): conditions that
        selections remember are no longer what selects them. One counter for all tables, as a
        condition may read other tables (relation paths)."""
        self.writes += 1

    @property
    def model(self):
        """The ORDA datastore model (dataclasses and their attributes)."""
        if self._model is None:
            from .model import Model
            self._model = Model(self)
        return self._model


def is_server(location: str) -> bool:
    """A PostgreSQL server's URL rather than a SQLite file."""
    return location.startswith(("postgresql://", "postgres://"))


def _engine_message(e: Exception) -> str:
    """A short, user-facing reason for an engine failure (first line, no Python type)."""
    text = str(e).strip().splitlines()
    return text[0] if text else e.__class__.__name__


_databases: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # project -> Database
_databases_lock = threading.Lock()
class _Outside:
    """The key of the empty database outside a project."""


_OUTSIDE = _Outside()


_last: tuple = (None, None)      # (project, its database): the usual answer, without a look-up


def current() -> Database:
    """The database of the running project (an empty one outside a project)."""
    global _last
    project = host.running
    last = _last
    if last[0] is project and project is not None:
        return last[1]
    key = _OUTSIDE if project is None else project
    db = _databases.get(key)
    if db is None:
        with _databases_lock:
            db = _databases.get(key)
            if db is None:
                db = _databases[key] = _make(project)
    if project is not None:
        _last = (project, db)
    return db


def _make(project) -> Database:
    root = getattr(project, "root", None) if project is not None else None
    try:
        structure = read_structure(catalog_path(root))
    except StructureError as e:
        raise db_error(ERR_STRUCTURE, str(e)) from None
    options = getattr(project, "data_options", None) or {}
    location = options.get("data")
    if location is None and root:
        from ..classes.files import filesystem_root
        location = os.path.join(filesystem_root("DATA"), DATA_FILE_NAME)
    elif location is not None and not is_server(location):
        location = os.path.abspath(location)
    dataless = bool(options.get("dataless")) or location is None
    must_exist = options.get("data") is not None and not options.get("create")
    return Database(structure, location, dataless, must_exist)
