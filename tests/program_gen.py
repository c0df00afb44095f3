"""Valid-looking 4D programs for differential fuzzing (tests/test_program_fuzz.py).

A program is a small project: a main method `fz_main` and two helper methods, using
variables of every scalar kind (Integer, Real, Text, Boolean, Date), an object, a collection,
If / Case of / For / While / Repeat / For each with bounded loops, text commands, collection
member functions with formulas, method calls, writes through a pointer, formulas capturing
locals (one writing through a by-reference command argument), JSON round trips and hex
literals. It is rendered twice:

* typed: every variable declared (`var … : Integer`, `var $x : Real:=…` or `C_LONGINT(…)`),
  helpers with `#DECLARE($a : Integer; …) -> $r : Text`;
* untyped: no declarations (or `var` without a type: Variant), helpers reading `$1`, `$2`
  and setting `$0`.

The generator keeps to programs where declaring the types does not change 4D's semantics, so
both variants must print the same: an Integer variable only ever receives a whole number of
the Longint range (its assignments are reduced `% m`, from at most three operands below
1,000), a Real variable any number (products of Integers beyond 2^53 included), and nothing
is assigned a value of another kind. Loops run a handful of turns; texts are cut to 60
characters and collections stay under 40 elements, so a run takes milliseconds.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

INTS = ["$i1", "$i2", "$i3"]
REALS = ["$r1", "$r2"]
TEXTS = ["$t1", "$t2"]
BOOLS = ["$b1", "$b2"]
DATES = ["$d1", "$d2"]
COUNTERS = ["$k1", "$k2", "$k3"]      # For counters (Integer), one per nesting level
WHILES = ["$w1", "$w2", "$w3"]        # While / Repeat counters (Integer)
ITEMS = ["$e1", "$e2", "$e3"]         # For each items (Real: the collection holds numbers)

TEXT_LITERALS = ['""', '"a"', '"Ab"', '"é"', '"😀"', '"straße"', '"x y"', '"12"', '"-3.5"',
                 '"a\\"b"', '"ÉCOLE"', '"a@"', '"\\t"', '"٣"']
REAL_LITERALS = ["0.5", "1.25", "3.14159", "0.1", "1e3", "2.5e-3", "2147483647", "65536",
                 "1e15", "123456789.123"]
WILDCARDS = ['"a@"', '"@b@"', '"@"', '"@@"']
DATE_LITERALS = ["!2024-02-29!", "!1999-12-31!", "!2000-01-01!", "!2023-06-15!"]

DECLARE_WORDS = {"int": ("Integer", "C_LONGINT"), "real": ("Real", "C_REAL"),
                 "text": ("Text", "C_TEXT"), "bool": ("Boolean", "C_BOOLEAN"),
                 "date": ("Date", "C_DATE"), "obj": ("Object", "C_OBJECT"),
                 "coll": ("Collection", "C_COLLECTION"), "ptr": ("Pointer", "C_POINTER")}


@dataclass
class Program:
    methods: dict            # name -> (typed source, untyped source)

    def variant(self, typed: bool) -> dict:
        return {name: src[0 if typed else 1] for name, src in self.methods.items()}

    def listing(self, typed: bool = True) -> str:
        return "\n".join(f"// ---- {name}.4dm\n{src}" for name, src in
                         self.variant(typed).items())


class _Gen:
    """Draws one program; `self.draw` is hypothesis's draw."""

    def __init__(self, draw):
        self.draw = draw
        self.depth = 0              # statement nesting
        self.loops = 0              # loops open around the statement being drawn
        self.items: list[str] = []  # For each items in scope
        self.iterating = False      # inside For each over $c1: the collection is not changed

    def pick(self, seq):
        return self.draw(st.sampled_from(seq))

    def chance(self, p: float) -> bool:
        return self.draw(st.floats(0, 1)) < p

    # ------------------------------------------------------------------ expressions
    def small_int(self, lo=-999, hi=999) -> str:
        n = self.draw(st.integers(lo, hi))
        return f"({n})" if n < 0 else str(n)

    def int_atom(self) -> str:
        """A whole number below 1,000 in magnitude, whatever the variables hold."""
        kind = self.pick(["lit", "var", "var", "len", "num", "clen", "pos", "day", "abs",
                          "counter", "hex"])
        if kind == "lit":
            return self.small_int()
        if kind == "hex":
            return f"0x{self.draw(st.integers(0, 999)):X}"
        if kind == "var" or (kind == "counter" and not self.loops):
            return self.pick(INTS)
        if kind == "counter":
            return self.pick(COUNTERS[:self.loops] + WHILES[:self.loops])
        if kind == "len":
            return f"Length({self.pick(TEXTS)})"
        if kind == "num":
            return f"Num({self.pick(BOOLS)})"
        if kind == "clen":
            return "$c1.length"
        if kind == "pos":
            return f"Position({self.pick(TEXT_LITERALS[1:])}; {self.pick(TEXTS)})"
        if kind == "day":
            return f"{self.pick(['Day of', 'Month of'])}({self.pick(DATES)})"
        return f"Abs({self.pick(INTS)})"

    def int_expr(self) -> str:
        """At most three atoms under 1,000: below 2^31 whatever the operators."""
        out = self.int_atom()
        for _ in range(self.draw(st.integers(0, 2))):
            op = self.pick(["+", "-", "*", "\\", "%"])
            if op in ("\\", "%"):
                right = self.pick([self.small_int(1, 99), f"(Abs({self.int_atom()})+1)"])
            else:
                right = self.int_atom()
            out = f"{out}{op}{right}"
        return out

    def real_atom(self, depth) -> str:
        kind = self.pick(["lit", "var", "var", "int", "int", "obj", "sum", "fn", "datediff",
                          "num", "item", "bigmul"])
        if kind == "lit":
            return self.pick(REAL_LITERALS)
        if kind == "var":
            return self.pick(REALS)
        if kind == "int":
            return self.int_atom()
        if kind == "obj":
            return "$o1.n"
        if kind == "sum":
            return self.pick(["$c1.sum()", "$c1.length"])
        if kind == "datediff":
            return f"({self.pick(DATES)}-{self.pick(DATES)})"
        if kind == "num":
            return f"Num({self.pick(TEXTS)})"
        if kind == "item":
            return self.pick(self.items) if self.items else self.pick(REALS)
        if kind == "bigmul":        # Integers multiplied past 2^31 and 2^53 (typed = untyped)
            return "*".join(self.pick(INTS + ["2147483647", "65536"])
                            for _ in range(self.draw(st.integers(2, 6))))
        if depth > 1:
            return self.pick(REALS)
        fn = self.pick(["Abs", "Int", "Round", "Sqrt", "Mod", "Dec", "Trunc"])
        inner = self.real_expr(depth + 1)
        if fn == "Round" or fn == "Trunc":
            return f"{fn}({inner}; {self.draw(st.integers(0, 3))})"
        if fn == "Sqrt":
            return f"Sqrt(Abs({inner}))"
        if fn == "Mod":
            return f"Mod({inner}; {self.small_int(1, 50)})"
        return f"{fn}({inner})"

    def real_expr(self, depth=0) -> str:
        out = self.real_atom(depth)
        for _ in range(self.draw(st.integers(0, 3))):
            op = self.pick(["+", "-", "*", "/", "+", "*"])
            out = f"{out}{op}{self.real_atom(depth)}"
        if self.chance(0.15):
            out = f"({out})^{self.pick(['2', '0.5', '3'])}"
        return out

    def text_atom(self) -> str:
        kind = self.pick(["lit", "lit", "var", "var", "string", "case", "sub", "char", "replace",
                          "delete", "insert", "change", "obj", "join", "repeat", "fn"])
        if kind == "lit":
            return self.pick(TEXT_LITERALS)
        if kind == "var":
            return self.pick(TEXTS)
        if kind == "string":
            arg = self.pick([self.int_expr, self.real_expr, lambda: self.pick(BOOLS),
                             lambda: self.pick(DATES)])()
            return f"String({arg})"
        if kind == "case":
            return f"{self.pick(['Uppercase', 'Lowercase'])}({self.pick(TEXTS)})"
        if kind == "sub":
            return (f"Substring({self.pick(TEXTS)}; {self.small_int(1, 5)}"
                    + (f"; {self.small_int(0, 5)})" if self.chance(0.7) else ")"))
        if kind == "char":
            return f"Char(65+(Abs({self.int_atom()})%26))"
        if kind == "replace":
            return (f"Replace string({self.pick(TEXTS)}; {self.pick(TEXT_LITERALS[1:])}; "
                    f"{self.pick(TEXT_LITERALS)})")
        if kind == "delete":
            return f"Delete string({self.pick(TEXTS)}; {self.small_int(1, 4)}; {self.small_int(0, 3)})"
        if kind == "insert":
            return (f"Insert string({self.pick(TEXTS)}; {self.pick(TEXT_LITERALS)}; "
                    f"{self.small_int(1, 4)})")
        if kind == "change":
            return (f"Change string({self.pick(TEXTS)}; {self.pick(TEXT_LITERALS[1:])}; "
                    f"{self.small_int(1, 4)})")
        if kind == "obj":
            return "$o1.s"
        if kind == "join":
            return '$c1.join(",")'
        if kind == "repeat":
            return f"({self.pick(TEXT_LITERALS)}*{self.small_int(0, 3)})"
        return f"fz_text({self.int_expr()}; {self.pick(TEXTS)})"

    def text_expr(self) -> str:
        out = self.text_atom()
        for _ in range(self.draw(st.integers(0, 2))):
            out = f"{out}+{self.text_atom()}"
        return out

    def bool_expr(self, depth=0) -> str:
        kind = self.pick(["var", "lit", "cmpi", "cmpr", "cmpt", "cmpd", "not", "and", "or",
                          "includes", "even", "wild"])
        if kind == "var":
            return self.pick(BOOLS)
        if kind == "lit":
            return self.pick(["True", "False"])
        if kind == "cmpi":
            return f"({self.int_expr()}{self.pick(['=', '#', '<', '>', '<=', '>='])}{self.int_atom()})"
        if kind == "cmpr":
            return f"({self.real_expr()}{self.pick(['=', '#', '<', '>', '<=', '>='])}{self.real_atom(1)})"
        if kind == "cmpt":
            return f"({self.pick(TEXTS)}{self.pick(['=', '#', '<', '>'])}{self.text_atom()})"
        if kind == "cmpd":
            return f"({self.pick(DATES)}{self.pick(['=', '#', '<', '>='])}{self.pick(DATES + DATE_LITERALS)})"
        if kind == "includes":
            return f"$c1.includes({self.int_atom()})"
        if kind == "even":
            return f"(({self.int_expr()}%2)=0)"
        if kind == "wild":
            return f"({self.pick(TEXTS)}={self.pick(WILDCARDS)})"
        if depth > 1:
            return self.pick(BOOLS)
        if kind == "not":
            return f"Not({self.bool_expr(depth + 1)})"
        op = "&" if kind == "and" else "|"
        if self.chance(0.4):
            op += op       # && / ||: the same on Booleans
        return f"({self.bool_expr(depth + 1)}{op}{self.bool_expr(depth + 1)})"

    def date_expr(self) -> str:
        kind = self.pick(["var", "lit", "add", "plus", "minus"])
        if kind == "var":
            return self.pick(DATES)
        if kind == "lit":
            return self.pick(DATE_LITERALS)
        if kind == "add":
            return (f"Add to date({self.pick(DATES)}; {self.small_int(-2, 2)}; "
                    f"{self.small_int(-13, 13)}; {self.small_int(-40, 40)})")
        return f"{self.pick(DATES)}{'+' if kind == 'plus' else '-'}{self.small_int(0, 400)}"

    # ------------------------------------------------------------------ statements
    def block(self, n_max=4) -> list[str]:
        out = []
        for _ in range(self.draw(st.integers(1, n_max))):
            out += self.statement()
        return out

    def nested(self, lines) -> list[str]:
        return ["\t" + line for line in lines]

    def statement(self) -> list[str]:
        kinds = ["int", "int", "real", "real", "text", "text", "bool", "date", "obj", "coll",
                 "call", "alert", "pointer", "formula", "json", "aggregate"]
        if self.depth < 2:
            kinds += ["if", "case", "for", "while", "repeat", "foreach"]
        if self.loops:
            kinds += ["break"]
        kind = self.pick(kinds)
        if kind == "int":
            return [f"{self.pick(INTS)}:=({self.int_expr()})%{self.pick(['1000', '97', '7'])}"]
        if kind == "real":
            return [f"{self.pick(REALS)}:={self.real_expr()}"]
        if kind == "text":
            return [f"{self.pick(TEXTS)}:=Substring({self.text_expr()}; 1; 60)"]
        if kind == "bool":
            return [f"{self.pick(BOOLS)}:={self.bool_expr()}"]
        if kind == "date":
            return [f"{self.pick(DATES)}:={self.date_expr()}"]
        if kind == "obj":
            prop = self.pick(["n", "s", "b"])
            value = {"n": self.real_expr, "s": lambda: f"Substring({self.text_expr()}; 1; 60)",
                     "b": self.bool_expr}[prop]()
            return [f"$o1.{prop}:={value}"]
        if kind == "coll":
            return self.coll_statement()
        if kind == "call":
            return [f"{self.pick(REALS)}:=fz_real({self.real_expr()}; {self.int_expr()})"]
        if kind == "pointer":         # through a pointer: the variable's own type
            target, value = self.pick([(INTS, lambda: f"({self.int_expr()})%1000"),
                                       (REALS, self.real_expr),
                                       (TEXTS, lambda: f"Substring({self.text_expr()}; 1; 60)")])
            return [f"$p1:=->{self.pick(target)}", f"$p1->:={value()}"]
        if kind == "formula":         # captured locals; a command writing one by reference
            return self.pick([
                [f"{self.pick(REALS)}:=Formula($1*2+{self.pick(REALS)}).call(Null; "
                 f"{self.real_expr()})"],
                [f"{self.pick(TEXTS)}:=Formula(Substring($1+{self.pick(TEXTS)}; 1; 60))"
                 f".call(Null; {self.text_atom()})"],
                [f"Formula(OB SET($o1; \"n\"; $1)).call(Null; {self.real_expr()})"]])
        if kind == "json":            # a round trip keeps numbers, texts and Booleans
            return ["$o1:=JSON Parse(JSON Stringify($o1))"]
        if kind == "aggregate":       # Num(): an empty collection's max is undefined
            return [f"{self.pick(REALS)}:=Num($c1.{self.pick(['max', 'min', 'average'])}())"]
        if kind == "alert":
            return [f"ALERT({self.text_expr()})"]
        if kind == "break":
            return [f"If ({self.bool_expr()})", "\tbreak", "End if"]
        return self.control(kind)

    def coll_statement(self) -> list[str]:
        if self.iterating:
            return [f"{self.pick(REALS)}:={self.pick(['$c1.sum()', '$c1.length'])}"]
        kind = self.pick(["push", "map", "filter", "slice", "sort", "reverse", "remove"])
        if kind == "push":
            return ["If ($c1.length<40)", f"\t$c1.push({self.real_expr()})", "End if"]
        if kind == "map":
            return [f"$c1:=$c1.map(Formula($1.value{self.pick(['*', '+', '-'])}"
                    f"{self.pick(['2', '0.5', '1'])}))"]
        if kind == "filter":
            return [f"$c1:=$c1.filter(Formula($1.value{self.pick(['>', '<', '#'])}"
                    f"{self.small_int(-5, 20)}))"]
        if kind == "slice":
            return [f"$c1:=$c1.slice({self.small_int(0, 3)}; {self.small_int(3, 30)})"]
        if kind == "sort":
            return ["$c1:=$c1.sort()" if self.chance(0.5) else "$c1:=$c1.orderBy(ck descending)"]
        if kind == "reverse":
            return ["$c1:=$c1.reverse()"]
        return ["If ($c1.length>0)", "\t$c1.remove(0)", "End if"]

    def control(self, kind) -> list[str]:
        self.depth += 1
        try:
            if kind == "if":
                out = [f"If ({self.bool_expr()})"] + self.nested(self.block())
                if self.chance(0.5):
                    out += ["Else"] + self.nested(self.block())
                return out + ["End if"]
            if kind == "case":
                out = ["Case of"]
                for _ in range(self.draw(st.integers(1, 3))):
                    out += [f"\t: ({self.bool_expr()})"] + self.nested(self.nested(self.block(2)))
                if self.chance(0.5):
                    out += ["\tElse"] + self.nested(self.nested(self.block(2)))
                return out + ["End case"]
            return self.loop(kind)
        finally:
            self.depth -= 1

    def loop(self, kind) -> list[str]:
        level = self.loops
        self.loops += 1
        try:
            if kind == "for":
                k = COUNTERS[level]
                start, end = self.draw(st.integers(-1, 3)), self.draw(st.integers(-1, 5))
                step = self.pick(["", "", "; 2", "; -1"])
                if step == "; -1":
                    start, end = end, start
                head = f"For ({k}; {start}; {end}{step})"
                return [head] + self.nested(self.block()) + ["End for"]
            w = WHILES[level]
            n = self.draw(st.integers(0, 5))
            if kind == "while":
                body = [f"{w}:={w}+1"] + self.block()
                return [f"{w}:=0", f"While ({w}<{n})"] + self.nested(body) + ["End while"]
            if kind == "repeat":
                body = [f"{w}:={w}+1"] + self.block()
                return [f"{w}:=0", "Repeat"] + self.nested(body) + [f"Until ({w}>={n})"]
            item = ITEMS[level]
            outer = self.iterating
            self.items.append(item)
            self.iterating = True
            try:
                return ([f"For each ({item}; $c1)"] + self.nested(self.block())
                        + ["End for each"])
            finally:
                self.items.pop()
                self.iterating = outer
        finally:
            self.loops -= 1


def _declarations(style: str, typed: bool) -> list[str]:
    groups = [("int", INTS + COUNTERS + WHILES), ("real", REALS + ITEMS), ("text", TEXTS),
              ("bool", BOOLS), ("date", DATES), ("obj", ["$o1"]), ("coll", ["$c1"]),
              ("ptr", ["$p1"])]
    lines = []
    for kind, names in groups:
        word, legacy = DECLARE_WORDS[kind]
        if not typed:
            if style == "variant":
                lines.append(f"var {'; '.join(names)}")
            continue
        if style == "legacy":
            lines.append(f"{legacy}({'; '.join(names)})")
        else:
            lines.append(f"var {'; '.join(names)} : {word}")
    return lines


def _initial_values(g: _Gen) -> list[str]:
    lines = [f"{v}:={g.small_int()}" for v in INTS]
    lines += [f"{v}:={g.pick(REAL_LITERALS)}" for v in REALS]
    lines += [f"{v}:={g.pick(TEXT_LITERALS)}" for v in TEXTS]
    lines += [f"{v}:={g.pick(['True', 'False'])}" for v in BOOLS]
    lines += [f"{v}:={g.pick(DATE_LITERALS)}" for v in DATES]
    lines += [f"{v}:=0" for v in COUNTERS + WHILES + ITEMS]
    lines.append(f'$o1:=New object("n"; {g.pick(REAL_LITERALS)}; "s"; {g.pick(TEXT_LITERALS)}; '
                 f'"b"; True)')
    values = "; ".join(g.small_int(-20, 20) for _ in range(g.draw(st.integers(0, 5))))
    lines.append(f"$c1:=New collection({values})")
    return lines


_DUMP = ['ALERT("i: "+String($i1)+" "+String($i2)+" "+String($i3))',
         'ALERT("r: "+String($r1)+" "+String($r2))',
         'ALERT("t: "+$t1+" | "+$t2)',
         'ALERT("b: "+String($b1)+" "+String($b2))',
         'ALERT("d: "+String($d1)+" "+String($d2))',
         'ALERT("o: "+JSON Stringify($o1))',
         'ALERT("c: "+JSON Stringify($c1))']


def _helpers(g: _Gen) -> dict:
    """fz_text(Integer; Text) -> Text and fz_real(Real; Integer) -> Real, typed with
    #DECLARE, untyped with $1/$2/$0. «1», «2» and «0» stand for the parameters and result."""
    text_body = g.pick([
        "«0»:=Substring(«2»+String(«1»); 1; 60)",
        "«0»:=Substring(String(«1»%7)+Uppercase(«2»); 1; 60)",
        "«0»:=Substring(«2»; 1; Abs(«1»)%5)+\"-\"",
        "If («1»>0)\n\t«0»:=«2»+\"+\"\nElse\n\t«0»:=\"-\"+«2»\nEnd if\n«0»:=Substring(«0»; 1; 60)",
    ])
    real_body = g.pick([
        "«0»:=«1»*«2»+0.5",
        "«0»:=«1»/(Abs(«2»)+1)",
        "«0»:=«1»\n«0»:=«0»+«2»*«2»",
        "«0»:=Round(«1»; 2)-«2»",
    ])
    out = {}
    for name, body, sig in [("fz_text", text_body, ("Integer", "Text", "Text")),
                            ("fz_real", real_body, ("Real", "Integer", "Real"))]:
        typed = (f"#DECLARE($a : {sig[0]}; $b : {sig[1]}) -> $r : {sig[2]}\n"
                 + body.replace("«1»", "$a").replace("«2»", "$b").replace("«0»", "$r") + "\n")
        untyped = body.replace("«1»", "$1").replace("«2»", "$2").replace("«0»", "$0") + "\n"
        out[name] = (typed, untyped)
    return out


@st.composite
def programs(draw) -> Program:
    g = _Gen(draw)
    typed_style = g.pick(["var", "legacy"])
    untyped_style = g.pick(["none", "variant"])
    body = _initial_values(g)
    for _ in range(draw(st.integers(1, 8))):
        body += g.statement()
    body += _DUMP
    main = {True: _declarations(typed_style, True) + body,
            False: _declarations(untyped_style, False) + body}
    methods = {"fz_main": ("\n".join(main[True]) + "\n", "\n".join(main[False]) + "\n")}
    methods.update(_helpers(g))
    return Program(methods)
