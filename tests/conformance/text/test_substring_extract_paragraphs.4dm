// Doc: https://developer.4d.com/docs/commands/substring#example-2
// Follows: the example plus $text:="" after the last paragraph; as printed, its Repeat loop never ends (the Else branch leaves the text unchanged)
// EXTRACT PARAGRAPHS splits a text at carriage returns with Position and Substring
#DECLARE($text : Text; $arr : Pointer)
If (Count parameters=0)
	ARRAY TEXT($paras; 0)
	test_substring_extract_paragraphs("one\rtwo\rthree"; ->$paras)
	ASSERT(Size of array($paras)=3; "size "+String(Size of array($paras)))
	ASSERT(($paras{1}="one") & ($paras{2}="two") & ($paras{3}="three"); "items")
Else
	var $vlElem; $vlPos : Integer
	$vlElem:=Size of array($arr->)
	Repeat
		$vlElem:=$vlElem+1
		INSERT IN ARRAY($arr->; $vlElem)
		$vlPos:=Position(Char(Carriage return); $text)
		If ($vlPos>0)
			$arr->{$vlElem}:=Substring($text; 1; $vlPos-1)
			$text:=Substring($text; $vlPos+1)
		Else
			$arr->{$vlElem}:=$text
			$text:=""
		End if
	Until ($text="")
End if
