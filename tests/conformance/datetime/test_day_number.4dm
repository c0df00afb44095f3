// Doc: https://developer.4d.com/docs/commands/day-number#description
// Day number gives 1 (Sunday) to 7 (Saturday); 2 for a null date
ASSERT(Day number(!2023-11-26!)=Sunday; "Sunday gave "+String(Day number(!2023-11-26!)))
ASSERT(Day number(!2023-11-27!)=Monday; "Monday")
ASSERT(Day number(!2023-12-02!)=Saturday; "Saturday")
ASSERT(Day number(!00-00-00!)=2; "null date gave "+String(Day number(!00-00-00!)))
