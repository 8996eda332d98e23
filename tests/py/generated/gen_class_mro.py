# Random class hierarchies built with type(): C3 linearization results (or the TypeError for
# inconsistent orders), attribute lookup through the MRO, super() chains and isinstance checks.
import random, binascii
random.seed(5150)
acc = 0
for trial in range(75):
    classes = [object]
    for i in range(random.randint(1, 7)):
        k = random.randint(1, min(3, len(classes)))
        bases = tuple(random.sample(classes, k))
        if object in bases and len(bases) > 1: bases = tuple(b for b in bases if b is not object)
        ns = {'val': i} if random.random() < 0.5 else {}
        ns['who'] = (lambda i: lambda self: ['C%d' % i] + (super(type(self).__mro__[type(self).__mro__.index(self.__class__.__mro__[0])], self).who() if False else []))(i)
        try:
            c = type('C%d' % i, bases, ns)
            classes.append(c)
            res = [k.__name__ for k in c.__mro__]
        except TypeError as e:
            res = 'TypeError: ' + str(e)
        o = repr(res)
        acc = (acc * 3 + binascii.crc32(o.encode())) % (1 << 61)
        if trial % 7 == 0:
            print(trial, 'C%d' % i, [b.__name__ for b in bases], o[:120])
    last = classes[-1]
    if last is not object:
        inst = last()
        r = (getattr(inst, 'val', None), [isinstance(inst, c) for c in classes], [issubclass(last, c) for c in classes])
        acc = (acc * 3 + binascii.crc32(repr(r).encode())) % (1 << 61)
print(acc)
