// language.md §9: This is the instance a function is called on; functions returning This chain
ALERT(cs.Builder.new().add("a").add("b").add("c").build())
var $b : cs.Builder:=cs.Builder.new()
ALERT(String($b.self()=$b))
ALERT(String($b.add("x")=$b))
ALERT(String($b.self()=cs.Builder.new()))
var $other : cs.Builder:=cs.Builder.new().add("other")
ALERT($b.add("y").build()+" / "+$other.build())
