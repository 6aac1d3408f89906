"""Shared by tools/fuzz.py and tools/load.py: the loopback-only rule and small HTTP helpers.

Both tools hammer a service on purpose, so they refuse any target that is not this machine:
the host must be a loopback address (127.0.0.0/8 or ::1) or the name "localhost" resolving
only to loopback addresses.
"""
import http.client
import ipaddress
import socket
import sys
import urllib.parse


def require_loopback(url):
    """(host, port) of an http:// URL on loopback; exits with a message for any other URL."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or 80
    except ValueError as e:
        sys.exit("refusing %r: not a valid URL (%s)" % (url, e))
    if parts.scheme != "http":
        sys.exit("refusing %r: only http:// URLs on loopback are allowed" % url)
    host = parts.hostname or ""
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        sys.exit("refusing %r: give the service's base URL (scheme, host, port) only" % url)
    if host == "localhost":
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except OSError as e:
            sys.exit("refusing %r: cannot resolve localhost (%s)" % (url, e))
        addresses = {info[4][0].split("%")[0] for info in infos}
        if not addresses or not all(ipaddress.ip_address(a).is_loopback for a in addresses):
            sys.exit("refusing %r: localhost resolves to non-loopback %s" % (url, sorted(addresses)))
        return host, port
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        sys.exit("refusing %r: the host must be a loopback address (127.0.0.0/8, ::1) or localhost" % url)
    if not address.is_loopback:
        sys.exit("refusing %r: %s is not a loopback address; these tools only target this machine" % (url, host))
    return host, port


def health(host, port, timeout=5.0):
    """True when GET /health answers 200."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", "/health")
        response = conn.getresponse()
        response.read()
        return response.status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()
