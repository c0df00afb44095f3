// Doc: https://developer.4d.com/docs/commands/int#example
// Int(123.4) is 123; Int(-123.4) is -124 (negative numbers truncated away from zero)
ASSERT(Int(123.4)=123; "1: "+String(Int(123.4)))
ASSERT(Int(-123.4)=-124; "2: "+String(Int(-123.4)))
