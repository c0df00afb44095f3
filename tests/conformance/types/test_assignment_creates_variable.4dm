// Doc: https://developer.4d.com/docs/Concepts/variables#assigning-data
// MyNumber:=3 creates the variable and puts 3 into it
MyNumber:=3
ASSERT(MyNumber=3; "gave "+String(MyNumber))
MyNumber:=4
ASSERT(MyNumber=4; "gave "+String(MyNumber))
