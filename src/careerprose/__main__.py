"""``python -m careerprose``: the same as the ``careerprose`` command."""

import sys

from careerprose.cli import main

sys.exit(main())
