// Doc: https://developer.4d.com/docs/Concepts/dt_number
// Reals have 13 significant digits when converted to text
ASSERT(String(1/3)="0.3333333333333"; "gave "+String(1/3))
