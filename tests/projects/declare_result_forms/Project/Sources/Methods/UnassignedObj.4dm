#DECLARE() -> $r : Object
