// language.md §12.3: Split string(t; sep {; options}) — sk ignore empty strings (1), sk trim spaces (2)
var $vt : Text
$vt:="John;Doe;120 jefferson st.;Riverside;; NJ; 08075"
ALERT(JSON Stringify(Split string($vt; ";")))
ALERT(JSON Stringify(Split string($vt; ";"; sk ignore empty strings)))
ALERT(JSON Stringify(Split string($vt; ";"; sk ignore empty strings+sk trim spaces)))
ALERT(JSON Stringify(Split string($vt; ";"; sk trim spaces)))
