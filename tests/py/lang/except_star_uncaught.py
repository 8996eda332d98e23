# An uncaught group from except*: a new exception raised in a handler plus the unhandled rest.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError('x')
