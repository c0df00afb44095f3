// Doc: https://developer.4d.com/docs/Concepts/data-types#converting-data-types
// Strings formatted in JSON convert to scalars, objects or collections with JSON Parse
ASSERT(JSON Parse("42")=42; "number")
ASSERT(Value type(JSON Parse("{\"a\":1}"))=Is object; "object")
ASSERT(Value type(JSON Parse("[1]"))=Is collection; "collection")
ASSERT(JSON Parse("true")=True; "boolean")
