#DECLARE($t : Text; $i : Integer; $r : Real; $b : Boolean; $d : Date; $o : Object; $c : Collection) -> $out : Text
$out:=String(Value type($t))+","+String(Value type($b))+","+String(Value type($d))+","+String(Value type($o))+","+String(Value type($c))
