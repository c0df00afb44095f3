// language.md §12.7 / §15: ALERT(message {; okButtonTitle}) writes the message and a newline to stdout
ALERT("Hello")
ALERT("")
ALERT("two"+Char(Line feed)+"lines")
ALERT("with button title"; "OK!")
ALERT("Unicode: café €")
