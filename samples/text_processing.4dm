// fourd sample: text processing. Try it: fourd run samples/text_processing.4dm
$text:="The quick brown fox jumps over the lazy dog"
$words:=Split string($text; " ")
ALERT(String($words.length)+" words")

$counts:={}
For each ($word; $words)
	$w:=Lowercase($word)
	$counts[$w]:=Num($counts[$w])+1
End for each
ALERT("the: "+String($counts.the))

ALERT(Uppercase(Substring($text; 5; 5)))
ALERT(Replace string($text; "dog"; "cat"))
ALERT("position of fox: "+String(Position("FOX"; $text)))
// text comparison ignores case and accents; @ is a wildcard
ALERT(String("Élan"="elan")+" "+String($text="The quick@"))
