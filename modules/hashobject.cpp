// The _md5, _sha1 and _sha256 modules over the Md32Algo engine (see hashobject.h).
//
// HashObj (Opaque layout, no Values inside): the algorithm, 8 state words, the message length
// in bytes, and up to 63 buffered bytes of an unfinished block. digest() pads a copy, so an
// object can keep being updated after a digest, as in CPython.
#include <cstring>
#include <string>

#include "modules/hashobject.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

struct HashObj : Object {
  const Md32Algo* algo;
  uint32_t h[8];
  uint64_t length;
  uint32_t buflen;
  unsigned char buf[64];
};

void trace_hash(Object*, Marker&) {}

void hash_update(HashObj* s, const unsigned char* p, size_t n) {
  s->length += n;
  if (s->buflen) {
    size_t take = std::min<size_t>(n, 64 - s->buflen);
    if (take) std::memcpy(s->buf + s->buflen, p, take);
    s->buflen += uint32_t(take);
    p += take;
    n -= take;
    if (s->buflen < 64) return;
    s->algo->compress(s->h, s->buf);
    s->buflen = 0;
  }
  for (; n >= 64; p += 64, n -= 64) s->algo->compress(s->h, p);
  if (n) std::memcpy(s->buf, p, n);
  s->buflen = uint32_t(n);
}

std::string hash_digest(const HashObj* src) {
  HashObj s = *src;
  bool le = s.algo->little_endian;
  uint64_t bits = s.length << 3;
  unsigned char pad[128] = {0x80};
  size_t padlen = (s.buflen < 56 ? 56 : 120) - s.buflen;
  unsigned char lenbytes[8];
  for (int i = 0; i < 8; i++) lenbytes[i] = (unsigned char)(bits >> (le ? 8 * i : 56 - 8 * i));
  hash_update(&s, pad, padlen);
  hash_update(&s, lenbytes, 8);
  std::string out(s.algo->digest_size, '\0');
  for (uint32_t i = 0; i < s.algo->digest_size; i++) {
    int shift = le ? 8 * (i % 4) : 24 - 8 * (i % 4);
    out[i] = char(s.h[i / 4] >> shift);
  }
  return out;
}

HashObj* hash_of(VM& vm, Value v, const char* method) {
  if (v.is_ptr() && v.as_ptr()->type->trace == trace_hash) return v.as<HashObj>();
  raise(vm, vm.TypeError, "descriptor '%s' requires a hash object but received a '%s'", method, type_name(vm, v));
  return nullptr;
}

// The bytes of update()'s or the constructor's argument: a buffer, never a str.
Status hash_data(VM& vm, Value v, std::string& storage, std::string_view& out) {
  if (isinstance(vm, v, vm.str_type)) {
    raise(vm, vm.TypeError, "Strings must be encoded before hashing");
    return Status::Error;
  }
  if (bytes_view(v, out)) return Status::Ok;
  if (isinstance(vm, v, vm.memoryview_type)) {
    if (failed(bytes_from_object(vm, v, storage, "bytes"))) return Status::Error;
    out = storage;
    return Status::Ok;
  }
  raise(vm, vm.TypeError, "object supporting the buffer API required");
  return Status::Error;
}

Value m_update(VM& vm, Value self, Value* args, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "update");
  if (!s) return Value::null();
  std::string storage;
  std::string_view data;
  if (failed(hash_data(vm, args[0], storage, data))) return Value::null();
  hash_update(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::none();
}

Value m_digest(VM& vm, Value self, Value*, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "digest");
  if (!s) return Value::null();
  return new_bytes(vm, hash_digest(s));
}

Value m_hexdigest(VM& vm, Value self, Value*, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "hexdigest");
  if (!s) return Value::null();
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : hash_digest(s)) {
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  return new_str(vm, hex);
}

Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "copy");
  if (!s) return Value::null();
  Root rs(vm, self);
  auto* c = static_cast<HashObj*>(vm.heap.alloc(sizeof(HashObj), s->type));
  if (!c) return raise_no_memory(vm);
  s = self.as<HashObj>();
  c->algo = s->algo;
  std::memcpy(c->h, s->h, sizeof c->h);
  c->length = s->length;
  c->buflen = s->buflen;
  std::memcpy(c->buf, s->buf, sizeof c->buf);
  return Value::ptr(c);
}

Value g_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "name");
  return s ? new_str(vm, s->algo->name) : Value::null();
}
Value g_digest_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  HashObj* s = hash_of(vm, self, "digest_size");
  return s ? Value::small(s->algo->digest_size) : Value::null();
}
Value g_block_size(VM&, Value, Value*, size_t, Tuple*) { return Value::small(64); }

// md5(string=b'', *, usedforsecurity=True) and its kin; `algo` is the builtin's self.
Value hash_new(VM& vm, const Md32Algo* algo, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"string", "usedforsecurity"};
  if (nargs > 1)
    return raise(vm, vm.TypeError, "%s() takes at most 1 positional argument (%zu given)", algo->name, nargs);
  Value a[2];
  if (failed(parse_args(vm, algo->name, args, nargs, kw, names, 2, 0, a))) return Value::null();
  std::string storage;
  std::string_view data;
  Value src = a[0];
  Root rsrc(vm, src);
  if (!src.is_null() && failed(hash_data(vm, src, storage, data))) return Value::null();
  Value m = dict_get_cstr(vm, vm.modules, algo->module);
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, algo->type_alias) : Value::null();
  if (!is_layout(t, Layout::Type)) return raise(vm, vm.SystemError, "%s.%s is missing", algo->module, algo->type_alias);
  auto* s = static_cast<HashObj*>(vm.heap.alloc(sizeof(HashObj), t.as<Type>()));
  if (!s) return raise_no_memory(vm);
  s->algo = algo;
  std::memcpy(s->h, algo->init, sizeof s->h);
  s->length = 0;
  s->buflen = 0;
  // `data` points into src (rooted; objects never move) or into storage.
  if (!data.empty()) hash_update(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::ptr(s);
}

// One module function per algorithm (a native function has no closure, so one wrapper each).
Value fn_md5(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return hash_new(vm, &kMd5Algo, a, n, kw); }
Value fn_sha1(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return hash_new(vm, &kSha1Algo, a, n, kw); }
Value fn_sha224(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return hash_new(vm, &kSha224Algo, a, n, kw); }
Value fn_sha256(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return hash_new(vm, &kSha256Algo, a, n, kw); }

struct AlgoEntry {
  const Md32Algo* algo;
  NativeFn fn;
};

Value make_hash_module(VM& vm, const char* modname, const AlgoEntry* entries, size_t n) {
  Value mv = native_module(vm, modname);
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef methods[] = {
      {"update", m_update, 1, 1, 0},
      {"digest", m_digest, 0, 0, 0},
      {"hexdigest", m_hexdigest, 0, 0, 0},
      {"copy", m_copy, 0, 0, 0},
  };
  for (size_t i = 0; i < n; i++) {
    const Md32Algo* algo = entries[i].algo;
    Type* t = native_type(vm, m, modname, algo->name, Layout::Opaque, nullptr);
    if (!t) return Value::null();
    t->trace = trace_hash;
    t->finalize = nullptr;
    t->tflags &= ~kTypeBaseType;
    add_methods(vm, t, methods);
    add_getter(vm, t, "name", g_name);
    add_getter(vm, t, "digest_size", g_digest_size);
    add_getter(vm, t, "block_size", g_block_size);
    // The type is the module's XXXType; its plain name is the constructor function.
    Value tv = Value::ptr(t);
    if (failed(dict_set_cstr(vm, m->dict, algo->type_alias, tv))) return Value::null();
    MethodDef fn[] = {{algo->name, entries[i].fn, 0, -1, kBuiltinKeywords}};
    add_functions(vm, m, fn, 1);
  }
  return mv;
}

Value make_md5(VM& vm) {
  static const AlgoEntry e[] = {{&kMd5Algo, fn_md5}};
  return make_hash_module(vm, "_md5", e, 1);
}
Value make_sha1(VM& vm) {
  static const AlgoEntry e[] = {{&kSha1Algo, fn_sha1}};
  return make_hash_module(vm, "_sha1", e, 1);
}
Value make_sha256(VM& vm) {
  static const AlgoEntry e[] = {{&kSha224Algo, fn_sha224}, {&kSha256Algo, fn_sha256}};
  return make_hash_module(vm, "_sha256", e, 2);
}

}  // namespace

void init_hashes(VM& vm) {
  register_native_module(vm, "_md5", make_md5);
  register_native_module(vm, "_sha1", make_sha1);
  register_native_module(vm, "_sha256", make_sha256);
}

}  // namespace taipan::runtime
