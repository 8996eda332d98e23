# csv reader and writer: quoting, escaping, doublequote, skipinitialspace, strict, DictReader/DictWriter.
import csv
import io

def rows(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=''), **kw))
    except (csv.Error, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)

print(rows('a,b,c\r\n1,2,3\r\n'))
print(rows('"quoted, comma",plain,"with ""double"" quotes"\n'))
print(rows('"multi\nline",x\ny,z\n'))
print(rows('a, b,  c\n', skipinitialspace=True), rows('a, "b", c\n', skipinitialspace=True), rows('a, "b"\n'))
print(rows('a;b;"c;d"\n', delimiter=';'), rows("a|'b|c'\n", delimiter='|', quotechar="'"))
print(rows('a\\,b,c\\\\d\n', escapechar='\\'), rows('"a\\"b",c\n', escapechar='\\', doublequote=False))
print(rows('a"b,c\n', quoting=csv.QUOTE_NONE), rows('"a"b,c\n'), rows('"a"b,c\n', strict=True))
print(rows('"unterminated\n'), rows('"unterminated', strict=True), rows('\n\na\n\n'), rows(''))
print(rows('1,2.5,"x",\n', quoting=csv.QUOTE_NONNUMERIC), rows('1,x\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('a\0b,c\n'), rows('a,b\rc,d\r'), rows('a\rb'))
print(list(csv.reader(['a,b\n', 'c'])), list(csv.reader(['x,"y\n', 'z",w'])))
try:
    list(csv.reader(['a,b\nc']))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print('Error', e)
r = csv.reader(['a\n', '"b\n', 'c"\n', 'd\n'])
for row in r:
    print(row, r.line_num)
print(r.dialect.delimiter, r.dialect.quoting, type(r).__name__)

def written(rows_, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        for row in rows_:
            w.writerow(row)
    except csv.Error as e:
        return 'Error: %s' % e
    return s.getvalue()

data = [['a', 'b,c', 'd"e', None, 1, 2.5, '', 'x\ny', ' sp'], [''], [], [True, 3 + 4j]]
print(repr(written(data)))
print(repr(written(data, quoting=csv.QUOTE_ALL)))
print(repr(written(data, quoting=csv.QUOTE_NONNUMERIC)))
print(repr(written([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')))
print(repr(written([['a,b']], quoting=csv.QUOTE_NONE)), repr(written([['']], quoting=csv.QUOTE_NONE)))
print(repr(written([['a"b', 'c\\d']], escapechar='\\', doublequote=False)), repr(written([['a"b']], doublequote=False)))
print(repr(written([['x', 'y']], delimiter='\t', lineterminator='\n')), repr(written([['a b', 'c']], delimiter=' ')))
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['abc', 'de']), w.writerows([[1, 2], (3, 4)]), repr(s.getvalue()), w.dialect.lineterminator == '\r\n')
for bad in (lambda: w.writerow(1), lambda: w.writerows(1), lambda: csv.writer(1), lambda: csv.reader(1), lambda: csv.reader()):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'age', 'city'], restval='?')
dw.writeheader()
dw.writerow({'name': 'Ann', 'age': 30, 'city': 'Oslo'})
dw.writerows([{'name': 'Bob', 'age': 25}, {'name': 'Cy, Jr.', 'city': 'Rome'}])
print(repr(s.getvalue()))
try:
    dw.writerow({'name': 'X', 'zip': 1})
except ValueError as e:
    print('ValueError', e)
for rec in csv.DictReader(io.StringIO(s.getvalue())):
    print(rec)
for rec in csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='rest', restval='none'):
    print(rec)
print(csv.Sniffer().has_header('name,age\nann,30\nbob,25\n'), csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter)
