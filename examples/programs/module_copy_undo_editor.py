# An editor with undo and redo stacks of deep-copied document snapshots.
import copy


class Document:
    def __init__(self, title):
        self.title = title
        self.paragraphs = []
        self.meta = {"tags": [], "revision": 0}

    def __repr__(self):
        return f"Document({self.title!r}, {len(self.paragraphs)} paragraphs, rev {self.meta['revision']})"


class Editor:
    def __init__(self, doc):
        self.doc = doc
        self.undo_stack = []
        self.redo_stack = []

    def _snapshot(self):
        self.undo_stack.append(copy.deepcopy(self.doc))
        self.redo_stack.clear()

    def edit(self, action, *args):
        self._snapshot()
        action(self.doc, *args)
        self.doc.meta["revision"] += 1

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        self.redo_stack.append(self.doc)
        self.doc = self.undo_stack.pop()

    def redo(self):
        if not self.redo_stack:
            raise IndexError("nothing to redo")
        self.undo_stack.append(self.doc)
        self.doc = self.redo_stack.pop()


def add_paragraph(doc, text):
    doc.paragraphs.append(text)


def tag(doc, label):
    doc.meta["tags"].append(label)


def rename(doc, title):
    doc.title = title


ed = Editor(Document("draft"))
ed.edit(add_paragraph, "Once upon a time.")
ed.edit(tag, "story")
ed.edit(add_paragraph, "The end.")
ed.edit(rename, "final")
print(ed.doc, ed.doc.meta)
ed.undo()
ed.undo()
print(ed.doc, ed.doc.meta, ed.doc.paragraphs)
ed.redo()
print(ed.doc, ed.doc.paragraphs)

# A shallow copy shares the nested lists; a deep copy does not.
shallow = copy.copy(ed.doc)
deep = copy.deepcopy(ed.doc)
ed.doc.meta["tags"].append("shared?")
print(shallow.meta["tags"], deep.meta["tags"], shallow.meta is ed.doc.meta)

ed.edit(tag, "new branch")
print("redo after a new edit:", len(ed.redo_stack), "undo depth:", len(ed.undo_stack))
ed.redo()
