// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-comparisons
// "a"="A" is TRUE; comparing character codes tells the case apart
ASSERT("a"="A"; "a=A is false")
ASSERT(Not(Character code("A")=Character code("a")); "codes equal")
