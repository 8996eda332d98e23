# logging: logger vs handler levels, several handlers, propagate, disable(), effective levels, BufferingHandler/MemoryHandler/QueueHandler, removeHandler and placeholders.
import io
import logging
import logging.handlers
import queue

fmt = logging.Formatter("%(name)s|%(levelname)s|%(message)s")


def stream_handler(level=logging.NOTSET):
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setLevel(level)
    h.setFormatter(fmt)
    return h, buf


root = logging.getLogger("lh")
root.setLevel(logging.DEBUG)
root.propagate = False
h_all, buf_all = stream_handler()
h_warn, buf_warn = stream_handler(logging.WARNING)
root.addHandler(h_all)
root.addHandler(h_warn)
child = logging.getLogger("lh.child")
grand = logging.getLogger("lh.child.grand")
print(child.parent is root, grand.parent is child, grand.getEffectiveLevel(), child.level)
for lvl in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL):
    grand.log(lvl, "msg at %s", logging.getLevelName(lvl))
print(buf_all.getvalue().splitlines())
print(buf_warn.getvalue().splitlines())

child.setLevel(logging.ERROR)
print(grand.getEffectiveLevel(), grand.isEnabledFor(logging.WARNING), grand.isEnabledFor(logging.ERROR))
grand.warning("dropped by child level")
grand.error("kept")
print(buf_all.getvalue().splitlines()[-1])

# propagate=False on the child stops at its own handlers
h_child, buf_child = stream_handler()
child.addHandler(h_child)
child.propagate = False
grand.critical("only child handler")
print(buf_child.getvalue().splitlines(), buf_all.getvalue().splitlines()[-1])
child.propagate = True
child.removeHandler(h_child)
grand.critical("back to root handlers")
print(buf_all.getvalue().splitlines()[-1], len(buf_child.getvalue().splitlines()))

# logging.disable
logging.disable(logging.ERROR)
grand.error("disabled")
grand.critical("above disable")
logging.disable(logging.NOTSET)
print(buf_all.getvalue().splitlines()[-2:])
child.setLevel(logging.NOTSET)

# placeholders: a logger created below a missing parent attaches when the parent appears
low = logging.getLogger("ph.a.b")
print(low.parent.name)
mid = logging.getLogger("ph.a")
print(low.parent is mid, mid.parent.name)

# BufferingHandler keeps records until flushed
class ListBuffer(logging.handlers.BufferingHandler):
    def flush(self):
        self.flushed = [r.getMessage() for r in self.buffer]
        super().flush()


bh = ListBuffer(capacity=3)
lg = logging.getLogger("buf")
lg.propagate = False
lg.setLevel(logging.INFO)
lg.addHandler(bh)
for i in range(5):
    lg.info("rec %d", i)
print(bh.flushed, [r.getMessage() for r in bh.buffer])

# MemoryHandler flushes to its target on capacity or on a record at flushLevel
target, tbuf = stream_handler()
mh = logging.handlers.MemoryHandler(capacity=10, flushLevel=logging.ERROR, target=target)
lg.removeHandler(bh)
lg.addHandler(mh)
lg.info("held 1")
lg.info("held 2")
print("before", tbuf.getvalue().splitlines())
lg.error("trigger")
print("after", tbuf.getvalue().splitlines())
mh.close()
lg.removeHandler(mh)

# QueueHandler puts prepared records in a queue; QueueListener would hand them on
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg.addHandler(qh)
lg.warning("queued %s", "arg")
rec = q.get_nowait()
print(type(rec).__name__, rec.msg, rec.args, rec.levelname, rec.getMessage())
lg.removeHandler(qh)

# handler filters and handler-level formatting
h3, buf3 = stream_handler()
h3.addFilter(lambda r: "secret" not in r.getMessage())
lg.addHandler(h3)
lg.info("public info")
lg.info("secret info")
print(buf3.getvalue().splitlines())
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
lg.log(25, "custom level")
print(buf3.getvalue().splitlines()[-1])
print(repr(h3.level), h3.name, logging.getLogger("buf").hasHandlers())
