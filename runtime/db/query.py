"""The ORDA query language (DataClass.query(), EntitySelection.query(), docs "queryString")
parsed into a small tree; `compile.py` turns the tree into SQL.

Grammar (keywords and comparators in any case):
    query      := orExpr [ "order by" path [asc|desc] { "," path [asc|desc] } ]
    orExpr     := andExpr { ("or" | "|" | "||") andExpr }
    andExpr    := notExpr { ("and" | "&" | "&&") notExpr }
    notExpr    := "not" notExpr | "(" orExpr ")" | condition
    condition  := operand comparator value | "eval(" formula ")" | formulaPlaceholder
    comparator := = == === IS != # !== "IS NOT" < > <= >= IN %
    value      := 'text' | "text" | number | true | false | null | YYYY-MM-DD | :n | :name
                  | "[" value {"," value} "]" | a bare word

Decisions: parsed queries, sort criteria and paths are cached by their text (shared trees:
nothing may change them); "and" binds tighter than "or" (as in SQL); a bare word value is text; `:1` placeholders
count from 1 and `:name` ones come from querySettings.parameters (or .attributes for a path);
a syntax error is a 4D error (errors.ERR_QUERY_SYNTAX) naming the offending token.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .db_errors import query_error


@dataclass
class Path:
    parts: list                       # attribute names
    links: list = field(default_factory=list)   # per part: None, "" ([] collection) or a letter
    placeholder: object = None        # an attribute placeholder (index or name) to resolve


@dataclass
class Value:
    kind: str                         # "const", "param", "list", "null"
    value: object = None


@dataclass
class Cmp:
    path: Path
    op: str                           # =, ===, #, !==, <, >, <=, >=, in, %
    value: Value


@dataclass
class Formula:
    source: str | None = None         # eval(...) text
    placeholder: object = None        # :1 / :name holding a 4D.Function


@dataclass
class BoolOp:
    op: str                           # "and" / "or"
    items: list


@dataclass
class Not:
    item: object


@dataclass
class Query:
    where: object                     # None: no condition (only "order by")
    order: list                       # [(Path, descending)]


_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<str>'[^']*'|"(?:[^"\\]|\\.)*")
  | (?P<ph>:(?:\d+|[A-Za-z_][\w.]*))
  | (?P<op>===|!==|==|!=|<=|>=|&&|\|\||[=#<>%&|(),\[\]])
  | (?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w-]))
  | (?P<date>\d{4}-\d{2}-\d{2}(?![\w]))
  | (?P<word>[^\s()=#<>%&|,!\[\]'"]+(?:\[[A-Za-z]?\][^\s()=#<>%&|,!'"]*)*)
""", re.X)

_COMPARATORS = {"=": "=", "==": "=", "===": "===", "#": "#", "!=": "#", "!==": "!==",
                "<": "<", ">": ">", "<=": "<=", ">=": ">=", "%": "%"}


def tokenize(text: str):
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise query_error(f"unexpected character '{text[pos]}' at position {pos + 1}", text)
        kind = m.lastgroup
        tok = m.group(kind)
        if kind != "ws":
            out.append((kind, tok, pos))
        pos = m.end()
        if kind == "word" and tok.lower() == "eval" and text[pos:pos + 1] == "(":
            end = _matching_paren(text, pos)
            if end < 0:
                raise query_error("eval( without its closing parenthesis", text)
            out[-1] = ("eval", text[pos + 1:end], out[-1][2])
            pos = end + 1
    out.append(("end", "", len(text)))
    return out


def _matching_paren(text: str, start: int) -> int:
    depth, i, quote = 0, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0

    def peek(self, k=0):
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def word_is(self, *words, k=0) -> bool:
        kind, tok, _ = self.peek(k)
        return kind == "word" and tok.lower() in words

    def fail(self, what: str):
        kind, tok, pos = self.peek()
        shown = "the end of the query" if kind == "end" else f"'{tok}'"
        raise query_error(f"{what}, found {shown} at position {pos + 1}", self.text)

    def expect_op(self, op):
        kind, tok, _ = self.peek()
        if kind == "op" and tok == op:
            self.take()
            return
        self.fail(f"'{op}' expected")

    # -- grammar -----------------------------------------------------------------------
    def query(self) -> Query:
        where = None
        if not self.word_is("order"):
            where = self.or_expr()
        order = []
        if self.word_is("order"):
            self.take()
            if not self.word_is("by"):
                self.fail("'by' expected after 'order'")
            self.take()
            while True:
                path = self.path()
                desc = False
                if self.word_is("asc", "desc"):
                    desc = self.take()[1].lower() == "desc"
                order.append((path, desc))
                kind, tok, _ = self.peek()
                if kind == "op" and tok == ",":
                    self.take()
                    continue
                break
        if self.peek()[0] != "end":
            self.fail("end of the query expected")
        return Query(where, order)

    def or_expr(self):
        items = [self.and_expr()]
        while True:
            kind, tok, _ = self.peek()
            if kind == "op" and tok in ("|", "||") or self.word_is("or"):
                self.take()
                items.append(self.and_expr())
            else:
                break
        return items[0] if len(items) == 1 else BoolOp("or", items)

    def and_expr(self):
        items = [self.not_expr()]
        while True:
            kind, tok, _ = self.peek()
            if kind == "op" and tok in ("&", "&&") or self.word_is("and"):
                self.take()
                items.append(self.not_expr())
            else:
                break
        return items[0] if len(items) == 1 else BoolOp("and", items)

    def not_expr(self):
        if self.word_is("not"):
            self.take()
            return Not(self.not_expr())
        kind, tok, _ = self.peek()
        if kind == "op" and tok == "(":
            self.take()
            inner = self.or_expr()
            self.expect_op(")")
            return inner
        return self.condition()

    def condition(self):
        kind, tok, _ = self.peek()
        if kind == "eval":
            self.take()
            return Formula(source=tok)
        if kind == "ph" and not self.is_comparator(1):
            self.take()
            return Formula(placeholder=_placeholder(tok))
        path = self.path()
        op = self.comparator()
        value = self.value(op)
        return Cmp(path, op, value)

    def is_comparator(self, k=0) -> bool:
        kind, tok, _ = self.peek(k)
        if kind == "op" and tok in _COMPARATORS:
            return True
        return kind == "word" and tok.lower() in ("in", "is")

    def comparator(self) -> str:
        kind, tok, _ = self.peek()
        if kind == "op" and tok in _COMPARATORS:
            self.take()
            return _COMPARATORS[tok]
        if self.word_is("in"):
            self.take()
            return "in"
        if self.word_is("is"):
            self.take()
            if self.word_is("not"):
                self.take()
                return "!=="
            return "==="
        self.fail("a comparator (=, #, <, >, IN…) expected")

    def path(self) -> Path:
        kind, tok, _ = self.take()
        if kind == "ph":
            return Path([], [], _placeholder(tok))
        if kind != "word":
            self.i -= 1
            self.fail("an attribute path expected")
        return parse_path(tok, self.text)

    def value(self, op: str) -> Value:
        kind, tok, _ = self.take()
        if kind == "str":
            body = tok[1:-1]
            if tok[0] == '"':
                body = body.replace('\\"', '"')
            return Value("const", body)
        if kind == "ph":
            return Value("param", _placeholder(tok))
        if kind == "num":
            return Value("const", float(tok) if any(c in tok for c in ".eE") else int(tok))
        if kind == "date":
            from ..values import Date4D
            return Value("const", Date4D(int(tok[:4]), int(tok[5:7]), int(tok[8:10])))
        if kind == "op" and tok == "[":
            items = []
            while True:
                kind2, tok2, _ = self.peek()
                if kind2 == "op" and tok2 == "]":
                    self.take()
                    break
                items.append(self.value(op).value)
                kind2, tok2, _ = self.peek()
                if kind2 == "op" and tok2 == ",":
                    self.take()
            return Value("list", items)
        if kind == "word":
            low = tok.lower()
            if tok in ("true", "false"):
                return Value("const", tok == "true")
            if low == "null":
                return Value("null")
            return Value("const", tok)
        self.i -= 1
        self.fail("a value expected")


_SEGMENT = re.compile(r"([^.\[\]{}]+)(?:\[([A-Za-z]?)\]|\{(\d+)\})?")


@functools.lru_cache(maxsize=512)
def parse_path(text: str, query_text: str = "") -> Path:
    """`employer.name`, `extra.hobbies[].name`, `hobbies[a].level`, `roles.actor{2}.name`."""
    parts, links = [], []
    for seg in text.split("."):
        m = _SEGMENT.fullmatch(seg)
        if m is None:
            raise query_error(f"invalid attribute path '{text}'", query_text or text)
        parts.append(m.group(1))
        links.append(m.group(2) if m.group(2) is not None else
                     ("{" + m.group(3) + "}" if m.group(3) else None))
    return Path(parts, links)


def _placeholder(tok: str):
    body = tok[1:]
    return int(body) if body.isdigit() else body


@functools.lru_cache(maxsize=512)
def parse_query(text: str) -> Query:
    return _Parser(text).query()


@functools.lru_cache(maxsize=256)
def parse_order(text: str) -> list:
    """`orderBy("firstName asc, salary desc")`."""
    out = []
    for item in text.split(","):
        words = item.split()
        if not words:
            continue
        if len(words) > 2 or len(words) == 2 and words[1].lower() not in ("asc", "desc"):
            raise query_error(f"invalid sort criterion '{item.strip()}'", text)
        out.append((parse_path(words[0], text), len(words) == 2 and words[1].lower() == "desc"))
    return tuple(out)
