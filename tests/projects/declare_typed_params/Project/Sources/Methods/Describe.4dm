#DECLARE($t : Text; $i : Integer; $r : Real; $b : Boolean; $d : Date; $o : Object; $c : Collection) -> $out : Text
$out:=$t+"|"+String($i)+"|"+String($r)+"|"+String($b)+"|"+String(Year of($d))+"|"+JSON Stringify($o)+"|"+JSON Stringify($c)
