"""The fast path of the parser: a hand-written lexer and recursive-descent parser that build
exactly the lark trees `fourd.lark` describes, about six times faster than lark's LALR parser.

`fourd.lark` stays the definition of the language and the source of every syntax-error
message: whenever this parser meets input it does not accept, it raises `Reject` and
`parser.parse` runs lark on the same text (which then either reports the error or, if this
parser was too strict, returns its tree). `tests/test_fastparse.py` checks that both parsers
build identical trees (tokens, types and positions) for the corpus, every test case and
generated programs.

Lexing: lark's contextual lexer tries, at each point, only the terminals the grammar accepts
there. This lexer is context-free instead: one regular expression splits the whole text into
lexemes (C speed, `findall`), in lark's terminal order, so that wherever it produces a
different token than lark would, that token is one the grammar does not accept at that point
and the parser rejects the text (lark then decides). The only reinterpretation is `-`/`+`
before an operand (unary minus/plus). Word runs go through the same `WordSplitter` as lark's
post-lexer, cached per spelling. Files with `Begin SQL` are left to lark.
"""
from __future__ import annotations

import re

from lark import Token, Tree

from .keywords import BODY_ENDS, STATEMENT_RULES, CLASS_ITEMS
from .postlex import WordSplitter, empty_name


class Reject(Exception):
    """This parser does not accept the text; lark decides (and words the error)."""


# fourd.lark's classes, spelled as negated sets: the same characters (every code point is
# checked by tests/test_fastparse.py), but a set spanning up to U+10FFFF takes `re` 4 ms to
# compile and these take 0.1 ms
_LETTER = r"[^\x00-\x40\x5B-\x5E\x60\x7B-\xBF]"                 # [A-Za-z_\u00C0-\U0010FFFF]
_LETTER_DIGIT = r"[^\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\xBF]"  # [A-Za-z0-9_\u00C0-\U0010FFFF]
_WORD_CHAR = r"(?:\w|[^\x00-\xBF])"                                  # [\w\u00C0-\U0010FFFF]
# lark's terminals (fourd.lark), highest priority first, then widest; `[\s\S]` catches the rest
_LEXEME = re.compile("|".join([
    # the frequent lexemes first: their first characters start no other terminal
    r" \(| :(?!=|[CK]\d)",                      # blank + punctuation: one lexeme, fewer turns
    rf"{_LETTER}[\w]*(?:[ \t]+[\w]+)*(?::[CK]\d+(?::\d+)?)?",          # WORDS (from a letter)
    r"[ \t\f\u00A0]+",                          # WS (U+FEFF is a word to lark: WORDS comes first)
    rf"\$\{{|\${_WORD_CHAR}*",                                   # PARAM_OPEN.3, LOCAL
    r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*",        # _NL (+ the next indentation)
    r'"(?:[^"\\\r\n]|\\.)*"',                                 # STRING
    r"; ?|:(?!=|[CK]\d) ?|[()]|\.(?![.\d])",     # punctuation (not `:=`, `:C1`, `...`, `.5`)
    r":[CK]\d+(?::\d+)?(?!\w)",                  # EMPTY_NAME (`:C1776`)
    # then lark's order: priority, then width
    r"(?i:#DECLARE\b)",                         # KW_DECLARE.4
    r"[-+*/]=",                                 # COMPOUND.4
    r"0[xX][0-9A-Fa-f]+(?!\w)",                 # HEXNUMBER.3
    r"&&|\|\||&|\||<=|>=|=|#|->|:=|\[\[",       # LOGOP, CMPOP, ARROW, ASSIGN, LDBL
    rf"\[{_LETTER}[\w ]*?(?::\d+\](?:{_LETTER}[\w]*(?:(?:[ \t]+\w+)*:\d+)?)?"
    rf"|\]{_LETTER}[\w]*(?:(?:[ \t]+\w+)*:\d+)?)",                                   # TABLEFIELD.2
    r"(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?(?!\w)(?!(?:[ \t]+\w+)+:[CK]\d)",   # NUMBER.2
    r"\d+(?:[A-Za-z_][\w]*|(?=(?:[ \t]+\w+)+:[CK]\d))(?:[ \t]+[\w]+)*(?::[CK]\d+(?::\d+)?)?",
    #                                          WORDS (`3D`, `64 bit version:K5:25`)
    r"!\s*\d{1,4}[-\/.]\d{1,2}[-\/.]\d{1,4}\s*!",                              # DATE
    r"\?\s*-?\d{1,7}:\d{1,2}(?::\d{1,2})?\s*\?",                               # TIME
    r"//(?:[^\r\n]*\\[ \t]*(?:\r\n|\r|\n))*[^\r\n]*",                          # COMMENT
    rf"<>{_LETTER}{_LETTER_DIGIT}*",                                           # IPVAR
    r"\\[ \t]*(?://[^\r\n]*)?(?:\r\n|\r|\n)",                                  # CONTINUATION
    r"\.\.\.",                                                                 # ELLIPSIS
    rf"\^\||<<(?!>{_LETTER})|>>|\?\+|\?-|\?\?|[-+/\\%^]",             # ARITHOP (`<<>x`: < <>x)
    r"[\s\S]",                                  # punctuation, or a character nobody accepts
])).findall
_SQL = re.compile(r"(?im)^[ \t]*begin\s+sql\b").search

# lexemes with a fixed spelling
_FIXED = {
    "(": "LPAR", ")": "RPAR", "[": "LSQB", "]": "RSQB", "{": "LBRACE", "}": "RBRACE",
    ";": "_SEMI", "; ": "_SEMI", ":": "COLON", ": ": "COLON", " :": "COLON", " (": "LPAR",
    ",": "COMMA", ".": "DOT", "?": "QMARK", "*": "STAR_OP",
    ">": "GT", "<": "LT", "->": "ARROW", ":=": "ASSIGN", "[[": "LDBL", "${": "PARAM_OPEN",
    "...": "ELLIPSIS", "&&": "LOGOP", "||": "LOGOP", "&": "LOGOP", "|": "LOGOP",
    "<=": "CMPOP", ">=": "CMPOP", "=": "CMPOP", "#": "CMPOP",
    "+=": "COMPOUND", "-=": "COMPOUND", "*=": "COMPOUND", "/=": "COMPOUND",
    "^|": "ARITHOP", "<<": "ARITHOP", ">>": "ARITHOP", "?+": "ARITHOP", "?-": "ARITHOP",
    "??": "ARITHOP", "-": "ARITHOP", "+": "ARITHOP", "/": "ARITHOP", "\\": "ARITHOP",
    "%": "ARITHOP", "^": "ARITHOP",
}
# other lexemes, by their first character (a letter, or anything from U+00C0: a word)
_BY_FIRST = {" ": "_WS", "\t": "_WS", "\f": "_WS", "\u00A0": "_WS", "\n": "_NL", "\r": "_NL",
             "$": "LOCAL", '"': "STRING", "!": "DATE", "?": "TIME", "<": "IPVAR",
             "[": "TABLEFIELD", "/": "_CM", "\\": "_CT", "#": "KW_DECLARE", ".": "NUMBER",
             ":": "EMPTY_NAME"}
_BY_FIRST.update((d, "_DIGITS") for d in "0123456789")
_BY_FIRST.update((c, "_ERROR") for c in map(chr, range(0x00, 0xC0))
                 if not (c.isascii() and (c.isalpha() or c == "_")) and c not in _BY_FIRST)
_NUMBER_LEXEME = re.compile(r"(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?").fullmatch
_HEX_LEXEME = re.compile(r"0[xX][0-9A-Fa-f]+").fullmatch
_CHECKED_ONE_CHAR = {"_ERROR", "STRING", "DATE"}   # a lone `"` or `!` is no token

# word positions for the post-lexer: start of a line, after `.`/`->`, anywhere else
_WORD_CONTEXT = {"_NL": 0, "$START": 0, "DOT": 1, "ARROW": 1}
_DROPPED_PUNCTUATION = frozenset({"LPAR", "RPAR", "LSQB", "RSQB", "LBRACE", "RBRACE",
                                  "_SEMI", "COLON", "COMMA", "DOT", "QMARK"})
_str_new = str.__new__


def _token(type_, value, start, line, column, end_line, end_column, end_pos):
    tok = _str_new(Token, value)
    tok.type = type_
    tok.value = value
    tok.start_pos = start
    tok.line = line
    tok.column = column
    tok.end_line = end_line
    tok.end_column = end_column
    tok.end_pos = end_pos
    return tok


class WordCache:
    """`WordSplitter` results per spelling and position, as (type, value, start, end) parts
    relative to the run. Valid while the splitter's names do not change."""

    def __init__(self, splitter: WordSplitter):
        self.splitter = splitter
        self.by_context = ({}, {}, {})

    def clear(self):
        for cache in self.by_context:
            cache.clear()

    def parts(self, run, context):
        cache = self.by_context[context]
        parts = cache.get(run)
        if parts is None:
            prev = ("$START", "DOT", "LPAR")[context]
            split = self.splitter._split(Token("WORDS", run, 0, 1, 1, 1, 1 + len(run), len(run)),
                                         prev)
            parts = cache[run] = tuple((t.type, t.value, t.start_pos, t.end_pos) for t in split)
        return parts


def tokenize(text: str, words: WordCache):
    """Two lists: token types, and the lark Token of each kept token (None for punctuation
    the tree drops). Line breaks are folded as the post-lexer does. Lines are counted on
    "\\n" as lark counts them (parse() turns lone CRs into LFs first)."""
    if "egin" in text and _SQL(text):
        raise Reject("Begin SQL")
    types, toks = [], []
    add_type, add_tok = types.append, toks.append
    pos = 0
    line, line_start = 1, 0
    prev = "$START"
    fixed, by_first, dropped = _FIXED, _BY_FIRST, _DROPPED_PUNCTUATION
    word_caches, word_context = words.by_context, _WORD_CONTEXT
    str_new = _str_new
    # the hot paths (operators, words, locals and texts) build their Token inline: a call per
    # token costs a tenth of the whole parse
    for lex in _LEXEME(text):
        end = pos + len(lex)
        kind = fixed.get(lex)
        if kind is not None:
            add_type(kind)
            if kind in dropped:
                add_tok(None)
            else:
                col = pos - line_start + 1
                tok = str_new(Token, lex)
                tok.type, tok.value, tok.start_pos, tok.end_pos = kind, lex, pos, end
                tok.line = tok.end_line = line
                tok.column, tok.end_column = col, col + len(lex)
                add_tok(tok)
            prev = kind
            pos = end
            continue
        kind = by_first.get(lex[0], "WORDS")
        if kind == "LOCAL" or kind == "STRING" and len(lex) > 1:
            col = pos - line_start + 1
            tok = str_new(Token, lex)
            tok.type, tok.value, tok.start_pos, tok.end_pos = kind, lex, pos, end
            tok.line = tok.end_line = line
            tok.column, tok.end_column = col, col + len(lex)
            add_tok(tok)
            add_type(kind)
            prev = kind
        elif kind == "WORDS" or kind == "_DIGITS" and not (_NUMBER_LEXEME(lex)
                                                            or _HEX_LEXEME(lex)):
            # a word run (`3D`, `1st`: words may start with digits)
            context = word_context.get(prev, 2)
            parts = word_caches[context].get(lex) or words.parts(lex, context)
            col = pos - line_start + 1
            for t, value, a, b in parts:
                add_type(t)
                tok = str_new(Token, value)
                tok.type, tok.value, tok.start_pos, tok.end_pos = t, value, pos + a, pos + b
                tok.line = tok.end_line = line
                tok.column, tok.end_column = col + a, col + b
                add_tok(tok)
                prev = t
        elif kind == "_NL":
            if prev != "_NL" and prev != "$START":
                add_type("_NL")
                add_tok(None)
                prev = "_NL"
            line += lex.count("\n")
            line_start = pos + lex.rfind("\n") + 1
        elif kind == "_WS":
            pass
        elif kind == "_CM" or kind == "_CT":
            if "\n" in lex:
                line += lex.count("\n")
                line_start = pos + lex.rfind("\n") + 1
        elif kind == "EMPTY_NAME":
            col = pos - line_start + 1
            for tok in empty_name(_token(kind, lex, pos, line, col, line, col + len(lex), end),
                                  prev == "_NL" or prev == "$START"):
                add_type(tok.type)
                add_tok(None if tok.type == "COLON" else tok)
            prev = "NAME"
        else:
            if kind == "_DIGITS":
                kind = "NUMBER" if _NUMBER_LEXEME(lex) else "HEXNUMBER"
            elif kind in _CHECKED_ONE_CHAR and len(lex) == 1:
                raise Reject(pos)
            col = pos - line_start + 1
            if "\n" in lex:                  # DATE/TIME with line breaks inside `\\s*`
                nl = lex.count("\n")
                add_tok(_token(kind, lex, pos, line, col, line + nl,
                               len(lex) - lex.rfind("\n"), end))
                line += nl
                line_start = pos + lex.rfind("\n") + 1
            else:
                add_tok(_token(kind, lex, pos, line, col, line, col + len(lex), end))
            add_type(kind)
            prev = kind
        pos = end
    add_type("$END")
    add_tok(None)
    return types, toks


# ------------------------------------------------------------------------------- parser
_ATOMS = {"NUMBER": "number", "HEXNUMBER": "hexnumber", "STRING": "string", "DATE": "date",
          "TIME": "time", "NAME": "name", "LOCAL": "local", "IPVAR": "ipvar",
          "TABLEFIELD": "field"}
_PAIR_KEYS = frozenset({"NAME", "LOCAL", "STRING", "KW_WHILE", "KW_UNTIL", "KW_TRY",
                        "KW_RETURN"})
_VAR_NAMES = frozenset({"LOCAL", "NAME", "IPVAR"})
_PROP_NAMES = frozenset({"NAME", "KW_WHILE", "KW_UNTIL", "KW_TRY", "KW_RETURN"})
_COMPARE = frozenset({"CMPOP", "GT", "LT"})
_ARITH = frozenset({"ARITHOP", "STAR_OP"})
_PREFIX_OPS = frozenset({"ARITHOP", "ARROW"})
_POSTFIX_OPS = frozenset({"DOT", "LPAR", "LSQB", "LBRACE", "ARROW", "LDBL"})
_BINARY_OPS = _ARITH | _COMPARE | {"LOGOP", "QMARK"}
_STMT_END = frozenset({"_NL", "_SEMI", "$END"})
# an argument starting with an operator: its tree when alone (`*`, `>`, QUERY's `; & ;`), and
# when a value follows (QUERY's `;>=value`)
_MARKERS = {"STAR_OP": ("star_arg", None), "GT": ("gt_arg", "compare_arg"),
            "LT": ("lt_arg", "compare_arg"), "LOGOP": ("op_arg", None),
            "CMPOP": ("op_arg", "compare_arg")}
_ARG_END = frozenset({"_SEMI", "RPAR"})
# tokens that end a body (the enclosing block decides whether it is the right one)
_BODY_END = BODY_ENDS | {"COLON", "$END"}
_CLASS_ITEMS = frozenset({k.terminal for k in CLASS_ITEMS.values()} | {"FUNC_MODS", "CTOR_MODS"})


class _Parser:
    def __init__(self, types, toks):
        self.types = types
        self.toks = toks
        self.i = 0

    # -------------------------------------------------------------- helpers
    def take(self, type_):
        i = self.i
        if self.types[i] != type_:
            raise Reject(self.toks[i])
        self.i = i + 1
        return self.toks[i]

    def skip(self, type_):
        i = self.i
        if self.types[i] != type_:
            raise Reject(self.toks[i])
        self.i = i + 1

    # -------------------------------------------------------------- file and blocks
    def file(self):
        items = []
        types = self.types
        while True:
            t = types[self.i]
            if t == "$END":
                return Tree("start", items)
            if t == "_NL":
                self.i += 1
                continue
            if t in _CLASS_ITEMS:
                items.append(self.class_item(t))
            else:
                items.append(self.statement(t))
                if types[self.i] == "_SEMI":
                    self.i += 1
            t = types[self.i]
            if t == "_NL":
                self.i += 1
            elif t != "$END":
                raise Reject(self.toks[self.i])

    def body(self):
        items = []
        types = self.types
        while True:
            t = types[self.i]
            if t in _BODY_END:
                return Tree("body", items)
            if t != "_SEMI" and t != "_NL":
                items.append(self.statement(t))
                t = types[self.i]
            if t == "_SEMI":
                self.i += 1
                t = types[self.i]
            if t != "_NL":
                raise Reject(self.toks[self.i])
            self.i += 1

    def statement(self, t):
        method = _STATEMENTS.get(t)
        if method is not None and not (t == "KW_TRY" and self.types[self.i + 1] == "LPAR"):
            return method(self)
        if t == "ARITHOP" or t == "ARROW":
            return Tree("expr_stmt", [self.expr()])
        target = self.postfix()
        assignment = self.assignment(target, "assign", "compound_assign")
        if assignment is not None:
            return assignment
        return Tree("expr_stmt", [self.expr_after(target)])

    def assignment(self, target, plain, compound):
        """`target := value` / `target += value` (statement or argument), else None."""
        t = self.types[self.i]
        if t != "ASSIGN" and t != "COMPOUND":
            return None
        op = self.toks[self.i]
        self.i += 1
        return Tree(plain if t == "ASSIGN" else compound, [target, op, self.expr()])

    def end_line(self):
        """A block opener's line ends here (`If (x)` then a line break)."""
        self.skip("_NL")

    def if_stmt(self):
        kw = self.take("KW_IF")
        cond = self.expr()
        self.end_line()
        then = self.body()
        else_kw, other = self.second_part("KW_ELSE")
        return Tree("if_stmt", [kw, cond, then, else_kw, other, self.take("KW_END_IF")])

    def second_part(self, keyword):
        """`Else` / `Catch` and the body after it, or two placeholders."""
        if self.types[self.i] != keyword:
            return None, None
        return self.keyword_and_body(keyword)

    def keyword_and_body(self, keyword):
        """A keyword alone on its line (`Repeat`, `Try`, `Else`, `Catch`) and the body after it."""
        kw = self.take(keyword)
        self.end_line()
        return kw, self.body()

    def case_stmt(self):
        children = [self.take("KW_CASE")]
        self.end_line()
        types = self.types
        while types[self.i] == "COLON":
            self.i += 1
            cond = self.expr()
            self.end_line()
            children.append(Tree("case_branch", [cond, self.body()]))
        else_kw, other = self.second_part("KW_ELSE")
        if else_kw is not None:
            children += (else_kw, other)
        children.append(self.take("KW_END_CASE"))
        return Tree("case_stmt", children)

    def headed_block(self, data, opener, closer):
        """`While (cond)` / `Use (obj)`: a keyword, an expression, a body, a closing keyword."""
        kw = self.take(opener)
        head = self.expr()
        self.end_line()
        return Tree(data, [kw, head, self.body(), self.take(closer)])

    def while_stmt(self):
        return self.headed_block("while_stmt", "KW_WHILE", "KW_END_WHILE")

    def repeat_stmt(self):
        kw, block = self.keyword_and_body("KW_REPEAT")
        return Tree("repeat_stmt", [kw, block, self.take("KW_UNTIL"), self.expr()])

    def for_stmt(self):
        kw, var, first = self.loop_head("KW_FOR")
        self.skip("_SEMI")
        last = self.expr()
        step = self.optional_expr()
        self.skip("RPAR")
        self.end_line()
        return Tree("for_stmt", [kw, var, first, last, step, self.body(),
                                 self.take("KW_END_FOR")])

    def foreach_stmt(self):
        children = list(self.loop_head("KW_FOR_EACH"))
        begin = self.optional_expr()
        end = self.optional_expr() if begin is not None else None
        children += (begin, end)
        self.skip("RPAR")
        self.loop_cond(children)
        self.end_line()
        children.append(self.body())
        children.append(self.take("KW_END_FOR_EACH"))
        self.loop_cond(children)
        return Tree("foreach_stmt", children)

    def loop_head(self, keyword):
        """`For (` / `For each (`: the keyword, the loop variable and the first expression."""
        kw = self.take(keyword)
        self.skip("LPAR")
        var = self.postfix()
        self.skip("_SEMI")
        return kw, var, self.expr()

    def optional_expr(self):
        """`; expr`, an optional part of a loop head, or None."""
        if self.types[self.i] != "_SEMI":
            return None
        self.i += 1
        return self.expr()

    def loop_cond(self, children):
        t = self.types[self.i]
        if t == "KW_WHILE" or t == "KW_UNTIL":
            kw = self.toks[self.i]
            self.i += 1
            children.append(Tree("while_cond" if t == "KW_WHILE" else "until_cond",
                                 [kw, self.expr()]))

    def use_stmt(self):
        return self.headed_block("use_stmt", "KW_USE", "KW_END_USE")

    def try_stmt(self):
        kw, block = self.keyword_and_body("KW_TRY")
        catch_kw, handler = self.second_part("KW_CATCH")
        return Tree("try_stmt", [kw, block, catch_kw, handler, self.take("KW_END_TRY")])

    def return_stmt(self):
        kw = self.take("KW_RETURN")
        value = None if self.types[self.i] in _STMT_END else self.expr()
        return Tree("return_stmt", [kw, value])

    def break_stmt(self):
        return Tree("break_stmt", [self.take("KW_BREAK")])

    def continue_stmt(self):
        return Tree("continue_stmt", [self.take("KW_CONTINUE")])

    def var_decl(self):
        children = [self.take("KW_VAR")]
        types = self.types
        while True:
            t = types[self.i]
            if t == "PARAM_OPEN":               # var ${2} : Text (legacy)
                children.append(self.atom())
            elif t in _VAR_NAMES:
                children.append(self.toks[self.i])
                self.i += 1
            else:
                raise Reject(self.toks[self.i])
            if types[self.i] != "_SEMI" and types[self.i] != "COMMA":
                break
            self.i += 1
        self.type_and_value(children)
        return Tree("var_decl", children)

    def type_and_value(self, children):
        """`(":" type_ref)? (ASSIGN expr)?` of var and property declarations."""
        if self.types[self.i] == "COLON":
            self.i += 1
            children.append(self.type_ref())
        if self.types[self.i] == "ASSIGN":
            children.append(self.take("ASSIGN"))
            children.append(self.expr())

    def declare(self):
        kw = self.take("KW_DECLARE")
        params = self.params() if self.types[self.i] == "LPAR" else None
        return Tree("declare", [kw, params, self.result()])

    # -------------------------------------------------------------- class files
    def class_item(self, t):
        if t == "KW_EXTENDS":
            kw = self.take("KW_EXTENDS")
            return Tree("extends_def", [kw, self.type_ref()])
        if t == "KW_PROPERTY":
            children = [self.take("KW_PROPERTY")]
            while True:
                if self.types[self.i] not in _PROP_NAMES:
                    raise Reject(self.toks[self.i])
                children.append(self.toks[self.i])
                self.i += 1
                if self.types[self.i] != "_SEMI":
                    break
                self.i += 1
            self.type_and_value(children)
            return Tree("property_decl", children)
        if t == "FUNC_MODS" or t == "CTOR_MODS":
            mods = self.toks[self.i]
            self.i += 1
        else:
            mods = None
        if self.types[self.i] == "KW_CONSTRUCTOR":
            if mods is not None and mods.type != "CTOR_MODS":
                raise Reject(mods)
            kw = self.take("KW_CONSTRUCTOR")
            params = self.params() if self.types[self.i] == "LPAR" else None
            return Tree("constructor_def", [mods, kw, params])
        if mods is not None and mods.type != "FUNC_MODS":
            raise Reject(mods)
        kw = self.take("KW_FUNCTION")
        name = self.take("NAME")
        second = self.take("NAME") if self.types[self.i] == "NAME" else None
        params = self.params() if self.types[self.i] == "LPAR" else None
        return Tree("function_def", [mods, kw, name, second, params, self.result()])

    def params(self):
        self.skip("LPAR")
        if self.types[self.i] == "RPAR":
            self.i += 1
            return Tree("params", [None])
        items = []
        while True:
            t = self.types[self.i]
            if t != "LOCAL" and t != "ELLIPSIS":
                raise Reject(self.toks[self.i])
            name = self.toks[self.i]
            self.i += 1
            if self.types[self.i] == "COLON":
                self.i += 1
                items.append(Tree("param", [name, self.type_ref()]))
            else:
                items.append(Tree("param", [name, None]))
            if self.types[self.i] != "_SEMI":
                break
            self.i += 1
        self.skip("RPAR")
        return Tree("params", items)

    def result(self):
        t = self.types[self.i]
        if t == "ARROW":
            arrow = self.take("ARROW")
            name = self.take("LOCAL")
            type_ = None
            if self.types[self.i] == "COLON":
                self.i += 1
                type_ = self.type_ref()
            return Tree("result", [arrow, name, type_])
        if t == "COLON":
            self.i += 1
            return Tree("result", [self.type_ref()])
        return None

    def type_ref(self):
        names = [self.take("NAME")]
        while self.types[self.i] == "DOT":
            self.i += 1
            names.append(self.take("NAME"))
        return Tree("type_ref", names)

    # -------------------------------------------------------------- expressions (§4.2)
    def expr(self):
        if self.types[self.i] in _PREFIX_OPS:
            return self.expr_after(self.unary())
        return self.expr_after(self.postfix())

    def expr_after(self, left):
        """The rest of an expression whose first operand (a unary) is `left`: one binary tier
        after another, each strictly left to right, then the ternary."""
        types, toks = self.types, self.toks
        t = types[self.i]
        if t not in _BINARY_OPS:
            return left
        if t in _ARITH:
            left = self.arith_after(left)
            t = types[self.i]
        if t in _COMPARE:
            left = self.compare_after(left)
            t = types[self.i]
        while t == "LOGOP":
            op = toks[self.i]
            self.i += 1
            right = self.unary()
            if types[self.i] in _ARITH:
                right = self.arith_after(right)
            if types[self.i] in _COMPARE:
                right = self.compare_after(right)
            left = Tree("binop", [left, op, right])
            t = types[self.i]
        if t == "QMARK":
            self.i += 1
            yes = self.expr()
            self.skip("COLON")
            left = Tree("ternary", [left, yes, self.expr()])
        return left

    def compare_after(self, left):
        types, toks = self.types, self.toks
        while types[self.i] in _COMPARE:
            op = toks[self.i]
            self.i += 1
            right = self.unary()
            if types[self.i] in _ARITH:
                right = self.arith_after(right)
            left = Tree("binop", [left, op, right])
        return left

    def arith_after(self, left):
        types, toks = self.types, self.toks
        while types[self.i] in _ARITH:
            op = toks[self.i]
            self.i += 1
            left = Tree("binop", [left, op, self.unary()])
        return left

    def unary(self):
        t = self.types[self.i]
        if t == "ARITHOP":              # lark's MINUS/PLUS: the lexer cannot tell them apart
            sign = self.toks[self.i]
            if sign != "-" and sign != "+":
                raise Reject(sign)
            self.i += 1
            return Tree("neg" if sign == "-" else "pos", [self.unary()])
        if t == "ARROW":
            arrow = self.toks[self.i]
            self.i += 1
            return Tree("make_pointer", [arrow, self.unary()])
        return self.postfix()

    def postfix(self, node=None):
        if node is None:
            node = self.atom()
        types, toks = self.types, self.toks
        while True:
            t = types[self.i]
            if t not in _POSTFIX_OPS:
                return node
            if t == "DOT":
                i = self.i + 1
                if types[i] != "NAME" and types[i] != "LOCAL":
                    raise Reject(toks[i])
                node = Tree("member", [node, toks[i]])
                self.i = i + 1
            elif t == "LPAR":
                self.i += 1
                if types[self.i] == "RPAR":
                    self.i += 1
                    node = Tree("call", [node, None])
                else:
                    args = [self.arg()]
                    while types[self.i] == "_SEMI":
                        self.i += 1
                        args.append(self.arg())
                    self.skip("RPAR")
                    node = Tree("call", [node, Tree("arglist", args)])
            elif t == "LSQB":
                self.i += 1
                index = self.expr()
                self.skip("RSQB")
                node = Tree("index", [node, index])
            elif t == "LBRACE":
                self.i += 1
                index = self.expr()
                self.skip("RBRACE")
                node = Tree("element", [node, index])
            elif t == "ARROW":
                arrow = toks[self.i]
                self.i += 1
                t = types[self.i]
                if t == "NAME":
                    node = Tree("deref_member", [node, arrow, toks[self.i]])
                    self.i += 1
                elif t == "LSQB":
                    self.i += 1
                    index = self.expr()
                    self.skip("RSQB")
                    node = Tree("deref_index", [node, arrow, index])
                else:
                    node = Tree("deref", [node, arrow])
            else:                       # LDBL: `$text[[3]]`
                ldbl = toks[self.i]
                self.i += 1
                index = self.expr()
                self.skip("RSQB")
                self.skip("RSQB")
                node = Tree("char_at", [node, ldbl, index])

    def arg(self):
        t = self.types[self.i]
        if t in _MARKERS:
            alone = self.types[self.i + 1] in _ARG_END
            kind = _MARKERS[t][0 if alone else 1]
            if kind is not None:
                self.i += 1
                marker = self.toks[self.i - 1]
                return Tree(kind, [marker] if alone else [marker, self.expr()])
        if t == "KW_RETURN":            # Formula(return expr)
            self.i += 1
            return Tree("return_arg", [self.toks[self.i - 1], self.expr()])
        value = self.expr()
        return self.assignment(value, "assign_arg", "compound_arg") or value

    def atom(self):
        i = self.i
        t = self.types[i]
        kind = _ATOMS.get(t)
        if kind is not None:
            self.i = i + 1
            return Tree(kind, [self.toks[i]])
        if t == "LPAR":
            self.i = i + 1
            inner = self.expr()
            if self.types[self.i] == "ASSIGN":
                op = self.take("ASSIGN")
                inner = Tree("assign_expr", [inner, op, self.expr()])
            self.skip("RPAR")
            return inner
        if t == "LSQB":
            return self.sequence("coll_lit", "RSQB", self.expr)
        if t == "LDBL":
            return self.nested_collection()
        if t == "LBRACE":
            return self.sequence("obj_lit", "RBRACE", self.pair)
        if t == "PARAM_OPEN":
            self.i = i + 1
            inner = self.expr()
            self.skip("RBRACE")
            return Tree("param_indirect", [self.toks[i], inner])
        if t == "KW_TRY":
            self.i = i + 1
            self.skip("LPAR")
            inner = self.arg()
            self.skip("RPAR")
            return Tree("try_expr", [self.toks[i], inner])
        raise Reject(self.toks[i])

    def sequence(self, data, closer, item):
        """`[a;b]` and `{k:v;…}`: an empty pair of brackets holds one placeholder."""
        self.i += 1
        if self.types[self.i] == closer:
            self.i += 1
            return Tree(data, [None])
        items = [item()]
        while self.types[self.i] == "_SEMI":
            self.i += 1
            items.append(item())
        self.skip(closer)
        return Tree(data, items)

    def nested_collection(self):
        """`[[1;2];[3]]`: the lexer read `[[` as one token (`$t[[1]]`); here it is two `[`.
        A word right after it is left to lark, which may read `[Table]Field` there."""
        nxt = self.types[self.i + 1]
        if nxt == "NAME" or nxt.startswith("KW_"):
            raise Reject(self.toks[self.i])
        inner = self.sequence("coll_lit", "RSQB", self.expr)     # consumes the second `[`
        items = [self.expr_after(self.postfix(inner))]
        while self.types[self.i] == "_SEMI":
            self.i += 1
            items.append(self.expr())
        self.skip("RSQB")
        return Tree("coll_lit", items)

    def pair(self):
        i = self.i
        if self.types[i] not in _PAIR_KEYS:
            raise Reject(self.toks[i])
        self.i = i + 1
        self.skip("COLON")
        return Tree("pair", [self.toks[i], self.expr()])


# the statements a keyword starts, parsed by the method named after their rule (a rule
# without one is left to lark: the statement parses as an expression, which rejects)
_STATEMENTS = {terminal: getattr(_Parser, rule) for terminal, rule in STATEMENT_RULES.items()
               if hasattr(_Parser, rule)}


def parse(text: str, words: WordCache) -> Tree:
    """The lark tree of `text` (block comments already blanked), or Reject."""
    try:
        return _Parser(*tokenize(text, words)).file()
    except RecursionError:          # hundreds of nested brackets: lark's parser has no stack limit
        raise Reject("nesting") from None
