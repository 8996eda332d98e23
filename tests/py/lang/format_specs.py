# format() and str.format with various specs
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format("s", ">5"))
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}".format(a=1, b=2))
print("{0[0]} {0[1]} {d[k]}".format([5, 6], d={"k": "v"}))
class O:
    attr = "attribute"
print("{o.attr}".format(o=O()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*>8}|{:-<8}|{:0^8}|".format("r", "l", "c"))
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
print("{:.3} {:.3}".format("abcdef", 1.23456))
print("{:g} {:g} {:g} {:g}".format(1.0, 0.00001, 123456789.0, 1.5))
print("{:e} {:.2E}".format(12345.678, 0.000123))
print("{:%} {:.0%}".format(0.25, 1 / 3))
print("{:,} {:,.2f} {:_x}".format(10 ** 9, 1234567.891, 0xdeadbeef))
print("{!r} {!s}".format("q", "q"))
print("{:=+8} {:=8}".format(42, -42))
print("{:#o} {:#X} {:#b}".format(8, 255, 5))
print("{:c}".format(65), "{:d}".format(True), "{:n}".format(1000))
print("{:10.4f}|{:<10.2e}|".format(3.14159, 31415.9))
print("{0:{1}}|".format("pad", 6), "{:{}.{}f}".format(2.71828, 8, 3))
print("%s %d %5.2f %-5s| %05d %x %o %e %r %%" % ("s", 42, 3.14159, "ab", 42, 255, 8, 1234.5, "r"))
print("%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%c%c" % (72, "i"), "%+d %+d" % (1, -1), "%.3s" % "abcdef")
print(format(1e16), format(1.5e-5), format(100.0), format(123.456, ".1f"))
print(format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"))
print("{:.2f}".format(2.675), "{:.1f}".format(0.05), round(0.125, 2))
print("{:5}|{:5}|".format(12, "ab"), "{:>5}|".format(True))
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
print("{{}} {}".format("braces"))
print(format(-7, "5"), format(7, "<5") + "|", format(-3.5, "08.2f"))
