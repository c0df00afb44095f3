// Doc: https://developer.4d.com/docs/commands/mod#description
// The % operator is valid for integers; Mod is needed for reals (rounded first)
ASSERT((7%3)=1; "7%3")
ASSERT(Mod(7.6; 3)=2; "Mod(7.6;3) gave "+String(Mod(7.6; 3)))
