# An uncaught struct.error: the traceback's last line names it "struct.error".
import struct
print(struct.pack("<H", 513))
print(struct.unpack("<I", b"\x01\x02"))
