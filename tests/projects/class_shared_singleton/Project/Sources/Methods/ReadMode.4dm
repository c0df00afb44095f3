#DECLARE() -> $m : Text
$m:=cs.Config.me.mode
