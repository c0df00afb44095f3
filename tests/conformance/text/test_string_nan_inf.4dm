// Doc: https://developer.4d.com/docs/commands/string#stringnumberformat
// String(Log(-1)) is "", String(1/0) "INF", String(-1/0) "-INF"
ASSERT(String(Log(-1))=""; "NaN gave "+String(Log(-1)))
ASSERT(String(1/0)="INF"; "INF gave "+String(1/0))
ASSERT(String(-1/0)="-INF"; "-INF gave "+String(-1/0))
