// Doc: https://developer.4d.com/docs/commands/timestamp#description
// Timestamp is the current UTC time as yyyy-MM-ddTHH:mm:ss.SSSZ
var $ts : Text:=Timestamp
ASSERT(Match regex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"; $ts); "gave "+$ts)
