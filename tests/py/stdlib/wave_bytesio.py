# wave: write mono/stereo 8/16/24-bit WAV files into BytesIO, read back params/frames, setpos/tell, header bytes, error cases.
import wave, io, struct

def make(nch, width, rate, frames, comp=("NONE", "not compressed"), use_params=False):
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    if use_params:
        w.setparams((nch, width, rate, 0, comp[0], comp[1]))
    else:
        w.setnchannels(nch)
        w.setsampwidth(width)
        w.setframerate(rate)
    w.writeframes(frames)
    w.close()
    return buf

for nch, width, rate in [(1, 1, 8000), (1, 2, 44100), (2, 2, 22050), (2, 3, 48000), (1, 4, 16000)]:
    nframes = 10
    frames = bytes((i * 37 + 11) % 256 for i in range(nframes * nch * width))
    buf = make(nch, width, rate, frames, use_params=(width == 3))
    data = buf.getvalue()
    print(nch, width, rate, len(data), data[:4], data[8:16], struct.unpack("<IHHIIHH", data[16:36]), data[36:40], struct.unpack("<I", data[40:44]))
    buf.seek(0)
    r = wave.open(buf, "rb")
    p = r.getparams()
    print("  ", p, p.nframes == nframes, r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getcomptype(), r.getcompname())
    first = r.readframes(3)
    print("  ", first == frames[:3 * nch * width], r.tell())
    r.setpos(7)
    print("  ", r.readframes(100) == frames[7 * nch * width:], r.tell(), r.readframes(5))
    r.rewind()
    print("  ", r.tell(), r.readframes(nframes) == frames, r.getmarkers())
    try:
        r.setpos(nframes + 1)
    except wave.Error as e:
        print("   wave.Error", e)
    r.close()

buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setparams(wave._wave_params(1, 2, 8000, 0, "NONE", "not compressed"))
    for i in range(4):
        w.writeframesraw(struct.pack("<h", i * 1000 - 1500))
    print(w.tell(), w.getnframes() if hasattr(w, "getnframes") else None)
print(len(buf.getvalue()), struct.unpack("<4h", buf.getvalue()[44:]))
odd = io.BytesIO()
with wave.open(odd, "wb") as w:
    w.setnchannels(1); w.setsampwidth(1); w.setframerate(11025)
    w.writeframes(b"\x01\x02\x03")
print(len(odd.getvalue()), odd.getvalue()[-4:])
for setup, what in [(lambda w: w.setsampwidth(5), "sampwidth"), (lambda w: w.setnchannels(0), "channels"),
                    (lambda w: w.setframerate(0), "rate"), (lambda w: w.setcomptype("ULAW", "x"), "comptype")]:
    w = wave.open(io.BytesIO(), "wb")
    try:
        setup(w)
    except wave.Error as e:
        print(what, "wave.Error", e)
    w._file = None
w = wave.open(io.BytesIO(), "wb")
try:
    w.writeframes(b"\x00")
except wave.Error as e:
    print("wave.Error", e)
w._file = None
for bad in [b"", b"RIFF\x00\x00\x00\x00WAVE", b"RIFX" + b"\x00" * 40, b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x03\x00" + b"\x00" * 30]:
    try:
        wave.open(io.BytesIO(bad), "rb")
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
try:
    wave.open(io.BytesIO(), "x")
except wave.Error as e:
    print("wave.Error", e)
