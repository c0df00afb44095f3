"""Tests for the command/constant catalogue (runtime/catalog)."""
from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fourd.runtime import catalog
from fourd.runtime.catalog import (
    all_command_names, all_commands, all_constant_names, all_constants, command_by_name,
    command_by_number, constant_by_name, constant_by_token, fold_name,
)

COMMANDS = [  # (name, number, theme): one per documentation theme, all seen in the corpus
    ('ds', 1482, '4D Environment'),
    ('ARRAY TEXT', 222, 'Arrays'),
    ('BLOB size', 605, 'BLOB'),
    ('True', 214, 'Boolean'),
    ('FLUSH CACHE', 297, 'Cache Management'),
    ('New collection', 1472, 'Collections'),
    ('Compile project', 1760, 'Compiler'),
    ('DIALOG', 40, 'Data Entry'),
    ('Milliseconds', 459, 'Date and Time'),
    ('METHOD GET CODE', 1190, 'Design Object Access'),
    ('Drop position', 608, 'Drag and Drop'),
    ('GOTO OBJECT', 206, 'Entry Control'),
    ('Folder', 1567, 'File and Folder'),
    ('SET TIMER', 645, 'Form Events'),
    ('Form', 1466, 'Forms'),
    ('Formula', 1597, 'Formulas'),
    ('HTTP Request', 1158, 'HTTP'),
    ('GET LIST ITEM PARAMETER', 985, 'Hierarchical Lists'),
    ('ASSERT', 1129, 'Interruptions'),
    ('JSON Stringify', 1217, 'JSON'),
    ('This', 1470, 'Language'),
    ('LISTBOX SELECT ROW', 912, 'List Box'),
    ('Round', 94, 'Math'),
    ('APPEND MENU ITEM', 411, 'Menus'),
    ('ALERT', 41, 'Messages'),
    ('OBJECT Get pointer', 1124, 'Objects (Forms)'),
    ('New object', 1471, 'Objects (Language)'),
    ('SET TEXT TO PASTEBOARD', 523, 'Pasteboard'),
    ('READ PICTURE FILE', 678, 'Pictures'),
    ('CALL WORKER', 1389, 'Process (Communications)'),
    ('BRING TO FRONT', 326, 'Process (User Interface)'),
    ('Current process', 322, 'Processes'),
    ('Records in table', 83, 'Records'),
    ('SVG SET ATTRIBUTE', 1055, 'SVG'),
    ('SPELL GET DICTIONARY LIST', 1204, 'Spell Checker'),
    ('String', 10, 'String'),
    ('Table name', 256, 'Structure Access'),
    ('ST SET ATTRIBUTES', 1093, 'Styled Text'),
    ('Test path name', 476, 'System Documents'),
    ('Is macOS', 1572, 'System Environment'),
    ('Choose', 955, 'Tools'),
    ('CANCEL TRANSACTION', 241, 'Transactions'),
    ('BEEP', 151, 'User Interface'),
    ('Current user', 182, 'Users and Groups'),
    ('CLEAR VARIABLE', 89, 'Variables'),
    ('WA OPEN URL', 1020, 'Web Area'),
    ('WEB Get server info', 1531, 'Web Server'),
    ('Open form window', 675, 'Windows'),
    ('XML SET OPTIONS', 1090, 'XML'),
    ('DOM Find XML element', 864, 'XML DOM'),
]
CONSTANTS = [  # (name, theme, n, value): token K<theme>:<n> as written by 4D in exported code
    ('Internal date long', 1, 5, 5),
    ('ISO date', 1, 8, 8),
    ('On Clicked', 2, 4, 4),
    ('On Load', 2, 1, 1),
    ('4D Remote Mode', 5, 5, 4),
    ('Database Folder', 5, 14, 4),
    ('HH MM', 7, 2, 2),
    ('HH MM SS', 7, 1, 1),
    ('Is object', 8, 27, 38),
    ('Is Text', 8, 3, 2),
    ('Aborted', 13, 1, -1),
    ('Bold', 14, 2, 1),
    ('Italic', 14, 3, 2),
    ('Mac text without length', 22, 10, 3),
    ('UTF8 text without length', 22, 17, 6),
    ('Delete with contents', 24, 24, 1),
    ('Is a document', 24, 1, 1),
    ('XY Current form', 27, 5, 1),
    ('XY Current window', 27, 6, 2),
    ('Pi', 30, 1, 3.141592653589793),
    ('Radian', 30, 3, 57.29577951308232),
    ('Design Process', 36, 9, -2),
    ('Worker process', 36, 32, 5),
    ('User param value', 37, 94, 108),
    ('Is host database a project', 37, 99, 113),
    ('Into system standard outputs', 38, 9, 6),
    ('Information Message', 38, 1, 0),
    ('Movable form dialog box', 39, 8, 5),
    ('Horizontally Centered', 39, 1, 65536),
    ('Desktop', 41, 16, 15),
    ('Align center', 42, 3, 3),
    ('Align left', 42, 2, 2),
    ('4D ODBC Pro License', 44, 9, 808464946),
    ('4D View License', 44, 4, 808465207),
    ('XML DATA', 45, 12, 6),
    ('XML indentation', 45, 34, 4),
    ('lk replace selection', 53, 1, 0),
    ('lk remove from selection', 53, 3, 2),
    ('Access Privileges', 56, 3, '4D_access_group'),
    ('Associated Standard Action', 56, 1, '4D_standard_action'),
    ('Decimal separator', 60, 1, 0),
    ('Date separator', 60, 10, 13),
    ('Horizontal concatenation', 61, 8, 1),
    ('Superimposition', 61, 10, 3),
    ('WA Enable Web inspector', 62, 7, 100),
    ('WA Enable contextual menu', 62, 6, 4),
    ('Attribute text color', 65, 7, 7),
    ('Attribute bold style', 65, 1, 1),
    ('MD5 digest', 66, 1, 0),
    ('SHA256 digest', 66, 4, 3),
    ('Form all pages', 67, 7, 2),
    ('Form current page', 67, 6, 1),
    ('HTTP DELETE method', 71, 5, 'DELETE'),
    ('HTTP GET method', 71, 1, 'GET'),
]


def _variants(name):
    """Spellings that must resolve to the same entry: case and whitespace changes."""
    yield name
    yield name.upper()
    yield name.lower()
    yield "  " + name.replace(" ", "   ") + "\t"


# ----------------------------------------------------------------------------- sizes
def test_counts():
    assert len(all_commands()) >= 1347
    assert len(all_command_names()) >= 1300
    assert len(all_constants()) >= 2543
    assert len(all_constant_names()) >= 2000
    with_value = [c for c in all_constants() if c.value is not None]
    assert len(with_value) >= 2494


def test_fold_name():
    assert fold_name("  Is   TEXT\t") == "is text"
    assert fold_name("OB\u00a0Get") == "ob get"
    assert fold_name("") == ""


# ----------------------------------------------------------------------------- commands
@pytest.mark.parametrize("name,number,theme", COMMANDS)
def test_command_by_name_and_number(name, number, theme):
    for spelling in _variants(name):
        info = command_by_name(spelling)
        assert info is not None, spelling
        assert info.number == number and info.theme == theme
    info = command_by_number(number)
    assert info is not None and fold_name(info.name) == fold_name(name)


def test_command_themes_spread():
    assert len({t for _n, _num, t in COMMANDS}) >= 50


def test_command_numbers_from_spec():
    # numbers quoted in spec/language.md section 12
    for name, num in [("String", 10), ("Num", 11), ("Substring", 12), ("Uppercase", 13),
                      ("Lowercase", 14), ("Position", 15), ("Length", 16), ("ALERT", 41),
                      ("TRACE", 157), ("Char", 90), ("Character code", 91),
                      ("Replace string", 233), ("Split string", 1554), ("Match regex", 1019),
                      ("Generate UUID", 1066), ("Value type", 1509), ("Type", 295),
                      ("Null", 1517), ("BLOB size", 605), ("SET BLOB SIZE", 606),
                      ("TEXT TO BLOB", 554), ("BLOB to text", 555), ("CONVERT FROM TEXT", 1011),
                      ("Convert to text", 1012), ("COPY BLOB", 558), ("Choose", 955),
                      ("New object", 1471), ("New shared object", 1526), ("OB Get", 1224),
                      ("OB SET", 1220), ("OB REMOVE", 1226), ("OB Is defined", 1231),
                      ("OB Is empty", 1297), ("OB Keys", 1719), ("OB Copy", 1225),
                      ("OB Instance of", 1731), ("OB Class", 1730), ("JSON Stringify", 1217),
                      ("JSON Parse", 1218), ("New collection", 1472)]:
        assert command_by_name(name).number == num, name
        assert fold_name(command_by_number(num).name) == fold_name(name)


def test_renamed_commands_and_second_tokens():
    # old names kept by exported code resolve by number to the current command
    assert command_by_number(388).name == "Form event code"
    assert command_by_number(991).name == "Localized string"
    assert command_by_name("Form event code").number == 388
    assert command_by_name("Form event").number == 1606     # current FORM Event
    assert command_by_name("GET MOUSE").number == 468       # old name, no current homonym
    assert command_by_number(1706).name == "Super"           # Super used as an object
    assert command_by_number(1705).name == "Super"           # Super(...) constructor call
    assert command_by_name("super").number == 1705


def test_unknown_lookups():
    assert command_by_name("No such command") is None
    assert command_by_number(999999) is None
    assert command_by_number("abc") is None
    assert constant_by_name("No such constant") is None
    assert constant_by_token(9999, 1) is None


def test_names_unique_after_folding():
    for names in (all_command_names(), all_constant_names()):
        folded = [fold_name(n) for n in names]
        assert len(folded) == len(set(folded))
        assert all(n == n.strip() and n for n in names)


# ----------------------------------------------------------------------------- constants
@pytest.mark.parametrize("name,theme,n,value", CONSTANTS)
def test_constant_by_name_and_token(name, theme, n, value):
    for spelling in _variants(name):
        info = constant_by_name(spelling)
        assert info is not None, spelling
        assert info.value == value and type(info.value) is type(value)
        assert f"K{theme}:{n}" in info.tokens
    info = constant_by_token(theme, n)
    assert info is not None and fold_name(info.name) == fold_name(name)
    assert info.value == value


def test_constant_themes_spread():
    assert len(CONSTANTS) >= 50
    assert len({t for _n, t, _i, _v in CONSTANTS}) >= 25


SPEC_VALUES = {  # spec/language.md section 13 (and values quoted in section 12)
    "Is text": 2, "Is real": 1, "Is longint": 9, "Is Boolean": 6, "Is date": 4, "Is time": 11,
    "Is object": 38, "Is collection": 42, "Is null": 255, "Is undefined": 5, "Is BLOB": 30,
    "Is pointer": 23, "Is picture": 3, "Is variant": 12, "Object array": 39, "Is integer": 8,
    "Is alpha field": 0, "Text array": 18, "LongInt array": 16, "Real array": 14,
    "UTF8 text without length": 6, "UTF8 text with length": 5, "UTF8 C string": 4,
    "Mac C string": 0, "Mac Pascal string": 1, "Mac text with length": 2,
    "Mac text without length": 3,
    "ck ascending": 0, "ck descending": 1, "ck diacritical": 8, "ck count values": 32,
    "sk ignore empty strings": 1, "sk trim spaces": 2, "sk char codes": 1,
    "sk case insensitive": 2, "sk diacritic insensitive": 4, "sk strict": 0, "sk whole word": 32,
    "ek local": 0, "ek global": 1, "ek errors from components": 2,
    "Carriage return": 13, "Line feed": 10, "Tab": 9, "Space": 32,
    "Into system standard outputs": 6, "Information message": 0, "Warning message": 1,
    "Error message": 2, "Into 4D debug message": 1, "Into Windows log events": 0,
    "Into 4D commands log": 3, "Into 4D request log": 2, "Into 4D diagnostic log": 5,
    "MAXLONG": 2147483647, "ISO date": 8, "ISO Date GMT": 9, "Internal date short": 7,
}


@pytest.mark.parametrize("name,value", sorted(SPEC_VALUES.items()))
def test_spec_values(name, value):
    info = constant_by_name(name)
    assert info is not None, name
    assert info.value == value, (name, info)
    assert isinstance(info.value, int) and info.type in ("Longint", "Integer")
    assert info.source


XLF_SOURCE = "4D_ConstantsEN.xlf (miyako/4d-static-docs@f928407)"
XLF_VALUES = [  # (name, token or None, value): values of 4D's constant file (README "xlf")
    ("Object named", "K67:5", 3),
    ("Object current", "K67:2", 0),
    ("XML with indentation", "K45:35", 1),
    ("XML no indentation", "K45:36", 2),
    ("MAXINT", "K35:1", 32767),
    ("Enter", "K15:35", 3),
    ("ZIP Compression LZMA", "K91:9", 2),
    ("ck shared", "K85:29", 16),
    ("ck ignore null or empty", "K85:5", 1),
    ("ck keep null", None, 2),                  # not used in the corpus: no token
    ("Associated standard action name", "K28:8", "4D_standard_action_name"),
    ("ak none", None, ""),                      # empty Text value, not "unknown"
    ("ISO L1 Ampersand", None, "&amp;"),        # XML entity decoded once: d4:value="&amp;amp;"
    ("_o_QT raw compressor", None, "raw "),     # trailing space kept
    ("wk none", None, 0),                       # name added from the file
]


@pytest.mark.parametrize("name,token,value", XLF_VALUES)
def test_values_from_4d_constant_file(name, token, value):
    info = constant_by_name(name)
    assert info is not None, name
    assert info.value == value and type(info.value) is type(value)
    assert info.source == XLF_SOURCE
    assert info.type == ("Text" if isinstance(value, str) else "Longint")
    if token is not None:
        theme, n = map(int, token[1:].split(":"))
        assert constant_by_token(theme, n) is info


def test_ck_options_are_4d_values():
    # bit flags that can be added: ck resolve pointers+ck shared = 17
    values = {n: constant_by_name(n).value for n in
              ("ck resolve pointers", "ck keep null", "ck shared", "ck ignore null or empty")}
    assert values == {"ck resolve pointers": 1, "ck keep null": 2, "ck shared": 16,
                      "ck ignore null or empty": 1}
    # the corpus writes `ck resolve pointers:K85:26` (the file's id 85_26 is another constant)
    assert constant_by_token(85, 26).name == "ck resolve pointers"
    assert all(not c.source.startswith("fourd decision") for c in all_constants())


def test_doc_values_win_over_the_constant_file():
    # documented values are kept (and agree with the file, see conflicts.md)
    assert constant_by_name("Pi").source.startswith("4d/docs")
    assert constant_by_name("Is text").source.startswith("4d/docs")
    assert constant_by_name("Is text").value == 2


_XLF_TSV = Path(catalog.__file__).parent / "build" / "4D_ConstantsEN.tsv"


def _xlf_rows():
    if not _XLF_TSV.is_file():
        pytest.skip("build/4D_ConstantsEN.tsv not available")
    lines = _XLF_TSV.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def test_constant_file_transcription_shape():
    rows = _xlf_rows()
    assert len(rows) == 2510
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    by_id = {r["id"]: r for r in rows}
    assert by_id["85_29"]["name"] == "ck shared" and by_id["85_29"]["value"] == "16"
    assert by_id["85_1"]["name"] == "ck keep null" and by_id["85_1"]["value"] == "2"
    assert by_id["2_53"]["deprecated"] == "true"
    # Folder separator: three platform entries in the file, the runtime takes the host's
    seps = {r["include_if"]: r["value"] for r in rows if r["name"] == "Folder separator"}
    assert seps == {"win": "\\", "mac": ":", "linux": "/"}
    # every named, platform-independent entry of the file is in the catalogue with its value
    for r in rows:
        if not r["name"] or r["include_if"]:
            continue
        info = constant_by_name(r["name"])
        assert info is not None and info.value is not None, r["name"]
        if info.source == XLF_SOURCE:
            assert str(info.value) == r["value"], r["name"]


def test_value_types():
    for info in all_constants():
        if info.value is None:
            assert info.type == "" and info.source == ""
            continue
        assert info.source
        if info.type in ("Longint", "Integer"):
            assert type(info.value) is int
        elif info.type == "Real":
            assert type(info.value) is float
        elif info.type == "Text":
            assert type(info.value) is str
        else:
            pytest.fail(f"unexpected type {info.type!r} for {info.name}")


def test_text_and_real_constants():
    assert constant_by_name("HTTP GET method").value == "GET"
    assert constant_by_name("Associated standard action").value == "4D_standard_action"
    assert constant_by_name("Pi").value == pytest.approx(math.pi)
    assert constant_by_name("Degree").value == pytest.approx(math.pi / 180)
    assert constant_by_name("e number").value == pytest.approx(math.e)


def test_token_is_not_the_value():
    # K8:3 is the third constant of theme 8, whose value is 2
    assert constant_by_token(8, 3).value == 2
    assert constant_by_token(2, 5).name.lower() == "on double clicked"
    assert constant_by_token(2, 5).value == 13


def test_constant_with_two_tokens():
    a, b = constant_by_token(15, 41), constant_by_token(21, 8)
    assert a is b and a.value == 34 and a.token == "K15:41"


# ----------------------------------------------------------------------------- corpus
def _corpus_dir():
    here = Path(__file__).resolve()
    for cand in (os.environ.get("FOURD_CORPUS"), here.parents[2] / "shared" / "corpus",
                 "/work/shared/corpus"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


def test_platform_dependent_constant_takes_the_host_value():
    """`Folder separator` is the one constant 4D's file gives per platform."""
    import sys
    expected = {"win32": "\\", "darwin": ":"}.get(sys.platform, "/")
    info = constant_by_name("Folder separator")
    assert info.value == expected and "24_12" in info.source
    assert constant_by_token(24, 12).value == expected


TOKEN_K = re.compile(r":K(\d+):(\d+)\b")
TOKEN_C = re.compile(r"([A-Za-z0-9_ ]+):C(\d+)\b")


def _corpus_files():
    root = _corpus_dir()
    if root is None:
        pytest.skip("corpus of real 4D code not available")
    files = sorted(root.rglob("*.4dm"))
    if not files:
        pytest.skip("corpus is empty")
    return files


def test_every_corpus_constant_token_resolves_and_has_value():
    tokens = set()
    for path in _corpus_files():
        tokens.update(TOKEN_K.findall(path.read_text(encoding="utf-8", errors="replace")))
    assert len(tokens) > 300
    unresolved = sorted(t for t in tokens if constant_by_token(int(t[0]), int(t[1])) is None)
    assert not unresolved
    missing = {fold_name(constant_by_token(int(t), int(n)).name) for t, n in tokens
               if constant_by_token(int(t), int(n)).value is None}
    assert missing == set(), "corpus constants without a value"


def test_every_corpus_command_token_resolves():
    numbers = set()
    for path in _corpus_files():
        for _name, num in TOKEN_C.findall(path.read_text(encoding="utf-8", errors="replace")):
            numbers.add(int(num))
    assert len(numbers) > 500
    assert sorted(n for n in numbers if command_by_number(n) is None) == []


# ----------------------------------------------------------------------------- loader
def test_load_is_lazy():
    """Importing the catalogue reads no table; the first lookup loads them (no timing here:
    tests never assert durations; bench/ measures start-up)."""
    code = (
        "from fourd.runtime import catalog\n"
        "assert catalog._tables is None\n"
        "assert catalog.command_by_name('String').number == 10\n"
        "assert catalog._tables is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_package_is_self_contained():
    src = Path(catalog.__file__).read_text(encoding="utf-8")
    assert "/work/shared" not in src and "shared/" not in src
    folder = Path(catalog.__file__).parent
    assert (folder / "commands.tsv").is_file() and (folder / "constants.tsv").is_file()
