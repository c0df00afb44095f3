ALERT(Multiline("a"; "b"))
