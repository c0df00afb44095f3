// Doc: https://developer.4d.com/docs/commands/string#time-expressions
// Time formats: default "17:30:45", HH MM AM PM "5:30 PM", Hour min sec "17 hours 30 minutes 45 seconds"
ASSERT(String(?17:30:45?)="17:30:45"; "default: "+String(?17:30:45?))
ASSERT(String(?17:30:45?; HH MM AM PM)="5:30 PM"; "AM PM: "+String(?17:30:45?; HH MM AM PM))
ASSERT(String(?17:30:45?; Hour min sec)="17 hours 30 minutes 45 seconds"; "Hour min sec: "+String(?17:30:45?; Hour min sec))
