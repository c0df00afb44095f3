// fourd sample project (README "Embedding", `fourd repl samples/greeter`)
#DECLARE($name : Text) : Text
return cs.Greeter.new($name).greeting()
