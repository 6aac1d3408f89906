# The order of try/except/else/finally in a retrying downloader with a fake network.
import random

random.seed(7)


class NetworkError(Exception):
    pass


class GiveUp(Exception):
    pass


def fetch(url, attempt):
    roll = random.random()
    print(f"  fetch {url} attempt {attempt}: roll={roll:.3f}")
    if roll < 0.55:
        raise NetworkError(f"timeout on {url}")
    return f"<{url} {len(url)} bytes>"


def download(url, retries=3):
    log = []
    for attempt in range(1, retries + 1):
        try:
            body = fetch(url, attempt)
        except NetworkError as e:
            log.append(f"fail {attempt}")
            last = e
            continue
        else:
            log.append("ok")
            return body, log
        finally:
            log.append(f"done {attempt}")
    raise GiveUp(f"{url} failed after {retries} attempts: {log}") from last


def finally_return():
    try:
        return "try"
    finally:
        print("  finally runs first")


def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost")
        finally:
            if i == 1:
                break
    return f"broke at {i}"


print(finally_return(), finally_overrides())
for url in ("example.org", "python.org", "slow.example", "pypi.org"):
    try:
        body, log = download(url)
        print(body, log)
    except GiveUp as e:
        print("GiveUp:", e, "| cause:", e.__cause__)
download("never.example", retries=1)
