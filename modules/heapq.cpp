// The _heapq module: heappush, heappop, heapreplace, heappushpop, heapify and the max-heap
// helpers heapq.py uses (_heappop_max, _heapreplace_max, _heapify_max), natively, with the
// comparison order of CPython's C module (every comparison is `<` via compare_bool, so a
// Python __lt__ sees the same calls) and its messages.
//
// A comparison may run Python code that changes the list: items are re-read from the List
// after each one, and a change of size raises RuntimeError as CPython does.
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

Status changed_size(VM& vm) {
  raise(vm, vm.RuntimeError, "list changed size during iteration");
  return Status::Error;
}

// Moves the item at pos up towards startpos while it is smaller than its parent.
Status sift_down(VM& vm, List* l, size_t startpos, size_t pos, bool max) {
  size_t size = l->size;
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Value item = l->items[pos], parent = l->items[parentpos];
    Root ri(vm, item), rp(vm, parent);
    int lt = max ? compare_bool(vm, parent, item, CmpOp::Lt) : compare_bool(vm, item, parent, CmpOp::Lt);
    if (lt < 0) return Status::Error;
    if (size != l->size) return changed_size(vm);
    if (!lt) break;
    Value a = l->items[parentpos];
    l->items[parentpos] = l->items[pos];
    l->items[pos] = a;
    pos = parentpos;
  }
  return Status::Ok;
}

// Moves the smaller child up until pos is a leaf, then sifts the item back down.
Status sift_up(VM& vm, List* l, size_t pos, bool max) {
  size_t endpos = l->size, startpos = pos, limit = endpos >> 1;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Value a = l->items[childpos], b = l->items[childpos + 1];
      Root ra(vm, a), rb(vm, b);
      int lt = max ? compare_bool(vm, b, a, CmpOp::Lt) : compare_bool(vm, a, b, CmpOp::Lt);
      if (lt < 0) return Status::Error;
      if (endpos != l->size) return changed_size(vm);
      if (!lt) childpos++;
    }
    Value t = l->items[childpos];
    l->items[childpos] = l->items[pos];
    l->items[pos] = t;
    pos = childpos;
  }
  return sift_down(vm, l, startpos, pos, max);
}

List* heap_arg(VM& vm, Value v, const char* fname, bool numbered) {
  if (List* l = list_unwrap(v)) return l;
  raise(vm, vm.TypeError, "%s() argument%s must be list, not %s", fname, numbered ? " 1" : "", type_name(vm, v));
  return nullptr;
}

bool one_arg(VM& vm, const char* fname, size_t nargs, Tuple* kw) {
  if (kw && kw->size) {
    raise(vm, vm.TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 1) {
    raise(vm, vm.TypeError, "_heapq.%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
  }
  return true;
}

Value heappush(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "heappush", nargs, kw, 2, 2))) return Value::null();
  List* l = heap_arg(vm, args[0], "heappush", true);
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  if (failed(list_append(vm, l, args[1]))) return Value::null();
  if (failed(sift_down(vm, l, 0, l->size - 1, false))) return Value::null();
  return Value::none();
}

Value pop_impl(VM& vm, Value* args, size_t nargs, Tuple* kw, const char* fname, bool max) {
  if (!one_arg(vm, fname, nargs, kw)) return Value::null();
  List* l = heap_arg(vm, args[0], fname, false);
  if (!l) return Value::null();
  if (l->size == 0) return raise(vm, vm.IndexError, "index out of range");
  Root rl(vm, Value::ptr(l));
  Value last = l->items[--l->size];
  if (l->size == 0) return last;
  Value top = l->items[0];
  Root rt(vm, top);
  l->items[0] = last;
  if (failed(sift_up(vm, l, 0, max))) return Value::null();
  return top;
}

Value heappop(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return pop_impl(vm, args, nargs, kw, "heappop", false); }
Value heappop_max(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return pop_impl(vm, args, nargs, kw, "_heappop_max", true);
}

Value replace_impl(VM& vm, Value* args, size_t nargs, Tuple* kw, const char* fname, bool max) {
  if (failed(check_positional(vm, fname, nargs, kw, 2, 2))) return Value::null();
  List* l = heap_arg(vm, args[0], fname, true);
  if (!l) return Value::null();
  if (l->size == 0) return raise(vm, vm.IndexError, "index out of range");
  Root rl(vm, Value::ptr(l));
  Value top = l->items[0];
  Root rt(vm, top);
  l->items[0] = args[1];
  if (failed(sift_up(vm, l, 0, max))) return Value::null();
  return top;
}

Value heapreplace(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return replace_impl(vm, args, nargs, kw, "heapreplace", false);
}
Value heapreplace_max(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return replace_impl(vm, args, nargs, kw, "_heapreplace_max", true);
}

Value heappushpop(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "heappushpop", nargs, kw, 2, 2))) return Value::null();
  List* l = heap_arg(vm, args[0], "heappushpop", true);
  if (!l) return Value::null();
  Value item = args[1];
  if (l->size == 0) return item;
  Root rl(vm, Value::ptr(l)), ri(vm, item);
  Value top = l->items[0];
  Root rt(vm, top);
  int lt = compare_bool(vm, top, item, CmpOp::Lt);
  if (lt < 0) return Value::null();
  if (!lt) return item;
  if (l->size == 0) return raise(vm, vm.IndexError, "index out of range");
  top = l->items[0];
  l->items[0] = item;
  if (failed(sift_up(vm, l, 0, false))) return Value::null();
  return top;
}

Value heapify_impl(VM& vm, Value* args, size_t nargs, Tuple* kw, const char* fname, bool max) {
  if (!one_arg(vm, fname, nargs, kw)) return Value::null();
  List* l = heap_arg(vm, args[0], fname, false);
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  // Bottom-up: each node's subtrees are heaps when it is sifted.
  for (size_t i = l->size >> 1; i-- > 0;)
    if (failed(sift_up(vm, l, i, max))) return Value::null();
  return Value::none();
}

Value heapify(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return heapify_impl(vm, args, nargs, kw, "heapify", false);
}
Value heapify_max(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return heapify_impl(vm, args, nargs, kw, "_heapify_max", true);
}

Value make_heapq(VM& vm) {
  Value mv = native_module(vm, "_heapq");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  static const MethodDef fns[] = {
      {"heappush", heappush, 0, -1, kBuiltinKeywords},
      {"heappop", heappop, 0, -1, kBuiltinKeywords},
      {"heapreplace", heapreplace, 0, -1, kBuiltinKeywords},
      {"heappushpop", heappushpop, 0, -1, kBuiltinKeywords},
      {"heapify", heapify, 0, -1, kBuiltinKeywords},
      {"_heappop_max", heappop_max, 0, -1, kBuiltinKeywords},
      {"_heapreplace_max", heapreplace_max, 0, -1, kBuiltinKeywords},
      {"_heapify_max", heapify_max, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, mv.as<Module>(), fns);
  (void)dict_set_cstr(vm, mv.as<Module>()->dict, "__about__", Value::ptr(vm.intern("Heap queues")));
  return mv;
}

}  // namespace

void init_heapq(VM& vm) { register_native_module(vm, "_heapq", make_heapq); }

}  // namespace taipan::runtime
