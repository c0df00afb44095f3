// language.md §11.3: after each Try, Last errors holds that Try's errors — null when it succeeded
Try(throw(9; "nine"))
ALERT(String(Last errors.length))
Try(1+1)
ALERT(String(Last errors=Null))
