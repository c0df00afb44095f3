// 4d/docs GET LAST ERROR STACK: the current errors in three synchronized arrays (code, component, text)
ARRAY LONGINT($codes; 0)
ARRAY TEXT($components; 0)
ARRAY TEXT($texts; 0)
GET LAST ERROR STACK($codes; $components; $texts)
ALERT("before: "+String(Size of array($codes)))
Try
	throw({errCode: 42; message: "custom failure"; componentSignature: "MINE"})
Catch
	GET LAST ERROR STACK($codes; $components; $texts)
	ALERT(String(Size of array($codes))+" "+String($codes{1})+" "+$components{1}+" "+$texts{1})
End try
Try
	var $o : Object
	$o:=Null
	$o.a:=1
Catch
	GET LAST ERROR STACK($codes; $components; $texts)
	ALERT(String($codes{1})+" "+$components{1})
End try
