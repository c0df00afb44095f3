// language.md §4.5/§4.6: the ternary uses truthiness: 0 is truthy, "" [] {} are falsy
ALERT(0 ? "T" : "F")
ALERT("" ? "T" : "F")
ALERT([] ? "T" : "F")
ALERT({} ? "T" : "F")
ALERT(Null ? "T" : "F")
ALERT("x" ? "T" : "F")
