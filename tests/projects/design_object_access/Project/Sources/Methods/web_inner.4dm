//%attributes = {}
ALERT(String:C10(1))
