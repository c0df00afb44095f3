ALERT("before")
DIALOG("Form")
