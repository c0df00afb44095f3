"""The layers of ARCHITECTURE.md hold: `lint-imports` checks the contracts of pyproject.toml
([tool.importlinter]) on the source folders.

grimp, import-linter's graph builder, walks one folder per top-level package, while fourd's
three sub-packages live in sibling folders (grammar/, interpreter/, runtime/, mapped under
`fourd` by pyproject's package-dir): the test lays them out under one `fourd` folder with
symbolic links first."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

PACKAGES = ("grammar", "interpreter", "runtime")


def _layout(tmp_path):
    pkg = tmp_path / "fourd"
    pkg.mkdir()
    shutil.copy(os.path.join(ROOT, "fourd", "__init__.py"), pkg / "__init__.py")
    for name in PACKAGES:
        os.symlink(os.path.join(ROOT, name), pkg / name)
    shutil.copy(os.path.join(ROOT, "pyproject.toml"), tmp_path / "pyproject.toml")
    return tmp_path


def _lint(folder):
    lint = shutil.which("lint-imports", path=os.path.dirname(sys.executable))
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    env = dict(os.environ, PYTHONPATH=str(folder))
    return subprocess.run([lint, "--no-cache"], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.timeout(180)
def test_import_contracts_are_kept(tmp_path):
    result = _lint(_layout(tmp_path))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


@pytest.mark.timeout(180)
def test_an_upward_import_breaks_the_contract(tmp_path):
    """The contract has teeth: a copy of the runtime where `values` (the bottom layer)
    imports `commands` (near the top) fails it."""
    folder = _layout(tmp_path)
    runtime = folder / "fourd" / "runtime"
    os.unlink(runtime)
    shutil.copytree(os.path.join(ROOT, "runtime"), runtime,
                    ignore=shutil.ignore_patterns("__pycache__", "*.tsv", "build"))
    with open(runtime / "values.py", "a", encoding="utf-8") as f:
        f.write("\nfrom .commands import registry  # noqa: E402,F401\n")
    result = _lint(folder)
    assert result.returncode != 0
    assert "fourd.runtime.values is not allowed to import fourd.runtime.commands" in result.stdout


def _listed(container):
    import tomllib
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        contracts = tomllib.load(f)["tool"]["importlinter"]["contracts"]
    for contract in contracts:
        if contract.get("containers") == [container]:
            return {name.strip() for layer in contract["layers"] for name in layer.split("|")}
    raise AssertionError(f"no layers contract for {container}")


@pytest.mark.parametrize("container, folder", [("fourd.runtime", "runtime"),
                                               ("fourd.runtime.db", os.path.join("runtime", "db"))])
def test_every_module_has_a_layer(container, folder):
    """A module missing from the layers contract would be checked by nothing: each module and
    sub-package of the container is in one layer."""
    path = os.path.join(ROOT, folder)
    modules = {name[:-3] for name in os.listdir(path)
               if name.endswith(".py") and name != "__init__.py"}
    modules |= {name for name in os.listdir(path)
                if os.path.isfile(os.path.join(path, name, "__init__.py"))}
    assert modules - _listed(container) == set()
