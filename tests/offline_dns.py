"""A DNS resolver for tests that resolves nothing but loopback: "no network" without sending a packet.

Use with PYTHONPATH=tests and ``-s DNS_RESOLVER=offline_dns.NoNetworkResolver``: every other host name
fails with Twisted's DNSLookupError, exactly as a machine whose resolver cannot reach a DNS server.
"""
from __future__ import annotations

from typing import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

LOOPBACK = {"localhost", "127.0.0.1"}


class NoNetworkResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:
        if name in LOOPBACK:
            return defer.succeed("127.0.0.1")
        return defer.fail(DNSLookupError(f"no network in this test: {name}"))
