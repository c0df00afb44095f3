// Doc: https://developer.4d.com/docs/commands/generate-uuid#description
// Version 4 is random; version 7 UUIDs sort chronologically (the version digit is the 13th character)
var $u4 : Text:=Generate UUID(4)
var $a : Text:=Generate UUID(7)
DELAY PROCESS(Current process; 1)
var $b : Text:=Generate UUID(7)
ASSERT($u4[[13]]="4"; "v4 digit "+$u4[[13]])
ASSERT($a[[13]]="7"; "v7 digit "+$a[[13]])
ASSERT(Compare strings($a; $b; sk char codes+sk case insensitive)<0; "v7 not ordered: "+$a+" "+$b)
