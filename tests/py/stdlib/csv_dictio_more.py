# csv: DictReader/DictWriter with restval/extrasaction, quoting modes, custom dialects,
# escapechar, Sniffer on fixed samples, embedded newlines and quotes, reading via StringIO.
import csv, io
rows = [{'name': 'Ann', 'note': 'says "hi"', 'n': 1}, {'name': 'Bob, Jr.', 'note': 'line1\nline2', 'n': 2}, {'name': 'Cy', 'n': 3}]
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'note', 'n'], restval='-')
w.writeheader(); w.writerows(rows)
print(repr(out.getvalue()))
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(back)
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)
o2 = io.StringIO(); csv.DictWriter(o2, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2}); print(repr(o2.getvalue()))
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    o = io.StringIO()
    wr = csv.writer(o, quoting=q, escapechar='\\')
    wr.writerow(['a', 1, 2.5, 'x,y', None, ''])
    print(q, repr(o.getvalue()))
print(list(csv.reader(io.StringIO('1,"2",3.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
csv.register_dialect('pipes', delimiter='|', quotechar="'", lineterminator='\n', skipinitialspace=True)
o = io.StringIO(); csv.writer(o, 'pipes').writerows([['a|b', "it's", 'c'], [1, 2, 3]]); print(repr(o.getvalue()))
print(list(csv.reader(io.StringIO("x| 'y|z'| w\n"), 'pipes')), sorted(csv.list_dialects())[:3], csv.get_dialect('pipes').delimiter)
csv.unregister_dialect('pipes')
print(list(csv.reader(['a,"b ""quoted"" c",d', '"multi', 'line",e'])))
print(list(csv.reader(io.StringIO('a;b\r\nc;d\r\n'), delimiter=';')), list(csv.reader(['  a,  b'], skipinitialspace=True)))
sample = 'name;age;city\nann;30;paris\nbob;25;rome\n'
d = csv.Sniffer().sniff(sample)
print(repr(d.delimiter), csv.Sniffer().has_header(sample), list(csv.reader(io.StringIO(sample), d)))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print('csv.Error', e)
r = csv.reader(io.StringIO('a,b\nc,d\n')); next(r); print(r.line_num, next(r), r.line_num)
print(list(csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='extra', restval='?')))
