var $i : Integer
$i:="text"
