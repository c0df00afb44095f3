// language.md §1.5 / §12.7: ALERT:C41 tokenized form
ALERT:C41("tokenized alert")
