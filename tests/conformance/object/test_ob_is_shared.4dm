// Doc: https://developer.4d.com/docs/commands/ob-is-shared#description
// OB Is shared is True for shared objects and collections, False otherwise
ASSERT(OB Is shared(New shared object); "shared object")
ASSERT(OB Is shared(New shared collection); "shared collection")
ASSERT(Not(OB Is shared(New object)); "object")
ASSERT(Not(OB Is shared(New collection)); "collection")
