from collections import namedtuple
P = namedtuple('P', 'x y')
print('%s-%s' % P(1,2))
print(b'%d-%d' % P(1,2))
import builtins
names = ['ConnectionError','ConnectionResetError','ConnectionAbortedError','ConnectionRefusedError','BrokenPipeError','BlockingIOError','ChildProcessError','InterruptedError','ProcessLookupError','TimeoutError','FileExistsError','FileNotFoundError','IsADirectoryError','NotADirectoryError','PermissionError']
for n in names: print(n, hasattr(builtins, n))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
print(b'\x01\x02\x03'.hex(':'), b'\x01\x02\x03\x04\x05'.hex(':', 2), b'\x01\x02\x03\x04\x05'.hex('-', -2))
