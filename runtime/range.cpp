// range objects.
//
// Nearly every range has bounds and a length that fit int64: it keeps them as plain
// integers, and iterating it gives a range_iterator that the interpreter's FOR_ITER and the
// JIT step inline (see list.h). Python allows any int as a bound, so a range whose start,
// stop, step or length does not fit int64 keeps them as Python ints in a tuple
// (Range::big) and every operation below takes an arbitrary-precision path for it; its
// iterator is a longrange_iterator, as in CPython (`_collections_abc` registers that type).
// len() of a range longer than INT64_MAX raises OverflowError, as CPython's does.
#include <cmath>
#include <cstring>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

static Range* R(Value v) { return v.as<Range>(); }

static bool fits_i64(__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

static Value overflow_ssize(VM& vm) { return raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t"); }

// ---------- the arbitrary-precision view ----------

namespace {
struct Parts {
  BigInt start, stop, step, len;
};
}  // namespace

static Parts parts_of(Range* r) {
  Parts p;
  if (r->big.is_null()) {
    p.start = BigInt::from_i64(r->start);
    p.stop = BigInt::from_i64(r->stop);
    p.step = BigInt::from_i64(r->step);
    p.len = BigInt::from_i64(r->length);
  } else {
    Tuple* t = r->big.as<Tuple>();
    p.start = to_bigint(t->items[0]);
    p.stop = to_bigint(t->items[1]);
    p.step = to_bigint(t->items[2]);
    p.len = to_bigint(t->items[3]);
  }
  return p;
}

// The number of values of range(start, stop, step); step != 0.
static BigInt range_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt lo = start, hi = stop, st = step;
  if (step.is_neg()) {
    lo = stop;
    hi = start;
    st = BigInt::neg_of(step);
  }
  if (BigInt::compare(lo, hi) >= 0) return BigInt();
  BigInt q, r;
  BigInt::divmod(BigInt::sub(BigInt::sub(hi, lo), BigInt::from_i64(1)), st, q, r);
  return BigInt::add(q, BigInt::from_i64(1));
}

Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step);

// A range from arbitrary ints (step != 0): the int64 form when everything fits.
static Value make_range(VM& vm, const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt len = range_length(start, stop, step);
  if (start.fits_i64() && stop.fits_i64() && step.fits_i64() && len.fits_i64())
    return new_range(vm, start.to_i64(), stop.to_i64(), step.to_i64());
  Tuple* t = new_tuple(vm, 4);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  const BigInt* src[4] = {&start, &stop, &step, &len};
  for (int k = 0; k < 4; k++) {
    Value v = new_int(vm, *src[k]);
    if (v.is_null()) return v;
    t->items[k] = v;
  }
  auto* r = static_cast<Range*>(vm.heap.alloc(sizeof(Range), vm.range_type));
  if (!r) return raise_no_memory(vm);
  r->start = r->stop = 0;
  r->step = 1;
  r->length = -1;
  r->big = Value::ptr(t);
  return Value::ptr(r);
}

Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  __int128 len = 0;
  if (step > 0 && start < stop) len = (__int128(stop) - start - 1) / step + 1;
  else if (step < 0 && start > stop) len = (__int128(start) - stop - 1) / -__int128(step) + 1;
  if (len > INT64_MAX)
    return make_range(vm, BigInt::from_i64(start), BigInt::from_i64(stop), BigInt::from_i64(step));
  auto* r = static_cast<Range*>(vm.heap.alloc(sizeof(Range), vm.range_type));
  if (!r) return raise_no_memory(vm);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = int64_t(len);
  r->big = Value::null();
  return Value::ptr(r);
}

// ---------- construction ----------

static Value range_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) return raise(vm, vm.TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise(vm, vm.TypeError, "range expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1 && args[0].is_small()) return new_range(vm, 0, args[0].as_small(), 1);
  BigInt v[3] = {BigInt(), BigInt(), BigInt::from_i64(1)};
  size_t first = nargs == 1 ? 1 : 0;  // range(stop) fills only v[1]
  for (size_t i = 0; i < nargs; i++) {
    Value x = args[i].is_small() ? args[i] : index_value(vm, args[i]);
    if (x.is_null()) return x;
    v[first + i] = to_bigint(x);
  }
  if (v[2].is_zero()) return raise(vm, vm.ValueError, "range() arg 3 must not be zero");
  return make_range(vm, v[0], v[1], v[2]);
}

// ---------- iteration ----------

// iter()/reversed() of a range whose values go beyond int64: a longrange_iterator holding
// the next value (a), the step (b) and how many values remain (c), all Python ints.
static Value longrange_iter(VM& vm, Range* r, bool reversed) {
  Parts p = parts_of(r);
  BigInt first = p.start, step = p.step;
  if (reversed) {
    if (!p.len.is_zero()) first = BigInt::add(p.start, BigInt::mul(BigInt::sub(p.len, BigInt::from_i64(1)), p.step));
    step = BigInt::neg_of(p.step);
  }
  Value it = new_iter(vm, vm.longrange_iter_type, Value::null(), 0, 0);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value a = new_int(vm, first);
  if (a.is_null()) return a;
  it.as<Iter>()->a = a;
  Value b = new_int(vm, step);
  if (b.is_null()) return b;
  it.as<Iter>()->b = b;
  Value c = new_int(vm, p.len);
  if (c.is_null()) return c;
  it.as<Iter>()->c = c;
  return it;
}

Value longrange_iter_next(VM& vm, Iter* it) {
  BigInt left = to_bigint(it->c);
  if (left.sign() <= 0) return Value::null();
  Root ri(vm, Value::ptr(it));
  Value cur = it->a;
  Root rc(vm, cur);
  Value next = new_int(vm, BigInt::add(to_bigint(cur), to_bigint(it->b)));
  if (next.is_null()) return next;
  it->a = next;
  Value rest = new_int(vm, BigInt::sub(left, BigInt::from_i64(1)));
  if (rest.is_null()) return rest;
  it->c = rest;
  return cur;
}

static Value longrange_length_hint(VM&, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->c; }

Value range_iter(VM& vm, Range* r, bool reversed) {
  if (!r->big.is_null()) return longrange_iter(vm, r, reversed);
  int64_t len = r->length, start = r->start, step = r->step;
  if (reversed && len > 0) {
    __int128 last = __int128(start) + __int128(len - 1) * step;
    if (!fits_i64(last) || step == INT64_MIN) return longrange_iter(vm, r, reversed);
    start = int64_t(last);
    step = len > 1 ? -step : 1;
  }
  int64_t base = 0, first = 0;
  if (len == 0 || Value::fits_small(start)) {
    base = len ? start : 0;
  } else {
    // value = step * index + base with a small base: start = q * step + base.
    __int128 q = __int128(start) / step;
    __int128 rem = __int128(start) - q * step;
    if (!Value::fits_small(int64_t(rem)) || !fits_i64(q) || !fits_i64(q + len)) {
      // Values not expressible that way: iterate through range.__getitem__.
      if (reversed) return new_iter(vm, vm.reversed_type, Value::ptr(r), len - 1);
      return new_iter(vm, vm.seq_iter_type, Value::ptr(r));
    }
    base = int64_t(rem);
    first = int64_t(q);
  }
  Value it = new_iter(vm, vm.range_iter_type, Value::null(), first, first + len);
  if (it.is_null()) return it;
  it.as<Iter>()->a = Value::small(base);
  it.as<Iter>()->step = step;
  return it;
}

// ---------- membership ----------

static int range_has(Range* r, int64_t v) {
  if (r->length == 0) return 0;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  return (__int128(v) - r->start) % r->step == 0;
}

static bool big_has(const Parts& p, const BigInt& v) {
  if (p.step.is_neg() ? (BigInt::compare(v, p.start) > 0 || BigInt::compare(v, p.stop) <= 0)
                      : (BigInt::compare(v, p.start) < 0 || BigInt::compare(v, p.stop) >= 0))
    return false;
  BigInt q, rem;
  BigInt::divmod(BigInt::sub(v, p.start), p.step, q, rem);
  return rem.is_zero();
}

// An exact int or bool as a BigInt; false for other types.
static bool exact_int(VM& vm, Value v, BigInt& out) {
  if (v.is_small() || v.is_bool() || is_exact(v, vm.int_type)) {
    out = v.is_bool() ? BigInt::from_i64(v.is_true()) : to_bigint(v);
    return true;
  }
  return false;
}

// Membership of an exact int, bool or float without iterating: 1, 0, or -1 for "other type".
static int range_has_number(VM& vm, Range* r, Value v) {
  if (r->big.is_null()) {
    if (v.is_small()) return range_has(r, v.as_small());
    if (v.is_bool()) return range_has(r, v.is_true());
  }
  BigInt b;
  if (exact_int(vm, v, b)) {
    if (r->big.is_null()) return b.fits_i64() ? range_has(r, b.to_i64()) : 0;
    return big_has(parts_of(r), b);
  }
  if (v.is_double()) {
    double d = v.as_double();
    if (!std::isfinite(d) || d != std::floor(d)) return 0;
    if (r->big.is_null() && d > -9.2e18 && d < 9.2e18) return range_has(r, int64_t(d));
    if (!BigInt::from_double(d, b)) return 0;
    return big_has(parts_of(r), b);
  }
  return -1;
}

// Linear search with ==, as CPython does for values that are not ints.
// Returns the position of the first match, -1 if none, -2 on error.
static int64_t range_search(VM& vm, Value self, Value v, bool count, int64_t* found) {
  Root rs(vm, self), rv(vm, v);
  *found = 0;
  Value it = range_iter(vm, R(self), false);
  if (it.is_null()) return -2;
  Root rit(vm, it);
  for (int64_t i = 0;; i++) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? -1 : -2;
    int e = seq_item_eq(vm, x, v);
    if (e < 0) return -2;
    if (e) {
      if (!count) return i;
      (*found)++;
    }
  }
}

static Value range_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int h = range_has_number(vm, R(self), args[0]);
  if (h >= 0) return Value::boolean(h);
  int64_t found;
  int64_t pos = range_search(vm, self, args[0], false, &found);
  if (pos == -2) return Value::null();
  return Value::boolean(pos >= 0);
}

static Value range_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int h = range_has_number(vm, R(self), args[0]);
  if (h >= 0) return Value::small(h);
  int64_t found;
  if (range_search(vm, self, args[0], true, &found) == -2) return Value::null();
  return new_int(vm, found);
}

static Value range_index(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Range* r = R(self);
  Value v = args[0];
  BigInt b;
  if (exact_int(vm, v, b)) {
    if (!range_has_number(vm, r, v)) return raise(vm, vm.ValueError, "%R is not in range", v);
    Parts p = parts_of(r);
    BigInt q, rem;
    BigInt::divmod(BigInt::sub(b, p.start), p.step, q, rem);
    return new_int(vm, q);
  }
  int64_t found;
  int64_t pos = range_search(vm, self, v, false, &found);
  if (pos == -2) return Value::null();
  if (pos < 0) return raise(vm, vm.ValueError, "sequence.index(x): x not in sequence");
  return new_int(vm, pos);
}

// ---------- sequence protocol ----------

static Value range_len_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  if (r->big.is_null()) return new_int(vm, r->length);
  BigInt len = to_bigint(r->big.as<Tuple>()->items[3]);
  if (!len.fits_i64()) return overflow_ssize(vm);
  return new_int(vm, len.to_i64());
}

static Value range_bool(VM&, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  if (r->big.is_null()) return Value::boolean(r->length != 0);
  return Value::boolean(!to_bigint(r->big.as<Tuple>()->items[3]).is_zero());
}

static Value range_iter_m(VM& vm, Value self, Value*, size_t, Tuple*) { return range_iter(vm, R(self), false); }
static Value range_reversed(VM& vm, Value self, Value*, size_t, Tuple*) { return range_iter(vm, R(self), true); }

// One slice bound against length `len` (CPython's slice.indices rules for any int size).
static Status slice_bound(VM& vm, Value v, const BigInt& len, bool neg_step, bool is_start, BigInt& out) {
  BigInt lower = neg_step ? BigInt::from_i64(-1) : BigInt();
  BigInt upper = neg_step ? BigInt::sub(len, BigInt::from_i64(1)) : len;
  if (v.is_none()) {
    out = (is_start == neg_step) ? upper : lower;
    return Status::Ok;
  }
  if (!has_index(vm, v)) {
    raise(vm, vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    return Status::Error;
  }
  Value iv = index_value(vm, v);
  if (iv.is_null()) return Status::Error;
  out = to_bigint(iv);
  if (out.is_neg()) {
    out = BigInt::add(out, len);
    if (BigInt::compare(out, lower) < 0) out = lower;
  } else if (BigInt::compare(out, upper) > 0) {
    out = upper;
  }
  return Status::Ok;
}

static Value range_slice(VM& vm, Range* r, Slice* s) {
  Parts p = parts_of(r);
  BigInt step = BigInt::from_i64(1);
  if (!s->step.is_none()) {
    if (!has_index(vm, s->step))
      return raise(vm, vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    Value iv = index_value(vm, s->step);
    if (iv.is_null()) return iv;
    step = to_bigint(iv);
    if (step.is_zero()) return raise(vm, vm.ValueError, "slice step cannot be zero");
  }
  BigInt start, stop;
  if (failed(slice_bound(vm, s->start, p.len, step.is_neg(), true, start)) ||
      failed(slice_bound(vm, s->stop, p.len, step.is_neg(), false, stop)))
    return Value::null();
  return make_range(vm, BigInt::add(p.start, BigInt::mul(start, p.step)),
                    BigInt::add(p.start, BigInt::mul(stop, p.step)), BigInt::mul(step, p.step));
}

static Value range_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Range* r = R(self);
  Value key = args[0];
  if (is_layout(key, Layout::Slice)) {
    if (r->big.is_null()) {
      int64_t start, stop, step, n;
      if (failed(slice_indices(vm, key.as<Slice>(), r->length, start, stop, step, n))) return Value::null();
      __int128 nstart = __int128(r->start) + __int128(start) * r->step;
      __int128 nstop = __int128(r->start) + __int128(stop) * r->step;
      __int128 nstep = __int128(step) * r->step;
      if (fits_i64(nstart) && fits_i64(nstop) && fits_i64(nstep))
        return new_range(vm, int64_t(nstart), int64_t(nstop), int64_t(nstep));
    }
    return range_slice(vm, r, key.as<Slice>());
  }
  BigInt i;
  if (key.is_small()) {
    int64_t k = key.as_small();
    if (r->big.is_null()) {
      if (k < 0) k += r->length;
      if (k < 0 || k >= r->length) return raise(vm, vm.IndexError, "range object index out of range");
      return new_int(vm, int64_t(__int128(r->start) + __int128(k) * r->step));
    }
    i = BigInt::from_i64(k);
  } else {
    if (!has_index(vm, key))
      return raise(vm, vm.TypeError, "range indices must be integers or slices, not %s", type_name(vm, key));
    Value iv = index_value(vm, key);
    if (iv.is_null()) return iv;
    i = to_bigint(iv);
  }
  Parts p = parts_of(r);
  if (i.is_neg()) i = BigInt::add(i, p.len);
  if (i.is_neg() || BigInt::compare(i, p.len) >= 0) return raise(vm, vm.IndexError, "range object index out of range");
  return new_int(vm, BigInt::add(p.start, BigInt::mul(i, p.step)));
}

// ---------- repr, equality, hash, attributes ----------

static Value range_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Parts p = parts_of(R(self));
  std::string s = "range(" + p.start.to_string() + ", " + p.stop.to_string();
  if (BigInt::compare(p.step, BigInt::from_i64(1)) != 0) s += ", " + p.step.to_string();
  s += ")";
  return new_str(vm, s);
}

static bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (a->big.is_null() && b->big.is_null()) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
  }
  Parts x = parts_of(a), y = parts_of(b);
  if (BigInt::compare(x.len, y.len) != 0) return false;
  if (x.len.is_zero()) return true;
  if (BigInt::compare(x.start, y.start) != 0) return false;
  return BigInt::compare(x.len, BigInt::from_i64(1)) == 0 || BigInt::compare(x.step, y.step) == 0;
}

static Value range_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_layout(args[0], Layout::Range)) return vm.not_implemented;
  return Value::boolean(range_equal(R(self), R(args[0])));
}
static Value range_ne(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_layout(args[0], Layout::Range)) return vm.not_implemented;
  return Value::boolean(!range_equal(R(self), R(args[0])));
}

// CPython's hash((len, start, step)) with start and step None where they do not matter.
Status range_hash(VM& vm, Range* r, int64_t& out) {
  Parts p = parts_of(r);
  Tuple* t = new_tuple(vm, 3);
  if (!t) {
    raise_no_memory(vm);
    return Status::Error;
  }
  Root rt(vm, Value::ptr(t));
  const BigInt* src[3] = {&p.len, &p.start, &p.step};
  bool empty = p.len.is_zero(), single = BigInt::compare(p.len, BigInt::from_i64(1)) == 0;
  for (int k = 0; k < 3; k++) {
    if ((k == 1 && empty) || (k == 2 && (empty || single))) {
      t->items[k] = Value::none();
      continue;
    }
    Value v = new_int(vm, *src[k]);
    if (v.is_null()) return Status::Error;
    t->items[k] = v;
  }
  return tuple_hash(vm, t, out);
}

static Value range_hash_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(range_hash(vm, R(self), h))) return Value::null();
  return new_int(vm, h);
}

static Value range_field(VM& vm, Value self, int k) {
  Range* r = R(self);
  if (!r->big.is_null()) return r->big.as<Tuple>()->items[k];
  return new_int(vm, k == 0 ? r->start : k == 1 ? r->stop : r->step);
}
static Value range_start(VM& vm, Value self, Value*, size_t, Tuple*) { return range_field(vm, self, 0); }
static Value range_stop(VM& vm, Value self, Value*, size_t, Tuple*) { return range_field(vm, self, 1); }
static Value range_step(VM& vm, Value self, Value*, size_t, Tuple*) { return range_field(vm, self, 2); }

void init_range(VM& vm) {
  static const MethodDef range_methods[] = {
      {"__len__", range_len_m, 0, 0, 0},
      {"__bool__", range_bool, 0, 0, 0},
      {"__iter__", range_iter_m, 0, 0, 0},
      {"__reversed__", range_reversed, 0, 0, 0},
      {"__getitem__", range_getitem, 1, 1, 0},
      {"__contains__", range_contains, 1, 1, 0},
      {"__repr__", range_repr, 0, 0, 0},
      {"__eq__", range_eq, 1, 1, 0},
      {"__ne__", range_ne, 1, 1, 0},
      {"__hash__", range_hash_m, 0, 0, 0},
      {"count", range_count, 1, 1, 0},
      {"index", range_index, 1, 1, 0},
  };
  add_methods(vm, vm.range_type, range_methods);
  add_getter(vm, vm.range_type, "start", range_start);
  add_getter(vm, vm.range_type, "stop", range_stop);
  add_getter(vm, vm.range_type, "step", range_step);
  vm.range_type->native_new = new_builtin(vm, "range", range_new, Value::null(), 0, -1, 0);
  vm.range_type->native_new.as<Builtin>()->owner = vm.range_type;
  vm.range_type->tflags &= ~kTypeBaseType;
  static const MethodDef lri_methods[] = {{"__length_hint__", longrange_length_hint, 0, 0, 0}};
  add_methods(vm, vm.longrange_iter_type, lri_methods);
}

}  // namespace taipan::runtime
