// JSON round trip of a 10,000-entry object
var $items; $o; $back : Object
var $i : Integer
var $text : Text
$items:=New object
For ($i; 0; 9999)
	$items["k"+String($i)]:=New object("id"; $i; "name"; "item "+String($i); \
		"tags"; New collection("a"; "b"; "c"); "price"; $i*1.5; "active"; ($i%2)=0)
End for 
$o:=New object("items"; $items)
$text:=JSON Stringify($o)
$back:=JSON Parse($text)
ALERT(String(OB Keys($back.items).length))
