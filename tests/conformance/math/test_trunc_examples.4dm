// Doc: https://developer.4d.com/docs/commands/trunc#example
// Trunc(216.897;1) 216.8, (216.897;-1) 210, (-216.897;1) -216.9, (-216.897;-1) -220
ASSERT(Trunc(216.897; 1)=216.8; "1: "+String(Trunc(216.897; 1)))
ASSERT(Trunc(216.897; -1)=210; "2: "+String(Trunc(216.897; -1)))
ASSERT(Trunc(-216.897; 1)=-216.9; "3: "+String(Trunc(-216.897; 1)))
ASSERT(Trunc(-216.897; -1)=-220; "4: "+String(Trunc(-216.897; -1)))
