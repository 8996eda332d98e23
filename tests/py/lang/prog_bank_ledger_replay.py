# Event sourcing: an append-only ledger of account events as namedtuples, state rebuilt by
# replaying with functools.reduce, snapshots every N events, point-in-time queries with bisect,
# and an audit that recomputes balances from scratch.
from collections import namedtuple, defaultdict
from functools import reduce
import bisect, random
Event = namedtuple('Event', 'seq kind account amount')
rng = random.Random(2024)
events, seq = [], 0
accounts = ['acme', 'globex', 'initech', 'umbrella']
for _ in range(120):
    seq += 1
    kind = rng.choice(['deposit', 'deposit', 'withdraw', 'fee'])
    events.append(Event(seq, kind, rng.choice(accounts), rng.randint(1, 500) if kind != 'fee' else 5))
def apply(state, ev):
    bal = dict(state)
    delta = ev.amount if ev.kind == 'deposit' else -ev.amount
    if ev.kind == 'withdraw' and bal.get(ev.account, 0) + delta < 0:
        return bal
    bal[ev.account] = bal.get(ev.account, 0) + delta
    return bal
final = reduce(apply, events, {})
print(sorted(final.items()))
SNAP = 25
snapshots, state = [(0, {})], {}
for ev in events:
    state = apply(state, ev)
    if ev.seq % SNAP == 0:
        snapshots.append((ev.seq, state))
seqs = [s for s, _ in snapshots]
def balance_at(seq):
    i = bisect.bisect_right(seqs, seq) - 1
    base_seq, base = snapshots[i]
    return reduce(apply, (e for e in events if base_seq < e.seq <= seq), base)
for q in [1, 24, 25, 26, 77, 120]:
    print(q, sorted(balance_at(q).items()))
print(all(balance_at(e.seq) == reduce(apply, events[:e.seq], {}) for e in events[::7]))
rejected = []
st = {}
for ev in events:
    new = apply(st, ev)
    if new == st and ev.kind == 'withdraw':
        rejected.append(ev.seq)
    st = new
print('rejected withdrawals', rejected[:10], len(rejected))
by_kind = defaultdict(lambda: defaultdict(int))
for ev in events:
    by_kind[ev.account][ev.kind] += ev.amount
for acct in accounts:
    print(acct, dict(sorted(by_kind[acct].items())))
print(events[0], events[-1]._replace(amount=0), Event._fields, events[5]._asdict()['kind'])
