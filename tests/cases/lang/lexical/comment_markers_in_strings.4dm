// language.md §1.3: comment markers inside text literals are plain characters
ALERT("http://example.com")
ALERT("a /* not a comment */ b")
ALERT("// nor this")
ALERT("*/")
$t:="x//y"  // a real comment
ALERT($t)
