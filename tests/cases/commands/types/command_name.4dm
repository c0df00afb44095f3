// Command name (C538): name, thread-safety bit and theme of a command number; OK 0 past the last
var $info : Integer
var $theme : Text
ALERT(Command name(1; $info; $theme)+" "+String($info)+" "+$theme+" "+String(OK))
ALERT(Command name(16)+" / "+Command name(1466)+" / "+Command name:C538(538))
ALERT("["+Command name(99999)+"] "+String(OK))
var $count; $id : Integer
Repeat
	$id:=$id+1
	If (Length(Command name($id))>0)
		$count:=$count+1
	End if 
Until (OK=0)
ALERT(String($count>800))
