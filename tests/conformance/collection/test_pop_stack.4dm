// Doc: https://developer.4d.com/docs/API/CollectionClass#pop
// .pop() with .push() implements a last-in first-out stack
var $stack : Collection:=New collection
$stack.push(1; 2)
ASSERT($stack.pop()=2; "first pop")
$stack.push(New collection(4; 5))
ASSERT(JSON Stringify($stack.pop())="[4,5]"; "second pop")
ASSERT($stack.pop()=1; "third pop")
ASSERT($stack.length=0; "stack not empty")
