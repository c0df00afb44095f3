  // a lone script has no structure: naming a table is error -10964 (Unknown table) at runtime, after the lines before it ran
ALERT("start")
QUERY([People];[People]Name="Smith")
ALERT("not reached")
