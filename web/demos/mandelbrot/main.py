# A Mandelbrot zoom computed in Python: each frame's pixels go into a bytearray that the
# canvas shows through ImageData over the same memory (js.view: no copy). Rows are computed
# a band at a time with taipan.next_frame() between bands, so the page stays responsive.
import taipan
import js
from js import document, ImageData

canvas = document.getElementById("screen")
ctx = canvas.getContext("2d")
W, H = canvas.width, canvas.height
MAX_ITER = 64
BAND = 12  # rows per frame

pixels = bytearray(W * H * 4)
palette = []
for i in range(MAX_ITER + 1):
    if i == MAX_ITER:
        palette.append((0, 0, 0))
    else:
        t = i / MAX_ITER
        palette.append((int(9 * (1 - t) * t ** 3 * 255), int(15 * (1 - t) ** 2 * t ** 2 * 255),
                        int(8.5 * (1 - t) ** 3 * t * 255)))


def render_rows(cx, cy, scale, y0, y1):
    for y in range(y0, y1):
        ci = cy + (y - H / 2) * scale
        row = y * W * 4
        for x in range(W):
            cr = cx + (x - W / 2) * scale
            zr = zi = 0.0
            n = 0
            while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            r, g, b = palette[n]
            p = row + x * 4
            pixels[p] = r
            pixels[p + 1] = g
            pixels[p + 2] = b
            pixels[p + 3] = 255


def show():
    # A fresh view each time: the wasm memory may have grown since the last one.
    image = ImageData.new(js.view(pixels, "Uint8ClampedArray"), W, H)
    ctx.putImageData(image, 0, 0)


cx, cy, scale = -0.743643887, 0.131825904, 3.0 / W
zooms = 0
print(f"Mandelbrot {W}x{H}, {MAX_ITER} iterations")
while True:
    for y0 in range(0, H, BAND):
        render_rows(cx, cy, scale, y0, min(y0 + BAND, H))
        show()
        taipan.next_frame()
    zooms += 1
    document.body.dataset.zooms = str(zooms)
    scale *= 0.7
    if zooms % 12 == 0:
        scale = 3.0 / W
