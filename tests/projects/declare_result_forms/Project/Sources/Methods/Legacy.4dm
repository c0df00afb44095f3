C_TEXT($0)
$0:="legacy"
