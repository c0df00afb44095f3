// README "Headless": with no current form, form-object commands act on no object and raise nothing
var $button : Text
OBJECT SET ENABLED(*; "bStart"; False)
OBJECT SET VISIBLE(*; "bStart"; True)
OBJECT SET TITLE(*; "bStart"; "Go")
OBJECT SET VALUE("bStart"; 1)
OBJECT SET ENABLED($button; True)
ALERT(String(OBJECT Get enabled(*; "bStart"))+" "+String(OBJECT Get visible(*; "bStart"))+" ["+OBJECT Get title(*; "bStart")+"] "+String(OBJECT Get font size(*; "bStart")))
ALERT(String(Is nil pointer(OBJECT Get pointer(Object named; "bStart")))+" "+String(Undefined(OBJECT Get value("bStart"))))
var $l; $t; $r; $b : Integer
$l:=7
OBJECT GET COORDINATES(*; "bStart"; $l; $t; $r; $b)
ALERT(String($l))
ALERT(String(Form=Null)+" ["+Current form name+"] "+String(Current form window)+" "+String(Frontmost window)+" "+String(Form event code)+" "+String(FORM Get current page))
FORM GOTO PAGE(2)
ALERT("end")
