// cs.TeacherEntity class
Class extends Entity

Alias students courses.student  //relatedEntities
