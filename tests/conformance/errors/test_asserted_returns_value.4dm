// Doc: https://developer.4d.com/docs/commands/assert#see-also
// Asserted returns the Boolean it tests (and raises -10518 when False)
ASSERT(Asserted(True)=True; "Asserted(True)")
var $r : Variant:=Try(Asserted(False; "no"))
ASSERT(Last errors[0].errCode=-10518; "code "+String(Last errors[0].errCode))
