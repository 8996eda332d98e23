# PEP 562: a module-level __getattr__ answers for missing names (attribute access,
# `from m import name`, getattr with a default, hasattr), and __dir__ answers dir(m).
import _lazy

print(_lazy.present, _lazy.calls)
print(_lazy.computed_abc, _lazy.deprecated, _lazy.calls)
from _lazy import computed_zed, present
print(computed_zed, present, _lazy.calls)
print(getattr(_lazy, "missing", "default"), hasattr(_lazy, "missing"), hasattr(_lazy, "computed_q"))
try:
    _lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy import nothing
except ImportError as e:
    print("ImportError:", e.name, "cannot import name" in str(e))
print(dir(_lazy))
print(_lazy.calls)
