// Doc: https://developer.4d.com/docs/Concepts/variables#system-variables
// OK is a process system variable that can be read and assigned
OK:=0
ASSERT(OK=0; "OK "+String(OK))
OK:=1
ASSERT(OK=1; "OK "+String(OK))
