"""XML DOM commands (runtime/commands/xml_dom.py) and their XPath subset
(runtime/commands/_xpath.py): documents on disk (DOM Parse XML source, DOM EXPORT TO FILE),
safety (no external entity, no Python exception whatever the input) and XPath details.
Scripts run as lone .4dm files in a pytest temporary folder: nothing is written elsewhere."""
from __future__ import annotations

import random
import textwrap
from xml.dom import minidom

import pytest

from conftest import run_fourd
from fourd.runtime.commands import _xpath
from fourd.runtime.commands import xml_dom as X
from fourd.runtime.commands.registry import lookup
from fourd.runtime.errors import FourDError
from fourd.runtime.values import Date4D, Time4D


def run(tmp_path, code):
    script = tmp_path / "t.4dm"
    script.write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    rc, out, err = run_fourd("run", str(script))
    assert "Traceback (most recent call last)" not in err, err
    assert rc == 0, err
    return out.splitlines()


def test_commands_registered_by_name_and_number():
    for name, number in [("DOM Find XML element", 864), ("DOM GET XML ELEMENT VALUE", 731),
                         ("DOM GET XML ATTRIBUTE BY NAME", 728), ("DOM SET XML ATTRIBUTE", 866),
                         ("DOM Find XML element by ID", 1010), ("DOM GET XML ELEMENT NAME", 730),
                         ("DOM CLOSE XML", 722), ("DOM Create XML element", 865),
                         ("DOM Get next sibling XML element", 724), ("DOM Create XML Ref", 861),
                         ("DOM Parse XML variable", 720), ("DOM Parse XML source", 719),
                         ("DOM EXPORT TO VAR", 863), ("DOM SET XML ELEMENT VALUE", 868),
                         ("DOM Get first child XML element", 723),
                         ("DOM Get parent XML element", 923), ("DOM Count XML elements", 726),
                         ("DOM Get XML element", 725), ("DOM REMOVE XML ELEMENT", 869),
                         ("DOM GET XML ATTRIBUTE BY INDEX", 729),
                         ("DOM Count XML attributes", 727), ("DOM REMOVE XML ATTRIBUTE", 1084),
                         ("DOM Get Root XML element", 1053), ("DOM Append XML child node", 1080),
                         ("DOM Append XML element", 1082), ("XML SET OPTIONS", 1090)]:
        cmd = lookup(name)
        assert cmd is not None and cmd.number == number, name
        assert lookup("", number) is cmd


def test_export_to_file_then_parse_source(tmp_path):
    target = tmp_path / "out.xml"
    out = run(tmp_path, f"""
        var $root; $ref; $v : Text
        $root:=DOM Create XML Ref("Root")
        DOM SET XML ELEMENT VALUE(DOM Create XML element($root; "Elem1"); "Hello")
        DOM EXPORT TO FILE($root; "{target}")
        ALERT(String(OK))
        DOM CLOSE XML($root)
        $ref:=DOM Parse XML source("{target}")
        DOM GET XML ELEMENT VALUE(DOM Find XML element($ref; "/Root/Elem1"); $v)
        ALERT(String(OK)+" "+$v)
        DOM CLOSE XML($ref)
        // a relative path is next to the structure file: here, the script's folder
        $ref:=DOM Parse XML source("out.xml")
        ALERT(String(OK))
        DOM CLOSE XML($ref)
    """)
    assert out == ["1", "1 Hello", "1"]
    assert target.read_bytes() == (b'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
                                   b'<Root>\n  <Elem1>Hello</Elem1>\n</Root>\n')


def test_parse_source_errors(tmp_path):
    (tmp_path / "bad.xml").write_text("<a><b></a>", encoding="utf-8")
    out = run(tmp_path, f"""
        var $ref : Text
        Try($ref:=DOM Parse XML source("{tmp_path / 'missing.xml'}"))
        ALERT(String(OK)+" "+String(Last errors[0].errCode))
        Try($ref:=DOM Parse XML source("bad.xml"))
        ALERT(String(OK)+" "+String(Last errors[0].errCode))
        $ref:=DOM Parse XML source("")
        ALERT(String(OK))
        Try(DOM EXPORT TO FILE(DOM Create XML Ref("r"); "{tmp_path / 'no' / 'such' / 'dir.xml'}"))
        ALERT(String(OK)+" "+String(Last errors[0].errCode))
    """)
    assert out == ["0 -43", "0 -10980", "0", "0 -43"]


def test_export_blob_with_bom_and_utf16(tmp_path):
    out = run(tmp_path, """
        var $root : Text
        var $blob : Blob
        $root:=DOM Create XML Ref("r")
        XML SET OPTIONS($root; XML BOM; XML enabled)
        DOM EXPORT TO VAR($root; $blob)
        ALERT(String($blob{0})+" "+String($blob{1})+" "+String($blob{2})+" "+String($blob{3}))
        DOM SET XML DECLARATION($root; "UTF-16")
        XML SET OPTIONS($root; XML BOM; XML disabled)
        DOM EXPORT TO VAR($root; $blob)
        ALERT(Convert to text($blob; "UTF-16BE"))
        $root:=DOM Parse XML variable($blob)
        ALERT(String(OK))
    """)
    assert out[0] == "239 187 191 60"
    assert out[1].startswith('<?xml version="1.0" encoding="UTF-16" standalone="no" ?>')
    assert out[2] == "<r/>" and out[-1] == "1"


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<r>&x;</r>')
    tree = X._parse(xml, "test")
    text = X.serialize(tree)
    assert "TOP SECRET" not in text


@pytest.mark.parametrize("data", [
    "", " ", "<", "<a", "<a>", "</a>", "<a></b>", "<?xml?>", "<a b=1/>", "<a>&bogus;</a>",
    "\x00", "<a>\x01</a>", "<!DOCTYPE", "<a xmlns:p='u'><p:b/></a><c/>", b"\xff\xfe<\x00a\x00",
    b"\xff\xfe", b"<?xml version='1.0' encoding='klingon'?><a/>", "<a/>" * 3, "<<<>>>",
])
def test_malformed_input_is_a_4d_error(data):
    try:
        X.dom_parse_xml_variable(data)
    except FourDError as e:
        assert e.code == X.ERR_XML_PARSE
        assert e.message.startswith("DOM Parse XML variable:")


def test_random_xpaths_never_raise_python_errors():
    root = X.dom_parse_xml_variable("<r a='1'><b>x<c/>y</b><b id='2'><![CDATA[z]]></b></r>")
    rnd = random.Random(7)
    alphabet = ["b", "c", "r", "@a", "@id", "/", "//", "[", "]", "(", ")", "1", "2", "'x'", "=",
                "!=", "<", ">", "and", "or", "*", ".", "..", "|", "last()", "position()",
                "text()", "node()", "count(b)", "contains(.,'x')", "-", "+", " ", ",", "::",
                "child", "div", "mod", "not(", "\"", "$"]
    for _ in range(3000):
        expr = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 8)))
        try:
            X.dom_find_xml_element(root, expr)
        except FourDError as e:
            assert e.code == X.ERR_XML_XPATH, (expr, e.message)
    X.dom_close_xml(root)


def _nodes(expr, xml="<r><a n='1'>x</a><a n='2'>y<b/></a><c/><a n='3'>z</a></r>"):
    doc = minidom.parseString(xml)
    return [n.nodeName + ("=" + _xpath.string_value(n) if n.nodeType != 1 else "")
            for n in _xpath.select(doc.documentElement, expr)]


@pytest.mark.parametrize("expr, expected", [
    ("a[2]", ["a"]), ("a[position()>1]", ["a", "a"]), ("a[last()-1]/@n", ["n=2"]),
    ("a[@n>=2 and @n<3]/b", ["b"]), ("a[not(@n='1')]/@n", ["n=2", "n=3"]),
    ("a[starts-with(.,'y')]/@n", ["n=2"]), ("*[self::c]", ["c"]),
    ("a[1]/following-sibling::*", ["a", "c", "a"]), ("c/preceding-sibling::a[1]/@n", ["n=2"]),
    ("//b/ancestor::*", ["r", "a"]), ("descendant::b/..", ["a"]), ("a[count(b)=1]/@n", ["n=2"]),
    ("a[string-length(.)=1]/@n", ["n=1", "n=2", "n=3"]), ("//a[@n=2]|//c", ["a", "c"]),
    ("a[normalize-space(' z ')=.]/@n", ["n=3"]), ("a[. = 'x' or . = 'z']/@n", ["n=1", "n=3"]),
    ("a[number(@n) mod 2 = 1]/@n", ["n=1", "n=3"]), ("a[@n * 2 = 4]/@n", ["n=2"]),
    ("a[substring-after('k=3','=')=@n]/@n", ["n=3"]), ("nothing", []), ("/r/a[9]", []),
    ("a[translate(., 'xyz', 'XYZ') = 'Y']/@n", ["n=2"]), ("a[concat(@n,'!')='1!']", ["a"]),
])
def test_xpath_subset(expr, expected):
    assert _nodes(expr) == expected


def test_xpath_values():
    doc = minidom.parseString("<r><p>1</p><p>2.5</p></r>")
    assert _xpath.evaluate(doc.documentElement, "sum(p)") == 3.5
    assert _xpath.evaluate(doc.documentElement, "count(//p) = 2") is True
    assert _xpath.evaluate(doc.documentElement, "name(p[2])") == "p"
    assert _xpath.evaluate(doc.documentElement, "round(2.5) + floor(-1.5) + ceiling(0.2)") == 2
    with pytest.raises(_xpath.XPathError):
        _xpath.evaluate(doc.documentElement, "nosuch()")


@pytest.mark.parametrize("text, like, expected", [
    ("12,5", 0.0, 12.5), ("1e3", 0.0, 1000.0), ("-7.5", 0, -8), ("abc", 0, 0),
    ("TRUE", False, True), ("0", False, False), ("x", None, "x"),
    ("2020-02-29T23:59:00Z", Date4D(), Date4D(2020, 2, 29)), ("13/45/99", Date4D(), Date4D()),
    ("PT1H", Time4D(0), Time4D(3600)), ("-90", Time4D(0), Time4D(-90)),
    ("12:30", Time4D(0), Time4D(45000)), ("not json", X.NULL, X.NULL),
])
def test_typed_values(text, like, expected):
    v = X.typed_value(text, like)
    assert v == expected and type(v) is type(expected)


def test_typed_value_object_variable():
    v = X.typed_value('{"a":[1,2]}', X.NULL)
    assert isinstance(v, X.Obj) and list(v["a"]) == [1, 2]


def test_xml_text_of_values():
    assert X.xml_text(True) == "true" and X.xml_text(2.0) == "2" and X.xml_text(0.5) == "0.5"
    assert X.xml_text(Date4D(2006, 12, 4)) == "2006-12-04"
    assert X.xml_text(Time4D(5233)) == "0000-00-00T01:27:13"
    assert X.xml_text(bytearray(b"Hi")) == "SGk="
    assert X.xml_text(None) == ""


def test_references_are_shared_between_processes(tmp_path):
    out = run(tmp_path, """
        #DECLARE($mode : Text; $ref : Text)
        If ($mode="worker")
            var $v : Text
            DOM GET XML ELEMENT VALUE($ref; $v)
            Use (Storage)
                Storage.result:=$v
            End use
            return
        End if
        var $root : Text
        $root:=DOM Parse XML variable("<r>shared</r>")
        CALL WORKER("w"; "t"; "worker"; $root)
        var $i : Integer
        While (Storage.result=Null) & ($i<200)
            DELAY PROCESS(Current process; 1)
            $i:=$i+1
        End while
        ALERT(String(Storage.result))
    """)
    assert out == ["shared"]


def test_random_documents_export_is_stable():
    """Parse, export, parse the export again: the second export is the same text; every
    command reading the tree answers without a Python exception."""
    rnd = random.Random(11)
    pieces = ["<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", " ", "\n  ", "&amp;", "&lt;",
              "<![CDATA[x]]>", "<!--c-->", "<?p d?>", "<n:e xmlns:n='u'/>", "é", "\t"]
    parsed = 0
    for _ in range(400):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        try:
            root = X.dom_parse_xml_variable("<r>" + body + "</r>")
        except FourDError as e:
            assert e.code == X.ERR_XML_PARSE
            continue
        parsed += 1
        tree = X._nodes[root][0]
        first = X.serialize(tree)
        again = X.dom_parse_xml_variable(first)
        assert X.serialize(X._nodes[again][0]) == first, body
        for ref in [root] + [X._ref(tree, n) for n in _xpath.select(tree.doc, "//*")]:
            X.dom_count_xml_attributes(ref)
            X.dom_get_first_child_xml_element(ref)
            X.dom_get_next_sibling_xml_element(ref)
            X.dom_get_xml_element_value(ref)
            X.dom_find_xml_element(ref, "..")
        X.dom_close_xml(root)
        X.dom_close_xml(again)
    assert parsed > 50
