// The abstract object protocol: operators, comparisons, hashing, truth, items, iteration,
// calls and output. Each operation has fast paths for the exact builtin types and falls
// back to special-method dispatch with CPython's rules (reflected operands, subclass
// priority, NotImplemented). The interpreter and all natives go through these functions.
#include <cmath>
#include <cstring>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/objects.h"
#include "runtime/str.h"

namespace taipan::runtime {

const char* type_name(VM& vm, Value v) { return type_of(vm, v)->name->data; }

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  Tuple* mro = a->mro;
  if (!mro) {
    for (Type* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  for (uint32_t i = 0; i < mro->size; i++)
    if (mro->items[i].as_ptr() == b) return true;
  return false;
}

static Value type_lookup_mro(Type* t, Str* name) {
  Tuple* mro = t->mro;
  if (!mro) return dict_get_str(t->dict, name);
  for (uint32_t i = 0; i < mro->size; i++) {
    Type* k = mro->items[i].as<Type>();
    Value v = dict_get_str(k->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

Value type_lookup(Type* t, Str* name) {
  if (!t->version || !name->interned) return type_lookup_mro(t, name);
  if (t->lookup_version != t->version) {
    for (auto& n : t->lookup_name) n = nullptr;
    t->lookup_version = t->version;
  }
  uint32_t i = uint32_t(reinterpret_cast<uintptr_t>(name) >> 4) & (Type::kLookupCache - 1);
  if (t->lookup_name[i] == name) return t->lookup_value[i];
  Value v = type_lookup_mro(t, name);
  t->lookup_name[i] = name;
  t->lookup_value[i] = v;
  return v;
}

Value lookup_special(VM& vm, Value obj, Str* name) {
  Value f = type_lookup(type_of(vm, obj), name);
  if (f.is_null()) return f;
  // Bind like a descriptor would.
  if (is_layout(f, Layout::Function) || (is_layout(f, Layout::Builtin) && f.as<Builtin>()->owner))
    return new_method(vm, f, obj);
  Type* ft = type_of(vm, f);
  if (ft->tflags & kTypeHeap) {
    Value get = type_lookup(ft, vm.s_get);
    if (!get.is_null()) {
      Value args[3] = {f, obj, Value::ptr(type_of(vm, obj))};
      return call(vm, get, args, 3);
    }
  }
  if (is_layout(f, Layout::Wrapper)) {
    if (f.as_ptr()->type == vm.staticmethod_type) return f.as<Wrapper>()->callable;
    if (f.as_ptr()->type == vm.classmethod_type)
      return new_method(vm, f.as<Wrapper>()->callable, Value::ptr(type_of(vm, obj)));
  }
  return f;
}

// Calls type(obj).name(obj, *args) without binding; null + no exception if absent.
static Value call_special(VM& vm, Value obj, Str* name, Value* args, size_t nargs, bool* found) {
  Value f = type_lookup(type_of(vm, obj), name);
  if (f.is_null()) {
    *found = false;
    return f;
  }
  *found = true;
  Root ro(vm, obj);  // buf below is not a root, and callers pass values they do not root
  if (is_layout(f, Layout::Function) || (is_layout(f, Layout::Builtin) && f.as<Builtin>()->owner)) {
    Value buf[4];
    buf[0] = obj;
    for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
    return call(vm, f, buf, nargs + 1);
  }
  Root rf(vm, f);
  Value bound = lookup_special(vm, obj, name);
  if (bound.is_null()) return bound;
  Root rb(vm, bound);
  return call(vm, bound, args, nargs);
}

// ---------- numbers ----------

// A Long of |magnitude| u (a 64-bit value outside the small range) with the given sign.
static Value new_long64(VM& vm, uint64_t u, bool neg) {
  size_t n = u >> 32 ? 2 : 1;
  auto* l = static_cast<Long*>(vm.heap.alloc(Long::bytes_for(n), vm.int_type));
  if (!l) return raise_no_memory(vm);
  l->size = uint32_t(n);
  l->neg = neg;
  l->limbs[0] = uint32_t(u);
  if (n == 2) l->limbs[1] = uint32_t(u >> 32);
  return Value::ptr(l);
}

Value new_int(VM& vm, int64_t i) {
  if (Value::fits_small(i)) return Value::small(i);
  return new_long64(vm, i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i), i < 0);
}

Value new_int_u64(VM& vm, uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Value::small(int64_t(u));
  return new_long64(vm, u, false);
}

Value new_int(VM& vm, const BigInt& b) {
  if (b.fits_i64()) {
    int64_t i = b.to_i64();
    if (Value::fits_small(i)) return Value::small(i);
  }
  size_t n = b.mag.size();
  if (n > Long::kMaxLimbs) return raise_no_memory(vm);
  auto* l = static_cast<Long*>(vm.heap.alloc(Long::bytes_for(n), vm.int_type));
  if (!l) return raise_no_memory(vm);
  l->size = uint32_t(n);
  l->neg = b.neg;
  std::memcpy(l->limbs, b.mag.data(), n * sizeof(uint32_t));
  return Value::ptr(l);
}

BigInt to_bigint(Value v) {
  if (v.is_small()) return BigInt::from_i64(v.as_small());
  if (v.is_bool()) return BigInt::from_i64(v.is_true() ? 1 : 0);
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Long) return v.as<Long>()->value();
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Instance) return to_bigint(v.as<Instance>()->base_value);
  return BigInt();
}

Status int_to_i64(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) { out = v.as_small(); return Status::Ok; }
  if (v.is_bool()) { out = v.is_true(); return Status::Ok; }
  BigInt b = to_bigint(v);
  if (!b.fits_i64()) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

Value index_value(VM& vm, Value v) {
  if (v.is_small()) return v;
  if (v.is_bool()) return Value::small(v.is_true());
  if (v.is_ptr() && v.as_ptr()->type == vm.int_type) return v;
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Long) return new_int(vm, v.as<Long>()->value());
  bool found;
  Value r = call_special(vm, v, vm.s_index, nullptr, 0, &found);
  if (!found)
    return raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
  if (r.is_null()) return r;
  if (!is_int(vm, r))
    return raise(vm, vm.TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
  return r;
}

Status index_i64(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) { out = v.as_small(); return Status::Ok; }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  if (i.is_small()) { out = i.as_small(); return Status::Ok; }
  BigInt b = to_bigint(i);
  if (!b.fits_i64()) {
    raise(vm, vm.IndexError, "cannot fit 'int' into an index-sized integer");
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

Status index_clamped(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) { out = v.as_small(); return Status::Ok; }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  if (i.is_small()) { out = i.as_small(); return Status::Ok; }
  BigInt b = to_bigint(i);
  if (b.fits_i64()) out = b.to_i64();
  else out = b.is_neg() ? INT64_MIN : INT64_MAX;
  return Status::Ok;
}

Status to_double(VM& vm, Value v, double& out) {
  if (v.is_double()) { out = v.as_double(); return Status::Ok; }
  if (v.is_small()) { out = double(v.as_small()); return Status::Ok; }
  if (v.is_bool()) { out = v.is_true() ? 1.0 : 0.0; return Status::Ok; }
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Long) {
    if (!v.as<Long>()->value().to_double(out)) {
      raise(vm, vm.OverflowError, "int too large to convert to float");
      return Status::Error;
    }
    return Status::Ok;
  }
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Instance) {
    Value base = v.as<Instance>()->base_value;
    if (!base.is_null() && (base.is_double() || is_int(vm, base))) return to_double(vm, base, out);
  }
  bool found;
  Value r = call_special(vm, v, vm.s_float, nullptr, 0, &found);
  if (!found) {
    Value i = lookup_special(vm, v, vm.s_index);
    if (!i.is_null()) {
      Value iv = call0(vm, i);
      if (iv.is_null()) return Status::Error;
      return to_double(vm, iv, out);
    }
    raise(vm, vm.TypeError, "must be real number, not %s", type_name(vm, v));
    return Status::Error;
  }
  if (r.is_null()) return Status::Error;
  if (!r.is_double()) {
    raise(vm, vm.TypeError, "%s.__float__ returned non-float (type %s)", type_name(vm, v), type_name(vm, r));
    return Status::Error;
  }
  out = r.as_double();
  return Status::Ok;
}

// ---------- repr / str ----------

Value repr(VM& vm, Value v) {
  if (is_exact(v, vm.str_type)) return new_str(vm, str_repr_utf8(as_str(v)->view()));
  if (v.is_small() || v.is_double() || v.is_special()) return str(vm, v);
  bool found;
  Value r = call_special(vm, v, vm.s_repr, nullptr, 0, &found);
  if (!found) return raise(vm, vm.TypeError, "object has no __repr__");
  if (r.is_null()) return r;
  if (!is_str(r)) return raise(vm, vm.TypeError, "__repr__ returned non-string (type %s)", type_name(vm, r));
  return r;
}

Value str(VM& vm, Value v) {
  if (is_exact(v, vm.str_type)) return v;
  if (v.is_small()) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)v.as_small());
    return new_str(vm, std::string_view(buf, n));
  }
  if (v.is_double()) return new_str(vm, float_repr(v.as_double()));
  if (v.is_none()) return Value::ptr(vm.intern("None"));
  if (v.is_true()) return Value::ptr(vm.intern("True"));
  if (v.is_false()) return Value::ptr(vm.intern("False"));
  bool found;
  Value r = call_special(vm, v, vm.s_str, nullptr, 0, &found);
  if (!found) return repr(vm, v);
  if (r.is_null()) return r;
  if (!is_str(r)) return raise(vm, vm.TypeError, "__str__ returned non-string (type %s)", type_name(vm, r));
  return r;
}

Value ascii(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) return r;
  Str* s = as_str(r);
  if (s->ascii) return r;
  std::string out;
  const char* p = s->data;
  const char* end = s->data + s->nbytes;
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    char buf[16];
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x100) { snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
    else if (cp < 0x10000) { snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
    else { snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
  }
  return new_str(vm, out);
}

// ---------- hashing ----------

static constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

int64_t hash_double(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kHashModulus) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

Status hash(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    int64_t i = v.as_small();
    out = i == -1 ? -2 : i;
    return Status::Ok;
  }
  if (v.is_double()) { out = hash_double(v.as_double()); return Status::Ok; }
  if (v.is_bool()) { out = v.is_true(); return Status::Ok; }
  if (v.is_none()) { out = 0xFCA86420; return Status::Ok; }
  Object* o = v.as_ptr();
  Type* t = o->type;
  if (t == vm.str_type) { out = str_hash(static_cast<Str*>(o)); return Status::Ok; }
  if (t == vm.int_type) { out = static_cast<Long*>(o)->value().hash(); return Status::Ok; }
  if (t == vm.tuple_type) return tuple_hash(vm, static_cast<Tuple*>(o), out);
  Value f = type_lookup(t, vm.s_hash);
  if (f.is_null() || f.is_none()) {
    raise(vm, vm.TypeError, "unhashable type: '%s'", t->name->data);
    return Status::Error;
  }
  Value r;
  {
    Root rf(vm, f);
    Value b = lookup_special(vm, v, vm.s_hash);
    if (b.is_null()) return Status::Error;
    Root rb(vm, b);
    r = call0(vm, b);
  }
  if (r.is_null()) return Status::Error;
  if (!is_int(vm, r)) {
    raise(vm, vm.TypeError, "__hash__ method should return an integer");
    return Status::Error;
  }
  if (r.is_small() || r.is_bool()) {
    int64_t i = r.is_small() ? r.as_small() : r.is_true();
    out = i == -1 ? -2 : i;
  } else {
    // A result that fits in 64 bits is used as is, like CPython's Py_hash_t.
    BigInt b = to_bigint(r);
    if (b.fits_i64()) {
      int64_t i = b.to_i64();
      out = i == -1 ? -2 : i;
    } else {
      out = b.hash();
    }
  }
  return Status::Ok;
}

// Default object.__hash__: identity based, like CPython (address rotated by 4 bits).
int64_t identity_hash(Value v) {
  uint64_t a = v.bits() & Value::kPayload;
  int64_t h = int64_t((a >> 4) | (a << 60));
  return h == -1 ? -2 : h;
}

// ---------- truth ----------

int truthy(VM& vm, Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small()) return v.as_small() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Object* o = v.as_ptr();
  Type* t = o->type;
  if (t == vm.str_type) return static_cast<Str*>(o)->nbytes != 0;
  if (t == vm.list_type) return static_cast<List*>(o)->size != 0;
  if (t == vm.tuple_type) return static_cast<Tuple*>(o)->size != 0;
  if (t == vm.dict_type) return static_cast<Dict*>(o)->size != 0;
  if (t == vm.int_type) return !static_cast<Long*>(o)->is_zero();
  bool found;
  Value r = call_special(vm, v, vm.s_bool, nullptr, 0, &found);
  if (found) {
    if (r.is_null()) return -1;
    if (!r.is_bool()) {
      raise(vm, vm.TypeError, "__bool__ should return bool, returned %s", type_name(vm, r));
      return -1;
    }
    return r.is_true();
  }
  r = call_special(vm, v, vm.s_len, nullptr, 0, &found);
  if (found) {
    if (r.is_null()) return -1;
    int64_t n;
    if (failed(index_i64(vm, r, n))) return -1;
    if (n < 0) {
      raise(vm, vm.ValueError, "__len__() should return >= 0");
      return -1;
    }
    return n != 0;
  }
  return 1;
}

// ---------- binary operators ----------

static const char* binop_symbol(BinOp op) {
  static const char* syms[] = {
#define X(n, sym, d, r, i) sym,
      TAIPAN_BINOPS(X)
#undef X
  };
  return syms[int(op)];
}

// Calls a binary special method `name` on `a` with `b`; NotImplemented if absent.
static Value try_binary(VM& vm, Value a, Value b, Str* name) {
  bool found;
  Value r = call_special(vm, a, name, &b, 1, &found);
  if (!found) return vm.not_implemented;
  return r;
}

static bool is_sequence_like(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return is_subtype(t, vm.str_type) || is_subtype(t, vm.list_type) || is_subtype(t, vm.tuple_type) ||
         is_subtype(t, vm.bytes_type) || is_subtype(t, vm.bytearray_type);
}

static Value binary_type_error(VM& vm, Value a, Value b, BinOp op, bool inplace) {
  if (op == BinOp::Add && is_sequence_like(vm, a))
    return raise(vm, vm.TypeError, "can only concatenate %s (not \"%s\") to %s", type_name(vm, a),
                 type_name(vm, b), type_name(vm, a));
  if (op == BinOp::Mul && (is_sequence_like(vm, a) || is_sequence_like(vm, b))) {
    Value other = is_sequence_like(vm, a) ? b : a;
    if (!is_int(vm, other))
      return raise(vm, vm.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(vm, other));
  }
  std::string sym = binop_symbol(op);
  if (inplace) sym += "=";
  if (op == BinOp::Pow && !inplace) sym = "** or pow()";
  return raise(vm, vm.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym.c_str(),
               type_name(vm, a), type_name(vm, b));
}

Value binary_op(VM& vm, Value a, Value b, BinOp op, bool inplace) {
  // Fast paths for the exact numeric types (including big ints).
  auto plain = [&](Value v) { return v.is_small() || v.is_double() || v.is_bool() || is_exact(v, vm.int_type); };
  if (plain(a) && plain(b)) {
    Value r = number_binop(vm, a, b, op);
    if (r != vm.not_implemented) return r;
  }
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (ta == vm.str_type && tb == vm.str_type && op == BinOp::Add) return str_concat(vm, as_str(a), as_str(b));
  Root ra(vm, a), rb(vm, b);
  if (inplace) {
    // A native __iadd__/__imul__ (list, bytearray, deque, array: CPython's sq_inplace_concat /
    // sq_inplace_repeat) comes after the number slots, so a user class's __radd__/__rmul__
    // on the right gets the first try.
    if ((op == BinOp::Add || op == BinOp::Mul) && ta != tb && (tb->tflags & kTypeHeap)) {
      Value fi = type_lookup(ta, vm.binop_names[int(op)][2]);
      if (!fi.is_null() && is_layout(fi, Layout::Builtin)) {
        Value fr = type_lookup(tb, vm.binop_names[int(op)][1]);
        if (!fr.is_null() && is_layout(fr, Layout::Function)) {
          Value r = try_binary(vm, b, a, vm.binop_names[int(op)][1]);
          if (r.is_null() || r != vm.not_implemented) return r;
        }
      }
    }
    bool found;
    Value r = call_special(vm, a, vm.binop_names[int(op)][2], &b, 1, &found);
    if (found) {
      if (r.is_null() || r != vm.not_implemented) return r;
    }
  }
  Str* name = vm.binop_names[int(op)][0];
  Str* rname = vm.binop_names[int(op)][1];
  Value fa = type_lookup(ta, name);
  Value fb = ta == tb ? Value::null() : type_lookup(tb, rname);
  if (!fb.is_null() && is_subtype(tb, ta) && fb != type_lookup(ta, rname)) {
    Value r = try_binary(vm, b, a, rname);
    if (r.is_null() || r != vm.not_implemented) return r;
    fb = Value::null();
  }
  if (!fa.is_null()) {
    Value r = try_binary(vm, a, b, name);
    if (r.is_null() || r != vm.not_implemented) return r;
  }
  if (!fb.is_null()) {
    Value r = try_binary(vm, b, a, rname);
    if (r.is_null() || r != vm.not_implemented) return r;
  }
  return binary_type_error(vm, a, b, op, inplace);
}

// ---------- comparisons ----------

static const char* cmp_symbol(CmpOp op) {
  static const char* syms[] = {"<", "<=", "==", "!=", ">", ">="};
  return syms[int(op)];
}
static CmpOp cmp_swap(CmpOp op) {
  static const CmpOp sw[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
  return sw[int(op)];
}

static bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

Value compare(VM& vm, Value a, Value b, CmpOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.as_small(), y = b.as_small();
    return Value::boolean(cmp_result(x < y ? -1 : x > y, op));
  }
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      case CmpOp::Ge: return Value::boolean(x >= y);
    }
  }
  if ((a.is_small() || a.is_double() || a.is_bool() || is_exact(a, vm.int_type)) &&
      (b.is_small() || b.is_double() || b.is_bool() || is_exact(b, vm.int_type))) {
    return number_compare(vm, a, b, op);
  }
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (ta == vm.str_type && tb == vm.str_type) {
    if (op == CmpOp::Eq) return Value::boolean(str_eq(as_str(a), as_str(b)));
    if (op == CmpOp::Ne) return Value::boolean(!str_eq(as_str(a), as_str(b)));
    return Value::boolean(cmp_result(str_compare(as_str(a), as_str(b)), op));
  }
  Root ra(vm, a), rb(vm, b);
  Str* name = vm.cmp_names[int(op)];
  Str* rname = vm.cmp_names[int(cmp_swap(op))];
  bool checked_reflected = false;
  if (ta != tb && is_subtype(tb, ta) && !type_lookup(tb, rname).is_null()) {
    checked_reflected = true;
    bool found;
    Value r = call_special(vm, b, rname, &a, 1, &found);
    if (found && (r.is_null() || r != vm.not_implemented)) return r;
  }
  {
    bool found;
    Value r = call_special(vm, a, name, &b, 1, &found);
    if (found && (r.is_null() || r != vm.not_implemented)) return r;
  }
  if (!checked_reflected) {
    bool found;
    Value r = call_special(vm, b, rname, &a, 1, &found);
    if (found && (r.is_null() || r != vm.not_implemented)) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a == b);
  if (op == CmpOp::Ne) return Value::boolean(a != b);
  return raise(vm, vm.TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op),
               ta->name->data, tb->name->data);
}

int compare_bool(VM& vm, Value a, Value b, CmpOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.as_small(), y = b.as_small();
    return cmp_result(x < y ? -1 : x > y, op);
  }
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  Value r = compare(vm, a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  return truthy(vm, r);
}

int eq(VM& vm, Value a, Value b) {
  if (a == b) return 1;  // identity implies equality, as in CPython's containers (also for NaN)
  if (a.is_small() && b.is_small()) return 0;
  if (is_exact(a, vm.str_type) && is_exact(b, vm.str_type)) return str_eq(as_str(a), as_str(b));
  return compare_bool(vm, a, b, CmpOp::Eq);
}

int contains(VM& vm, Value container, Value item) {
  Type* t = type_of(vm, container);
  if (t == vm.dict_type) {
    Value v = dict_get(vm, container.as<Dict>(), item);
    if (!v.is_null()) return 1;
    return vm.exc.is_null() ? 0 : -1;
  }
  if (t == vm.set_type || t == vm.frozenset_type) return set_contains(vm, container.as<Set>(), item);
  Root rc(vm, container), ri(vm, item);
  bool found;
  Value r = call_special(vm, container, vm.s_contains, &item, 1, &found);
  if (found) {
    if (r.is_null()) return -1;
    return truthy(vm, r);
  }
  // Fall back to iteration.
  Value it = get_iter(vm, container);
  if (it.is_null()) {
    if (exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      raise(vm, vm.TypeError, "argument of type '%s' is not iterable", t->name->data);
    }
    return -1;
  }
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? 0 : -1;
    int e = eq(vm, x, item);
    if (e != 0) return e;
  }
}

// ---------- unary ----------

static Value unary(VM& vm, Value v, Str* name, const char* sym) {
  bool found;
  Root rv(vm, v);
  Value r = call_special(vm, v, name, nullptr, 0, &found);
  if (!found) return raise(vm, vm.TypeError, "bad operand type for unary %s: '%s'", sym, type_name(vm, v));
  return r;
}

Value unary_neg(VM& vm, Value v) {
  if (v.is_small()) return new_int(vm, -v.as_small());
  if (v.is_double()) return Value::from_double(-v.as_double());
  return unary(vm, v, vm.s_neg, "-");
}
Value unary_pos(VM& vm, Value v) {
  if (v.is_small() || v.is_double()) return v;
  return unary(vm, v, vm.s_pos, "+");
}
Value unary_invert(VM& vm, Value v) {
  if (v.is_small()) return Value::small(~v.as_small());
  return unary(vm, v, vm.s_invert, "~");
}

// ---------- items ----------

Value getitem(VM& vm, Value obj, Value key) {
  Type* t = type_of(vm, obj);
  if (t == vm.list_type) return list_getitem(vm, obj.as<List>(), key);
  if (t == vm.tuple_type) return tuple_getitem(vm, obj.as<Tuple>(), key);
  if (t == vm.dict_type) return dict_getitem(vm, obj.as<Dict>(), key);
  if (t == vm.str_type) return str_getitem(vm, as_str(obj), key);
  Root ro(vm, obj), rk(vm, key);
  bool found;
  Value r = call_special(vm, obj, vm.s_getitem, &key, 1, &found);
  if (found) return r;  // dict.__getitem__ itself sends a subclass's missing keys to __missing__
  if (t == vm.type_type || (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Type)) {
    if (obj == Value::ptr(vm.type_type)) {  // type[int]: a GenericAlias, as list[int] makes
      Value cm = dict_get_str(vm.list_type->dict, vm.s_class_getitem);
      if (is_exact(cm, vm.classmethod_type)) return call2(vm, cm.as<Wrapper>()->callable, obj, key);
    }
    Value cg = getattr_opt(vm, obj, vm.s_class_getitem);
    if (!cg.is_null()) return call1(vm, cg, key);
    if (!vm.exc.is_null()) return Value::null();
    return raise(vm, vm.TypeError, "type '%s' is not subscriptable", obj.as<Type>()->name->data);
  }
  return raise(vm, vm.TypeError, "'%s' object is not subscriptable", t->name->data);
}

Status setitem(VM& vm, Value obj, Value key, Value v) {
  Type* t = type_of(vm, obj);
  if (t == vm.list_type) return list_setitem(vm, obj.as<List>(), key, v);
  if (t == vm.dict_type) return dict_set(vm, obj.as<Dict>(), key, v);
  Root ro(vm, obj), rk(vm, key), rv(vm, v);
  bool found;
  Value args[2] = {key, v};
  Value r = call_special(vm, obj, vm.s_setitem, args, 2, &found);
  if (!found) {
    raise(vm, vm.TypeError, "'%s' object does not support item assignment", t->name->data);
    return Status::Error;
  }
  return r.is_null() ? Status::Error : Status::Ok;
}

Status delitem(VM& vm, Value obj, Value key) {
  Type* t = type_of(vm, obj);
  if (t == vm.dict_type) {
    int r = dict_del(vm, obj.as<Dict>(), key);
    if (r < 0) return Status::Error;
    if (r == 0) {
      raise_value(vm, new_exception(vm, vm.KeyError, new_tuple_from(vm, &key, 1)));
      return Status::Error;
    }
    return Status::Ok;
  }
  Root ro(vm, obj), rk(vm, key);
  bool found;
  Value r = call_special(vm, obj, vm.s_delitem, &key, 1, &found);
  if (!found) {
    // CPython words it "doesn't" when an index reaches a type with sequence slots
    // (PySequence_DelItem), "does not" otherwise (PyObject_DelItem).
    bool number = t == vm.int_type || t == vm.bool_type || t == vm.float_type || t == vm.complex_type ||
                  t == vm.none_type || t == vm.object_type || t->layout == Layout::Function || t->layout == Layout::Builtin ||
                  t->layout == Layout::Module || t->layout == Layout::Type;
    bool seq = !number && has_index(vm, key);
    raise(vm, vm.TypeError, seq ? "'%s' object doesn't support item deletion" : "'%s' object does not support item deletion",
          t->name->data);
    return Status::Error;
  }
  return r.is_null() ? Status::Error : Status::Ok;
}

// ---------- iteration ----------

Value get_iter(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t == vm.list_type) return new_iter(vm, vm.list_iter_type, v);
  if (t == vm.tuple_type) return new_iter(vm, vm.tuple_iter_type, v);
  Root rv(vm, v);
  bool found;
  Value r = call_special(vm, v, vm.s_iter, nullptr, 0, &found);
  if (found) {
    if (r.is_null()) return r;
    if (type_lookup(type_of(vm, r), vm.s_next).is_null())
      return raise(vm, vm.TypeError, "iter() returned non-iterator of type '%s'", type_name(vm, r));
    return r;
  }
  if (!type_lookup(t, vm.s_getitem).is_null()) return new_iter(vm, vm.seq_iter_type, v);
  return raise(vm, vm.TypeError, "'%s' object is not iterable", t->name->data);
}

Value iter_next(VM& vm, Value it) {
  Type* t = type_of(vm, it);
  if (t->layout == Layout::Iter) {
    if (t == vm.list_iter_type || t == vm.tuple_iter_type || t == vm.list_reviter_type)
      return seq_iter_next(vm, it.as<Iter>());
    if (t == vm.range_iter_type) {
      Iter* r = it.as<Iter>();
      if (r->index >= r->end) return Value::null();
      int64_t v = r->step * r->index++ + r->a.as_small();
      return new_int(vm, v);
    }
    if (t == vm.str_iter_type) return str_iter_next(vm, it.as<Iter>());
    if (t == vm.bytes_iter_type) return bytes_iter_next(vm, it.as<Iter>());
    if (t == vm.dict_keyiter_type || t == vm.dict_valueiter_type || t == vm.dict_itemiter_type ||
        t == vm.dict_revkeyiter_type)
      return dict_iter_next(vm, it.as<Iter>());
    if (t == vm.set_iter_type) return set_iter_next(vm, it.as<Iter>());
    if (t == vm.enumerate_type || t == vm.zip_type || t == vm.map_type || t == vm.filter_type ||
        t == vm.reversed_type || t == vm.seq_iter_type || t == vm.callable_iter_type)
      return misc_iter_next(vm, it.as<Iter>());
  }
  if (t == vm.generator_type && vm.gen_next_hook) return vm.gen_next_hook(vm, it, nullptr);
  Root ri(vm, it);
  bool found;
  Value r = call_special(vm, it, vm.s_next, nullptr, 0, &found);
  if (!found) return raise(vm, vm.TypeError, "'%s' object is not an iterator", t->name->data);
  if (r.is_null() && exc_matches(vm, vm.StopIteration)) clear_exc(vm);
  return r;
}

Status length(VM& vm, Value v, int64_t& out) {
  Type* t = type_of(vm, v);
  if (t == vm.list_type) { out = v.as<List>()->size; return Status::Ok; }
  if (t == vm.tuple_type) { out = v.as<Tuple>()->size; return Status::Ok; }
  if (t == vm.str_type) { out = as_str(v)->length; return Status::Ok; }
  if (t == vm.dict_type) { out = v.as<Dict>()->size; return Status::Ok; }
  if (t == vm.set_type || t == vm.frozenset_type) { out = v.as<Set>()->used; return Status::Ok; }
  Root rv(vm, v);
  bool found;
  Value r = call_special(vm, v, vm.s_len, nullptr, 0, &found);
  if (!found) {
    raise(vm, vm.TypeError, "object of type '%s' has no len()", t->name->data);
    return Status::Error;
  }
  if (r.is_null()) return Status::Error;
  if (!is_int(vm, r)) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, r));
    return Status::Error;
  }
  if (failed(index_i64(vm, r, out))) {
    if (exc_matches(vm, vm.IndexError)) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return Status::Error;
  }
  if (out < 0) {
    raise(vm, vm.ValueError, "__len__() should return >= 0");
    return Status::Error;
  }
  return Status::Ok;
}

// ---------- calls ----------

Value call(VM& vm, Value callable, Value* args, size_t nargs, Tuple* kwnames) {
  if (callable.is_ptr()) {
    Object* o = callable.as_ptr();
    switch (o->type->layout) {
      case Layout::Builtin: {
        auto* b = static_cast<Builtin*>(o);
        if (kwnames && kwnames->size && !(b->bflags & kBuiltinKeywords))
          return raise(vm, vm.TypeError, "%s() takes no keyword arguments", b->name->data);
        // Unbound method descriptors receive self as their first argument.
        size_t given = (b->owner && b->self.is_null() && !(b->bflags & kBuiltinStatic) && nargs) ? nargs - 1 : nargs;
        if (b->min_args >= 0 && (int64_t(given) < b->min_args || (b->max_args >= 0 && int64_t(given) > b->max_args))) {
          nargs = given;
          std::string qn = b->owner ? std::string(b->owner->qualname->view()) + "." + std::string(b->name->view())
                                    : std::string(b->name->view());
          if (b->max_args == 0)
            return raise(vm, vm.TypeError, "%s() takes no arguments (%zu given)", qn.c_str(), nargs);
          if (b->min_args == b->max_args && b->min_args == 1)
            return raise(vm, vm.TypeError, "%s() takes exactly one argument (%zu given)", qn.c_str(), nargs);
          if (b->min_args == b->max_args)
            return raise(vm, vm.TypeError, "%s expected %d arguments, got %zu", b->name->data, int(b->min_args), nargs);
          if (int64_t(nargs) < b->min_args)
            return raise(vm, vm.TypeError, "%s expected at least %d argument%s, got %zu", b->name->data,
                         int(b->min_args), b->min_args == 1 ? "" : "s", nargs);
          return raise(vm, vm.TypeError, "%s expected at most %d argument%s, got %zu", b->name->data,
                       int(b->max_args), b->max_args == 1 ? "" : "s", nargs);
        }
        if (b->bflags & kBuiltinStatic) return b->fn(vm, Value::null(), args, nargs, kwnames);
        if (b->owner && b->self.is_null()) {
          // Unbound method descriptor called directly: first argument is self.
          if (nargs == 0)
            return raise(vm, vm.TypeError, "unbound method %s.%s() needs an argument", b->owner->name->data, b->name->data);
          if (!(b->bflags & (kBuiltinStatic | kBuiltinClassMethod)) && !isinstance(vm, args[0], b->owner))
            return raise(vm, vm.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         b->name->data, b->owner->name->data, type_name(vm, args[0]));
          Value self = args[0];
          if (is_layout(self, Layout::Instance) && !self.as<Instance>()->base_value.is_null() &&
              b->owner->layout != Layout::Instance && b->owner->layout != Layout::Object && !(b->bflags & kBuiltinRawSelf))
            self = self.as<Instance>()->base_value;
          return b->fn(vm, self, args + 1, nargs - 1, kwnames);
        }
        return b->fn(vm, b->self, args, nargs, kwnames);
      }
      case Layout::Function:
        return vm.call_hook(vm, callable, args, nargs, kwnames);
      case Layout::Method: {
        auto* m = static_cast<Method*>(o);
        size_t nkw = kwnames ? kwnames->size : 0;
        size_t total = nargs + nkw;
        Value small[8];
        if (total < 8) {
          small[0] = m->self;
          for (size_t i = 0; i < total; i++) small[i + 1] = args[i];
          return call(vm, m->func, small, nargs + 1, kwnames);
        }
        RootVec buf(vm);
        buf.v.reserve(total + 1);
        buf.v.push_back(m->self);
        for (size_t i = 0; i < total; i++) buf.v.push_back(args[i]);
        return call(vm, m->func, buf.v.data(), nargs + 1, kwnames);
      }
      case Layout::Type:
        // A metaclass that defines its own __call__ (EnumType, singletons) takes the call.
        if (o->type == vm.type_type || type_lookup(o->type, vm.s_call) == type_lookup(vm.type_type, vm.s_call))
          return type_call(vm, static_cast<Type*>(o), args, nargs, kwnames);
        break;
      default:
        break;
    }
  }
  Value f = type_lookup(type_of(vm, callable), vm.s_call);
  if (f.is_null()) return raise(vm, vm.TypeError, "'%s' object is not callable", type_name(vm, callable));
  Root rc(vm, callable);
  Value bound = lookup_special(vm, callable, vm.s_call);
  if (bound.is_null()) return bound;
  Root rb(vm, bound);
  return call(vm, bound, args, nargs, kwnames);
}

Value call0(VM& vm, Value callable) { return call(vm, callable, nullptr, 0); }
Value call1(VM& vm, Value callable, Value a) { return call(vm, callable, &a, 1); }
Value call2(VM& vm, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(vm, callable, args, 2);
}

Value call_method(VM& vm, Value obj, Str* name, Value* args, size_t nargs) {
  Root ro(vm, obj);
  Value f = getattr(vm, obj, name);
  if (f.is_null()) return f;
  Root rf(vm, f);
  return call(vm, f, args, nargs);
}

Value call_ex(VM& vm, Value callable, Value args_tuple, Value kwargs) {
  Root rc(vm, callable), ra(vm, args_tuple), rk(vm, kwargs);
  RootVec buf(vm);
  if (!is_tuple(args_tuple)) {
    Value t = sequence_fast(vm, args_tuple, nullptr);
    if (t.is_null()) return t;
    ra = t;
    args_tuple = t;
  }
  size_t n = is_tuple(args_tuple) ? args_tuple.as<Tuple>()->size : args_tuple.as<List>()->size;
  Value* items = is_tuple(args_tuple) ? args_tuple.as<Tuple>()->items : args_tuple.as<List>()->items;
  for (size_t i = 0; i < n; i++) buf.v.push_back(items[i]);
  Tuple* kwnames = nullptr;
  Root rkn(vm);
  if (!kwargs.is_null() && !kwargs.is_none()) {
    Dict* d = kwargs.as<Dict>();
    if (d->size) {
      kwnames = new_tuple(vm, d->size);
      if (!kwnames) return raise_no_memory(vm);
      rkn = Value::ptr(kwnames);
      uint32_t pos = 0, i = 0;
      Value k, v;
      while (dict_next(d, pos, k, v)) {
        if (!is_str(k)) return raise(vm, vm.TypeError, "keywords must be strings");
        kwnames->items[i++] = k;
        buf.v.push_back(v);
      }
    }
  }
  return call(vm, callable, buf.v.data(), n, kwnames);
}

Value is_callable(VM& vm, Value v) {
  if (!v.is_ptr()) return Value::false_();
  Layout l = v.as_ptr()->type->layout;
  if (l == Layout::Function || l == Layout::Builtin || l == Layout::Method || l == Layout::Type) return Value::true_();
  return Value::boolean(!type_lookup(type_of(vm, v), vm.s_call).is_null());
}

Value kwarg(Tuple* kwnames, Value* args, size_t nargs, const char* name) {
  if (!kwnames) return Value::null();
  for (uint32_t i = 0; i < kwnames->size; i++)
    if (std::strcmp(as_str(kwnames->items[i])->data, name) == 0) return args[nargs + i];
  return Value::null();
}

Status no_kwargs(VM& vm, const char* fname, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.TypeError, "%s() takes no keyword arguments", fname);
    return Status::Error;
  }
  return Status::Ok;
}

Status parse_args(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames,
                  const char* const* names, size_t nnames, size_t nrequired, Value* out, size_t npos_only) {
  for (size_t i = 0; i < nnames; i++) out[i] = Value::null();
  if (nargs > nnames) {
    raise(vm, vm.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nnames, nnames == 1 ? "" : "s", nargs);
    return Status::Error;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  if (kwnames) {
    for (uint32_t k = 0; k < kwnames->size; k++) {
      const char* kn = as_str(kwnames->items[k])->data;
      size_t i = 0;
      for (; i < nnames; i++)
        if (std::strcmp(names[i], kn) == 0) break;
      if (i == nnames || i < npos_only) {
        raise(vm, vm.TypeError, "%s() got an unexpected keyword argument '%s'", fname, kn);
        return Status::Error;
      }
      if (!out[i].is_null()) {
        raise(vm, vm.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, kn, i + 1);
        return Status::Error;
      }
      out[i] = args[nargs + k];
    }
  }
  for (size_t i = 0; i < nrequired; i++) {
    if (out[i].is_null()) {
      raise(vm, vm.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return Status::Error;
    }
  }
  return Status::Ok;
}

// ---------- output ----------

void write_stdout(VM& vm, std::string_view s) {
  if (vm.write_out) vm.write_out(vm, 1, s);
  else fwrite(s.data(), 1, s.size(), stdout);
}
void write_stderr(VM& vm, std::string_view s) {
  if (vm.write_out) vm.write_out(vm, 2, s);
  else fwrite(s.data(), 1, s.size(), stderr);
}

}  // namespace taipan::runtime
