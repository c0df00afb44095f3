// language.md §1.2/§1.7: object literals split over lines with \ continuation
$o:={\
	name: "Ada"; \
	langs: ["4D"; "JS"]; \
	meta: {born: 1815}\
	}
ALERT(JSON Stringify($o))
ALERT($o.langs[1])
ALERT(String($o.meta.born))
