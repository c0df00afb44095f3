// language.md §12.3: Trim / Trim start / Trim end (21) remove leading/trailing whitespace
ALERT("["+Trim("  ab c  ")+"]")
ALERT("["+Trim start("  ab c  ")+"]")
ALERT("["+Trim end("  ab c  ")+"]")
ALERT("["+Trim(Char(Tab)+"x"+Char(Line feed)+Char(Carriage return))+"]")
ALERT("["+Trim("")+"]")
ALERT("["+Trim("   ")+"]")
