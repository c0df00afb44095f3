$0:=Value type($1)
