// language.md §15: neither --method nor onStartup -> exit 2 with the list of methods
ALERT("alpha")
