ALERT("00_Start running")
ALERT(String(Compute total(2; 3.5)))
ALERT(4D_helper("x"))
ALERT(Current method name)
