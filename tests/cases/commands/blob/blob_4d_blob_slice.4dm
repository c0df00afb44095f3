// language.md §12.6: 4D.Blob.new(blob), .size, .slice(start {; end}) (end excluded, negatives from the end), read-only [i] bytes
var $b : Blob
var $blob : 4D.Blob
TEXT TO BLOB("abcd"; $b; UTF8 text without length)
$blob:=4D.Blob.new($b)
ALERT(String($blob.size))
ALERT(String($blob.slice(1; 3).size))
ALERT(Convert to text($blob.slice(1; 3); "UTF-8"))
ALERT(Convert to text($blob.slice(-2); "UTF-8"))
ALERT(String($blob[0]))
ALERT(String(4D.Blob.new().size))
