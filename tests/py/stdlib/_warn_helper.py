# Helper module for the warnings_* corpus programs: warnings raised from a module that is not __main__.
import warnings


def deprecated_call():
    warnings.warn("helper is deprecated", DeprecationWarning)
    return "helper"


def user_call(msg, stacklevel=1):
    warnings.warn(msg, UserWarning, stacklevel=stacklevel)


def pending_call():
    warnings.warn("pending in helper", PendingDeprecationWarning)


def registry_keys():
    reg = globals().get("__warningregistry__", {})
    return sorted((k[0], k[1].__name__, k[2] if len(k) > 2 else None) for k in reg if k != "version")
