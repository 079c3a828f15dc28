"""The HTTP routes, on the standard library's ThreadingHTTPServer."""

import json
import os
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import __version__
from .store import Store
from .validation import InvalidReading, parse_reading

MAX_BODY = 64 * 1024


def make_handler(store: Store, revision: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "sensor-py"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002  # pylint: disable=redefined-builtin
            # One line per request on stdout, which the container runtime collects.
            print(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}", flush=True)

        def _send(self, status: HTTPStatus, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 (the base's name)
            if self.path == "/healthz":
                return self._send(HTTPStatus.OK, {"status": "ok"})
            if self.path == "/version":
                return self._send(HTTPStatus.OK, {"version": __version__, "revision": revision})
            if self.path == "/sensors":
                return self._send(HTTPStatus.OK, {"sensors": store.sensors()})
            if self.path.startswith("/sensors/") and self.path.endswith("/readings"):
                sensor = self.path[len("/sensors/") : -len("/readings")]
                readings = [{"value": r.value, "unit": r.unit} for r in store.readings_of(sensor)]
                return self._send(HTTPStatus.OK, {"sensor": sensor, "readings": readings})
            return self._send(HTTPStatus.NOT_FOUND, {"error": f"no route for GET {self.path}"})

        def do_POST(self) -> None:  # noqa: N802 (the base's name)
            if self.path != "/readings":
                return self._send(HTTPStatus.NOT_FOUND, {"error": f"no route for POST {self.path}"})
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": f"the body is over {MAX_BODY} bytes"})
            try:
                reading = parse_reading(json.loads(self.rfile.read(length) or b"null"))
            except json.JSONDecodeError:
                return self._send(HTTPStatus.BAD_REQUEST, {"error": "the body is not JSON"})
            except InvalidReading as error:
                return self._send(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": str(error)})
            count = store.add(reading)
            return self._send(HTTPStatus.CREATED, {"sensor": reading.sensor, "count": count})

    return Handler


def make_server(port: int, store: Store | None = None, host: str = "0.0.0.0") -> ThreadingHTTPServer:  # nosec B104 (a container listens on all interfaces)
    revision = os.environ.get("REVISION", "unknown")
    return ThreadingHTTPServer((host, port), make_handler(store or Store(), revision))
