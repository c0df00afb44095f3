// Doc: https://developer.4d.com/docs/commands/substring#description
// Past the end Substring returns the last characters; firstChar beyond the length gives ""
ASSERT(Substring("Hello"; 4; 10)="lo"; "too long gave "+Substring("Hello"; 4; 10))
ASSERT(Substring("Hello"; 6)=""; "beyond gave "+Substring("Hello"; 6))
ASSERT(Substring("Hello"; 10; 2)=""; "far beyond gave "+Substring("Hello"; 10; 2))
