// language.md §4.4: @ also works with #
ALERT(String("abcdef"#"abc@"))
ALERT(String("xyz"#"abc@"))
ALERT(String("report.txt"#"@.txt"))
