# Parse semantic version strings, sort them by precedence and pick upgrades.
import re

SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)(?:\.(?P<patch>0|[1-9]\d*))?"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


def parse(text):
    m = SEMVER.match(text)
    major, minor, patch = (int(m.group(g) or 0) for g in ("major", "minor", "patch"))
    pre = m.group("pre")
    pre_key = () if pre is None else tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"\.", pre))
    return (major, minor, patch, pre is None, pre_key), m


releases = ["1.0.0", "v1.2", "1.10.0", "1.2.0-beta.2", "1.2.0-beta.11", "1.2.0-alpha",
            "0.9.12+build.5", "2.0.0-rc.1", "1.2.0", "2.0.0"]

keyed = []
for text in releases:
    key, m = parse(text)
    keyed.append((key, text))
    extra = {k: v for k, v in m.groupdict().items() if v is not None and k in ("pre", "build")}
    print(f"{text:16} -> {key[:3]} {extra} last={m.lastgroup}")

ordered = [text for key, text in sorted(keyed)]
print("ordered:", ordered)


def upgrades(current, available, same_major=True):
    now, _ = parse(current)
    out = []
    for text in available:
        key, _ = parse(text)
        if key > now and key[3] and (not same_major or key[0] == now[0]):
            out.append(text)
    return out


print("upgrades from 1.0.0:", upgrades("1.0.0", releases))
print("any upgrade from 1.10.0:", upgrades("1.10.0", releases, same_major=False))
bumped = re.sub(r"(\d+)$", lambda m: str(int(m.group(1)) + 1), "1.4.9")
print("bumped:", bumped)
print(re.findall(r"\d+", "requires >=3.8, <4.0, !=3.9.1"))

# A malformed version: match() returns None and .group fails.
print(parse("release-candidate"))
