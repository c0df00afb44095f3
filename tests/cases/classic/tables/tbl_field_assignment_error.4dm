  // issue 7: assigning a field ([Table]Field:=value) is a database error at runtime
ALERT("start")
[Invoices]Total:=100
ALERT("not reached")
