"""samples/orda_project: `fourd run samples/orda_project` creates its
data file on the first run and finds its data again on the second."""
import os
import shutil

from conftest import ROOT, run_fourd

SAMPLE = os.path.join(ROOT, "samples", "orda_project")

REPORT = """\
Acme (Paris): 2 employees, payroll {acme}
Globex (Lyon): 3 employees, payroll 14800
Everyone: Edsger Dijkstra, Grace Hopper, Barbara Liskov, Ada Lovelace, Alan Turing
At Globex: Edsger Dijkstra, Grace Hopper, Barbara Liskov
Math people: Edsger Dijkstra, Ada Lovelace, Alan Turing
Found by full name: Ada Lovelace
Average salary: {average}
"""


def test_first_run_creates_the_data_second_run_finds_it(tmp_path, monkeypatch):
    monkeypatch.delenv("FOURD_DATA", raising=False)
    monkeypatch.delenv("FOURD_DATALESS", raising=False)
    project = str(tmp_path / "orda_project")
    shutil.copytree(SAMPLE, project, ignore=shutil.ignore_patterns("Data"))
    rc, out, err = run_fourd("run", project)
    assert rc == 0, err
    assert out == ("New data file: adding two companies and their staff\n"
                   "This is run 1 (data file: fourd.sqlite)\n"
                   + REPORT.format(acme=10000, average="4960.00"))
    assert os.path.isfile(os.path.join(project, "Data", "fourd.sqlite"))
    rc, out, err = run_fourd("run", project)
    assert rc == 0, err
    assert out == ("Data file found: 2 companies, 5 employees\n"
                   "This is run 2 (data file: fourd.sqlite)\n"
                   + REPORT.format(acme=10200, average="5000.00"))
