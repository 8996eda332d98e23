# Pure-Python web helpers: http.cookies.SimpleCookie parsing/output with attributes and
# quoting, email.utils parseaddr/formataddr/getaddresses/parsedate, and http.HTTPStatus.
from http import cookies, HTTPStatus
import email.utils as eu
c = cookies.SimpleCookie()
c.load('session=abc123; theme="dark mode"; Path=/; lang=en')
print(sorted((k, m.value) for k, m in c.items()))
c['session']['path'] = '/app'
c['session']['httponly'] = True
c['session']['max-age'] = 3600
c['token'] = 'a b;c'
print(c.output(sep='\n'))
print(c['token'].coded_value, c['session'].OutputString(), repr(c['lang']))
try:
    c['bad key'] = 1
except cookies.CookieError as e:
    print('CookieError', e)
for addr in ['John Doe <john@example.com>', 'jane@example.org', '"Smith, Bob" <bob@x.io>', 'broken <', '']:
    print(repr(addr), eu.parseaddr(addr))
print(eu.formataddr(('Ann Lee', 'ann@ex.com')), eu.formataddr(('Müller', 'm@ex.de')), eu.formataddr((None, 'x@y.z')))
print(eu.getaddresses(['a@b.c, "D E" <d@e.f>', 'g@h.i']))
print(eu.parsedate('Mon, 20 Nov 1995 19:12:08 -0500'), eu.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'), eu.mktime_tz(eu.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(eu.formatdate(0, usegmt=True), eu.quote('a"b\\c'), eu.unquote('"quoted"'), eu.parsedate_to_datetime('Tue, 01 Jan 2030 10:00:00 +0200').isoformat())
for code in [200, 404, 418, 503]:
    s = HTTPStatus(code)
    print(code, s.name, s.phrase, s.description[:30], int(s), s == code)
print(HTTPStatus.NOT_FOUND, repr(HTTPStatus.OK), len(HTTPStatus) > 50)
