"""Against the running service at BASE_URL (the integration-tests gate passes it): the image
that was built, started as a container."""

import json
import os
import urllib.error
import urllib.request

import pytest

BASE_URL = os.environ.get("BASE_URL", "").rstrip("/")
pytestmark = pytest.mark.skipif(not BASE_URL, reason="BASE_URL is not set")


def call(path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{BASE_URL}{path}", data=data, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # nosec (the service under test)
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_service_is_healthy():
    assert call("/healthz") == (200, {"status": "ok"})


def test_a_reading_round_trips():
    status, body = call("/readings", {"sensor": "integration", "value": 1013, "unit": "hpa"})
    assert status == 201 and body["count"] >= 1
    status, body = call("/sensors/integration/readings")
    assert status == 200 and {"value": 1013.0, "unit": "hpa"} in body["readings"]


def test_an_invalid_reading_is_refused():
    assert call("/readings", {"sensor": "integration", "value": "high", "unit": "hpa"})[0] == 422
