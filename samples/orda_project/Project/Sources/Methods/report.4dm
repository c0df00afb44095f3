// report: what the data holds, through ORDA
var $c : cs.CompanyEntity
For each ($c; ds.Company.all().orderBy("name"))
	ALERT($c.name+" ("+$c.city+"): "+String($c.headcount)+" employees, payroll "+String($c.payroll))
End for each
ALERT("Everyone: "+ds.Employee.all().describe())
ALERT("At Globex: "+ds.Employee.query("companyName = :1"; "globex").describe())
ALERT("Math people: "+ds.Employee.query("skills.list[] = :1"; "math").describe())
ALERT("Found by full name: "+ds.Employee.query("fullName = :1"; "ada L@").first().fullName)
ALERT("Average salary: "+String(ds.Employee.all().average("salary"); "#####0.00"))
