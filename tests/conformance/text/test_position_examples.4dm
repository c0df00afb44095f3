// Doc: https://developer.4d.com/docs/commands/position#example-1
// Position examples: 3, 3, 20, and 0 with * (character codes)
ASSERT(Position("ll"; "Willow")=3; "1")
ASSERT(Position("day"; "Today is the first day"; 1)=3; "2")
ASSERT(Position("day"; "Today is the first day"; 4)=20; "3")
ASSERT(Position("DAY"; "Today is the first day"; 1; *)=0; "4")
