// language.md §4.3, §6: typed and untyped variants give the same results (untyped here; calls_untyped.4dm the other): strict left-to-right operators, argument evaluation order, Real/Integer mixing through calls, text collation in sorts
#DECLARE($x : Variant; $log : Variant) -> $r : Variant
If (Count parameters=0)
	$c:=New collection
	ALERT(String(calls_untyped(1; $c)+calls_untyped(2; $c)*calls_untyped(3; $c)))
	ALERT($c.join(","))
	$i:=7
	$j:=2
	ALERT(String($i/$j)+" "+String($i\$j)+" "+String($i%$j)+" "+String($i/$j*$j))
	ALERT(String(calls_untyped($i; $c)/calls_untyped($j; $c)))
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
