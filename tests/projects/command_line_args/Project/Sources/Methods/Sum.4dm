// language.md §15: --method NAME ARGS: arguments arrive as Text, declared numbers get Num(arg)
#DECLARE($a : Integer; $b : Integer)
ALERT(String($a+$b))
