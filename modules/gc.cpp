// The gc module over Taipan's tracing collector.
//
// Taipan has no reference counting: its mark-sweep collector is the only thing that frees
// memory, so collection cannot be switched off without leaking everything. gc.disable(),
// gc.enable() and gc.isenabled() keep the flag programs read and set, but collections go on
// (a deliberate difference, docs/compatibility.md). gc.collect() runs a full collection and
// returns how many objects it freed; get_count() gives the objects allocated since the last
// collection; get_stats() counts collections; thresholds, debug flags, freeze() and the
// garbage/callbacks lists are kept for programs that set or read them.
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

struct GcState {
  bool enabled = true;
  int64_t threshold[3] = {700, 10, 10};  // CPython's defaults
  int64_t debug = 0;
  uint64_t allocated_at_collect = 0;
};
GcState& state() {
  static GcState s;  // per process: Taipan runs one VM per process in the CLI
  return s;
}

Value gc_collect(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    if (nargs || kwnames->size > 1 || as_str(kwnames->items[0])->view() != "generation")
      return raise(vm, vm.TypeError, "collect() got an unexpected keyword argument");
    nargs = 1;  // the keyword's value follows the (no) positional arguments
  }
  size_t npos = nargs;
  if (npos > 1) return raise(vm, vm.TypeError, "collect() takes at most 1 argument (%zu given)", npos);
  if (npos == 1) {
    int64_t gen;
    if (failed(int_to_i64(vm, args[0], gen))) return Value::null();
    if (gen < 0 || gen > 2) return raise(vm, vm.ValueError, "invalid generation");
  }
  uint64_t before = vm.heap.stats.freed_objects;
  vm.heap.collect();
  state().allocated_at_collect = vm.heap.stats.allocated_objects;
  return new_int(vm, int64_t(vm.heap.stats.freed_objects - before));
}
Value gc_enable(VM&, Value, Value*, size_t, Tuple*) {
  state().enabled = true;
  return Value::none();
}
Value gc_disable(VM&, Value, Value*, size_t, Tuple*) {
  state().enabled = false;
  return Value::none();
}
Value gc_isenabled(VM&, Value, Value*, size_t, Tuple*) { return Value::boolean(state().enabled); }
Value gc_get_count(VM& vm, Value, Value*, size_t, Tuple*) {
  uint64_t a = vm.heap.stats.allocated_objects, base = state().allocated_at_collect;
  Value items[3] = {new_int(vm, int64_t(a > base ? a - base : 0)), Value::small(0), Value::small(0)};
  return new_tuple_from(vm, items, 3);
}
Value gc_get_threshold(VM& vm, Value, Value*, size_t, Tuple*) {
  Value items[3] = {new_int(vm, state().threshold[0]), new_int(vm, state().threshold[1]),
                    new_int(vm, state().threshold[2])};
  return new_tuple_from(vm, items, 3);
}
Value gc_set_threshold(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 3) return raise(vm, vm.TypeError, "set_threshold() takes 1 to 3 arguments (%zu given)", nargs);
  for (size_t i = 0; i < nargs; i++)
    if (failed(int_to_i64(vm, args[i], state().threshold[i]))) return Value::null();
  return Value::none();
}
Value gc_get_debug(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, state().debug); }
Value gc_set_debug(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (failed(int_to_i64(vm, args[0], state().debug))) return Value::null();
  return Value::none();
}
Value gc_get_stats(VM& vm, Value, Value*, size_t, Tuple*) {
  List* out = new_list(vm, 0);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  for (int gen = 0; gen < 3; gen++) {
    Dict* d = new_dict(vm);
    if (!d) return raise_no_memory(vm);
    Root rd(vm, Value::ptr(d));
    uint64_t collections = gen == 2 ? vm.heap.stats.collections : 0;
    uint64_t collected = gen == 2 ? vm.heap.stats.freed_objects : 0;
    if (failed(dict_set_cstr(vm, d, "collections", new_int(vm, int64_t(collections)))) ||
        failed(dict_set_cstr(vm, d, "collected", new_int(vm, int64_t(collected)))) ||
        failed(dict_set_cstr(vm, d, "uncollectable", Value::small(0))) ||
        failed(list_append(vm, out, Value::ptr(d))))
      return Value::null();
  }
  return Value::ptr(out);
}
// CPython tracks containers, not atomic objects (ints, floats, strs, bytes, None, bools).
Value gc_is_tracked(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (!v.is_ptr() || is_int(vm, v) || is_str(v) || is_layout(v, Layout::Bytes)) return Value::false_();
  return Value::true_();
}
Value gc_is_finalized(VM&, Value, Value*, size_t, Tuple*) { return Value::false_(); }
Value gc_freeze(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }
Value gc_get_freeze_count(VM&, Value, Value*, size_t, Tuple*) { return Value::small(0); }

Value make_gc(VM& vm) {
  Value mv = native_module(vm, "gc");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "collect").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef fns[] = {
      {"collect", gc_collect, 0, -1, kBuiltinKeywords},
      {"enable", gc_enable, 0, 0, 0},
      {"disable", gc_disable, 0, 0, 0},
      {"isenabled", gc_isenabled, 0, 0, 0},
      {"get_count", gc_get_count, 0, 0, 0},
      {"get_threshold", gc_get_threshold, 0, 0, 0},
      {"set_threshold", gc_set_threshold, 0, -1, 0},
      {"get_debug", gc_get_debug, 0, 0, 0},
      {"set_debug", gc_set_debug, 1, 1, 0},
      {"get_stats", gc_get_stats, 0, 0, 0},
      {"is_tracked", gc_is_tracked, 1, 1, 0},
      {"is_finalized", gc_is_finalized, 1, 1, 0},
      {"freeze", gc_freeze, 0, 0, 0},
      {"unfreeze", gc_freeze, 0, 0, 0},
      {"get_freeze_count", gc_get_freeze_count, 0, 0, 0},
  };
  add_functions(vm, m, fns);
  for (const char* name : {"garbage", "callbacks"}) {
    List* l = new_list(vm, 0);
    if (!l || failed(dict_set_cstr(vm, m->dict, name, Value::ptr(l)))) return Value::null();
  }
  static const struct { const char* name; int value; } flags[] = {
      {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
  for (auto& f : flags)
    if (failed(dict_set_cstr(vm, m->dict, f.name, Value::small(f.value)))) return Value::null();
  return mv;
}

}  // namespace

void init_gc(VM& vm) { register_native_module(vm, "gc", make_gc); }

}  // namespace taipan::runtime
