// str, bytes and bytearray: the declarations beyond objects.h that the interpreter's fast
// paths and other runtime files use.
//
// Representation (object.h): a Str holds its UTF-8 bytes inline, NUL-terminated. Lone
// surrogates are stored as their 3-byte generalized UTF-8 form, so every Python str is
// representable and UTF-8 byte order equals code point order. `length` counts code points;
// `ascii` means byte index == code point index (O(1) indexing). A non-ASCII str longer than
// kStrIndexStride code points carries a skip index after its data (Object::flags bit
// kStrHasIndex): the byte offset of every kStrIndexStride-th code point, so indexing is
// O(kStrIndexStride) instead of O(n). Strs are immutable once built; build them through
// new_str or str_new_raw + str_seal.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/objects.h"

namespace taipan::runtime {

// ---------- construction ----------
inline constexpr uint32_t kStrHasIndex = 1;     // Str::flags bit
inline constexpr uint32_t kStrIndexStride = 64;  // code points per skip-index entry
// Allocates a Str of nbytes bytes holding `length` code points (both known in advance);
// the caller fills s->data[0..nbytes) and then calls str_seal. nullptr with MemoryError set
// on failure (also for strings over ~4 GiB, the limit of Str::nbytes).
Str* str_new_raw(VM& vm, size_t nbytes, size_t length, bool ascii);
void str_seal(Str* s);  // builds the skip index (if any) once the data is written
Value new_str_ascii(VM& vm, std::string_view ascii);  // caller guarantees every byte < 0x80
// One-character string for an ASCII code (cached: interned).
Value str_ascii_char(VM& vm, uint32_t c);
// Str or the wrapped Str of a str-subclass instance; nullptr for anything else.
inline Str* str_unwrap(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Str) return static_cast<Str*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_str(b)) return as_str(b);
  }
  return nullptr;
}
// parse_args with the wording of CPython's argument-clinic methods: "'x' is an invalid
// keyword argument for f()" and "f() takes at most N arguments (M given)".
Status clinic_args(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames, const char* const* names,
                   size_t nnames, size_t nrequired, Value* out, size_t npos_only = 0);
// Counts code points of valid (generalized) UTF-8.
size_t utf8_length(std::string_view s);
bool utf8_is_ascii(std::string_view s);
// Code point index of byte offset `off` (which must start a code point).
int64_t str_cp_index(Str* s, size_t off);

// ---------- core operations (fast paths of ops.cpp call these) ----------
int str_compare(Str* a, Str* b);  // <0, 0, >0 in code point order
Value str_mul(VM& vm, Str* s, int64_t n);
Value str_iter_next(VM& vm, Iter* it);  // null, no exception, when exhausted
Value str_join(VM& vm, Str* sep, Value iterable);
Value str_repr(VM& vm, Str* s);
int str_contains(Str* hay, Str* needle);  // 1 / 0
Value str_substr(VM& vm, Str* s, int64_t start, int64_t stop);  // code points, 0 <= start <= stop <= len
// s.split() / s.split(sep) with maxsplit (-1 = all); sep null for whitespace splitting.
Value str_split(VM& vm, Str* s, Str* sep, int64_t maxsplit);
Value str_split_ws(VM& vm, Str* s, int64_t maxsplit);
// Builds a str subclass instance (cls != str) wrapping the exact str `s`.
Value str_wrap_subclass(VM& vm, Type* cls, Value s);
uint64_t hash_bytes(const void* data, size_t n);
// The str/bytes hash value: hash_bytes folded into the small-int range (so hash(s) never
// allocates and hash(hash(s)) == hash(s)), never -1.
inline int64_t hash_fold(uint64_t h) {
  int64_t r = int64_t(h << 16) >> 16;
  return r == -1 ? -2 : r;
}

// ---------- formatting (str_format.cpp) ----------
Value str_format_method(VM& vm, Str* fmt, Value* args, size_t nargs, Value kwargs_dict);
// bytes % args (CPython's bytes formatting); `is_bytearray` selects the result type.
Value bytes_format_percent(VM& vm, std::string_view fmt, Value args, bool is_bytearray);

// ---------- codecs (str_codec.cpp) ----------
// str.encode / bytes.decode; encoding and errors are Str* or null for the defaults.
Value str_encode(VM& vm, Str* s, Str* encoding, Str* errors);
Value bytes_decode(VM& vm, std::string_view data, Str* encoding, Str* errors);
// Strict UTF-8 decoding into a str (used by the loader and the host API); raises
// UnicodeDecodeError on invalid input.
Value str_from_utf8(VM& vm, std::string_view data);
// The same for encodings the builtin codecs do not know, through the codec registry
// (modules/codecs.cpp: codecs.lookup, which imports the `encodings` package).
Value codec_registry_encode(VM& vm, Str* s, Str* encoding, Str* errors);
Value codec_registry_decode(VM& vm, std::string_view data, Str* encoding, Str* errors);

// ---------- unicode database (str_unicode.cpp) ----------
enum UnicodeFlag : uint16_t {
  kUAlpha = 1, kUDecimal = 2, kUDigit = 4, kUNumeric = 8, kUSpace = 16, kUPrintable = 32,
  kULower = 64, kUUpper = 128, kUTitle = 256, kUXidStart = 512, kUXidContinue = 1024,
  kUCaseIgnorable = 2048, kUCased = 4096, kUException = 8192,
};
struct UnicodeRecord {
  uint16_t flags;
  int8_t decimal;   // 0..9 for decimal digits, else -1
  int32_t upper;    // simple upper-case delta
  int32_t lower;    // simple lower-case delta
};
const UnicodeRecord& unicode_record(uint32_t cp);
inline uint16_t unicode_flags(uint32_t cp) { return unicode_record(cp).flags; }
inline int unicode_decimal(uint32_t cp) { return unicode_record(cp).decimal; }
bool unicode_isspace(uint32_t cp);
enum class CaseKind : uint8_t { Upper, Lower, Title, Fold };
// Full case mapping of one code point; writes 1..3 code points to out, returns the count.
int unicode_case_map(uint32_t cp, CaseKind kind, uint32_t out[3]);

// ---------- bytes ----------
// bytes or bytearray (or a subclass instance of either): the byte view; false otherwise.
bool bytes_view(Value v, std::string_view& out);
Value bytes_iter_next(VM& vm, Iter* it);  // null, no exception, when exhausted
std::string bytes_repr_body(std::string_view data);  // b'...' with CPython's escaping
Value bytes_repr(VM& vm, Value b);
// bytes(x) conversion of an arbitrary object into a byte string (bytes()/bytearray() rules).
Status bytes_from_object(VM& vm, Value obj, std::string& out, const char* type_name);
bool bytes_is_bytearray(Value v);      // bytearray or a subclass instance
ByteArray* bytearray_unwrap(Value v);  // the ByteArray of a bytearray (or subclass instance)
Value bytes_make(VM& vm, bool bytearray, std::string_view data);
Status bytearray_resize(VM& vm, ByteArray* b, size_t n);  // may move b->data

// ---------- memoryview (memoryview.cpp) ----------
bool is_memoryview(Value v);
// The bytes of an unreleased C-contiguous memoryview (bytes_view accepts those too).
bool memoryview_contiguous(Value v, std::string_view& out);
// The bytes of a memoryview in C order (any strides); ValueError if released.
Status memoryview_to_bytes(VM& vm, Value v, std::string& out);
// BufferError when a memoryview of b is unreleased (b cannot change size).
Status bytearray_check_resize(VM& vm, ByteArray* b);

// init helpers of the split files (called from init_str / init_bytes)
void init_str_methods(VM& vm);
void init_str_format(VM& vm);
void init_str_codecs(VM& vm);
void init_bytes_methods(VM& vm);

}  // namespace taipan::runtime
