// _names: the last names of the current selection of [Employee], in its order
#DECLARE -> $names : Text
ARRAY TEXT($a; 0)
SELECTION TO ARRAY([Employee]lastName; $a)
$names:=String(Records in selection([Employee]))+": "+JSON Stringify array($a)
