  // language.md §3.2: C_PICTURE is accepted as a declaration (Type = Is picture)
C_PICTURE($pic)
ALERT(String(Type($pic)=Is picture))
ALERT("done")
