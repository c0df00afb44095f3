// Doc: https://developer.4d.com/docs/API/FunctionClass#source
// .source holds the formula's source text
var $of : 4D.Function:=Formula(String(Current time; HH MM AM PM))
var $tf : Text:=$of.source
ASSERT($tf="String(Current time; HH MM AM PM)"; "gave "+$tf)
