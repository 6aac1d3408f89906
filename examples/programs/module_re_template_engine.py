# A tiny template engine: {{ name }} placeholders, {{ name|upper }} filters and {% if %} blocks.
import re

PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>[a-zA-Z_][\w.]*)\s*(?:\|\s*(?P<filter>\w+)\s*)?\}\}")
IF_BLOCK = re.compile(r"\{%\s*if\s+(\w+)\s*%\}(.*?)(?:\{%\s*else\s*%\}(.*?))?\{%\s*endif\s*%\}", re.S)

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "length": lambda s: str(len(s)),
}


def lookup(context, dotted):
    value = context
    for part in dotted.split("."):
        value = value[part]
    return value


def render(template, context):
    def choose(m):
        flag, yes, no = m.groups()
        return yes if context.get(flag) else (no or "")

    text = IF_BLOCK.sub(choose, template)

    def replace(m):
        value = str(lookup(context, m.group("name")))
        name = m.group("filter")
        if name is not None:
            value = FILTERS[name](value)
        return value

    return PLACEHOLDER.sub(replace, text)


page = """Hello {{ user.name|title }}!
{% if admin %}You have {{ count }} pending reviews.{% else %}Welcome back.{% endif %}
Your plan: {{ plan | upper }} ({{ plan|length }} letters)"""

people = [
    {"user": {"name": "ada lovelace"}, "admin": True, "count": 3, "plan": "pro"},
    {"user": {"name": "alan turing"}, "admin": False, "count": 0, "plan": "basic"},
]
for person in people:
    print(render(page, person))
    print("-" * 20)

names = PLACEHOLDER.findall(page)
print("placeholders:", names)
print("blocks:", len(IF_BLOCK.findall(page)))

# A template asking for a filter that does not exist fails inside the callback.
print(render("Dear {{ user.name|reverse }},", people[0]))
