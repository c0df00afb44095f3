//%attributes = {}
CALL WORKER("w"; Formula(LOG EVENT(Into system standard outputs; "worker message\n")))
LOG EVENT(Into system standard outputs; "startup method done\n")
