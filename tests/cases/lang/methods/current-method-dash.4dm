// language.md §7.5/§15: a file whose stem is not a valid 4D name still runs as a method named after the stem
ALERT(Current method name)
