// language.md §11.7: a failed ASSERT is catchable by Try — errCode -10518, message starting with "Assert failed"
Try(ASSERT(1=2))
ALERT(String(Last errors[0].errCode))
ALERT(String(Position("Assert failed"; Last errors[0].message)=1))
