// wait_log(n): waits until Storage.log has n lines (workers write there), at most 30 s
#DECLARE($n : Integer)
var $tries : Integer
While ((Storage.log.length<$n) & ($tries<1800))
	DELAY PROCESS(Current process; 1)
	$tries:=$tries+1
End while
