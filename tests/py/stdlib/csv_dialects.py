# csv dialects: the registry, Dialect classes and validation, field_size_limit, QUOTE_* constants.
import csv
import _csv

print(sorted(csv.list_dialects()), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting,
          d.doublequote, d.skipinitialspace, d.strict)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, 'pipes' in csv.list_dialects())
print(list(csv.reader(['a|"b|c"'], 'pipes')), list(csv.reader(['a|b'], dialect='pipes', delimiter=',')))

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
print(list(csv.reader(["a; 'b;c'; d"], 'semi')), list(csv.reader(["x;y"], Semi)), csv.get_dialect('semi').lineterminator == '\n')
csv.register_dialect('semi2', Semi, delimiter=':')
print(csv.get_dialect('semi2').delimiter, csv.get_dialect('semi2').quotechar)
csv.unregister_dialect('semi2')
print(sorted(csv.list_dialects()))

class Broken(csv.Dialect):
    delimiter = ';;'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
try:
    Broken()
except csv.Error as e:
    print('Error', e)

def make(**kw):
    try:
        d = _csv.Dialect(**kw)
        return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except (TypeError, csv.Error) as e:
        return '%s: %s' % (type(e).__name__, e)

cases = [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None), dict(quotechar=1),
         dict(quotechar='ab'), dict(quotechar=None), dict(quotechar=''), dict(escapechar=1), dict(escapechar='ab'),
         dict(lineterminator=1), dict(lineterminator=None), dict(lineterminator=''), dict(quoting=7), dict(quoting='a'),
         dict(quoting=1.0), dict(quoting=csv.QUOTE_NONE, quotechar=None), dict(quoting=csv.QUOTE_ALL, quotechar=None),
         dict(delimiter=' ', skipinitialspace=1, strict=[1], doublequote=0), dict(bogus=1), dict(dialect='excel-tab'),
         dict(dialect='nope'), dict(dialect='excel', quoting=csv.QUOTE_ALL), dict(escapechar='é', delimiter='ü')]
for kw in cases:
    print(make(**kw))
print(_csv.Dialect('excel', ';')is not None, make(dialect=csv.excel_tab), _csv.Dialect(csv.get_dialect('excel')) is csv.get_dialect('excel'))

old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['a' * 10])), csv.field_size_limit(new_limit=old))
for bad in (lambda: csv.field_size_limit('a'), lambda: csv.field_size_limit(1, 2), lambda: csv.register_dialect(1),
            lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'), lambda: csv.register_dialect()):
    try:
        bad()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
print(csv.Error.__module__, issubclass(csv.Error, Exception), csv.Dialect.__name__, _csv.Dialect.__module__, _csv.reader.__name__)
print(type(csv.reader([])).__name__, type(csv.writer(__import__('io').StringIO())).__name__)
