// tokenized export of the transaction commands
START TRANSACTION:C239
ALERT(String:C10(In transaction:C397))
CANCEL TRANSACTION:C241
ALERT(String:C10(In transaction:C397))
