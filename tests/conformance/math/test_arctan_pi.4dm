// Doc: https://developer.4d.com/docs/commands/arctan#example
// Arctan(1)*4 is Pi; the Pi, Degree and Radian constants
ASSERT(Arctan(1)*4=Pi; "Arctan(1)*4 gave "+String(Arctan(1)*4))
ASSERT(String(Pi)="3.14159265359"; "Pi gave "+String(Pi))
ASSERT(String(Degree)="0.01745329251994"; "Degree gave "+String(Degree))
ASSERT(String(Radian)="57.29577951308"; "Radian gave "+String(Radian))
