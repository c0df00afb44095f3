// language.md §11.3 / §11.5: Try(throw(...)) used as a statement intercepts the error; execution goes on
Try(throw(5; "five"))
ALERT(String(Last errors[0].errCode))
ALERT(Last errors[0].message)
ALERT("after")
