$o:=cs.Nope.new()
