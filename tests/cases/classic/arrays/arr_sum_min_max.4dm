  // 4D docs Sum / Min / Max / Average: work on arrays
ARRAY REAL($r;4)
$r{1}:=2
$r{2}:=8
$r{3}:=-1
$r{4}:=3
ALERT(String(Sum($r)))
ALERT(String(Min($r))+" "+String(Max($r)))
ALERT(String(Average($r)))
