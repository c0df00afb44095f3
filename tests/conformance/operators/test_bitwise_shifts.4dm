// Doc: https://developer.4d.com/docs/Concepts/dt_number#examples
// 0x0000FFFF << 8 = 0x00FFFF00 and >> 8 = 0x000000FF; shift by 0 is unchanged, by more than 31 gives 0
ASSERT((0x0000FFFF << 8)=0x00FFFF00; "<< gave "+String(0x0000FFFF << 8))
ASSERT((0x0000FFFF >> 8)=0x000000FF; ">> gave "+String(0x0000FFFF >> 8))
ASSERT((0x0000FFFF << 0)=0x0000FFFF; "<< 0")
ASSERT((0x0000FFFF << 32)=0; "<< 32 gave "+String(0x0000FFFF << 32))
