$v:=JSON Parse("{oops")
