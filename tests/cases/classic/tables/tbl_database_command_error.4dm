  // database commands (ALL RECORDS([Table])) parse; running them is a database error
ALERT("start")
ALL RECORDS([People])
ALERT("not reached")
