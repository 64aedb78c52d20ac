"""Host -> a turn to send a request: in-flight limit, spacing with jitter, Retry-After pauses.

Time enters through a `Clock` (a monotonic reading and a sleep), so tests replace both and
never wait for real.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

# A pause shorter than this is waited out; a longer one fails the request at once and the
# source is retried after it ends, so one rate-limited host never holds a whole run.
WAIT_OUT_PAUSE = 30.0


class Clock(Protocol):
    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class HostPaused(Exception):
    """The host asked us (Retry-After) to stay away for `remaining` more seconds."""

    def __init__(self, host: str, remaining: float) -> None:
        self.host = host
        self.remaining = remaining
        super().__init__(f"{host} asked for a pause: {remaining:.0f}s left (Retry-After)")


@dataclass(slots=True)
class _Host:
    slots: asyncio.Semaphore
    next_start: float = 0.0
    paused_until: float = 0.0
    crawl_delay: float = 0.0


class Politeness:
    """Per host: at most `in_flight` requests at once, starts at least `min_delay` apart (or the
    host's Crawl-delay, whichever is longer) plus up to `jitter` of that at random.

    Example:
        async with politeness.turn("example.com"):
            response = await client.get(url)
    """

    def __init__(
        self,
        *,
        in_flight: int = 2,
        min_delay: float = 1.0,
        jitter: float = 0.5,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.in_flight = in_flight
        self.min_delay = min_delay
        self.jitter = jitter
        self.clock: Clock = clock or SystemClock()
        self._rng = rng or random.Random()
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _Host(asyncio.Semaphore(self.in_flight))
        return state

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        self._host(host).crawl_delay = max(0.0, seconds or 0.0)

    def pause(self, host: str, seconds: float) -> None:
        """Keep away from `host` for `seconds` (a 429 or 503 with Retry-After)."""
        state = self._host(host)
        state.paused_until = max(state.paused_until, self.clock.monotonic() + seconds)

    def paused_for(self, host: str) -> float:
        state = self._hosts.get(host)
        return max(0.0, state.paused_until - self.clock.monotonic()) if state else 0.0

    def delay(self, host: str) -> float:
        base = max(self.min_delay, self._host(host).crawl_delay)
        return base * (1 + self._rng.uniform(0, self.jitter)) if base else 0.0

    @asynccontextmanager
    async def turn(self, host: str) -> AsyncIterator[None]:
        """Wait for this host's next turn; raise HostPaused if it asked for a long pause."""
        state = self._host(host)
        async with state.slots:
            while True:
                now = self.clock.monotonic()
                paused = state.paused_until - now
                if paused > WAIT_OUT_PAUSE:
                    raise HostPaused(host, paused)
                # reserve a start time now, so concurrent waiters get distinct, spaced turns
                start = max(now, state.next_start, state.paused_until)
                state.next_start = start + self.delay(host)
                if start <= now:
                    break
                await self.clock.sleep(start - now)
                # a pause may have arrived while we slept: check again
                if state.paused_until <= self.clock.monotonic():
                    break
            yield
