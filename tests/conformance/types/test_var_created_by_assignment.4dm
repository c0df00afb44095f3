// Doc: https://developer.4d.com/docs/Concepts/variables#declaring-variables
// MyDate:=Current date+30 creates an undeclared Date variable
MyDate:=Current date+30
ASSERT(Value type(MyDate)=Is date; "type "+String(Value type(MyDate)))
ASSERT(MyDate-Current date=30; "gave "+String(MyDate-Current date))
