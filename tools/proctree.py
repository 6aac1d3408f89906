"""Shared by tools/load.py and tools/hostile.py: the service's process tree (the service and its
sandbox worker processes) and its resident memory, read from /proc."""
import collections
import os


def find_listener(port):
    """The pid of the process listening on TCP `port` (the topmost, if several share the socket)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                        inodes.add("socket:[%s]" % fields[9])
        except OSError:
            continue
    if not inodes:
        return None
    found = set()
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            for fd in os.listdir("/proc/%s/fd" % pid):
                try:
                    if os.readlink("/proc/%s/fd/%s" % (pid, fd)) in inodes:
                        found.add(int(pid))
                        break
                except OSError:
                    continue
        except OSError:
            continue
    if not found:
        return None
    parents = {p: parent_of(p) for p in found}
    top = [p for p in found if parents[p] not in found]
    return min(top or found)


def parent_of(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def process_tree(root):
    """root and all its descendants."""
    children = collections.defaultdict(list)
    for name in os.listdir("/proc"):
        if name.isdigit():
            parent = parent_of(int(name))
            if parent is not None:
                children[parent].append(int(name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def rss_of(pid):
    """(name, VmRSS in kB) or None for a process that is gone."""
    try:
        name, rss = "?", 0
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("Name:"):
                    name = line.split(None, 1)[1].strip()
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        return name, rss
    except OSError:
        return None


def tree_rss(root):
    """{pid: resident KiB} of root and all its descendants still alive."""
    rss = {}
    for pid in process_tree(root):
        found = rss_of(pid)
        if found is not None:
            rss[pid] = found[1]
    return rss
