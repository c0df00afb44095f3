// Classes page, This: Function f returns This.a+This.b
Function f() : Integer
	return This.a+This.b
