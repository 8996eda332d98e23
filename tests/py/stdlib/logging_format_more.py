# logging to a StringIO stream: formatters with fixed fields, levels and filtering, logger
# hierarchy and propagation, LoggerAdapter, exc_info formatting, custom Filter and Handler.
import logging, io
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(levelname)-8s|%(name)s|%(message)s|%(funcName)s'))
root = logging.getLogger('app')
root.setLevel(logging.DEBUG)
root.addHandler(h)
root.propagate = False
def work():
    root.debug('debug %d', 1)
    root.info('info %s', 'x')
    root.warning('warn')
work()
child = logging.getLogger('app.db')
child.setLevel(logging.WARNING)
child.info('hidden')
child.error('db error %r', {'k': 1})
print(child.parent is root, child.getEffectiveLevel(), root.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.INFO), logging.getLevelName(35), logging.getLevelName('ERROR'))
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
for i in range(4):
    root.info('n=%d', i)
h.removeFilter(h.filters[0])
adapter = logging.LoggerAdapter(root, {'user': 'ann'})
class Fmt(logging.Formatter):
    def format(self, record):
        return f'[{record.levelno}] ' + super().format(record)
h2stream = io.StringIO()
h2 = logging.StreamHandler(h2stream); h2.setFormatter(Fmt('%(message)s user=%(user)s'))
root.addHandler(h2)
adapter.warning('adapted')
root.removeHandler(h2)
try:
    1 / 0
except ZeroDivisionError:
    root.exception('failed')
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, record.getMessage(), record.name))
lh = ListHandler(); lh.setLevel(logging.ERROR)
root.addHandler(lh)
root.warning('not collected'); root.critical('collected %s', 'yes'); child.error('from child')
print(lh.records)
lines = stream.getvalue().splitlines()
for line in lines:
    if not line.startswith(' '):
        print(line)
print(h2stream.getvalue(), end='')
logging.addLevelName(25, 'NOTICE')
root.log(25, 'custom level')
print(stream.getvalue().splitlines()[-1], logging.getLevelName(25))
