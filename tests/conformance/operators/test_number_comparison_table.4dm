// Doc: https://developer.4d.com/docs/Concepts/dt_number#number-operators
// Number comparisons =, #, >, <, >=, <= as in the table
ASSERT((10=10) & Not(10=11); "=")
ASSERT((10#11) & Not(10#10); "#")
ASSERT((11>10) & Not(10>11); ">")
ASSERT((10<11) & Not(11<10); "<")
ASSERT((11>=10) & Not(10>=11); ">=")
ASSERT((10<=11) & Not(11<=10); "<=")
