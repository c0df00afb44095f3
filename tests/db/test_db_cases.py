"""tests/db/cases/**/NAME.4dm: each runs as a method of a copy of tests/db/project (its catalog
and ORDA classes) with a new, empty data file, and must print exactly NAME.out (exit code
NAME.exit, default 0; each line of NAME.stderr must appear on stderr). Every case runs against
SQLite and, where the machine has PostgreSQL, against a fresh PostgreSQL database."""
import glob
import os
import shutil

import pytest

from conftest import TESTS, check_case_result, run_fourd
from db_helpers import copy_project, backend, pg_server  # noqa: F401 (fixtures)

HERE = os.path.join(TESTS, "db")
CASES = sorted(glob.glob(os.path.join(HERE, "cases", "**", "*.4dm"), recursive=True))


def _id(path):
    return os.path.relpath(path, os.path.join(HERE, "cases")).replace(os.sep, "/")


def run_case(case, tmp_path, data_url, monkeypatch):
    project = copy_project(os.path.join(HERE, "project"), str(tmp_path / "project"))
    name = os.path.splitext(os.path.basename(case))[0]
    shutil.copy(case, os.path.join(project, "Project", "Sources", "Methods", name + ".4dm"))
    if data_url:
        monkeypatch.setenv("FOURD_DATA", data_url)
    else:
        monkeypatch.delenv("FOURD_DATA", raising=False)
    return run_fourd("run", project, "--method", name, timeout=60)


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_db_case(case, tmp_path, backend, monkeypatch):
    rc, out, err = run_case(case, tmp_path, backend, monkeypatch)
    check_case_result(case[:-4], rc, out, err)
