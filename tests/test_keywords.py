"""The one table of line keywords (grammar/keywords.py) agrees with the grammar, the fast
parser and the lowering."""
import pathlib
import re

from fourd.grammar import fastparse, postlex
from fourd.grammar.keywords import BLOCKS, STATEMENTS, CLASS_ITEMS, LINE_KEYWORDS
from fourd.interpreter.lower.builders import STATEMENTS as BUILDERS

GRAMMAR = (pathlib.Path(fastparse.__file__).parent / "fourd.lark").read_text(encoding="utf-8")
RULES = [b.rule for b in BLOCKS] + list(STATEMENTS) + list(CLASS_ITEMS)


def test_every_keyword_rule_is_in_the_grammar_and_lowered():
    for rule in RULES:
        assert re.search(rf"^{rule}:", GRAMMAR, re.M), rule
        assert rule in BUILDERS, rule


def test_every_terminal_is_declared_in_the_grammar():
    declared = set(re.search(r"^%declare (.*)$", GRAMMAR, re.M).group(1).split())
    assert set(LINE_KEYWORDS.values()) <= declared


def test_the_fast_parser_parses_every_block():
    for b in BLOCKS:
        assert fastparse._STATEMENTS[b.opener.terminal].__name__ == b.rule
        assert {b.closer.terminal, *(m.terminal for m in b.middles)} <= fastparse._BODY_END


def test_the_post_lexer_reads_the_table():
    assert postlex.LINE_KEYWORDS is LINE_KEYWORDS
    assert LINE_KEYWORDS["end for each"] == "KW_END_FOR_EACH"
