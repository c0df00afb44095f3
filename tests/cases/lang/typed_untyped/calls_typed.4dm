// language.md §4.3, §6: typed and untyped variants give the same results (typed here; calls_untyped.4dm the other): strict left-to-right operators, argument evaluation order, Real/Integer mixing through calls, text collation in sorts
#DECLARE($x : Integer; $log : Collection) -> $r : Real
var $c : Collection
var $i; $j : Integer
var $t : Text
If (Count parameters=0)
	$c:=New collection
	ALERT(String(calls_typed(1; $c)+calls_typed(2; $c)*calls_typed(3; $c)))
	ALERT($c.join(","))
	$i:=7
	$j:=2
	ALERT(String($i/$j)+" "+String($i\$j)+" "+String($i%$j)+" "+String($i/$j*$j))
	ALERT(String(calls_typed($i; $c)/calls_typed($j; $c)))
	ALERT(String($i=7.0000001)+" "+String($i<7.5)+" "+String(($i+0.5)>$i))
	$c:=New collection("b"; "Ä"; "a"; "B"; "ä"; "c"; "A"; "é"; "E"; "e")
	ALERT($c.sort().join(""))
	ALERT($c.orderBy(ck descending).join(""))
	$t:="Straße"
	ALERT(String($t="STRASSE")+" "+String($t="strasse")+" "+String("Ä"="a")+" "+String("é"<"f"))
	return
End if
$log.push($x)
return $x*1.5
