# Parse an INI-style configuration with sections, interpolation and typed values.
import re

CONFIG = """
; global settings
[server]
host = 127.0.0.1
port = 8080
debug = yes
base_url = http://${host}:${port}/app

[database]
url   = postgres://db.local/${name}
name  = inventory
pool  = 5
timeout = 2.5

[paths]
root = /srv/app
logs = ${root}/logs    # trailing comment
cache: ${root}/cache
this line is broken
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")
OPTION = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*(?:#.*)?$")
COMMENT = re.compile(r"^\s*(?:[;#].*)?$")
REFERENCE = re.compile(r"\$\{(\w+)\}")


class ConfigError(Exception):
    pass


def parse(text):
    sections, current = {}, None
    for number, line in enumerate(text.splitlines(), 1):
        if COMMENT.match(line):
            continue
        line = line.strip()
        if m := SECTION.match(line):
            current = sections.setdefault(m["name"], {})
        elif (m := OPTION.match(line)) and current is not None:
            current[m["key"]] = m["value"]
        else:
            raise ConfigError(f"line {number}: cannot parse {line!r}")
    return sections


def interpolate(section):
    def resolve(m):
        return section.get(m.group(1), m.group(0))
    return {key: REFERENCE.sub(resolve, value) for key, value in section.items()}


def typed(value):
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d*\.\d+", value):
        return float(value)
    if re.fullmatch(r"(?i)yes|true|on", value):
        return True
    if re.fullmatch(r"(?i)no|false|off", value):
        return False
    return value


good = CONFIG[:CONFIG.index("this line")]
config = {name: interpolate(opts) for name, opts in parse(good).items()}
for name, options in config.items():
    print(f"[{name}]")
    for key, value in options.items():
        print(f"  {key} = {typed(value)!r}")

print(REFERENCE.findall(CONFIG))
print(parse(CONFIG))
