// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-operators
// "Alpha Bravo" % "Bravo" is True; % "ravo" is False
ASSERT("Alpha Bravo"%"Bravo"; "whole word")
ASSERT(Not("Alpha Bravo"%"ravo"); "part of a word")
