// selections and arrays (docs: SELECTION TO ARRAY, ARRAY TO SELECTION, DISTINCT VALUES) and
// Sum, Average, Min, Max of a field over the current selection
seed_people
ALL RECORDS([Employee])
ORDER BY([Employee]; [Employee]lastName)
ARRAY TEXT($last; 0)
ARRAY REAL($salary; 0)
ARRAY LONGINT($numbers; 0)
ARRAY TEXT($company; 0)
SELECTION TO ARRAY([Employee]lastName; $last; [Employee]salary; $salary; [Employee]; $numbers; [Company]name; $company)
ALERT(JSON Stringify array($last)+" "+JSON Stringify array($salary))
ALERT(JSON Stringify array($numbers)+" "+JSON Stringify array($company))
// an array not declared yet takes the field's values
SELECTION TO ARRAY([Employee]firstName; $undeclared)
ALERT(String(Size of array($undeclared))+" "+$undeclared{1})
DISTINCT VALUES([Employee]gender; $genders)
ALERT(JSON Stringify array($genders))
ARRAY LONGINT($counts; 0)
ALL RECORDS([Company])
DISTINCT VALUES([Company]city; $cities; $counts)
ALERT(JSON Stringify array($cities)+" "+JSON Stringify array($counts))
ALERT(String(Sum([Employee]salary))+" "+String(Average([Employee]salary))+" "+String(Min([Employee]salary))+" "+String(Max([Employee]salary)))
QUERY([Employee]; [Employee]salary>99999)
ALERT(String(Sum([Employee]salary))+" "+String(Max([Employee]salary)))
// ARRAY TO SELECTION: the elements into the records of the current selection, new ones after
QUERY([Company]; [Company]revenues>1000)
ORDER BY([Company]; [Company]name)
ARRAY TEXT($newNames; 3)
$newNames{1}:="Acme Corp"
$newNames{2}:="Globex Corp"
$newNames{3}:="Hooli"
ARRAY TO SELECTION($newNames; [Company]name)
ALERT(JSON Stringify(ds.Company.all().orderBy("ID").name)+" "+String(Records in selection([Company])))
