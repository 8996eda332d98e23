// The _warnings module, reduced to `warn`: the C accelerator of `warnings` that importlib's
// bootstrap imports by name. It defines no `filters`, so `warnings` itself keeps its
// pure-Python implementation, and _warnings.warn calls warnings.warn (a native frame is not
// a Python frame, so `stacklevel` counts the same frames).
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

Value warnings_warn(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
  if (imp.is_null()) return raise(vm, vm.ImportError, "__import__ not found");
  Value mod = call1(vm, imp, Value::ptr(vm.intern("warnings")));
  if (mod.is_null()) return mod;
  Value warn = getattr(vm, mod, vm.intern("warn"));
  if (warn.is_null()) return warn;
  return call(vm, warn, args, nargs, kwnames);
}

Value make_warnings(VM& vm) {
  Value m = native_module(vm, "_warnings");
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"warn", warnings_warn, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m.as<Module>(), fns);
  return m;
}

}  // namespace

void init_warnings(VM& vm) { register_native_module(vm, "_warnings", make_warnings); }

}  // namespace taipan::runtime
