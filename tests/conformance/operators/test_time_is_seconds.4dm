// Doc: https://developer.4d.com/docs/Concepts/dt_time
// A time value treated as a number is the number of seconds since midnight
ASSERT((?13:01:59?+0)=46919; "gave "+String(?13:01:59?+0))
ASSERT((?00:00:00?+0)=0; "midnight")
