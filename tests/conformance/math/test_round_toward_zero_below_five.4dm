// Doc: https://developer.4d.com/docs/commands/round#description
// Digits 0-4 round toward zero, 5-9 away from zero, for positive and negative numbers
ASSERT(Round(2.34; 1)=2.3; "2.34 gave "+String(Round(2.34; 1)))
ASSERT(Round(-2.34; 1)=-2.3; "-2.34 gave "+String(Round(-2.34; 1)))
ASSERT(Round(2.5; 0)=3; "2.5 gave "+String(Round(2.5; 0)))
ASSERT(Round(-2.36; 1)=-2.4; "-2.36 gave "+String(Round(-2.36; 1)))
