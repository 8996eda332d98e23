# sys attributes (version_info as a struct sequence, float_info, hash_info, recursion limit),
# os.path pure functions, time.gmtime/strftime/strptime/asctime on fixed values, gc basics.
import sys, gc, os, time, platform
print(sys.version_info[:2], sys.version_info.major, type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1, sys.byteorder, sys.getrecursionlimit() >= 1000)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf)
print(sys.getsizeof(0) > 0, sys.intern('abc') is sys.intern('abc'), isinstance(sys.argv, list), sys.flags.optimize, sys.implementation.name in ('cpython', 'taipan'), callable(sys.exit))
print(sys.maxunicode, sys.float_repr_style, type(sys.modules).__name__, 'sys' in sys.modules, sys.getdefaultencoding(), sys.stdout.encoding.lower().replace('-', ''))
old = sys.getrecursionlimit(); sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
def depth(n=0):
    try: return depth(n + 1)
    except RecursionError: return n
sys.setrecursionlimit(200); d = depth(); sys.setrecursionlimit(old); print(150 < d <= 200)
print(os.sep, os.curdir, os.pardir, os.extsep, os.path.join('a', 'b'), os.path.splitext('x.tar.gz'), os.path.normpath('a/./b/../c'), os.path.basename('/x/y.z'), os.fspath('p'), os.name)
print(isinstance(time.time(), float), time.gmtime(0)[:6], time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.mktime(time.localtime(1000000)) == 1000000, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_yday)
print(time.strftime('%a %b %d %j %U %w %y %%', (2021, 3, 4, 5, 6, 7, 3, 63, 0)), time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)), time.strptime('2020-02-29', '%Y-%m-%d')[:3])
print(gc.isenabled(), gc.collect() >= 0, isinstance(gc.get_count(), tuple), gc.get_threshold()[0] > 0)
print(sys.exc_info(), sys.getswitchinterval() > 0, sys.is_finalizing())
vi = sys.version_info
print(repr(vi)[:35], vi[:2] >= (3, 8), vi >= (3, 11, 0), tuple(vi)[:2], vi.minor == vi[1], len(vi), type(vi).__name__, isinstance(vi, tuple), vi.releaselevel)
major, minor, *rest = vi
print(major, minor, rest[1:], '%d.%d' % vi[:2], vi.count(3) >= 1, vi.index(3))
t = time.strptime('10:11:12 2020/02/29', '%H:%M:%S %Y/%m/%d')
print(t, t.tm_wday, t.tm_yday, time.strftime('%A %j', t))
