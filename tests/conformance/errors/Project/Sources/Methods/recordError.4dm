// an error-handling method that records the system variables and Last errors
gError:=Error
gErrorMethod:=Error method
gErrorLine:=Error line
gCount:=gCount+1
gLast:=Last errors
