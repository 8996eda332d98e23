// The import system's native modules: `_imp` and `marshal`, what importlib's
// _bootstrap/_bootstrap_external need to load (so `import importlib.machinery` works).
//
// Taipan imports natively (interp/import.cpp); importlib is only loaded for its API
// (importlib.machinery's suffix lists, importlib.util, ...). So `_imp` answers for the
// native modules (is_builtin, create_builtin, exec_builtin), has no frozen modules and no
// extension suffixes, and its import lock is a no-op (one thread). `marshal.loads`/`load`
// read with the .pyc loader's unmarshaller; writing (`dumps`/`dump`) is not provided.
#include <string>

#include "interp/import.h"
#include "interp/marshal.h"
#include "runtime/nativetype.h"

namespace taipan::interp {

using namespace runtime;

namespace {

bool native_name(VM& vm, std::string_view n) {
  return n == "sys" || n == "builtins" || vm.native_modules.count(std::string(n)) != 0;
}

Value imp_is_builtin(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "is_builtin() argument must be str, not %s", type_name(vm, args[0]));
  std::string_view n = as_str(args[0])->view();
  if (n == "sys" || n == "builtins") return Value::small(-1);  // CPython: cannot be re-initialised
  return Value::small(native_name(vm, n) ? 1 : 0);
}

Value imp_create_builtin(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value name = getattr(vm, args[0], vm.intern("name"));
  if (name.is_null()) return name;
  if (!is_str(name)) return raise(vm, vm.TypeError, "name must be string, not %s", type_name(vm, name));
  Root rn(vm, name);
  Value m = dict_get(vm, vm.modules, name);
  if (!m.is_null() || !vm.exc.is_null()) return m;
  std::string_view n = as_str(name)->view();
  if (n == "sys") return Value::ptr(vm.sys);
  if (n == "builtins") return Value::ptr(vm.builtins);
  m = find_native_module(vm, n);
  if (m.is_null() && vm.exc.is_null()) return raise(vm, vm.ImportError, "no built-in module named %S", name);
  return m;
}

Value imp_zero(VM&, Value, Value*, size_t, Tuple*) { return Value::small(0); }
Value imp_false(VM&, Value, Value*, size_t, Tuple*) { return Value::false_(); }
Value imp_none(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }
Value imp_extension_suffixes(VM& vm, Value, Value*, size_t, Tuple*) {
  List* l = new_list(vm);
  return l ? Value::ptr(l) : raise_no_memory(vm);
}
Value imp_get_frozen_object(VM& vm, Value, Value* args, size_t, Tuple*) {
  return raise(vm, vm.ImportError, "No such frozen object named %R", args[0]);
}

Value make_imp(VM& vm) {
  Value m = native_module(vm, "_imp");
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"is_builtin", imp_is_builtin, 1, 1, 0},
      {"create_builtin", imp_create_builtin, 1, 1, 0},
      {"exec_builtin", imp_zero, 1, 1, 0},
      {"exec_dynamic", imp_zero, 1, 1, 0},
      {"is_frozen", imp_false, 1, 1, 0},
      {"is_frozen_package", imp_false, 1, 1, 0},
      {"find_frozen", imp_none, 1, 1, kBuiltinKeywords},
      {"get_frozen_object", imp_get_frozen_object, 1, 2, 0},
      {"init_frozen", imp_none, 1, 1, 0},
      {"extension_suffixes", imp_extension_suffixes, 0, 0, 0},
      {"acquire_lock", imp_none, 0, 0, 0},
      {"release_lock", imp_none, 0, 0, 0},
      {"lock_held", imp_false, 0, 0, 0},
      {"_fix_co_filename", imp_none, 2, 2, 0},
      {"_override_frozen_modules_for_tests", imp_none, 1, 1, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  Dict* d = m.as<Module>()->dict;
  Value s = new_str(vm, "default");
  if (s.is_null() || failed(dict_set_cstr(vm, d, "check_hash_based_pycs", s))) return Value::null();
  Value t = new_tuple_from(vm, nullptr, 0);
  if (t.is_null() || failed(dict_set_cstr(vm, d, "_frozen_module_names", t))) return Value::null();
  return m;
}

Value marshal_loads(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value b = args[0];
  if (is_layout(b, Layout::Bytes)) return unmarshal(vm, b.as<Bytes>()->view());
  if (is_layout(b, Layout::ByteArray)) {
    std::string copy(b.as<ByteArray>()->data, b.as<ByteArray>()->size);
    return unmarshal(vm, copy);
  }
  return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, b));
}

Value marshal_load(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value data = call_method(vm, args[0], vm.intern("read"), nullptr, 0);
  if (data.is_null()) return data;
  Root rd(vm, data);
  if (!is_layout(data, Layout::Bytes))
    return raise(vm, vm.TypeError, "file.read() returned not bytes but %s", type_name(vm, data));
  return unmarshal(vm, data.as<Bytes>()->view());
}

Value marshal_dumps(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.NotImplementedError, "marshal.dumps() is not supported by Taipan");
}

Value make_marshal(VM& vm) {
  Value m = native_module(vm, "marshal");
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"loads", marshal_loads, 1, 1, 0},
      {"load", marshal_load, 1, 1, 0},
      {"dumps", marshal_dumps, 1, 2, 0},
      {"dump", marshal_dumps, 2, 3, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  if (failed(dict_set_cstr(vm, m.as<Module>()->dict, "version", Value::small(4)))) return Value::null();
  return m;
}

}  // namespace

void init_imp(VM& vm) {
  register_native_module(vm, "_imp", make_imp);
  register_native_module(vm, "marshal", make_marshal);
  init_sys_module_names(vm);  // the list was made before the interpreter's modules
}

}  // namespace taipan::interp
