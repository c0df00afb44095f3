// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-literals
// An empty string is two quotation marks with nothing between them
var $t : Text:=""
ASSERT(Length($t)=0; "length "+String(Length($t)))
ASSERT(Length("No records found.")=17; "literal length")
