// Doc: https://developer.4d.com/docs/Concepts/dt_string#wilcard-character-
// Two consecutive wildcards always return FALSE
ASSERT(Not("abcdefghij"="abc@@fg"); "abc@@fg matched")
ASSERT(Not("abcfg"="abc@@fg"); "abc@@fg matched abcfg")
