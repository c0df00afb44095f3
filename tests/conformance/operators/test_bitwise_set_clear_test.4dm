// Doc: https://developer.4d.com/docs/Concepts/dt_number#examples
// ?+ 16 sets bit 16, ?- 16 clears it, ?? 16 tests it
ASSERT((0x00000000 ?+ 16)=0x00010000; "?+ gave "+String(0x00000000 ?+ 16))
ASSERT((0x00010000 ?- 16)=0; "?- gave "+String(0x00010000 ?- 16))
ASSERT(0x00010000 ?? 16; "?? gave False")
ASSERT(Not(0x00010000 ?? 15); "?? 15 gave True")
