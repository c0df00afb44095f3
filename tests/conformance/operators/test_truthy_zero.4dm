// Doc: https://developer.4d.com/docs/Concepts/operators#truthy-and-falsy
// Numeric zero is truthy, as are non-empty values
ASSERT((0 || "t")=0; "0 is falsy")
ASSERT((0 ? "yes" : "no")="yes"; "0 in ternary")
ASSERT(("x" ? "yes" : "no")="yes"; "text")
ASSERT(([1] ? "yes" : "no")="yes"; "collection")
ASSERT(({a: 1} ? "yes" : "no")="yes"; "object")
