// the project's ORDA classes (docs ORDA/ordaClasses.md "Class Description"): cs.DataStore,
// cs.Company (DataClass), cs.CompanySelection, cs.EmployeeSelection, cs.EmployeeEntity
seed_people
var $best : cs.CompanySelection
var $e : cs.EmployeeEntity
var $sel : cs.EmployeeSelection
ALERT(ds.getDesc())
ALERT(String(ds.companyCount()))
$best:=ds.Company.GetBestOnes()
ALERT(JSON Stringify($best.name))
ALERT(String(ds.Company.all().totalRevenues())+" "+String(ds.Company.query("city = Paris").totalRevenues()))
ALERT(JSON Stringify(ds.Company.all().employees.withSalaryGreaterThanAverage().lastName))
$e:=ds.Employee.query("lastName = Kidston").first()
ALERT(JSON Stringify($e.getNextWithHigherSalary().lastName))
ALERT(JSON Stringify(ds.Company.named("Globex").employees.orderBy("ID").lastName))
// instances of the project's classes, and of 4D's
$sel:=ds.Employee.all()
ALERT(String(OB Instance of($e; cs.EmployeeEntity))+" "+String(OB Instance of($e; 4D.Entity))+" "+String(OB Instance of($sel; cs.EmployeeSelection))+" "+String(OB Instance of($sel; 4D.EntitySelection))+" "+String(OB Instance of(ds.Company; cs.Company))+" "+String(OB Instance of(ds; cs.DataStore)))
ALERT(OB Class($e).name+" "+OB Class($sel).name+" "+OB Class(ds.Company).name+" "+OB Class(ds.Invoice.new()).name)
// native functions first: a class function cannot replace them
ALERT(String(ds.Company.all().length)+" "+String(ds.Company.getCount()))
// ORDA classes are not instantiated with new()
Try
	$e:=cs.EmployeeEntity.new()
Catch
	ALERT(String(Last errors[0].errCode))
End try
