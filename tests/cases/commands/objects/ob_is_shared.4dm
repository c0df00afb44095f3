// 4d/docs OB Is shared: True for shared objects and collections only
ALERT(String(OB Is shared(New shared object))+" "+String(OB Is shared(New shared collection))+" "+String(OB Is shared(Storage)))
ALERT(String(OB Is shared(New object))+" "+String(OB Is shared([]))+" "+String(OB Is shared("text"))+" "+String(OB Is shared(Null)))
ALERT(String(OB Is shared(OB Copy(New object("a"; 1); ck shared))))
