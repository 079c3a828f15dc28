"""The routes through a real server on a free port, in this process."""

import json
import threading
import urllib.error
import urllib.request

import pytest

from sensor.app import MAX_BODY, make_server


@pytest.fixture()
def base_url():
    server = make_server(0, host="127.0.0.1")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def call(url, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # nosec (a local test server)
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_healthz(base_url):
    assert call(f"{base_url}/healthz") == (200, {"status": "ok"})


def test_version_reports_the_revision(base_url):
    status, body = call(f"{base_url}/version")
    assert status == 200 and body["revision"] == "unknown" and body["version"]


def test_a_posted_reading_is_listed(base_url):
    assert call(f"{base_url}/readings", {"sensor": "hall", "value": 40, "unit": "percent"}) == (201, {"sensor": "hall", "count": 1})
    assert call(f"{base_url}/sensors/hall/readings") == (200, {"sensor": "hall", "readings": [{"value": 40.0, "unit": "percent"}]})
    assert call(f"{base_url}/sensors") == (200, {"sensors": ["hall"]})


def test_bad_bodies_are_refused_with_a_reason(base_url):
    assert call(f"{base_url}/readings", raw=b"{not json")[0] == 400
    status, body = call(f"{base_url}/readings", {"sensor": "hall", "value": 1, "unit": "kelvin"})
    assert status == 422 and "unit must be" in body["error"]
    assert call(f"{base_url}/readings", raw=b"x" * (MAX_BODY + 1))[0] == 413


def test_unknown_routes_are_404(base_url):
    assert call(f"{base_url}/nope")[0] == 404
    assert call(f"{base_url}/other", {"a": 1})[0] == 404
