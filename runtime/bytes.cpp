// bytes and bytearray: construction, repr, indexing and slicing, item assignment, the
// mutating bytearray methods, concatenation, repetition, comparison, hashing, iteration,
// decode/hex/fromhex. The read-only methods shared by both types (find, split, strip...)
// live in bytes_methods.cpp.
//
// Invariants: a Bytes holds its data inline plus a NUL; hash is -1 until computed. A
// ByteArray owns a heap buffer of `cap` bytes (external_alloc), `size` used; any resize may
// move the buffer, so never keep a view into a bytearray across a call that can run Python
// code or resize it. Subclass instances wrap the real object in Instance::base_value.
#include <algorithm>
#include <cstddef>
#include <cstring>

#include "runtime/str.h"

namespace taipan::runtime {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static constexpr size_t kBytesDataOffset = offsetof(Bytes, data);
#pragma GCC diagnostic pop

// ---------- construction and views ----------

Value new_bytes(VM& vm, std::string_view data) {
  if (data.size() > 0xFFFFFF00u) return raise_no_memory(vm);
  auto* b = static_cast<Bytes*>(vm.heap.alloc(kBytesDataOffset + data.size() + 1, vm.bytes_type));
  if (!b) return raise_no_memory(vm);
  b->hash = -1;
  b->size = uint32_t(data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Value::ptr(b);
}

Value new_bytearray(VM& vm, std::string_view data) {
  if (data.size() > 0xFFFFFF00u) return raise_no_memory(vm);
  auto* b = static_cast<ByteArray*>(vm.heap.alloc(sizeof(ByteArray), vm.bytearray_type));
  if (!b) return raise_no_memory(vm);
  if (data.empty()) return Value::ptr(b);
  Root rb(vm, Value::ptr(b));
  // `data` may point into another bytearray; copy before allocating.
  std::string copy(data);
  void* buf = vm.heap.external_alloc(copy.size());
  if (!buf) return raise_no_memory(vm);
  std::memcpy(buf, copy.data(), copy.size());
  b->data = static_cast<char*>(buf);
  b->size = b->cap = uint32_t(copy.size());
  return rb.value;
}

static inline Object* unwrap_obj(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  Layout l = o->type->layout;
  if (l == Layout::Bytes || l == Layout::ByteArray) return o;
  if (l == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_layout(b, Layout::Bytes) || is_layout(b, Layout::ByteArray)) return b.as_ptr();
  }
  return nullptr;
}

bool bytes_view(Value v, std::string_view& out) {
  Object* o = unwrap_obj(v);
  if (!o) return memoryview_contiguous(v, out);
  if (o->type->layout == Layout::Bytes) {
    out = static_cast<Bytes*>(o)->view();
  } else {
    auto* b = static_cast<ByteArray*>(o);
    out = std::string_view(b->data ? b->data : "", b->size);
  }
  return true;
}

bool bytes_is_bytearray(Value v) {
  Object* o = unwrap_obj(v);
  return o && o->type->layout == Layout::ByteArray;
}

ByteArray* bytearray_unwrap(Value v) {
  Object* o = unwrap_obj(v);
  return o && o->type->layout == Layout::ByteArray ? static_cast<ByteArray*>(o) : nullptr;
}

Value bytes_make(VM& vm, bool bytearray, std::string_view data) {
  return bytearray ? new_bytearray(vm, data) : new_bytes(vm, data);
}

// Resizes the buffer to hold n bytes (contents up to min(size, n) kept).
Status bytearray_resize(VM& vm, ByteArray* b, size_t n) {
  if (n == b->size) return Status::Ok;
  if (failed(bytearray_check_resize(vm, b))) return Status::Error;
  if (n > 0xFFFFFF00u) {
    raise_no_memory(vm);
    return Status::Error;
  }
  if (n > b->cap || n < b->cap / 4) {
    size_t cap = n > b->cap ? std::max(n, size_t(b->cap) + size_t(b->cap) / 8 + 8) : n;
    Root rb(vm, Value::ptr(b));
    void* p = b->data ? vm.heap.external_realloc(b->data, b->cap, cap) : vm.heap.external_alloc(cap);
    if (!p) {
      raise_no_memory(vm);
      return Status::Error;
    }
    b->data = static_cast<char*>(p);
    b->cap = uint32_t(cap);
  }
  b->size = uint32_t(n);
  return Status::Ok;
}

// Replaces b[start:end] by data (data must not point into b).
static Status bytearray_splice(VM& vm, ByteArray* b, size_t start, size_t end, std::string_view data) {
  size_t old = b->size;
  size_t n = old - (end - start) + data.size();
  if (n != old && failed(bytearray_check_resize(vm, b))) return Status::Error;
  if (data.size() > end - start) {
    if (failed(bytearray_resize(vm, b, n))) return Status::Error;
    if (old - end) std::memmove(b->data + start + data.size(), b->data + end, old - end);
  } else {
    if (old - end) std::memmove(b->data + start + data.size(), b->data + end, old - end);
    if (failed(bytearray_resize(vm, b, n))) return Status::Error;
  }
  if (!data.empty()) std::memcpy(b->data + start, data.data(), data.size());
  return Status::Ok;
}

// ---------- repr ----------

// bytearray's repr escapes every single quote, even inside double quotes (like CPython).
static std::string repr_body(std::string_view data, bool escape_single) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out.reserve(data.size() + 3);
  out += quote;
  for (char ch : data) {
    auto c = uint8_t(ch);
    if (c == uint8_t(quote) || c == '\\' || (escape_single && c == '\'')) {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string bytes_repr_body(std::string_view data) { return repr_body(data, false); }

Value bytes_repr(VM& vm, Value b) {
  std::string_view data;
  if (!bytes_view(b, data)) return raise(vm, vm.TypeError, "expected bytes");
  if (!bytes_is_bytearray(b)) return new_str(vm, bytes_repr_body(data));
  std::string out = type_name(vm, b);
  out += '(';
  out += repr_body(data, true);
  out += ')';
  return new_str(vm, out);
}

// ---------- conversion of objects to bytes ----------

// bytes(iterable) / bytearray(iterable) / bytearray.extend(iterable): ints in range(256).
static Status bytes_from_iterable(VM& vm, Value obj, std::string& out, const char* range_msg) {
  Root ro(vm, obj);
  auto add = [&](Value item) {
    int64_t v;
    if (item.is_small()) {
      v = item.as_small();
    } else {
      Value iv = index_value(vm, item);
      if (iv.is_null()) return Status::Error;
      if (failed(int_to_i64(vm, iv, v))) {
        clear_exc(vm);
        v = -1;
      }
    }
    if (v < 0 || v > 255) {
      raise(vm, vm.ValueError, "%s", range_msg);
      return Status::Error;
    }
    out += char(v);
    return Status::Ok;
  };
  if (is_list(obj) || is_tuple(obj)) {
    for (size_t i = 0;; i++) {
      size_t n = is_list(obj) ? obj.as<List>()->size : obj.as<Tuple>()->size;
      if (i >= n) break;
      Value item = is_list(obj) ? obj.as<List>()->items[i] : obj.as<Tuple>()->items[i];
      if (failed(add(item))) return Status::Error;
    }
    return Status::Ok;
  }
  Value it = get_iter(vm, obj);
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  while (true) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    Root ri(vm, item);
    if (failed(add(item))) return Status::Error;
  }
}

Status bytes_from_object(VM& vm, Value obj, std::string& out, const char* type_name_for_errors) {
  if (is_memoryview(obj)) return memoryview_to_bytes(vm, obj, out);
  std::string_view v;
  if (bytes_view(obj, v)) {
    out.assign(v);
    return Status::Ok;
  }
  bool is_bytearray = std::strcmp(type_name_for_errors, "bytearray") == 0;
  if (type_lookup(type_of(vm, obj), vm.s_iter).is_null() && type_lookup(type_of(vm, obj), vm.s_getitem).is_null()) {
    raise(vm, vm.TypeError, "cannot convert '%s' object to %s", type_name(vm, obj), type_name_for_errors);
    return Status::Error;
  }
  return bytes_from_iterable(vm, obj, out, is_bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
}

// bytes(source, encoding, errors) / bytearray(...): the data of the new object.
static Status construct_data(VM& vm, const char* tname, Value* params, std::string& out, bool is_bytes) {
  Value src = params[0], enc = params[1], err = params[2];
  if (src.is_null()) {
    if (!enc.is_null()) {
      raise(vm, vm.TypeError, "encoding without a string argument");
      return Status::Error;
    }
    if (!err.is_null()) {
      raise(vm, vm.TypeError, "errors without a string argument");
      return Status::Error;
    }
    return Status::Ok;
  }
  if (Str* s = str_unwrap(src)) {
    if (enc.is_null()) {
      raise(vm, vm.TypeError, "string argument without an encoding");
      return Status::Error;
    }
    Str* e = str_unwrap(enc);
    if (!e) {
      raise(vm, vm.TypeError, "%s() argument 'encoding' must be str, not %s", tname, type_name(vm, enc));
      return Status::Error;
    }
    Str* r = nullptr;
    if (!err.is_null() && !(r = str_unwrap(err))) {
      raise(vm, vm.TypeError, "%s() argument 'errors' must be str, not %s", tname, type_name(vm, err));
      return Status::Error;
    }
    Value b = str_encode(vm, s, e, r);
    if (b.is_null()) return Status::Error;
    out.assign(b.as<Bytes>()->view());
    return Status::Ok;
  }
  if (!enc.is_null()) {
    raise(vm, vm.TypeError, "encoding without a string argument");
    return Status::Error;
  }
  if (!err.is_null()) {
    raise(vm, vm.TypeError, "errors without a string argument");
    return Status::Error;
  }
  if (is_bytes) {
    Value f = type_lookup(type_of(vm, src), vm.s_bytes);
    if (!f.is_null() && !f.is_none()) {
      Value b = call_method(vm, src, vm.s_bytes, nullptr, 0);
      if (b.is_null()) return Status::Error;
      std::string_view v;
      if (!is_layout(b, Layout::Bytes) && !(bytes_view(b, v) && !bytes_is_bytearray(b) && !is_memoryview(b))) {
        raise(vm, vm.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(vm, b));
        return Status::Error;
      }
      bytes_view(b, v);
      out.assign(v);
      return Status::Ok;
    }
  }
  std::string_view v;
  if (bytes_view(src, v)) {
    out.assign(v);
    return Status::Ok;
  }
  if (is_int(vm, src) || !type_lookup(type_of(vm, src), vm.s_index).is_null()) {
    Value iv = index_value(vm, src);
    if (iv.is_null()) return Status::Error;
    int64_t n;
    if (failed(int_to_i64(vm, iv, n))) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "cannot fit 'int' into an index-sized integer");
      return Status::Error;
    }
    if (n < 0) {
      raise(vm, vm.ValueError, "negative count");
      return Status::Error;
    }
    if (n > 0xFFFFFF00) {
      raise_no_memory(vm);
      return Status::Error;
    }
    out.assign(size_t(n), '\0');
    return Status::Ok;
  }
  return bytes_from_object(vm, src, out, tname);
}

// args are the call's arguments (no cls).
static Status parse_ctor_args(VM& vm, const char* tname, Value* args, size_t nargs, Tuple* kwnames, Value* params) {
  params[0] = params[1] = params[2] = Value::null();
  static const char* const names[3] = {"source", "encoding", "errors"};
  if (nargs > 3) {
    raise(vm, vm.TypeError, "%s() takes at most 3 arguments (%zu given)", tname, nargs);
    return Status::Error;
  }
  for (size_t i = 0; i < nargs; i++) params[i] = args[i];
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; k++) {
    Str* kn = as_str(kwnames->items[k]);
    size_t i = 0;
    while (i < 3 && kn->view() != names[i]) i++;
    if (i == 3) {
      raise(vm, vm.TypeError, "'%s' is an invalid keyword argument for %s()", kn->data, tname);
      return Status::Error;
    }
    if (!params[i].is_null()) {
      raise(vm, vm.TypeError, "argument for %s() given by name ('%s') and position (%zu)", tname, names[i], i + 1);
      return Status::Error;
    }
    params[i] = args[nargs + k];
  }
  return Status::Ok;
}

// Native constructors (type_call / builtin __new__): self = the type, args without cls;
// they return exact bytes / bytearray values, which the caller wraps for subclasses.
static Value bytes_new_impl(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value params[3];
  if (failed(parse_ctor_args(vm, "bytes", args, nargs, kwnames, params))) return Value::null();
  if (nargs == 1 && !kwnames && is_exact(params[0], vm.bytes_type)) return params[0];
  std::string data;
  if (failed(construct_data(vm, "bytes", params, data, true))) return Value::null();
  return new_bytes(vm, data);
}

static Value bytearray_new_impl(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value params[3];
  if (failed(parse_ctor_args(vm, "bytearray", args, nargs, kwnames, params))) return Value::null();
  std::string data;
  if (failed(construct_data(vm, "bytearray", params, data, false))) return Value::null();
  return new_bytearray(vm, data);
}

// bytearray.__init__: (re)fills the buffer; subclasses are built empty and filled here.
static Value bytearray_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  ByteArray* ba = bytearray_unwrap(self);
  if (!ba) return raise(vm, vm.TypeError, "descriptor '__init__' requires a 'bytearray' object");
  Root rself(vm, self);
  Value params[3];
  if (failed(parse_ctor_args(vm, "bytearray", args, nargs, kwnames, params))) return Value::null();
  std::string data;
  if (failed(construct_data(vm, "bytearray", params, data, false))) return Value::null();
  if (failed(bytearray_splice(vm, ba, 0, ba->size, data))) return Value::null();
  return Value::none();
}

// ---------- self helpers ----------

namespace {

struct Self {
  std::string_view data;
  bool bytearray;
};

bool get_self(VM& vm, Value self, Self& s, const char* name) {
  if (!bytes_view(self, s.data)) {
    raise(vm, vm.TypeError, "descriptor '%s' requires a bytes-like object but received a '%s'", name, type_name(vm, self));
    return false;
  }
  s.bytearray = bytes_is_bytearray(self);
  return true;
}
#define SELF(name)                               \
  Self s;                                        \
  if (!get_self(vm, self, s, name)) return Value::null();

ByteArray* get_bytearray(VM& vm, Value self, const char* name) {
  ByteArray* b = bytearray_unwrap(self);
  if (!b) raise(vm, vm.TypeError, "descriptor '%s' requires a 'bytearray' object but received a '%s'", name, type_name(vm, self));
  return b;
}
#define SELF_BA(name)                        \
  ByteArray* ba = get_bytearray(vm, self, name); \
  if (!ba) return Value::null();

// An index argument: __index__, IndexError "cannot fit" on overflow.
Status index_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  Value iv = index_value(vm, v);
  if (iv.is_null()) return Status::Error;
  if (failed(int_to_i64(vm, iv, out))) {
    clear_exc(vm);
    raise(vm, vm.IndexError, "cannot fit '%s' into an index-sized integer", type_name(vm, v));
    return Status::Error;
  }
  return Status::Ok;
}

bool is_index_like(VM& vm, Value v) {
  return v.is_small() || is_int(vm, v) || !type_lookup(type_of(vm, v), vm.s_index).is_null();
}

// A byte value argument (append, setitem...).
Status byte_arg(VM& vm, Value v, uint8_t& out) {
  int64_t i;
  if (v.is_small()) {
    i = v.as_small();
  } else {
    Value iv = index_value(vm, v);
    if (iv.is_null()) return Status::Error;
    if (failed(int_to_i64(vm, iv, i))) {
      clear_exc(vm);
      i = -1;
    }
  }
  if (i < 0 || i > 255) {
    raise(vm, vm.ValueError, "byte must be in range(0, 256)");
    return Status::Error;
  }
  out = uint8_t(i);
  return Status::Ok;
}

// ---------- item access ----------

Value m_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("__getitem__");
  Value key = args[0];
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), int64_t(s.data.size()), start, stop, step, n))) return Value::null();
    bytes_view(self, s.data);  // slice_indices may have run Python code
    if (step == 1) {
      if (!s.bytearray && n == int64_t(s.data.size()) && is_exact(self, vm.bytes_type)) return self;
      return bytes_make(vm, s.bytearray, s.data.substr(size_t(start), size_t(std::max<int64_t>(n, 0))));
    }
    std::string out;
    out.reserve(size_t(std::max<int64_t>(n, 0)));
    for (int64_t i = 0, j = start; i < n; i++, j += step) out += s.data[size_t(j)];
    return bytes_make(vm, s.bytearray, out);
  }
  if (!is_index_like(vm, key))
    return raise(vm, vm.TypeError, "%s indices must be integers or slices, not %s", s.bytearray ? "bytearray" : "byte",
                 type_name(vm, key));
  int64_t i;
  if (failed(index_arg(vm, key, i))) return Value::null();
  bytes_view(self, s.data);
  if (i < 0) i += int64_t(s.data.size());
  if (i < 0 || i >= int64_t(s.data.size()))
    return raise(vm, vm.IndexError, s.bytearray ? "bytearray index out of range" : "index out of range");
  return Value::small(uint8_t(s.data[size_t(i)]));
}

Value ba_delitem(VM& vm, Value self, Value* args, size_t, Tuple*);

Value ba_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("__setitem__");
  Value key = args[0], value = args[1];
  Root rself(vm, self);
  if (is_layout(key, Layout::Slice)) {
    std::string data;
    std::string_view v;
    if (bytes_view(value, v)) {
      data.assign(v);
    } else if (is_index_like(vm, value) || str_unwrap(value) ||
               (type_lookup(type_of(vm, value), vm.s_iter).is_null() &&
                type_lookup(type_of(vm, value), vm.s_getitem).is_null())) {
      return raise(vm, vm.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else if (failed(bytes_from_iterable(vm, value, data, "byte must be in range(0, 256)"))) {
      return Value::null();
    }
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), ba->size, start, stop, step, n))) return Value::null();
    if (step == 1) {
      if (stop < start) stop = start;
      if (failed(bytearray_splice(vm, ba, size_t(start), size_t(stop), data))) return Value::null();
      return Value::none();
    }
    if (data.empty()) {  // CPython deletes the extended slice when given nothing to assign
      Value k[1] = {key};
      return ba_delitem(vm, self, k, 1, nullptr);
    }
    if (int64_t(data.size()) != n)
      return raise(vm, vm.ValueError, "attempt to assign bytes of size %zu to extended slice of size %zu", data.size(),
                   size_t(n));
    for (int64_t i = 0, j = start; i < n; i++, j += step) ba->data[j] = data[size_t(i)];
    return Value::none();
  }
  if (!is_index_like(vm, key))
    return raise(vm, vm.TypeError, "bytearray indices must be integers or slices, not %s", type_name(vm, key));
  int64_t i;
  if (failed(index_arg(vm, key, i))) return Value::null();
  uint8_t byte;
  if (failed(byte_arg(vm, value, byte))) return Value::null();
  if (i < 0) i += ba->size;
  if (i < 0 || i >= int64_t(ba->size)) return raise(vm, vm.IndexError, "bytearray index out of range");
  ba->data[i] = char(byte);
  return Value::none();
}

Value ba_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("__delitem__");
  Value key = args[0];
  Root rself(vm, self);
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), ba->size, start, stop, step, n))) return Value::null();
    if (n <= 0) return Value::none();
    if (step == 1) {
      if (failed(bytearray_splice(vm, ba, size_t(start), size_t(start + n), {}))) return Value::null();
      return Value::none();
    }
    if (step < 0) {  // normalise to an ascending walk
      start = start + step * (n - 1);
      step = -step;
    }
    size_t w = size_t(start);
    for (size_t r = size_t(start); r < ba->size; r++) {
      bool deleted = int64_t(r) >= start && (int64_t(r) - start) % step == 0 && (int64_t(r) - start) / step < n;
      if (!deleted) ba->data[w++] = ba->data[r];
    }
    if (failed(bytearray_resize(vm, ba, w))) return Value::null();
    return Value::none();
  }
  if (!is_index_like(vm, key))
    return raise(vm, vm.TypeError, "bytearray indices must be integers or slices, not %s", type_name(vm, key));
  int64_t i;
  if (failed(index_arg(vm, key, i))) return Value::null();
  if (i < 0) i += ba->size;
  if (i < 0 || i >= int64_t(ba->size)) return raise(vm, vm.IndexError, "bytearray index out of range");
  if (failed(bytearray_splice(vm, ba, size_t(i), size_t(i) + 1, {}))) return Value::null();
  return Value::none();
}

// ---------- sequence protocol ----------

Value m_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("__len__");
  return Value::small(int64_t(s.data.size()));
}

Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("__contains__");
  std::string_view sub;
  if (bytes_view(args[0], sub)) {
    std::string needle(sub);
    return Value::boolean(s.data.find(needle) != std::string_view::npos);
  }
  if (!is_index_like(vm, args[0]))
    return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  uint8_t b;
  if (failed(byte_arg(vm, args[0], b))) return Value::null();
  bytes_view(self, s.data);
  return Value::boolean(s.data.find(char(b)) != std::string_view::npos);
}

Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Object* o = unwrap_obj(self);
  if (!o) return raise(vm, vm.TypeError, "expected bytes");
  return new_iter(vm, vm.bytes_iter_type, Value::ptr(o), 0, 0);
}

Value m_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("__add__");
  std::string_view o;
  if (!bytes_view(args[0], o)) {
    // a user class may implement __radd__; builtin types end in CPython's concat error
    Type* ot = type_of(vm, args[0]);
    if ((ot->tflags & kTypeHeap) && !type_lookup(ot, vm.binop_names[int(BinOp::Add)][1]).is_null())
      return vm.not_implemented;
    return raise(vm, vm.TypeError, "can't concat %s to %s", type_name(vm, args[0]), s.bytearray ? "bytearray" : "bytes");
  }
  std::string out;
  out.reserve(s.data.size() + o.size());
  out.append(s.data);
  out.append(o);
  return bytes_make(vm, s.bytearray, out);
}

Value m_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("__mul__");
  if (!is_index_like(vm, args[0])) return vm.not_implemented;
  int64_t n;
  Value iv = index_value(vm, args[0]);
  if (iv.is_null()) return iv;
  if (failed(int_to_i64(vm, iv, n))) {
    clear_exc(vm);
    return raise(vm, vm.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  bytes_view(self, s.data);
  if (n <= 0) return bytes_make(vm, s.bytearray, {});
  if (!s.bytearray && n == 1 && is_exact(self, vm.bytes_type)) return self;
  if (!s.data.empty() && uint64_t(n) > 0xFFFFFF00u / s.data.size()) return raise_no_memory(vm);
  std::string out;
  out.reserve(s.data.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) out.append(s.data);
  return bytes_make(vm, s.bytearray, out);
}

Value m_mod(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("__mod__");
  return bytes_format_percent(vm, s.data, args[0], s.bytearray);
}

Value m_rmod(VM& vm, Value self, Value* args, size_t, Tuple*) {
  std::string_view fmt;
  if (!bytes_view(args[0], fmt)) return vm.not_implemented;
  return bytes_format_percent(vm, fmt, self, bytes_is_bytearray(args[0]));
}

template <CmpOp op>
Value m_compare(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("comparison");
  std::string_view o;
  if (!bytes_view(args[0], o) || (!s.bytearray && is_memoryview(args[0]))) return vm.not_implemented;
  int c = s.data.compare(o);
  switch (op) {
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    case CmpOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented;
}

Value m_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Object* o = unwrap_obj(self);
  if (!o || o->type->layout != Layout::Bytes) return raise(vm, vm.TypeError, "unhashable type: '%s'", type_name(vm, self));
  auto* b = static_cast<Bytes*>(o);
  if (b->hash == -1) {
    b->hash = hash_fold(hash_bytes(b->data, b->size));
  }
  return new_int(vm, b->hash);
}

Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return bytes_repr(vm, self); }

Value m_bytes(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("__bytes__");
  if (is_exact(self, vm.bytes_type)) return self;
  return new_bytes(vm, s.data);
}

Value m_getnewargs(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("__getnewargs__");
  Value b = new_bytes(vm, s.data);
  if (b.is_null()) return b;
  Root rb(vm, b);
  return new_tuple_from(vm, &rb.value, 1);
}

Value iter_next_method(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a bytes iterator");
  Value r = bytes_iter_next(vm, self.as<Iter>());
  if (r.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return r;
}

Value iter_self(VM&, Value self, Value*, size_t, Tuple*) { return self; }

Value iter_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  std::string_view v;
  if (!bytes_view(it->seq, v)) return Value::small(0);
  return Value::small(std::max<int64_t>(int64_t(v.size()) - it->index, 0));
}

// ---------- decode / hex / fromhex ----------

Value m_decode(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("decode");
  static const char* const names[] = {"encoding", "errors"};
  Value out[2];
  if (failed(clinic_args(vm, "decode", args, nargs, kwnames, names, 2, 0, out))) return Value::null();
  Str* enc = nullptr;
  Str* err = nullptr;
  if (!out[0].is_null() && !(enc = str_unwrap(out[0])))
    return raise(vm, vm.TypeError, "decode() argument 'encoding' must be str, not %s", type_name(vm, out[0]));
  if (!out[1].is_null() && !(err = str_unwrap(out[1])))
    return raise(vm, vm.TypeError, "decode() argument 'errors' must be str, not %s", type_name(vm, out[1]));
  bytes_view(self, s.data);
  if (s.bytearray) {
    std::string copy(s.data);
    return bytes_decode(vm, copy, enc, err);
  }
  return bytes_decode(vm, s.data, enc, err);
}

Value m_hex(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("hex");
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Value out[2];
  if (failed(clinic_args(vm, "hex", args, nargs, kwnames, names, 2, 0, out))) return Value::null();
  char sep = 0;
  int64_t per = 1;
  if (!out[0].is_null()) {
    std::string_view sv;
    if (Str* ss = str_unwrap(out[0])) {
      if (ss->length != 1) return raise(vm, vm.ValueError, "sep must be length 1.");
      if (!ss->ascii) return raise(vm, vm.ValueError, "sep must be ASCII.");
      sep = ss->data[0];
    } else if (bytes_view(out[0], sv)) {
      if (sv.size() != 1) return raise(vm, vm.ValueError, "sep must be length 1.");
      if (uint8_t(sv[0]) >= 0x80) return raise(vm, vm.ValueError, "sep must be ASCII.");
      sep = sv[0];
    } else {
      return raise(vm, vm.TypeError, "sep must be str or bytes.");
    }
  }
  if (!out[1].is_null()) {
    Value iv = index_value(vm, out[1]);
    if (iv.is_null() || failed(int_to_i64(vm, iv, per))) return Value::null();
  }
  bytes_view(self, s.data);
  static const char hex[] = "0123456789abcdef";
  std::string r;
  size_t n = s.data.size();
  r.reserve(n * 3);
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (sep && group && i > 0) {
      // groups are counted from the right for positive bytes_per_sep, from the left otherwise
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) r += sep;
    }
    auto c = uint8_t(s.data[i]);
    r += hex[c >> 4];
    r += hex[c & 15];
  }
  return new_str_ascii(vm, r);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

Value m_fromhex(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Str* s = str_unwrap(args[0]);
  if (!s) return raise(vm, vm.TypeError, "fromhex() argument must be str, not %s", type_name(vm, args[0]));
  std::string out;
  const char* p = s->data;
  const char* e = p + s->nbytes;
  int64_t pos = 0;
  while (p < e) {
    uint32_t c = utf8_decode(p);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    int hi = hex_digit(c);
    if (hi < 0) return raise(vm, vm.ValueError, "non-hexadecimal number found in fromhex() arg at position %ld", long(pos));
    pos++;
    int lo = p < e ? hex_digit(uint8_t(*p)) : -1;
    if (lo < 0) return raise(vm, vm.ValueError, "non-hexadecimal number found in fromhex() arg at position %ld", long(pos));
    p++;
    pos++;
    out += char(hi * 16 + lo);
  }
  Type* cls = is_layout(self, Layout::Type) ? self.as<Type>() : vm.bytes_type;
  bool ba = is_subtype(cls, vm.bytearray_type);
  Value r = bytes_make(vm, ba, out);
  if (r.is_null() || cls == vm.bytes_type || cls == vm.bytearray_type) return r;
  Root rr(vm, r);
  return call1(vm, Value::ptr(cls), r);
}

// ---------- bytearray mutation ----------

Value ba_append(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("append");
  Root rself(vm, self);
  uint8_t b;
  if (failed(byte_arg(vm, args[0], b))) return Value::null();
  size_t n = ba->size;
  if (failed(bytearray_resize(vm, ba, n + 1))) return Value::null();
  ba->data[n] = char(b);
  return Value::none();
}

Value ba_extend(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("extend");
  Root rself(vm, self);
  std::string data;
  std::string_view v;
  if (bytes_view(args[0], v)) {
    data.assign(v);
  } else if (str_unwrap(args[0])) {
    return raise(vm, vm.TypeError, "'str' object cannot be interpreted as an integer");
  } else if (type_lookup(type_of(vm, args[0]), vm.s_iter).is_null() &&
             type_lookup(type_of(vm, args[0]), vm.s_getitem).is_null()) {
    return raise(vm, vm.TypeError, "can't extend bytearray with %s", type_name(vm, args[0]));
  } else if (failed(bytes_from_iterable(vm, args[0], data, "byte must be in range(0, 256)"))) {
    return Value::null();
  }
  if (failed(bytearray_splice(vm, ba, ba->size, ba->size, data))) return Value::null();
  return Value::none();
}

Value ba_iadd(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("__iadd__");
  std::string_view v;
  if (!bytes_view(args[0], v)) return raise(vm, vm.TypeError, "can't concat %s to bytearray", type_name(vm, args[0]));
  std::string data(v);
  if (failed(bytearray_splice(vm, ba, ba->size, ba->size, data))) return Value::null();
  return self;
}

Value ba_imul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("__imul__");
  if (!is_index_like(vm, args[0])) return vm.not_implemented;
  Root rself(vm, self);
  Value iv = index_value(vm, args[0]);
  int64_t n;
  if (iv.is_null() || failed(int_to_i64(vm, iv, n))) return Value::null();
  if (n <= 0) {
    if (failed(bytearray_resize(vm, ba, 0))) return Value::null();
    return self;
  }
  size_t len = ba->size;
  if (len && uint64_t(n) > 0xFFFFFF00u / len) return raise_no_memory(vm);
  if (failed(bytearray_resize(vm, ba, len * size_t(n)))) return Value::null();
  for (int64_t i = 1; i < n; i++) std::memcpy(ba->data + size_t(i) * len, ba->data, len);
  return self;
}

Value ba_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_BA("pop");
  Root rself(vm, self);
  int64_t i = -1;
  if (nargs > 0 && failed(index_arg(vm, args[0], i))) return Value::null();
  if (ba->size == 0) return raise(vm, vm.IndexError, "pop from empty bytearray");
  if (i < 0) i += ba->size;
  if (i < 0 || i >= int64_t(ba->size)) return raise(vm, vm.IndexError, "pop index out of range");
  uint8_t b = uint8_t(ba->data[i]);
  if (failed(bytearray_splice(vm, ba, size_t(i), size_t(i) + 1, {}))) return Value::null();
  return Value::small(b);
}

Value ba_insert(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("insert");
  Root rself(vm, self);
  int64_t i;
  if (failed(index_arg(vm, args[0], i))) return Value::null();
  uint8_t b;
  if (failed(byte_arg(vm, args[1], b))) return Value::null();
  int64_t n = ba->size;
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  char c = char(b);
  if (failed(bytearray_splice(vm, ba, size_t(i), size_t(i), std::string_view(&c, 1)))) return Value::null();
  return Value::none();
}

Value ba_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF_BA("remove");
  Root rself(vm, self);
  uint8_t b;
  if (failed(byte_arg(vm, args[0], b))) return Value::null();
  std::string_view v(ba->data ? ba->data : "", ba->size);
  size_t pos = v.find(char(b));
  if (pos == std::string_view::npos) return raise(vm, vm.ValueError, "value not found in bytearray");
  if (failed(bytearray_splice(vm, ba, pos, pos + 1, {}))) return Value::null();
  return Value::none();
}

Value ba_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF_BA("clear");
  if (failed(bytearray_resize(vm, ba, 0))) return Value::null();
  return Value::none();
}

Value ba_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF_BA("copy");
  return new_bytearray(vm, std::string_view(ba->data ? ba->data : "", ba->size));
}

Value ba_reverse(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF_BA("reverse");
  if (ba->size) std::reverse(ba->data, ba->data + ba->size);
  return Value::none();
}

Value ba_alloc(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF_BA("__alloc__");
  return Value::small(int64_t(ba->cap) + 1);
}

}  // namespace

Value bytes_iter_next(VM& vm, Iter* it) {
  std::string_view v;
  if (!bytes_view(it->seq, v)) return Value::null();
  if (it->index >= int64_t(v.size())) {
    it->seq = Value::none();
    return Value::null();
  }
  return Value::small(uint8_t(v[size_t(it->index++)]));
}

void init_bytes(VM& vm) {
  static const MethodDef common[] = {
      {"__getitem__", m_getitem, 1, 1, 0},
      {"__len__", m_len, 0, 0, 0},
      {"__contains__", m_contains, 1, 1, 0},
      {"__iter__", m_iter, 0, 0, 0},
      {"__add__", m_add, 1, 1, 0},
      {"__mul__", m_mul, 1, 1, 0},
      {"__rmul__", m_mul, 1, 1, 0},
      {"__mod__", m_mod, 1, 1, 0},
      {"__rmod__", m_rmod, 1, 1, 0},
      {"__eq__", m_compare<CmpOp::Eq>, 1, 1, 0},
      {"__ne__", m_compare<CmpOp::Ne>, 1, 1, 0},
      {"__lt__", m_compare<CmpOp::Lt>, 1, 1, 0},
      {"__le__", m_compare<CmpOp::Le>, 1, 1, 0},
      {"__gt__", m_compare<CmpOp::Gt>, 1, 1, 0},
      {"__ge__", m_compare<CmpOp::Ge>, 1, 1, 0},
      {"__repr__", m_repr, 0, 0, 0},
      {"__str__", m_repr, 0, 0, 0},
      {"decode", m_decode, 0, -1, kBuiltinKeywords},
      {"hex", m_hex, 0, -1, kBuiltinKeywords},
      {"fromhex", m_fromhex, 1, 1, kBuiltinClassMethod},
  };
  add_methods(vm, vm.bytes_type, common);
  add_methods(vm, vm.bytearray_type, common);
  static const MethodDef bytes_only[] = {
      {"__hash__", m_hash, 0, 0, 0},
      {"__bytes__", m_bytes, 0, 0, 0},
      {"__getnewargs__", m_getnewargs, 0, 0, 0},
  };
  add_methods(vm, vm.bytes_type, bytes_only);
  static const MethodDef bytearray_only[] = {
      {"__init__", bytearray_init, 0, -1, kBuiltinKeywords},
      {"__setitem__", ba_setitem, 2, 2, 0},
      {"__delitem__", ba_delitem, 1, 1, 0},
      {"__iadd__", ba_iadd, 1, 1, 0},
      {"__imul__", ba_imul, 1, 1, 0},
      {"__alloc__", ba_alloc, 0, 0, 0},
      {"append", ba_append, 1, 1, 0},
      {"extend", ba_extend, 1, 1, 0},
      {"pop", ba_pop, 0, 1, 0},
      {"insert", ba_insert, 2, 2, 0},
      {"remove", ba_remove, 1, 1, 0},
      {"clear", ba_clear, 0, 0, 0},
      {"copy", ba_copy, 0, 0, 0},
      {"reverse", ba_reverse, 0, 0, 0},
  };
  add_methods(vm, vm.bytearray_type, bytearray_only);
  (void)dict_set_str(vm, vm.bytearray_type->dict, vm.s_hash, Value::none());
  static const MethodDef iter_methods[] = {
      {"__next__", iter_next_method, 0, 0, 0},
      {"__iter__", iter_self, 0, 0, 0},
      {"__length_hint__", iter_length_hint, 0, 0, 0},
  };
  add_methods(vm, vm.bytes_iter_type, iter_methods);
  vm.bytes_type->native_new = new_builtin(vm, "bytes", bytes_new_impl, Value::null(), 0, -1, kBuiltinKeywords);
  vm.bytes_type->native_new.as<Builtin>()->owner = vm.bytes_type;
  vm.bytearray_type->native_new =
      new_builtin(vm, "bytearray", bytearray_new_impl, Value::null(), 0, -1, kBuiltinKeywords);
  vm.bytearray_type->native_new.as<Builtin>()->owner = vm.bytearray_type;
  init_bytes_methods(vm);
}

}  // namespace taipan::runtime
