// language.md §6 (legacy syntax, tokenized exports): QUERY and QUERY SELECTION arguments may be a conjunction alone (`; & ;`, `; | ;`), a comparator alone (`[T]F;=;value`) or a comparator before its value (`;>=value`); they parse, and run as database commands
If (False)
	QUERY:C277([Alumnos:2];[Alumnos:2]Nivel:6=1;*)
	QUERY:C277([Alumnos:2]; & ;[Alumnos:2]Curso:5="A";*)
	QUERY:C277([Alumnos:2]; | ;[Alumnos:2]Curso:5="B";*)
	QUERY:C277([Alumnos:2]; & ;[Alumnos:2]ID:4;=;-$id;*)
	QUERY:C277([Alumnos:2]; & ;[Alumnos:2]Nivel:6;>=;7;*)
	QUERY:C277([Alumnos:2]; & ;[Alumnos:2]Nivel:6;#;0;*)
	QUERY SELECTION:C341([Alumnos:2]; & ;[Alumnos:2]Nivel:6;>=7)
	QUERY SELECTION:C341([Alumnos:2];[Alumnos:2]Nivel:6;<;[Cursos:3]Nivel:2)
	QUERY([Alumnos]; | ;[Alumnos]Nivel<=3)
End if 
ALERT("parsed")
