// Doc: https://developer.4d.com/docs/Concepts/variables#system-variables
// FldDelimit defaults to Tab (9) and RecDelimit to carriage return (13)
ASSERT(FldDelimit=9; "FldDelimit "+String(FldDelimit))
ASSERT(RecDelimit=13; "RecDelimit "+String(RecDelimit))
