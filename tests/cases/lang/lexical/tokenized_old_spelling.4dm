// language.md §1.5: an old/localized spelling before the token is resolved by the command number (Non:C34 = Not)
ALERT(String:C10(Non:C34(True:C214)))
ALERT(String:C10(Non:C34(False:C215)))
