// cs.StudentEntity class
Class extends Entity

Alias teachers courses.teacher  //relatedEntities
