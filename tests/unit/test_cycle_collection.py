"""runtime.no_cycle_collection and collect_young: bulk work without the cycle collector."""

from __future__ import annotations

import gc
import weakref

import pytest

from vipdesk.runtime import collect_young, no_cycle_collection


class _Knot:
    itself: _Knot | None = None


def _cycle() -> weakref.ref[_Knot]:
    knot = _Knot()
    knot.itself = knot
    return weakref.ref(knot)


def test_a_young_collection_waits_for_enough_objects_then_frees_cycles() -> None:
    with no_cycle_collection():
        gc.collect(0)
        probe = _cycle()
        collect_young(above=1_000_000)  # too few objects made since: nothing walked
        assert probe() is not None
        collect_young()
        assert probe() is None


def test_the_collector_comes_back_on_after_an_error_and_stays_off_when_it_was() -> None:
    with pytest.raises(ValueError), no_cycle_collection():
        assert not gc.isenabled()
        raise ValueError("bulk work failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
