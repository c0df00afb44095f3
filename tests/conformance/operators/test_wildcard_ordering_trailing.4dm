// Doc: https://developer.4d.com/docs/Concepts/dt_string#wilcard-character-
// With < or >, a single trailing wildcard is supported: "abcd"<="abc@"
ASSERT("abcd"<="abc@"; "abcd<=abc@ is false")
