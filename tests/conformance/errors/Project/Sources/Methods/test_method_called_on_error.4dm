// Doc: https://developer.4d.com/docs/Concepts/error-handling#installing-an-error-handling-method
// Method called on error returns the installed method, so it can be restored later
ON ERR CALL("emptyMethod"; ek local)
var $methCurrent : Text:=Method called on error(ek local)
ON ERR CALL("recordError"; ek local)
ASSERT(Method called on error(ek local)="recordError"; "gave "+Method called on error(ek local))
ON ERR CALL($methCurrent; ek local)
ASSERT(Method called on error(ek local)="emptyMethod"; "restored "+Method called on error(ek local))
ON ERR CALL(""; ek local)
ASSERT(Method called on error(ek local)=""; "not uninstalled")
