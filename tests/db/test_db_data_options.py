"""Where the data lives (README "Database"): the default data file created on first use and
found again, `--data PATH` (must exist unless `--create-data`), an existing file never
replaced, `--dataless`, and FOURD_DATA; for `fourd run` and tool4d's command line (SQLite)."""
import os

from conftest import TESTS, run_fourd
from db_helpers import copy_project

COUNT = """\
var $e : Object
$e:=ds.Company.new()
$e.name:="x"
$e.save()
ALERT(String(ds.Company.getCount()))
"""


def _project(tmp_path):
    project = copy_project(os.path.join(TESTS, "db", "project"), str(tmp_path / "p"))
    with open(os.path.join(project, "Project", "Sources", "Methods", "Count.4dm"), "w") as f:
        f.write(COUNT)
    return project


def test_default_data_file_is_created_then_found(tmp_path, monkeypatch):
    monkeypatch.delenv("FOURD_DATA", raising=False)
    project = _project(tmp_path)
    for n in (1, 2):
        rc, out, err = run_fourd("run", project, "--method", "Count")
        assert (rc, out) == (0, f"{n}\n"), err
    assert os.path.isfile(os.path.join(project, "Data", "fourd.sqlite"))


def test_data_flag_needs_create_data_for_a_new_file(tmp_path, monkeypatch):
    monkeypatch.delenv("FOURD_DATA", raising=False)
    project = _project(tmp_path)
    data = str(tmp_path / "other.sqlite")
    rc, out, err = run_fourd("run", project, "--data", data, "--method", "Count")
    assert rc == 1 and "-10966" in err and "--create-data" in err
    assert not os.path.exists(data)
    for n in (1, 2):
        rc, out, err = run_fourd("run", project, "--method", "Count", "--data", data,
                                 "--create-data")
        assert (rc, out) == (0, f"{n}\n"), err
    rc, out, err = run_fourd("--project", project, "--data", data, "--startup-method", "Count")
    assert (rc, out) == (0, "3\n"), err
    assert not os.path.exists(os.path.join(project, "Data"))


def test_a_file_that_is_not_data_is_never_replaced(tmp_path, monkeypatch):
    monkeypatch.delenv("FOURD_DATA", raising=False)
    project = _project(tmp_path)
    other = tmp_path / "data.4DD"
    other.write_bytes(b"4D data, not ours")
    rc, out, err = run_fourd("run", project, "--data", str(other), "--create-data",
                             "--method", "Count")
    assert rc == 1 and "-10966" in err and "Traceback" not in err
    assert other.read_bytes() == b"4D data, not ours"


def test_dataless_and_environment(tmp_path, monkeypatch):
    project = _project(tmp_path)
    monkeypatch.delenv("FOURD_DATA", raising=False)
    rc, out, err = run_fourd("run", project, "--dataless", "--method", "Count")
    assert rc == 1 and "-10965" in err
    data = str(tmp_path / "env.sqlite")
    monkeypatch.setenv("FOURD_DATA", data)
    rc, out, err = run_fourd("run", project, "--method", "Count")
    assert (rc, out) == (0, "1\n"), err
    assert os.path.isfile(data)
    monkeypatch.setenv("FOURD_DATALESS", "1")
    rc, out, err = run_fourd("run", project, "--method", "Count")
    assert rc == 1 and "-10965" in err
