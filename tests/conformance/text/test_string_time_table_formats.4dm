// Doc: https://developer.4d.com/docs/commands/string#time-expressions
// For ?01:02:03?: HH MM "01:02", HH MM SS "01:02:03", Min sec "62 minutes 3 seconds", MM SS "62:03"
ASSERT(String(?01:02:03?; HH MM)="01:02"; "HH MM: "+String(?01:02:03?; HH MM))
ASSERT(String(?01:02:03?; HH MM SS)="01:02:03"; "HH MM SS: "+String(?01:02:03?; HH MM SS))
ASSERT(String(?01:02:03?; Min sec)="62 minutes 3 seconds"; "Min sec: "+String(?01:02:03?; Min sec))
ASSERT(String(?01:02:03?; MM SS)="62:03"; "MM SS: "+String(?01:02:03?; MM SS))
ASSERT(String(?01:02:03?; Hour min)="1 hour 2 minutes"; "Hour min: "+String(?01:02:03?; Hour min))
