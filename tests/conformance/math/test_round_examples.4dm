// Doc: https://developer.4d.com/docs/commands/round#example
// Round(16.857;2) 16.86, (32345.67;-3) 32000, (29.8725;3) 29.873, (-1.5;0) -2
ASSERT(Round(16.857; 2)=16.86; "1: "+String(Round(16.857; 2)))
ASSERT(Round(32345.67; -3)=32000; "2: "+String(Round(32345.67; -3)))
ASSERT(Round(29.8725; 3)=29.873; "3: "+String(Round(29.8725; 3)))
ASSERT(Round(-1.5; 0)=-2; "4: "+String(Round(-1.5; 0)))
