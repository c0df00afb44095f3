// runs first unless --skip-onstartup
LOG EVENT(Into system standard outputs; "onStartup\n")
<>started:=True
