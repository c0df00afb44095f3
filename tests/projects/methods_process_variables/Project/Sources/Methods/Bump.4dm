vCount:=vCount+1
