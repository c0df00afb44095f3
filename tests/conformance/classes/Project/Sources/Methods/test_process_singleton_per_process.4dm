// Doc: https://developer.4d.com/docs/Concepts/classes#singletons-types
// A process singleton has a unique instance for the process in which it is instantiated
<>otherProc:=0
var $mine : Integer:=cs.PerProcess.me.proc
var $p : Integer:=New process("storePerProcess"; 0; "other")
var $i : Integer
For ($i; 1; 300)
	If (<>otherProc#0)
		break
	End if
	DELAY PROCESS(Current process; 1)
End for
ASSERT($mine=Current process; "main instance from process "+String($mine))
ASSERT(<>otherProc=$p; "other process used instance of process "+String(<>otherProc))
ASSERT(cs.PerProcess.me.proc=Current process; "main instance replaced")
