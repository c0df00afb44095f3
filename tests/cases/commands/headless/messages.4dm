// README "Headless": MESSAGE writes a line on stdout, MESSAGES ON/OFF and window drawing commands are accepted
MESSAGES OFF
MESSAGE("Processing 1 of 3")
MESSAGE("Processing 2 of 3")
ERASE WINDOW
GOTO XY(1; 1)
MESSAGES ON
DISPLAY NOTIFICATION("Backup"; "done")
CLOSE WINDOW
ALERT("end")
