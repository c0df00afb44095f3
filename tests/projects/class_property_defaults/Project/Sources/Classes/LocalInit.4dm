// initializers reading locals: a formula capturing one written by reference, a local read
property setter : 4D.Function:=Formula(OB SET($o; "x"; 1))
property fromLocal : Text:=String($n)+"."
