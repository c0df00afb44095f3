// a process singleton remembering the process that created it
singleton Class constructor()
	This.proc:=Current process
