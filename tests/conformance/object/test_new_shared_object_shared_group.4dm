// Doc: https://developer.4d.com/docs/commands/new-shared-object#description
// A shared object added to a shared object shares its locking identifier: one Use covers both
var $parent : Object:=New shared object
var $child : Object:=New shared object("n"; 1)
Use ($parent)
	$parent.child:=$child
End use
Use ($parent)
	$parent.child.n:=2
End use
ASSERT($child.n=2; "gave "+String($child.n))
