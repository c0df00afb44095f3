// Doc: https://developer.4d.com/docs/commands/random#example
// Random is between 0 and 32767; (Random%21)+10 is between 10 and 30
var $i; $r : Integer
For ($i; 1; 200)
	$r:=Random
	ASSERT(($r>=0) & ($r<=32767); "Random gave "+String($r))
	$r:=(Random%21)+10
	ASSERT(($r>=10) & ($r<=30); "range gave "+String($r))
End for
