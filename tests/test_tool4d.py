"""tool4d's command line (4D docs, "Command Line Interface"): `fourd --project …` runs On
Startup, the --startup-method and On Exit, and runs the KyleKincer/testing suite exactly as
its authors run it with tool4d."""
import json
import os
import re

import pytest

from conftest import ROOT, TESTS, run_fourd

SEQ = os.path.join(TESTS, "tool4d", "seq", "Project", "seq.4DProject")
KYLE = os.path.join(os.path.dirname(ROOT), "shared", "projects", "KyleKincer__testing",
                    "testing", "Project", "testing.4DProject")
# the suite of KyleKincer/testing at the pinned commit (../shared/projects/README.md), tests
# tagged no-linux excluded as its Makefile does on Linux
KYLE_TOTAL, KYLE_SKIPPED = 207, 1


def tool4d(*args, timeout=60):
    return run_fourd("--project", *args, timeout=timeout)


def test_sequence_on_startup_method_on_exit():
    rc, out, err = tool4d(SEQ, "--startup-method", "main", "--user-param", "a=1 b=2")
    assert rc == 0, err
    assert out == ("onStartup\nmain param=[a=1 b=2] type=6 headless=True started=True\n"
                   "onExit\n")


def test_skip_onstartup_skips_on_startup_and_on_exit():
    rc, out, err = tool4d(SEQ, "--skip-onstartup", "--startup-method", "main")
    assert rc == 0, err
    assert out == "main param=[] type=6 headless=True started=\n"


def test_quit_4d_ends_the_startup_method_then_on_exit_runs():
    rc, out, err = tool4d(SEQ, "--startup-method", "quitter")
    assert (rc, out) == (0, "onStartup\nquitter\nonExit\n"), err


def test_uncaught_error_exit_1_and_on_exit_still_runs():
    rc, out, err = tool4d(SEQ, "--startup-method", "failing")
    assert rc == 1 and out == "onStartup\nfailing\nonExit\n"
    assert "Error -10737" in err and "failing.4dm:4" in err and "Traceback" not in err


def test_workers_finish_before_on_exit():
    rc, out, err = tool4d(SEQ, "--startup-method", "worker_then_end")
    assert rc == 0, err
    assert out == "onStartup\nstartup method done\nworker message\nonExit\n"


def test_project_folder_positional_and_flags_accepted():
    folder = os.path.dirname(os.path.dirname(SEQ))
    rc, out, err = run_fourd(folder, "--startup-method", "main", "--headless", "--dataless",
                             "--opening-mode", "compiled", "--create-data", "true",
                             "--data", "x.4DD")
    assert rc == 0, err
    assert "main param=[]" in out


@pytest.mark.parametrize("args, message", [
    (("--startup-method", "nope"), "unknown method 'nope'"),
    (("--bogus",), "unknown argument '--bogus'"),
    (("--startup-method",), "--startup-method needs a value"),
    (("--user-param=-x",), "must not start with '-'"),
    (("--opening-mode", "fast"), "--opening-mode"),
])
def test_usage_errors_exit_2(args, message):
    rc, out, err = tool4d(SEQ, *args)
    assert rc == 2 and out == "" and message in err


def test_missing_project_exit_2():
    rc, _out, err = run_fourd("--project", "no/such/x.4DProject")
    assert rc == 2 and "no such file" in err
    rc, _out, err = run_fourd("--startup-method", "main")
    assert rc == 2 and "--project PATH is required" in err


def _summary(out):
    counts = dict(re.findall(r"^(Total Tests|Passed|Failed|Skipped): (\d+)\r?$", out, re.M))
    return {k: int(v) for k, v in counts.items()}


needs_kyle = pytest.mark.skipif(not os.path.exists(KYLE), reason="../shared/projects absent")


@needs_kyle
@pytest.mark.timeout(300)
def test_kylekincer_testing_suite_passes_as_with_tool4d():
    rc, out, err = tool4d(KYLE, "--skip-onstartup", "--dataless", "--startup-method", "test",
                          "--user-param", "excludeTags=no-linux", timeout=240)
    assert rc == 0, err
    assert "=== Test Results Summary ===" in out
    assert _summary(out) == {"Total Tests": KYLE_TOTAL, "Passed": KYLE_TOTAL - KYLE_SKIPPED,
                             "Failed": 0, "Skipped": KYLE_SKIPPED}, out[-2000:]
    assert out.rstrip().endswith("All tests passed! 🎉")
    assert err == ""


@needs_kyle
@pytest.mark.timeout(300)
def test_kylekincer_testing_json_output_is_one_json_document():
    rc, out, err = tool4d(KYLE, "--skip-onstartup", "--dataless", "--startup-method", "test",
                          "--user-param", "format=json excludeTags=no-linux", timeout=240)
    assert rc == 0, err
    report = json.loads(out)
    assert (report["tests"], report["failed"], report["skipped"], report["status"]) == \
        (KYLE_TOTAL, 0, KYLE_SKIPPED, "ok")
    assert len(report["testResults"]) == KYLE_TOTAL


def test_data_flags_reach_the_database(tmp_path):
    rc, out, err = tool4d(SEQ, "--skip-onstartup", "--dataless", "--startup-method", "data")
    assert (rc, out) == (0, "error -10965\n"), err
    data = str(tmp_path / "items.sqlite")
    for n in (1, 2):
        rc, out, err = tool4d(SEQ, "--skip-onstartup", "--data", data, "--create-data",
                              "--startup-method", "data")
        assert (rc, out) == (0, f"items: {n} data file: True\n"), err
