# Coin Chase: steer the square with the arrow keys (or WASD), collect coins, avoid the red
# bouncers. An ordinary `while True` game loop: taipan.next_frame() hands the page back to
# the browser until its next animation frame, so the page stays responsive.
import math
import time

import taipan
from js import document, window

canvas = document.getElementById("screen")
ctx = canvas.getContext("2d")
W, H = canvas.width, canvas.height
status = document.getElementById("status")

held = set()
MOVES = {"ArrowLeft": (-1, 0), "ArrowRight": (1, 0), "ArrowUp": (0, -1), "ArrowDown": (0, 1),
         "a": (-1, 0), "d": (1, 0), "w": (0, -1), "s": (0, 1)}


def on_key_down(event):
    if event.key in MOVES:
        held.add(event.key)
        event.preventDefault()


def on_key_up(event):
    held.discard(event.key)


window.addEventListener("keydown", on_key_down)
window.addEventListener("keyup", on_key_up)


class Player:
    size = 18
    speed = 180.0  # pixels per second

    def __init__(self):
        self.x, self.y = W / 2, H / 2

    def update(self, dt):
        dx = sum(MOVES[k][0] for k in held)
        dy = sum(MOVES[k][1] for k in held)
        if dx and dy:
            dx, dy = dx / math.sqrt(2), dy / math.sqrt(2)
        half = self.size / 2
        self.x = min(max(self.x + dx * self.speed * dt, half), W - half)
        self.y = min(max(self.y + dy * self.speed * dt, half), H - half)


class Bouncer:
    def __init__(self, rng):
        self.x, self.y = rng.uniform(20, W - 20), rng.uniform(20, H / 3)
        angle = rng.uniform(0, 2 * math.pi)
        self.vx, self.vy = 90 * math.cos(angle), 90 * math.sin(angle)
        self.r = 9

    def update(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if not self.r <= self.x <= W - self.r:
            self.vx = -self.vx
            self.x = min(max(self.x, self.r), W - self.r)
        if not self.r <= self.y <= H - self.r:
            self.vy = -self.vy
            self.y = min(max(self.y, self.r), H - self.r)


class Rng:
    # A small generator of our own: `random` would bring 40 library modules into the bundle.
    def __init__(self, seed):
        self.state = seed

    def uniform(self, a, b):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return a + (b - a) * (self.state >> 11) / 2 ** 53


rng = Rng(2024)
player = Player()
coins = [(rng.uniform(15, W - 15), rng.uniform(15, H - 15)) for _ in range(6)]
bouncers = [Bouncer(rng) for _ in range(3)]
score, lives, frame = 0, 3, 0


def hit(ax, ay, bx, by, dist):
    return (ax - bx) ** 2 + (ay - by) ** 2 < dist * dist


def update(dt):
    global score, lives
    player.update(dt)
    for b in bouncers:
        b.update(dt)
        if hit(player.x, player.y, b.x, b.y, b.r + player.size / 2):
            lives -= 1
            player.x, player.y = W / 2, H / 2
            b.vx, b.vy = -b.vx, -b.vy
    for i, (cx, cy) in enumerate(coins):
        if hit(player.x, player.y, cx, cy, 6 + player.size / 2):
            score += 1
            coins[i] = (rng.uniform(15, W - 15), rng.uniform(15, H - 15))
    if lives <= 0:
        score, lives = 0, 3


def draw():
    ctx.fillStyle = "#10141c"
    ctx.fillRect(0, 0, W, H)
    ctx.fillStyle = "#f5c542"
    for cx, cy in coins:
        ctx.beginPath()
        ctx.arc(cx, cy, 6, 0, 2 * math.pi)
        ctx.fill()
    ctx.fillStyle = "#e2484a"
    for b in bouncers:
        ctx.beginPath()
        ctx.arc(b.x, b.y, b.r, 0, 2 * math.pi)
        ctx.fill()
    ctx.fillStyle = "#4ad0e2"
    s = player.size
    ctx.fillRect(player.x - s / 2, player.y - s / 2, s, s)
    ctx.fillStyle = "#ffffff"
    ctx.font = "14px monospace"
    ctx.fillText(f"score {score}   lives {lives}", 8, 18)


print("Coin Chase: arrow keys or WASD to move")
last = time.monotonic()
while True:
    now = time.monotonic()
    dt, last = min(now - last, 0.05), now
    update(dt)
    draw()
    frame += 1
    # What the browser tests read: the player's position and the frame count.
    document.body.dataset.player = f"{player.x:.0f},{player.y:.0f}"
    document.body.dataset.frames = str(frame)
    taipan.next_frame()
