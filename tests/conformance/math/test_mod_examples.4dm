// Doc: https://developer.4d.com/docs/commands/mod#example
// Mod(3;2) 1, Mod(4;2) 0, Mod(3.5;2) 0 (reals are rounded first)
ASSERT(Mod(3; 2)=1; "1: "+String(Mod(3; 2)))
ASSERT(Mod(4; 2)=0; "2: "+String(Mod(4; 2)))
ASSERT(Mod(3.5; 2)=0; "3: "+String(Mod(3.5; 2)))
