// language.md §4.5: falsy: False, Null, undefined, null object/collection/pointer, null date, "", [], {}
var $no : Object
var $nc : Collection
var $np : Pointer
var $nd : Date
$o:={}
ALERT(False ? "T" : "F")
ALERT(Null ? "T" : "F")
ALERT($o.missing ? "T" : "F")
ALERT($no ? "T" : "F")
ALERT($nc ? "T" : "F")
ALERT($np ? "T" : "F")
ALERT($nd ? "T" : "F")
ALERT("" ? "T" : "F")
ALERT([] ? "T" : "F")
ALERT({} ? "T" : "F")
ALERT("" || "fallback")
