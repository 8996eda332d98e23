# str.format with positional, keyword and indexed fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"), "{2}{1}{0}".format(*"abc"))
print("{name} is {age}".format(name="Bob", age=30), "{a}{b}{a}".format(a=1, b=2))
print("{0} {x} {1}".format(10, 20, x="kw"), "{} {x} {}".format(1, 2, x=3))
print("{!r} {!s} {!a}".format("q'", "q'", "naïve"), "{0!r:>8}|".format("z"))
print("{:>6}|{:<6}|{:^6}|{:*^6}|".format("a", "b", "c", "d"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:_x}|".format(7, 7, 7, 7, 1234567, 65535))
print("{:.2f} {:.3e} {:.1%} {:g} {:10.4f}|".format(3.14159, 1234.5, 0.256, 1e-7, 2.5))
print("{0:{1}}|{0:{2}{1}}|".format("v", 6, ">"), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
args = ["red", "green"]
kw = {"size": "L", "qty": 3}
print("{0}/{1} {size}x{qty}".format(*args, **kw))
print("{}".format([1, 2]), "{}".format((1,)), "{}".format({"a": 1}), "{}".format(None))
print("{0}".format(2 ** 80), "{:,}".format(2 ** 80), "{:e}".format(2 ** 80))
print("".format(), "plain".format(1, 2, k=3), "{}{}".format("", ""))
errors = ["{} {}", "{0} {}", "{x}", "{0", "}", "{:d}", "{1}", "{!z}", "{0:{1}}"]
for fmt in errors:
    try:
        print(repr(fmt.format("s")))
    except (IndexError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print(str.format("{}-{}", 1, 2), "{0}{0}{0}".format("ab"))
print("{:>{}}|".format("r", 5), "{:^{}.{}}|".format("abcdef", 8, 3))
