  // a lone script has no structure: naming a table is error -10964 (Unknown table) at runtime, after the lines before it ran
C_POINTER($p)
ALERT("start")
$p:=->[People]Name
ALERT("not reached")
