Class extends LoopB
