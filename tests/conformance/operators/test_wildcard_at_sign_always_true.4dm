// Doc: https://developer.4d.com/docs/Concepts/dt_string#wilcard-character-
// $v[[Length($v)]]="@" is always TRUE; Character code tells whether the last character is @
var $vsValue : Text:="abc"
ASSERT($vsValue[[Length($vsValue)]]="@"; "wildcard did not match")
ASSERT(Character code($vsValue[[Length($vsValue)]])#64; "code 64 for c")
$vsValue:="mail@"
ASSERT(Character code($vsValue[[Length($vsValue)]])=At sign; "At sign constant")
