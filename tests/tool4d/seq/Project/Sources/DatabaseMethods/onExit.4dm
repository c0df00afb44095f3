// runs last unless --skip-onstartup, also after QUIT 4D
LOG EVENT(Into system standard outputs; "onExit\n")
