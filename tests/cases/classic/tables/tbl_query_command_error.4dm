  // issue 7: QUERY([Table];[Table]Field=value) parses; running it is a database error
ALERT("start")
QUERY([People];[People]Name="Smith")
ALERT("not reached")
