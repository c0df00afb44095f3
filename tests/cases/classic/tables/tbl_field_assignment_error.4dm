  // a lone script has no structure: naming a table is error -10964 (Unknown table) at runtime, after the lines before it ran
ALERT("start")
[Invoices]Total:=100
ALERT("not reached")
