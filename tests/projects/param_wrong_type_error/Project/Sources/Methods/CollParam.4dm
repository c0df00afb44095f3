#DECLARE($c : Collection)
ALERT("inside CollParam")
