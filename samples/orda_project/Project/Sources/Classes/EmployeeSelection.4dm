// cs.EmployeeSelection: functions of every Employee entity selection
Class extends EntitySelection

Function describe() : Text
	return This.orderBy("fullName").fullName.join(", ")
