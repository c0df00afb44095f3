// language.md §6: commands without arguments are called by name alone; Name() is also accepted
ALERT(String(True()))
ALERT(String(Count parameters()))
ALERT(Current method name())
ALERT(String(Count parameters))
ALERT(Current method name)
