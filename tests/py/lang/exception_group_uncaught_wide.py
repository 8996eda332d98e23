# An uncaught group wider than 15 members and nested deeper than 10 levels.
deep = KeyError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
print("raising")
raise BaseExceptionGroup("wide", [KeyboardInterrupt(), deep] + [ValueError(x) for x in range(17)])
