// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of Create entity
// selection and USE ENTITY SELECTION (a current selection and an entity selection, both ways)
// Data the examples imply: employees, some named M@.
docs_emp(1; "Ann"; "Martin"; 0)
docs_emp(2; "Bob"; "Moore"; 0)
docs_emp(3; "Cid"; "Smith"; 0)
// Create entity selection
var $employees : cs.EmployeeSelection
ALL RECORDS([Employee])
$employees:=Create entity selection([Employee])
// The $employees entity selection now contains a set of reference
// on all entities related to the Employee dataclass
ALERT(String($employees.length)+" "+String($employees.isAlterable())+" "+String($employees.isOrdered()))
// USE ENTITY SELECTION
var $entitySel : Object
$entitySel:=ds.Employee.query("lastName = :1"; "M@")  //$entitySel is related to the Employee dataclass
REDUCE SELECTION([Employee]; 0)
USE ENTITY SELECTION($entitySel)  //The current selection of the Employee table is updated
ALERT(String(Records in selection([Employee]))+" "+[Employee]lastName)
