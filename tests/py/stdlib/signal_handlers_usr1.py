# signal: signal/getsignal bookkeeping, raise_signal and os.kill to self run Python handlers right away, SIG_IGN, errors.
import signal, os

print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(int(signal.SIG_DFL), int(signal.SIG_IGN), signal.SIGUSR1 == 10, signal.Signals.SIGUSR1.name, repr(signal.SIGUSR2))
print(isinstance(signal.SIGUSR1, signal.Signals), signal.Signals(15).name, signal.Handlers.SIG_IGN.name)
seen = []
def handler(signum, frame):
    seen.append((signal.Signals(signum).name, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
print(old is signal.Handlers.SIG_DFL or old == 0, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", seen)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", seen)
signal.signal(signal.SIGUSR2, handler)
for i in range(3):
    signal.raise_signal(signal.SIGUSR2 if i % 2 else signal.SIGUSR1)
print(len(seen), [s for s, _ in seen])

class Stop(Exception):
    pass
def raising(signum, frame):
    raise Stop(signum)
signal.signal(signal.SIGUSR1, raising)
try:
    signal.raise_signal(signal.SIGUSR1)
    print("not reached")
except Stop as e:
    print("handler exception propagates:", e.args)

prev = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(prev is raising, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print("ignored signal survived")
signal.signal(signal.SIGUSR1, handler)
counter = []
signal.signal(signal.SIGUSR2, lambda s, f: counter.append(s))
for _ in range(5):
    signal.raise_signal(signal.SIGUSR2)
print(counter)

for bad in [(0, handler), (signal.NSIG + 5, handler), (signal.SIGUSR1, "nope"), (signal.SIGUSR1, 5)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, handler)
    except OSError as e:
        print("OSError", e.errno)
try:
    signal.getsignal(-1)
except ValueError as e:
    print("ValueError", e)
print(signal.strsignal(signal.SIGUSR1), signal.strsignal(signal.SIGTERM))
print(signal.SIGUSR1 in signal.valid_signals(), len(signal.valid_signals()) > 30)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGUSR2))
