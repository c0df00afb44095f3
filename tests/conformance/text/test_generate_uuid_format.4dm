// Doc: https://developer.4d.com/docs/commands/generate-uuid#description
// Generate UUID returns 32 hexadecimal characters (non-canonical form), different each call
var MyUUID : Text:=Generate UUID
ASSERT(Length(MyUUID)=32; "length "+String(Length(MyUUID)))
ASSERT(Match regex("[0-9A-Fa-f]{32}"; MyUUID); "not hexadecimal: "+MyUUID)
ASSERT(MyUUID#Generate UUID; "two identical UUIDs")
