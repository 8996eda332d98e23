# logging: basicConfig, loggers and their hierarchy, handlers to stdout/stderr, formatting.
import logging
import sys
import io

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
root = logging.getLogger()
print(root.level, logging.getLevelName(root.level), root is logging.root, len(root.handlers))
logging.info('hello %s', 'world')
logging.debug('not shown')
logging.warning('number %d, float %.2f', 42, 3.14159)

log = logging.getLogger('app.db')
print(log.name, log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLogger('app.db') is log)
log.info('connected to %(host)s', {'host': 'localhost'})
log.setLevel(logging.DEBUG)
log.debug('debug now visible')

# a handler writing to stderr with its own formatter and level
err = logging.StreamHandler(sys.stderr)
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s | %(message)s'))
log.addHandler(err)
log.error('written to both streams')
log.warning('stdout only')

# a StringIO handler, filters, propagate=False
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(name)s/%(levelno)d/%(funcName)s: %(message)s'))
quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.addHandler(h)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return not record.args or record.args[0] % 2 == 1

quiet.addFilter(OnlyOdd())
def work():
    for i in range(5):
        quiet.warning('item %d', i)
work()
print(repr(buf.getvalue()))

# exc_info given as a tuple without a traceback
quiet.error('failed', exc_info=(ZeroDivisionError, ZeroDivisionError('division by zero'), None))
print(buf.getvalue().splitlines()[-1])

# LoggerAdapter, custom level names, {}-style formatting
adapter = logging.LoggerAdapter(logging.getLogger('adapted'), {'user': 'ann'})
adapter.info('adapter message')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'custom level')
fmt = logging.Formatter('{levelname}:{message}', style='{')
rec = logging.LogRecord('x', logging.INFO, 'file.py', 10, 'value=%s', ('v',), None)
print(fmt.format(rec), rec.getMessage(), rec.levelname, rec.lineno)
print(logging.getLevelName('WARNING'), logging.getLevelName(5), logging.CRITICAL, logging.FATAL)
logging.disable(logging.CRITICAL)
logging.critical('disabled')
logging.disable(logging.NOTSET)
logging.critical('enabled again')
logging.shutdown()
log.critical('last line on stderr')
