ALERT(JSON Stringify(cs.Base.new()))
