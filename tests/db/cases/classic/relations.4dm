// relations (docs: RELATE ONE, RELATE MANY): the related records become current
seed_people
QUERY([Employee]; [Employee]lastName="Holmes")
RELATE ONE([Employee]employerID)
ALERT([Company]name+" "+String(Records in selection([Company])))
RELATE MANY([Company])
ALERT(_names)
QUERY([Company]; [Company]name="Acme")
RELATE MANY([Company]ID)
ALERT(_names)
QUERY([Employee]; [Employee]lastName="Écrivain")
RELATE ONE([Employee])
ALERT(String(Records in selection([Company]))+" ["+[Company]name+"]")
