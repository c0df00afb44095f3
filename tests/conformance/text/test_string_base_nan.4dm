// Doc: https://developer.4d.com/docs/commands/string#stringnumberbase
// With a base, NaN and infinities give "NaN"
ASSERT(String(Log(-1); 10)="NaN"; "1: "+String(Log(-1); 10))
ASSERT(String(1/0; 10)="NaN"; "2: "+String(1/0; 10))
ASSERT(String(-1/0; 10)="NaN"; "3: "+String(-1/0; 10))
