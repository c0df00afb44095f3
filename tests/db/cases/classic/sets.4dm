// sets (docs: CREATE SET, CREATE EMPTY SET, ADD TO SET, REMOVE FROM SET, USE SET, UNION,
// INTERSECTION, DIFFERENCE, Records in set, Is in set, CLEAR SET, COPY SET)
seed_people
QUERY([Employee]; [Employee]salary>40000)
CREATE SET([Employee]; "rich")
QUERY([Employee]; [Employee]gender="female")
CREATE SET([Employee]; "women")
ALERT(String(Records in set("rich"))+" "+String(Records in set("women")))
INTERSECTION("rich"; "women"; "richWomen")
UNION("rich"; "women"; "either")
DIFFERENCE("rich"; "women"; "richMen")
ALERT(String(Records in set("richWomen"))+" "+String(Records in set("either"))+" "+String(Records in set("richMen")))
USE SET("richMen")
ALERT(_names)
CREATE EMPTY SET([Employee]; "picked")
QUERY([Employee]; [Employee]lastName="Smith")
ADD TO SET([Employee]; "picked")
ALERT(String(Records in set("picked"))+" "+String(Is in set("picked"))+" "+String(Is in set("rich")))
REMOVE FROM SET([Employee]; "picked")
COPY SET("rich"; "<>shared")
ALERT(String(Records in set("picked"))+" "+String(Records in set("<>shared")))
CLEAR SET("rich")
Try
	USE SET("rich")
Catch
	ALERT("no set: "+String(Last errors[0].errCode))
End try
