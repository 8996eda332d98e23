// The semantics of the `match` statement's instructions (MATCH_MAPPING, MATCH_SEQUENCE,
// MATCH_KEYS, MATCH_CLASS), shared by the interpreter and the JIT's helpers.
//
// CPython decides "is a mapping / a sequence" from two type flags. Taipan derives them:
// dict, mappingproxy and their subclasses are mappings; list, tuple, range, memoryview,
// collections.deque, array.array and their subclasses are sequences; a class whose MRO
// defines `__abc_tpflags__` (collections.abc.Mapping and Sequence do) takes its flags from
// it. A class made a virtual subclass with `Sequence.register(C)` is not recognised (CPython
// sets the flag on it); docs/compatibility.md lists that difference.
#include <cstring>

#include "interp/frame.h"

namespace taipan::interp {

using namespace runtime;

namespace {
constexpr int64_t kFlagSequence = 1 << 5;  // CPython's Py_TPFLAGS_SEQUENCE
constexpr int64_t kFlagMapping = 1 << 6;   // Py_TPFLAGS_MAPPING

// Builtin (non-heap) types in t's MRO named like one of the given tp_names.
bool has_native_base(Type* t, std::initializer_list<const char*> names) {
  Tuple* mro = t->mro;
  if (!mro) return false;
  for (uint32_t i = 0; i < mro->size; i++) {
    Type* b = mro->items[i].as<Type>();
    if (b->tflags & kTypeHeap) continue;
    for (const char* n : names)
      if (b->name->view() == n) return true;
  }
  return false;
}

int64_t collection_flags(VM& vm, Value subject) {
  Type* t = type_of(vm, subject);
  if (is_subtype(t, vm.dict_type) || is_subtype(t, vm.mappingproxy_type)) return kFlagMapping;
  if (is_subtype(t, vm.list_type) || is_subtype(t, vm.tuple_type) || is_subtype(t, vm.range_type) ||
      has_native_base(t, {"memoryview", "collections.deque", "array.array"}))
    return kFlagSequence;
  if (!(t->tflags & kTypeHeap)) return 0;
  Value f = type_lookup(t, vm.intern("__abc_tpflags__"));
  if (!f.is_small()) return 0;
  return f.as_small() & (kFlagSequence | kFlagMapping);
}
}  // namespace

bool match_is_mapping(VM& vm, Value subject) { return collection_flags(vm, subject) & kFlagMapping; }
bool match_is_sequence(VM& vm, Value subject) { return collection_flags(vm, subject) & kFlagSequence; }

// MATCH_KEYS: the values of `keys` in the mapping `subject` as a tuple, None if one is
// missing, null with an exception on error. Lookups go through subject.get(key, marker).
Value match_keys(VM& vm, Value subject, Value keys) {
  if (!is_tuple(keys)) return raise(vm, vm.SystemError, "corrupt bytecode (MATCH_KEYS)");
  Root rsub(vm, subject), rkeys(vm, keys);
  uint32_t n = keys.as<Tuple>()->size;
  if (n == 0) return vm.empty_tuple;
  Value get = getattr(vm, subject, vm.intern("get"));
  if (get.is_null()) return get;
  Root rget(vm, get);
  Value marker = new_instance(vm, vm.object_type);
  if (marker.is_null()) return marker;
  Root rmarker(vm, marker);
  Set* seen = new_set(vm, false);
  if (!seen) return raise_no_memory(vm);
  Root rseen(vm, Value::ptr(seen));
  Tuple* values = new_tuple(vm, n);
  if (!values) return raise_no_memory(vm);
  Root rvalues(vm, Value::ptr(values));
  for (uint32_t i = 0; i < n; i++) {
    Value key = keys.as<Tuple>()->items[i];
    int has = set_contains(vm, seen, key);
    if (has < 0) return Value::null();
    if (has) return raise(vm, vm.ValueError, "mapping pattern checks duplicate key (%R)", key);
    if (failed(set_add(vm, seen, key))) return Value::null();
    Value v = call2(vm, get, key, marker);
    if (v.is_null()) return v;
    if (v == marker) return Value::none();
    values->items[i] = v;
  }
  return Value::ptr(values);
}

// One attribute of a class pattern; null with no exception when the subject lacks it.
static Value class_attr(VM& vm, Value subject, Type* type, Value name, Set* seen) {
  int has = set_contains(vm, seen, name);
  if (has < 0) return Value::null();
  if (has) return raise(vm, vm.TypeError, "%N() got multiple sub-patterns for attribute %R", type->name, name);
  if (failed(set_add(vm, seen, name))) return Value::null();
  return getattr_opt(vm, subject, as_str(name));
}

// Builtin types whose single positional sub-pattern matches the subject itself.
static bool matches_self(VM& vm, Type* t) {
  for (Type* b : {vm.bool_type, vm.bytearray_type, vm.bytes_type, vm.dict_type, vm.float_type, vm.frozenset_type,
                  vm.int_type, vm.list_type, vm.set_type, vm.str_type, vm.tuple_type})
    if (is_subtype(t, b)) return true;
  return false;
}

// MATCH_CLASS: a tuple of the attributes the sub-patterns look at if `subject` is an
// instance of `cls` that has them all, None if not, null with an exception on error.
Value match_class(VM& vm, Value subject, Value cls, uint32_t nargs, Value kwnames) {
  if (!is_layout(cls, Layout::Type)) return raise(vm, vm.TypeError, "called match pattern must be a type");
  if (!is_tuple(kwnames)) return raise(vm, vm.SystemError, "corrupt bytecode (MATCH_CLASS)");
  Root rsub(vm, subject), rcls(vm, cls), rkw(vm, kwnames);
  Type* type = cls.as<Type>();
  Value isinst = dict_get_cstr(vm, vm.builtins->dict, "isinstance");
  if (isinst.is_null()) return raise(vm, vm.SystemError, "builtins.isinstance is missing");
  Value r = call2(vm, isinst, subject, cls);
  if (r.is_null()) return r;
  int ok = truthy(vm, r);
  if (ok < 0) return Value::null();
  if (!ok) return Value::none();
  Set* seen = new_set(vm, false);
  if (!seen) return raise_no_memory(vm);
  Root rseen(vm, Value::ptr(seen));
  List* attrs = new_list(vm, 0);
  if (!attrs) return raise_no_memory(vm);
  Root rattrs(vm, Value::ptr(attrs));
  if (nargs) {
    bool self_match = false;
    Value match_args = getattr_opt(vm, cls, vm.intern("__match_args__"));
    if (!vm.exc.is_null()) return Value::null();
    if (match_args.is_null()) {
      match_args = vm.empty_tuple;
      self_match = matches_self(vm, type);
    } else if (!is_exact(match_args, vm.tuple_type)) {
      return raise(vm, vm.TypeError, "%N.__match_args__ must be a tuple (got %s)", type->name,
                   type_name(vm, match_args));
    }
    Root rma(vm, match_args);
    uint32_t allowed = self_match ? 1 : match_args.as<Tuple>()->size;
    if (allowed < nargs)
      return raise(vm, vm.TypeError, "%N() accepts %d positional sub-pattern%s (%d given)", type->name, int(allowed),
                   allowed == 1 ? "" : "s", int(nargs));
    if (self_match) {
      if (failed(list_append(vm, attrs, subject))) return Value::null();
    } else {
      for (uint32_t i = 0; i < nargs; i++) {
        Value name = match_args.as<Tuple>()->items[i];
        if (!is_exact(name, vm.str_type))
          return raise(vm, vm.TypeError, "__match_args__ elements must be strings (got %s)", type_name(vm, name));
        Value a = class_attr(vm, subject, type, name, seen);
        if (a.is_null()) return vm.exc.is_null() ? Value::none() : a;
        if (failed(list_append(vm, attrs, a))) return Value::null();
      }
    }
  }
  Tuple* kw = kwnames.as<Tuple>();
  for (uint32_t i = 0; i < kw->size; i++) {
    Value a = class_attr(vm, subject, type, kw->items[i], seen);
    if (a.is_null()) return vm.exc.is_null() ? Value::none() : a;
    if (failed(list_append(vm, attrs, a))) return Value::null();
  }
  return new_tuple_from(vm, attrs->items, attrs->size);
}

}  // namespace taipan::interp
