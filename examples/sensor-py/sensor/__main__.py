"""python -m sensor: serve on PORT (default 8080) until SIGTERM or SIGINT."""

import os
import signal
import sys
import threading

from .app import make_server


def main() -> int:
    port = os.environ.get("PORT", "8080")
    if not port.isdigit() or not 0 < int(port) < 65536:
        print(f"PORT must be a number from 1 to 65535, got {port!r}", file=sys.stderr)
        return 2
    server = make_server(int(port))

    def stop(*_: object) -> None:
        # serve_forever blocks this thread; shutdown() must come from another one.
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"sensor-py listening on :{port}", flush=True)
    server.serve_forever()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
