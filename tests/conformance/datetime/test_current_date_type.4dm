// Doc: https://developer.4d.com/docs/commands/add-to-date#example
// Current date returns a Date
ASSERT(Value type(Current date)=Is date; "type "+String(Value type(Current date)))
ASSERT(Current date#!00-00-00!; "null date")
