// Doc: https://developer.4d.com/docs/Concepts/classes#initializing-the-property-in-the-declaration-line
// Initialized properties exist before the constructor runs; the date type is inferred
var $o : cs.InitProps:=cs.InitProps.new()
ASSERT($o.name="Smith"; "name")
ASSERT($o.age=42; "age")
ASSERT(Value type($o.birthDate)=Is date; "birthDate type "+String(Value type($o.birthDate)))
ASSERT($o.seenInConstructor="Smith"; "not set before the constructor")
ASSERT(Not(OB Is defined($o; "fuzzy")); "fuzzy created")
