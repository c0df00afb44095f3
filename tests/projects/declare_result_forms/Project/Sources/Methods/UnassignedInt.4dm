#DECLARE() -> $r : Integer
