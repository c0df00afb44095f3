"""Scripts cannot reach Python: user text reaches generated code only as data.
tests/cases/lang/security/no_python_escape.4dm tries member names, Formula from string,
EXECUTE METHOD / FORMULA, OB Keys, JSON Stringify and pointers; here, texts full of quotes,
backslashes and Python code go through text literals, property names and Formula from string
and come back unchanged, never run."""
from __future__ import annotations

import json
import random

import pytest

from conftest import run_fourd

PIECES = ['"', "'", "\\", "\n", "\t", "{", "}", "%s", "'''", '"""', "#", "__import__('os')",
          ".system('echo pwned')", ")", "(", ";", "$", "@", "é", "😀", "\\n", "\x01", " ", "a"]


def as_4d_literal(text: str) -> str:
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\t", "\\t").replace("\r", "\\r")) + '"'


def hostile_texts(count=120, seed=15):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(count)]


@pytest.mark.timeout(60)
def test_hostile_texts_are_data_in_literals_property_names_and_formulas(tmp_path):
    texts = hostile_texts()
    lines = ["var $o : Object", "var $t : Text"]
    for text in texts:
        lit = as_4d_literal(text)
        lines += [f"$t:={lit}", "ALERT(JSON Stringify($t))",
                  "$o:=New object", f"$o[{lit}]:=1", "ALERT(JSON Stringify(OB Keys($o)[0]))",
                  f"ALERT(JSON Stringify(Formula from string(\"$1\").call(Null; {lit})))"]
    path = tmp_path / "hostile_texts.4dm"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_fourd("run", str(path))
    assert code == 0, err
    got = [json.loads(line) for line in out.splitlines()]
    assert got == [t for text in texts for t in (text, text, text)]
