"""Every registered command, every collection member function, and the File, Folder,
FileHandle, Blob and Formula functions, called with random arguments (kinds, counts, Null,
pointers, objects…): a 4D error at worst, never an internal error (-10990, a Python
exception). FOURD_FUZZ_EXAMPLES raises the number of calls (default 2,000 a script)."""
import os
import random

import pytest

from conftest import run_fourd
from fourd.runtime.commands import registry

CALLS = int(os.environ.get("FOURD_FUZZ_EXAMPLES", "2000"))

# commands that stop, wait, start processes or programs, or change the environment
SKIP = {"QUIT 4D", "DELAY PROCESS", "LAUNCH EXTERNAL PROCESS", "SET ENVIRONMENT VARIABLE",
        "TRACE", "ABORT", "KILL WORKER", "CALL WORKER", "New process", "EXECUTE FORMULA",
        "EXECUTE METHOD", "ON ERR CALL", "IDLE", "BEEP"}
VALUES = ['1', '-5', '0', '3.5', '1e300', '-1e300', '2147483648', '"x"', '""', '"a;b"',
          '"utf-8"', '"<a/>"', '"/PACKAGE/q"', 'Null', 'True', '!2020-01-01!', '?01:00:00?',
          '{a: 1}', '[1;2]', '$b', '$t', '$n', '$o', '$c', '$arr', '->$t', 'Formula(1)',
          '4D.Blob.new()', 'New shared object()', 'File("/PACKAGE/f.txt")', 'Folder("/PACKAGE")']
PROLOGUE = ["var $b : Blob", "var $r : Variant", "var $n : Integer", "var $t : Text",
            "ARRAY TEXT($arr; 2)", "var $o:={a: 1}", "var $c:=[1]"]


def _script(calls, prologue=()):
    """Each call inside Try(); an internal error among Last errors is printed "INTERNAL: …"."""
    lines = PROLOGUE + list(prologue)
    for call in calls:
        lines.append(f"$r:=Try({call})")
        lines.append('If (Last errors#Null) && (Last errors.query("errCode = -10990").length>0)')
        lines.append('\tALERT("INTERNAL: ' + call.replace('"', "'") + ' "+Last errors[0].message)')
        lines.append("End if")
    return "\n".join(lines) + "\n"


def _run_clean(tmp_path, name, script):
    path = tmp_path / name                    # its folder is /PACKAGE: files land there only
    path.write_text(script, encoding="utf-8")
    rc, out, err = run_fourd("run", str(path), cwd=str(tmp_path))
    internal = [line for line in out.splitlines() if line.startswith("INTERNAL")]
    assert internal == [], "\n".join(internal[:10])
    assert "-10990" not in err and rc == 0, err[-2000:]


def _arguments(rnd, values, most):
    return "; ".join(rnd.choice(values) for _ in range(rnd.randint(0, most)))


def _command_calls(seed, count):
    rnd = random.Random(seed)
    names = sorted({c.name for c in registry.all_commands().values()
                    if c.name not in SKIP and not c.name.upper().startswith(("ARRAY ", "_O_"))})
    for _ in range(count):
        name, args = rnd.choice(names), _arguments(rnd, VALUES, 5)
        yield f"{name}({args})" if args else name


def _collection_calls(seed, count):
    from fourd.runtime.objects import COLLECTION_METHODS
    rnd = random.Random(seed)
    targets = ['[1;2;3]', '["b";"a";Null]', '[{a: 1; name: "x"};{a: 2; name: "y"};Null;3]', '[]',
               '[[1;2];[3]]', '[!2020-01-01!;?00:01:00?;True;"x";1]']
    values = VALUES + ['"name desc"', '"a = 1"', '"a > :1"', 'Formula($1.value)',
                       'Formula($1.result:=True)', 'Formula($1.accumulator+1)', 'ck descending']
    for _ in range(count):
        yield (f"{rnd.choice(targets)}.{rnd.choice(sorted(COLLECTION_METHODS))}"
               f"({_arguments(rnd, values, 4)})")


def _builtin_calls(seed, count):
    from fourd.runtime.classes.files import File, Folder
    from fourd.runtime.classes.filehandle import FileHandle
    rnd = random.Random(seed)
    targets = {'File("/PACKAGE/sub/f.txt")': sorted(File.methods_4d),
               'Folder("/PACKAGE/sub")': sorted(Folder.methods_4d), "$h": sorted(FileHandle.methods_4d),
               "4D.Blob.new()": ["slice"], "Formula(1)": ["call", "apply"]}
    # no huge sizes here: setSize(2147483648) then readBlob(…) would really move 2 GB
    values = [v for v in VALUES if v not in ("1e300", "2147483648")] + [
        '"write"', '"append"', '"read"', 'Folder("/PACKAGE/sub2")', 'fk overwrite',
        'Delete with contents', '"../up"', '"a/b"', 'Document with LF']
    for _ in range(count):
        target = rnd.choice(sorted(targets))
        yield f"{target}.{rnd.choice(targets[target])}({_arguments(rnd, values, 3)})"


@pytest.mark.timeout(120)
def test_random_calls_of_every_command(tmp_path):
    _run_clean(tmp_path, "fuzz_commands.4dm", _script(_command_calls(7, CALLS)))


@pytest.mark.timeout(120)
def test_random_calls_of_every_collection_function(tmp_path):
    _run_clean(tmp_path, "fuzz_members.4dm", _script(_collection_calls(3, CALLS)))


@pytest.mark.timeout(120)
def test_random_calls_of_file_folder_filehandle_blob_functions(tmp_path):
    prologue = ['File("/PACKAGE/sub/f.txt").setText("hello")',
                'var $h:=File("/PACKAGE/sub/f.txt").open("write")']
    _run_clean(tmp_path, "fuzz_builtins.4dm", _script(_builtin_calls(5, CALLS // 2), prologue))
