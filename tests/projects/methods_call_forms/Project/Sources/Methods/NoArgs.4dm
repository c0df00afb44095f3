ALERT("no args "+String(Count parameters))
