// language.md §1.3: block comments nest: /* a /* b */ c */ is one comment
/* outer /* inner */ still a comment ALERT("no") */
ALERT("a")
/*
  level 1
  /* level 2
	 /* level 3 */
	 ALERT("no")
  */
  ALERT("no")
*/
ALERT("b")
$x:=2 /* a /* b */ c */ *3
ALERT(String($x))
