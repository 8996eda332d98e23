// The array module: array.array, a compact sequence of machine values (typecodes b B u h H
// i I l L q Q f d, with this platform's C sizes: u is a 4-byte wchar_t, l and L are 8 bytes),
// with CPython 3.11's methods, conversions and messages.
//
// Layout: an array is a ByteArray-layout object of type array.array: `data`/`size`/`cap`
// hold the items in native byte order and the object's `flags` holds the typecode. So every
// bytes-like consumer (bytes(a), struct.unpack(fmt, a), f.write(a), b"".join) sees the raw
// memory as it sees a bytearray's, and memoryview(a) gets the typecode as its format
// (runtime/memoryview.cpp reads flags). Resizing goes through bytearray_resize, which
// refuses while a memoryview is exported.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/bigint.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

constexpr const char* kTypecodes = "bBuhHiIlLqQfd";

int item_size(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    default: return 8;
  }
}

Type* array_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "array");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, "array");
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// The array behind self (an array, or the wrapped array of a subclass instance).
ByteArray* as_array(VM& vm, Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (!b.is_ptr()) return nullptr;
    o = b.as_ptr();
  }
  if (o->type->layout != Layout::ByteArray || o->type == vm.bytearray_type || !o->flags) return nullptr;
  return static_cast<ByteArray*>(o);
}

#define ARRAY_SELF(name)                                                                                       \
  ByteArray* a = as_array(vm, self);                                                                           \
  if (!a)                                                                                                      \
    return raise(vm, vm.TypeError, "descriptor '" name "' requires a 'array.array' object but received a '%s'", \
                 type_name(vm, self));                                                                         \
  char tc = char(a->flags);                                                                                    \
  size_t isz = size_t(item_size(tc));                                                                          \
  (void)isz

size_t count_of(ByteArray* a) { return a->size / size_t(item_size(char(a->flags))); }
char* item_ptr(ByteArray* a, size_t i) { return a->data + i * size_t(item_size(char(a->flags))); }

Value new_array(VM& vm, Type* t, char tc) {
  if (!t) t = array_type(vm);
  if (!t) return raise(vm, vm.SystemError, "array module is missing");
  auto* b = static_cast<ByteArray*>(vm.heap.alloc(sizeof(ByteArray), t));
  if (!b) return raise_no_memory(vm);
  b->flags = uint32_t(uint8_t(tc));
  return Value::ptr(b);
}

Status resize(VM& vm, ByteArray* a, size_t nbytes) {
  if (nbytes == a->size) return Status::Ok;
  if (failed(bytearray_check_resize(vm, a))) {
    clear_exc(vm);
    raise(vm, vm.BufferError, "cannot resize an array that is exporting buffers");
    return Status::Error;
  }
  return bytearray_resize(vm, a, nbytes);
}

// ---------- item conversion ----------

Value get_item(VM& vm, char tc, const char* p) {
  switch (tc) {
    case 'b': return Value::small(int8_t(*p));
    case 'B': return Value::small(uint8_t(*p));
    case 'h': { int16_t v; std::memcpy(&v, p, 2); return Value::small(v); }
    case 'H': { uint16_t v; std::memcpy(&v, p, 2); return Value::small(v); }
    case 'i': { int32_t v; std::memcpy(&v, p, 4); return Value::small(v); }
    case 'I': { uint32_t v; std::memcpy(&v, p, 4); return new_int(vm, int64_t(v)); }
    case 'u': { uint32_t v; std::memcpy(&v, p, 4); return new_str_char(vm, v); }
    case 'l': case 'q': { int64_t v; std::memcpy(&v, p, 8); return new_int(vm, v); }
    case 'L': case 'Q': { uint64_t v; std::memcpy(&v, p, 8); return new_int_u64(vm, v); }
    case 'f': { float v; std::memcpy(&v, p, 4); return new_float(double(v)); }
    default: { double v; std::memcpy(&v, p, 8); return new_float(v); }
  }
}

Status range_error(VM& vm, const char* what, bool too_big) {
  raise(vm, vm.OverflowError, "%s is %s", what, too_big ? "greater than maximum" : "less than minimum");
  return Status::Error;
}

// Stores v (converted to the typecode's C type, with CPython's checks) at p.
Status set_item(VM& vm, char tc, char* p, Value v) {
  if (tc == 'f' || tc == 'd') {
    double d;
    if (!is_int(vm, v) && !v.is_double() && type_lookup(type_of(vm, v), vm.intern("__float__")).is_null() &&
        type_lookup(type_of(vm, v), vm.s_index).is_null()) {
      raise(vm, vm.TypeError, "must be real number, not %s", type_name(vm, v));
      return Status::Error;
    }
    if (failed(to_double(vm, v, d))) return Status::Error;
    if (tc == 'f') {
      float f = float(d);
      std::memcpy(p, &f, 4);
    } else {
      std::memcpy(p, &d, 8);
    }
    return Status::Ok;
  }
  if (tc == 'u') {
    Str* s = str_unwrap(v);
    if (!s || s->length != 1) {
      raise(vm, vm.TypeError, "array item must be unicode character");
      return Status::Error;
    }
    const char* q = s->data;
    uint32_t cp = utf8_decode(q);
    std::memcpy(p, &cp, 4);
    return Status::Ok;
  }
  Value iv = index_value(vm, v);
  if (iv.is_null()) return Status::Error;
  BigInt b = to_bigint(iv);
  int64_t x = 0;
  bool fits = b.fits_i64();
  if (fits) x = b.to_i64();
  switch (tc) {
    case 'b':
      if (!fits || x > 127) return range_error(vm, "signed char", true);
      if (x < -128) return range_error(vm, "signed char", false);
      *p = char(int8_t(x));
      return Status::Ok;
    case 'B':
      if (!fits || x > 255) return range_error(vm, "unsigned byte integer", b.sign() > 0);
      if (x < 0) return range_error(vm, "unsigned byte integer", false);
      *p = char(uint8_t(x));
      return Status::Ok;
    case 'h': {
      if (!fits || x > 32767) return range_error(vm, "signed short integer", b.sign() > 0);
      if (x < -32768) return range_error(vm, "signed short integer", false);
      int16_t s = int16_t(x);
      std::memcpy(p, &s, 2);
      return Status::Ok;
    }
    case 'H': {
      if (!fits || x > 65535) return range_error(vm, "unsigned short", b.sign() > 0);
      if (x < 0) return range_error(vm, "unsigned short", false);
      uint16_t s = uint16_t(x);
      std::memcpy(p, &s, 2);
      return Status::Ok;
    }
    case 'i': {
      if (!fits || x > INT32_MAX) return range_error(vm, "signed integer", b.sign() > 0);
      if (x < INT32_MIN) return range_error(vm, "signed integer", false);
      int32_t s = int32_t(x);
      std::memcpy(p, &s, 4);
      return Status::Ok;
    }
    case 'I': {
      if (b.is_neg()) return range_error(vm, "unsigned int", false);
      if (!fits || x > int64_t(UINT32_MAX)) return range_error(vm, "unsigned int", true);
      uint32_t s = uint32_t(x);
      std::memcpy(p, &s, 4);
      return Status::Ok;
    }
    case 'l': case 'q':
      if (!fits) {
        raise(vm, vm.OverflowError, tc == 'l' ? "Python int too large to convert to C long" : "int too big to convert");
        return Status::Error;
      }
      std::memcpy(p, &x, 8);
      return Status::Ok;
    default: {  // L, Q
      if (b.is_neg()) return range_error(vm, tc == 'L' ? "unsigned long" : "unsigned long long", false);
      if (b.bit_length() > 64) {
        raise(vm, vm.OverflowError,
              tc == 'L' ? "Python int too large to convert to C unsigned long" : "int too big to convert");
        return Status::Error;
      }
      uint64_t u = 0;
      for (size_t k = b.mag.size(); k-- > 0;) u = u << 32 | b.mag[k];
      std::memcpy(p, &u, 8);
      return Status::Ok;
    }
  }
}

// Appends one item (converted first, so a failed conversion leaves the array unchanged).
Status append_item(VM& vm, ByteArray* a, Value v) {
  char tc = char(a->flags);
  char buf[8];
  Root ra(vm, Value::ptr(a)), rv(vm, v);
  if (failed(set_item(vm, tc, buf, v))) return Status::Error;
  size_t isz = size_t(item_size(tc));
  size_t old = a->size;
  if (failed(resize(vm, a, old + isz))) return Status::Error;
  std::memcpy(a->data + old, buf, isz);
  return Status::Ok;
}

Status append_bytes(VM& vm, ByteArray* a, std::string_view data) {
  std::string copy(data);
  size_t old = a->size;
  if (failed(resize(vm, a, old + copy.size()))) return Status::Error;
  if (!copy.empty()) std::memcpy(a->data + old, copy.data(), copy.size());
  return Status::Ok;
}

Status extend_iterable(VM& vm, ByteArray* a, Value it) {
  Root ra(vm, Value::ptr(a));
  if (ByteArray* other = as_array(vm, it)) {
    if (other->flags != a->flags) {
      raise(vm, vm.TypeError, "can only extend with array of same kind");
      return Status::Error;
    }
    return append_bytes(vm, a, std::string_view(other->data ? other->data : "", other->size));
  }
  Value iter = get_iter(vm, it);
  if (iter.is_null()) return Status::Error;
  Root ri(vm, iter);
  for (;;) {
    Value x = iter_next(vm, iter);
    if (x.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    if (failed(append_item(vm, a, x))) return Status::Error;
  }
}

Status from_unicode(VM& vm, ByteArray* a, Str* s) {
  std::string data;
  const char* p = s->data;
  const char* e = s->data + s->nbytes;
  while (p < e) {
    uint32_t cp = utf8_decode(p);
    data.append(reinterpret_cast<const char*>(&cp), 4);
  }
  return append_bytes(vm, a, data);
}

// ---------- construction ----------

Value array_ctor(VM& vm, Value cls, Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = cls.is_ptr() && is_layout(cls, Layout::Type) ? cls.as<Type>() : nullptr;
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "array.array() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return raise(vm, vm.TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
  Str* code = str_unwrap(args[0]);
  if (!code || code->length != 1)
    return raise(vm, vm.TypeError, "array() argument 1 must be a unicode character, not %s", type_name(vm, args[0]));
  char tc = code->data[0];
  if (code->nbytes != 1 || !std::strchr(kTypecodes, tc))
    return raise(vm, vm.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  // A subclass constructs the plain array, which the generic __new__ wraps.
  Type* at = array_type(vm);
  Value av = new_array(vm, at ? at : t, tc);
  if (av.is_null()) return av;
  Root ra(vm, av);
  ByteArray* a = av.as<ByteArray>();
  if (nargs == 2) {
    Value init = args[1];
    if (Str* s = str_unwrap(init)) {
      if (tc != 'u')
        return raise(vm, vm.TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
      if (failed(from_unicode(vm, a, s))) return Value::null();
    } else if (ByteArray* other = as_array(vm, init)) {
      if (char(other->flags) == 'u' && tc != 'u')
        return raise(vm, vm.TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
      Root ro(vm, init);
      size_t n = count_of(other);
      for (size_t i = 0; i < n; i++) {
        Value x = get_item(vm, char(other->flags), item_ptr(other, i));
        if (x.is_null() || failed(append_item(vm, a, x))) return Value::null();
      }
    } else {
      std::string_view data;
      if (bytes_view(init, data)) {
        if (data.size() % size_t(item_size(tc)))
          return raise(vm, vm.ValueError, "bytes length not a multiple of item size");
        if (failed(append_bytes(vm, a, data))) return Value::null();
      } else if (failed(extend_iterable(vm, a, init))) {
        return Value::null();
      }
    }
  }
  return av;
}

// ---------- sequence protocol ----------

Value m_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("__len__");
  return new_int(vm, int64_t(count_of(a)));
}

Status norm_index(VM& vm, ByteArray* a, Value key, int64_t& i, const char* msg) {
  if (failed(index_i64(vm, key, i))) return Status::Error;
  int64_t n = int64_t(count_of(a));
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(vm, vm.IndexError, "%s", msg);
    return Status::Error;
  }
  return Status::Ok;
}

Value m_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__getitem__");
  Value key = args[0];
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, len;
    if (failed(slice_indices(vm, key.as<Slice>(), int64_t(count_of(a)), start, stop, step, len))) return Value::null();
    Root rs(vm, Value::ptr(a));
    Value rv = new_array(vm, nullptr, tc);
    if (rv.is_null()) return rv;
    Root rr(vm, rv);
    ByteArray* r = rv.as<ByteArray>();
    if (failed(resize(vm, r, size_t(len) * isz))) return Value::null();
    for (int64_t k = 0, i = start; k < len; k++, i += step) std::memcpy(r->data + k * isz, item_ptr(a, size_t(i)), isz);
    return rv;
  }
  if (!is_int(vm, key) && type_lookup(type_of(vm, key), vm.s_index).is_null())
    return raise(vm, vm.TypeError, "array indices must be integers");
  int64_t i;
  if (failed(norm_index(vm, a, key, i, "array index out of range"))) return Value::null();
  return get_item(vm, tc, item_ptr(a, size_t(i)));
}

Value m_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__setitem__");
  Value key = args[0], v = args[1];
  Root ra(vm, Value::ptr(a));
  if (is_layout(key, Layout::Slice)) {
    ByteArray* src = as_array(vm, v);
    if (!src) return raise(vm, vm.TypeError, "can only assign array (not \"%s\") to array slice", type_name(vm, v));
    if (src->flags != a->flags) return raise(vm, vm.TypeError, "bad argument type for built-in operation");
    std::string data(src->data ? src->data : "", src->size);
    size_t m = data.size() / isz;
    int64_t start, stop, step, len;
    if (failed(slice_indices(vm, key.as<Slice>(), int64_t(count_of(a)), start, stop, step, len))) return Value::null();
    if (step == 1) {
      size_t n = count_of(a);
      if (stop < start) stop = start;
      std::string all(a->data ? a->data : "", a->size);
      std::string out = all.substr(0, size_t(start) * isz) + data + all.substr(size_t(stop) * isz);
      if (out.size() != a->size && failed(resize(vm, a, out.size()))) return Value::null();
      if (!out.empty()) std::memcpy(a->data, out.data(), out.size());
      (void)n;
      return Value::none();
    }
    if (size_t(len) != m)
      return raise(vm, vm.ValueError, "attempt to assign array of size %zu to extended slice of size %lld", m,
                   (long long)len);
    for (int64_t k = 0, i = start; k < len; k++, i += step) std::memcpy(item_ptr(a, size_t(i)), data.data() + k * isz, isz);
    return Value::none();
  }
  if (!is_int(vm, key) && type_lookup(type_of(vm, key), vm.s_index).is_null())
    return raise(vm, vm.TypeError, "array indices must be integers");
  int64_t i;
  if (failed(norm_index(vm, a, key, i, "array assignment index out of range"))) return Value::null();
  char buf[8];
  if (failed(set_item(vm, tc, buf, v))) return Value::null();
  std::memcpy(item_ptr(a, size_t(i)), buf, isz);
  return Value::none();
}

Status delete_range(VM& vm, ByteArray* a, size_t from, size_t to) {
  size_t isz = size_t(item_size(char(a->flags)));
  if (to <= from) return Status::Ok;
  std::memmove(a->data + from * isz, a->data + to * isz, a->size - to * isz);
  return resize(vm, a, a->size - (to - from) * isz);
}

Value m_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__delitem__");
  Value key = args[0];
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, len;
    if (failed(slice_indices(vm, key.as<Slice>(), int64_t(count_of(a)), start, stop, step, len))) return Value::null();
    if (len == 0) return Value::none();
    if (step < 0) {
      start = start + (len - 1) * step;
      step = -step;
    }
    if (step == 1) return failed(delete_range(vm, a, size_t(start), size_t(start + len))) ? Value::null() : Value::none();
    std::string out;
    size_t n = count_of(a);
    for (size_t i = 0; i < n; i++) {
      bool del = int64_t(i) >= start && (int64_t(i) - start) % step == 0 && (int64_t(i) - start) / step < len;
      if (!del) out.append(item_ptr(a, i), isz);
    }
    if (failed(resize(vm, a, out.size()))) return Value::null();
    if (!out.empty()) std::memcpy(a->data, out.data(), out.size());
    return Value::none();
  }
  int64_t i;
  if (failed(norm_index(vm, a, key, i, "array assignment index out of range"))) return Value::null();
  if (failed(delete_range(vm, a, size_t(i), size_t(i) + 1))) return Value::null();
  return Value::none();
}

Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__contains__");
  Root ra(vm, Value::ptr(a)), rx(vm, args[0]);
  for (size_t i = 0; i < count_of(a); i++) {
    Value x = get_item(vm, tc, item_ptr(a, i));
    if (x.is_null()) return x;
    int r = eq(vm, x, args[0]);
    if (r < 0) return Value::null();
    if (r) return Value::true_();
  }
  return Value::false_();
}

Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("__iter__");
  Value m = dict_get_cstr(vm, vm.modules, "array");
  Value it = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "_arrayiterator") : Value::null();
  if (!is_layout(it, Layout::Type)) return raise(vm, vm.SystemError, "array iterator type is missing");
  return new_iter(vm, it.as<Type>(), Value::ptr(a), 0);
}

Value iter_self(VM&, Value self, Value*, size_t, Tuple*) { return self; }

Value iter_next_fn(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  ByteArray* a = as_array(vm, it->seq);
  if (!a || it->index >= int64_t(count_of(a))) {
    it->seq = Value::none();
    return raise_value(vm, Value::ptr(vm.StopIteration));
  }
  return get_item(vm, char(a->flags), item_ptr(a, size_t(it->index++)));
}

Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("__repr__");
  Root ra(vm, Value::ptr(a));
  Type* t = type_of(vm, self);
  std::string name(t->qualname ? t->qualname->view() : t->name->view());
  if (t == array_type(vm)) name = "array";
  std::string out = name + "('" + tc + "'";
  size_t n = count_of(a);
  if (n) {
    Value inner;
    if (tc == 'u') {
      std::string s;
      for (size_t i = 0; i < n; i++) {
        uint32_t cp;
        std::memcpy(&cp, item_ptr(a, i), 4);
        utf8_append(s, cp);
      }
      Value sv = new_str(vm, s);
      if (sv.is_null()) return sv;
      inner = repr(vm, sv);
    } else {
      List* l = new_list(vm, n);
      if (!l) return raise_no_memory(vm);
      Root rl(vm, Value::ptr(l));
      for (size_t i = 0; i < n; i++) {
        Value x = get_item(vm, tc, item_ptr(a, i));
        if (x.is_null() || failed(list_append(vm, l, x))) return Value::null();
      }
      inner = repr(vm, Value::ptr(l));
    }
    if (inner.is_null()) return inner;
    out += ", ";
    out += as_str(inner)->view();
  }
  out += ")";
  return new_str(vm, out);
}

// ---------- methods ----------

Value m_append(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("append");
  return failed(append_item(vm, a, args[0])) ? Value::null() : Value::none();
}

Value m_extend(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("extend");
  return failed(extend_iterable(vm, a, args[0])) ? Value::null() : Value::none();
}

Value m_fromlist(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("fromlist");
  if (!is_list(args[0])) return raise(vm, vm.TypeError, "arg must be list");
  size_t old = a->size;
  Root ra(vm, Value::ptr(a));
  if (failed(extend_iterable(vm, a, args[0]))) {
    Value e = vm.exc;
    Root re(vm, e);
    vm.exc = Value::null();
    (void)resize(vm, a, old);
    vm.exc = e;
    return Value::null();
  }
  return Value::none();
}

Value m_frombytes(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("frombytes");
  std::string_view data;
  if (!bytes_view(args[0], data))
    return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  if (data.size() % isz) return raise(vm, vm.ValueError, "bytes length not a multiple of item size");
  return failed(append_bytes(vm, a, data)) ? Value::null() : Value::none();
}

Value m_fromunicode(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("fromunicode");
  Str* s = str_unwrap(args[0]);
  if (!s) return raise(vm, vm.TypeError, "fromunicode() argument must be str, not %s", type_name(vm, args[0]));
  if (tc != 'u') return raise(vm, vm.ValueError, "fromunicode() may only be called on unicode type arrays");
  return failed(from_unicode(vm, a, s)) ? Value::null() : Value::none();
}

Value m_tobytes(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("tobytes");
  return new_bytes(vm, std::string_view(a->data ? a->data : "", a->size));
}

Value m_tolist(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("tolist");
  Root ra(vm, Value::ptr(a));
  size_t n = count_of(a);
  List* l = new_list(vm, n);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  for (size_t i = 0; i < n; i++) {
    Value x = get_item(vm, tc, item_ptr(a, i));
    if (x.is_null() || failed(list_append(vm, l, x))) return Value::null();
  }
  return Value::ptr(l);
}

Value m_tounicode(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("tounicode");
  if (tc != 'u') return raise(vm, vm.ValueError, "tounicode() may only be called on unicode type arrays");
  std::string s;
  for (size_t i = 0; i < count_of(a); i++) {
    uint32_t cp;
    std::memcpy(&cp, item_ptr(a, i), 4);
    if (cp > 0x10FFFF) return raise(vm, vm.ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
    utf8_append(s, cp);
  }
  return new_str(vm, s);
}

Value m_tofile(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("tofile");
  Value b = new_bytes(vm, std::string_view(a->data ? a->data : "", a->size));
  if (b.is_null()) return b;
  Root rb(vm, b);
  Value r = call_method(vm, args[0], vm.intern("write"), &rb.value, 1);
  return r.is_null() ? r : Value::none();
}

Value m_fromfile(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("fromfile");
  int64_t n;
  if (failed(index_i64(vm, args[1], n))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "negative count");
  Root ra(vm, Value::ptr(a));
  Value want = new_int(vm, n * int64_t(isz));
  Root rw(vm, want);
  Value b = call_method(vm, args[0], vm.intern("read"), &rw.value, 1);
  if (b.is_null()) return b;
  Root rb(vm, b);
  std::string_view data;
  if (!is_layout(b, Layout::Bytes) || !bytes_view(b, data)) return raise(vm, vm.TypeError, "read() didn't return bytes");
  size_t whole = data.size() / isz * isz;
  if (failed(append_bytes(vm, a, data.substr(0, whole)))) return Value::null();
  if (data.size() < size_t(n) * isz) return raise(vm, vm.EOFError, "read() didn't return enough bytes");
  return Value::none();
}

Value m_insert(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("insert");
  int64_t i;
  if (failed(index_i64(vm, args[0], i))) return Value::null();
  int64_t n = int64_t(count_of(a));
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  char buf[8];
  Root ra(vm, Value::ptr(a));
  if (failed(set_item(vm, tc, buf, args[1]))) return Value::null();
  if (failed(resize(vm, a, a->size + isz))) return Value::null();
  std::memmove(a->data + (i + 1) * int64_t(isz), a->data + i * int64_t(isz), size_t(n - i) * isz);
  std::memcpy(a->data + i * int64_t(isz), buf, isz);
  return Value::none();
}

Value m_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  ARRAY_SELF("pop");
  int64_t i = -1;
  if (nargs > 0 && failed(index_i64(vm, args[0], i))) return Value::null();
  int64_t n = int64_t(count_of(a));
  if (n == 0) return raise(vm, vm.IndexError, "pop from empty array");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(vm, vm.IndexError, "pop index out of range");
  Value x = get_item(vm, tc, item_ptr(a, size_t(i)));
  if (x.is_null()) return x;
  Root rx(vm, x);
  if (failed(delete_range(vm, a, size_t(i), size_t(i) + 1))) return Value::null();
  return x;
}

// Index of the first item equal to x in [start, stop), -1 if none, -2 on error.
int64_t find_item(VM& vm, ByteArray* a, Value x, int64_t start, int64_t stop) {
  Root ra(vm, Value::ptr(a)), rx(vm, x);
  for (int64_t i = start; i < stop && i < int64_t(count_of(a)); i++) {
    Value y = get_item(vm, char(a->flags), item_ptr(a, size_t(i)));
    if (y.is_null()) return -2;
    int r = eq(vm, y, x);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

Value m_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  ARRAY_SELF("index");
  int64_t n = int64_t(count_of(a));
  int64_t start = 0, stop = n;
  if (nargs > 1 && failed(index_clamped(vm, args[1], start))) return Value::null();
  if (nargs > 2 && failed(index_clamped(vm, args[2], stop))) return Value::null();
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  int64_t i = find_item(vm, a, args[0], start, stop);
  if (i == -2) return Value::null();
  if (i < 0) return raise(vm, vm.ValueError, "array.index(x): x not in array");
  return new_int(vm, i);
}

Value m_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("remove");
  int64_t i = find_item(vm, a, args[0], 0, int64_t(count_of(a)));
  if (i == -2) return Value::null();
  if (i < 0) return raise(vm, vm.ValueError, "array.remove(x): x not in array");
  return failed(delete_range(vm, a, size_t(i), size_t(i) + 1)) ? Value::null() : Value::none();
}

Value m_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("count");
  Root ra(vm, Value::ptr(a)), rx(vm, args[0]);
  int64_t c = 0;
  for (size_t i = 0; i < count_of(a); i++) {
    Value y = get_item(vm, tc, item_ptr(a, i));
    if (y.is_null()) return y;
    int r = eq(vm, y, args[0]);
    if (r < 0) return Value::null();
    c += r;
  }
  return new_int(vm, c);
}

Value m_reverse(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("reverse");
  size_t n = count_of(a);
  char tmp[8];
  for (size_t i = 0; i < n / 2; i++) {
    std::memcpy(tmp, item_ptr(a, i), isz);
    std::memcpy(item_ptr(a, i), item_ptr(a, n - 1 - i), isz);
    std::memcpy(item_ptr(a, n - 1 - i), tmp, isz);
  }
  return Value::none();
}

Value m_byteswap(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("byteswap");
  for (size_t i = 0; i < count_of(a); i++) {
    char* p = item_ptr(a, i);
    for (size_t k = 0; k < isz / 2; k++) std::swap(p[k], p[isz - 1 - k]);
  }
  return Value::none();
}

Value m_buffer_info(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("buffer_info");
  Value items[2] = {new_int_u64(vm, uint64_t(reinterpret_cast<uintptr_t>(a->data))), Value::null()};
  Root r0(vm, items[0]);
  items[1] = new_int(vm, int64_t(count_of(a)));
  return new_tuple_from(vm, items, 2);
}

Value copy_of(VM& vm, ByteArray* a) {
  Root ra(vm, Value::ptr(a));
  Value rv = new_array(vm, nullptr, char(a->flags));
  if (rv.is_null()) return rv;
  Root rr(vm, rv);
  if (failed(append_bytes(vm, rv.as<ByteArray>(), std::string_view(a->data ? a->data : "", a->size)))) return Value::null();
  return rv;
}

Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("__copy__");
  return copy_of(vm, a);
}

// __reduce_ex__(protocol): (type(self), (typecode, list), state) for every protocol; it
// round-trips through pickle and copy (CPython uses _array_reconstructor from protocol 3).
Value m_reduce_ex(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("__reduce_ex__");
  Root rs(vm, self);
  Value lst = m_tolist(vm, self, nullptr, 0, nullptr);
  if (lst.is_null()) return lst;
  Root rl(vm, lst);
  Value code = new_str(vm, std::string(1, tc));
  if (code.is_null()) return code;
  Root rc(vm, code);
  Value inner[2] = {code, lst};
  Value targs = new_tuple_from(vm, inner, 2);
  if (targs.is_null()) return targs;
  Root rt(vm, targs);
  Value state = Value::none();
  if (is_layout(self, Layout::Instance)) {
    state = getattr_opt(vm, self, vm.intern("__dict__"));
    if (state.is_null()) state = Value::none();
  }
  Root rst(vm, state);
  Value outer[3] = {Value::ptr(type_of(vm, self)), targs, state};
  return new_tuple_from(vm, outer, 3);
}

Value m_typecode(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("typecode");
  return new_str(vm, std::string(1, tc));
}

Value m_itemsize(VM& vm, Value self, Value*, size_t, Tuple*) {
  ARRAY_SELF("itemsize");
  return Value::small(int64_t(isz));
}

// ---------- operators ----------

Value m_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__add__");
  ByteArray* b = as_array(vm, args[0]);
  if (!b) return raise(vm, vm.TypeError, "can only append array (not \"%s\") to array", type_name(vm, args[0]));
  if (b->flags != a->flags) return raise(vm, vm.TypeError, "bad argument type for built-in operation");
  Root rb(vm, Value::ptr(b));
  Value rv = copy_of(vm, a);
  if (rv.is_null()) return rv;
  Root rr(vm, rv);
  if (failed(append_bytes(vm, rv.as<ByteArray>(), std::string_view(b->data ? b->data : "", b->size)))) return Value::null();
  return rv;
}

Value m_iadd(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__iadd__");
  ByteArray* b = as_array(vm, args[0]);
  if (!b) return raise(vm, vm.TypeError, "can only extend array with array (not \"%s\")", type_name(vm, args[0]));
  if (b->flags != a->flags) return raise(vm, vm.TypeError, "can only extend with array of same kind");
  Root rs(vm, self);
  if (failed(append_bytes(vm, a, std::string_view(b->data ? b->data : "", b->size)))) return Value::null();
  return self;
}

Value repeat(VM& vm, ByteArray* a, Value nv, bool inplace, Value self) {
  if (!is_int(vm, nv) && type_lookup(type_of(vm, nv), vm.s_index).is_null()) return vm.not_implemented;
  int64_t n;
  if (failed(index_i64(vm, nv, n))) return Value::null();
  if (n < 0) n = 0;
  std::string data(a->data ? a->data : "", a->size);
  if (n > 0 && data.size() > 0 && uint64_t(n) > (uint64_t(1) << 32) / data.size()) return raise_no_memory(vm);
  std::string out;
  out.reserve(data.size() * size_t(n));
  for (int64_t k = 0; k < n; k++) out += data;
  Root rs(vm, self), ra(vm, Value::ptr(a));
  if (inplace) {
    if (failed(resize(vm, a, out.size()))) return Value::null();
    if (!out.empty()) std::memcpy(a->data, out.data(), out.size());
    return self;
  }
  Value rv = new_array(vm, nullptr, char(a->flags));
  if (rv.is_null()) return rv;
  Root rr(vm, rv);
  if (failed(append_bytes(vm, rv.as<ByteArray>(), out))) return Value::null();
  return rv;
}

Value m_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__mul__");
  return repeat(vm, a, args[0], false, self);
}
Value m_imul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  ARRAY_SELF("__imul__");
  return repeat(vm, a, args[0], true, self);
}

// Rich comparison: element by element over the values (any two typecodes), like lists.
Value compare_arrays(VM& vm, Value self, Value other, CmpOp op) {
  ByteArray* a = as_array(vm, self);
  ByteArray* b = as_array(vm, other);
  if (!a || !b) return vm.not_implemented;
  Root ra(vm, Value::ptr(a)), rb(vm, Value::ptr(b));
  size_t na = count_of(a), nb = count_of(b);
  if (na != nb && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::boolean(op == CmpOp::Ne);
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    Value x = get_item(vm, char(a->flags), item_ptr(a, i));
    if (x.is_null()) return x;
    Root rx(vm, x);
    Value y = get_item(vm, char(b->flags), item_ptr(b, i));
    if (y.is_null()) return y;
    int r = eq(vm, x, y);
    if (r < 0) return Value::null();
    if (!r) {
      if (op == CmpOp::Eq) return Value::false_();
      if (op == CmpOp::Ne) return Value::true_();
      return compare(vm, x, y, op);
    }
  }
  int64_t d = int64_t(na) - int64_t(nb);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(d < 0);
    case CmpOp::Le: return Value::boolean(d <= 0);
    case CmpOp::Eq: return Value::boolean(d == 0);
    case CmpOp::Ne: return Value::boolean(d != 0);
    case CmpOp::Gt: return Value::boolean(d > 0);
    default: return Value::boolean(d >= 0);
  }
}

Value m_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Eq); }
Value m_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Ne); }
Value m_lt(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Lt); }
Value m_le(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Le); }
Value m_gt(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Gt); }
Value m_ge(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_arrays(vm, self, args[0], CmpOp::Ge); }

Value make_array_module(VM& vm) {
  Value mv = native_module(vm, "array");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Type* t = native_type(vm, m, "array", "array", Layout::ByteArray, array_ctor);
  if (!t) return Value::null();
  Root rt(vm, Value::ptr(t));
  static const MethodDef methods[] = {
      {"__len__", m_len, 0, 0, 0},
      {"__getitem__", m_getitem, 1, 1, 0},
      {"__setitem__", m_setitem, 2, 2, 0},
      {"__delitem__", m_delitem, 1, 1, 0},
      {"__contains__", m_contains, 1, 1, 0},
      {"__iter__", m_iter, 0, 0, 0},
      {"__repr__", m_repr, 0, 0, 0},
      {"__add__", m_add, 1, 1, 0},
      {"__iadd__", m_iadd, 1, 1, 0},
      {"__mul__", m_mul, 1, 1, 0},
      {"__rmul__", m_mul, 1, 1, 0},
      {"__imul__", m_imul, 1, 1, 0},
      {"__eq__", m_eq, 1, 1, 0},
      {"__ne__", m_ne, 1, 1, 0},
      {"__lt__", m_lt, 1, 1, 0},
      {"__le__", m_le, 1, 1, 0},
      {"__gt__", m_gt, 1, 1, 0},
      {"__ge__", m_ge, 1, 1, 0},
      {"__copy__", m_copy, 0, 0, 0},
      {"__deepcopy__", m_copy, 1, 1, 0},
      {"__reduce_ex__", m_reduce_ex, 1, 1, 0},
      {"append", m_append, 1, 1, 0},
      {"extend", m_extend, 1, 1, 0},
      {"fromlist", m_fromlist, 1, 1, 0},
      {"frombytes", m_frombytes, 1, 1, 0},
      {"fromunicode", m_fromunicode, 1, 1, 0},
      {"fromfile", m_fromfile, 2, 2, 0},
      {"tobytes", m_tobytes, 0, 0, 0},
      {"tolist", m_tolist, 0, 0, 0},
      {"tounicode", m_tounicode, 0, 0, 0},
      {"tofile", m_tofile, 1, 1, 0},
      {"insert", m_insert, 2, 2, 0},
      {"pop", m_pop, 0, 1, 0},
      {"index", m_index, 1, 3, 0},
      {"remove", m_remove, 1, 1, 0},
      {"count", m_count, 1, 1, 0},
      {"reverse", m_reverse, 0, 0, 0},
      {"byteswap", m_byteswap, 0, 0, 0},
      {"buffer_info", m_buffer_info, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  add_getter(vm, t, "typecode", m_typecode);
  add_getter(vm, t, "itemsize", m_itemsize);
  (void)dict_set_str(vm, t->dict, vm.intern("__hash__"), Value::none());
  type_modified(vm, t);
  (void)dict_set_cstr(vm, m->dict, "ArrayType", Value::ptr(t));
  Value codes = new_str(vm, kTypecodes);
  if (codes.is_null()) return codes;
  (void)dict_set_cstr(vm, m->dict, "typecodes", codes);

  // The iterator type (not public in CPython either; kept under a private name).
  Type* it = new_builtin_type(vm, "arrayiterator", Layout::Iter, vm.object_type, false);
  if (!it) return Value::null();
  Root rit(vm, Value::ptr(it));
  static const MethodDef iter_methods[] = {{"__iter__", iter_self, 0, 0, 0}, {"__next__", iter_next_fn, 0, 0, 0}};
  add_methods(vm, it, iter_methods);
  (void)dict_set_cstr(vm, m->dict, "_arrayiterator", Value::ptr(it));
  // collections.abc.MutableSequence.register(array), as CPython's array module does (skipped
  // when collections.abc cannot be imported, e.g. a bundle that does not include it).
  auto register_abc = [&]() -> Value {
    Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
    if (imp.is_null()) return raise(vm, vm.ImportError, "__import__ not found");
    Value name = new_str(vm, "collections.abc");
    if (name.is_null()) return name;
    Value pkg = call1(vm, imp, name);
    if (pkg.is_null()) return pkg;
    Root rp(vm, pkg);
    Value abcm = getattr_cstr(vm, pkg, "abc");
    if (abcm.is_null()) return abcm;
    Root ra(vm, abcm);
    Value ms = getattr_cstr(vm, abcm, "MutableSequence");
    if (ms.is_null()) return ms;
    Root rms(vm, ms);
    Value reg = getattr_cstr(vm, ms, "register");
    if (reg.is_null()) return reg;
    Root rr(vm, reg);
    return call1(vm, reg, Value::ptr(t));
  };
  if (register_abc().is_null()) clear_exc(vm);
  return mv;
}

}  // namespace

void init_array(VM& vm) { register_native_module(vm, "array", make_array_module); }

}  // namespace taipan::runtime
