# int/float/complex constructors from strings: underscores, whitespace, signs, bases, unicode digits.
def t(label, f, *a):
    try:
        print(label, repr(a), "->", repr(f(*a)))
    except Exception as e:
        print(label, repr(a), type(e).__name__, e)

for s in ["1_000", "1__0", "_1", "1_", " 42 ", "\t-7\n", "+0", "-0", "0_0", "00", "007", "0x1f", "١٢٣", "๑๒", "１２３", "1 2",
          "\u2003 5 \u3000", "+-1", "", " ", "1.0", "٣_٤", "𝟗"]:
    t("int", int, s)
for s, b in [("0x_ff", 16), ("0xff", 0), ("0o17", 0), ("0b1_01", 0), ("017", 0), ("0", 0), ("00", 0), ("0_0", 0),
             ("z", 36), ("Z_z", 36), ("10", 2), ("12", 2), ("0b", 0), ("0x", 16), (" -0X1A ", 16), ("1e3", 16),
             ("ff", 15), ("١٠", 2), ("0O7", 8), ("0B1", 2), ("0b1", 16), ("_1", 0)]:
    t("int", int, s, b)
t("int", int, b" 12 ")
t("int", int, bytearray(b"0x10"), 16)
print("int(memoryview)", int(memoryview(b"99")))
for s in ["1_0.5", "1.5_5", "1e1_0", "_1.0", "1._5", "1_.5", " 3.25 ", "-.5", "+5.", ".e1", "1e", "inf", "-Infinity", "nAn",
          "+nan", "infinity", "infinit", "٣.١٤", "１.５", "1e500", "-1e-500", "0x1p3", "1.5j", "\xa01.5\xa0", "1,5", "--1"]:
    t("float", float, s)
t("float", float, b"2.5")
t("float", float, bytearray(b" 7e-1"))
for s in ["1+2j", " (1+2j) ", "( 1+2j )", "1 + 2j", "j", "-j", "+1j", "1e3j", "1_0j", "1.5e-3-2.5e+3J", "inf+nanj", "(3)",
          "()", "1+j", "1-", "2j+1", "nanj", "-infj", "١+٢j", "0x1j", "(1j", "1j)"]:
    t("complex", complex, s)
t("complex", complex, "1", 2)
t("complex", complex, 1, 2j)
t("complex", complex, 1j, 1j)
t("complex", lambda: complex(real=3))
t("complex", lambda: complex(imag=-2.5))
class F:
    def __repr__(self): return 'F()'
    def __float__(self): return 2.5
class C:
    def __repr__(self): return 'C()'
    def __complex__(self): return 1 + 1j
class I:
    def __repr__(self): return 'I()'
    def __index__(self): return 9
class T:
    def __repr__(self): return 'T()'
    def __trunc__(self): return 4
t("complex", complex, F())
t("complex", complex, C(), F())
t("float", float, I())
t("int", int, I())
t("int", int, F())
t("complex", complex, I())
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    t("int", int, T())
print(int("9" * 50), float("9" * 30), int("-" + "1_2" * 10))
print(float.fromhex(" 0x1.8p1 "), float.fromhex("-0X.1P-2"), float.fromhex("inf"), (1.75).hex(), (-0.0).hex())
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(3, "little"))
print((-129).to_bytes(2, "big", signed=True), int.from_bytes([1, 2, 3], "big"), (0).to_bytes(0, "big"))
