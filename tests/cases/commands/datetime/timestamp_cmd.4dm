// language.md §12.4: Timestamp returns UTC text "yyyy-MM-ddTHH:mm:ss.SSSZ"
var $ts : Text
$ts:=Timestamp
ALERT(String(Length($ts)))
ALERT(String(Match regex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"; $ts)))
ALERT(Substring($ts; 11; 1)+Substring($ts; 24; 1))
ALERT(String(Value type($ts)))
