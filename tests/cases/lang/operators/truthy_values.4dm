// language.md §4.5: everything else is truthy, including 0, "0" and non-empty collections/objects
$x:=1
ALERT(0 ? "T" : "F")
ALERT("0" ? "T" : "F")
ALERT(" " ? "T" : "F")
ALERT([0] ? "T" : "F")
ALERT({a: 0} ? "T" : "F")
ALERT(-1 ? "T" : "F")
ALERT(!2024-01-01! ? "T" : "F")
ALERT(True ? "T" : "F")
ALERT(->$x ? "T" : "F")
