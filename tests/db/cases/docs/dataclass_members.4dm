// Doc: https://developer.4d.com/docs/API/DataClassClass — the examples of .attributeName,
// .all(), .get(), .getCount(), .getDataStore(), .getInfo(), .new(), .newSelection()
// Data the examples imply: employees 1..4 and 167, companies; Cats and Dogs named alike.
var $e : cs.EmployeeEntity
docs_company(121; "Acme"; 1000)
docs_emp(1; "Ada"; "Smith"; 1000; 121)
docs_emp(2; "Bob"; "Jones"; 2000; 121)
docs_emp(3; "Cid"; "Brown"; 3000)
docs_emp(4; "Dan"; "White"; 4000)
docs_emp(167; "Eve"; "Black"; 5000)

// .attributeName, example 1: attributes are objects of the dataclass
var $salary; $compCity : Object
$salary:=ds.Employee.salary  //returns the salary attribute in the Employee dataclass
$compCity:=ds.Company["city"]  //returns the city attribute in the Company dataclass
ALERT($salary.name+" "+$salary.kind+" "+$compCity.name+" "+$compCity.type)

// .attributeName, example 2 (docs: {name:firstname,kind:storage,fieldType:0,type:string,
// fieldNumber:2,indexed:true,keyWordIndexed:false,autoFilled:false,mandatory:false,unique:false})
var $firstnameAtt; $employerAtt; $employeesAtt : Object
$firstnameAtt:=ds.Employee.firstName
ALERT(JSON Stringify($firstnameAtt))
$employerAtt:=ds.Employee.employer
ALERT(JSON Stringify($employerAtt))  //{name:employer,kind:relatedEntity,relatedDataClass:Company,fieldType:38,type:Company,inverseName:employees}
$employeesAtt:=ds.Company.employees
ALERT(JSON Stringify($employeesAtt))  //{name:employees,kind:relatedEntities,relatedDataClass:Employee,fieldType:42,type:EmployeeSelection,inverseName:employer}
// example 3: an auto-filled unique attribute (the Invoice key: Auto UUID)
ALERT(JSON Stringify(ds.Invoice.ID))

// .all(): the entities in the default order (creation order)
var $allEmp : cs.EmployeeSelection
$allEmp:=ds.Employee.all()
ALERT(JSON Stringify($allEmp.ID))

// .get(), example 1: the entity whose primary key value is 167; Null when there is none
$e:=ds.Employee.get(167)
ALERT($e.firstName+" "+String(ds.Employee.get(168)=Null))
// .get(), example 2: the context setting is accepted (client/server optimization)
var $e1; $e2; $e3; $e4 : cs.EmployeeEntity
var $settings; $settings2 : Object
$settings:=New object("context"; "detail")
$settings2:=New object("context"; "summary")
$e1:=ds.Employee.get(1; $settings)
$e2:=ds.Employee.get(2; $settings)
$e3:=ds.Employee.get(3; $settings2)
$e4:=ds.Employee.get(4; $settings2)
ALERT($e1.lastName+" "+$e2.lastName+" "+$e3.lastName+" "+$e4.lastName)

// .getCount() (docs use a remote datastore; the local one answers the same)
var $number : Integer
$number:=ds.Employee.getCount()
ALERT(String($number))

// .getDataStore(): SearchDuplicate($pet; "Dogs") finds the dogs named like the cat
var $pet : cs.CatsEntity
var $cat; $dog : Text
var $d : Object
For each ($cat; ["Felix"; "Tom"])
	$pet:=ds.Cats.new()
	$pet.name:=$cat
	$pet.save()
End for each
For each ($dog; ["Rex"; "Felix"; "Felix"])
	$d:=ds.Dogs.new()
	$d.name:=$dog
	$d.save()
End for each
$pet:=ds.Cats.all().first()  //get an entity
ALERT(String(SearchDuplicate($pet; "Dogs").length)+" "+String($pet.getDataClass().getDataStore()=ds))

// .getInfo(), example 1: the dataclass of an entity
var $status : Object
$e:=ds.Employee.get(1)
$e.salary:=1100
$status:=$e.save()
If ($status.success)
	ALERT("Record updated in table "+$e.getDataClass().getInfo().name)
End if
// example 2: the primary key name as an attribute placeholder
var $es : cs.EmployeeSelection
$settings:=New object
$settings.parameters:=New object("receivedIds"; New collection(2; 4; 999))
$settings.attributes:=New object("pk"; ds.Employee.getInfo().primaryKey)
$es:=ds.Employee.query(":pk in :receivedIds"; $settings)
ALERT(JSON Stringify($es.lastName))
// example 3
var $pk : Text
var $dataClassAttribute : Object
$pk:=ds.Employee.getInfo().primaryKey
$dataClassAttribute:=ds.Employee[$pk]  // If needed the attribute matching the primary key is accessible
ALERT(JSON Stringify(ds.Employee.getInfo())+" "+$dataClassAttribute.name+" "+String($dataClassAttribute.autoFilled))

// .new(): a blank entity (attributes Null), saved with .save()
var $entity : cs.LogEntity
$entity:=ds.Log.new()  //create a reference
ALERT(String($entity.info=Null)+" "+String($entity.isNew()))
$entity.info:="New entry"  //store some information
$entity.save()  //save the entity
ALERT(JSON Stringify(ds.Log.all().info))

// .newSelection(): empty, unordered by default, or ordered
var $USelection; $OSelection : cs.EmployeeSelection
$USelection:=ds.Employee.newSelection()  //create an unordered empty entity selection
$OSelection:=ds.Employee.newSelection(dk keep ordered)  //create an ordered empty entity selection
ALERT(String($USelection.length)+" "+String($USelection.isOrdered())+" "+String($OSelection.isOrdered())+" "+String($OSelection.isAlterable()))
