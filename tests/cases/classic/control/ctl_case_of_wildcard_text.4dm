  // language.md §4.4/§5: a Case of branch can compare text with the @ wildcard
C_TEXT($cmd;$t)
C_LONGINT($i)
ARRAY TEXT($cmds;3)
$cmds{1}:="GET /index"
$cmds{2}:="post /form"
$cmds{3}:="DELETE /x"
For ($i;1;3)
	$cmd:=$cmds{$i}
	Case of 
		: ($cmd="GET @")
			$t:=$t+"G"
		: ($cmd="POST @")
			$t:=$t+"P"
		Else 
			$t:=$t+"?"
	End case 
End for 
ALERT($t)
