# Uncaught exception raised while handling another; last line is the final one
class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        value = settings[key]
        print("loaded", key, "=", value)
        return int(value)
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
    except ValueError:
        raise ConfigError(f"setting {key} is not a number")

settings = {"port": "8080", "workers": "four", "debug": "1"}
print(load(settings, "port"))
print(load(settings, "debug"))
try:
    load(settings, "host")
except ConfigError as e:
    print("handled:", e, "| cause:", repr(e.__cause__))
load(settings, "workers")
print("unreachable")
for i in range(3):
    print(i)
x = 1
y = 2
print(x + y)
print("end")
