// Doc: https://developer.4d.com/docs/commands/time#example-1
// String(Time("13:00:00");Hour Min) gives "13 hours 0 minute"
ASSERT(Time("13:00:00")=?13:00:00?; "Time(text)")
ASSERT(String(Time("13:00:00"); Hour min)="13 hours 0 minute"; "gave "+String(Time("13:00:00"); Hour min))
