from vipdesk.cli import main

raise SystemExit(main())
