// Doc: https://developer.4d.com/docs/API/ClassClass#superclass
// .name is the class name; .superclass is the parent class, 4D.Object's is null
ASSERT(cs.Square.name="Square"; "name "+cs.Square.name)
ASSERT(cs.Square.superclass=cs.Rectangle; "Square's superclass")
ASSERT(cs.Rectangle.superclass=4D.Object; "Rectangle's superclass is not 4D.Object")
ASSERT(4D.Object.superclass=Null; "4D.Object's superclass not null")
