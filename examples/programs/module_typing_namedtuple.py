# typing.NamedTuple and TypedDict records for a small address book.
from typing import NamedTuple, TypedDict, Literal, Final


class Contact(NamedTuple):
    name: str
    phone: str
    kind: Literal["home", "work"] = "home"


class Note(TypedDict):
    title: str
    body: str


MAX: Final = 3
book = [Contact("ann", "555-0101"), Contact("bob", "555-0199", "work"), Contact("cid", "555-0150")]
for c in sorted(book, key=lambda c: c.phone):
    print(f"{c.name:4} {c.phone} {c.kind}")
print(book[1], book[1]._fields, Contact._field_defaults)
print(Contact.__annotations__)
note: Note = {"title": "todo", "body": "buy milk"}
print(note, Note.__required_keys__ == frozenset({"title", "body"}))
name, phone, kind = book[0]
print(name, phone, kind, book[0] == ("ann", "555-0101", "home"))
print(len(book) <= MAX)
book[0].name = "zed"
