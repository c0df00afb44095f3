#DECLARE($n : Text)
ALERT("hello "+$n)
