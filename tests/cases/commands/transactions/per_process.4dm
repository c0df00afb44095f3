// docs Transaction level: "for the process" — a worker has its own transactions
START TRANSACTION
START TRANSACTION
ALERT("main level "+String(Transaction level))
CALL WORKER("w"; Formula(ALERT("worker level "+String(Transaction level))))
CALL WORKER("w"; Formula(START TRANSACTION))
CALL WORKER("w"; Formula(ALERT("worker level "+String(Transaction level))))
