// language.md §1.6: process variables are plain names, interprocess ones start with <>
vCounter:=1
vCounter:=vCounter+1
<>gTotal:=10
<>gTotal:=<>gTotal+vCounter
My_Var2:=3
ALERT(String(vCounter))
ALERT(String(<>gTotal))
ALERT(String(My_Var2))
