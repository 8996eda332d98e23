// The zlib module over the system's zlib (Debian's zlib1g): compress/decompress, the
// streaming Compress and Decompress objects, crc32 and adler32, with CPython 3.11's
// signatures, results, error types and messages. Built only where CMake found zlib and
// the target is not WebAssembly (TAIPAN_HAVE_ZLIB); elsewhere this file is empty and
// `import zlib` fails as it did before.
//
// Byte identity with CPython: deflate's output depends on the output space it is given at
// level 0 (stored blocks fill what is available), so output grows in CPython's block
// schedule (OutBuf below: 32 KiB, 64 KiB, 256 KiB, ... capped at 256 MiB per block; the
// first block of decompress() is its bufsize). Inputs are fed in pieces of at most
// UINT_MAX bytes, zlib's avail_in being 32 bits.
//
// ZObj (Opaque layout): a z_stream kept inline (objects never move, and zlib's state
// points back at its stream), whether the stream is initialised (the finalizer ends it),
// and, for Decompress, the traced Values unused_data, unconsumed_tail and zdict (null when
// not given). zlib allocates through the heap's external accounting (zalloc below), so
// the heap cap and the collection trigger see its windows and hash tables.
//
// zlib.Compress and zlib.Decompress are not module attributes (as in CPython); the module
// functions compressobj/decompressobj are bound to their type (Builtin::self), which keeps
// the type alive and lets the function find it. zlib.error is looked up in the module.
#ifdef TAIPAN_HAVE_ZLIB
#include <zlib.h>

#include <climits>
#include <cstring>
#include <string>

#include "runtime/bigint.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

struct ZObj : Object {
  z_stream zs;
  bool initialised;
  bool eof;
  bool decompress;
  Value unused_data;      // Decompress: bytes after the end of the stream
  Value unconsumed_tail;  // Decompress: input kept back by max_length
  Value zdict;            // Decompress: the dictionary object, or null
};

void trace_zobj(Object* o, Marker& m) {
  auto* z = static_cast<ZObj*>(o);
  m.mark(z->unused_data);
  m.mark(z->unconsumed_tail);
  m.mark(z->zdict);
}

void fin_zobj(VM&, Object* o) {
  auto* z = static_cast<ZObj*>(o);
  if (!z->initialised) return;
  if (z->decompress)
    inflateEnd(&z->zs);
  else
    deflateEnd(&z->zs);
  z->initialised = false;
}

// zlib's allocator: external heap memory, its size in a 16-byte prefix for external_free.
constexpr size_t kAllocPrefix = 16;
voidpf z_alloc(voidpf opaque, uInt items, uInt size) {
  VM& vm = *static_cast<VM*>(opaque);
  size_t bytes = size_t(items) * size_t(size) + kAllocPrefix;
  auto* p = static_cast<char*>(vm.heap.external_alloc(bytes));
  if (!p) return Z_NULL;
  std::memcpy(p, &bytes, sizeof bytes);
  return p + kAllocPrefix;
}
void z_free(voidpf opaque, voidpf address) {
  if (!address) return;
  VM& vm = *static_cast<VM*>(opaque);
  char* p = static_cast<char*>(address) - kAllocPrefix;
  size_t bytes;
  std::memcpy(&bytes, p, sizeof bytes);
  vm.heap.external_free(p, bytes);
}

void stream_setup(VM& vm, z_stream& zs) {
  std::memset(&zs, 0, sizeof zs);
  zs.zalloc = z_alloc;
  zs.zfree = z_free;
  zs.opaque = &vm;
}

// ---------- errors ----------

Type* zlib_error_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "zlib");
  Value err = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "error") : Value::null();
  return is_layout(err, Layout::Type) ? err.as<Type>() : vm.Exception;
}

// zlib.error("Error <code> <what>: <zlib's message>"), with CPython's fallbacks when zlib
// gave no message.
Value zlib_error(VM& vm, const z_stream& zs, int err, const char* what) {
  const char* zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zs.msg;
  if (!zmsg) {
    if (err == Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err == Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err == Z_DATA_ERROR) zmsg = "invalid input data";
  }
  if (!zmsg) return raise(vm, zlib_error_type(vm), "Error %d %s", err, what);
  std::string detail(zmsg, strnlen(zmsg, 200));
  return raise(vm, zlib_error_type(vm), "Error %d %s: %s", err, what, detail.c_str());
}

Value zlib_error_plain(VM& vm, const char* msg) { return raise(vm, zlib_error_type(vm), "%s", msg); }

// ---------- arguments ----------

// A bytes-like argument (Py_buffer): bytes, bytearray, array.array, a contiguous memoryview.
bool buffer_arg(VM& vm, Value v, std::string_view& out) {
  if (bytes_view(v, out)) return true;
  if (is_memoryview(v))
    raise(vm, vm.BufferError, "memoryview: underlying buffer is not C-contiguous");
  else
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

// Argument clinic's count check for positional-only parameters, made before keywords are
// looked at: "compress() takes at least 1 positional argument (0 given)".
Status min_positional(VM& vm, const char* fname, size_t nargs, size_t minpos, size_t maxpos) {
  if (nargs >= minpos) return Status::Ok;
  raise(vm, vm.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
        minpos < maxpos ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", nargs);
  return Status::Error;
}

// An integer argument (__index__) that must fit in [lo, hi]; OverflowError "Python int too
// large to convert to C <ctype>" otherwise, as argument clinic's `int` and `Py_ssize_t`.
Status ranged_arg(VM& vm, Value v, int64_t lo, int64_t hi, const char* ctype, int64_t& out) {
  Value i = v.is_small() ? v : index_value(vm, v);
  if (i.is_null()) return Status::Error;
  bool fits = i.is_small();
  if (!fits) {
    BigInt b = to_bigint(i);
    fits = b.fits_i64();
    if (fits) out = b.to_i64();
  } else {
    out = i.as_small();
  }
  if (!fits || out < lo || out > hi) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C %s", ctype);
    return Status::Error;
  }
  return Status::Ok;
}

Status int_arg(VM& vm, Value v, int& out) {
  if (v.is_null()) return Status::Ok;
  int64_t x;
  if (failed(ranged_arg(vm, v, INT_MIN, INT_MAX, "int", x))) return Status::Error;
  out = int(x);
  return Status::Ok;
}

Status ssize_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_null()) return Status::Ok;
  return ranged_arg(vm, v, INT64_MIN, INT64_MAX, "ssize_t", out);
}


// ---------- buffers ----------

// Feeds input in pieces zlib's 32-bit avail_in can hold; `remaining` counts what is left.
void arrange_input(z_stream& zs, size_t& remaining) {
  uInt n = remaining > UINT_MAX ? UINT_MAX : uInt(remaining);
  zs.avail_in = n;
  remaining -= n;
}

// The output, grown in CPython's block schedule (see the top of the file); `limit` < 0
// means unbounded.
struct OutBuf {
  static constexpr size_t kKB = 1024, kMB = 1024 * 1024;
  static constexpr size_t kBlocks[] = {32 * kKB, 64 * kKB, 256 * kKB, kMB,      4 * kMB,  8 * kMB,
                                       16 * kMB, 16 * kMB, 32 * kMB,  32 * kMB, 32 * kMB, 32 * kMB,
                                       64 * kMB, 64 * kMB, 128 * kMB, 128 * kMB, 256 * kMB};
  std::string data;
  size_t nblocks = 0;
  int64_t limit = -1;

  // Reserves `block` more bytes and points zlib at them; false (MemoryError) if no room.
  bool add(VM& vm, z_stream& zs, size_t block) {
    size_t used = data.size();
    if (!vm.heap.has_room(block)) {
      raise_no_memory(vm);
      return false;
    }
    data.resize(used + block);
    zs.next_out = reinterpret_cast<Bytef*>(&data[0] + used);
    zs.avail_out = block > UINT_MAX ? UINT_MAX : uInt(block);
    if (block > UINT_MAX) data.resize(used + UINT_MAX);
    nblocks++;
    return true;
  }
  bool init(VM& vm, z_stream& zs, int64_t max_length) {
    limit = max_length;
    size_t block = kBlocks[0];
    if (limit >= 0 && size_t(limit) < block) block = size_t(limit);
    return add(vm, zs, block);
  }
  bool init_size(VM& vm, z_stream& zs, size_t size) { return add(vm, zs, size); }
  // The bytes written so far.
  size_t size(const z_stream& zs) const { return data.size() - zs.avail_out; }
  bool full(const z_stream& zs) const { return limit >= 0 && int64_t(size(zs)) >= limit; }
  // Called when avail_out is 0.
  bool grow(VM& vm, z_stream& zs) {
    size_t block = nblocks < std::size(kBlocks) ? kBlocks[nblocks] : kBlocks[std::size(kBlocks) - 1];
    if (limit >= 0) {
      size_t rest = size_t(limit) - data.size();
      if (block > rest) block = rest;
    }
    return add(vm, zs, block);
  }
  Value finish(VM& vm, const z_stream& zs) { return new_bytes(vm, std::string_view(data.data(), size(zs))); }
};

// ---------- one-shot functions ----------

// compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)
Value f_compress(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "level", "wbits"};
  Value a[3];
  if (failed(min_positional(vm, "compress", nargs, 1, 3)) ||
      failed(clinic_args(vm, "compress", args, nargs, kwnames, names, 3, 1, a, 1))) return Value::null();
  std::string_view data;
  if (!buffer_arg(vm, a[0], data)) return Value::null();
  int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  if (failed(int_arg(vm, a[1], level)) || failed(int_arg(vm, a[2], wbits))) return Value::null();
  std::string input(data);  // the buffer may be a bytearray, and has_room() may collect
  z_stream zs;
  stream_setup(vm, zs);
  OutBuf out;
  if (!out.init(vm, zs, -1)) return Value::null();
  zs.next_in = reinterpret_cast<Bytef*>(input.data());
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return zlib_error_plain(vm, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zs);
    return zlib_error(vm, zs, err, "while compressing data");
  }
  size_t remaining = input.size();
  int flush;
  do {
    arrange_input(zs, remaining);
    flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      if (zs.avail_out == 0 && !out.grow(vm, zs)) {
        deflateEnd(&zs);
        return Value::null();
      }
      err = deflate(&zs, flush);
      if (err == Z_STREAM_ERROR) {
        deflateEnd(&zs);
        return zlib_error(vm, zs, err, "while compressing data");
      }
    } while (zs.avail_out == 0);
  } while (flush != Z_FINISH);
  err = deflateEnd(&zs);
  if (err != Z_OK) return zlib_error(vm, zs, err, "while finishing compression");
  return out.finish(vm, zs);
}

// decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)
Value f_decompress(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "wbits", "bufsize"};
  Value a[3];
  if (failed(min_positional(vm, "decompress", nargs, 1, 3)) ||
      failed(clinic_args(vm, "decompress", args, nargs, kwnames, names, 3, 1, a, 1))) return Value::null();
  std::string_view data;
  if (!buffer_arg(vm, a[0], data)) return Value::null();
  int wbits = MAX_WBITS;
  int64_t bufsize = 16384;
  if (failed(int_arg(vm, a[1], wbits)) || failed(ssize_arg(vm, a[2], bufsize))) return Value::null();
  if (bufsize < 0) return raise(vm, vm.ValueError, "bufsize must be non-negative");
  if (bufsize == 0) bufsize = 1;
  std::string input(data);
  z_stream zs;
  stream_setup(vm, zs);
  OutBuf out;
  if (!out.init_size(vm, zs, size_t(bufsize))) return Value::null();
  zs.next_in = reinterpret_cast<Bytef*>(input.data());
  int err = inflateInit2(&zs, wbits);
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zs);
    return zlib_error(vm, zs, err, "while preparing to decompress data");
  }
  size_t remaining = input.size();
  do {
    arrange_input(zs, remaining);
    int flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      if (zs.avail_out == 0 && !out.grow(vm, zs)) {
        inflateEnd(&zs);
        return Value::null();
      }
      err = inflate(&zs, flush);
      if (err == Z_MEM_ERROR) {
        inflateEnd(&zs);
        return raise(vm, vm.MemoryError, "Out of memory while decompressing data");
      }
      if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        inflateEnd(&zs);
        return zlib_error(vm, zs, err, "while decompressing data");
      }
    } while (zs.avail_out == 0);
  } while (err != Z_STREAM_END && remaining != 0);
  if (err != Z_STREAM_END) {
    inflateEnd(&zs);
    return zlib_error(vm, zs, Z_BUF_ERROR, "while decompressing data");
  }
  err = inflateEnd(&zs);
  if (err != Z_OK) return zlib_error(vm, zs, err, "while finishing decompression");
  return out.finish(vm, zs);
}

// crc32(data, value=0, /) and adler32(data, value=1, /)
Value checksum(VM& vm, const char* fname, uLong (*fn)(uLong, const Bytef*, uInt), uint32_t start, Value* args,
               size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "zlib.%s() takes no keyword arguments", fname);
  if (failed(check_positional(vm, fname, nargs, kwnames, 1, 2))) return Value::null();
  std::string_view data;
  if (!buffer_arg(vm, args[0], data)) return Value::null();
  uint32_t value = start;
  if (nargs > 1 && failed(uint32_mask_arg(vm, args[1], value))) return Value::null();
  uLong v = value;
  const Bytef* p = reinterpret_cast<const Bytef*>(data.data());
  size_t n = data.size();
  do {
    uInt chunk = n > UINT_MAX ? UINT_MAX : uInt(n);
    v = fn(v, p, chunk);
    p += chunk;
    n -= chunk;
  } while (n);
  return new_int(vm, int64_t(v & 0xFFFFFFFFu));
}

Value f_crc32(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return checksum(vm, "crc32", crc32, 0, args, nargs, kw); }
Value f_adler32(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return checksum(vm, "adler32", adler32, 1, args, nargs, kw);
}

// ---------- Compress and Decompress objects ----------

ZObj* new_zobj(VM& vm, Type* t, bool decompress) {
  auto* z = static_cast<ZObj*>(vm.heap.alloc(sizeof(ZObj), t));
  if (!z) {
    raise_no_memory(vm);
    return nullptr;
  }
  stream_setup(vm, z->zs);
  z->initialised = false;
  z->eof = false;
  z->decompress = decompress;
  z->unused_data = Value::null();
  z->unconsumed_tail = Value::null();
  z->zdict = Value::null();
  return z;
}

ZObj* zobj_of(VM& vm, Value v, bool decompress, const char* method) {
  if (v.is_ptr() && v.as_ptr()->type->trace == trace_zobj && v.as<ZObj>()->decompress == decompress)
    return v.as<ZObj>();
  raise(vm, vm.TypeError, "descriptor '%s' requires a 'zlib.%s' object but received a '%s'", method,
        decompress ? "Decompress" : "Compress", type_name(vm, v));
  return nullptr;
}

// compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
//             memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None); self is the type.
Value f_compressobj(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
  Value a[6];
  if (failed(clinic_args(vm, "compressobj", args, nargs, kwnames, names, 6, 0, a))) return Value::null();
  int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, mem_level = 8,
      strategy = Z_DEFAULT_STRATEGY;
  if (failed(int_arg(vm, a[0], level)) || failed(int_arg(vm, a[1], method)) || failed(int_arg(vm, a[2], wbits)) ||
      failed(int_arg(vm, a[3], mem_level)) || failed(int_arg(vm, a[4], strategy)))
    return Value::null();
  std::string zdict;
  bool has_zdict = false;
  if (!a[5].is_null() && !a[5].is_none()) {
    std::string_view view;
    if (!buffer_arg(vm, a[5], view)) return Value::null();
    if (view.size() > UINT_MAX) return raise(vm, vm.OverflowError, "zdict length does not fit in an unsigned int");
    zdict = std::string(view);
    has_zdict = true;
  }
  ZObj* z = new_zobj(vm, self.as<Type>(), false);
  if (!z) return Value::null();
  Root rz(vm, Value::ptr(z));
  int err = deflateInit2(&z->zs, level, method, wbits, mem_level, strategy);
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Can't allocate memory for compression object");
  if (err == Z_STREAM_ERROR) return raise(vm, vm.ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(vm, z->zs, err, "while creating compression object");
  z->initialised = true;
  if (has_zdict) {
    err = deflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(zdict.data()), uInt(zdict.size()));
    if (err == Z_STREAM_ERROR) return raise(vm, vm.ValueError, "Invalid dictionary");
    if (err != Z_OK) return raise(vm, vm.ValueError, "deflateSetDictionary()");
  }
  return rz.value;
}

// Runs deflate(mode) over the stream's pending input until it wants no more output space.
Value deflate_all(VM& vm, ZObj* z, Value self, std::string_view input, int mode, const char* what) {
  Root rs(vm, self);
  std::string copy(input);
  OutBuf out;
  if (!out.init(vm, z->zs, -1)) return Value::null();
  z->zs.next_in = reinterpret_cast<Bytef*>(copy.data());
  size_t remaining = copy.size();
  int err;
  do {
    arrange_input(z->zs, remaining);
    do {
      if (z->zs.avail_out == 0 && !out.grow(vm, z->zs)) return Value::null();
      err = deflate(&z->zs, mode);
      if (err == Z_STREAM_ERROR) return zlib_error(vm, z->zs, err, what);
    } while (z->zs.avail_out == 0);
  } while (remaining != 0);
  if (mode == Z_FINISH && err == Z_STREAM_END) {
    z->initialised = false;
    err = deflateEnd(&z->zs);
    if (err != Z_OK) return zlib_error(vm, z->zs, err, "while finishing compression");
  } else if (mode != Z_NO_FLUSH && err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(vm, z->zs, err, what);
  }
  Value r = out.finish(vm, z->zs);
  z->zs.next_out = nullptr;
  z->zs.avail_out = 0;
  z->zs.next_in = nullptr;
  return r;
}

// Compress.compress(data, /)
Value c_compress(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data"};
  Value a[1];
  if (failed(min_positional(vm, "compress", nargs, 1, 1)) ||
      failed(clinic_args(vm, "compress", args, nargs, kwnames, names, 1, 1, a, 1))) return Value::null();
  ZObj* z = zobj_of(vm, self, false, "compress");
  if (!z) return Value::null();
  std::string_view data;
  if (!buffer_arg(vm, a[0], data)) return Value::null();
  return deflate_all(vm, z, self, data, Z_NO_FLUSH, "while compressing data");
}

// Compress.flush(mode=Z_FINISH, /)
Value c_flush(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"mode"};
  Value a[1];
  if (failed(clinic_args(vm, "flush", args, nargs, kwnames, names, 1, 0, a, 1))) return Value::null();
  ZObj* z = zobj_of(vm, self, false, "flush");
  if (!z) return Value::null();
  int mode = Z_FINISH;
  if (failed(int_arg(vm, a[0], mode))) return Value::null();
  if (mode == Z_NO_FLUSH) return new_bytes(vm, "");
  return deflate_all(vm, z, self, std::string_view(), mode, "while flushing");
}

// copy() and __copy__(): "copy() takes no arguments" (CPython 3.11 ignores keywords there).
Status no_args(VM& vm, const char* fname, size_t nargs, Tuple*) {
  if (!nargs) return Status::Ok;
  raise(vm, vm.TypeError, "%s() takes no arguments", fname);
  return Status::Error;
}

// Compress.copy(), __copy__(), __deepcopy__(memo)
Value c_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  ZObj* z = zobj_of(vm, self, false, "copy");
  if (!z) return Value::null();
  if (!z->initialised) return raise(vm, vm.ValueError, "Inconsistent stream state");
  Root rs(vm, self);
  ZObj* c = new_zobj(vm, self.as_ptr()->type, false);
  if (!c) return Value::null();
  Root rc(vm, Value::ptr(c));
  z = self.as<ZObj>();
  int err = deflateCopy(&c->zs, &z->zs);
  if (err == Z_STREAM_ERROR) return raise(vm, vm.ValueError, "Inconsistent stream state");
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Can't allocate memory for compression object");
  if (err != Z_OK) return zlib_error(vm, z->zs, err, "while copying compression object");
  c->initialised = true;
  return rc.value;
}

// Decompress: the input's unread part after an inflate loop over [base, base + len): past the
// end of the stream it joins unused_data; otherwise it is the unconsumed_tail (CPython keeps a
// non-empty old tail updated even when the stream ends: so does this).
Status save_unconsumed(VM& vm, Value self, const char* base, size_t len, int err) {
  ZObj* z = self.as<ZObj>();
  const char* next = reinterpret_cast<const char*>(z->zs.next_in);
  size_t left = next ? size_t(base + len - next) : 0;
  bool pending = left > 0;
  if (err == Z_STREAM_END && left > 0) {
    std::string_view old;
    bytes_view(z->unused_data, old);
    std::string joined(old);
    joined.append(next, left);
    Value nd = new_bytes(vm, joined);
    if (nd.is_null()) return Status::Error;
    self.as<ZObj>()->unused_data = nd;
    pending = false;
  }
  z = self.as<ZObj>();
  std::string_view tail;
  bytes_view(z->unconsumed_tail, tail);
  if (pending || !tail.empty()) {
    Value nt = new_bytes(vm, std::string_view(next ? next : "", left));
    if (nt.is_null()) return Status::Error;
    self.as<ZObj>()->unconsumed_tail = nt;
  }
  return Status::Ok;
}

Status set_inflate_zdict(VM& vm, ZObj* z) {
  std::string_view dict;
  if (!bytes_view(z->zdict, dict)) {
    raise(vm, vm.TypeError, "zdict argument must support the buffer protocol");
    return Status::Error;
  }
  if (dict.size() > UINT_MAX) {
    raise(vm, vm.OverflowError, "zdict length does not fit in an unsigned int");
    return Status::Error;
  }
  int err = inflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(dict.data()), uInt(dict.size()));
  if (err != Z_OK) {
    zlib_error(vm, z->zs, err, "while setting zdict");
    return Status::Error;
  }
  return Status::Ok;
}

// decompressobj(wbits=MAX_WBITS, zdict=b''); self is the type.
Value f_decompressobj(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"wbits", "zdict"};
  Value a[2];
  if (failed(clinic_args(vm, "decompressobj", args, nargs, kwnames, names, 2, 0, a))) return Value::null();
  int wbits = MAX_WBITS;
  if (failed(int_arg(vm, a[0], wbits))) return Value::null();
  std::string_view view;
  if (!a[1].is_null() && !bytes_view(a[1], view))
    return raise(vm, vm.TypeError, "zdict argument must support the buffer protocol");
  Value empty = new_bytes(vm, "");
  if (empty.is_null()) return empty;
  Root re(vm, empty);
  ZObj* z = new_zobj(vm, self.as<Type>(), true);
  if (!z) return Value::null();
  Root rz(vm, Value::ptr(z));
  z->unused_data = empty;
  z->unconsumed_tail = empty;
  z->zdict = a[1];
  int err = inflateInit2(&z->zs, wbits);
  if (err == Z_STREAM_ERROR) return raise(vm, vm.ValueError, "Invalid initialization option");
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Can't allocate memory for decompression object");
  if (err != Z_OK) return zlib_error(vm, z->zs, err, "while creating decompression object");
  z->initialised = true;
  if (!z->zdict.is_null() && wbits < 0 && failed(set_inflate_zdict(vm, z))) return Value::null();
  return rz.value;
}

// The inflate loop of Decompress.decompress (flush = Z_SYNC_FLUSH, output up to `limit`) and
// Decompress.flush (Z_FINISH on the last piece, unbounded output).
Value inflate_all(VM& vm, Value self, std::string_view data, OutBuf& out, bool finishing) {
  Root rs(vm, self);
  ZObj* z = self.as<ZObj>();
  z->zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  size_t remaining = data.size();
  int err = Z_OK;
  do {
    arrange_input(z->zs, remaining);
    int flush = finishing ? (remaining == 0 ? Z_FINISH : Z_NO_FLUSH) : Z_SYNC_FLUSH;
    do {
      if (z->zs.avail_out == 0) {
        if (out.full(z->zs)) goto save;
        if (!out.grow(vm, z->zs)) return Value::null();
      }
      err = inflate(&z->zs, flush);
      if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        if (err != Z_NEED_DICT || z->zdict.is_null()) goto save;
        if (failed(set_inflate_zdict(vm, z))) return Value::null();
      }
    } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
  } while (err != Z_STREAM_END && remaining != 0);
save:
  if (failed(save_unconsumed(vm, self, data.data(), data.size(), err))) return Value::null();
  z = self.as<ZObj>();
  if (finishing) {
    if (err == Z_STREAM_END) {
      z->eof = true;
      z->initialised = false;
      err = inflateEnd(&z->zs);
      if (err != Z_OK) return zlib_error(vm, z->zs, err, "while finishing decompression");
    }
  } else if (err == Z_STREAM_END) {
    z->eof = true;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(vm, z->zs, err, "while decompressing data");
  }
  Value r = out.finish(vm, z->zs);
  z = self.as<ZObj>();
  z->zs.next_in = nullptr;
  z->zs.avail_in = 0;
  z->zs.next_out = nullptr;
  z->zs.avail_out = 0;
  return r;
}

// Decompress.decompress(data, /, max_length=0)
Value d_decompress(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "max_length"};
  Value a[2];
  if (failed(min_positional(vm, "decompress", nargs, 1, 2)) ||
      failed(clinic_args(vm, "decompress", args, nargs, kwnames, names, 2, 1, a, 1))) return Value::null();
  ZObj* z = zobj_of(vm, self, true, "decompress");
  if (!z) return Value::null();
  std::string_view data;
  if (!buffer_arg(vm, a[0], data)) return Value::null();
  int64_t max_length = 0;
  if (failed(ssize_arg(vm, a[1], max_length))) return Value::null();
  if (max_length < 0) return raise(vm, vm.ValueError, "max_length must be non-negative");
  Root rs(vm, self);
  std::string input(data);  // a bytearray could change if has_room() runs a collection
  OutBuf out;
  if (!out.init(vm, self.as<ZObj>()->zs, max_length == 0 ? -1 : max_length)) return Value::null();
  return inflate_all(vm, self, input, out, false);
}

// Decompress.flush(length=DEF_BUF_SIZE, /)
Value d_flush(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"length"};
  Value a[1];
  if (failed(clinic_args(vm, "flush", args, nargs, kwnames, names, 1, 0, a, 1))) return Value::null();
  ZObj* z = zobj_of(vm, self, true, "flush");
  if (!z) return Value::null();
  int64_t length = 16384;
  if (failed(ssize_arg(vm, a[0], length))) return Value::null();
  if (length <= 0) return raise(vm, vm.ValueError, "length must be greater than zero");
  Root rs(vm, self);
  z = self.as<ZObj>();
  std::string_view tail;
  bytes_view(z->unconsumed_tail, tail);
  std::string input(tail);
  OutBuf out;
  if (!out.init_size(vm, self.as<ZObj>()->zs, size_t(length))) return Value::null();
  return inflate_all(vm, self, input, out, true);
}

// Decompress.copy(), __copy__(), __deepcopy__(memo)
Value d_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  ZObj* z = zobj_of(vm, self, true, "copy");
  if (!z) return Value::null();
  if (!z->initialised) return raise(vm, vm.ValueError, "Inconsistent stream state");
  Root rs(vm, self);
  ZObj* c = new_zobj(vm, self.as_ptr()->type, true);
  if (!c) return Value::null();
  Root rc(vm, Value::ptr(c));
  z = self.as<ZObj>();
  c->unused_data = z->unused_data;
  c->unconsumed_tail = z->unconsumed_tail;
  c->zdict = z->zdict;
  c->eof = z->eof;
  int err = inflateCopy(&c->zs, &z->zs);
  if (err == Z_STREAM_ERROR) return raise(vm, vm.ValueError, "Inconsistent stream state");
  if (err == Z_MEM_ERROR) return raise(vm, vm.MemoryError, "Can't allocate memory for decompression object");
  if (err != Z_OK) return zlib_error(vm, z->zs, err, "while copying decompression object");
  c->initialised = true;
  return rc.value;
}

Value g_unused_data(VM& vm, Value self, Value*, size_t, Tuple*) {
  ZObj* z = zobj_of(vm, self, true, "unused_data");
  return z ? z->unused_data : Value::null();
}
Value g_unconsumed_tail(VM& vm, Value self, Value*, size_t, Tuple*) {
  ZObj* z = zobj_of(vm, self, true, "unconsumed_tail");
  return z ? z->unconsumed_tail : Value::null();
}
Value g_eof(VM& vm, Value self, Value*, size_t, Tuple*) {
  ZObj* z = zobj_of(vm, self, true, "eof");
  return z ? Value::boolean(z->eof) : Value::null();
}

Value c_copy_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return failed(no_args(vm, "copy", nargs, kw)) ? Value::null() : c_copy(vm, self, args, 0, nullptr);
}
Value c_copy_dunder(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return failed(no_args(vm, "__copy__", nargs, kw)) ? Value::null() : c_copy(vm, self, args, 0, nullptr);
}
Value d_copy_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return failed(no_args(vm, "copy", nargs, kw)) ? Value::null() : d_copy(vm, self, args, 0, nullptr);
}
Value d_copy_dunder(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return failed(no_args(vm, "__copy__", nargs, kw)) ? Value::null() : d_copy(vm, self, args, 0, nullptr);
}

// ---------- the module ----------


Type* zobj_type(VM& vm, Module* m, const char* name, const MethodDef* methods, size_t n) {
  Type* t = native_type(vm, m, "zlib", name, Layout::Opaque, native_no_instances);
  if (!t) return nullptr;
  Root rt(vm, Value::ptr(t));
  (void)dict_del(vm, m->dict, Value::ptr(vm.intern(name)));  // not a module attribute
  t->trace = trace_zobj;
  t->finalize = fin_zobj;
  t->tflags &= ~kTypeBaseType;
  add_methods(vm, t, methods, n);
  return t;
}

Status add_constructor(VM& vm, Module* m, const char* name, NativeFn fn, Type* t) {
  Value f = new_builtin(vm, name, fn, Value::ptr(t), 0, -1, kBuiltinKeywords);
  if (f.is_null()) return Status::Error;
  Root rf(vm, f);
  return dict_set_cstr(vm, m->dict, name, f);
}

Value make_zlib(VM& vm) {
  Value mv = native_module(vm, "zlib");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "compressobj").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();

  // zlib.error, made like `class error(Exception): __module__ = 'zlib'`.
  if (add_exception_class(vm, m, "zlib", "error", vm.Exception).is_null()) return Value::null();

  static const MethodDef compress_methods[] = {
      {"compress", c_compress, 0, -1, kBuiltinKeywords},
      {"flush", c_flush, 0, -1, kBuiltinKeywords},
      {"copy", c_copy_m, 0, -1, kBuiltinKeywords},
      {"__copy__", c_copy_dunder, 0, -1, kBuiltinKeywords},
      {"__deepcopy__", c_copy, 1, 1, 0},
  };
  static const MethodDef decompress_methods[] = {
      {"decompress", d_decompress, 0, -1, kBuiltinKeywords},
      {"flush", d_flush, 0, -1, kBuiltinKeywords},
      {"copy", d_copy_m, 0, -1, kBuiltinKeywords},
      {"__copy__", d_copy_dunder, 0, -1, kBuiltinKeywords},
      {"__deepcopy__", d_copy, 1, 1, 0},
  };
  Type* ct = zobj_type(vm, m, "Compress", compress_methods, std::size(compress_methods));
  if (!ct) return Value::null();
  Root rct(vm, Value::ptr(ct));
  Type* dt = zobj_type(vm, m, "Decompress", decompress_methods, std::size(decompress_methods));
  if (!dt) return Value::null();
  Root rdt(vm, Value::ptr(dt));
  add_readonly_member(vm, dt, "unused_data", g_unused_data);
  add_readonly_member(vm, dt, "unconsumed_tail", g_unconsumed_tail);
  add_readonly_member(vm, dt, "eof", g_eof);
  type_modified(vm, dt);
  if (failed(add_constructor(vm, m, "compressobj", f_compressobj, ct)) ||
      failed(add_constructor(vm, m, "decompressobj", f_decompressobj, dt)))
    return Value::null();

  static const MethodDef fns[] = {
      {"compress", f_compress, 0, -1, kBuiltinKeywords},
      {"decompress", f_decompress, 0, -1, kBuiltinKeywords},
      {"crc32", f_crc32, 0, -1, kBuiltinKeywords},
      {"adler32", f_adler32, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);

  static const struct {
    const char* name;
    int value;
  } ints[] = {
      {"MAX_WBITS", MAX_WBITS},
      {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", 16384},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const auto& c : ints)
    if (failed(dict_set_cstr(vm, m->dict, c.name, Value::small(c.value)))) return Value::null();
  static const struct {
    const char* name;
    const char* value;
  } strs[] = {{"ZLIB_VERSION", ZLIB_VERSION}, {"ZLIB_RUNTIME_VERSION", zlibVersion()}, {"__version__", "1.0"}};
  for (const auto& c : strs) {
    Value s = new_str(vm, c.value);
    if (s.is_null()) return s;
    Root rs(vm, s);
    if (failed(dict_set_cstr(vm, m->dict, c.name, s))) return Value::null();
  }
  return mv;
}

}  // namespace

void init_zlib(VM& vm) { register_native_module(vm, "zlib", make_zlib); }

}  // namespace taipan::runtime

#endif  // TAIPAN_HAVE_ZLIB
