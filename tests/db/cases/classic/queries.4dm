// classic queries (docs: QUERY, QUERY SELECTION, ORDER BY, DEFAULT TABLE): comparators,
// wildcards, keywords, multiple lines with *, the comparator as a text, related fields,
// pointers to fields, a query by another process's view
seed_people
var $list : Formula
$list:=Formula(_names)
QUERY([Employee]; [Employee]lastName="h@")
ALERT($list.call())
QUERY([Employee]; [Employee]lastName#"h@")
ALERT($list.call())
QUERY([Employee]; [Employee]salary>=47000)
ALERT($list.call()+" "+String(OK))
QUERY([Employee]; [Employee]salary<40000)
ALERT($list.call())
QUERY([Employee]; [Employee]salary<=41000; *)
QUERY([Employee]; [Employee]gender="female")  // AND when no conjunction is given
ALERT($list.call())
QUERY([Employee]; [Employee]firstName="ELODIE")  // accents and case do not count
ALERT($list.call())
QUERY([Employee]; [Employee]lastName; "="; "smith")  // the comparator as a text
ALERT($list.call())
QUERY([Employee]; [Employee]lastName; ">="; "k")
ALERT($list.call())
// a field of the related one table (Employee -> Company), and the other way round
QUERY([Employee]; [Company]city="Paris")
ALERT($list.call())
QUERY([Company]; [Employee]lastName="Smith")
ALERT([Company]name+" "+String(Records in selection([Company])))
// QUERY SELECTION looks inside the current selection
QUERY([Employee]; [Employee]salary>40000)
QUERY SELECTION([Employee]; [Employee]gender="male")
ALERT($list.call())
// ORDER BY: several fields, > and <, a related field, a pointer to a field
ALL RECORDS([Employee])
ORDER BY([Employee]; [Employee]gender; >; [Employee]salary; <)
ALERT($list.call())
ORDER BY([Employee]; [Company]name; <; [Employee]lastName; >)
ALERT($list.call())
var $ptr : Pointer
$ptr:=->[Employee]firstName
ORDER BY([Employee]; $ptr->)
ALERT($list.call())
ORDER BY([Employee]lastName; <)  // the table taken from the field
ALERT($list.call())
// the default table
DEFAULT TABLE([Company])
ALL RECORDS
ORDER BY([Company]revenues)
ALERT(String(Records in selection)+" "+[Company]name+" "+Table name(Current default table))
QUERY([Company]revenues>1000)
ALERT(String(Records in selection([Company])))
// the query editor (no criteria) is not available headless: OK is 0
QUERY([Employee])
ALERT(String(OK)+" "+String(Records in selection([Employee])))
