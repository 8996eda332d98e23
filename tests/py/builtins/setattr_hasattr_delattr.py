# setattr/hasattr/delattr on instances, classes and with properties.
class Config:
    defaults = {"debug": False}
    def __init__(self):
        self._level = 1
    @property
    def level(self):
        return self._level
    @level.setter
    def level(self, v):
        if v < 0:
            raise ValueError("negative level")
        self._level = v
c = Config()
for name, value in [("host", "localhost"), ("port", 8080), ("level", 3)]:
    setattr(c, name, value)
print(c.host, c.port, c.level, c._level, vars(c))
try:
    setattr(c, "level", -1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(c, "level"), hasattr(c, "defaults"), hasattr(Config, "host"), hasattr(c, "host"))
delattr(c, "host")
print(hasattr(c, "host"), sorted(vars(c)))
try:
    delattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
class Broken:
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("really missing")
b = Broken()
print(hasattr(b, "missing"))
try:
    hasattr(b, "boom")
except ValueError as e:
    print("ValueError propagates:", e)
setattr(Config, "class_level", 99)
print(Config.class_level, c.class_level)
delattr(Config, "class_level")
print(hasattr(c, "class_level"))
setattr(c, "with space", 1)
print(getattr(c, "with space"), "with space" in vars(c))
for bad in (1, None):
    try:
        setattr(c, bad, 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        hasattr(c, bad)
    except TypeError as e:
        print("TypeError:", e)
