// Doc: https://developer.4d.com/docs/commands/change-string#example
// Change string("Acme";"CME";2) is "ACME"; ("November";"Dec";1) is "December"
ASSERT(Compare strings(Change string("Acme"; "CME"; 2); "ACME"; sk char codes)=0; "1: "+Change string("Acme"; "CME"; 2))
ASSERT(Change string("November"; "Dec"; 1)="December"; "2: "+Change string("November"; "Dec"; 1))
