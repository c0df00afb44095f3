"""Fuzzing: random tokens and bytes never make a Python exception escape the parser
or `fourd run`. FOURD_FUZZ_EXAMPLES raises the example count (default 2,000 for the parser)."""
import os

from hypothesis import given, settings, strategies as st, HealthCheck

from fourd.grammar.parser import parse, SyntaxError4D

EXAMPLES = int(os.environ.get("FOURD_FUZZ_EXAMPLES", "2000"))

TOKENS = ["If", "(", ")", "End if", "Else", "$a", "$b", ":=", "+", "-", "*", "/", "\\", "%", "=", "#",
          "<", ">", "<=", ">=", "&", "|", "&&", "||", "?", ":", ";", "[", "]", "{", "}", ".", "->",
          "1", "2.5", "0xFF", '"x"', '"a\\"b"', "!2024-01-02!", "?12:00:00?", "For", "End for",
          "For each", "End for each", "While", "End while", "Repeat", "Until", "Case of", "End case",
          "Try", "Catch", "End try", "return", "break", "continue", "var", ": Text", "Function", "Class constructor",
          "property", "#DECLARE", "String:C10", "Is text:K8:3", "New object", "This", "Formula",
          "\n", "\r\n", "\r", " ", "\t", "//c", "/*", "*/", "\\\n", "[[", "]]", "${", "<>v", "[T]F", "Begin SQL", "End SQL"]


def _parse_ok(text):
    try:
        parse(text)
    except SyntaxError4D as e:
        assert isinstance(e.line, int) and isinstance(e.message, str)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_parser_random_tokens(tokens):
    _parse_ok(" ".join(tokens))


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=200))
def test_parser_random_text(text):
    _parse_ok(text)


# no loop keywords: a random `While (1=1)` would never end
RUN_TOKENS = [t for t in TOKENS if t not in ("For", "For each", "While", "Repeat", "Until")]


@settings(max_examples=max(50, EXAMPLES // 20), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(RUN_TOKENS), max_size=30))
def test_compile_and_run_random_tokens(tokens):
    """Whatever parses also compiles and runs without a Python exception escaping."""
    from fourd.interpreter.project import Project, CompileFailure
    from fourd.runtime import errorstate
    from fourd.runtime.errors import FourDError, AbortExecution, QuitRequest
    import tempfile
    text = " ".join(tokens)
    try:
        parse(text)
    except SyntaxError4D:
        return
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "fuzz.4dm")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        project = Project({"fuzz": path})
        try:
            fn = project.method_table["fuzz"]
            errorstate.try_expr(lambda: fn(None))
        except (CompileFailure, FourDError, AbortExecution, QuitRequest):
            pass
