// Doc: https://developer.4d.com/docs/commands/dec#example
// For 7.31, Int gives 7 dollars and Dec*100 gives 31 cents
var vrAmount : Real:=7.31
var vlDollars : Integer:=Int(vrAmount)
var vlCents : Integer:=Dec(vrAmount)*100
ASSERT(vlDollars=7; "dollars "+String(vlDollars))
ASSERT(vlCents=31; "cents "+String(vlCents))
