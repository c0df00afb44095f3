//%attributes = {}
LOG EVENT(Into system standard outputs; "quitter\n")
QUIT 4D
LOG EVENT(Into system standard outputs; "not reached\n")
