// cs.DataStore (docs ORDA/ordaClasses.md "DataStore Class")
Class extends DataStoreImplementation

Function getDesc
	$0:="Database exposing employees and their companies"

Function companyCount() : Integer
	return This.Company.getCount()
