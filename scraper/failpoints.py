"""A named point in the code -> the process killed there, when SCRAPER_FAILPOINT names it.

Used by the crash-safety tests to stop the process with SIGKILL at an exact moment (after
an alert is committed, after a channel accepted a message); unset, it does nothing.
"""

from __future__ import annotations

import os
import signal


def failpoint(name: str) -> None:
    if os.environ.get("SCRAPER_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
