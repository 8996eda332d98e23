"""Richards: a simulation of a small operating-system kernel (after Martin Richards'
classic benchmark). Six tasks -- an idle task, a worker, two handlers and two devices --
pass packets to one another through a priority scheduler.

Measures: classes with inheritance, method calls through overridden methods, instance
attribute loads and stores, linked lists of objects, `is None` tests.

Size argument: how many times the whole simulation runs (work is linear in it).
"""
# bench-size: default=50 growth=linear
import sys

DEFAULT_RUNS = 50
IDLE_COUNT = 10000
EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297

# Task identifiers (indices into the kernel's task table).
T_IDLE = 0
T_WORKER = 1
T_HANDLER_A = 2
T_HANDLER_B = 3
T_DEVICE_A = 4
T_DEVICE_B = 5

# Packet kinds.
DEVICE_PACKET = 0
WORK_PACKET = 1

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.buffer = [0] * BUFFER_SIZE


def append_packet(queue, packet):
    """Appends packet to the end of the linked queue and returns the queue's head."""
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


class Task:
    def __init__(self, kernel, ident, priority, queue, pending, waiting):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending    # a packet is waiting in the queue
        self.waiting = waiting    # the task waits for a packet
        self.held = False         # the task is suspended
        self.next = kernel.task_list
        kernel.task_list = self
        kernel.tasks[ident] = self

    def blocked(self):
        if self.held:
            return True
        return self.waiting and not self.pending

    def take_packet(self, packet, sender):
        """Queues packet for this task; returns the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = append_packet(self.queue, packet)
        return sender

    def step(self):
        packet = None
        if self.waiting and self.pending:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
        self.kernel.current = self
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, count):
        Task.__init__(self, kernel, ident, priority, None, False, False)
        self.seed = 1
        self.count = count

    def run(self, packet):
        k = self.kernel
        self.count -= 1
        if self.count == 0:
            return k.hold_current()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return k.release(T_DEVICE_B)
        self.seed = self.seed >> 1
        return k.release(T_DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True, True)
        self.target = T_HANDLER_A
        self.letter = 0

    def run(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait_current()
        if self.target == T_HANDLER_A:
            self.target = T_HANDLER_B
        else:
            self.target = T_HANDLER_A
        packet.dest = self.target
        packet.count = 0
        buf = packet.buffer
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return k.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True, True)
        self.jobs = None
        self.devices = None

    def run(self, packet):
        k = self.kernel
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.jobs = append_packet(self.jobs, packet)
            else:
                self.devices = append_packet(self.devices, packet)
        job = self.jobs
        if job is not None:
            n = job.count
            if n >= BUFFER_SIZE:
                self.jobs = job.link
                return k.send(job)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = job.buffer[n]
                job.count = n + 1
                return k.send(dev)
        return k.wait_current()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, False, True)
        self.holding = None

    def run(self, packet):
        k = self.kernel
        if packet is not None:
            self.holding = packet
            return k.hold_current()
        if self.holding is None:
            return k.wait_current()
        p = self.holding
        self.holding = None
        return k.send(p)


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.queued = 0
        self.held = 0

    def hold_current(self):
        self.held += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.dest]
        self.queued += 1
        packet.link = None
        packet.dest = self.current.ident
        return target.take_packet(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                task = task.step()


def simulate():
    k = Kernel()
    IdleTask(k, T_IDLE, 1, IDLE_COUNT)
    work = Packet(None, T_IDLE, WORK_PACKET)
    work = Packet(work, T_IDLE, WORK_PACKET)
    WorkerTask(k, T_WORKER, 1000, work)
    devs = None
    for _ in range(3):
        devs = Packet(devs, T_DEVICE_A, DEVICE_PACKET)
    HandlerTask(k, T_HANDLER_A, 2000, devs)
    devs = None
    for _ in range(3):
        devs = Packet(devs, T_DEVICE_B, DEVICE_PACKET)
    HandlerTask(k, T_HANDLER_B, 3000, devs)
    DeviceTask(k, T_DEVICE_A, 4000)
    DeviceTask(k, T_DEVICE_B, 5000)
    k.schedule()
    return k.queued, k.held


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_RUNS
    total_queued = 0
    total_held = 0
    for _ in range(runs):
        queued, held = simulate()
        if queued != EXPECTED_QUEUED or held != EXPECTED_HELD:
            sys.exit(f"richards: queued={queued} held={held}, expected "
                     f"{EXPECTED_QUEUED} and {EXPECTED_HELD}")
        total_queued += queued
        total_held += held
    print(f"runs={runs} queued={total_queued} held={total_held}")


main()
