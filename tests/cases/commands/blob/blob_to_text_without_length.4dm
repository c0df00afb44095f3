// language.md §12.6 [implement]: "without length" formats read the whole blob when offset/length are omitted; with them, textLength characters
var $b : Blob
var $off : Integer
TEXT TO BLOB("héllo"; $b; UTF8 text without length)
ALERT(BLOB to text($b; UTF8 text without length))
TEXT TO BLOB("hello"; $b; UTF8 text without length)
$off:=1
ALERT(BLOB to text($b; UTF8 text without length; $off; 3))
ALERT(String($off))
TEXT TO BLOB("Café"; $b; Mac text without length)
ALERT(BLOB to text($b; Mac text without length))
