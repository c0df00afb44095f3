import sys

from fourd.interpreter.cli import main

sys.exit(main())
