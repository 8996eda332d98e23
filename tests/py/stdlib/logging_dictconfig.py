# logging.config.dictConfig: formatters (style, datefmt), filters, handlers with levels, loggers with propagate, root, incremental updates, disable_existing_loggers and config errors.
import io
import logging
import logging.config
import sys

stream = io.StringIO()
sys.modules["__main__"].STREAM = stream


class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


existing = logging.getLogger("old.logger")
config = {
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{levelname}|{name}|{message}", "style": "{"},
    },
    "filters": {
        "even": {"()": OnlyEven},
        "app_only": {"name": "app"},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://__main__.STREAM",
                 "level": "DEBUG"},
        "evens": {"class": "logging.StreamHandler", "formatter": "braces", "stream": "ext://__main__.STREAM",
                  "filters": ["even"], "level": "INFO"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["main"], "propagate": False},
        "app.numbers": {"level": "INFO", "handlers": ["evens"], "filters": ["app_only"]},
    },
    "root": {"level": "WARNING", "handlers": ["main"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
nums = logging.getLogger("app.numbers")
print(app.level, app.propagate, [h.name for h in app.handlers], nums.level, [h.name for h in nums.handlers])
print(existing.disabled, logging.getLogger().level)
app.debug("debug from app")
for i in range(4):
    nums.info("number %d", i)
nums.debug("below level %d", 2)
logging.getLogger("other").info("root level drops info")
logging.getLogger("other").warning("root handles warning")
existing.error("disabled logger says nothing")
print(stream.getvalue().splitlines())

# incremental: only levels change
stream.seek(0)
stream.truncate()
logging.config.dictConfig({"version": 1, "incremental": True,
                           "loggers": {"app": {"level": "ERROR"}},
                           "handlers": {"main": {"level": "ERROR"}}})
app.warning("now dropped")
app.error("still shown")
print(stream.getvalue().splitlines(), app.level)

# a custom handler factory with '()' and '.' properties
class Collect(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.records = []

    def emit(self, record):
        self.records.append((self.tag, self.extra_attr, self.format(record)))


logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"f": {"format": "<%(message)s>"}},
    "handlers": {"c": {"()": Collect, "tag": "T1", "formatter": "f", ".": {"extra_attr": 42}}},
    "loggers": {"custom": {"handlers": ["c"], "level": "INFO"}},
})
custom = logging.getLogger("custom")
custom.info("hello %s", "there")
print(custom.handlers[0].records, existing.disabled)

# errors
bad_configs = [
    {"version": 2},
    {},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
        print("accepted")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(":")[0])
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
print(logging.getLogger("app").disabled, [h.name for h in logging.getLogger().handlers])
