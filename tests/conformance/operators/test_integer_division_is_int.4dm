// Doc: https://developer.4d.com/docs/Concepts/dt_number#integer-division
// a\b is equivalent to Int(a/b): the remainder is discarded
ASSERT(17\5=3; "17\\5 gave "+String(17\5))
ASSERT(17\5=Int(17/5); "differs from Int(a/b)")
