# sys.exit("msg"): message printed to stderr, exit status 1
import sys

class Job:
    def __init__(self, name, ok):
        self.name = name
        self.ok = ok

jobs = [Job("fetch", True), Job("parse", True), Job("store", False), Job("report", True)]
done = []
for job in jobs:
    print("running", job.name)
    if not job.ok:
        print("failed:", job.name, "after", done)
        sys.exit("fatal: job " + job.name + " failed")
    done.append(job.name)
print("unreachable")
x = 1
y = 2
z = 3
print(x, y, z)
for i in range(3):
    print(i)
print("end")
