# graphlib.TopologicalSorter: static_order, incremental get_ready/done, cycles, and a small
# build system that schedules tasks in parallel waves.
from graphlib import TopologicalSorter, CycleError
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order, order.index('core') < order.index('lib') < order.index('app'))
ts2 = TopologicalSorter()
for node, ds in deps.items():
    ts2.add(node, *ds)
ts2.prepare()
wave = 0
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    print('wave', wave, ready)
    for r in ready:
        ts2.done(r)
    wave += 1
try:
    list(TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a']}).static_order())
except CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))
t3 = TopologicalSorter({1: [2], 2: [3]})
t3.prepare()
try:
    t3.add(4)
except ValueError as e:
    print('ValueError', e)
try:
    t3.done(1)
except ValueError as e:
    print('ValueError', e)
print(list(TopologicalSorter({'x': set()}).static_order()), list(TopologicalSorter().static_order()))
