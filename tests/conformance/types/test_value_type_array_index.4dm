// Doc: https://developer.4d.com/docs/commands/value-type#description
// An array evaluates to its current element index: Type gives Text array, Value type Is real (interpreted)
ARRAY TEXT($t; 1)
ASSERT(Type($t)=Text array; "Type "+String(Type($t)))
ASSERT(Value type($t)=Is real; "Value type "+String(Value type($t)))
