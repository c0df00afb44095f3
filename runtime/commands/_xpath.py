"""The XPath 1.0 subset of the 4D XML DOM commands (DOM Find XML element, DOM SET XML ELEMENT
VALUE with a path), evaluated over xml.dom.minidom trees. Not a command module.

4d/docs dom-find-xml-element.md lists what 4D accepts: `name`, `/`, `//`, `@`, `.`, `..`, `*`,
`@*`, `text()`, `node()`, `local-name()`, `para[1]`, `para[last()]`, `chapter[title="x"]`,
`chapter[title]`, `para[@type="warning"][5]`, `contains(@type,'bg')`, `//title | //price`.
Implemented: the abbreviated and unabbreviated location paths (axes child, descendant,
descendant-or-self, self, parent, ancestor, ancestor-or-self, attribute, following-sibling,
preceding-sibling), predicates, `and`/`or`, comparisons, arithmetic, unions and the XPath 1.0
core functions on nodes and strings. Names are compared as written in the document,
prefix included (`svg:rect`); an element in a default namespace matches its plain name.
A step made only of predicates (`//[@id="a"]`, accepted by 4D's pre-v18 R3 XPath) means `*`.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from xml.dom import Node


class XPathError(Exception):
    """The expression is not valid XPath (the message says where)."""


# ---------------------------------------------------------------- tokens
_NAME = r"[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*"
_TOKEN = re.compile(r"""\s*(?:
    (?P<num>\d+(?:\.\d*)?|\.\d+)
  | (?P<str>"[^"]*"|'[^']*')
  | (?P<op>//|::|\.\.|!=|<=|>=|[/()\[\]@,|=<>+\-*.])
  | (?P<name>""" + _NAME + r"""(?::(?:""" + _NAME + r"""|\*))?)
  )""", re.VERBOSE)
_OPERATOR_NAMES = {"and", "or", "mod", "div"}
_AFTER_OPERAND_EXCLUDED = {"@", "::", "(", "[", ",", "and", "or", "mod", "div", "*", "/", "//",
                           "|", "+", "-", "=", "!=", "<", "<=", ">", ">="}
_NODE_TYPES = {"node", "text", "comment", "processing-instruction"}
_AXES = {"child", "descendant", "descendant-or-self", "self", "parent", "ancestor",
         "ancestor-or-self", "attribute", "following-sibling", "preceding-sibling",
         "following", "preceding", "namespace"}
_REVERSE_AXES = {"ancestor", "ancestor-or-self", "preceding-sibling", "preceding"}


def _tokens(expr: str):
    """[(kind, text)]: kind num/str/op/name, or `oper` for `*`, and/or/mod/div used as
    operators (XPath 1.0 §3.7 disambiguation)."""
    out, pos, n = [], 0, len(expr)
    while pos < n:
        if expr[pos:].strip() == "":
            break
        m = _TOKEN.match(expr, pos)
        if m is None or m.end() == pos:
            raise XPathError(f"unexpected character {expr[pos:].lstrip()[:1]!r} "
                             f"at position {pos + 1}")
        kind = m.lastgroup
        text = m.group(kind)
        prev = out[-1][1] if out else None
        operand_before = prev is not None and prev not in _AFTER_OPERAND_EXCLUDED
        if operand_before and ((kind == "op" and text == "*") or
                               (kind == "name" and text in _OPERATOR_NAMES)):
            kind = "oper"
        out.append((kind, text))
        pos = m.end()
    return out


# ---------------------------------------------------------------- parser
class _Parser:
    def __init__(self, expr):
        self.expr = expr
        self.toks = _tokens(expr)
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def accept(self, text, kind=None):
        k, t = self.peek()
        if t == text and (kind is None or k == kind):
            self.i += 1
            return True
        return False

    def expect(self, text):
        if not self.accept(text):
            got = self.peek()[1]
            raise XPathError(f"{text!r} expected" + (f", found {got!r}" if got else
                                                     " at the end of the expression"))

    def parse(self):
        if not self.toks:
            raise XPathError("empty XPath expression")
        e = self.or_expr()
        if self.i < len(self.toks):
            raise XPathError(f"unexpected {self.peek()[1]!r}")
        return e

    def _binary(self, sub, ops):
        left = sub()
        while True:
            k, t = self.peek()
            if t in ops and (k == "oper" or t not in _OPERATOR_NAMES and t != "*"):
                self.i += 1
                left = (ops[t], t, left, sub())
            else:
                return left

    def or_expr(self):
        return self._binary(self.and_expr, {"or": "bool"})

    def and_expr(self):
        return self._binary(self.eq_expr, {"and": "bool"})

    def eq_expr(self):
        return self._binary(self.rel_expr, {"=": "cmp", "!=": "cmp"})

    def rel_expr(self):
        return self._binary(self.add_expr, {"<": "cmp", ">": "cmp", "<=": "cmp", ">=": "cmp"})

    def add_expr(self):
        return self._binary(self.mul_expr, {"+": "arith", "-": "arith"})

    def mul_expr(self):
        return self._binary(self.unary_expr, {"*": "arith", "div": "arith", "mod": "arith"})

    def unary_expr(self):
        if self.accept("-", "op"):
            return ("neg", self.unary_expr())
        return self.union_expr()

    def union_expr(self):
        left = self.path_expr()
        while self.accept("|"):
            left = ("union", left, self.path_expr())
        return left

    def path_expr(self):
        k, t = self.peek()
        t2 = self.peek(1)[1]
        primary = None
        if k == "num":
            self.i += 1
            primary = ("num", float(t))
        elif k == "str":
            self.i += 1
            primary = ("lit", t[1:-1])
        elif t == "(":
            self.i += 1
            primary = self.or_expr()
            self.expect(")")
        elif k == "name" and t2 == "(" and t not in _NODE_TYPES:
            primary = self.function_call()
        if primary is None:
            return self.location_path()
        preds = self.predicates()
        steps = []
        if self.peek()[1] in ("/", "//"):
            steps = self.relative_steps(self.take()[1])
        if not preds and not steps:
            return primary
        return ("filter", primary, preds, steps)

    def function_call(self):
        name = self.take()[1]
        self.expect("(")
        args = []
        if not self.accept(")"):
            args.append(self.or_expr())
            while self.accept(","):
                args.append(self.or_expr())
            self.expect(")")
        if name not in _FUNCTIONS:
            raise XPathError(f"unknown XPath function {name}()")
        return ("fn", name, args)

    def predicates(self):
        preds = []
        while self.accept("["):
            preds.append(self.or_expr())
            self.expect("]")
        return preds

    def location_path(self):
        t = self.peek()[1]
        if t == "/":
            self.i += 1
            if self._step_starts():
                return ("path", "/", self.relative_steps(None))
            return ("path", "/", [])
        if t == "//":
            self.i += 1
            return ("path", "/", self.relative_steps("//"))
        if not self._step_starts():
            raise XPathError("a location step is expected" +
                             (f", found {t!r}" if t else " at the end of the expression"))
        return ("path", "", self.relative_steps(None))

    def _step_starts(self):
        k, t = self.peek()
        return k == "name" or t in (".", "..", "@", "*", "[")

    def relative_steps(self, first_sep):
        steps = []
        sep = first_sep
        while True:
            if sep == "//":
                steps.append(("descendant-or-self", ("type", "node"), []))
            steps.append(self.step())
            t = self.peek()[1]
            if t in ("/", "//"):
                self.i += 1
                sep = t
            else:
                return steps

    def step(self):
        if self.accept("."):
            return ("self", ("type", "node"), [])
        if self.accept(".."):
            return ("parent", ("type", "node"), [])
        axis = "child"
        if self.accept("@"):
            axis = "attribute"
        elif self.peek()[0] == "name" and self.peek(1)[1] == "::":
            axis = self.take()[1]
            self.i += 1
            if axis not in _AXES:
                raise XPathError(f"unknown axis {axis}::")
        k, t = self.peek()
        if t == "[" and axis == "child":
            test = ("any",)                       # 4D's legacy `//[@attr="v"]`
        elif t == "*" and k in ("op", "oper"):
            self.i += 1
            test = ("any",)
        elif k == "name":
            self.i += 1
            if t in _NODE_TYPES and self.peek()[1] == "(":
                self.i += 1
                arg = None
                if self.peek()[0] == "str":
                    arg = self.take()[1][1:-1]
                self.expect(")")
                test = ("type", t) if arg is None else ("type", t, arg)
            elif t.endswith(":*"):
                test = ("prefix", t[:-2])
            else:
                test = ("name", t)
        else:
            raise XPathError("a node name is expected" +
                             (f", found {t!r}" if t else " at the end of the expression"))
        return (axis, test, self.predicates())


@lru_cache(maxsize=512)
def parse(expr: str):
    """The syntax tree of `expr` (XPathError when it is not valid)."""
    return _Parser(expr).parse()


# ---------------------------------------------------------------- tree helpers
def _parent(n):
    if n.nodeType == Node.ATTRIBUTE_NODE:
        return n.ownerElement
    return n.parentNode


def _children(n):
    return [c for c in n.childNodes if c.nodeType != Node.DOCUMENT_TYPE_NODE]


def _attributes(n):
    if n.nodeType != Node.ELEMENT_NODE:
        return []
    return [a for a in n.attributes.values()
            if a.name != "xmlns" and not a.name.startswith("xmlns:")]


def _descendants(n):
    out = []
    stack = list(reversed(_children(n)))
    while stack:
        c = stack.pop()
        out.append(c)
        if c.nodeType == Node.ELEMENT_NODE:
            stack.extend(reversed(_children(c)))
    return out


def _ancestors(n):
    out = []
    p = _parent(n)
    while p is not None:
        out.append(p)
        p = _parent(p)
    return out


def _siblings(n, following):
    p = _parent(n)
    if p is None or n.nodeType == Node.ATTRIBUTE_NODE:
        return []
    kids = _children(p)
    i = next(k for k, c in enumerate(kids) if c is n)
    return kids[i + 1:] if following else list(reversed(kids[:i]))


def _root(n):
    while True:
        p = _parent(n)
        if p is None:
            return n
        n = p


def _axis(axis, n):
    if axis == "child":
        return _children(n)
    if axis == "descendant":
        return _descendants(n)
    if axis == "descendant-or-self":
        return [n] + _descendants(n)
    if axis == "self":
        return [n]
    if axis == "parent":
        p = _parent(n)
        return [] if p is None else [p]
    if axis == "ancestor":
        return _ancestors(n)
    if axis == "ancestor-or-self":
        return [n] + _ancestors(n)
    if axis == "attribute":
        return _attributes(n)
    if axis == "following-sibling":
        return _siblings(n, True)
    if axis == "preceding-sibling":
        return _siblings(n, False)
    if axis in ("following", "preceding"):
        order = _Order(_root(n))
        k = order.key(n)
        inside = {id(d) for d in _descendants(n)} | {id(a) for a in _ancestors(n)}
        every = [d for d in _descendants(_root(n)) if id(d) not in inside]
        if axis == "following":
            return [d for d in every if order.key(d) > k]
        return list(reversed([d for d in every if order.key(d) < k]))
    return []                                   # namespace axis: no namespace nodes


def _name_matches(node, name):
    return node.nodeName == name


def _test(test, node, axis):
    kind = test[0]
    t = node.nodeType
    principal = Node.ATTRIBUTE_NODE if axis == "attribute" else Node.ELEMENT_NODE
    if kind == "any":
        return t == principal
    if kind == "name":
        return t == principal and _name_matches(node, test[1])
    if kind == "prefix":
        return t == principal and node.nodeName.startswith(test[1] + ":")
    what = test[1]
    if what == "node":
        return True
    if what == "text":
        return t in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)
    if what == "comment":
        return t == Node.COMMENT_NODE
    return t == Node.PROCESSING_INSTRUCTION_NODE and (len(test) < 3 or node.target == test[2])


class _Order:
    """Document order of the nodes of one tree (attributes right after their element)."""

    def __init__(self, root):
        self.keys = {}
        k = 0
        stack = [root]
        while stack:
            n = stack.pop()
            self.keys[id(n)] = k
            k += 1
            for a in _attributes(n):
                self.keys[id(a)] = k
                k += 1
            if n.nodeType in (Node.ELEMENT_NODE, Node.DOCUMENT_NODE):
                stack.extend(reversed(_children(n)))

    def key(self, n):
        return self.keys.get(id(n), -1)


def string_value(n) -> str:
    t = n.nodeType
    if t in (Node.ELEMENT_NODE, Node.DOCUMENT_NODE):
        return "".join(d.data for d in _descendants(n)
                       if d.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE))
    if t == Node.ATTRIBUTE_NODE:
        return n.value
    return getattr(n, "data", "") or ""


# ---------------------------------------------------------------- evaluation
class _Env:
    def __init__(self):
        self.orders = {}

    def sort(self, nodes):
        """Nodes without duplicates, in document order."""
        seen, uniq = set(), []
        for n in nodes:
            if id(n) not in seen:
                seen.add(id(n))
                uniq.append(n)
        if len(uniq) < 2:
            return uniq
        root = _root(uniq[0])
        order = self.orders.get(id(root))
        if order is None:
            order = self.orders[id(root)] = _Order(root)
        return sorted(uniq, key=order.key)


def _to_string(v) -> str:
    if isinstance(v, list):
        return string_value(v[0]) if v else ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if v in (math.inf, -math.inf):
            return "Infinity" if v > 0 else "-Infinity"
        if v == int(v):
            return str(int(v))
        return repr(v)
    return v


def _to_number(v) -> float:
    if isinstance(v, list):
        v = _to_string(v)
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, float):
        return v
    s = v.strip()
    if re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", s):
        return float(s)
    return math.nan


def _to_bool(v) -> bool:
    if isinstance(v, list):
        return bool(v)
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return not math.isnan(v) and v != 0
    return v != ""


_REL = {"<": lambda a, b: a < b, ">": lambda a, b: a > b,
        "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def _compare(op, a, b) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        if isinstance(a, list) and isinstance(b, list):
            bs = [string_value(n) for n in b]
            return any(_compare(op, string_value(n), s) for n in a for s in bs)
        if isinstance(a, list):
            if isinstance(b, bool):
                return _compare(op, _to_bool(a), b)
            return any(_compare(op, string_value(n) if not isinstance(b, float) else
                                _to_number(string_value(n)), b) for n in a)
        if isinstance(a, bool):
            return _compare(op, a, _to_bool(b))
        return any(_compare(op, a, string_value(n) if not isinstance(a, float) else
                            _to_number(string_value(n))) for n in b)
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            r = _to_bool(a) == _to_bool(b)
        elif isinstance(a, float) or isinstance(b, float):
            r = _to_number(a) == _to_number(b)
        else:
            r = a == b
        return r if op == "=" else not r
    return _REL[op](_to_number(a), _to_number(b))


def _eval(e, node, pos, size, env):
    kind = e[0]
    if kind == "path":
        start = [_root(node)] if e[1] == "/" else [node]
        return _steps(start, e[2], env)
    if kind == "lit":
        return e[1]
    if kind == "num":
        return e[1]
    if kind == "filter":
        v = _eval(e[1], node, pos, size, env)
        if e[2] or e[3]:
            if not isinstance(v, list):
                raise XPathError("a predicate or a path needs a node-set")
            v = env.sort(v)
            for p in e[2]:
                v = _filter(v, p, env)
            v = _steps(v, e[3], env)
        return v
    if kind == "union":
        a = _eval(e[1], node, pos, size, env)
        b = _eval(e[2], node, pos, size, env)
        if not isinstance(a, list) or not isinstance(b, list):
            raise XPathError("| needs node-sets on both sides")
        return env.sort(a + b)
    if kind == "bool":
        a = _to_bool(_eval(e[2], node, pos, size, env))
        if e[1] == "or":
            return a or _to_bool(_eval(e[3], node, pos, size, env))
        return a and _to_bool(_eval(e[3], node, pos, size, env))
    if kind == "cmp":
        return _compare(e[1], _eval(e[2], node, pos, size, env), _eval(e[3], node, pos, size, env))
    if kind == "arith":
        a = _to_number(_eval(e[2], node, pos, size, env))
        b = _to_number(_eval(e[3], node, pos, size, env))
        op = e[1]
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "div":
            if b == 0:
                return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * \
                    math.copysign(1, b)
            return a / b
        return math.fmod(a, b) if b != 0 else math.nan
    if kind == "neg":
        return -_to_number(_eval(e[1], node, pos, size, env))
    if kind == "fn":
        return _FUNCTIONS[e[1]](node, pos, size, env,
                                [_eval(a, node, pos, size, env) for a in e[2]])
    raise XPathError(f"cannot evaluate {kind}")   # pragma: no cover - parser output only


def _filter(nodes, pred, env, reverse=False):
    seq = list(reversed(nodes)) if reverse else nodes
    size = len(seq)
    kept = []
    for i, n in enumerate(seq, 1):
        v = _eval(pred, n, i, size, env)
        if isinstance(v, float):
            ok = v == i
        else:
            ok = _to_bool(v)
        if ok:
            kept.append(n)
    return list(reversed(kept)) if reverse else kept


def _steps(nodes, steps, env):
    for axis, test, preds in steps:
        out = []
        for n in nodes:
            cands = [c for c in _axis(axis, n) if _test(test, c, axis)]
            rev = axis in _REVERSE_AXES
            if rev:
                cands = env.sort(cands)
            for p in preds:
                cands = _filter(cands, p, env, reverse=rev)
            out.extend(cands)
        nodes = env.sort(out)
    return nodes


# ---------------------------------------------------------------- functions
def _nargs(name, args, lo, hi=None):
    hi = lo if hi is None else hi
    if not lo <= len(args) <= hi:
        raise XPathError(f"{name}() takes {lo if lo == hi else f'{lo} to {hi}'} argument(s)")


def _s(args, i, node):
    return _to_string(args[i]) if len(args) > i else string_value(node)


def _f_last(node, pos, size, env, args):
    _nargs("last", args, 0)
    return float(size)


def _f_position(node, pos, size, env, args):
    _nargs("position", args, 0)
    return float(pos)


def _f_count(node, pos, size, env, args):
    _nargs("count", args, 1)
    if not isinstance(args[0], list):
        raise XPathError("count() needs a node-set")
    return float(len(args[0]))


def _nodes_arg(name, args, node):
    _nargs(name, args, 0, 1)
    if not args:
        return [node]
    if not isinstance(args[0], list):
        raise XPathError(f"{name}() needs a node-set")
    return args[0]


def _f_name(node, pos, size, env, args):
    ns = _nodes_arg("name", args, node)
    n = ns[0] if ns else None
    return n.nodeName if n is not None and n.nodeType in (Node.ELEMENT_NODE,
                                                          Node.ATTRIBUTE_NODE) else \
        (n.target if n is not None and n.nodeType == Node.PROCESSING_INSTRUCTION_NODE else "")


def _f_local_name(node, pos, size, env, args):
    name = _f_name(node, pos, size, env, args)
    return name.split(":", 1)[-1]


def _f_string(node, pos, size, env, args):
    _nargs("string", args, 0, 1)
    return _s(args, 0, node)


def _f_concat(node, pos, size, env, args):
    if len(args) < 2:
        raise XPathError("concat() takes at least 2 arguments")
    return "".join(_to_string(a) for a in args)


def _f_contains(node, pos, size, env, args):
    _nargs("contains", args, 2)
    return _to_string(args[1]) in _to_string(args[0])


def _f_starts_with(node, pos, size, env, args):
    _nargs("starts-with", args, 2)
    return _to_string(args[0]).startswith(_to_string(args[1]))


def _f_ends_with(node, pos, size, env, args):
    _nargs("ends-with", args, 2)
    return _to_string(args[0]).endswith(_to_string(args[1]))


def _f_substring_before(node, pos, size, env, args):
    _nargs("substring-before", args, 2)
    s, t = _to_string(args[0]), _to_string(args[1])
    k = s.find(t)
    return s[:k] if k >= 0 else ""


def _f_substring_after(node, pos, size, env, args):
    _nargs("substring-after", args, 2)
    s, t = _to_string(args[0]), _to_string(args[1])
    k = s.find(t)
    return s[k + len(t):] if k >= 0 else ""


def _xround(x):
    if math.isnan(x) or math.isinf(x):
        return x
    return float(math.floor(x + 0.5))


def _f_substring(node, pos, size, env, args):
    _nargs("substring", args, 2, 3)
    s = _to_string(args[0])
    start = _xround(_to_number(args[1]))
    end = start + _xround(_to_number(args[2])) if len(args) > 2 else math.inf
    return "".join(ch for i, ch in enumerate(s, 1) if start <= i < end)


def _f_string_length(node, pos, size, env, args):
    _nargs("string-length", args, 0, 1)
    return float(len(_s(args, 0, node)))


def _f_normalize_space(node, pos, size, env, args):
    _nargs("normalize-space", args, 0, 1)
    return " ".join(_s(args, 0, node).split())


def _f_translate(node, pos, size, env, args):
    _nargs("translate", args, 3)
    s, a, b = (_to_string(x) for x in args)
    table = {}
    for i, ch in enumerate(a):
        if ord(ch) not in table:
            table[ord(ch)] = b[i] if i < len(b) else None
    return s.translate(table)


def _f_not(node, pos, size, env, args):
    _nargs("not", args, 1)
    return not _to_bool(args[0])


def _f_boolean(node, pos, size, env, args):
    _nargs("boolean", args, 1)
    return _to_bool(args[0])


def _f_true(node, pos, size, env, args):
    _nargs("true", args, 0)
    return True


def _f_false(node, pos, size, env, args):
    _nargs("false", args, 0)
    return False


def _f_number(node, pos, size, env, args):
    _nargs("number", args, 0, 1)
    return _to_number(args[0] if args else string_value(node))


def _f_sum(node, pos, size, env, args):
    _nargs("sum", args, 1)
    if not isinstance(args[0], list):
        raise XPathError("sum() needs a node-set")
    return float(sum(_to_number(string_value(n)) for n in args[0]))


def _num_fn(name, fn):
    def f(node, pos, size, env, args):
        _nargs(name, args, 1)
        x = _to_number(args[0])
        return x if math.isnan(x) or math.isinf(x) else float(fn(x))
    return f


_FUNCTIONS = {
    "last": _f_last, "position": _f_position, "count": _f_count, "name": _f_name,
    "local-name": _f_local_name, "string": _f_string, "concat": _f_concat,
    "contains": _f_contains, "starts-with": _f_starts_with, "ends-with": _f_ends_with,
    "substring-before": _f_substring_before, "substring-after": _f_substring_after,
    "substring": _f_substring, "string-length": _f_string_length,
    "normalize-space": _f_normalize_space, "translate": _f_translate, "not": _f_not,
    "boolean": _f_boolean, "true": _f_true, "false": _f_false, "number": _f_number,
    "sum": _f_sum, "floor": _num_fn("floor", math.floor), "ceiling": _num_fn("ceiling", math.ceil),
    "round": _num_fn("round", lambda x: math.floor(x + 0.5)),
}


def evaluate(context, expr: str):
    """The value of `expr` with `context` as context node: a list of nodes in document order,
    a str, a float or a bool. XPathError for an invalid expression."""
    tree = parse(expr)
    env = _Env()
    v = _eval(tree, context, 1, 1, env)
    return env.sort(v) if isinstance(v, list) else v


def select(context, expr: str) -> list:
    """The nodes `expr` selects from `context` (a non node-set result selects nothing)."""
    v = evaluate(context, expr)
    return v if isinstance(v, list) else []
