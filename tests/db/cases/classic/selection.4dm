// classic selections (docs: ALL RECORDS, FIRST / NEXT / PREVIOUS / LAST RECORD, GOTO SELECTED
// RECORD, Selected record number, End selection, Before selection, REDUCE SELECTION, ONE
// RECORD SELECT, DELETE SELECTION, named selections, Create entity selection, USE ENTITY
// SELECTION)
seed_people
var $names : Text
ALERT(String(Records in selection([Employee]))+" "+String(End selection([Employee]))+" "+String(Before selection([Employee])))
ALL RECORDS([Employee])
$names:=""
While (Not(End selection([Employee])))
	$names:=$names+[Employee]lastName+String(Selected record number([Employee]))+" "
	NEXT RECORD([Employee])
End while
ALERT($names+String(Selected record number([Employee]))+" "+String(End selection([Employee])))
LAST RECORD([Employee])
$names:=""
Repeat
	$names:=$names+[Employee]firstName+" "
	PREVIOUS RECORD([Employee])
Until (Before selection([Employee]))
ALERT($names)
GOTO SELECTED RECORD([Employee]; 3)
ALERT([Employee]lastName+" "+String(Selected record number([Employee])))
GOTO SELECTED RECORD([Employee]; 99)
ALERT(String(Selected record number([Employee]))+" "+String(End selection([Employee]))+" ["+[Employee]lastName+"]")
FIRST RECORD([Employee])
ALERT([Employee]lastName)
// named selections keep the selection and its current record
GOTO SELECTED RECORD([Employee]; 2)
COPY NAMED SELECTION([Employee]; "all")
REDUCE SELECTION([Employee]; 1)
ALERT(String(Records in selection([Employee]))+" "+[Employee]lastName)
USE NAMED SELECTION("all")
ALERT(String(Records in selection([Employee]))+" "+[Employee]lastName)
CUT NAMED SELECTION([Employee]; "cut")
ALERT(String(Records in selection([Employee])))
USE NAMED SELECTION("cut")
ALERT(String(Records in selection([Employee])))
CLEAR NAMED SELECTION("cut")
Try
	USE NAMED SELECTION("cut")
Catch
	ALERT("gone: "+String(Last errors[0].errCode))
End try
// ONE RECORD SELECT: the current record alone
GOTO SELECTED RECORD([Employee]; 4)
ONE RECORD SELECT([Employee])
ALERT(String(Records in selection([Employee]))+" "+[Employee]lastName)
// entity selections and current selections
var $es : cs.EmployeeSelection
QUERY([Employee]; [Employee]salary>45000)
ORDER BY([Employee]; [Employee]salary; >)
$es:=Create entity selection([Employee])
ALERT(JSON Stringify($es.lastName)+" "+String($es.isOrdered())+" "+String($es.isAlterable()))
USE ENTITY SELECTION(ds.Employee.query("gender = :1"; "female"))
ALERT(String(Records in selection([Employee]))+" "+[Employee]firstName)
Try
	$es:=Create entity selection([NoKey])
Catch
	ALERT(String(Last errors[0].errCode))
End try
// DELETE SELECTION
QUERY([Employee]; [Employee]gender="male")
DELETE SELECTION([Employee])
ALERT(String(Records in selection([Employee]))+" "+String(Records in table([Employee]))+" "+JSON Stringify(ds.Employee.all().lastName))
