"""Parse 4D source text into a lark tree (positions kept for error messages)."""
from __future__ import annotations

import os
import re
import threading

from lark import Lark
from lark.exceptions import UnexpectedInput, UnexpectedCharacters, UnexpectedToken, UnexpectedEOF

from .postlex import WordSplitter

_GRAMMAR = os.path.join(os.path.dirname(__file__), "fourd.lark")
_lock = threading.Lock()
_parser: Lark | None = None
_splitter: WordSplitter | None = None


class SyntaxError4D(Exception):
    """A syntax error at (line, column) with a message in 4D words."""

    def __init__(self, message, line, column, source_line=""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.source_line = source_line


def _known_names():
    try:
        from fourd.runtime import catalog
        names = list(catalog.all_command_names()) + list(catalog.all_constant_names())
    except Exception:  # catalogue not built: the parser still works on single words
        names = []
    return names


def get_parser() -> tuple[Lark, WordSplitter]:
    global _parser, _splitter
    if _parser is None:
        splitter = WordSplitter(_known_names())
        _parser = Lark.open(_GRAMMAR, parser="lalr", lexer="contextual", postlex=splitter,
                            propagate_positions=False, maybe_placeholders=True, cache=True)
        _splitter = splitter
    return _parser, _splitter


def strip_block_comments(text: str) -> str:
    """Blank out /* … */ comments (nested, language.md §1.3) keeping every line break, so
    positions stay exact. Strings and // comments are skipped."""
    if "/*" not in text:
        return text
    out = []
    i, n = 0, len(text)
    depth = 0
    while i < n:
        c = text[i]
        if depth:
            if text.startswith("/*", i):
                depth += 1
                out.append("  ")
                i += 2
            elif text.startswith("*/", i):
                depth -= 1
                out.append("  ")
                i += 2
            else:
                out.append(c if c in "\r\n" else " ")
                i += 1
            continue
        if c == '"':
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
            depth = 1
            out.append("  ")
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse(text: str, extra_names=()):
    """Parse 4D source; raises SyntaxError4D. `extra_names` are project method names (which
    may contain spaces) to recognise as single names."""
    if text.startswith("\ufeff"):
        text = text[1:]
    clean = strip_block_comments(text)
    parser, splitter = get_parser()
    with _lock:
        splitter.extra = {" ".join(n.split()).lower() for n in extra_names if " " in n}
        if splitter.extra:
            splitter.max_words = max(splitter.max_words,
                                     max(k.count(" ") + 1 for k in splitter.extra))
        try:
            return parser.parse(clean)
        except UnexpectedInput as e:
            raise _syntax_error(e, text) from None


_TERMINAL_WORDS = {
    "_NL": "end of line", "NAME": "a name", "LOCAL": "a local variable", "NUMBER": "a number",
    "STRING": "a text literal", "ASSIGN": "':='", "LPAR": "'('", "RPAR": "')'",
    "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'", "RBRACE": "'}'", "_SEMI": "';'",
    "COLON": "':'", "DOT": "'.'", "KW_END_IF": "End if", "KW_END_CASE": "End case",
    "KW_END_WHILE": "End while", "KW_UNTIL": "Until", "KW_END_FOR": "End for",
    "KW_END_FOR_EACH": "End for each", "KW_END_USE": "End use", "KW_END_TRY": "End try",
    "KW_ELSE": "Else", "KW_CATCH": "Catch", "ARITHOP": "an operator", "CMPOP": "a comparison",
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


_OPENERS = {"if": "End if", "case of": "End case", "while": "End while", "repeat": "Until",
            "for each": "End for each", "for": "End for", "use": "End use", "try": "End try"}
_CLOSERS = {"end if": "if", "end case": "case of", "end while": "while", "until": "repeat",
            "end for each": "for each", "end for": "for", "end use": "use", "end try": "try"}
_LINE_START = re.compile(r"^[ \t]*(for each|end for each|end if|end case|end while|end for|"
                         r"end use|end try|case of|if|while|repeat|until|for|use|try)\b(.*)$",
                         re.I)


def _unclosed_block(text, lines):
    """The message for a file that ends inside a block: name the innermost unclosed one."""
    stack = []
    for n, raw in enumerate(strip_block_comments(text).splitlines(), 1):
        m = _LINE_START.match(raw)
        if not m:
            continue
        word = " ".join(m.group(1).lower().split())
        rest = m.group(2).strip()
        if word == "try" and rest.startswith("("):
            continue                      # Try(expression), not a block
        if word in _OPENERS:
            stack.append((word, n, raw))
        elif stack and _CLOSERS.get(word) == stack[-1][0]:
            stack.pop()
    if stack:
        word, n, raw = stack[-1]
        name = "Case of" if word == "case of" else word.capitalize()
        return (f"unexpected end of file: the {name} block at line {n} is not closed "
                f"(missing {_OPENERS[word]})", n, 1, raw)
    last = len(lines) or 1
    return "unexpected end of file", last, 1, lines[-1] if lines else ""
