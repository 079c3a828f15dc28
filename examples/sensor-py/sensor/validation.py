"""Validation of a posted reading: pure, so every rule is a plain unit test."""

import math
import re

from .store import Reading

SENSOR_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
UNITS = {"celsius", "percent", "hpa"}


class InvalidReading(ValueError):
    """What was wrong with the reading, in words a client can act on."""


def parse_reading(body: object) -> Reading:
    if not isinstance(body, dict):
        raise InvalidReading("the body must be a JSON object")
    sensor = body.get("sensor")
    if not isinstance(sensor, str) or not SENSOR_ID.match(sensor):
        raise InvalidReading("sensor must be lowercase letters, digits and dashes (at most 63)")
    value = body.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidReading("value must be a finite number")
    unit = body.get("unit")
    if unit not in UNITS:
        raise InvalidReading(f"unit must be one of {', '.join(sorted(UNITS))}")
    return Reading(sensor=sensor, value=float(value), unit=unit)
