// Doc: https://developer.4d.com/docs/commands/string#date-expressions
// A pattern format: String(!2023-11-27!;"EEEE d MMMM y GGGG") "Monday 27 November 2023 Anno Domini"
ASSERT(String(!2023-11-27!; "EEEE d MMMM y GGGG")="Monday 27 November 2023 Anno Domini"; "gave "+String(!2023-11-27!; "EEEE d MMMM y GGGG"))
