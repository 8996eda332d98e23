// The _bisect module: bisect_left/bisect_right(a, x, lo=0, hi=None, *, key=None) and
// insort_left/insort_right, natively, as CPython's C module behaves: `a` is any sequence
// (items through __getitem__, the length through len()), hi=None or -1 means len(a),
// a negative lo is a ValueError, insort calls a.insert(i, x). key applies to the items of a,
// and to x only in insort.
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

Status parse(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, Value out[5]) {
  static const char* const names[] = {"a", "x", "lo", "hi", "key"};
  size_t npos = nargs;
  if (npos > 4)
    return raise(vm, vm.TypeError, "%s() takes at most 4 positional arguments (%zu given)", fname, npos),
           Status::Error;
  // key is keyword-only: parse it separately from the positional-or-keyword four.
  return parse_args(vm, fname, args, nargs, kw, names, 5, 2, out);
}

Status index_param(VM& vm, Value v, int64_t def, int64_t& out) {
  out = def;
  if (v.is_null() || v.is_none()) return Status::Ok;
  return int_to_i64(vm, v, out);
}

// The insertion point of `x` in a[lo:hi]; right: after equal items. -1 on error.
int64_t search(VM& vm, Value a, Value x, int64_t lo, int64_t hi, Value key, bool right) {
  while (lo < hi) {
    int64_t mid = int64_t(uint64_t(lo + hi) / 2);
    Value item = getitem(vm, a, new_int(vm, mid));
    if (item.is_null()) return -1;
    Root ri(vm, item);
    if (!key.is_null() && !key.is_none()) {
      item = call(vm, key, &item, 1);
      if (item.is_null()) return -1;
      ri = item;
    }
    int lt = right ? compare_bool(vm, x, item, CmpOp::Lt) : compare_bool(vm, item, x, CmpOp::Lt);
    if (lt < 0) return -1;
    if (right) {
      if (lt) hi = mid;
      else lo = mid + 1;
    } else {
      if (lt) lo = mid + 1;
      else hi = mid;
    }
  }
  return lo;
}

Value impl(VM& vm, Value* args, size_t nargs, Tuple* kw, const char* fname, bool right, bool insort) {
  Value p[5];
  if (failed(parse(vm, fname, args, nargs, kw, p))) return Value::null();
  int64_t lo, hi;
  if (failed(index_param(vm, p[2], 0, lo))) return Value::null();
  if (lo < 0) return raise(vm, vm.ValueError, "lo must be non-negative");
  if (failed(index_param(vm, p[3], -1, hi))) return Value::null();
  if (hi == -1 && failed(length(vm, p[0], hi))) return Value::null();
  Value key = p[4];
  Value x = p[1];
  Root rx(vm, x);
  if (insort && !key.is_null() && !key.is_none()) {
    x = call(vm, key, &x, 1);
    if (x.is_null()) return Value::null();
  }
  Root rk(vm, x);
  int64_t i = search(vm, p[0], x, lo, hi, key, right);
  if (i < 0) return Value::null();
  if (!insort) return new_int(vm, i);
  Value iv = new_int(vm, i);
  if (iv.is_null()) return iv;
  Root riv(vm, iv);
  Value ins[2] = {iv, p[1]};
  Value r = call_method(vm, p[0], vm.intern("insert"), ins, 2);
  if (r.is_null()) return r;
  return Value::none();
}

Value bisect_left(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return impl(vm, a, n, kw, "bisect_left", false, false); }
Value bisect_right(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return impl(vm, a, n, kw, "bisect_right", true, false); }
Value insort_left(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return impl(vm, a, n, kw, "insort_left", false, true); }
Value insort_right(VM& vm, Value, Value* a, size_t n, Tuple* kw) { return impl(vm, a, n, kw, "insort_right", true, true); }

Value make_bisect(VM& vm) {
  Value mv = native_module(vm, "_bisect");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  static const MethodDef fns[] = {
      {"bisect_left", bisect_left, 0, -1, kBuiltinKeywords},
      {"bisect_right", bisect_right, 0, -1, kBuiltinKeywords},
      {"insort_left", insort_left, 0, -1, kBuiltinKeywords},
      {"insort_right", insort_right, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, mv.as<Module>(), fns);
  return mv;
}

}  // namespace

void init_bisect(VM& vm) { register_native_module(vm, "_bisect", make_bisect); }

}  // namespace taipan::runtime
