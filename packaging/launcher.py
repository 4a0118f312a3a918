"""The bundle's entry point (packaging/vipdesk.spec): the vipdesk command, frozen.

Helper processes start this same executable:
- multiprocessing's spawn start (the import and reindex helpers) is recognised by
  freeze_support(), which runs the helper instead of a second app;
- `vipdesk --worker MODULE ARGS…` runs MODULE like `python -m MODULE ARGS…`
  (vipdesk.runtime.module_command builds that command line).
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

from vipdesk.runtime import WORKER_FLAG

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if len(sys.argv) > 2 and sys.argv[1] == WORKER_FLAG:
        module = sys.argv[2]
        if module.split(".")[0] != "vipdesk":
            raise SystemExit(f"vipdesk: {WORKER_FLAG} runs vipdesk modules only")
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        raise SystemExit(0)
    from vipdesk.cli import main

    raise SystemExit(main())
