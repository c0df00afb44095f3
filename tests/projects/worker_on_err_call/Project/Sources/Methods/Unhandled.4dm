// ON ERR CALL is per process: a handler of process 1 does not catch a worker's error
ON ERR CALL("Handler")
CALL WORKER("w"; Formula(Null.x))
CALL WORKER("w"; Formula(ALERT("worker goes on")))
