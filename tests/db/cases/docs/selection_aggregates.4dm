// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of .average(),
// .count(), .distinct(), .max(), .min(), .sum()
// Data the examples imply: salaries around the average, female employees, job titles (some
// not given), addresses with countries, nicknames.
// Follows: the docs' count() example compares the employer with a name ("Acme, Inc"); it runs
// as employer.name here. The Employee dataclass here keeps addresses and nicknames in its
// extra Object attribute (extra.address.country, extra.nicknames[].first).
var $e : Object
docs_company(1; "Acme, Inc"; 0)
docs_company(2; "Globex"; 0)
var $row : Object
For each ($row; [{last: "Hetrick"; salary: 41000; gender: "male"; job: "CEO"; employerID: 1; extra: {address: {country: "France"}; nicknames: [{first: "Col"}; {first: "Coco"}]}}; {last: "Harness"; salary: 52000; gender: "male"; employerID: 1; extra: {address: {country: "USA"}; nicknames: [{first: "Gray"}]}}; {last: "Holmes"; salary: 66600; gender: "male"; job: "Detective"; employerID: 2; extra: {address: {country: "UK"}}}; {last: "Kidston"; salary: 38000; gender: "female"; job: "Designer"; employerID: 1; extra: {address: {country: "UK"}; nicknames: [{first: "Coco"}]}}; {last: "Smith"; salary: 36500; gender: "female"; job: "Clerk"; employerID: 2; extra: {address: {country: "france"}}}; {last: "Low"; salary: 15000; gender: "female"; employerID: 1}])
	$e:=ds.Employee.new()
	$e.lastName:=$row.last
	$e.salary:=$row.salary
	$e.gender:=$row.gender
	$e.jobTitle:=$row.job
	$e.employerID:=$row.employerID
	$e.extra:=$row.extra
	$e.save()
End for each

// .average(): employees whose salary is higher than the average salary
var $averageSalary : Real
var $moreThanAv : cs.EmployeeSelection
$averageSalary:=ds.Employee.all().average("salary")
$moreThanAv:=ds.Employee.query("salary > :1"; $averageSalary)
ALERT(String($averageSalary)+" "+JSON Stringify($moreThanAv.lastName))
ALERT(String(Undefined(ds.Employee.query("salary < 0").average("salary"))))  // undefined when empty

// .count(): employees of a company, not counting those whose job title is not given
var $sel : cs.EmployeeSelection
var $count : Real
$sel:=ds.Employee.query("employer.name = :1"; "Acme, Inc")
$count:=$sel.count("jobTitle")
ALERT(String($sel.length)+" "+String($count))

// .distinct(): one element per country; the nicknames collection inside extra
var $countries; $values : Collection
$countries:=ds.Employee.all().distinct("extra.address.country")
ALERT(JSON Stringify($countries)+" "+JSON Stringify(ds.Employee.all().distinct("extra.address.country"; dk diacritical)))
$values:=ds.Employee.all().distinct("extra.nicknames[].first")
ALERT(JSON Stringify($values))

// .max() and .min(): the highest and lowest salary among the female employees
var $maxSalary; $minSalary : Real
$sel:=ds.Employee.query("gender = :1"; "female")
$maxSalary:=$sel.max("salary")
$minSalary:=$sel.min("salary")
ALERT(String($maxSalary)+" "+String($minSalary))

// .sum()
var $sum : Real
$sel:=ds.Employee.query("salary < :1"; 20000)
$sum:=$sel.sum("salary")
ALERT(String($sum)+" "+String(ds.Employee.all().sum("salary"))+" "+String(ds.Employee.query("salary < 0").sum("salary")))
