ALERT("handled "+String(Error))
