"""Commands and collection member functions called directly from Python (no parser):
tricky semantics of formatting, comparisons, the query language, blob formats, sorting."""
import math
import re

import pytest

import fourd.runtime.commands  # noqa: F401  (registers every theme)
from fourd.runtime import arrays as AV, collections as C
from fourd.runtime.classes.blob import new_blob
from fourd.runtime.commands import text as T, math as M, datetime as D, types_cmds as TY, \
    output as O, objects_cmds as OB, json_cmds as J, blob_cmds as B, arrays_cmds as A
from fourd.runtime.calling import Ref, ValueRef
from fourd.runtime.commands.registry import lookup
from fourd.runtime.errors import FourDError, ERR_ASSERT, ERR_JSON_PARSE
from fourd.runtime.function import Function4D
from fourd.runtime.objects import COLLECTION_METHODS, call_method
from fourd.runtime.shared import use
from fourd.runtime.values import (NULL, STAR, ASCENDING, DESCENDING, Obj, Coll, Date4D, Time4D,
                                  Blob4D, Pointer, Array4D)


# ---------------------------------------------------------------- helpers
class Var(Ref):
    """A variable for by-reference arguments."""

    def __init__(self, value=None):
        self.value = value
        super().__init__(lambda: self.value, self._set, "$v")

    def _set(self, v):
        self.value = v


def F(fn):
    """A 4D Formula whose body is `fn(*args)` ($1 = args[0])."""
    return Function4D(lambda this, *a: fn(*a), source="test")


def col(*items):
    return OB.new_collection(*items)


def obj(**kw):
    return OB.new_object(*[x for kv in kw.items() for x in kv])


def m(coll, name, *args):
    return call_method(coll, name, args)


def hexs(b):
    return " ".join(f"{x:02X}" for x in b)


# ---------------------------------------------------------------- registry
def test_commands_registered_by_name_and_number():
    assert lookup("string").fn is T.string
    assert lookup("x", 10).fn is T.string          # token number wins
    assert lookup("OB  SET").refs == (0,)
    assert lookup("TEXT TO BLOB").refs == (1, 3)
    assert len(COLLECTION_METHODS) >= 45


# ---------------------------------------------------------------- String()
@pytest.mark.parametrize("value, fmt, expected", [
    (2 ** 15, "###,##0 Inhabitants", "32,768 Inhabitants"),
    (1 / 3, "##0.00000", "0.33333"),
    (math.atan(1) * 4, "##0.00", "3.14"),
    (-1, "&x", "0xFFFFFFFF"), (-1, "&$", "$FFFFFFFF"),
    (128, "&x", "0x0080"), (128, "&$", "$80"), (16384, "&x", "0x4000"),
    (50.3, "&xml", "50.3"), (1, "True;;False", "True"), (0, "True;;False", "False"),
    (5, "serie_###", "serie_5"), (1234, "000 000", "001 234"), (7, "00", "07"),
    (-1234.567, "###,##0.00", "-1,234.57"), (-5, "###;(###)", "(5)"), (2.5, "##0", "3"),
])
def test_string_number_formats(value, fmt, expected):
    assert T.string(value, fmt) == expected


def test_string_default_number_forms():
    assert T.string(1 / 3) == "0.3333333333333"
    assert T.string(math.atan(1) * 4) == "3.14159265359"
    assert T.string(10.0) == "10"
    assert T.string(1 / 0.0 if False else math.inf) == "INF"
    assert T.string(-math.inf) == "-INF"
    assert T.string(math.nan) == ""


def test_string_scalars_null_undefined():
    assert T.string(True) == "True" and T.string(False) == "False"
    assert T.string(None) == ""
    assert T.string(NULL) == "null"
    assert T.string("abc", "###") == "abc"


def test_string_base():
    assert T.string(10, 2) == "1010"
    assert T.string(-10, 2) == "-1010"
    assert T.string(254, 16) == "fe"
    assert T.string(-16523461, 16) == "-fc20c5"
    assert T.string(math.nan, 10) == "NaN"


def test_string_dates():
    d = Date4D(2023, 11, 27)
    assert T.string(d) == "11/27/2023"
    assert T.string(d, 8) == "2023-11-27T00:00:00"
    assert T.string(d, 8, Time4D(3661)) == "2023-11-27T01:01:01"
    assert T.string(d, 5) == "November 27, 2023"
    assert T.string(d, 6) == "Nov 27, 2023"
    assert T.string(d, 3) == "Monday, November 27, 2023"
    assert T.string(d, "yyyy-MM-dd") == "2023-11-27"
    assert T.string(d, "EEEE d MMMM y GGGG") == "Monday 27 November 2023 Anno Domini"
    assert T.string(Date4D(), 100 + 7) == ""


def test_string_times():
    t = Time4D(17 * 3600 + 30 * 60 + 45)
    assert T.string(t) == "17:30:45"
    assert T.string(t, 5) == "5:30 PM"
    assert T.string(t, 3) == "17 hours 30 minutes 45 seconds"
    assert T.string(t, 2) == "17:30"
    assert T.string(Time4D(3723), 6) == "62:03"
    assert T.string(t, "hh:mm aa") == "05:30 PM"
    assert T.string(Time4D(90000)) == "25:00:00"


# ---------------------------------------------------------------- Num / Bool
@pytest.mark.parametrize("text, expected", [
    ("A1B2C3", 123), ("ABCD", 0), ("123", 123), ("123.4", 123.4), ("-123", -123),
    ("-123e2", -12300), ("123-456", 123), ("123e-2", 1.23), ("", 0), ("  12 ", 12),
])
def test_num_text_rules(text, expected):
    assert T.num(text) == pytest.approx(expected)


def test_num_other_types_and_separator_and_base():
    assert T.num(True) == 1 and T.num(False) == 0
    assert T.num(None) == 0
    assert T.num(Time4D(65)) == 65
    assert T.num("33,333.33", ".") == pytest.approx(33333.33)
    assert T.num("1,5", ",") == pytest.approx(1.5)
    assert T.num("ff", 16) == 255
    assert T.num("0x1A", 16) == 26


def test_bool_rules():
    assert TY.bool_("true") is False
    assert TY.bool_(None) is False and TY.bool_(NULL) is False
    assert TY.bool_(2.5) is True and TY.bool_(0) is False
    assert TY.bool_(True) is True


# ---------------------------------------------------------------- text
def test_length_counts_utf16_units():
    assert T.length("😀a") == 3
    assert T.length(None) == 0
    assert T.substring("😀abc", 3) == "abc"


def test_substring_edges():
    assert T.substring("Hello", 2, 3) == "ell"
    assert T.substring("Hello", 4) == "lo"
    assert T.substring("Hello", 10) == ""
    assert T.substring("Hello", 2, 100) == "ello"
    assert T.substring("Hello", 2, 0) == ""


def test_position_insensitive_and_exact():
    assert T.position("B", "abcb") == 2
    assert T.position("B", "abcb", STAR) == 0
    assert T.position("e", "Café") == 4            # accent-insensitive
    assert T.position("ae", "Cæsar") == 2          # æ = ae
    assert T.position("b", "abcb", 3) == 4
    assert T.position("", "abc") == 0
    assert T.position("x", "abc") == 0


def test_position_length_found_and_ignorable():
    n = Var(0)
    assert T.position("ab", "x\x01a\x01b", 1, n) == 3
    assert n.value == 3                            # the ignorable char inside counts
    n2 = Var(0)
    assert T.position("é", "Cafe", 1, n2) == 4 and n2.value == 1
    assert T.position("b", "abcb", 1, ValueRef(STAR)) == 2   # `*` in the ref position


def test_replace_string():
    assert T.replace_string("Hello hello", "HELLO", "bye") == "bye bye"
    assert T.replace_string("aaa", "a", "b", 2) == "bba"
    assert T.replace_string("aAa", "a", "b", STAR) == "bAb"
    assert T.replace_string("abc", "", "x") == "abc"
    assert T.replace_string("Café", "e", "E") == "CafE"


def test_positional_edits():
    assert T.change_string("Acme", "CME", 2) == "ACME"
    assert T.change_string("abc", "XYZ", 2) == "aXY"
    assert T.delete_string("Lamborghini", 6, 6) == "Lambo"
    assert T.delete_string("abc", 0, 1) == "bc"      # where < 1: from the beginning (docs)
    assert T.insert_string("The tiger", "ferocious ", 5) == "The ferocious tiger"
    assert T.insert_string("ab", "X", 99) == "abX"


def test_upper_lowercase_strip_accents_without_star():
    assert T.uppercase("hélène") == "HELENE"
    assert T.uppercase("hélène", STAR) == "HÉLÈNE"
    assert T.lowercase("ÉCOLE") == "ecole"


def test_char_and_character_code():
    assert T.char(65) == "A" and T.character_code("A") == 65
    assert T.character_code("") == 0
    assert T.character_code("😀") == 0xD83D


def test_split_string_options():
    s = "John;Doe;;  NJ"
    assert list(T.split_string(s, ";")) == ["John", "Doe", "", "  NJ"]
    assert list(T.split_string(s, ";", 1)) == ["John", "Doe", "  NJ"]
    assert list(T.split_string(s, ";", 3)) == ["John", "Doe", "NJ"]
    assert list(T.split_string("abc", "")) == ["a", "b", "c"]
    assert list(T.split_string("", ",")) == []      # the Collection page's map/flatMap example


def test_trim_ecmascript_whitespace():
    assert T.trim(" \t x y\u3000\n") == "x y"
    assert T.trim_start("  x ") == "x "
    assert T.trim_end("  x ") == "  x"


def test_compare_strings_options():
    a, b = "alpha Bravo charlie", "Alpha Bravo Charlie"
    assert T.compare_strings(a, b) == 0
    assert T.compare_strings(a, b, 1) == 1                 # sk char codes
    assert T.compare_strings(a, b, 1 + 2) == 0             # + case insensitive
    assert T.compare_strings("ete", "été") == 0
    assert T.compare_strings("ete", "été", 2) == -1        # accents count
    assert T.compare_strings("alpha", "Alpha", 0) == -1    # strict: lower case first
    assert T.compare_strings("a", "B") == -1


def test_match_regex_forms():
    assert T.match_regex(".*smith.*", "john smith") is True
    assert T.match_regex("smith", "john smith") is False   # 2 params: whole string
    pos, ln = Var(0), Var(0)
    assert T.match_regex("a.b", "---a-b---", 1, pos, ln) is True
    assert (pos.value, ln.value) == (4, 3)
    assert T.match_regex("a.b", "---a-b---", 1, pos, ln, STAR) is False
    assert T.match_regex("a.b", "---a-b---", 4, pos, ln, STAR) is True
    with pytest.raises(FourDError):
        T.match_regex("(", "x")


def test_match_regex_capture_arrays():
    pa, la = Var(AV.new_array(AV.LONGINT_ARRAY)), Var(AV.new_array(AV.LONGINT_ARRAY))
    assert T.match_regex("(\\w+)@(\\w+)", "mail: bob@example!", 1, pa, la)
    assert list(pa.value) == [7, 7, 11] and list(la.value) == [11, 3, 7]


def test_generate_uuid():
    u = T.generate_uuid()
    assert re.fullmatch(r"[0-9A-F]{32}", u) and u[12] == "4"
    assert T.generate_uuid(7)[12] == "7"


# ---------------------------------------------------------------- math
def test_round_trunc_int_half_away():
    assert M.round_(-1.5, 0) == -2 and M.round_(2.5, 0) == 3
    assert M.round_(1234.567, -2) == 1200
    assert M.round_(1.005, 2) == 1.01
    assert M.trunc(-1.57, 1) == -1.6      # toward negative infinity (Trunc page)
    assert M.int_(-123.4) == -124
    assert M.dec(-1.5) == 0.5              # always positive or zero (Dec page)


def test_mod_rounds_reals_and_keeps_dividend_sign():
    assert M.mod(3.5, 2) == 0
    assert M.mod(-5, 3) == -2
    with pytest.raises(FourDError):
        M.mod(1, 0)


def test_math_domains():
    assert math.isnan(M.log(-1)) and M.log(0) == -math.inf
    assert math.isnan(M.square_root(-4)) and M.sqrt(9) == 3
    assert 0 <= M.random() <= 32767
    assert M.abs_(-3) == 3 and M.exp(0) == 1


# ---------------------------------------------------------------- dates and times
def test_date_parsing():
    assert D.date("2013-11-20T10:20:00") == Date4D(2013, 11, 20)
    assert D.date("2013-11-20") == Date4D(2013, 11, 20)
    assert D.date("11/27/23") == Date4D(2023, 11, 27)
    assert D.date("1/2/45") == Date4D(1945, 1, 2)
    assert D.date("2/30/2020").is_null() and D.date("hello").is_null()
    assert D.date(None).is_null()


def test_time_conversions():
    assert D.time(10000) == 10000 and T.string(D.time(10000)) == "02:46:40"
    assert D.time("10:20:30") == 37230 and D.time("25:00") == 90000
    assert D.time(None) == 0
    assert D.time_string(3661) == "01:01:01"


def test_add_to_date_and_parts():
    d = Date4D(2023, 1, 31)
    assert D.add_to_date_(d, 1, 0, 0) == Date4D(2024, 1, 31)
    assert D.add_to_date_(d, 0, 0, 1) == Date4D(2023, 2, 1)
    assert D.add_to_date_(Date4D(2024, 2, 29), 1, 0, 0) == Date4D(2025, 3, 1)
    assert D.day_number(Date4D(2023, 11, 26)) == 1               # Sunday
    assert (D.year_of(d), D.month_of(d), D.day_of(d)) == (2023, 1, 31)


def test_timestamp_and_clocks():
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", D.timestamp())
    assert isinstance(D.milliseconds(), int) and isinstance(D.tickcount(), int)
    assert 0 <= D.current_time() < 86400


# ---------------------------------------------------------------- objects
def test_new_object_stores_reals_and_seconds():
    o = OB.new_object("n", 42, "t", Time4D(90), "u", None)
    assert type(o["n"]) is float and o["t"] == 90.0 and "u" not in o
    assert TY.value_type_(o["n"]) == 1


def test_ob_set_creates_object_when_null():
    v = Var(NULL)
    OB.ob_set(v, "a", 1, "b", "x")
    assert isinstance(v.value, Obj) and dict(v.value) == {"a": 1.0, "b": "x"}


def test_ob_get_conversions():
    o = obj(n="12.7", d="2020-01-02", t=3600, b=1)
    assert OB.ob_get(o, "n", 9) == 13
    assert OB.ob_get(o, "n", 1) == pytest.approx(12.7)
    assert OB.ob_get(o, "d", 4) == Date4D(2020, 1, 2)
    assert OB.ob_get(o, "t", 11) == Time4D(3600)
    assert OB.ob_get(o, "missing") is None
    assert OB.ob_get(o, "missing", 2) == ""
    assert OB.ob_get(NULL, "x") is None


def test_ob_keys_values_entries_order():
    o = obj(b=1, a=2)
    assert list(OB.ob_keys(o)) == ["b", "a"]
    assert list(OB.ob_values(o)) == [1.0, 2.0]
    assert [(e["key"], e["value"]) for e in OB.ob_entries(o)] == [("b", 1.0), ("a", 2.0)]


def test_ob_is_defined_is_empty_get_type():
    o = obj(a=NULL)
    assert OB.ob_is_defined(o) and OB.ob_is_defined(o, "a") and not OB.ob_is_defined(o, "A")
    assert not OB.ob_is_defined(NULL)
    assert OB.ob_is_empty(OB.new_object()) and OB.ob_is_empty(None) and not OB.ob_is_empty(o)
    assert OB.ob_get_type(o, "a") == 255 and OB.ob_get_type(o, "zz") == 5


def test_ob_copy_deep_pointers_shared():
    box = {"v": "first"}
    p = Pointer(lambda: box["v"], lambda v: box.__setitem__("v", v), "k", "$t")
    o = OB.new_object("p", p, "sub", obj(x=1))
    c1 = OB.ob_copy(o)
    c2 = OB.ob_copy(o, 1)                 # ck resolve pointers
    c3 = OB.ob_copy(o, True)
    assert c1["sub"] is not o["sub"] and c1["p"] is p
    assert c2["p"] == "first" and c3["p"] == "first"
    s = OB.ob_copy(o, 16 + 1)             # ck shared (16) + ck resolve pointers (1) = 17
    assert s.shared and s["sub"].shared and s["sub"].group is s.group
    assert s["p"] == "first"
    s2 = OB.ob_copy(o, 16)                # ck shared alone: pointers kept
    assert s2.shared and s2["p"] is p
    n = OB.ob_copy(o, 2)                  # 2 is not ck shared (it is ck keep null)
    assert not n.shared and n["p"] is p


def test_ob_remove_on_shared_object_uses_itself():
    so = OB.new_shared_object("a", 1, "b", 2)
    OB.ob_remove(so, "a")
    assert list(so) == ["b"]


def test_new_shared_object_rejects_plain_objects():
    with pytest.raises(FourDError):
        OB.new_shared_object("o", OB.new_object())


# ---------------------------------------------------------------- JSON
def test_json_stringify_compact():
    o = OB.new_object("n", 1, "r", 1.5, "s", "é\"\n", "d", Date4D(2020, 1, 2), "z", NULL,
                      "c", col(1, obj(a=True)), "f", F(lambda: 1))
    o["u"] = None                          # undefined property: omitted
    assert J.json_stringify_(o) == ('{"n":1,"r":1.5,"s":"é\\"\\n","d":"2020-01-02","z":null,'
                                   '"c":[1,{"a":true}],"f":"[object Formula]"}')
    assert J.json_stringify_("Eureka!") == '"Eureka!"'
    assert J.json_stringify_(120) == "120"
    assert J.json_stringify_(1e21) == "1e+21"
    assert J.json_stringify_(Time4D(65)) == "65"


def test_json_stringify_pretty_uses_tabs():
    o = OB.new_object("a", 1, "b", col(1, 2), "e", OB.new_object())
    assert J.json_stringify_(o, STAR) == '{\n\t"a": 1,\n\t"b": [\n\t\t1,\n\t\t2\n\t],\n\t"e": {}\n}'


def test_json_parse_types():
    v = J.json_parse_('{"a":1,"b":[true,null,"2021-03-04","x"],"c":{}}')
    assert isinstance(v, Obj) and type(v["a"]) is float
    assert isinstance(v["b"], Coll) and v["b"][1] is NULL and v["b"][2] == Date4D(2021, 3, 4)
    assert J.json_parse_('"abc"') == "abc" and J.json_parse_("12") == 12.0
    assert J.json_parse_("12.7", 9) == 13
    assert J.json_parse_('"2020-05-06"', 4) == Date4D(2020, 5, 6)


def test_json_parse_invalid_raises_json_error():
    with pytest.raises(FourDError) as e:
        J.json_parse_("{a:1}")
    assert e.value.code == ERR_JSON_PARSE and "line 1" in e.value.message
    with pytest.raises(FourDError):
        J.json_parse_("NaN")


def test_json_arrays():
    arr = A.new_array(A.TEXT_ARRAY)
    arr.extend(["a", "b"])
    assert J.json_stringify_array(arr) == '["a","b"]'
    target = Var(None)
    J.json_parse_array("[1,2,3]", target)
    assert target.value.kind == A.REAL_ARRAY and list(target.value[1:]) == [1.0, 2.0, 3.0]


# ---------------------------------------------------------------- blobs
def test_text_to_blob_default_is_mac_c_string():
    b = Var(bytearray(b"garbage"))
    B.text_to_blob("Café", b)
    assert hexs(b.value) == "43 61 66 8E 00"


@pytest.mark.parametrize("fmt, expected", [
    (0, "43 61 66 8E 00"), (1, "04 43 61 66 8E"), (2, "00 04 43 61 66 8E"), (3, "43 61 66 8E"),
    (4, "43 61 66 C3 A9 00"), (5, "00 00 00 05 43 61 66 C3 A9"), (6, "43 61 66 C3 A9"),
])
def test_text_to_blob_formats_exact_bytes(fmt, expected):
    b = Var(bytearray())
    B.text_to_blob("Café", b, fmt)
    assert hexs(b.value) == expected
    off = Var(0)
    assert B.blob_to_text(b.value, fmt, off) == "Café"
    assert off.value == len(b.value)


def test_text_to_blob_offset_and_append():
    b = Var(bytearray(b"\x01"))
    off = Var(3)
    B.text_to_blob("ab", b, 6, off)
    assert bytes(b.value) == b"\x01\x00\x00ab" and off.value == 5
    B.text_to_blob("c", b, 6, ValueRef(STAR))
    assert bytes(b.value) == b"\x01\x00\x00abc"
    with pytest.raises(FourDError):
        B.text_to_blob("x", Var(Blob4D(b"")))


def test_blob_to_text_sequential_reads_and_without_length():
    b = Var(bytearray())
    B.text_to_blob("one", b, 5, ValueRef(STAR))
    B.text_to_blob("two", b, 4, ValueRef(STAR))
    off = Var(0)
    assert B.blob_to_text(b.value, 5, off) == "one"
    assert B.blob_to_text(b.value, 4, off) == "two" and off.value == len(b.value)
    raw = bytearray("héllo".encode())
    assert B.blob_to_text(raw, 6) == "héllo"             # no offset/length: whole blob
    off = Var(1)
    assert B.blob_to_text(raw, 6, off, 2) == "él" and off.value == 4
    assert B.blob_to_text(Blob4D(b"hi\x00x"), 4) == "hi"  # 4D.Blob accepted


def test_integer_longint_real_byte_orders():
    b = Var(bytearray())
    B.integer_to_blob(-2, b, 1, ValueRef(STAR))
    B.longint_to_blob(0x01020304, b, 2, ValueRef(STAR))
    B.real_to_blob(1.5, b, 2, ValueRef(STAR))
    assert hexs(b.value) == "FF FE 04 03 02 01 3F F8 00 00 00 00 00 00"
    off = Var(0)
    assert B.blob_to_integer(b.value, 1, off) == -2 and off.value == 2
    assert B.blob_to_longint(b.value, 2, off) == 0x01020304 and off.value == 6
    assert B.blob_to_real(b.value, 2, off) == 1.5 and off.value == 14


def test_blob_size_insert_delete_copy():
    b = Var(bytearray(b"abc"))
    B.set_blob_size(b, 5, 0x2A)
    assert bytes(b.value) == b"abc**" and B.blob_size(b.value) == 5
    B.insert_in_blob(b, 1, 2, 0x2D)
    assert bytes(b.value) == b"a--bc**"
    B.delete_from_blob(b, 0, 3)
    assert bytes(b.value) == b"bc**"
    dst = Var(bytearray(b"XY"))
    B.copy_blob(b.value, dst, 0, 4, 2)
    assert bytes(dst.value) == b"XY\x00\x00bc"
    assert B.blob_size(Blob4D(b"1234")) == 4


def test_convert_from_and_to_text_with_ok():
    b = Var(bytearray())
    B.convert_from_text("Café", "UTF-8", b)
    assert hexs(b.value) == "43 61 66 C3 A9" and O.get_ok() == 1
    B.convert_from_text("Café", 4, b)
    assert hexs(b.value) == "43 61 66 E9"
    B.convert_from_text("é", "MacRoman", b)
    assert hexs(b.value) == "8E"
    B.convert_from_text("x", "no-such-charset", b)
    assert O.get_ok() == 0
    assert B.convert_to_text(bytearray(b"\xef\xbb\xbfAB"), "UTF-8") == "AB"
    assert B.convert_to_text(bytearray(b"\xff\xfeH\x00i\x00"), "UTF-8") == "Hi"
    assert B.convert_to_text(Blob4D(b"Caf\xe9"), "ISO-8859-1") == "Café"
    assert O.get_ok() == 1


def test_base64_encode_decode_forms():
    t = Var("Hello ✓")
    enc = Var("")
    B.base64_encode(t, enc)
    assert enc.value == "SGVsbG8g4pyT"
    dec = Var("")
    B.base64_decode(enc, dec)
    assert dec.value == "Hello ✓"
    blob = Var(bytearray(b"\xfb\xff"))
    B.base64_encode(blob)                       # in place, stays a Blob
    assert bytes(blob.value) == b"+/8="
    u = Var("")
    B.base64_encode(Var(bytearray(b"\xfb\xff")), u, STAR)
    assert u.value == "-_8"


def test_generate_digest():
    s = "The quick brown fox jumps over the lazy dog."
    assert B.generate_digest(s, 0) == "e4d909c290d0fb1ca068ffaddf22cbd0"
    assert B.generate_digest(s, 1) == "408d94384216f890ff7a0c3528e8bed1e0b01621"
    assert B.generate_digest("", 0) == "d41d8cd98f00b204e9800998ecf8427e"
    assert len(B.generate_digest(bytearray(b"x"), 3)) == 64
    assert "=" not in B.generate_digest("x", 4, STAR)


def test_4d_blob_class():
    b = new_blob(bytearray(b"abcd"))
    assert isinstance(b, Blob4D) and b.size == 4
    assert new_blob().size == 0
    assert m(b, "slice", 1, 3).data == b"bc" and m(b, "slice", -2).data == b"cd"


# ---------------------------------------------------------------- arrays
def test_array_declare_resize_keeps_elements():
    v = Var(None)
    A.array_text(v, 2)
    arr = v.value
    assert arr.kind == 18 and list(arr) == ["", "", ""]
    arr[1] = "x"
    A.array_text(v, 3)
    assert v.value is arr and list(arr) == ["", "x", "", ""]
    A.array_text(v, 1)
    assert list(arr) == ["", "x"]
    A.array_longint(v, 1)
    assert v.value.kind == 16 and v.value[1] == 0


def test_array_2d_and_blob_elements_are_distinct():
    v = Var(None)
    A.array_real(v, 2, 3)
    assert TY.type_(v) == 14 and A.size_of_array(v.value) == 2 and A.size_of_array(v.value[1]) == 3
    b = Var(None)
    A.array_blob(b, 2)
    assert b.value[1] is not b.value[2]


def test_append_insert_delete_find_count():
    v = Var(None)
    A.array_text(v, 0)
    arr = v.value
    for s in ("apple", "Banana", "apricot"):
        A.append_to_array(arr, s)
    A.insert_in_array(arr, 2, 2)
    assert list(arr[1:]) == ["apple", "", "", "Banana", "apricot"]
    A.delete_from_array(arr, 2, 2)
    assert list(arr[1:]) == ["apple", "Banana", "apricot"]
    assert A.find_in_array(arr, "BANANA") == 2
    assert A.find_in_array(arr, "ap@") == 1 and A.find_in_array(arr, "ap@", 2) == 3
    assert A.find_in_array(arr, "zz") == -1
    assert A.count_in_array(arr, "a@") == 2
    with pytest.raises(FourDError):
        A.append_to_array(arr, 5)


def test_sort_array_synchronised_and_multi_sort():
    n, a = Var(None), Var(None)
    A.array_text(n, 0)
    A.array_longint(a, 0)
    for name, age in (("bob", 30), ("Al", 25), ("cy", 30)):
        A.append_to_array(n.value, name)
        A.append_to_array(a.value, age)
    A.sort_array(n.value, a.value, DESCENDING)
    assert list(n.value[1:]) == ["cy", "bob", "Al"] and list(a.value[1:]) == [30, 30, 25]
    A.multi_sort_array(a.value, ASCENDING, n.value, ASCENDING)
    assert list(n.value[1:]) == ["Al", "bob", "cy"]


def test_collection_array_round_trip_with_properties():
    c = col(obj(name="a", age=3), obj(name="b"))
    names, ages = Var(None), Var(None)
    A.collection_to_array(c, names, "name", ages, "age")
    assert list(names.value[1:]) == ["a", "b"] and list(ages.value[1:]) == [3.0, 0.0]
    back = Var(NULL)
    A.array_to_collection(back, names.value, "n", ages.value, "a")
    assert J.json_stringify_(back.value) == '[{"n":"a","a":3},{"n":"b","a":0}]'


# ---------------------------------------------------------------- collections: basics
def test_push_stores_reals_and_null():
    c = col()
    m(c, "push", 1, None, Time4D(5))
    assert list(c) == [1.0, NULL, 5.0] and type(c[0]) is float


def test_negative_indexes():
    c = col(10, 20, 30, 40, 50)
    assert m(c, "at", -1) == 50 and m(c, "at", 10) is None
    assert list(m(c, "slice", 1, -1)) == [20, 30, 40]
    assert list(m(c, "slice", -3, -2)) == [30]
    m(c, "insert", -2, "Y")
    assert list(c) == [10, 20, 30, "Y", 40, 50]
    m(c, "remove", -8, 1)
    assert list(c) == [20, 30, "Y", 40, 50]


def test_combine_fill_resize():
    c = col(1, 2, 3, 4, 5, 6)
    m(c, "combine", col("a", "b"), 3)
    assert list(c) == [1, 2, 3, "a", "b", 4, 5, 6]
    f = col(1, 2, 3, "Lemon", NULL, "", 4, 5)
    m(f, "fill", "2")
    m(f, "fill", "Hello", 5)
    m(f, "fill", 0, 1, 5)
    m(f, "fill", "world", 1, -5)
    assert list(f) == ["2", "world", "world", 0, 0, "Hello", "Hello", "Hello"]
    assert list(m(col(), "resize", 3, 0)) == [0, 0, 0]


def test_flat_and_flatmap():
    c = col(1, 2, col(3, 4, col(5, 6)))
    assert J.json_stringify_(m(c, "flat")) == "[1,2,3,4,[5,6]]"
    assert J.json_stringify_(m(c, "flat", 2)) == "[1,2,3,4,5,6]"
    r = m(col(1, 2), "flatMap", F(lambda a: col(a["value"], a["value"] * 10)))
    assert list(r) == [1, 10, 2, 20]


def test_join_null_and_ignore_option():
    c = col(1, 2, 3, "Paris", NULL, "", 4, 5)
    assert m(c, "join", "|") == "1|2|3|Paris|null||4|5"
    assert m(c, "join", "|", 1) == "1|2|3|Paris|4|5"
    assert m(col(2.5, 0.25), "join", ", ") == "2.5, 0.25"


# ---------------------------------------------------------------- collections: search
def test_index_of_uses_4d_equality():
    o = obj(v=10)
    c = col(1, 2, "Henry", 5, 3, "Albert", 6, 4, "Alan", 5, o)
    assert m(c, "indexOf", 3) == 4
    assert m(c, "indexOf", 5, 5) == 9
    assert m(c, "indexOf", "al@") == 5
    assert m(c, "indexOf", "HENRY") == 2
    assert m(c, "indexOf", "Hello") == -1
    assert m(c, "includes", o) and not m(c, "includes", obj(v=10))


def test_last_index_of_documented_examples():
    c = T.split_string("a,b,c,d,e,f,g,h,i,j,e,k,e", ",")
    assert m(c, "lastIndexOf", "e") == 12
    assert m(c, "lastIndexOf", "e", 6) == 4
    assert m(c, "lastIndexOf", "e", 15) == 12
    assert m(c, "lastIndexOf", "e", -2) == 10
    assert m(c, "lastIndexOf", "x") == -1


def test_count_values_with_path():
    c = col(obj(age=5), obj(age=2), obj(age=5), 5)
    assert m(c, "countValues", 5, "age") == 2
    assert m(col(1, 5, 5, "5"), "countValues", 5) == 2


# ---------------------------------------------------------------- collections: callbacks
def test_callback_protocol_formula_and_method_result():
    c = col(1, 2, 3)
    assert list(m(c, "map", F(lambda a, k: a["value"] * k), 10)) == [10, 20, 30]

    def legacy(a, *_):                    # a "method": sets $1.result, returns nothing
        a["result"] = a["value"] > 1
    assert list(m(c, "filter", F(legacy))) == [2, 3]


def test_stop_flag_ends_iteration():
    seen = []

    def cb(a):
        seen.append(a["value"])
        if a["value"] == 2:
            a["stop"] = True
        return a["value"]
    assert list(m(col(1, 2, 3), "map", F(cb))) == [1, 2] and seen == [1, 2]


def test_every_some_find_findindex_start_from():
    c = col(1, -5, -3, -1)
    pos = F(lambda a: a["value"] > 0)
    assert m(c, "some", pos) and not m(c, "some", 1, pos)
    assert not m(c, "every", pos) and m(c, "every", 1, F(lambda a: a["value"] < 0))
    names = col(obj(n="x"), obj(n="Clanton"), obj(n="Clanton"))
    is_c = F(lambda a, s: a["value"]["n"] == s)
    assert m(names, "findIndex", is_c, "Clanton") == 1
    assert m(names, "findIndex", 2, is_c, "Clanton") == 2
    assert m(names, "find", 5, is_c, "Clanton") is None


def test_reduce_and_reduce_right():
    c = col(5, 3, 5, 1, 3, 4, 4, 6, 2, 2)

    def mult(a):
        a["accumulator"] = a["accumulator"] * a["value"]   # returns nothing: $1.accumulator
    assert m(c, "reduce", F(mult), 1) == 86400
    cc = col(col(0, 1), col(2, 3))

    def flatten(a):
        if a.get("accumulator") in (None, NULL):
            a["accumulator"] = col()
        m(a["accumulator"], "combine", a["value"])
    assert list(m(cc, "reduceRight", F(flatten))) == [2, 3, 0, 1]
    assert m(col(1, 2), "reduce", F(lambda a: (a.get("accumulator") or 0) + a["value"])) == 3


# ---------------------------------------------------------------- collections: sorting
def test_sort_mixed_types_order():
    d = Date4D(2020, 1, 1)
    o, cc = obj(a=1), col(1)
    c = col(3, "b", d, cc, True, NULL, o, "A", 1, False)
    m(c, "sort")
    assert list(c) == [NULL, False, True, "A", "b", 1, 3, o, cc, d]


def test_sort_in_place_with_comparator_and_descending():
    c = col(33, 4, 66, 1111, 222)
    r = m(c, "sort", F(lambda a: T.string(a["value"]) < T.string(a["value2"])))
    assert r is c and list(c) == [1111, 222, 33, 4, 66]
    m(c, "sort", 1)
    assert list(c) == [1111, 222, 66, 33, 4]


def test_order_by_forms_return_new_collection():
    c = col(obj(id=1, v=2), obj(id=2, v=1), obj(id=3, v=2))
    ids = lambda r: [e["id"] for e in r]
    assert ids(m(c, "orderBy", "v desc, id")) == [1, 3, 2]
    assert ids(m(c, "orderBy", "v, id desc")) == [2, 3, 1]
    crit = col(obj(propertyPath="v", descending=True), obj(propertyPath="id", descending=True))
    assert ids(m(c, "orderBy", crit)) == [3, 1, 2]
    s = col("b", "a", "C")
    assert list(m(s, "orderBy", 1)) == ["C", "b", "a"] and list(s) == ["b", "a", "C"]
    assert list(m(col("33", "4", "1111"), "orderByMethod",
                  F(lambda a: T.num(a["value"]) < T.num(a["value2"])))) == ["4", "33", "1111"]


def test_multi_sort_documented_example():
    city = col("Paris", "Lyon", "Rabat", "Eching", "San Diego")
    country = col("France", "France", "Morocco", "Germany", "US")
    continent = col("Europe", "Europe", "Africa", "Europe", "America")
    m(continent, "multiSort", col(country, obj(collection=city, order=0)))
    assert list(continent) == ["Africa", "America", "Europe", "Europe", "Europe"]
    assert list(country) == ["Morocco", "US", "France", "France", "Germany"]
    assert list(city) == ["Rabat", "San Diego", "Lyon", "Paris", "Eching"]


# ---------------------------------------------------------------- collections: aggregates
def test_aggregates():
    c = col(10, 20, "Monday", True, 6)
    assert m(c, "sum") == 36 and m(c, "average") == 12
    assert m(col(), "average") is None and m(col(), "sum") == 0 and m(col(), "max") is None
    p = col(200, 150, 55, obj(name="Smith", salary=10000), obj(name="Wesson", salary=50000),
            obj(name="Alabama", salary=10500))
    assert m(p, "max", "salary") == 50000 and m(p, "min") == 55
    assert m(p, "max", "name") == "Wesson" and m(p, "max")["name"] == "Alabama"
    q = col(20, 30, NULL, 40, obj(name="x"), obj(lastName="y"))
    assert m(q, "count") == 5 and m(q, "count", "name") == 1


def test_distinct_options():
    c = col("a", "b", "c", "A", "B", "c", "b", "b", NULL)
    assert list(m(c, "distinct")) == ["a", "b", "c"]
    assert list(m(c, "distinct", 8)) == ["a", "A", "b", "B", "c"]
    s = col(obj(size=1), obj(size=3), obj(size=1))
    assert list(m(s, "distinct", "size")) == [1, 3]
    cv = m(s, "distinct", "size", 32)
    assert [(e["value"], e["count"]) for e in cv] == [(1, 2), (3, 1)]


def test_extract_forms():
    c = col(obj(name="Cleveland"), obj(zip=5321), obj(name="Blountsville"), 42)
    assert list(m(c, "extract", "name")) == ["Cleveland", "Blountsville"]
    assert list(m(c, "extract", "name", 2)) == ["Cleveland", NULL, "Blountsville", NULL]  # ck keep null
    assert list(m(c, "extract", "name", 1)) == ["Cleveland", "Blountsville"]  # 1: not ck keep null
    t = col(obj(zc=1), OB.new_object("name", NULL, "zc", 2))
    assert J.json_stringify_(m(t, "extract", "name", "City", "zc", "Zip")) == \
        '[{"Zip":1},{"City":null,"Zip":2}]'


def test_equal_deep_and_diacritical():
    a = col(obj(a=1, b="orange"), 2, 3)
    assert m(a, "equal", col(obj(a=1, b="ORange"), 2, 3))
    assert not m(a, "equal", col(obj(a=1, b="ORange"), 2, 3), 8)
    assert not m(a, "equal", col(obj(a=1, b="orange"), 2, 3, 4))
    assert not m(col(NULL), "equal", col(obj()))


def test_reverse_is_deep_copy_and_copy_shared():
    o = obj(a=1)
    c = col(1, o)
    r = m(c, "reverse")
    assert r[0] is not o and r[0]["a"] == 1 and r[1] == 1
    s = m(c, "copy", 16)                       # ck shared
    assert s.shared and s[1].shared and s[1] is not o
    assert not m(s, "copy").shared
    assert m(c, "copy", 16 + 1).shared         # ck shared + ck resolve pointers
    assert not m(c, "copy", 2).shared          # 2 is ck keep null, not ck shared


def test_shared_collection_member_functions_lock_themselves():
    s = OB.new_shared_collection(3, 1)
    m(s, "push", 2)                            # no Use needed
    m(s, "sort")
    assert list(s) == [1, 2, 3]
    with pytest.raises(FourDError):
        m(s, "push", obj(a=1))                 # a non-shared object cannot go in
    with use(s):
        m(s, "push", OB.new_shared_object("a", 1))
    assert s[3].group is s.group
    assert m(s, "filter", F(lambda a: True)).shared


# ---------------------------------------------------------------- collections: query
@pytest.fixture
def people():
    return col(OB.new_object("name", "Smith", "age", 45, "hired", Date4D(2002, 5, 22)),
               OB.new_object("name", "Wesson", "hired", Date4D(2017, 11, 30)),
               OB.new_object("name", "Winch", "age", 36, "hired", Date4D(2018, 5, 16)),
               OB.new_object("name", "Sterling", "age", NULL),
               OB.new_object("name", "Mark", "kids", col(obj(age=3), obj(age=12))),
               "not an object")


def names(r):
    return [e["name"] for e in r]


def test_query_placeholders_wildcards_and_case(people):
    assert names(m(people, "query", "name = :1", "@in@")) == ["Winch", "Sterling"]
    assert names(m(people, "query", "name = 'smith'")) == ["Smith"]
    assert names(m(people, "query", "name == SMITH")) == ["Smith"]
    assert names(m(people, "query", "name # :1", "W@")) == ["Smith", "Sterling", "Mark"]
    assert names(m(people, "query", "name === :1", "W@")) == []
    assert names(m(people, "query", ":1 = :2", "name", "mark")) == ["Mark"]


def test_query_null_numbers_dates(people):
    assert names(m(people, "query", "age = null")) == ["Wesson", "Sterling", "Mark"]
    assert names(m(people, "query", "age != null")) == ["Smith", "Winch"]
    assert names(m(people, "query", "age > 40")) == ["Smith"]
    assert names(m(people, "query", "age >= 36 and age < 40")) == ["Winch"]
    assert names(m(people, "query", "hired < :1", Date4D(2010, 1, 1))) == ["Smith"]
    assert names(m(people, "query", "hired > '2017-12-01'")) == ["Winch"]


def test_query_logic_precedence_not_parentheses_in(people):
    q = "name = Smith OR name = Winch AND age > 40"          # AND binds tighter
    assert names(m(people, "query", q)) == ["Smith"]
    q2 = "(name = Smith | name = Winch) & age < 40"
    assert names(m(people, "query", q2)) == ["Winch"]
    assert names(m(people, "query", "NOT(name = @n@) && age # null")) == ["Smith"]
    assert names(m(people, "query", "name IN :1", col("mark", "winch"))) == ["Winch", "Mark"]
    assert names(m(people, "query", "name in ['smith', 'Mark']")) == ["Smith", "Mark"]


def test_query_collection_paths_named_placeholders_and_indices(people):
    assert names(m(people, "query", "kids[].age > 10")) == ["Mark"]
    settings = obj(parameters=obj(v=36), attributes=obj(a="age"))
    assert names(m(people, "query", ":a = :v", settings)) == ["Winch"]
    assert list(m(people, "indices", "age > 30")) == [0, 2]


def test_query_object_reference_and_syntax_error(people):
    o1 = obj(a=1)
    c = col(OB.new_object("o", o1), OB.new_object("o", obj(a=1)), OB.new_object("o", o1))
    assert len(m(c, "query", "o = :v", obj(parameters=obj(v=o1)))) == 2
    with pytest.raises(FourDError) as e:
        m(people, "query", "name = 'unterminated")
    assert "Query" in e.value.message
    with pytest.raises(FourDError):
        m(people, "query", "(name = x")


# ---------------------------------------------------------------- output and misc
def test_alert_and_log_event(capsys):
    O.alert("Hello")
    O.alert(42)
    O.log_event(6, "info")
    O.log_event(6, "bad", 2)
    O.log_event("windows log")
    out, err = capsys.readouterr()      # LOG EVENT to the standard outputs adds no newline
    assert out == "Hello\n42\ninfo" and err == "badwindows log\n"


def test_assert_and_asserted():
    with pytest.raises(FourDError) as e:
        O.assert_(False, "x must be positive")
    assert e.value.code == ERR_ASSERT == -10518
    assert e.value.message == "Assert failed: x must be positive"
    with pytest.raises(FourDError) as e:
        O.assert_(1 > 2, _source="$a>2")
    assert e.value.message == "Assert failed: $a>2"
    O.assert_(True)
    O.set_assert_enabled(False)
    try:
        O.assert_(False)
        assert O.asserted(False) is False and O.get_assert_enabled() is False
    finally:
        O.set_assert_enabled(True)
    with pytest.raises(FourDError):
        O.asserted(False)


def test_choose():
    assert O.choose(True, "a", "b") == "a" and O.choose(False, "a", "b") == "b"
    assert O.choose(1, "x", "y", "z") == "y"
    assert O.choose(5, "x", "y") == "" and O.choose(-1, 1.5, 2.5) == 0


def test_value_type_and_nil_pointer():
    assert TY.value_type_(Blob4D(b"")) == 38 and TY.value_type_(bytearray()) == 30
    assert TY.value_type_(None) == 5 and TY.value_type_(NULL) == 255
    assert TY.is_nil_pointer(NULL) and not TY.is_nil_pointer(Pointer(None, None, "k"))
    assert TY.undefined(None) and not TY.undefined(NULL)


def test_ob_instance_of_and_ob_class():
    from fourd.runtime.classes.store import ClassDef, OBJECT_CLASS
    animal = ClassDef("Animal")
    dog = ClassDef("Dog", animal)
    rex = Obj()
    rex.cls = dog
    assert OB.ob_instance_of(rex, animal) and OB.ob_instance_of(rex, dog)
    assert OB.ob_instance_of(rex, OBJECT_CLASS) and OB.ob_instance_of(obj(), OBJECT_CLASS)
    assert not OB.ob_instance_of(obj(), animal) and not OB.ob_instance_of(5, animal)
    assert OB.ob_class(rex) is dog and OB.ob_class(obj()) is OBJECT_CLASS
    assert OB.ob_class("x") is NULL
    with pytest.raises(FourDError) as e:
        OB.ob_instance_of(rex, "Animal")
    assert e.value.code == -10745


def test_query_bare_number_against_text_property():
    c = col(OB.new_object("code", "007", "n", 7), OB.new_object("code", "7", "n", 8))
    assert [e["n"] for e in m(c, "query", "code = 007")] == [7]
    assert [e["n"] for e in m(c, "query", "n = 7")] == [7]
