// The _posixsubprocess module: `subprocess` imports it at module level. fork_exec is not
// built yet (it raises OSError(ENOSYS)), so creating child processes does not work.
#include <cerrno>

#include "modules/io.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

using io::raise_os_error;

Value ps_fork_exec(VM& vm, Value, Value*, size_t, Tuple*) { return raise_os_error(vm, ENOSYS); }

Value make_posixsubprocess(VM& vm) {
  Value mv = native_module(vm, "_posixsubprocess");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "fork_exec").is_null()) return mv;
  Root rm(vm, mv);
  static const MethodDef fns[] = {{"fork_exec", ps_fork_exec, 0, -1, 0}};
  add_functions(vm, mv.as<Module>(), fns);
  return mv;
}

}  // namespace

void init_posixsubprocess(VM& vm) { register_native_module(vm, "_posixsubprocess", make_posixsubprocess); }

}  // namespace taipan::runtime
