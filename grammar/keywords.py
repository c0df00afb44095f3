"""The keywords that start a line (language.md §3, §5, §9), in one table read by the
post-lexer (which word runs are keywords), the fast parser (which method parses a statement,
which keywords end a body), the syntax-error messages (what closes what) and the lowering
(tests/test_keywords.py checks each rule has a builder).

A new block construct is its rule in fourd.lark (and its terminals in `%declare`), a line in
BLOCKS and its builder in interpreter/lower/statements.py; fastparse.py parses it with the
method named after the rule, and leaves it to lark while there is none.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keyword:
    spelling: str           # folded (lowercase, single blanks): "end for each"
    terminal: str           # the grammar's terminal: "KW_END_FOR_EACH"

    @property
    def shown(self) -> str:
        """As messages write it: "End for each"."""
        return self.spelling[0].upper() + self.spelling[1:]


def _kw(spelling, terminal=None):
    return Keyword(spelling, terminal or "KW_" + spelling.upper().replace(" ", "_"))


@dataclass(frozen=True)
class Block:
    rule: str                       # the grammar rule of the statement: "foreach_stmt"
    opener: Keyword
    closer: Keyword
    middles: tuple = ()             # keywords between two bodies: Else, Catch


BLOCKS = (
    Block("if_stmt", _kw("if"), _kw("end if"), (_kw("else"),)),
    Block("case_stmt", _kw("case of", "KW_CASE"), _kw("end case"), (_kw("else"),)),
    Block("while_stmt", _kw("while"), _kw("end while")),
    Block("repeat_stmt", _kw("repeat"), _kw("until")),
    Block("for_stmt", _kw("for"), _kw("end for")),
    Block("foreach_stmt", _kw("for each"), _kw("end for each")),
    Block("use_stmt", _kw("use"), _kw("end use")),
    Block("try_stmt", _kw("try"), _kw("end try"), (_kw("catch"),)),
)
# statements of one keyword line: grammar rule -> keyword
STATEMENTS = {"return_stmt": _kw("return"), "break_stmt": _kw("break"),
              "continue_stmt": _kw("continue"), "var_decl": _kw("var")}
# the items of a class file (§9): grammar rule -> keyword
CLASS_ITEMS = {"function_def": _kw("function"),
               "constructor_def": _kw("class constructor", "KW_CONSTRUCTOR"),
               "extends_def": _kw("class extends", "KW_EXTENDS"),
               "property_decl": _kw("property")}

# folded spelling -> terminal, for the post-lexer
LINE_KEYWORDS = {k.spelling: k.terminal for k in
                 [w for b in BLOCKS for w in (b.opener, b.closer, *b.middles)]
                 + list(STATEMENTS.values()) + list(CLASS_ITEMS.values())}
# the terminal starting a statement -> its grammar rule (#DECLARE is lexed as one token)
STATEMENT_RULES = {b.opener.terminal: b.rule for b in BLOCKS}
STATEMENT_RULES.update({k.terminal: rule for rule, k in STATEMENTS.items()})
STATEMENT_RULES["KW_DECLARE"] = "declare"
# terminals that end a body (the enclosing block decides whether it is the right one)
BODY_ENDS = frozenset(k.terminal for b in BLOCKS for k in (b.closer, *b.middles))
# the closing and middle keywords as messages show them
SHOWN = {k.terminal: k.shown for b in BLOCKS for k in (b.closer, *b.middles)}
