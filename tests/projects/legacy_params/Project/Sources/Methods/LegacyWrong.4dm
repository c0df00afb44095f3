C_LONGINT($1)
C_TEXT($0)
$0:="got "+String($1)
