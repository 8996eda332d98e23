# A module with PEP 562 hooks, for module_getattr.py.
import sys

calls = []
present = "here"


def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    if name == "deprecated":
        return "old value"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["present", "computed_x", "deprecated"]
