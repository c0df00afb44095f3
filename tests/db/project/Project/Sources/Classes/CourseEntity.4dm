// cs.CourseEntity (docs ORDA/ordaClasses.md "Alias attributes", Examples)
Class extends Entity

Exposed Alias courseName name  //scalar
Exposed Alias teacherName teacher.name  //scalar value
Exposed Alias studentName student.name  //scalar value
