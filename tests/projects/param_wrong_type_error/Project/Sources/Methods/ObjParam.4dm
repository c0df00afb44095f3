#DECLARE($o : Object)
ALERT("inside ObjParam")
