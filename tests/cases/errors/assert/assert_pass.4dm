// language.md §11.7: ASSERT with a True expression does nothing
ASSERT(True)
ASSERT(1=1)
ASSERT(Length("abc")=3; "length check")
ALERT("all assertions passed")
