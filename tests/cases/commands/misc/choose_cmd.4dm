// language.md §12.7: Choose — Boolean criterion picks value1/value2; numeric criterion is a 0-based position; out of range → empty value
ALERT(Choose(True; "a"; "b"))
ALERT(Choose(False; "a"; "b"))
ALERT(Choose(2; "x"; "y"; "z"))
ALERT(String(Choose(0; 10; 20)))
ALERT("["+Choose(5; "x"; "y")+"]")
ALERT(String(Choose(-1; 10; 20)))
