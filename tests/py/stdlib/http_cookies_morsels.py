# http.cookies: SimpleCookie load/output, Morsel attributes (expires, max-age, samesite, flags), quoting, js_output, BaseCookie hooks.
from http import cookies

c = cookies.SimpleCookie()
c.load('session=abc123; theme="dark mode"; empty=; Path=/; lang=en-US')
for k in sorted(c):
    m = c[k]
    print(k, repr(m.value), repr(m.coded_value), repr(m["path"]), m.key)
c["session"]["path"] = "/app"
c["session"]["domain"] = ".example.com"
c["session"]["max-age"] = 3600
c["session"]["secure"] = True
c["session"]["httponly"] = True
c["session"]["samesite"] = "Strict"
c["session"]["comment"] = "login; token"
c["theme"]["expires"] = "Wed, 01 Jan 2031 00:00:00 GMT"
print(c.output())
print(c.output(attrs=["path"], header="Cookie:", sep="\n--\n"))
print(c["session"].OutputString(), "|", c["session"].OutputString(["domain"]))
print(repr(c["lang"]), str(c["lang"]))
js = c["lang"].js_output()
print(js.replace("\n", " ").split())

d = cookies.SimpleCookie()
d["weird"] = 'va"lue;with,specials\\ and \x7f\u00e9'
d["plain"] = "simple"
d["num"] = 42
print(d.output())
e = cookies.SimpleCookie(d.output(header="").replace("\r\n", ";"))
print(sorted((k, v.value) for k, v in e.items()))
for bad in ["a b=1", "x=1; =2", "ok=1; bad key=2; fine=3"]:
    f = cookies.SimpleCookie()
    f.load(bad)
    print(repr(bad), sorted((k, v.value) for k, v in f.items()))
try:
    cookies.SimpleCookie()["bad key"] = "x"
except cookies.CookieError as e:
    print("CookieError", e)
m = cookies.Morsel()
try:
    m["nosuch"] = 1
except cookies.CookieError as e:
    print("CookieError", e)
m.set("k", "v", '"v"')
m2 = m.copy()
print(m == m2, m.key, m.value, m.coded_value, m.isReservedKey("Path"), m.isReservedKey("nope"), sorted(m.keys())[:4])
m2.update({"max-age": 5})
print(m == m2, m2.output())
print(cookies._quote("a b"), cookies._quote("plain"), cookies._unquote('"a\\"b\\073c"'), cookies._unquote("noquote"))

class Upper(cookies.BaseCookie):
    def value_decode(self, val):
        return val.upper(), val
    def value_encode(self, val):
        s = str(val).lower()
        return s, s
u = Upper("x=Hello; y=WORLD")
print(sorted((k, v.value, v.coded_value) for k, v in u.items()))
u["z"] = "MiXeD"
print(u["z"].value, u["z"].coded_value, u.output(header="Set:"))
