// classic records (docs: CREATE RECORD, SAVE RECORD, DELETE RECORD, Record number, Records in
// table, GOTO RECORD, Is new record, Modified record, Sequence number, READ ONLY / READ WRITE)
var $i : Integer
// no current record: fields read as blank values, assigning one is an error
ALERT("["+[Company]name+"] "+String([Company]revenues)+" "+String(Record number([Company]))+" "+String(Is record loaded([Company])))
Try
	[Company]name:="nowhere"
Catch
	ALERT(String(Last errors[0].errCode))
End try
For ($i; 1; 3)
	CREATE RECORD([Company])
	ALERT(String(Is new record([Company]))+" "+String(Record number([Company]))+" "+String(Modified record([Company])))
	[Company]name:="Company "+String($i)
	[Company]revenues:=$i*1000.5
	[Company]creationDate:=Add to date(!2020-01-01!; 0; $i; 0)
	ALERT(String(Modified record([Company])))
	SAVE RECORD([Company])
	ALERT(String(Is new record([Company]))+" "+String(Record number([Company]))+" "+String([Company]ID)+" "+[Company]name)
End for
ALERT(String(Records in table([Company]))+" "+String(Records in selection([Company])))
// GOTO RECORD: that record is current (and the selection)
GOTO RECORD([Company]; 1)
ALERT([Company]name+" "+String(Records in selection([Company])))
[Company]city:="Lyon"
[Company]revenues:=7  // an Integer into a Real field
SAVE RECORD([Company])
ALERT(JSON Stringify(ds.Company.get(2).toObject("name, city, revenues, creationDate")))
// an Integer field takes a rounded Real; a Text into a number field is an error
CREATE RECORD([AllTypes])
[AllTypes]anInteger:=2.6
[AllTypes]aBool:=True
[AllTypes]aTime:=?01:02:03?
[AllTypes]anObject:={a: 1}
SAVE RECORD([AllTypes])
ALERT(String([AllTypes]anInteger)+" "+String([AllTypes]aTime)+" "+JSON Stringify([AllTypes]anObject)+" "+String([AllTypes]aDate)+" ["+[AllTypes]aText+"]")
Try
	[AllTypes]aReal:="x"
Catch
	ALERT(String(Last errors[0].errCode))
End try
// Sequence number: the table's own counter
ALERT(String(Sequence number([Invoice]))+" "+String(Sequence number([Invoice])))
// DELETE RECORD
GOTO RECORD([Company]; 0)
DELETE RECORD([Company])
ALERT(String(Records in table([Company]))+" "+String(Record number([Company]))+" "+JSON Stringify(ds.Company.all().name))
// a duplicated unique value: the 4D error
CREATE RECORD([Invoice])
[Invoice]number:="A1"
[Invoice]customer:="c"
SAVE RECORD([Invoice])
CREATE RECORD([Invoice])
[Invoice]number:="a1"
[Invoice]customer:="c"
Try
	SAVE RECORD([Invoice])
Catch
	ALERT(String(Last errors[0].errCode))
End try
// READ ONLY: records are not saved; READ WRITE again
ALL RECORDS([Company])
READ ONLY([Company])
ALERT(String(Read only state([Company])))
[Company]name:="changed"
SAVE RECORD([Company])
READ WRITE([Company])
ALL RECORDS([Company])
ALERT([Company]name+" "+String(Read only state([Company])))
