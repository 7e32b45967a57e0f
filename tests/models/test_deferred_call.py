"""DeferredCall: a signal on a later turn of the event loop, coalesced and cancellable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.models.deferred_call import DeferredCall


def test_requests_coalesce_into_one_call_on_the_next_turn(qtbot: QtBot) -> None:
    calls: list[int] = []
    deferred = DeferredCall()
    deferred.due.connect(lambda: calls.append(len(calls)))
    deferred.request()
    deferred.request()
    assert calls == []  # not before the event loop turns
    qtbot.waitUntil(lambda: calls == [0])
    qtbot.wait(20)
    assert calls == [0]


def test_a_cancelled_request_does_not_run(qtbot: QtBot) -> None:
    calls: list[int] = []
    deferred = DeferredCall()
    deferred.due.connect(lambda: calls.append(1))
    deferred.request()
    deferred.cancel()
    qtbot.wait(20)
    assert calls == []


def test_a_call_put_off_two_turns_runs_once(qtbot: QtBot) -> None:
    calls: list[int] = []
    deferred = DeferredCall(turns=2)
    deferred.due.connect(lambda: calls.append(1))
    deferred.request()
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(20)
    assert calls == [1]
