// language.md §7.2: #DECLARE with typed parameters and a typed result
ALERT(Describe("x"; 3; 2.5; True; !2024-03-15!; {a: 1}; [1; 2]))
ALERT(TypesOf("x"; 3; 2.5; True; !2024-03-15!; {a: 1}; [1; 2]))
ALERT(String(Value type(MakeObject("k"; 5))))
ALERT(JSON Stringify(MakeObject("k"; 5)))
ALERT(JSON Stringify(MakeList(3)))
