// Doc: https://developer.4d.com/docs/Concepts/data-types#converting-data-types
// Num, Date, Time, Bool convert strings; String converts numbers, dates and times; Num converts Booleans
ASSERT(Num("12.5")=12.5; "Num")
ASSERT(Date("2020-02-03")=!2020-02-03!; "Date")
ASSERT(Time("01:02:03")=?01:02:03?; "Time")
ASSERT(String(42)="42"; "String(number)")
ASSERT(String(?01:02:03?)="01:02:03"; "String(time) "+String(?01:02:03?))
ASSERT(Num(True)=1; "Num(True)")
ASSERT(Bool(1)=True; "Bool(1)")
