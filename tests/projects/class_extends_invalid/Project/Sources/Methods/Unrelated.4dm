// language.md §9: a class cannot extend itself or extend circularly; the error shows when it is used
ALERT(cs.Fine.new().ok())
