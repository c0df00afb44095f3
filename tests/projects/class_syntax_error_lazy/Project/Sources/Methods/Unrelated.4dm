// language.md §15: a class file with a syntax error fails only when that class is used
ALERT("unrelated runs")
