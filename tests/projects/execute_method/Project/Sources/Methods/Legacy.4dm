C_TEXT($0;$1)
$0:="legacy "+$1
