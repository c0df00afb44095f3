// Doc: https://developer.4d.com/docs/commands/position#description
// sk whole word only finds complete words: "where" is not found within "somewhere"
var $len : Integer
ASSERT(Position("where"; "somewhere"; 1; $len; sk whole word)=0; "found inside a word")
ASSERT(Position("where"; "go where"; 1; $len; sk whole word)=4; "whole word not found")
