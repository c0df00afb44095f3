// Doc: https://developer.4d.com/docs/commands/year-of#example-1
// Follows: month/day/year date literals (the US system format the example uses)
// Year of(!12/25/92!) 1992, (!12/25/1992!) 1992, (!12/25/1892!) 1892, (!12/25/2092!) 2092
ASSERT(Year of(!12/25/92!)=1992; "1: "+String(Year of(!12/25/92!)))
ASSERT(Year of(!12/25/1992!)=1992; "2")
ASSERT(Year of(!12/25/1892!)=1892; "3")
ASSERT(Year of(!12/25/2092!)=2092; "4")
ASSERT(Year of(Current date)>=2024; "current")
