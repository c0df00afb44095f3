// language.md §1.7: object literal keys may be keywords
$o:={function: 1; if: 2; var: 3; return: 4; "End if": 5}
ALERT(JSON Stringify($o))
ALERT(String($o["function"]+$o["if"]))
