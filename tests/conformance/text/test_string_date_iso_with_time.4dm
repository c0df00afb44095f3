// Doc: https://developer.4d.com/docs/commands/string#notes-about-combined-datetime-predefined-formats
// ISO Date with addTime expresses date and time without time zone
ASSERT(String(!2010-09-13!; ISO date; ?18:11:53?)="2010-09-13T18:11:53"; "gave "+String(!2010-09-13!; ISO date; ?18:11:53?))
