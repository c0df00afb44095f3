  // language.md §1.5 + issue 7: tokenized [Table:3]Field:2 parses; running it gives a database error
ALERT:C41("start")
ALERT:C41([Customers:3]City:2)
