// Doc: https://developer.4d.com/docs/commands/dec#description
// Dec returns the decimal portion; the value returned is always positive or zero
ASSERT(Dec(3)=0; "Dec(3) gave "+String(Dec(3)))
ASSERT(Dec(-7.25)>=0; "Dec(-7.25) gave "+String(Dec(-7.25)))
