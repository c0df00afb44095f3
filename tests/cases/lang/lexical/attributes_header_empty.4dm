//%attributes = {}
  // language.md §1.1: empty //%attributes header followed by legacy indented comment
C_TEXT:C284($t)
$t:="ok"
ALERT:C41($t)