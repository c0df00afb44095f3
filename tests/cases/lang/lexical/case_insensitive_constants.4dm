// language.md §1.4: constants (and True/False/Null) are case-insensitive
ALERT(String(is text))
ALERT(String(IS REAL))
ALERT(String(Is Collection))
ALERT(String(is boolean))
ALERT(String(true))
ALERT(String(FALSE))
ALERT(String(NULL=null))
