"""The fast parser (grammar/fastparse.py) builds exactly lark's trees for fourd.lark, or rejects
the text so that lark decides. Checked on every .4dm file of the repository and the corpus,
on tricky spellings, and on generated programs (hypothesis)."""
import os
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from lark import Token, Tree

from fourd.grammar import fastparse, parser

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = int(os.environ.get("FOURD_FUZZ_EXAMPLES", "2000"))

# texts the fast parser leaves to lark on purpose (see fastparse.py)
LEFT_TO_LARK = {"Begin SQL", "nesting"}


def _difference(a, b, path="start"):
    """None when both trees are equal, tokens included with their positions."""
    if isinstance(a, Tree):
        if not isinstance(b, Tree) or a.data != b.data or len(a.children) != len(b.children):
            return f"{path}: {a!r:.160} != {b!r:.160}"
        for k, (x, y) in enumerate(zip(a.children, b.children)):
            found = _difference(x, y, f"{path}/{a.data}[{k}]")
            if found:
                return found
        return None
    if isinstance(a, Token):
        where = ("type", "value", "line", "column", "start_pos", "end_line", "end_column",
                 "end_pos")
        if not isinstance(b, Token) or any(getattr(a, w) != getattr(b, w) for w in where):
            return f"{path}: {[getattr(a, w) for w in where]} != " \
                   f"{[getattr(b, w, None) for w in where]}"
        return None
    return None if a is b else f"{path}: {a!r} != {b!r}"


def _lark_tree(clean):
    lark, _ = parser.get_parser()
    try:
        return lark.parse(clean)
    except Exception:  # noqa: BLE001 - any lark error: the text is not 4D
        return None


def _prepare(text):
    """What parser.parse gives both parsers: no BOM, lone CRs as LFs, block comments blanked."""
    text = text[1:] if text.startswith("\ufeff") else text
    return parser.strip_block_comments(parser._LONE_CR.sub("\n", text))


def compare(text):
    """'same', 'both reject' or 'left to lark'; fails on any disagreement."""
    clean = _prepare(text)
    parser._get_splitter()
    expected = _lark_tree(clean)
    try:
        got = fastparse.parse(clean, parser._words)
    except fastparse.Reject:
        if expected is None:
            return "both reject"
        return "left to lark"
    assert expected is not None, f"the fast parser accepts what lark rejects: {text!r:.300}"
    diff = _difference(expected, got)
    assert diff is None, f"{diff}\n  in {text!r:.300}"
    return "same"


def _files(*roots):
    out = []
    for root in roots:
        out += sorted(root.rglob("*.4dm"))
    return out


def test_every_repository_file_parses_the_same():
    results = {}
    for path in _files(ROOT / "tests", ROOT / "samples", ROOT / "bench"):
        results[path] = compare(path.read_text(encoding="utf-8", errors="replace"))
    assert len(results) > 1000
    left = [p for p, r in results.items() if r == "left to lark"]
    # Begin SQL cases and the 512-level nesting case
    assert len(left) <= 4, left


def test_every_corpus_file_parses_the_same():
    files = _files(CORPUS) if CORPUS.is_dir() else []
    if not files:
        pytest.skip("corpus of real 4D code not available")
    results = [compare(p.read_text(encoding="utf-8", errors="replace")) for p in files]
    assert results.count("same") >= len(files) - 3, \
        f"{results.count('left to lark')} left to lark, {results.count('both reject')} rejected"


TRICKY = [
    "$a:=$b?+1\n", "$a:=$b ? 1 : 2\n", "$a:=$c?1:2\n", "$o.2D:=1\n", "$a:=$o.5\n",
    "$a-=1\n", "$a*=2\n", "$a/=2 //c\n", "$a:=[[1;2];[3]]\n", "$a:=[[T]F]\n", "$t[[1]]:=\"x\"\n",
    "$a:=[[1;2][1]+3;4]\n", "$p->[1]:=2\n", "$p->:=3\n", "$x:=->$p\n", "$x:=-$b-(-3)\n",
    "$x:=+$b\n", "Function f()->$r : Text\n", "Function get a() : 4D.File\n",
    "$a#DECLARE\n", "#DECLARE($a : Text; ... : Integer) -> $r : Object\n", "#declare\n",
    "$a:=<>b\n", "$a:=$b<>$c\n", "$a:=!2020-01-01!+?12:00:00?\n", "$a:=? 12 : 00 ?\n",
    "$a:=1 \\\n+2\n", "// a \\\ncontinued comment\n$a:=1\n", "$a:=1\r$b:=2\r\n$c:=3\n",
    "\ufeff$a:=1\n", "$a:=\"x\\\"y\"\n", "$a:=\"unclosed\n", "$a:=1 ; \n", "var $a, $b:=3\n",
    "var $a;\n", "property while : Text\n", "shared Function f()\n",
    "singleton Class constructor($a)\n", "Class extends Blob\n", "$o:={a: 1; \"b\": 2; while: 3}\n",
    "$o:={}\n$c:=[]\n", "SORT ARRAY($a;>;*)\n", "f(*=2)\n", "$x:=Try($a:=1)\nTry($a)\n",
    "Try\n$a:=1\nCatch\nEnd try\n", "If (a)\n;\nEnd if\n", ";\n", "If ($a) x\nEnd if\n",
    "Case of \n: (a)\nElse \nEnd case \n", "For each ($e;$c;1;2) Until (x)\nEnd for each While (y)\n",
    "Begin SQL\nselect 1\nEnd SQL\n", "$a:=1e5+.5+1.+0x1F+0xZ\n", "$a:=3D\n", "$a:=a 12\n",
    "Is text:K8:3\n", "$a:=Length:C16(\"x\")\n", "ALERT(String:C10(1)+\"x\")\n",
    "[Table_1]Field_2:=1\n", "$a:=$b[Name]x\n", "${1}:=2\n", "$a:=$1+${2}\n", "$a:=$\n",
    "$a:=1\u00a0+\u00a02\n", "$a:=b\ufeffc\n", "$a:=\u00b5\n", "@\n", "$a:=$b ^| $c << 2 >> 1 % 3\n",
    "$a:=($b:=3)\n", "$a:=(1;2)\n", "If (True) & (False) | Not(x)\nEnd if\n", "$a:=!2020-01\n",
    "$a:=$b & \n", "/* open\n", "$a:=1 /* x */ + 2\n", "repeat\nuntil (true)\n", "return\n",
    "return $x\nbreak\ncontinue\n", "End if\n", "Else\n", "$p->b->c:=1\n", "$a:=$o.f()[1].g",
    "$a:=b\t\t \n\n\n  \t$c:=d  ", "$a:=$b>=$c<=$d=$e#$f>$g<$h\n", "f(>;<;*)\n", "f(>=)\n",
    # older real syntax
    "QUERY([T]; & ;[T]F=1;*)\n", "QUERY([T]; | ;[T]F;=;-$v;*)\n", "QUERY([T];[T]F;>=7)\n",
    "QUERY([T:1];[T:1]F:2;#;0)\n", "f(&&;||;<$a;>b;=;<=\"x\")\n", "f(& 1)\n",
    "$a:=[Colegio:31]Rol Base Datos:9\n", "$a:=[T]Rol Base\n", "$p:=->[T:1]A B:2\n",
    "$a:=$b ?? 64 bit version:K5:25\n", "$a:=64 bit\n", "$a:=1 x:K1\n",
    "0xDev_Seleccion(1)\n", "$a:=0xABg+0xAB\n", "exposed onHTTPGet Function f()\n",
    "var ${2} : Text\n", "var $a; ${3}\n", "$a:=$b<<>c\n", "$a:=$b << $c\n", "$a:=<>b<<>c\n",
    "$a:=:C1776\n", "$a:=:C1776($b; :K5:25)\n", "$x:= :C12\n", "Case of\n:C12\nEnd case\n",
    ":C12\n", "$a:=$b ? 1 :C2\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_spellings(text):
    compare(text)


# ------------------------------------------------------------------------------ generated
_names = st.sampled_from(["$a", "$b1", "$é", "vX", "<>ip", "${2}", "$1", "This", "Current date",
                          "Is text:K8:3", "String:C10", "[T]F", "Null", "True"])
_literals = st.sampled_from(["1", "2.5", ".5", "1e3", "0xFF", '"x"', '"a\\"b"', "!2024-01-02!",
                             "?12:00:00?"])
_operators = st.sampled_from(["+", "-", "*", "/", "\\", "%", "^", "^|", "<<", ">>", "?+", "?-",
                              "??", "=", "#", "<", ">", "<=", ">=", "&", "|", "&&", "||"])
_space = st.sampled_from(["", " ", "\t"])


def _expressions():
    leaves = st.one_of(_names, _literals)

    def extend(inner):
        return st.one_of(
            st.tuples(inner, _space, _operators, _space, inner).map("".join),
            st.tuples(st.sampled_from(["-", "+", "->"]), inner).map("".join),
            inner.map(lambda e: f"({e})"),
            st.tuples(inner, st.sampled_from([".a", ".b()", "[1]", "{2}", "[[3]]", "->",
                                              "->x", "->[1]"])).map("".join),
            st.lists(inner, max_size=3).map(lambda es: "f(" + ";".join(es) + ")"),
            st.lists(inner, max_size=3).map(lambda es: "[" + ";".join(es) + "]"),
            st.lists(inner, max_size=2).map(
                lambda es: "{" + ";".join(f"k{i}: {e}" for i, e in enumerate(es)) + "}"),
            st.tuples(inner, inner, inner).map(lambda t: f"{t[0]} ? {t[1]} : {t[2]}"),
        )
    return st.recursive(leaves, extend, max_leaves=8)


def _statements():
    e = _expressions()
    simple = st.one_of(
        st.tuples(_names, st.sampled_from([":=", "+=", "-=", "*=", "/="]), e).map(
            lambda t: f"{t[0]}{t[1]}{t[2]}"),
        e, st.just("var $x : Integer:=3"), st.just("return"), e.map(lambda x: f"return {x}"),
    )

    def blocks(inner):
        body = st.lists(inner, max_size=3).map(lambda ss: "".join(s + "\n" for s in ss))
        return st.one_of(
            st.tuples(e, body, body).map(lambda t: f"If ({t[0]})\n{t[1]}Else\n{t[2]}End if"),
            st.tuples(e, body).map(lambda t: f"While ({t[0]})\n{t[1]}End while"),
            st.tuples(e, body).map(lambda t: f"Case of\n: ({t[0]})\n{t[1]}End case"),
            st.tuples(body, e).map(lambda t: f"Repeat\n{t[0]}Until ({t[1]})"),
            st.tuples(e, body).map(lambda t: f"For ($i;1;{t[0]})\n{t[1]}End for"),
        )
    return st.recursive(simple, blocks, max_leaves=6)


@settings(max_examples=EXAMPLES // 5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_statements(), min_size=1, max_size=4))
def test_generated_programs(statements):
    compare("\n".join(statements) + "\n")


@settings(max_examples=EXAMPLES // 5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_statements(), min_size=1, max_size=3), st.data())
def test_mutated_programs(statements, data):
    """Cut, doubled or dropped characters: both parsers still agree (often: both reject)."""
    text = "\n".join(statements) + "\n"
    for _ in range(data.draw(st.integers(1, 3))):
        k = data.draw(st.integers(0, len(text)))
        how = data.draw(st.sampled_from(["drop", "double", "insert"]))
        if how == "drop":
            text = text[:k] + text[k + 1:]
        elif how == "double":
            text = text[:k] + text[k:k + 1] * 2 + text[k + 1:]
        else:
            text = text[:k] + data.draw(st.sampled_from(list("[]();:.-+<>?!$\"/\\ \n*=#{}"))) \
                + text[k:]
    compare(text)


# ------------------------------------------------------------------------------ comments
def _reference_strip(text):
    """The character-by-character definition of block-comment blanking."""
    out, i, n, depth = [], 0, len(text), 0
    while i < n:
        c = text[i]
        if depth:
            if text.startswith("/*", i):
                depth, i = depth + 1, i + 2
                out.append("  ")
            elif text.startswith("*/", i):
                depth, i = depth - 1, i + 2
                out.append("  ")
            else:
                out.append(c if c in "\r\n" else " ")
                i += 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] not in '"\r\n':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = i
            while j < n and text[j] not in "\r\n":
                j += 1
            out.append(text[i:j])
            i = j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            out.append("  ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(["/*", "*/", "//", '"', "\\", "\n", "\r\n", "x", " ", "$a"]),
                max_size=30))
def test_block_comment_blanking(pieces):
    text = "".join(pieces)
    assert parser.strip_block_comments(text) == _reference_strip(text)


# ------------------------------------------------------------------------------ parse()
def test_project_method_names_with_spaces(monkeypatch):
    """Multi-word method names of the project split word runs; changing the project's names
    between two texts is seen by the fast path's word cache."""
    text = "Use data\n$a:=Genealogy of($x)\n"
    names = ["Use data", "Genealogy of"]
    fast = parser.parse(text, names)
    assert fast.children[0].children[0].children[0] == "Use data"     # a call, not a Use block
    monkeypatch.setattr(parser, "_FAST", False)
    assert _difference(parser.parse(text, names), fast) is None
    monkeypatch.setattr(parser, "_FAST", True)
    with pytest.raises(parser.SyntaxError4D):                         # `Use` without `End use`
        parser.parse(text)
    assert _difference(parser.parse(text, names), fast) is None


def test_syntax_errors_come_from_lark():
    with pytest.raises(parser.SyntaxError4D) as e:
        parser.parse("If (True)\n$a:=1\n")
    assert "the If block at line 1 is not closed" in e.value.message


def test_lone_carriage_returns_count_as_lines():
    tree = parser.parse("$a:=1\r$b:=2\r\n$c:=3\r")
    assert [s.children[0].children[0].line for s in tree.children] == [1, 2, 3]


def test_character_classes_match_the_grammar():
    """fastparse spells fourd.lark's name classes as negated sets: same code points."""
    import re
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for grammar_class, fast_class in [
            (r"[A-Za-z_\u00C0-\U0010FFFF]", fastparse._LETTER),
            (r"[A-Za-z0-9_\u00C0-\U0010FFFF]", fastparse._LETTER_DIGIT),
            (r"[\w\u00C0-\U0010FFFF]", fastparse._WORD_CHAR)]:
        assert re.findall(grammar_class, every) == re.findall(fast_class, every)
