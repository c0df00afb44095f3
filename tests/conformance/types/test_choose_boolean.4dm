// Doc: https://developer.4d.com/docs/commands/choose#example-1
// Choose(True;"Mr";"Ms") is "Mr", with False "Ms"
ASSERT(Choose(True; "Mr"; "Ms")="Mr"; "True")
ASSERT(Choose(False; "Mr"; "Ms")="Ms"; "False")
