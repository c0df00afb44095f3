// Doc: https://developer.4d.com/docs/commands/compare-strings#example-1
// sk char codes gives 1 ("alpha" > "Alpha"); adding sk case insensitive gives 0
var $string1 : Text:="alpha Bravo charlie Delta Echo Fox-Trot"
var $string2 : Text:="Alpha Bravo Charlie Delta Echo Fox-Trot"
ASSERT(Compare strings($string1; $string2; sk char codes)=1; "char codes")
ASSERT(Compare strings($string1; $string2; sk char codes+sk case insensitive)=0; "case insensitive")
