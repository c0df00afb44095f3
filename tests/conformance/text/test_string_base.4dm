// Doc: https://developer.4d.com/docs/commands/string#stringnumberbase
// String(number;base): "1010", "-1010", "fe", "-fc20c5"
ASSERT(String(10; 2)="1010"; "1: "+String(10; 2))
ASSERT(String(-10; 2)="-1010"; "2: "+String(-10; 2))
ASSERT(String(254; 16)="fe"; "3: "+String(254; 16))
ASSERT(String(-16523461; 16)="-fc20c5"; "4: "+String(-16523461; 16))
