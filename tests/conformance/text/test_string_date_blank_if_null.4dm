// Doc: https://developer.4d.com/docs/commands/string#date-expressions
// Blank if null date (100) added to a format returns "" for a null date
ASSERT(String(!00-00-00!; Internal date long+Blank if null date)=""; "gave "+String(!00-00-00!; Internal date long+Blank if null date))
