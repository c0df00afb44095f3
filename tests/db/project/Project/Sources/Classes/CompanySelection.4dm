// cs.CompanySelection
Class extends EntitySelection

Function totalRevenues() : Real
	return This.sum("revenues")
