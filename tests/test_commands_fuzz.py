"""Every registered command and collection member function called with random arguments (types, counts, Null, pointers,
objects…): a 4D error at worst, never an internal error (-10990, a Python exception).
FOURD_FUZZ_EXAMPLES raises the number of calls (default 2,000, in one script)."""
import os
import random

import pytest

from conftest import run_fourd
from fourd.runtime.commands import registry
import fourd.interpreter.builtins  # noqa: F401  (registers the commands, the interpreter's too)

CALLS = int(os.environ.get("FOURD_FUZZ_EXAMPLES", "2000"))

# commands that stop, wait, start processes or programs, or change the environment
SKIP = {"QUIT 4D", "DELAY PROCESS", "LAUNCH EXTERNAL PROCESS", "SET ENVIRONMENT VARIABLE",
        "TRACE", "ABORT", "KILL WORKER", "CALL WORKER", "New process", "EXECUTE FORMULA",
        "EXECUTE METHOD", "ON ERR CALL", "IDLE", "BEEP"}
VALUES = ['1', '-5', '0', '3.5', '1e300', '-1e300', '2147483648', '"x"', '""', '"a;b"',
          '"utf-8"', '"<a/>"', '"/PACKAGE/q"', 'Null', 'True', '!2020-01-01!', '?01:00:00?',
          '{a: 1}', '[1;2]', '$b', '$t', '$n', '$o', '$c', '$arr', '->$t', 'Formula(1)',
          '4D.Blob.new()', 'New shared object()', 'File("/PACKAGE/f.txt")', 'Folder("/PACKAGE")']


def _script(seed, calls):
    rnd = random.Random(seed)
    names = sorted({c.name for c in registry.all_commands().values()
                    if c.name not in SKIP and not c.name.upper().startswith(("ARRAY ", "_O_"))})
    lines = ["var $b : Blob", "var $r : Variant", "var $n : Integer", "var $t : Text",
             "ARRAY TEXT($arr; 2)", "var $o:={a: 1}", "var $c:=[1]"]
    for _ in range(calls):
        name = rnd.choice(names)
        args = [rnd.choice(VALUES) for _ in range(rnd.randint(0, 5))]
        call = f'{name}({"; ".join(args)})' if args else name
        lines.append(f"$r:=Try({call})")
        lines.append('If (Last errors#Null) && (Last errors.query("errCode = -10990").length>0)')
        lines.append('\tALERT("INTERNAL: ' + call.replace('"', "'") + ' "+Last errors[0].message)')
        lines.append("End if")
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(120)
def test_random_calls_of_every_command(tmp_path):
    path = tmp_path / "fuzz_commands.4dm"          # its folder is /PACKAGE: files land there
    path.write_text(_script(7, CALLS), encoding="utf-8")
    rc, out, err = run_fourd("run", str(path), cwd=str(tmp_path))
    internal = [line for line in out.splitlines() if line.startswith("INTERNAL")]
    assert internal == [], "\n".join(internal[:10])
    assert "-10990" not in err and rc == 0, err[-2000:]


def _member_script(seed, calls):
    from fourd.runtime.objects import COLLECTION_METHODS
    rnd = random.Random(seed)
    targets = ['[1;2;3]', '["b";"a";Null]', '[{a: 1; name: "x"};{a: 2; name: "y"};Null;3]', '[]',
               '[[1;2];[3]]', '[!2020-01-01!;?00:01:00?;True;"x";1]']
    values = VALUES + ['"name desc"', '"a = 1"', '"a > :1"', 'Formula($1.value)',
                       'Formula($1.result:=True)', 'Formula($1.accumulator+1)', 'ck descending']
    lines = ["var $b : Blob", "var $r : Variant", "var $n : Integer", "var $t : Text",
             "ARRAY TEXT($arr; 2)", "var $o:={a: 1}", "var $c:=[1]"]
    for _ in range(calls):
        name = rnd.choice(sorted(COLLECTION_METHODS))
        args = [rnd.choice(values) for _ in range(rnd.randint(0, 4))]
        call = f'{rnd.choice(targets)}.{name}({"; ".join(args)})'
        lines.append(f"$r:=Try({call})")
        lines.append('If (Last errors#Null) && (Last errors.query("errCode = -10990").length>0)')
        lines.append('\tALERT("INTERNAL: ' + call.replace('"', "'") + ' "+Last errors[0].message)')
        lines.append("End if")
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(120)
def test_random_calls_of_every_collection_function(tmp_path):
    path = tmp_path / "fuzz_members.4dm"
    path.write_text(_member_script(3, CALLS), encoding="utf-8")
    rc, out, err = run_fourd("run", str(path), cwd=str(tmp_path))
    internal = [line for line in out.splitlines() if line.startswith("INTERNAL")]
    assert internal == [], "\n".join(internal[:10])
    assert "-10990" not in err and rc == 0, err[-2000:]


def _builtin_script(seed, calls):
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
    lines = ["var $r : Variant", "var $t : Text", "var $n : Integer", "var $b : Blob",
             "ARRAY TEXT($arr; 2)", "var $o:={a: 1}", "var $c:=[1]",
             'File("/PACKAGE/sub/f.txt").setText("hello")',
             'var $h:=File("/PACKAGE/sub/f.txt").open("write")']
    for _ in range(calls):
        target = rnd.choice(sorted(targets))
        args = [rnd.choice(values) for _ in range(rnd.randint(0, 3))]
        call = f'{target}.{rnd.choice(targets[target])}({"; ".join(args)})'
        lines.append(f"$r:=Try({call})")
        lines.append('If (Last errors#Null) && (Last errors.query("errCode = -10990").length>0)')
        lines.append('\tALERT("INTERNAL: ' + call.replace('"', "'") + ' "+Last errors[0].message)')
        lines.append("End if")
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(120)
def test_random_calls_of_file_folder_filehandle_blob_functions(tmp_path):
    path = tmp_path / "fuzz_builtins.4dm"          # files are created below tmp_path only
    path.write_text(_builtin_script(5, CALLS // 2), encoding="utf-8")
    rc, out, err = run_fourd("run", str(path), cwd=str(tmp_path))
    internal = [line for line in out.splitlines() if line.startswith("INTERNAL")]
    assert internal == [], "\n".join(internal[:10])
    assert "-10990" not in err and rc == 0, err[-2000:]
