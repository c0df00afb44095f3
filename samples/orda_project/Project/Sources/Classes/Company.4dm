// cs.Company: functions of the Company dataclass (ds.Company.named("Acme"))
Class extends DataClass

Function named($name : Text) : cs.CompanyEntity
	return This.query("name = :1"; $name).first()
