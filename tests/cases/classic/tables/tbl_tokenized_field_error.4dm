  // a lone script has no structure: naming a table is error -10964 (Unknown table) at runtime, after the lines before it ran
ALERT:C41("start")
ALERT:C41([Customers:3]City:2)
