# logging: LoggerAdapter (extra, process override, nested adapters), callable and named Filters, getChild, custom levels, captureWarnings routing warnings to the py.warnings logger.
import io
import logging
import warnings

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
base = logging.getLogger("svc")
base.setLevel(logging.DEBUG)
base.propagate = False
base.addHandler(handler)


def out():
    lines = buf.getvalue().splitlines()
    buf.seek(0)
    buf.truncate()
    return lines


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[req=%s] %s" % (self.extra["req"], msg), kwargs


ad = RequestAdapter(base, {"req": 17})
ad.info("start")
ad.debug("value %d", 3)
ad.warning("pct %s%%", "50")
print(out())
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.name, ad.manager is base.manager)
plain = logging.LoggerAdapter(base, {"who": "x"})
handler.setFormatter(logging.Formatter("%(who)s:%(message)s"))
plain.error("with extra")
print(out(), plain.extra)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
nested = RequestAdapter(RequestAdapter(base, {"req": 1}), {"req": 2})
nested.info("nested")
print(out())
try:
    raise ValueError("bad")
except ValueError:
    ad.exception("failed")
lines = out()
print(lines[0], lines[-1])

# filters: a Filter by name lets through the logger and its children only
f = logging.Filter("svc.db")
for name in ("svc.db", "svc.db.pool", "svc.dbx", "svc", "other"):
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))
print(bool(logging.Filter("").filter(logging.makeLogRecord({"name": "any"}))))

db = base.getChild("db")
pool = db.getChild("pool")
print(db.name, pool.name, pool.parent is db)
counter = {"n": 0}


def count_filter(record):
    counter["n"] += 1
    record.msg = record.msg + " (#%d)" % counter["n"]
    return record.levelno >= logging.INFO


base.addFilter(count_filter)
base.debug("filtered out")
base.info("passes")
pool.debug("child records skip the parent's logger filters")
print(out(), counter)
base.removeFilter(count_filter)

# custom levels
TRACE = 5
logging.addLevelName(TRACE, "TRACE")
base.setLevel(TRACE)
base.log(TRACE, "tracing %s", "on")
base.setLevel(logging.INFO)
base.log(TRACE, "tracing hidden")
print(out(), logging.getLevelName(TRACE), logging.getLevelName("TRACE"))
try:
    base.log("INFO", "string level")
except TypeError as e:
    print("TypeError", e)

# captureWarnings: warnings become records of the 'py.warnings' logger
pw = logging.getLogger("py.warnings")
pw.propagate = False
pw.addHandler(handler)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.captureWarnings(True)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("captured one")
    warnings.warn("captured two", RuntimeWarning)
logging.captureWarnings(False)
lines = out()
print(len(lines), [l.split(": ", 1)[-1] if "Warning" in l else l.split(" ", 2)[:2] for l in lines])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("not captured")
print(len(log), out())
