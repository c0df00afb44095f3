// language.md §4.7: $o["f"](args) calls a formula stored under any property name
$o:={}
$o["greet"]:=Formula("Hi "+$1)
ALERT($o["greet"]("Ann"))
$name:="greet"
ALERT($o[$name]("Bob"))
