// Doc: https://developer.4d.com/docs/commands/character-code#example-3
// Scanning a text with Character code finds carriage returns and tabs
var vtText : Text:="a\tb\rc\t"
var $vlChar; $vlCode; $cr; $tab : Integer
For ($vlChar; 1; Length(vtText))
	$vlCode:=Character code(vtText[[$vlChar]])
	Case of
		: ($vlCode=Carriage return)
			$cr+=1
		: ($vlCode=Tab)
			$tab+=1
	End case
End for
ASSERT(($cr=1) & ($tab=2); "cr "+String($cr)+" tab "+String($tab))
