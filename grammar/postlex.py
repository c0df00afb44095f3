"""Post-lexer: splits runs of words into keywords, names and numbers (language.md §1.4–§1.6).

4D names contain spaces (`Current date`, `Is text`, method `Genealogy of`), so the lexer
emits a whole run of blank-separated words as one WORDS token and this post-lexer cuts it by
longest match against the known names (keywords, commands, constants, project methods).
A run nobody knows stays one name (an unknown method or command with spaces).
"""
from __future__ import annotations

import re

from lark import Token

from fourd.runtime.catalog import fold_name
from .keywords import LINE_KEYWORDS

_TOKEN_SUFFIX = re.compile(r"^(.*?)(:[CK]\d+(?::\d+)?)?$", re.S)
_WORD = re.compile(r"\S+")
_NUMBER = re.compile(r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$")
_HEX = re.compile(r"0[xX][0-9A-Fa-f]+$")

# keywords recognised at the start of a line: LINE_KEYWORDS (grammar/keywords.py)
# keywords that may also appear inside a line: Try(expr), For each (...) Until(...),
# Formula(return expr)
MIDLINE_KEYWORDS = {"try": "KW_TRY", "while": "KW_WHILE", "until": "KW_UNTIL",
                    "return": "KW_RETURN"}
MODIFIERS = {"shared", "singleton", "session", "exposed", "local", "server", "onhttpget"}
# after these keywords the rest of the run is single-word names
SINGLE_WORD_AFTER = {"KW_FUNCTION", "KW_PROPERTY", "KW_EXTENDS", "KW_VAR"}

_LINE_BREAKERS = {"_NL", "$START"}


def empty_name(tok: Token, line_start: bool):
    """`:C1776`, a command (or constant) token without a name, is a NAME; starting a line it
    is a Case branch `:` on the name `C1776` (as before tokens without names existed)."""
    if not line_start:
        return [Token("NAME", tok.value, tok.start_pos, tok.line, tok.column, tok.line,
                      tok.end_column, tok.end_pos)]
    return [Token("COLON", ":", tok.start_pos, tok.line, tok.column, tok.line, tok.column + 1,
                  tok.start_pos + 1),
            Token("NAME", tok.value[1:], tok.start_pos + 1, tok.line, tok.column + 1, tok.line,
                  tok.end_column, tok.end_pos)]


class WordSplitter:
    """The post-lexer object given to lark (`postlex=`)."""

    always_accept = ("WORDS", "_NL", "EMPTY_NAME")

    def __init__(self, known_names=()):
        self.known = set()          # folded multi-word names (commands, constants)
        self.known_max_words = max(k.count(" ") + 1 for k in LINE_KEYWORDS)
        for n in known_names:
            key = fold_name(n)
            if " " in key:
                self.known.add(key)
                self.known_max_words = max(self.known_max_words, key.count(" ") + 1)
        self.max_words = self.known_max_words
        self.extra: set[str] = set()

    def set_extra(self, names: set[str]):
        """The project's multi-word method names (folded) for the next texts."""
        self.extra = names
        self.max_words = max([self.known_max_words] + [k.count(" ") + 1 for k in names])

    def process(self, stream):
        prev_type = "$START"
        for tok in stream:
            t = tok.type
            if t == "_NL":
                # fold consecutive line breaks (comment lines) and drop a leading one
                if prev_type in _LINE_BREAKERS:
                    continue
            if t == "WORDS":
                for part in self._split(tok, prev_type):
                    yield part
                    prev_type = part.type
                continue
            if t == "EMPTY_NAME":
                for part in empty_name(tok, prev_type in _LINE_BREAKERS):
                    yield part
                prev_type = "NAME"
                continue
            yield tok
            prev_type = t

    # ------------------------------------------------------------------ splitting
    def _split(self, tok: Token, prev_type: str):
        m = _TOKEN_SUFFIX.match(tok.value)
        body, suffix = m.group(1), m.group(2) or ""
        words = [(w.group(), w.start()) for w in _WORD.finditer(body)]
        out = []
        i = 0
        n = len(words)
        line_start = prev_type in _LINE_BREAKERS
        if prev_type == "DOT" or prev_type == "ARROW":
            out.append(self._tok("NAME", tok, words, 0, 1, "" if n > 1 else suffix))
            i = 1
            line_start = False
        if line_start and i < n:
            # modifiers: shared Function, singleton Class constructor, ...
            j = i
            while j < n and words[j][0].lower() in MODIFIERS:
                j += 1
            if j > i and j < n:
                rest = " ".join(w for w, _ in words[j:j + 2]).lower()
                if words[j][0].lower() == "function":
                    out.append(self._tok("FUNC_MODS", tok, words, i, j))
                    i = j
                elif rest == "class constructor":
                    out.append(self._tok("CTOR_MODS", tok, words, i, j))
                    i = j
        single = False
        while i < n:
            if single:
                k = 1
                kind = "NAME"
            else:
                k, kind = self._longest(words, i, line_start or (out and out[-1].type.startswith("KW_")
                                                                  and line_start))
            if kind is None:
                k = n - i        # unknown run: one name (method/command with spaces)
                kind = "NAME"
            last = i + k == n
            if kind == "NAME" and k == 1:
                w = words[i][0]
                if _NUMBER.match(w):
                    kind = "NUMBER"
                elif _HEX.match(w):
                    kind = "HEXNUMBER"
            t = self._tok(kind, tok, words, i, i + k, suffix if last else "")
            out.append(t)
            if kind in SINGLE_WORD_AFTER:
                single = True
            i += k
            line_start = False
        return out

    def _longest(self, words, i, line_start):
        n = len(words)
        first = words[i][0].lower()
        upto = min(n, i + self.max_words)
        for j in range(upto, i, -1):
            key = " ".join(w for w, _ in words[i:j]).lower() if j - i > 1 else first
            if line_start and key in LINE_KEYWORDS:
                return j - i, LINE_KEYWORDS[key]
            if j - i > 1 and (key in self.known or key in self.extra):
                return j - i, "NAME"
        if not line_start and first in MIDLINE_KEYWORDS:
            return 1, MIDLINE_KEYWORDS[first]
        if n - i == 1:
            return 1, "NAME"
        return 0, None

    @staticmethod
    def _tok(kind, tok, words, a, b, suffix=""):
        start = words[a][1]
        end = words[b - 1][1] + len(words[b - 1][0])
        value = " ".join(w for w, _ in words[a:b]) + suffix
        if suffix:
            end = len(tok.value)
        # positions: WORDS never spans lines (continuations are outside it)
        return Token(kind, value, tok.start_pos + start, tok.line, tok.column + start,
                     tok.line, tok.column + end, tok.start_pos + end)
