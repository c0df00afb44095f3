// Try() without its expression is a syntax error, never an internal error
$x:=Try()
