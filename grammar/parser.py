"""Parse 4D source text into a lark tree (positions kept for error messages)."""
from __future__ import annotations

import gc
import os
import re
import threading

from lark import Lark
from lark.exceptions import UnexpectedInput, UnexpectedCharacters, UnexpectedToken, UnexpectedEOF

from fourd.runtime import catalog
from fourd.runtime.catalog import fold_name
from . import fastparse
from .keywords import BLOCKS, SHOWN
from .postlex import WordSplitter

_GRAMMAR = os.path.join(os.path.dirname(__file__), "fourd.lark")
_lock = threading.Lock()
_lark: Lark | None = None
_splitter: WordSplitter | None = None
_words: fastparse.WordCache | None = None
# FOURD_PARSER=lark skips the fast path (to compare both parsers, or to rule one out)
_FAST = os.environ.get("FOURD_PARSER", "").lower() != "lark"
_LONE_CR = re.compile(r"\r(?!\n)")


class SyntaxError4D(Exception):
    """A syntax error at (line, column) with a message in 4D words."""

    def __init__(self, message, line, column, source_line=""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.source_line = source_line


def _known_names():
    return list(catalog.all_command_names()) + list(catalog.all_constant_names())


def _get_splitter() -> WordSplitter:
    global _splitter, _words
    if _splitter is None:
        _splitter = WordSplitter(_known_names())
        _words = fastparse.WordCache(_splitter)
    return _splitter


def get_parser() -> tuple[Lark, WordSplitter]:
    """lark's parser (built on first use: the fast path seldom needs it) and the post-lexer."""
    global _lark
    splitter = _get_splitter()
    if _lark is None:
        _lark = Lark.open(_GRAMMAR, parser="lalr", lexer="contextual", postlex=splitter,
                          propagate_positions=False, maybe_placeholders=True, cache=True)
    return _lark, splitter


_OUTSIDE_COMMENT = re.compile(r'"(?:[^"\\\r\n]|\\[\s\S])*"?|//[^\r\n]*|/\*')
_COMMENT_MARK = re.compile(r"/\*|\*/")
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


def strip_block_comments(text: str) -> str:
    """Blank out /* … */ comments (nested, language.md §1.3) keeping every line break, so
    positions stay exact. Text literals and // comments are skipped."""
    if "/*" not in text:
        return text
    out = []
    pos = 0                                  # text[:pos] is already in `out`
    scan = 0
    n = len(text)
    while True:
        m = _OUTSIDE_COMMENT.search(text, scan)
        if m is None:
            break
        if m.group() != "/*":                # a text literal or a // comment
            scan = m.end()
            continue
        depth, end = 0, n
        for mark in _COMMENT_MARK.finditer(text, m.start()):
            depth += 1 if mark.group() == "/*" else -1
            if depth == 0:
                end = mark.end()
                break
        out.append(text[pos:m.start()])
        out.append(_NOT_LINE_BREAK.sub(" ", text[m.start():end]))
        pos = scan = end
        if end >= n:
            break
    out.append(text[pos:])
    return "".join(out)


def parse(text: str, extra_names=()):
    """Parse 4D source; raises SyntaxError4D. `extra_names` are project method names (which
    may contain spaces) to recognise as single names."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        # lone CRs (classic Mac exports) become LFs, same length: lark counts lines on LF
        text = _LONE_CR.sub("\n", text)
    clean = strip_block_comments(text)
    splitter = _get_splitter()
    with _lock:
        extra = {fold_name(n) for n in extra_names if " " in n}
        if extra != splitter.extra:
            splitter.set_extra(extra)
            _words.clear()
        if _FAST:
            # a parse allocates a tree and nothing cyclic: the collector's passes over the
            # growing heap would cost a third of the time
            collecting = gc.isenabled()
            gc.disable()
            try:
                return fastparse.parse(clean, _words)
            except fastparse.Reject:
                pass                    # lark decides: its tree, or its error message
            finally:
                if collecting:
                    gc.enable()
        try:
            return get_parser()[0].parse(clean)
        except UnexpectedInput as e:
            raise _syntax_error(e, text) from None


_TERMINAL_WORDS = {
    "_NL": "end of line", "NAME": "a name", "LOCAL": "a local variable", "NUMBER": "a number",
    "STRING": "a text literal", "ASSIGN": "':='", "LPAR": "'('", "RPAR": "')'",
    "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'", "RBRACE": "'}'", "_SEMI": "';'",
    "COLON": "':'", "DOT": "'.'", **SHOWN, "ARITHOP": "an operator", "CMPOP": "a comparison",
    "$END": "end of file", "WORDS": "a name", "LOGOP": "a logical operator", "GT": "'>'",
    "LT": "'<'", "STAR_OP": "'*'", "ARROW": "'->'", "COMPOUND": "a compound assignment",
    "DATE": "a date", "TIME": "a time", "HEXNUMBER": "a number", "IPVAR": "an interprocess variable",
    "TABLEFIELD": "a field", "PARAM_OPEN": "'${'", "LDBL": "'[['", "QMARK": "'?'", "COMMA": "','",
}


def _describe(term):
    return _TERMINAL_WORDS.get(term, term.lower().replace("kw_", "").replace("_", " "))


def _syntax_error(e: UnexpectedInput, text: str) -> SyntaxError4D:
    line = getattr(e, "line", 1) or 1
    col = getattr(e, "column", 1) or 1
    lines = text.splitlines()
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else ""
        if ch == '"':
            msg = "a text literal is not closed before the end of the line"
        else:
            msg = f"unexpected character {ch!r}"
    elif isinstance(e, UnexpectedEOF):
        msg, line, col, src = _unclosed_block(text, lines)
    elif isinstance(e, UnexpectedToken):
        tok = e.token
        if tok.type == "$END":
            msg, line, col, src = _unclosed_block(text, lines)
        else:
            shown = tok.value.strip() or _describe(tok.type)
            if tok.type == "_NL":
                shown = "end of line"
            # words first ("a name", "a number"), then keywords, then punctuation
            expected = sorted({_describe(t) for t in e.expected if not t.startswith("__")},
                              key=lambda d: (0 if d.startswith(("a ", "an ")) else
                                             2 if d.startswith("'") else 1, d))
            exp = ", ".join(expected[:6]) + (" …" if len(expected) > 6 else "")
            msg = f"unexpected {shown!r}" + (f"; expected {exp}" if exp else "")
    else:
        msg = str(e).splitlines()[0]
    return SyntaxError4D(msg, line, col, src)


# block opener -> the block (grammar/keywords.py); closer -> its opener's spelling
_OPENERS = {b.opener.spelling: b for b in BLOCKS}
_CLOSERS = {b.closer.spelling: b.opener.spelling for b in BLOCKS}
# a line starting with an opener or a closer (longest spelling first: `for each` before `for`)
_LINE_START = re.compile(r"^[ \t]*(" + "|".join(
    sorted((w.replace(" ", r"[ \t]+") for w in (*_OPENERS, *_CLOSERS)), key=len, reverse=True))
    + r")\b(.*)$", re.I)


def _unclosed_block(text, lines):
    """The message for a file that ends inside a block: name the innermost unclosed one."""
    stack = []
    for n, raw in enumerate(strip_block_comments(text).splitlines(), 1):
        m = _LINE_START.match(raw)
        if not m:
            continue
        word = fold_name(m.group(1))
        rest = m.group(2).strip()
        if word == "try" and rest.startswith("("):
            continue                      # Try(expression), not a block
        if word in _OPENERS:
            stack.append((word, n, raw))
        elif stack and _CLOSERS.get(word) == stack[-1][0]:
            stack.pop()
    if stack:
        word, n, raw = stack[-1]
        block = _OPENERS[word]
        return (f"unexpected end of file: the {block.opener.shown} block at line {n} is not "
                f"closed (missing {block.closer.shown})", n, 1, raw)
    last = len(lines) or 1
    return "unexpected end of file", last, 1, lines[-1] if lines else ""
