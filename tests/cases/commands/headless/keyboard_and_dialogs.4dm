// README "Headless" (tool4d answers dialogs): keyboard queries are False, menus choose nothing, file dialogs are cancelled
ALERT(String(Shift down)+" "+String(Caps lock down)+" "+String(Macintosh option down)+" "+String(Windows Alt down)+" "+String(Macintosh command down)+" "+String(Windows Ctrl down)+" "+String(Macintosh control down)+" "+String(Right click))
ALERT(String(Pop up menu("a;b;c")))
ALERT("["+Select document(""; "*"; "Pick one"; 0)+"] OK="+String(OK))
ALERT("["+Select folder("Where?")+"] OK="+String(OK))
ALERT(String(Shift down:C543))
