// Doc: https://developer.4d.com/docs/API/ClassClass#me
// .me of a class that is not a singleton is undefined; .isSingleton is false
ASSERT(Undefined(cs.Rectangle.me); "me is defined")
ASSERT(cs.Rectangle.isSingleton=False; "isSingleton")
ASSERT(cs.Rectangle.isShared=False; "isShared")
