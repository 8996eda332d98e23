# getopt: short/long options, option arguments, abbreviations, gnu_getopt permutation, POSIXLY_CORRECT, GetoptError details.
import getopt, os

os.environ.pop("POSIXLY_CORRECT", None)
cases = [
    (["-a", "-b", "val", "file1", "file2"], "ab:", []),
    (["-abval", "rest"], "ab:", []),
    (["-ab", "val", "rest"], "ab:", []),
    (["--verbose", "--output=out.txt", "--level", "3", "x"], "", ["verbose", "output=", "level="]),
    (["--verb", "--out=o", "arg"], "", ["verbose", "output="]),
    (["-a", "--", "-b", "c"], "ab", []),
    (["x", "-a", "-b"], "ab", []),
    (["-", "-a"], "a", []),
    (["--opt="], "", ["opt="]),
    ([], "a", ["b"]),
]
for args, short, long in cases:
    print(args, "->", getopt.getopt(args, short, long))

print(getopt.gnu_getopt(["x", "-a", "y", "-b", "v", "--long", "z"], "ab:", ["long"]))
print(getopt.gnu_getopt(["x", "-a", "--", "-b"], "ab", []))
print(getopt.gnu_getopt(["x", "-a", "y"], "+ab", []))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a", "y"], "ab", []))
del os.environ["POSIXLY_CORRECT"]

bad = [
    (["-z"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["yes"]),
    (["--out"], "", ["output="]),
    (["--flag=1"], "", ["flag"]),
    (["--co"], "", ["color", "compact"]),
]
for args, short, long in bad:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, "|", e.msg, "|", e.opt, "|", str(e), "|", e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
opts, rest = getopt.getopt("-x 1 -y --name=bob a b".split(), "x:y", ["name="])
cfg = {}
for o, v in opts:
    cfg[o.lstrip("-")] = v or True
print(cfg, rest)
