#DECLARE($text : Text; $suffix : Text)
ALERT($text+$suffix)
