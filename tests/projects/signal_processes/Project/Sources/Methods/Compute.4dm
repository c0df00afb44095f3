//%attributes = {}
#DECLARE($signal : 4D.Signal; $n : Integer)
Use ($signal)
	$signal.result:=$n*7
	$signal.details:=OB Copy(New object("n"; $n); ck shared; $signal)
End use
$signal.trigger()
