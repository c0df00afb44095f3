// cs.CompanyEntity: computed attributes over the 1->N relation `staff`
Class extends Entity

Function get headcount($event : Object) : Integer
	return This.staff.length

Function get payroll($event : Object) : Real
	return This.staff.sum("salary")
