"""An operating-system task scheduler simulation (after M. Richards): classes and dispatch."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, wkq, state):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.packet_pending = state[0]
        self.waiting = state[1]
        self.held = state[2]
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def holding_or_waiting(self):
        return self.held or (not self.packet_pending and self.waiting)

    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.packet_pending = True
            if self.prio > old.prio:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old

    def run_task(self):
        pkt = None
        if self.packet_pending and self.waiting and not self.held:
            pkt = self.wkq
            self.wkq = pkt.link
            self.waiting = False
            self.packet_pending = self.wkq is not None
        self.sched.current = self
        return self.run(pkt)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        return self.table[ident]

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def qpkt(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.holding_or_waiting():
                t = t.link
            else:
                t = t.run_task()


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None, (False, False, False))
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        Task.__init__(self, sched, ident, prio, wkq, (True, True, False))
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 65 + self.count - 1
        return self.sched.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        Task.__init__(self, sched, ident, prio, wkq, (True, True, False))
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.qpkt(work)
            if self.device_in is not None:
                dev = self.device_in
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.qpkt(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, (False, True, False))
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.qpkt(p)
        self.pending = pkt
        return self.sched.hold_self()


def richards(count):
    s = Scheduler()
    IdleTask(s, IDLE, 1, count)
    wkq = Packet(None, 0, KIND_WORK)
    wkq = Packet(wkq, 0, KIND_WORK)
    WorkTask(s, WORKER, 1000, wkq)
    wkq = Packet(None, DEVICE_A, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_A, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wkq)
    wkq = Packet(None, DEVICE_B, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_B, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wkq)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.qpkt_count, s.hold_count


iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
for _ in range(iterations):
    q, h = richards(10000)
print(q, h)
if (q, h) != (23246, 9297):
    sys.exit("wrong result")
