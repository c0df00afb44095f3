ALERT(JSON Stringify(cs.GrandChild.new()))
