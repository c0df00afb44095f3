// language.md §1.5 / §12.6: tokenized blob commands (TEXT TO BLOB:C554, BLOB to text:C555, BLOB size:C605, SET BLOB SIZE:C606)
var $b : Blob
TEXT TO BLOB:C554("xyz"; $b; UTF8 text without length:K22:17)
ALERT:C41(String:C10(BLOB size:C605($b)))
ALERT:C41(BLOB to text:C555($b; UTF8 text without length:K22:17))
SET BLOB SIZE:C606($b; 1)
ALERT:C41(BLOB to text:C555($b; 6))
