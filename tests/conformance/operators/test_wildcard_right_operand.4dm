// Doc: https://developer.4d.com/docs/Concepts/dt_string#wilcard-character-
// @ in the right operand matches any characters; in the left operand it is one character
ASSERT("abcdefghij"="abc@"; "abc@")
ASSERT(Not("abc@"="abcdefghij"); "@ on the left matched")
