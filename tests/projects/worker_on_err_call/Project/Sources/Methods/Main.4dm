// an error in a worker message goes to that worker's ON ERR CALL method (the process goes on, exit 0)
CALL WORKER("w"; Formula(ON ERR CALL("Handler")))
CALL WORKER("w"; Formula(Null.x))
CALL WORKER("w"; Formula(ALERT("worker goes on")))
