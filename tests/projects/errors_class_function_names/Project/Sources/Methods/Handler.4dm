//%attributes = {}
ALERT("Error method="+Error method+" line="+String(Error line))
ALERT("chain="+Call chain.extract("name").join(" < "))
