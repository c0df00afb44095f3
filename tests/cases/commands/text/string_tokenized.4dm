// language.md §1.5 / §12.3: String:C10, Length:C16, Substring:C12, Position:C15, Uppercase:C13 tokenized forms
var $t : Text
$t:="Hello World"
ALERT:C41(String:C10(Length:C16($t)))
ALERT:C41(Substring:C12($t; 7; 5))
ALERT:C41(String:C10(Position:C15("World"; $t)))
ALERT:C41(Uppercase:C13($t))
ALERT:C41(Lowercase:C14($t))
ALERT:C41(Replace string:C233($t; "o"; "0"))
