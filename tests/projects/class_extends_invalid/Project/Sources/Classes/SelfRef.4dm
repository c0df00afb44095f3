Class extends SelfRef
