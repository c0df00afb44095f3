//%attributes = {"invisible":true}
  // language.md §1.5/§12.3: legacy exported text processing with tokenized commands
C_TEXT:C284($t;$word;$out)
C_LONGINT:C283($pos)
$t:="one two three"
$out:=""
Repeat 
	$pos:=Position:C15(" ";$t)
	If ($pos>0)
		$word:=Substring:C12($t;1;$pos-1)
		$t:=Substring:C12($t;$pos+1)
	Else 
		$word:=$t
		$t:=""
	End if 
	$out:=$out+Uppercase:C13($word[[1]])+Substring:C12($word;2)
Until ($t="")
ALERT:C41($out)
ALERT:C41(String:C10(Length:C16($out)))
