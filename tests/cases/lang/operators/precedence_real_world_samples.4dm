// language.md §4.2: the real-world samples behave as written under the tiered model
var $x : Text:="abc"
ALERT(String((Value type($x)=Is text) && Length($x)>0))
$result:={images: [1]; image: "x"}
ALERT(String($result.images#Null && $result.image#Null))
kCommentMark:="//"
$command:="// hello"
ALERT(String($command=kCommentMark+"@"))
$appInfos:={SDIMode: False}
$isModal:=True
ALERT(String($appInfos.SDIMode=False & $isModal))
$t:="abc\n\n"
While ((Length($t)>0) && $t[[Length($t)]]="\n")
	$t:=Substring($t; 1; Length($t)-1)
End while 
ALERT($t)
