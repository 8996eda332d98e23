# A busy loop with no sleep and no frame wait: Taipan runs it in time slices and gives the
# page back between them, so the page stays responsive and the Stop button works.
from js import document

out = document.getElementById("count")
n = 0
while True:
    n += 1
    if n % 100000 == 0:
        out.textContent = str(n)
