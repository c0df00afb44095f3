// Doc: https://developer.4d.com/docs/API/FunctionClass#source
// xfail: .source drops the closing parenthesis of a source ending in a call ("String(Current time; HH MM AM PM"): lowering takes the last token as the end
// .source holds the formula's source text
var $of : 4D.Function:=Formula(String(Current time; HH MM AM PM))
var $tf : Text:=$of.source
ASSERT($tf="String(Current time; HH MM AM PM)"; "gave "+$tf)
