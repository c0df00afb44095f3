  // issue 7: ->[Table]Field parses; running it is a database error
C_POINTER($p)
ALERT("start")
$p:=->[People]Name
ALERT("not reached")
