// a deferred throw directly in a Try block (the Error handling page's Try…Catch rules)
gPath:=""
Try
	throw({errCode: 5; message: "later"; deferred: True})
	gPath:=gPath+"rest of try;"
Catch
	gPath:=gPath+"catch;"
End try
gPath:=gPath+"after end try;"
