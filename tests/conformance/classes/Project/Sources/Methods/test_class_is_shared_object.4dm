// Doc: https://developer.4d.com/docs/Concepts/classes#class-object
// A class is an object of class "Class", itself a shared object
ASSERT(OB Is shared(cs.Rectangle); "class object not shared")
ASSERT(OB Instance of(cs.Rectangle; 4D.Class); "not a 4D.Class")
