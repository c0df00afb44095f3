// Doc: https://developer.4d.com/docs/Concepts/dt_boolean#logical-operators
// & and | on Booleans as in the table
ASSERT((("A"="A") & (15#3))=True; "and 1")
ASSERT((("A"="B") & (15#3))=False; "and 2")
ASSERT((("A"="B") & (15=3))=False; "and 3")
ASSERT((("A"="A") | (15#3))=True; "or 1")
ASSERT((("A"="B") | (15#3))=True; "or 2")
ASSERT((("A"="B") | (15=3))=False; "or 3")
