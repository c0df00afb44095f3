// Doc: https://developer.4d.com/docs/Concepts/operators#handling-data-from-a-table
// The full-name example keeps the existing name, or "" when none is given
var $fullname : Text
var $person : Object:=New object("firstname"; "Ada"; "lastname"; "Lovelace")
$fullname:=($person.firstname && $person.lastname) ? ($person.firstname+" "+$person.lastname) : ($person.lastname || $person.firstname) || ""
ASSERT($fullname="Ada Lovelace"; "both gave "+$fullname)
$person:=New object("lastname"; "Lovelace")
$fullname:=($person.firstname && $person.lastname) ? ($person.firstname+" "+$person.lastname) : ($person.lastname || $person.firstname) || ""
ASSERT($fullname="Lovelace"; "last only gave "+$fullname)
$person:=New object
$fullname:=($person.firstname && $person.lastname) ? ($person.firstname+" "+$person.lastname) : ($person.lastname || $person.firstname) || ""
ASSERT($fullname=""; "none gave "+$fullname)
