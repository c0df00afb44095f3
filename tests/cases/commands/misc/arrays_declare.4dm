// language.md §3.2: ARRAY TEXT/LONGINT/REAL declare 1-based arrays with an element 0; Size of array
ARRAY TEXT($at; 3)
ARRAY LONGINT($al; 2)
ARRAY REAL($ar; 1)
ALERT(String(Size of array($at))+" "+String(Size of array($al))+" "+String(Size of array($ar)))
ALERT("["+$at{1}+"]")
ALERT(String($al{2}))
$at{1}:="one"
$at{3}:="three"
$ar{1}:=1.5
$at{0}:="zero"
ALERT($at{1}+","+$at{2}+","+$at{3})
ALERT(String($ar{1}))
ALERT($at{0})
ARRAY TEXT($at; 0)
ALERT(String(Size of array($at)))
