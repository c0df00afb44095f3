ALERT("no params "+String(Count parameters))
