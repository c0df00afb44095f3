"""Every run-time helper the lowering can emit exists in the run-time globals.

The lowering (interpreter/lower/) spells each helper name as a literal "__name" (or a
dotted "__IPV.get"); this reads every such literal of the package and looks it up in
runtime/helpers.py BASE_GLOBALS and the names a project adds (interpreter/project.py).
"""
import ast
import pathlib
import re

from fourd.interpreter import lower
from fourd.interpreter.lower.pyast import GENERATED_LOCALS, PROJECT_GLOBALS
from fourd.runtime.helpers import BASE_GLOBALS

_HELPER = re.compile(r"__[A-Za-z]\w*(?:\.\w+)*")


def emitted_names():
    names = {}
    for path in sorted(pathlib.Path(lower.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    _HELPER.fullmatch(node.value):
                names.setdefault(node.value.split(".")[0], path.name)
    return names


def test_every_emitted_helper_exists():
    names = emitted_names()
    assert len(names) > 80, sorted(names)       # the scan sees the package
    known = set(BASE_GLOBALS) | PROJECT_GLOBALS | GENERATED_LOCALS
    missing = {n: where for n, where in names.items() if n not in known}
    assert missing == {}


def test_project_globals_are_the_ones_a_project_adds():
    from fourd.interpreter.project import Project
    added = set(Project({}).base_globals) - set(BASE_GLOBALS)
    assert added | {"__CLASS"} == PROJECT_GLOBALS
