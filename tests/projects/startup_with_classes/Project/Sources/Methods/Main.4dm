ALERT(cs.Greeter.new("Bye").say("Eve"))
