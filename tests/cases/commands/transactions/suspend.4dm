// docs SUSPEND TRANSACTION / RESUME TRANSACTION / Active transaction
ALERT(String(Active transaction))
START TRANSACTION
ALERT(String(Active transaction))
SUSPEND TRANSACTION
ALERT(String(In transaction)+" "+String(Active transaction)+" "+String(Transaction level))
START TRANSACTION
ALERT(String(Active transaction)+" "+String(Transaction level))
VALIDATE TRANSACTION
RESUME TRANSACTION
ALERT(String(Active transaction))
CANCEL TRANSACTION
ALERT(String(Active transaction))
