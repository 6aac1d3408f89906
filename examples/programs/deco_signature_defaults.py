# A decorator that fills missing arguments from a settings table, checked against the signature.
import functools
import inspect

SETTINGS = {"retries": 3, "timeout": 2.5, "region": "eu"}


def inject_settings(fn):
    sig = inspect.signature(fn)
    injectable = [p.name for p in sig.parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name in SETTINGS]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        partial = sig.bind_partial(*args, **kwargs)
        for name in injectable:
            if name not in partial.arguments:
                kwargs[name] = SETTINGS[name]
        bound = sig.bind(*args, **kwargs)
        return fn(*bound.args, **bound.kwargs)

    wrapper.injected = tuple(injectable)
    return wrapper


@inject_settings
def fetch(url, retries, *, timeout, verbose=False):
    return f"GET {url} retries={retries} timeout={timeout} verbose={verbose}"


@inject_settings
def deploy(service, version="latest", region=None, **labels):
    extra = ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
    return f"deploy {service}:{version} to {region} [{extra}]"


@inject_settings
def ping(host):
    return f"ping {host}"


for fn in (fetch, deploy, ping):
    print(f"{fn.__name__}{inspect.signature(fn)} injects {fn.injected}")
    print("  unwrapped is original:", inspect.unwrap(fn) is fn.__wrapped__)

print(fetch("https://example.org"))
print(fetch("https://example.org", 1, timeout=9, verbose=True))
print(deploy("api", team="core", tier=2))
print(deploy("web", "1.4", "us"))
print(ping("db1"))

SETTINGS["timeout"] = 0.5
print(fetch("https://example.org/slow"))

sig = inspect.signature(deploy)
params = list(sig.parameters.values())
changed = sig.replace(parameters=[p.replace(default="prod") if p.name == "region" else p for p in params])
print(changed, changed == sig, sig == inspect.signature(deploy))
print(ping("db1", "db2"))
