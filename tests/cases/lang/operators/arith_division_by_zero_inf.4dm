// language.md §4.3: division by zero gives +-INF, no error; NaN prints as ""
ALERT(String(1/0))
ALERT(String(-1/0))
ALERT("["+String(0/0)+"]")
ALERT("["+String(Log(-1))+"]")
ALERT(String(1/0>1000000))
ALERT("still running")
