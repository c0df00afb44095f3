  // issue 7: a [Table]Field reference parses, but reading it at runtime is a database error
ALERT("start")
$name:=[People]Name
ALERT("not reached")
