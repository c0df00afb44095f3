#DECLARE($method : Text; $a : Text; $b : Text)
var $r : Integer
EXECUTE METHOD($method; $r; Num($a); Num($b))
ALERT($method+"="+String($r))
