// one rule for every text command: positions and lengths are UTF-16 code
// units (😀 = U+1F600 counts 2), as in 4D
var $t; $c : Text
var $pos; $len : Integer
ARRAY LONGINT($posArr; 0)
ARRAY LONGINT($lenArr; 0)
$t:="ab😀c"
ALERT("Length: "+String(Length($t)))
ALERT("[[3]] [[4]]: "+String(Character code($t[[3]]))+" "+String(Character code($t[[4]])))
ALERT("[[5]]: "+$t[[5]])
ALERT("[[3]]+[[4]]: "+$t[[3]]+$t[[4]])
ALERT("Character code: "+String(Character code("😀")))
ALERT("Substring 3;2: "+Substring($t; 3; 2))
ALERT("Substring 5: "+Substring($t; 5))
ALERT("Position c: "+String(Position("c"; $t)))
ALERT("Position 😀: "+String(Position("😀"; $t; 1; $len))+" length "+String($len))
ALERT("Position * c from 4: "+String(Position("c"; $t; 4; *)))
ALERT("Change string: "+Change string($t; "XY"; 3))
ALERT("Delete string: "+Delete string($t; 3; 2))
ALERT("Insert string: "+Insert string($t; "Z"; 5))
ALERT("Replace string: "+Replace string($t; "😀"; "-"))
ALERT("Match regex c: "+String(Match regex("c"; $t; 1; $pos; $len))+" "+String($pos)+" "+String($len))
ALERT("Match regex 😀: "+String(Match regex("😀"; $t; 1; $pos; $len))+" "+String($pos)+" "+String($len))
ALERT("Match regex from 5: "+String(Match regex("[a-z]"; $t; 5; $pos; $len))+" "+String($pos))
ALERT("Match regex groups: "+String(Match regex("(😀)(c)"; $t; 1; $posArr; $lenArr))+" "+String($posArr{1})+"/"+String($lenArr{1})+" "+String($posArr{2})+"/"+String($lenArr{2}))
$c:=$t
$c[[5]]:="d"
ALERT("[[5]]:=d: "+$c)
ALERT("Char: "+String(Length(Char(128512)))+" "+Char(128512))
ALERT("two emoji: "+String(Length("😀😀"))+" "+String(Position("😀"; "😀😀"; 2)))
// a loop over the code units visits 5 of them
$len:=0
For ($pos; 1; Length($t))
	$len:=$len+Num(Character code($t[[$pos]])>0)
End for
ALERT("loop: "+String($len))
