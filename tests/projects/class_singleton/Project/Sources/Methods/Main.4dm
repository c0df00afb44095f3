// language.md §9: singleton class: cs.X.me is one instance, created on first access, shared by all methods
ALERT(String(cs.Counter.me.count))
Bump
Bump
ALERT(String(cs.Counter.me.count))
ALERT(String(cs.Counter.me=cs.Counter.me))
var $a : cs.Counter:=cs.Counter.me
$a.inc()
ALERT(String(cs.Counter.me.count))
ALERT(String(ReadCount))
ALERT(String(cs.Counter.isSingleton))
ALERT(String(cs.Counter.isShared))
ALERT(String(OB Instance of(cs.Counter.me; cs.Counter)))
