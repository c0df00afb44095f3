// fourd decision (transactions.py): VALIDATE outside a transaction sets OK to 0, CANCEL does nothing; no error
VALIDATE TRANSACTION
ALERT("OK="+String(OK))
CANCEL TRANSACTION
ALERT(String(Transaction level))
