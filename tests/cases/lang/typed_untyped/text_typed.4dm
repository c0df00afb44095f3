// language.md §4.3: typed and untyped variants give the same results (typed here; text_untyped.4dm the other): commands with a fixed result type in expressions (String, Substring, Length, Position, Char)
var $i; $n : Integer
var $t; $k : Text
var $o : Object
$o:=New object
For ($i; 1; 5)
	$k:="key"+String($i)+Substring("abcdef"; $i; 1)
	$o[$k]:=Length($k)+Position("y"; $k)*10
End for
ALERT(JSON Stringify($o))
$t:=Char(72)+Lowercase("ELLO")+String(-0.5)+String(1/3)+String(1e+20)
ALERT($t)
$n:=Length($t)+Position("1"; $t)
ALERT(String($n)+" "+String(Length("")+Position("z"; "abc")))
