// language.md §7.1: a wrong type for a #DECLARE'd parameter is an error at call time
ALERT(Typed(3; "x"))
ALERT(Typed(2; "y"))
ALERT(String(IsNull(Null)))
ALERT(String(IsNull({})))
