import pytest

from sensor.validation import InvalidReading, parse_reading


def test_a_valid_reading_is_parsed():
    reading = parse_reading({"sensor": "kitchen-1", "value": 21.5, "unit": "celsius"})
    assert (reading.sensor, reading.value, reading.unit) == ("kitchen-1", 21.5, "celsius")


def test_an_integer_value_becomes_a_float():
    assert parse_reading({"sensor": "s", "value": 3, "unit": "percent"}).value == 3.0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([], "JSON object"),
        ({"sensor": "Kitchen", "value": 1, "unit": "celsius"}, "sensor must be"),
        ({"sensor": "s", "value": "1", "unit": "celsius"}, "value must be"),
        ({"sensor": "s", "value": True, "unit": "celsius"}, "value must be"),
        ({"sensor": "s", "value": float("nan"), "unit": "celsius"}, "value must be"),
        ({"sensor": "s", "value": 1, "unit": "kelvin"}, "unit must be one of celsius, hpa, percent"),
    ],
)
def test_an_invalid_reading_says_what_is_wrong(body, message):
    with pytest.raises(InvalidReading, match=message):
        parse_reading(body)
