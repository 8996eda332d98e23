# logging: Formatter styles (%, {, $) with defaults and validation, a fixed-time datefmt, custom formatTime/formatException, LogRecord factories, makeLogRecord, stack_info and exc_info text.
import io
import logging
import time

records = []


class Capture(logging.Handler):
    def emit(self, record):
        records.append(record)


lg = logging.getLogger("fmt")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(Capture())
lg.info("value %d and %s", 7, "x", extra={"user": "ann", "ip": "10.0.0.1"})
rec = records[-1]
rec.created = 1700000000.25
rec.msecs = 250.0

for fmt, style in (("%(levelname)-8s|%(name)s|%(message)s|%(user)s", "%"),
                   ("{levelname:>8}|{name}|{message}|{ip}", "{"),
                   ("$levelname|$name|$message|${user}", "$")):
    f = logging.Formatter(fmt, style=style)
    print(repr(f.format(rec)), f.usesTime())

f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d")
f.converter = time.gmtime
print(f.format(rec), f.usesTime())
f2 = logging.Formatter("%(asctime)s|%(message)s")
f2.converter = time.gmtime
print(f2.formatTime(rec), f2.formatTime(rec, "%H:%M"))
f3 = logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"})
print(f3.format(rec))

for bad, style in (("%(message", "%"), ("{message", "{"), ("no fields", "%"), ("x", "?")):
    try:
        logging.Formatter(bad, style=style)
        print("accepted", bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(logging.Formatter("no fields", validate=False).format(rec))

# exc_info and stack_info text
try:
    {}["missing"]
except KeyError:
    lg.exception("caught %s", "it")
r = records[-1]
plain = logging.Formatter("%(levelname)s %(message)s")
text = plain.format(r)
lines = text.splitlines()
print(lines[0], lines[1], lines[-1], r.exc_text is not None)
print(r.exc_info[0].__name__, r.levelno)


class Short(logging.Formatter):
    def formatException(self, ei):
        return "EXC<%s: %s>" % (ei[0].__name__, ei[1])

    def formatMessage(self, record):
        return record.message.upper()


try:
    1 / 0
except ZeroDivisionError:
    lg.error("division", exc_info=True)
print(Short().format(records[-1]).splitlines())
lg.warning("with stack", stack_info=True)
st = records[-1].stack_info
print(st.splitlines()[0], "logging_formatters_records" in st)

# record factory and makeLogRecord
old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    r = old_factory(*args, **kwargs)
    r.tag = "TAGGED"
    return r


logging.setLogRecordFactory(factory)
lg.info("factory made")
print(records[-1].tag, records[-1].getMessage())
logging.setLogRecordFactory(old_factory)
mr = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 30, "name": "hand", "custom": 5})
print(mr.getMessage(), mr.levelno, mr.name, mr.custom, mr.levelname)
print(logging.Formatter("%(name)s:%(message)s:%(custom)d").format(mr))
# a dict as the single argument is used for %(key)s formatting
lg.info("mapping %(a)s/%(b)d", {"a": "A", "b": 2})
print(records[-1].getMessage())
bf = logging.BufferingFormatter(logging.Formatter("[%(message)s]"))
print(bf.format(records[-2:]))
print(logging.PercentStyle("%(x)s").format(mr) if False else logging.BASIC_FORMAT)
