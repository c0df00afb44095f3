// Doc: https://developer.4d.com/docs/Concepts/classes#process-singleton
// cs.ProcessTag.me returns the same instance each time in a process
var $mySingleton:=cs.ProcessTag.me
var $myOtherSingleton:=cs.ProcessTag.me
ASSERT($mySingleton=$myOtherSingleton; "two instances")
ASSERT($mySingleton.tag=$myOtherSingleton.tag; "tags differ")
ASSERT(cs.ProcessTag.isSingleton; "isSingleton false")
ASSERT(cs.ProcessTag.new()=$mySingleton; "new() created another instance")
