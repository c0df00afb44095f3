$x:=1
My missing method(1)
