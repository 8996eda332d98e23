// The builtin memoryview type (and its iterator), as CPython 3.11's over the objects whose
// memory Taipan can expose: bytes, bytearray, subclass instances of either, and other views.
//
// A view is a MemView (below, Opaque layout with its own trace/finalize): `base` is the
// Bytes or ByteArray that owns the memory, `obj` the exporter as given (what mv.obj
// returns), and the items are at base's data + offset + sum(index[d] * strides[d]).
// `dims` holds shape[0..ndim) then strides[0..ndim) (strides in bytes, possibly negative
// after a slice with a negative step). `fmt` is a native single-character struct format,
// optionally prefixed with '@' (kept as given, as CPython's format attribute shows it).
// Slices, casts and toreadonly() make new MemViews over the same base.
//
// Exports: a bytearray cannot be resized while a view of it is unreleased. Views over a
// bytearray are listed in vm.buffer_exports (not traced: a view removes itself when it is
// released or finalized). bytearray_check_resize() scans that list; when it finds a view
// of the bytearray it first runs a collection, because without reference counting a view
// the program has dropped is still listed until the collector finalizes it.
#include <cmath>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

constexpr int kMaxDim = 64;

struct MemView : Object {
  Value obj;
  Value base;
  int64_t offset;
  int64_t hash;  // -1 until computed
  int32_t ndim, itemsize;
  char fmt[3];
  uint8_t readonly, released, registered;
  int64_t dims[1];
  int64_t* shape() { return dims; }
  int64_t* strides() { return dims + ndim; }
};

void trace_memview(Object* o, Marker& m) {
  auto* v = static_cast<MemView*>(o);
  m.mark(v->obj);
  m.mark(v->base);
}

void unregister(VM& vm, MemView* v) {
  if (!v->registered) return;
  v->registered = 0;
  auto& list = vm.buffer_exports;
  for (size_t i = 0; i < list.size(); i++) {
    if (list[i] == v) {
      list[i] = list.back();
      list.pop_back();
      return;
    }
  }
}

// Touches only the view itself and the VM's list, never `base` (which may be dead too).
void fin_memview(VM& vm, Object* o) { unregister(vm, static_cast<MemView*>(o)); }

MemView* as_view(Value v) {
  if (!v.is_ptr() || v.as_ptr()->type->trace != trace_memview) return nullptr;
  return static_cast<MemView*>(v.as_ptr());
}

Value forbidden(VM& vm) { return raise(vm, vm.ValueError, "operation forbidden on released memoryview object"); }

// The view of `self`, or null with an exception (not a view, or released).
MemView* live_view(VM& vm, Value self) {
  MemView* v = as_view(self);
  if (!v) {
    raise(vm, vm.TypeError, "descriptor requires a 'memoryview' object but received a '%s'", type_name(vm, self));
    return nullptr;
  }
  if (v->released) {
    forbidden(vm);
    return nullptr;
  }
  return v;
}
#define VIEW_SELF                   \
  MemView* v = live_view(vm, self); \
  if (!v) return Value::null()

// The Bytes or ByteArray holding the memory of a bytes-like exporter; nullptr otherwise.
Object* exporter_base(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (!b.is_ptr()) return nullptr;
    o = b.as_ptr();
  }
  Layout l = o->type->layout;
  return l == Layout::Bytes || l == Layout::ByteArray ? o : nullptr;
}

uint8_t* base_data(Value base) {
  static uint8_t empty[1];
  Object* o = base.as_ptr();
  if (o->type->layout == Layout::Bytes) return reinterpret_cast<uint8_t*>(static_cast<Bytes*>(o)->data);
  auto* b = static_cast<ByteArray*>(o);
  return b->data ? reinterpret_cast<uint8_t*>(b->data) : empty;
}
uint8_t* first_item(MemView* v) { return base_data(v->base) + v->offset; }

char fmt_char(const char* fmt) { return fmt[0] == '@' ? fmt[1] : fmt[0]; }
const char* fmt_plain(const char* fmt) { return fmt[0] == '@' ? fmt + 1 : fmt; }

// Item size of a native single-character format (optionally '@'-prefixed), or -1.
int native_itemsize(std::string_view f) {
  if (!f.empty() && f[0] == '@') f.remove_prefix(1);
  if (f.size() != 1) return -1;
  switch (f[0]) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return -1;
  }
}
bool is_byte_format(char c) { return c == 'B' || c == 'b' || c == 'c'; }

// A read-only description of a buffer: a view, or a bytes-like object seen as 1-D 'B'.
struct Buf {
  const uint8_t* p;
  const char* fmt;
  int itemsize, ndim;
  const int64_t* shape;
  const int64_t* strides;
  int64_t len1;  // backing store of shape/strides for the bytes-like case
  int64_t one = 1;
};

bool describe(Value w, Buf& b) {
  if (MemView* v = as_view(w)) {
    b.p = first_item(v);
    b.fmt = v->fmt;
    b.itemsize = v->itemsize;
    b.ndim = v->ndim;
    b.shape = v->shape();
    b.strides = v->strides();
    return true;
  }
  std::string_view data;
  if (!bytes_view(w, data)) return false;
  b.p = reinterpret_cast<const uint8_t*>(data.data());
  b.fmt = "B";
  b.itemsize = 1;
  b.ndim = 1;
  b.len1 = int64_t(data.size());
  b.shape = &b.len1;
  b.strides = &b.one;
  return true;
}

int64_t item_count(const int64_t* shape, int ndim) {
  int64_t n = 1;
  for (int d = 0; d < ndim; d++) n *= shape[d];
  return n;
}
int64_t view_nbytes(MemView* v) { return item_count(v->shape(), v->ndim) * v->itemsize; }

bool c_contiguous(const int64_t* shape, const int64_t* strides, int ndim, int itemsize) {
  if (item_count(shape, ndim) == 0) return true;
  int64_t want = itemsize;
  for (int d = ndim - 1; d >= 0; d--) {
    if (shape[d] > 1 && strides[d] != want) return false;
    want *= shape[d];
  }
  return true;
}
bool f_contiguous(const int64_t* shape, const int64_t* strides, int ndim, int itemsize) {
  if (item_count(shape, ndim) == 0) return true;
  int64_t want = itemsize;
  for (int d = 0; d < ndim; d++) {
    if (shape[d] > 1 && strides[d] != want) return false;
    want *= shape[d];
  }
  return true;
}
bool view_c_contiguous(MemView* v) { return c_contiguous(v->shape(), v->strides(), v->ndim, v->itemsize); }

// Calls fn(pointer) for every item of the buffer in C (row-major) or Fortran order.
template <typename F> void for_each_item(const Buf& b, bool fortran, F fn) {
  int64_t n = item_count(b.shape, b.ndim);
  if (n == 0) return;
  int64_t idx[kMaxDim] = {};
  for (int64_t k = 0; k < n; k++) {
    const uint8_t* p = b.p;
    for (int d = 0; d < b.ndim; d++) p += idx[d] * b.strides[d];
    fn(p);
    if (fortran) {
      for (int d = 0; d < b.ndim; d++) {
        if (++idx[d] < b.shape[d]) break;
        idx[d] = 0;
      }
    } else {
      for (int d = b.ndim - 1; d >= 0; d--) {
        if (++idx[d] < b.shape[d]) break;
        idx[d] = 0;
      }
    }
  }
}

std::string buf_bytes(const Buf& b, bool fortran) {
  std::string out;
  out.reserve(size_t(item_count(b.shape, b.ndim) * b.itemsize));
  for_each_item(b, fortran, [&](const uint8_t* p) { out.append(reinterpret_cast<const char*>(p), size_t(b.itemsize)); });
  return out;
}

// ---------- items: unpacking and packing by format ----------

template <typename T> T load(const uint8_t* p) {
  T x;
  std::memcpy(&x, p, sizeof x);
  return x;
}
template <typename T> void store(uint8_t* p, T x) { std::memcpy(p, &x, sizeof x); }

Value unpack_item(VM& vm, char c, const uint8_t* p) {
  switch (c) {
    case 'B': return Value::small(*p);
    case 'b': return Value::small(int8_t(*p));
    case 'c': return new_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?': return Value::boolean(*p != 0);
    case 'h': return Value::small(load<int16_t>(p));
    case 'H': return Value::small(load<uint16_t>(p));
    case 'i': return Value::small(load<int32_t>(p));
    case 'I': return Value::small(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return new_int(vm, load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return new_int_u64(vm, load<uint64_t>(p));
    case 'f': return new_float(double(load<float>(p)));
    case 'd': return new_float(load<double>(p));
    default: return raise(vm, vm.NotImplementedError, "memoryview: format %c not supported", c);
  }
}

Status invalid_type(VM& vm, const char* fmt) {
  raise(vm, vm.TypeError, "memoryview: invalid type for format '%s'", fmt_plain(fmt));
  return Status::Error;
}
Status invalid_value(VM& vm, const char* fmt) {
  raise(vm, vm.ValueError, "memoryview: invalid value for format '%s'", fmt_plain(fmt));
  return Status::Error;
}
// A TypeError becomes "invalid type", an OverflowError or ValueError "invalid value".
Status fix_error(VM& vm, const char* fmt) {
  if (exc_matches(vm, vm.TypeError)) {
    clear_exc(vm);
    return invalid_type(vm, fmt);
  }
  if (exc_matches(vm, vm.OverflowError) || exc_matches(vm, vm.ValueError)) {
    clear_exc(vm);
    return invalid_value(vm, fmt);
  }
  return Status::Error;
}

// Packs `item` at p. The view is re-checked after conversions that can run Python code.
Status pack_item(VM& vm, MemView* v, uint8_t* p, Value item) {
  const char* fmt = v->fmt;
  char c = fmt_char(fmt);
  size_t off = size_t(p - first_item(v));
  switch (c) {
    case 'c': {
      if (!is_layout(item, Layout::Bytes)) return invalid_type(vm, fmt);
      if (item.as<Bytes>()->size != 1) return invalid_value(vm, fmt);
      *p = uint8_t(item.as<Bytes>()->data[0]);
      return Status::Ok;
    }
    case '?': {
      Root rv(vm, Value::ptr(v));
      int t = truthy(vm, item);
      if (t < 0) return Status::Error;
      if (v->released) {
        forbidden(vm);
        return Status::Error;
      }
      first_item(v)[off] = uint8_t(t);
      return Status::Ok;
    }
    case 'f': case 'd': {
      Root rv(vm, Value::ptr(v));
      double d;
      if (failed(to_double(vm, item, d))) return fix_error(vm, fmt);
      if (v->released) {
        forbidden(vm);
        return Status::Error;
      }
      uint8_t* q = first_item(v) + off;
      if (c == 'd') {
        store(q, d);
      } else {
        store(q, float(d));  // a plain C conversion, as CPython's memoryview does: too large -> inf
      }
      return Status::Ok;
    }
    default: break;
  }
  // Integer formats.
  Root rv(vm, Value::ptr(v));
  Value iv = index_value(vm, item);
  if (iv.is_null()) return fix_error(vm, fmt);
  BigInt b = to_bigint(iv);
  if (v->released) {
    forbidden(vm);
    return Status::Error;
  }
  uint8_t* q = first_item(v) + off;
  bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
  if (is_signed) {
    if (!b.fits_i64()) return invalid_value(vm, fmt);
    int64_t x = b.to_i64();
    switch (c) {
      case 'b': if (x < INT8_MIN || x > INT8_MAX) return invalid_value(vm, fmt); *q = uint8_t(int8_t(x)); break;
      case 'h': if (x < INT16_MIN || x > INT16_MAX) return invalid_value(vm, fmt); store(q, int16_t(x)); break;
      case 'i': if (x < INT32_MIN || x > INT32_MAX) return invalid_value(vm, fmt); store(q, int32_t(x)); break;
      default: store(q, x); break;
    }
    return Status::Ok;
  }
  if (c == 'P' && b.neg && b.fits_i64()) {  // a pointer may be given as a negative C long
    store(q, b.to_i64());
    return Status::Ok;
  }
  if (b.neg && !b.is_zero()) return invalid_value(vm, fmt);
  if (b.mag.size() > 2) return invalid_value(vm, fmt);
  uint64_t x = b.mag.empty() ? 0 : b.mag.size() == 1 ? b.mag[0] : uint64_t(b.mag[0]) | uint64_t(b.mag[1]) << 32;
  switch (c) {
    case 'B': if (x > UINT8_MAX) return invalid_value(vm, fmt); *q = uint8_t(x); break;
    case 'H': if (x > UINT16_MAX) return invalid_value(vm, fmt); store(q, uint16_t(x)); break;
    case 'I': if (x > UINT32_MAX) return invalid_value(vm, fmt); store(q, uint32_t(x)); break;
    default: store(q, x); break;
  }
  return Status::Ok;
}

// ---------- construction ----------

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kDimsOffset = offsetof(MemView, dims);
#pragma GCC diagnostic pop

MemView* alloc_view(VM& vm, int ndim) {
  size_t bytes = kDimsOffset + sizeof(int64_t) * size_t(ndim > 0 ? 2 * ndim : 1);
  auto* v = static_cast<MemView*>(vm.heap.alloc(bytes, vm.memoryview_type));
  if (!v) {
    raise_no_memory(vm);
    return nullptr;
  }
  v->obj = v->base = Value::none();
  v->hash = -1;
  v->ndim = ndim;
  return v;
}

void register_export(VM& vm, MemView* v) {
  if (is_layout(v->base, Layout::ByteArray)) {
    vm.buffer_exports.push_back(v);
    v->registered = 1;
  }
}

// A new view sharing src's memory, format and flags, with `ndim` dimensions left for the
// caller to fill (or copied from src when ndim == src->ndim and copy_dims).
MemView* derive(VM& vm, MemView* src, int ndim, bool copy_dims) {
  Root rs(vm, Value::ptr(src));
  MemView* v = alloc_view(vm, ndim);
  if (!v) return nullptr;
  v->obj = src->obj;
  v->base = src->base;
  v->offset = src->offset;
  v->itemsize = src->itemsize;
  std::memcpy(v->fmt, src->fmt, sizeof v->fmt);
  v->readonly = src->readonly;
  if (copy_dims)
    for (int d = 0; d < 2 * ndim; d++) v->dims[d] = src->dims[d];
  register_export(vm, v);
  return v;
}

Value view_from_object(VM& vm, Value o) {
  if (MemView* src = as_view(o)) {
    if (src->released) return forbidden(vm);
    MemView* v = derive(vm, src, src->ndim, true);
    return v ? Value::ptr(v) : Value::null();
  }
  Object* base = exporter_base(o);
  if (!base) return raise(vm, vm.TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(vm, o));
  Root ro(vm, o), rb(vm, Value::ptr(base));
  MemView* v = alloc_view(vm, 1);
  if (!v) return Value::null();
  v->obj = o;
  v->base = Value::ptr(base);
  v->offset = 0;
  v->itemsize = 1;
  v->fmt[0] = 'B';
  v->readonly = base->type->layout == Layout::Bytes;
  std::string_view data;
  (void)bytes_view(Value::ptr(base), data);
  v->shape()[0] = int64_t(data.size());
  v->strides()[0] = 1;
  // A ByteArray-layout object of another type (array.array) keeps its item format in flags.
  if (base->type->layout == Layout::ByteArray && base->type != vm.bytearray_type && base->flags) {
    char f[2] = {char(base->flags), 0};
    int size = native_itemsize(f);
    if (size > 0) {
      v->fmt[0] = f[0];
      v->itemsize = size;
      v->shape()[0] = int64_t(data.size()) / size;
      v->strides()[0] = size;
    }
  }
  register_export(vm, v);
  return Value::ptr(v);
}

Value mv_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"object"};
  Value a[1];
  if (failed(clinic_args(vm, "memoryview", args, nargs, kwnames, names, 1, 1, a))) return Value::null();
  return view_from_object(vm, a[0]);
}

// ---------- indexing ----------

bool index_like(VM& vm, Value k) { return is_int(vm, k) || !type_lookup(type_of(vm, k), vm.s_index).is_null(); }

// PyNumber_AsSsize_t(key, IndexError).
Status key_index(VM& vm, Value k, int64_t& out) {
  Value iv = index_value(vm, k);
  if (iv.is_null()) return Status::Error;
  if (failed(int_to_i64(vm, iv, out))) {
    clear_exc(vm);
    raise(vm, vm.IndexError, "cannot fit '%s' into an index-sized integer", type_name(vm, k));
    return Status::Error;
  }
  return Status::Ok;
}

Status dim_offset(VM& vm, MemView* v, int d, int64_t i, int64_t& off) {
  int64_t n = v->shape()[d];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(vm, vm.IndexError, "index out of bounds on dimension %d", d + 1);
    return Status::Error;
  }
  off += i * v->strides()[d];
  return Status::Ok;
}

bool is_multi_index(VM& vm, Value k) {
  if (!is_exact(k, vm.tuple_type)) return false;
  Tuple* t = k.as<Tuple>();
  for (uint32_t i = 0; i < t->size; i++)
    if (!index_like(vm, t->items[i])) return false;
  return true;
}
bool is_multi_slice(VM& vm, Value k) {
  if (!is_exact(k, vm.tuple_type)) return false;
  Tuple* t = k.as<Tuple>();
  for (uint32_t i = 0; i < t->size; i++)
    if (!is_layout(t->items[i], Layout::Slice)) return false;
  return true;
}

// Byte offset (from the first item) of the item a full tuple of indexes names.
Status tuple_offset(VM& vm, MemView* v, Tuple* t, int64_t& off) {
  if (int64_t(t->size) < v->ndim) {
    raise(vm, vm.NotImplementedError, "sub-views are not implemented");
    return Status::Error;
  }
  if (int64_t(t->size) > v->ndim) {
    raise(vm, vm.TypeError, "cannot index %d-dimension view with %zu-element tuple", v->ndim, size_t(t->size));
    return Status::Error;
  }
  Root rv(vm, Value::ptr(v)), rt(vm, Value::ptr(t));
  off = 0;
  for (int d = 0; d < v->ndim; d++) {
    int64_t i;
    if (failed(key_index(vm, t->items[d], i))) return Status::Error;
    if (failed(dim_offset(vm, v, d, i, off))) return Status::Error;
  }
  if (v->released) {
    forbidden(vm);
    return Status::Error;
  }
  return Status::Ok;
}

// A view of v sliced along its first dimension.
Value slice_view(VM& vm, MemView* v, Slice* s) {
  Root rv(vm, Value::ptr(v));
  int64_t start, stop, step;
  if (failed(slice_unpack(vm, s, start, stop, step))) return Value::null();
  if (v->released) return forbidden(vm);
  int64_t len = slice_adjust(v->shape()[0], start, stop, step);
  MemView* r = derive(vm, v, v->ndim, true);
  if (!r) return Value::null();
  r->offset += start * v->strides()[0];
  r->shape()[0] = len;
  r->strides()[0] = v->strides()[0] * step;
  return Value::ptr(r);
}

Value mv_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  VIEW_SELF;
  Value key = args[0];
  char c = fmt_char(v->fmt);
  if (v->ndim == 0) {
    if (is_tuple(key) && key.as<Tuple>()->size == 0) return unpack_item(vm, c, first_item(v));
    if (key == vm.ellipsis) return self;
    return raise(vm, vm.TypeError, "invalid indexing of 0-dim memory");
  }
  if (index_like(vm, key)) {
    Root rv(vm, self);
    int64_t i, off = 0;
    if (failed(key_index(vm, key, i))) return Value::null();
    if (v->released) return forbidden(vm);
    if (v->ndim > 1) return raise(vm, vm.NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (failed(dim_offset(vm, v, 0, i, off))) return Value::null();
    return unpack_item(vm, c, first_item(v) + off);
  }
  if (is_layout(key, Layout::Slice)) return slice_view(vm, v, key.as<Slice>());
  if (is_multi_index(vm, key)) {
    int64_t off;
    if (failed(tuple_offset(vm, v, key.as<Tuple>(), off))) return Value::null();
    return unpack_item(vm, c, first_item(v) + off);
  }
  if (is_multi_slice(vm, key)) return raise(vm, vm.NotImplementedError, "multi-dimensional slicing is not implemented");
  return raise(vm, vm.TypeError, "memoryview: invalid slice key");
}

// mv[slice] = buffer, for 1-D views: same format and length required.
Status assign_slice(VM& vm, MemView* v, Slice* s, Value value) {
  Root rv(vm, Value::ptr(v)), rval(vm, value);
  Buf src;
  if (!describe(value, src)) {
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, value));
    return Status::Error;
  }
  int64_t start, stop, step;
  if (failed(slice_unpack(vm, s, start, stop, step))) return Status::Error;
  if (v->released) {
    forbidden(vm);
    return Status::Error;
  }
  if (!describe(value, src)) {
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, value));
    return Status::Error;
  }
  int64_t len = slice_adjust(v->shape()[0], start, stop, step);
  if (std::strcmp(fmt_plain(v->fmt), fmt_plain(src.fmt)) != 0 || v->itemsize != src.itemsize || src.ndim != 1 ||
      src.shape[0] != len) {
    raise(vm, vm.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    return Status::Error;
  }
  std::string tmp = buf_bytes(src, false);  // copied first: source and target may overlap
  uint8_t* p = first_item(v) + start * v->strides()[0];
  int64_t stride = v->strides()[0] * step;
  for (int64_t i = 0; i < len; i++) std::memcpy(p + i * stride, tmp.data() + i * v->itemsize, size_t(v->itemsize));
  return Status::Ok;
}

Value mv_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  VIEW_SELF;
  Value key = args[0], value = args[1];
  if (v->readonly) return raise(vm, vm.TypeError, "cannot modify read-only memory");
  if (v->ndim == 0) {
    if (key == vm.ellipsis || (is_tuple(key) && key.as<Tuple>()->size == 0)) {
      if (failed(pack_item(vm, v, first_item(v), value))) return Value::null();
      return Value::none();
    }
    return raise(vm, vm.TypeError, "invalid indexing of 0-dim memory");
  }
  if (index_like(vm, key)) {
    if (v->ndim > 1) return raise(vm, vm.NotImplementedError, "sub-views are not implemented");
    Root rv(vm, self);
    int64_t i, off = 0;
    if (failed(key_index(vm, key, i))) return Value::null();
    if (v->released) return forbidden(vm);
    if (failed(dim_offset(vm, v, 0, i, off))) return Value::null();
    if (failed(pack_item(vm, v, first_item(v) + off, value))) return Value::null();
    return Value::none();
  }
  if (is_layout(key, Layout::Slice) && v->ndim == 1) {
    if (failed(assign_slice(vm, v, key.as<Slice>(), value))) return Value::null();
    return Value::none();
  }
  if (is_multi_index(vm, key)) {
    int64_t off;
    if (failed(tuple_offset(vm, v, key.as<Tuple>(), off))) return Value::null();
    if (failed(pack_item(vm, v, first_item(v) + off, value))) return Value::null();
    return Value::none();
  }
  if (is_layout(key, Layout::Slice) || is_multi_slice(vm, key))
    return raise(vm, vm.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  return raise(vm, vm.TypeError, "memoryview: invalid slice key");
}

Value mv_delitem(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  if (v->readonly) return raise(vm, vm.TypeError, "cannot modify read-only memory");
  return raise(vm, vm.TypeError, "cannot delete memory");
}

Value mv_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  return new_int(vm, v->ndim == 0 ? 1 : v->shape()[0]);
}

// ---------- conversions ----------

Value list_of(VM& vm, MemView* v, char c, const uint8_t* p, int d) {
  int64_t n = v->shape()[d];
  List* l = new_list(vm, size_t(n));
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l)), rv(vm, Value::ptr(v));
  for (int64_t i = 0; i < n; i++) {
    const uint8_t* q = p + i * v->strides()[d];
    Value item = d + 1 == v->ndim ? unpack_item(vm, c, q) : list_of(vm, v, c, q, d + 1);
    if (item.is_null() || failed(list_append(vm, l, item))) return Value::null();
  }
  return rl.get();
}

Value mv_tolist(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  char c = fmt_char(v->fmt);
  if (v->ndim == 0) return unpack_item(vm, c, first_item(v));
  return list_of(vm, v, c, first_item(v), 0);
}

Buf describe_view(MemView* v) {
  Buf b;
  (void)describe(Value::ptr(v), b);
  return b;
}

Value mv_tobytes(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"order"};
  Value a[1];
  if (failed(clinic_args(vm, "tobytes", args, nargs, kwnames, names, 1, 0, a))) return Value::null();
  VIEW_SELF;
  bool fortran = false;
  if (!a[0].is_null() && !a[0].is_none()) {
    Str* o = str_unwrap(a[0]);
    if (!o) return raise(vm, vm.TypeError, "tobytes() argument 'order' must be str or None, not %s", type_name(vm, a[0]));
    std::string_view ov = o->view();
    if (ov != "C" && ov != "F" && ov != "A") return raise(vm, vm.ValueError, "order must be 'C', 'F' or 'A'");
    fortran = ov == "F";
  }
  return new_bytes(vm, buf_bytes(describe_view(v), fortran));
}

Value mv_hex(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  VIEW_SELF;
  Value b = new_bytes(vm, buf_bytes(describe_view(v), false));
  if (b.is_null()) return b;
  Root rb(vm, b);
  Value f = getattr(vm, b, vm.intern("hex"));
  if (f.is_null()) return f;
  Root rf(vm, f);
  return call(vm, f, args, nargs, kwnames);
}

Value mv_toreadonly(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  MemView* r = derive(vm, v, v->ndim, true);
  if (!r) return Value::null();
  r->readonly = 1;
  return Value::ptr(r);
}

// Shape argument of cast(): a list or tuple of positive ints.
Status cast_shape(VM& vm, Value shape, std::vector<int64_t>& out) {
  if (!is_list(shape) && !is_tuple(shape)) {
    raise(vm, vm.TypeError, "shape must be a list or a tuple");
    return Status::Error;
  }
  size_t n = is_list(shape) ? shape.as<List>()->size : shape.as<Tuple>()->size;
  if (n > size_t(kMaxDim)) {
    raise(vm, vm.ValueError, "memoryview: number of dimensions must not exceed %d", kMaxDim);
    return Status::Error;
  }
  for (size_t i = 0; i < n; i++) {
    Value item = is_list(shape) ? shape.as<List>()->items[i] : shape.as<Tuple>()->items[i];
    int64_t x;
    if (!is_int(vm, item)) {
      raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, item));
      return Status::Error;
    }
    if (failed(int_to_i64(vm, item, x))) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
      return Status::Error;
    }
    if (x <= 0) {
      raise(vm, vm.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      return Status::Error;
    }
    out.push_back(x);
  }
  return Status::Ok;
}

Value mv_cast(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"format", "shape"};
  Value a[2];
  if (failed(clinic_args(vm, "cast", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  Str* f = str_unwrap(a[0]);
  if (!f) return raise(vm, vm.TypeError, "cast() argument 'format' must be str, not %s", type_name(vm, a[0]));
  VIEW_SELF;
  if (!view_c_contiguous(v)) return raise(vm, vm.TypeError, "memoryview: casts are restricted to C-contiguous views");
  bool has_shape = !a[1].is_null() && !a[1].is_none();
  bool zero = false;
  for (int d = 0; d < v->ndim; d++) zero |= v->shape()[d] == 0;
  if ((has_shape || v->ndim != 1) && zero)
    return raise(vm, vm.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  std::vector<int64_t> shape;
  if (has_shape) {
    if (!is_list(a[1]) && !is_tuple(a[1])) return raise(vm, vm.TypeError, "shape must be a list or a tuple");
    size_t n = is_list(a[1]) ? a[1].as<List>()->size : a[1].as<Tuple>()->size;
    if (n > size_t(kMaxDim))
      return raise(vm, vm.ValueError, "memoryview: number of dimensions must not exceed %d", kMaxDim);
    if (v->ndim != 1 && n != 1) return raise(vm, vm.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  if (!f->ascii) {
    Value e = str_encode(vm, f, vm.intern("ascii"), nullptr);
    if (e.is_null()) return e;
  }
  int itemsize = native_itemsize(f->view());
  if (itemsize < 0)
    return raise(vm, vm.ValueError,
                 "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  char dest = fmt_char(f->data);
  if (!is_byte_format(fmt_char(v->fmt)) && !is_byte_format(dest))
    return raise(vm, vm.TypeError, "memoryview: cannot cast between two non-byte formats");
  int64_t nbytes = view_nbytes(v);
  if (nbytes % itemsize) return raise(vm, vm.TypeError, "memoryview: length is not a multiple of itemsize");
  if (has_shape && failed(cast_shape(vm, a[1], shape))) return Value::null();
  if (v->released) return forbidden(vm);
  int ndim = has_shape ? int(shape.size()) : 1;
  if (has_shape) {
    int64_t len = itemsize;
    for (int64_t x : shape) {
      if (x > INT64_MAX / len) return raise(vm, vm.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      len *= x;
    }
    if (len != nbytes) return raise(vm, vm.TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
  MemView* r = derive(vm, v, ndim, false);
  if (!r) return Value::null();
  std::memset(r->fmt, 0, sizeof r->fmt);
  std::memcpy(r->fmt, f->data, f->nbytes);
  r->itemsize = itemsize;
  if (!has_shape) {
    r->shape()[0] = nbytes / itemsize;
    r->strides()[0] = itemsize;
  } else {
    int64_t stride = itemsize;
    for (int d = ndim - 1; d >= 0; d--) {
      r->shape()[d] = shape[size_t(d)];
      r->strides()[d] = stride;
      stride *= shape[size_t(d)];
    }
  }
  return Value::ptr(r);
}

// ---------- release, context manager, comparison, hashing, repr ----------

Value mv_release(VM& vm, Value self, Value*, size_t, Tuple*) {
  MemView* v = as_view(self);
  if (!v) return raise(vm, vm.TypeError, "descriptor 'release' requires a 'memoryview' object");
  v->released = 1;
  unregister(vm, v);
  return Value::none();
}

Value mv_enter(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  (void)v;
  return self;
}

Value mv_exit(VM& vm, Value self, Value*, size_t, Tuple*) { return mv_release(vm, self, nullptr, 0, nullptr); }

// 1 equal, 0 not equal, -1 error. Shapes must match; items compare as the values they unpack to.
int buffers_equal(VM& vm, const Buf& a, const Buf& b) {
  if (a.ndim != b.ndim) return 0;
  for (int d = 0; d < a.ndim; d++)
    if (a.shape[d] != b.shape[d]) return 0;
  char ca = fmt_char(a.fmt), cb = fmt_char(b.fmt);
  bool raw = ca == cb && ca != 'f' && ca != 'd' && ca != '?';
  if (raw) {  // integer and char formats: equal values have equal bytes
    std::string x = buf_bytes(a, false), y = buf_bytes(b, false);
    return x == y;
  }
  // Unpacking allocates (big ints, bytes): collect the pointers first, then compare.
  std::vector<const uint8_t*> pa, pb;
  for_each_item(a, false, [&](const uint8_t* p) { pa.push_back(p); });
  for_each_item(b, false, [&](const uint8_t* p) { pb.push_back(p); });
  for (size_t i = 0; i < pa.size(); i++) {
    Value x = unpack_item(vm, ca, pa[i]);
    if (x.is_null()) return -1;
    Root rx(vm, x);
    Value y = unpack_item(vm, cb, pb[i]);
    if (y.is_null()) return -1;
    Root ry(vm, y);
    Value r = compare(vm, x, y, CmpOp::Eq);
    if (r.is_null()) return -1;
    int t = truthy(vm, r);
    if (t <= 0) return t;
  }
  return 1;
}

Value rich_eq(VM& vm, Value self, Value other, bool want_eq) {
  MemView* v = as_view(self);
  if (!v) return vm.not_implemented;
  MemView* w = as_view(other);
  bool equal;
  if (v->released || (w && w->released)) {
    equal = self == other;
  } else {
    Buf a, b;
    if (!describe(self, a) || !describe(other, b)) return vm.not_implemented;
    Root ro(vm, other), rs(vm, self);
    int r = buffers_equal(vm, a, b);
    if (r < 0) return Value::null();
    equal = r == 1;
  }
  return Value::boolean(equal == want_eq);
}
Value mv_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return rich_eq(vm, self, args[0], true); }
Value mv_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return rich_eq(vm, self, args[0], false); }
Value mv_unordered(VM& vm, Value, Value*, size_t, Tuple*) { return vm.not_implemented; }

Value mv_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  MemView* v = as_view(self);
  if (!v) return raise(vm, vm.TypeError, "descriptor '__hash__' requires a 'memoryview' object");
  if (v->hash != -1) return new_int(vm, v->hash);
  if (v->released) return forbidden(vm);
  if (!v->readonly) return raise(vm, vm.ValueError, "cannot hash writable memoryview object");
  if (!is_byte_format(fmt_char(v->fmt)))
    return raise(vm, vm.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  Root rs(vm, self);
  int64_t h;
  if (failed(hash(vm, v->obj, h))) return Value::null();
  if (v->released) return forbidden(vm);
  Value b = new_bytes(vm, buf_bytes(describe_view(v), false));
  if (b.is_null()) return b;
  if (failed(hash(vm, b, h))) return Value::null();
  v->hash = h;
  return new_int(vm, h);
}

Value mv_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  MemView* v = as_view(self);
  if (!v) return raise(vm, vm.TypeError, "descriptor '__repr__' requires a 'memoryview' object");
  char buf[64];
  snprintf(buf, sizeof buf, "<%smemory at %p>", v->released ? "released " : "", static_cast<void*>(v));
  return new_str(vm, buf);
}

Value mv_reduce(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "cannot pickle 'memoryview' object");
}

// ---------- attributes ----------

Value tuple_of(VM& vm, const int64_t* xs, int n) {
  Tuple* t = new_tuple(vm, size_t(n));
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  for (int i = 0; i < n; i++) {
    Value x = new_int(vm, xs[i]);
    if (x.is_null()) return x;
    t->items[i] = x;
  }
  return rt.get();
}

Value get_obj(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return v->obj; }
Value get_nbytes(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return new_int(vm, view_nbytes(v)); }
Value get_readonly(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return Value::boolean(v->readonly); }
Value get_itemsize(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return Value::small(v->itemsize); }
Value get_format(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return new_str(vm, v->fmt); }
Value get_ndim(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return Value::small(v->ndim); }
Value get_shape(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return tuple_of(vm, v->shape(), v->ndim); }
Value get_strides(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; return tuple_of(vm, v->strides(), v->ndim); }
Value get_suboffsets(VM& vm, Value self, Value*, size_t, Tuple*) { VIEW_SELF; (void)v; return vm.empty_tuple; }
Value get_c_contiguous(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  return Value::boolean(view_c_contiguous(v));
}
Value get_f_contiguous(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  return Value::boolean(f_contiguous(v->shape(), v->strides(), v->ndim, v->itemsize));
}
Value get_contiguous(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  return Value::boolean(view_c_contiguous(v) || f_contiguous(v->shape(), v->strides(), v->ndim, v->itemsize));
}

// ---------- iteration ----------

Value mv_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  VIEW_SELF;
  if (v->ndim == 0) return raise(vm, vm.TypeError, "invalid indexing of 0-dim memory");
  if (v->ndim != 1) return raise(vm, vm.NotImplementedError, "multi-dimensional sub-views are not implemented");
  return new_iter(vm, vm.memory_iter_type, self, 0, v->shape()[0]);
}

Value it_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  MemView* v = as_view(it->seq);
  if (!v || it->index >= it->end) {
    it->seq = Value::none();
    return raise_value(vm, Value::ptr(vm.StopIteration));
  }
  if (v->released) return forbidden(vm);
  const uint8_t* p = first_item(v) + it->index * v->strides()[0];
  it->index++;
  return unpack_item(vm, fmt_char(v->fmt), p);
}
Value it_self(VM&, Value self, Value*, size_t, Tuple*) { return self; }

}  // namespace

// ---------- shared with bytes.cpp ----------

bool is_memoryview(Value v) { return as_view(v) != nullptr; }

bool memoryview_contiguous(Value v, std::string_view& out) {
  MemView* m = as_view(v);
  if (!m || m->released || !view_c_contiguous(m)) return false;
  out = std::string_view(reinterpret_cast<const char*>(first_item(m)), size_t(view_nbytes(m)));
  return true;
}

Status memoryview_to_bytes(VM& vm, Value v, std::string& out) {
  MemView* m = as_view(v);
  if (!m || m->released) {
    forbidden(vm);
    return Status::Error;
  }
  out = buf_bytes(describe_view(m), false);
  return Status::Ok;
}

Status bytearray_check_resize(VM& vm, ByteArray* b) {
  auto exported = [&] {
    for (Object* o : vm.buffer_exports)
      if (static_cast<MemView*>(o)->base.as_ptr() == b) return true;
    return false;
  };
  if (vm.buffer_exports.empty() || !exported()) return Status::Ok;
  {
    Root rb(vm, Value::ptr(b));
    vm.heap.collect();  // views the program has dropped are finalized and leave the list
  }
  if (!exported()) return Status::Ok;
  raise(vm, vm.BufferError, "Existing exports of data: object cannot be re-sized");
  return Status::Error;
}

void init_memoryview(VM& vm) {
  Type* t = vm.memoryview_type;
  t->tflags &= ~kTypeBaseType;
  t->trace = trace_memview;
  t->finalize = fin_memview;
  static const MethodDef methods[] = {
      {"__getitem__", mv_getitem, 1, 1, 0},   {"__setitem__", mv_setitem, 2, 2, 0},
      {"__delitem__", mv_delitem, 1, 1, 0},   {"__len__", mv_len, 0, 0, 0},
      {"__iter__", mv_iter, 0, 0, 0},         {"__eq__", mv_eq, 1, 1, 0},
      {"__ne__", mv_ne, 1, 1, 0},             {"__lt__", mv_unordered, 1, 1, 0},
      {"__le__", mv_unordered, 1, 1, 0},      {"__gt__", mv_unordered, 1, 1, 0},
      {"__ge__", mv_unordered, 1, 1, 0},      {"__hash__", mv_hash, 0, 0, 0},
      {"__repr__", mv_repr, 0, 0, 0},         {"__enter__", mv_enter, 0, 0, 0},
      {"__exit__", mv_exit, 0, -1, 0},        {"__reduce__", mv_reduce, 0, 0, 0},
      {"__reduce_ex__", mv_reduce, 0, 1, 0},  {"release", mv_release, 0, 0, 0},
      {"tolist", mv_tolist, 0, 0, 0},         {"tobytes", mv_tobytes, 0, -1, kBuiltinKeywords},
      {"hex", mv_hex, 0, -1, kBuiltinKeywords}, {"toreadonly", mv_toreadonly, 0, 0, 0},
      {"cast", mv_cast, 0, -1, kBuiltinKeywords},
  };
  add_methods(vm, t, methods);
  static const struct { const char* name; NativeFn fn; } getters[] = {
      {"obj", get_obj},           {"nbytes", get_nbytes},         {"readonly", get_readonly},
      {"itemsize", get_itemsize}, {"format", get_format},         {"ndim", get_ndim},
      {"shape", get_shape},       {"strides", get_strides},       {"suboffsets", get_suboffsets},
      {"c_contiguous", get_c_contiguous}, {"f_contiguous", get_f_contiguous}, {"contiguous", get_contiguous},
  };
  for (auto& g : getters) add_getter(vm, t, g.name, g.fn);
  t->native_new = new_builtin(vm, "memoryview", mv_new, Value::null(), 0, -1, kBuiltinKeywords);
  if (!t->native_new.is_null()) t->native_new.as<Builtin>()->owner = t;
  (void)dict_set_cstr(vm, vm.builtins->dict, "memoryview", Value::ptr(t));

  Type* it = vm.memory_iter_type;
  static const MethodDef iter_methods[] = {{"__iter__", it_self, 0, 0, 0}, {"__next__", it_next, 0, 0, 0}};
  add_methods(vm, it, iter_methods);
}

}  // namespace taipan::runtime
