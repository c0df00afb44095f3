// language.md §1.5 / §12.7: LOG EVENT:C667 with tokenized constants
LOG EVENT:C667(Into system standard outputs:K38:9; "tokenized log\n"; Information message:K38:1)
