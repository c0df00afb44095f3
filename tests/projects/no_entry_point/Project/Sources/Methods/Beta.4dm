ALERT("beta")
