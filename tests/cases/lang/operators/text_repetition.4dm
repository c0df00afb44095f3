// language.md §4.3: Text * Number repeats the text; *0 gives ""
ALERT("ab"*3)
ALERT("["+("ab"*0)+"]")
ALERT("-"*5)
$n:=2
ALERT("xy"*$n)
