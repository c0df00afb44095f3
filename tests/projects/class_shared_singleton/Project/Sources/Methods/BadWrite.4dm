ALERT(cs.Config.me.mode)
cs.Config.me.mode:="prod"
ALERT("after")
