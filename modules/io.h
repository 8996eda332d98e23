// Internal declarations shared by the files of the _io module (modules/io.cpp: the module,
// the abstract bases, FileIO and open(); io_memory.cpp: StringIO and BytesIO;
// io_buffered.cpp: BufferedReader/Writer/Random/RWPair; io_text.cpp: TextIOWrapper and
// IncrementalNewlineDecoder).
//
// Class layout, as CPython's: _IOBase <- _RawIOBase <- FileIO, _IOBase <- _BufferedIOBase <-
// BytesIO / Buffered*, _IOBase <- _TextIOBase <- StringIO / TextIOWrapper. The four abstract
// bases have the Instance layout and no native constructor, so a Python subclass of them is
// a plain instance and their methods (readline, readlines, __iter__, __enter__, ...) receive
// that instance and reach its methods dynamically. The concrete types are native types with
// the Opaque layout (their own structs below, found by their trace function); a Python
// subclass of one wraps the native object in Instance::base_value.
//
// File descriptors: a FileIO owns an FdState (malloc'd, outside the GC heap) holding the
// descriptor. A Buffered object over a native FileIO shares that FdState (refs counts the
// holders), so that whichever of the two is finalized last closes the descriptor and the
// Buffered object can still write out its pending bytes when the collector finalizes both
// in the same sweep (or at VM exit, when the heap finalizes everything). A TextIOWrapper over
// a native Buffered object writes through to it, so it never holds unwritten data itself.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime::io {

inline constexpr int64_t kDefaultBufferSize = 8192;

// A growable byte buffer owned by a heap object, its memory reported to the heap. Zeroed
// memory is a valid empty buffer (heap objects are allocated zeroed).
struct ByteBuf {
  char* data;
  size_t len, cap;
  Status reserve(VM& vm, size_t n) {
    if (n <= cap) return Status::Ok;
    size_t ncap = cap ? cap : 64;
    while (ncap < n) ncap *= 2;
    void* p = data ? vm.heap.external_realloc(data, cap, ncap) : vm.heap.external_alloc(ncap);
    if (!p) {
      raise_no_memory(vm);
      return Status::Error;
    }
    data = static_cast<char*>(p);
    cap = ncap;
    return Status::Ok;
  }
  Status append(VM& vm, std::string_view s) {
    if (failed(reserve(vm, len + s.size()))) return Status::Error;
    if (!s.empty()) std::memcpy(data + len, s.data(), s.size());
    len += s.size();
    return Status::Ok;
  }
  void release(VM& vm) {
    if (data) vm.heap.external_free(data, cap);
    data = nullptr;
    len = cap = 0;
  }
  std::string_view view() const { return {data, len}; }
};

// The OS-level state of a file descriptor, shared by a FileIO and a Buffered over it.
struct FdState {
  int fd;         // -1 once closed
  bool closefd;   // close the descriptor when the file is closed
  int refs;       // objects holding this state
};
void fd_release(FdState* st);  // drops one reference; the last one closes and frees

// ---------- errors ----------
Type* io_type(VM& vm, const char* name);  // a type of the _io module
Value raise_unsupported(VM& vm, const char* msg);  // io.UnsupportedOperation(msg)
Value raise_closed(VM& vm, const char* msg = "I/O operation on closed file.");
// OSError subclass chosen by errno (FileNotFoundError, ...), with (errno, strerror[, filename]).
Value raise_os_error(VM& vm, int err, Value filename = Value::null());

// ---------- arguments ----------
// An optional size: None or absent -> -1; ints (and __index__) as themselves;
// else "argument should be integer or None, not 'T'".
Status size_arg(VM& vm, Value v, int64_t& out);
// An integer argument through __index__ ("'T' object cannot be interpreted as an integer").
Status int_arg(VM& vm, Value v, int64_t& out);
// Calls a method and discards the result.
Status call_void(VM& vm, Value obj, const char* name);
// The truth of obj.name (e.g. "closed"): 1, 0 or -1 on error.
int attr_truth(VM& vm, Value obj, const char* name);

// ---------- FileIO fast paths (modules/io.cpp) ----------
struct FileIO;
FileIO* as_fileio(Value v);  // the exact native FileIO, else nullptr
FdState* fileio_state(FileIO* f);

// ---------- Buffered fast paths (io_buffered.cpp), used by TextIOWrapper ----------
struct Buffered;
Buffered* as_buffered(Value v);  // an exact native Buffered*, else nullptr
Status buffered_write(VM& vm, Buffered* b, std::string_view data);
// Reads up to n bytes with at most one raw read (read1); empty at EOF.
Status buffered_read1(VM& vm, Buffered* b, int64_t n, std::string& out);
Status buffered_read_all(VM& vm, Buffered* b, std::string& out);
Status buffered_flush(VM& vm, Buffered* b);
int buffered_closed(VM& vm, Buffered* b);  // 1, 0, -1 on error

// TextIOWrapper's `mode` attribute, which open() sets (io_text.cpp).
void textio_set_mode(Value wrapper, Value mode);

// ---------- module parts ----------
Status init_memory_types(VM& vm, Module* m, Type* buffered_base, Type* text_base);
Status init_buffered_types(VM& vm, Module* m, Type* buffered_base);
Status init_text_types(VM& vm, Module* m, Type* text_base);

// Encoding helpers (io_text.cpp): the category of a codec name.
enum class CodecKind : uint8_t { Utf8, Utf8Sig, Latin1, Ascii, Other };
CodecKind codec_kind(std::string_view name);

}  // namespace taipan::runtime::io
