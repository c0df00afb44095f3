// language.md §9: shared singleton class
Hit
Hit
cs.Config.me.hit()
ALERT(String(cs.Config.me.hits))
ALERT(cs.Config.me.mode)
ALERT(String(cs.Config.isShared)+" "+String(cs.Config.isSingleton))
Use (cs.Config.me)
	cs.Config.me.mode:="prod"
End use
ALERT(ReadMode)
