// language.md §1.5 / §12.1: OB Keys:C1719, OB Values:C1718, OB Entries:C1720 tokenized forms
var $o : Object
$o:=New object:C1471("x"; 1; "y"; 2)
ALERT:C41(OB Keys:C1719($o).join(";"))
ALERT:C41(JSON Stringify:C1217(OB Values:C1718($o)))
ALERT:C41(String:C10(OB Entries:C1720($o).length))
