from sensor.store import Reading, Store


def test_readings_are_kept_per_sensor_in_arrival_order():
    store = Store()
    assert store.add(Reading("a", 1.0, "celsius")) == 1
    assert store.add(Reading("b", 5.0, "percent")) == 1
    assert store.add(Reading("a", 2.0, "celsius")) == 2
    assert [r.value for r in store.readings_of("a")] == [1.0, 2.0]
    assert store.sensors() == ["a", "b"]


def test_an_unknown_sensor_has_no_readings():
    assert Store().readings_of("nobody") == []
