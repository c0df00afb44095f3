#DECLARE() -> $r : Text
