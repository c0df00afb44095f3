// docs START TRANSACTION / Transaction level / In transaction: nesting is counted per process, without data
ALERT(String(In transaction)+" "+String(Transaction level))
START TRANSACTION
ALERT(String(In transaction)+" "+String(Transaction level))
START TRANSACTION
ALERT(String(Transaction level))
VALIDATE TRANSACTION
ALERT("validate OK="+String(OK)+" level "+String(Transaction level))
CANCEL TRANSACTION
ALERT(String(In transaction)+" "+String(Transaction level))
