// property initializers reading locals (was internal error -10990: NameError L_o)
var $s : cs.LocalInit:=cs.LocalInit.new()
ALERT(String(Undefined($s.setter.call()))+" "+$s.fromLocal)
