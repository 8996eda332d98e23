// The _signal module, enough for `signal` and asyncio: the SIG* constants, SIG_DFL/SIG_IGN,
// default_int_handler, signal/getsignal, raise_signal, set_wakeup_fd, valid_signals, strsignal.
//
// The module keeps handlers in a dict under `_handlers` (signal number -> handler); SIGINT
// starts as default_int_handler, every other signal as SIG_DFL. In a VM that handles signals
// (the command-line program's) signal() also installs the process handler, and a signal that
// arrives runs its Python handler at the next safe point (runtime/safepoint.cpp); elsewhere
// (an embedding host's VM) handlers are only recorded.
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "modules/io.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

Dict* handlers(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_signal");
  if (m.is_null()) return nullptr;
  Value h = dict_get_cstr(vm, m.as<Module>()->dict, "_handlers");
  return is_dict(h) ? h.as<Dict>() : nullptr;
}

Status signum_arg(VM& vm, Value v, int& out) {
  int64_t n;
  if (failed(io::int_arg(vm, v, n))) return Status::Error;
  if (n < 1 || n >= NSIG) {
    raise(vm, vm.ValueError, "signal number out of range");
    return Status::Error;
  }
  out = int(n);
  return Status::Ok;
}

Value sig_default_int_handler(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise_value(vm, Value::ptr(vm.KeyboardInterrupt));
}

Value sig_getsignal(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "getsignal", nargs, kw, 1, 1))) return Value::null();
  int n;
  if (failed(signum_arg(vm, args[0], n))) return Value::null();
  Dict* h = handlers(vm);
  Value v = h ? dict_get(vm, h, Value::small(n)) : Value::null();
  if (v.is_null()) return vm.exc.is_null() ? Value::small(0) : v;  // SIG_DFL
  return v;
}

Value sig_signal(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "signal", nargs, kw, 2, 2))) return Value::null();
  int n;
  if (failed(signum_arg(vm, args[0], n))) return Value::null();
  Value h = args[1];
  bool special = is_int(vm, h) && (h.is_small() && (h.as_small() == 0 || h.as_small() == 1));
  if (!special && !is_callable(vm, h).is_true())
    return raise(vm, vm.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  if (n == SIGKILL || n == SIGSTOP) return io::raise_os_error(vm, EINVAL);
  Value old = sig_getsignal(vm, Value::null(), args, 1, nullptr);
  if (old.is_null()) return old;
  Root ro(vm, old);
  if (failed(vm_set_signal_handler(vm, n, special ? int(h.as_small()) : 2))) return Value::null();
  Dict* d = handlers(vm);
  if (d && failed(dict_set(vm, d, Value::small(n), h))) return Value::null();
  return old;
}

Value sig_set_wakeup_fd(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd", "warn_on_full_buffer"};
  Value got[2];
  if (failed(parse_args(vm, "set_wakeup_fd", args, nargs, kw, names, 2, 1, got, 1))) return Value::null();
  int64_t fd;
  if (failed(int_to_i64(vm, got[0], fd))) return Value::null();
  Value m = dict_get_cstr(vm, vm.modules, "_signal");
  if (m.is_null()) return Value::small(-1);
  Value old = dict_get_cstr(vm, m.as<Module>()->dict, "_wakeup_fd");
  Root ro(vm, old.is_null() ? Value::none() : old);
  (void)dict_set_cstr(vm, m.as<Module>()->dict, "_wakeup_fd", got[0]);
  return old.is_null() ? Value::small(-1) : old;
}

// raise_signal(signalnum): sends the signal to this process and runs its Python handler
// right away (CPython checks for signals before returning).
Value sig_raise_signal(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "raise_signal", nargs, kw, 1, 1))) return Value::null();
  int n;
  if (failed(signum_arg(vm, args[0], n))) return Value::null();
  if (::raise(n) != 0) return io::raise_os_error(vm, errno);
  if ((vm.pending.load() & kPendingSignal) && failed(vm_safepoint(vm))) return Value::null();
  return Value::none();
}

Value sig_valid_signals(VM& vm, Value, Value*, size_t, Tuple*) {
  Value s = call0(vm, Value::ptr(vm.set_type));
  if (s.is_null()) return s;
  Root rs(vm, s);
  Value add = getattr(vm, s, vm.intern("add"));
  if (add.is_null()) return add;
  Root ra(vm, add);
  for (int i = 1; i < NSIG; i++)
    if (call1(vm, add, Value::small(i)).is_null()) return Value::null();
  return s;
}

Value sig_strsignal(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "strsignal", nargs, kw, 1, 1))) return Value::null();
  int n;
  if (failed(signum_arg(vm, args[0], n))) return Value::null();
  const char* s = ::strsignal(n);
  return s ? new_str(vm, s) : Value::none();
}

Value make_signal(VM& vm) {
  Value mv = native_module(vm, "_signal");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "signal").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef fns[] = {
      {"default_int_handler", sig_default_int_handler, 0, -1, 0},
      {"getsignal", sig_getsignal, 0, -1, 0},
      {"signal", sig_signal, 0, -1, 0},
      {"set_wakeup_fd", sig_set_wakeup_fd, 0, -1, kBuiltinKeywords},
      {"valid_signals", sig_valid_signals, 0, 0, 0},
      {"strsignal", sig_strsignal, 0, -1, 0},
      {"raise_signal", sig_raise_signal, 0, -1, 0},
  };
  add_functions(vm, m, fns);
  static const struct { const char* name; int value; } consts[] = {
#define S(n) {#n, n},
      S(SIGHUP) S(SIGINT) S(SIGQUIT) S(SIGILL) S(SIGTRAP) S(SIGABRT) S(SIGIOT) S(SIGBUS) S(SIGFPE)
      S(SIGKILL) S(SIGUSR1) S(SIGSEGV) S(SIGUSR2) S(SIGPIPE) S(SIGALRM) S(SIGTERM) S(SIGCHLD)
      S(SIGCONT) S(SIGSTOP) S(SIGTSTP) S(SIGTTIN) S(SIGTTOU) S(SIGURG) S(SIGXCPU) S(SIGXFSZ)
      S(SIGVTALRM) S(SIGPROF) S(SIGWINCH) S(SIGIO) S(SIGPOLL) S(SIGPWR) S(SIGSYS)
      S(SIG_BLOCK) S(SIG_UNBLOCK) S(SIG_SETMASK)
#undef S
      {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
  };
  for (const auto& c : consts) (void)dict_set_cstr(vm, m->dict, c.name, Value::small(c.value));
  Dict* h = new_dict(vm);
  if (!h) return raise_no_memory(vm);
  Root rh(vm, Value::ptr(h));
  (void)dict_set_cstr(vm, m->dict, "_handlers", Value::ptr(h));
  Value dih = dict_get_cstr(vm, m->dict, "default_int_handler");
  (void)dict_set(vm, h, Value::small(SIGINT), dih);
  return mv;
}

}  // namespace

void init_signal(VM& vm) { register_native_module(vm, "_signal", make_signal); }

}  // namespace taipan::runtime
