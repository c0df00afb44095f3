// a combining sequence counts one unit per code point (no grapheme clusters);
// comparisons and Position stay accent-insensitive across precomposed and combining forms
var $t : Text
var $len : Integer
$t:="e"+Char(769)+"t"+Char(233)  // e + combining acute, t, precomposed é
ALERT("Length: "+String(Length($t)))
ALERT("[[2]]: "+String(Character code($t[[2]])))
ALERT("Substring 1;2 length: "+String(Length(Substring($t; 1; 2))))
ALERT("Position t: "+String(Position("t"; $t)))
ALERT("Position é in combining form: "+String(Position("é"; "xe"+Char(769)+"y"; 1; $len))+" length "+String($len))
ALERT("Position * é: "+String(Position("é"; $t; *)))
ALERT("equal: "+String("é"=("e"+Char(769))))
ALERT("Delete string: "+String(Length(Delete string($t; 2; 1))))
ALERT("Insert string: "+String(Position("X"; Insert string($t; "X"; 3))))
