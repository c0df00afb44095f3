// Doc: https://developer.4d.com/docs/commands/formula-from-string#description
// The context parameter accepts sk execute in current database (the default)
var $f : 4D.Function:=Formula from string("1+1"; sk execute in current database)
ASSERT($f.call()=2; "gave "+String($f.call()))
