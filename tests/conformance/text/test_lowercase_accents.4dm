// Doc: https://developer.4d.com/docs/commands/lowercase#example-2
// Lowercase("DÉJÀ VU") is "deja vu"; with * "déjà vu"
ASSERT(Compare strings(Lowercase("DÉJÀ VU"); "deja vu"; sk char codes)=0; "gave "+Lowercase("DÉJÀ VU"))
ASSERT(Compare strings(Lowercase("DÉJÀ VU"; *); "déjà vu"; sk char codes)=0; "* gave "+Lowercase("DÉJÀ VU"; *))
