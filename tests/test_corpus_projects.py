"""Real projects copied unchanged from ../shared/corpus run their own test methods green
a failed ASSERT in them would exit 1."""
import os

import pytest

from conftest import ROOT, run_fourd

CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")

RUNS = [("mesopelagique__CollectionUtils", "allTests")] + [
    ("mesopelagique__CollectionUtils", m) for m in (
        "test_bifurcate", "test_bifurcateBy", "test_c_formula", "test_c_formula_raw",
        "test_c_formula_this", "test_col_parameters", "test_collection_entries",
        "test_collection_flatten", "test_collection_ify", "test_countBy", "test_groupBy",
        "test_indexBy", "test_mostFrequent", "test_partition", "test_zipObject")] + [
    # test_expect and test_expect_method need methods the repository does not contain
    ("mesopelagique__expect", m) for m in ("test_gherkin", "test_measure", "test_predicate",
                                           "test_spec")]


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="shared corpus not present")
@pytest.mark.parametrize("project,method", RUNS, ids=[f"{p}:{m}" for p, m in RUNS])
def test_corpus_project_tests_pass(project, method):
    rc, out, err = run_fourd("run", os.path.join(CORPUS, project), "--method", method)
    assert rc == 0, err
    assert "Traceback" not in err
