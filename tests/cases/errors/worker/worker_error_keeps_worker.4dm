// language.md §11: an error in a worker message is printed, the worker goes on, and fourd run exits 1
#DECLARE($mode : Text)
Case of
	: ($mode="fail")
		$o:=Null
		$x:=$o.x
		ALERT("resumed (must not print)")
	: ($mode="next")
		ALERT("worker still runs messages")
	Else 
		CALL WORKER("w"; "worker_error_keeps_worker"; "fail")
		CALL WORKER("w"; "worker_error_keeps_worker"; "next")
End case
