// Doc: https://developer.4d.com/docs/commands/uppercase#example-1
// Uppercase("hélène") is "HELENE"; with * accents are kept ("HÉLÈNE")
ASSERT(Compare strings(Uppercase("hélène"); "HELENE"; sk char codes)=0; "gave "+Uppercase("hélène"))
ASSERT(Compare strings(Uppercase("hélène"; *); "HÉLÈNE"; sk char codes)=0; "* gave "+Uppercase("hélène"; *))
