# Classify the objects in a namespace by kind, the way a debugger's variables pane does.
import types
import inspect
import math


class Job:
    def run(self):
        return "ran"

    @property
    def state(self):
        return "idle"


def countdown(n):
    while n:
        yield n
        n -= 1


def classify(value):
    if isinstance(value, types.ModuleType):
        return "module"
    if isinstance(value, type):
        return "class"
    if isinstance(value, types.FunctionType):
        return "generator function" if inspect.isgeneratorfunction(value) else "function"
    if isinstance(value, types.MethodType):
        return "bound method"
    if isinstance(value, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(value, types.GeneratorType):
        return "generator"
    if isinstance(value, types.SimpleNamespace):
        return "namespace"
    if isinstance(value, types.MappingProxyType):
        return "read-only mapping"
    if value is None:
        return "none"
    return type(value).__name__


job = Job()
workspace = {
    "math": math,
    "Job": Job,
    "countdown": countdown,
    "ticker": countdown(3),
    "run": job.run,
    "sqrt": math.sqrt,
    "len": len,
    "opts": types.SimpleNamespace(verbose=True, depth=2),
    "frozen": types.MappingProxyType({"a": 1}),
    "nothing": None,
    "square": lambda x: x * x,
    "numbers": [1, 2, 3],
}

groups = {}
for name, value in workspace.items():
    groups.setdefault(classify(value), []).append(name)
for kind in sorted(groups):
    print(f"{kind:<20} {', '.join(sorted(groups[kind]))}")

print(list(workspace["ticker"]), inspect.isgenerator(workspace["ticker"]))
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.NoneType)
print(type(job.run) is types.MethodType, job.run.__func__ is Job.run)
Point = types.new_class("Point", (), exec_body=lambda ns: ns.update(dims=2, __doc__="A point."))
print(Point, Point.dims, inspect.getdoc(Point), inspect.isclass(Point))
alias = types.GenericAlias(dict, (str, int))
print(alias, alias.__origin__, alias.__args__)
print(workspace["opts"], workspace["frozen"])
workspace["frozen"]["b"] = 2
