C_LONGINT($1)
C_TEXT($0)
$0:="legacy got "+String($1)
