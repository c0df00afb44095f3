// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-operators
// String =, #, >, <, >=, <= as in the table
ASSERT(("abc"="abc") & Not("abc"="abd"); "=")
ASSERT(("abc"#"abd") & Not("abc"#"abc"); "#")
ASSERT(("abd">"abc") & Not("abc">"abc"); ">")
ASSERT(("abc"<"abd") & Not("abc"<"abc"); "<")
ASSERT(("abd">="abc") & Not("abc">="abd"); ">=")
ASSERT(("abc"<="abd") & Not("abd"<="abc"); "<=")
