"""Readings kept in memory, per sensor, in the order they arrived."""

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: float
    unit: str


class Store:
    """Thread-safe: the HTTP server handles each request on its own thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._readings: dict[str, list[Reading]] = {}

    def add(self, reading: Reading) -> int:
        """Records a reading; returns how many the sensor has now."""
        with self._lock:
            readings = self._readings.setdefault(reading.sensor, [])
            readings.append(reading)
            return len(readings)

    def readings_of(self, sensor: str) -> list[Reading]:
        with self._lock:
            return list(self._readings.get(sensor, []))

    def sensors(self) -> list[str]:
        with self._lock:
            return sorted(self._readings)
