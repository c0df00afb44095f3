// alias attributes (docs ORDA/ordaClasses.md "Alias attributes", Examples): Course / Teacher /
// Student, aliases over scalars and relations, in queries, sorts, projections, exports,
// aggregates; describing them; assigning them
seed_people
var $t1; $t2; $s1; $s2; $c; $arch : Object
$t1:=ds.Teacher.new()
$t1.name:="Smith"
$t1.save()
$t2:=ds.Teacher.new()
$t2.name:="Jones"
$t2.save()
$s1:=ds.Student.new()
$s1.name:="Martin"
$s1.save()
$s2:=ds.Student.new()
$s2.name:="Durand"
$s2.save()
var $row : Collection
For each ($row; [["Archeography"; $t1; $s1]; ["Geology"; $t1; $s2]; ["Botany"; $t2; $s1]])
	$c:=ds.Course.new()
	$c.name:=$row[0]
	$c.teacher:=$row[1]
	$c.student:=$row[2]
	$c.save()
End for each
// the docs' queries
ALERT(JSON Stringify(ds.Course.query("courseName = :1"; "Archeography").name))
ALERT(JSON Stringify(ds.Course.query("teacherName = :1"; "Smith").name))
ALERT(JSON Stringify(ds.Course.query("studentName = :1"; "Martin").name))
ALERT(JSON Stringify(ds.Student.query("teachers.name = :1"; "Smith").name))
ALERT(JSON Stringify(ds.Teacher.query("students.name = :1"; "Martin").name))
// alias properties (docs: DataClassAttribute .path, .kind, .type)
ALERT(ds.Teacher.students.path+" "+ds.Teacher.students.kind+" "+ds.Teacher.students.type+" "+String(ds.Teacher.students.fieldType))
ALERT(JSON Stringify(ds.Course.courseName))
ALERT(JSON Stringify(ds.Course.teacherName))
// rename a course using its alias attribute
$arch:=ds.Course.query("courseName = :1"; "Archeography").first()
$arch.courseName:="Archeography II"
ALERT(JSON Stringify($arch.touchedAttributes()))
$arch.save()
ALERT(JSON Stringify(ds.Course.all().name))
ALERT(JSON Stringify(ds.Teacher.get(1).students.name)+" "+JSON Stringify(ds.Student.get(1).teachers.name))
ALERT(JSON Stringify(ds.Course.all().orderBy("teacherName, studentName desc").courseName))
ALERT(JSON Stringify(ds.Course.query("teacherName = Smith order by studentName").name))
ALERT(JSON Stringify(ds.Course.all().teacherName))
ALERT(JSON Stringify(ds.Course.all().distinct("studentName"))+" "+String(ds.Course.all().count("teacherName"))+" "+ds.Course.all().max("teacherName"))
ALERT(JSON Stringify(ds.Course.all().toCollection("courseName, teacherName")))
ALERT(JSON Stringify(ds.Course.all().extract("teacherName")))
ALERT(JSON Stringify(ds.Employee.query("employerName = :1"; "acme").orderBy("surname").surname))
// an alias over a relation is read-only
Try
	$arch.teacherName:="x"
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
