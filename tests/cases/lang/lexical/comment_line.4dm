// language.md §1.3: // comments run to the end of the line and may follow code
$x:=1  // set x
  // legacy exports indent comments like this
	// tab-indented comment
$x:=$x+1// no space before the comment
//ALERT("commented out")
ALERT(String($x))  // prints 2
ALERT("done")
