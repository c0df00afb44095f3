// cs.Company (docs ORDA/ordaClasses.md "DataClass Class")
Class extends DataClass

// Returns companies whose revenue is over the average
Function GetBestOnes()
	var $sel : cs.CompanySelection
	$sel:=This.query("revenues >= :1"; This.all().average("revenues"))
	$0:=$sel

Function named($name : Text) : cs.CompanyEntity
	return This.query("name = :1"; $name).first()
