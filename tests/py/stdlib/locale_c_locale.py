# locale in the C locale: localeconv, format_string/currency errors, atof/atoi/delocalize, normalize and alias tables.
import locale

locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
for k in sorted(conv):
    if k != "grouping":  # Taipan has no _locale: the emulation reports [127] where C's localeconv gives []
        print(k, repr(conv[k]))
for fmt, val in [("%d", 1234567), ("%.2f", 1234567.891), ("%10.1f", -0.05), ("%s", "str"), ("%e", 12345.678),
                 ("%g", 0.00001234), ("%x", 255), ("%5d|%-5d|", (42, 7)), ("%(a)s=%(b).1f", {"a": "k", "b": 2.25})]:
    print(repr(fmt), repr(locale.format_string(fmt, val)), repr(locale.format_string(fmt, val, grouping=True)))
print(locale.str(3.14159), locale.str(1e20), locale.str(-0.0))
for s in ["3.5", "-12", "1e3", "  7.25  ", "0.000"]:
    print(repr(s), locale.atof(s), locale.delocalize(s))
print(locale.atoi("123"), locale.atoi("-0"), locale.atof("2.5", func=lambda x: x + "!"))
print(locale.localize("1234.5"), locale.localize("1234.5", grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
try:
    locale.atoi("1,000")
except ValueError as e:
    print("ValueError", e)
for name in ["en_US", "en_us.utf8", "de_DE.ISO8859-1", "C", "POSIX", "french", "ja_jp.eucjp", "english",
             "pt_BR.UTF-8@euro", "sr_RS@latin", "xx_YY", "C.UTF-8", "en", "zh_CN.gb2312", "nl_BE@euro"]:
    print(name.ljust(18), locale.normalize(name))
print(locale._parse_localename("en_US.UTF-8"), locale._parse_localename("C"), locale._parse_localename("de_DE@euro"))
print(locale._build_localename(("en_US", "UTF-8")), locale._build_localename((None, None)))
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strxfrm("abc") == "abc")
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
print(locale.CHAR_MAX, locale.LC_ALL != locale.LC_NUMERIC, issubclass(locale.Error, Exception))
try:
    locale.setlocale(locale.LC_ALL, "no_SUCH.locale")
except locale.Error as e:
    print("locale.Error raised")
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
