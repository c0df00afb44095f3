// language.md §15/§9: onStartup using classes and methods of the project
var $g : cs.Greeter:=cs.Greeter.new("Hi")
ALERT($g.say("Ann"))
ALERT(Shout($g.say("Bob")))
