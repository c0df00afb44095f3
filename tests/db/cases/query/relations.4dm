// relation attributes in code and in queries: N->1 (employer), 1->N (employees), projections
seed_people
var $e : cs.EmployeeEntity
$e:=ds.Employee.query("lastName = Holmes").first()
ALERT($e.employer.name)
ALERT(String($e.employer.employees.length))
ALERT(JSON Stringify(ds.Company.get(1).employees.orderBy("lastName").lastName))
ALERT(JSON Stringify(ds.Employee.query("employer.name = :1"; "acme").orderBy("ID").lastName))
ALERT(JSON Stringify(ds.Employee.query("employer.city = Paris and salary < 50000").lastName))
ALERT(JSON Stringify(ds.Company.query("employees.lastName = :1"; "Smith").name))
ALERT(JSON Stringify(ds.Company.query("employees.salary > 60000").name))
ALERT(JSON Stringify(ds.Employee.all().employer.orderBy("name").name))
ALERT(String(ds.Company.all().employees.length))
ALERT(JSON Stringify(ds.Employee.query("salary > 40000").orderBy("employer.name desc, lastName").lastName))
$e:=ds.Employee.query("lastName = Smith").first()
$e.employer:=ds.Company.get(1)
ALERT(JSON Stringify($e.touchedAttributes()))
$e.save()
ALERT(String(ds.Company.get(1).employees.length))
$e.employer:=Null
$e.save()
ALERT(String($e.employerID=Null)+" "+String($e.employer=Null))
