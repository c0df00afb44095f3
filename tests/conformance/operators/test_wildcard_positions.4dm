// Doc: https://developer.4d.com/docs/Concepts/dt_string#wilcard-character-
// @ means "one or more characters or nothing", anywhere in the pattern
ASSERT("abcdefghij"="abcdefghij@"; "1")
ASSERT("abcdefghij"="@abcdefghij"; "2")
ASSERT("abcdefghij"="abcd@efghij"; "3")
ASSERT("abcdefghij"="@abcdefghij@"; "4")
ASSERT("abcdefghij"="@abcde@fghij@"; "5")
