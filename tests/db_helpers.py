"""A throwaway PostgreSQL server for the database tests: `initdb` into a temporary folder, then
`pg_ctl start` listening only on a Unix socket in that folder (no TCP port). One server per test
session; each test gets its own database."""
from __future__ import annotations

import getpass
import itertools
import os
import shutil
import subprocess


class PostgresUnavailable(Exception):
    pass


class PostgresServer:
    def __init__(self, folder: str, user: str):
        self.folder = folder
        self.data = os.path.join(folder, "data")
        self.socket = os.path.join(folder, "sock")
        self.user = user
        self._n = itertools.count(1)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.socket}"

    def new_database(self) -> str:
        import psycopg
        name = f"t{os.getpid()}_{next(self._n)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self):
        subprocess.run(["pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def postgres_server(folder: str) -> PostgresServer:
    for tool in ("initdb", "pg_ctl"):
        if shutil.which(tool) is None:
            raise PostgresUnavailable(f"{tool} not found on PATH")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise PostgresUnavailable("psycopg is not installed (pip install -e '.[postgres]')") \
            from None
    run_as = []
    user = getpass.getuser()
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run it as the owner of the folder, "nobody"
        import pwd
        pw = pwd.getpwnam("nobody")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        run_as = ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--clear-groups"]
        user = "postgres"
    server = PostgresServer(folder, user)
    os.makedirs(server.socket, exist_ok=True)
    if run_as:
        os.chown(server.socket, pw.pw_uid, pw.pw_gid)
    p = subprocess.run(run_as + ["initdb", "-D", server.data, "-U", user, "-A", "trust",
                                 "-E", "UTF8", "--no-sync"], capture_output=True, text=True)
    if p.returncode != 0:
        raise PostgresUnavailable(f"initdb failed: {p.stderr.strip()[:300]}")
    opts = f"-c listen_addresses='' -c unix_socket_directories='{server.socket}' -c fsync=off " \
           f"-c max_connections=200"
    p = subprocess.run(run_as + ["pg_ctl", "-D", server.data, "-o", opts, "-w", "-l",
                                 os.path.join(folder, "log"), "start"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise PostgresUnavailable(f"pg_ctl start failed: {p.stderr.strip()[:300]}")
    if run_as:
        server.stop = _stop_as(server, run_as)
    return server


def _stop_as(server, run_as):
    def stop():
        subprocess.run(run_as + ["pg_ctl", "-D", server.data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(server.folder, ignore_errors=True)
    return stop


# -- pytest fixtures (import them into a test module to use them) ------------------------
import pytest  # noqa: E402

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def pg_server():
    import tempfile
    try:
        server = postgres_server(tempfile.mkdtemp(prefix="fourd-pg-"))
    except PostgresUnavailable as e:
        pytest.skip(f"PostgreSQL tests skipped: {e}")
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request):
    """None for SQLite (the project's own data file), or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return None
    server = request.getfixturevalue("pg_server")
    return server.new_database()


def copy_project(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("Data"))
    return dst
