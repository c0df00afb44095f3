// Doc: https://developer.4d.com/docs/commands/insert-string#example
// Insert string examples: "The green tree", "Shout", "Indentation"
ASSERT(Insert string("The tree"; " green"; 4)="The green tree"; "1: "+Insert string("The tree"; " green"; 4))
ASSERT(Insert string("Shut"; "o"; 3)="Shout"; "2: "+Insert string("Shut"; "o"; 3))
ASSERT(Insert string("Indention"; "ta"; 6)="Indentation"; "3: "+Insert string("Indention"; "ta"; 6))
