// Doc: https://developer.4d.com/docs/commands/ob-get#example-5
// Follows: language.md §2 [Decision: date type] (the default of new projects)
// With "Use date type" dates are stored as dates: OB Get returns a date without Is date
var $object : Object
var $birthday : Date
OB SET($object; "Birthday"; !2010-01-30!)
$birthday:=OB Get($object; "Birthday")
ASSERT($birthday=!2010-01-30!; "gave "+String($birthday))
ASSERT(OB Get type($object; "Birthday")=Is date; "type "+String(OB Get type($object; "Birthday")))
