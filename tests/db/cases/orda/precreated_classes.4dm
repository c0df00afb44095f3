// 4D pre-creates the ORDA classes of every data model object, whether or not the project has a
// class file for them (docs ORDA/ordaClasses.md "Architecture", "Creating classes"): Product
// has no file, Employee has EmployeeEntity and EmployeeSelection files but no Employee file,
// NoKey (no primary key) is not a dataclass
var $p : cs.ProductEntity
var $ps : cs.ProductSelection
var $pc : cs.Product
var $e : cs.EmployeeEntity
var $ec : cs.Employee
var $store : cs.DataStore
$p:=ds.Product.new()
$p.name:="Pen"
$p.price:=2.5
$p.save()
$ps:=ds.Product.all()
$pc:=ds.Product
$ec:=ds.Employee
$store:=ds
$e:=ds.Employee.new()
// the same class objects whatever asks
ALERT(String(OB Class($p)=cs.ProductEntity)+" "+String(OB Class($ps)=cs.ProductSelection)+" "+String(OB Class($pc)=cs.Product)+" "+String(OB Class($ec)=cs.Employee)+" "+String(OB Class($e)=cs.EmployeeEntity))
// names and superclasses: the 4D classes they extend
ALERT(OB Class($p).name+" < "+OB Class($p).superclass.name+", "+cs.ProductSelection.name+" < "+cs.ProductSelection.superclass.name+", "+cs.Product.name+" < "+cs.Product.superclass.name+", "+cs.Employee.name+" < "+cs.Employee.superclass.name)
ALERT(String(cs.ProductEntity.superclass=4D.Entity)+" "+String(cs.ProductSelection.superclass=4D.EntitySelection)+" "+String(cs.Product.superclass=4D.DataClass)+" "+String(cs.EmployeeEntity.superclass=4D.Entity)+" "+String(cs.DataStore.superclass=4D.DataStoreImplementation))
// OB Instance of, with the project's classes and 4D's
ALERT(String(OB Instance of($p; cs.ProductEntity))+" "+String(OB Instance of($p; 4D.Entity))+" "+String(OB Instance of($ps; cs.ProductSelection))+" "+String(OB Instance of($ps; 4D.EntitySelection))+" "+String(OB Instance of($pc; cs.Product))+" "+String(OB Instance of($pc; 4D.DataClass)))
ALERT(String(OB Instance of($p; cs.EmployeeEntity))+" "+String(OB Instance of($e; cs.ProductEntity))+" "+String(OB Instance of($ps; cs.ProductEntity))+" "+String(OB Instance of($ec; cs.Product)))
// entities reached otherwise have the same class
ALERT(String(OB Class($ps.first())=cs.ProductEntity)+" "+String(OB Class(ds.Product.get($p.ID))=cs.ProductEntity)+" "+String(OB Class(ds.Product.query("name = :1"; "Pen"))=cs.ProductSelection))
// the project's class files are still there: their functions work
ALERT(String(ds.Company.all().totalRevenues())+" "+ds.getDesc())
// they are all in cs
ALERT(String(OB Keys(cs).indexOf("ProductEntity")>=0)+" "+String(OB Keys(cs).indexOf("Product")>=0)+" "+String(OB Keys(cs).indexOf("EmployeeEntity")>=0)+" "+String(OB Keys(cs).indexOf("DataStore")>=0)+" "+String(OB Keys(cs).indexOf("NoKeyEntity")>=0))
var $name : Text
var $count : Integer
For each ($name; cs)
	If ($name="Cats@")
		$count:=$count+1
	End if
End for each
ALERT(String($count))
// a declared type is checked
Try
	$p:=$e
Catch
	ALERT(String(Last errors[0].errCode))
End try
// ORDA classes are not instantiated with new()
Try
	$p:=cs.ProductEntity.new()
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$store:=cs.DataStore.new()
Catch
	ALERT(String(Last errors[0].errCode))
End try
// a table without a primary key is not a dataclass: no classes
Try
	ALERT(cs.NoKeyEntity.name)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
