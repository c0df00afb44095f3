// 4d/docs json-parse.md example 1: JSON Parse("{\"manager\":true}";Is Boolean) is true;
// an object or collection gives True, other values convert as OB Get's Is Boolean does
ALERT(String(JSON Parse("{\"manager\":true}"; Is Boolean)))
ALERT(String(JSON Parse("{}"; Is Boolean)))
ALERT(String(JSON Parse("[]"; Is Boolean)))
ALERT(String(JSON Parse("true"; Is Boolean)))
ALERT(String(JSON Parse("0"; Is Boolean)))
ALERT(String(JSON Parse("2"; Is Boolean)))
ALERT(String(JSON Parse("null"; Is Boolean)))
