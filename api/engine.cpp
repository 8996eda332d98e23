// The public API (include/taipan/taipan.h) over the runtime and the interpreter.
#include <signal.h>
#include <unistd.h>

#include <cstring>

#include "api/embed.h"
#include "api/sandbox.h"
#include "interp/bundle.h"
#include "interp/dis.h"
#include "interp/frame.h"
#include "interp/import.h"
#include "interp/marshal.h"
#include "jit/jit.h"
#ifdef TAIPAN_NATIVE_TIER
#include "native-tier/x64_backend.h"
#endif
#include "runtime/objects.h"
#include "taipan/taipan.h"

namespace taipan {

using namespace runtime;

struct Engine::Impl {
  taipan::Options options;
  std::unique_ptr<runtime::VM> vm;
  detail::Handles* handles = nullptr;  // the embedding API's handles and natives (api/embed.cpp)
  std::unique_ptr<detail::Sandbox> sandbox;  // null when everything is granted (api/sandbox.cpp)
};

static void write_through(runtime::VM& vm, int fd, std::string_view s) {
  auto* impl = static_cast<Engine::Impl*>(vm.host);
  if (impl && impl->options.output) {
    impl->options.output(fd, s);
    return;
  }
  FILE* f = fd == 2 ? stderr : stdout;
  if (fd == 2) std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), f);
}

static bool read_line_through(runtime::VM& vm, std::string_view prompt, std::string& line) {
  auto* impl = static_cast<Engine::Impl*>(vm.host);
  return impl->options.input(prompt, line);
}

Engine::Engine(const taipan::Options& options) : impl_(new Impl) {
  impl_->options = options;
  runtime::Options o;
  o.max_heap = options.max_heap;
  o.gc_stress = options.gc_stress;
  o.recursion_limit = options.recursion_limit;
  o.handle_signals = options.handle_signals;
  impl_->vm.reset(new runtime::VM(o));
  runtime::VM& vm = *impl_->vm;
  vm.host = impl_.get();
  vm.write_out = write_through;
  if (options.input) vm.input_hook = read_line_through;
  interp::install(vm);
  vm.print_exception_hook = interp::print_exception;
#ifndef TAIPAN_NO_JIT_FRONT
  jit::Config jc;
  jc.mode = options.jit == taipan::Options::Jit::Off     ? jit::Mode::Off
            : options.jit == taipan::Options::Jit::Eager ? jit::Mode::Eager
                                                          : jit::Mode::On;
  jc.call_threshold = options.jit_call_threshold;
  jc.loop_threshold = options.jit_loop_threshold;
  jc.dump = options.jit_dump;
  std::unique_ptr<jit::Backend> backend;
#ifdef TAIPAN_NATIVE_TIER
  if (jc.mode != jit::Mode::Off) backend = native::make_x64_backend(options.jit_perf_map);
#endif
  jit::install(vm, jc, std::move(backend));
#endif
  impl_->handles = detail::handles_create(vm, options);
  impl_->sandbox = detail::sandbox_install(vm, options);
}

Engine::~Engine() {
  if (impl_ && impl_->vm) {
    if (impl_->handles) detail::handles_detach(impl_->handles);
    std::fflush(stdout);
#ifndef TAIPAN_NO_JIT_FRONT
    jit::uninstall(*impl_->vm);
#endif
    interp::uninstall(*impl_->vm);
  }
}

std::string Engine::jit_stats() const {
#ifdef TAIPAN_NO_JIT_FRONT
  return "JIT (no tier): this build has no JIT; the interpreter runs everything\n";
#else
  return jit::stats_report(*impl_->vm);
#endif
}

bool Engine::has_jit() {
#ifdef TAIPAN_NATIVE_TIER
  return true;
#else
  return false;
#endif
}

// Exit status for an uncaught SystemExit, printing its message as CPython does.
static int system_exit_status(runtime::VM& vm, Value exc) {
  Root re(vm, exc);
  Value code = getattr_opt(vm, exc, vm.s_code);
  if (code.is_null() || code.is_none()) return 0;
  if (is_int(vm, code)) {
    int64_t c;
    if (failed(int_to_i64(vm, code, c))) {
      clear_exc(vm);
      return 1;
    }
    return int(c & 0xff);
  }
  Value s = str(vm, code);
  if (!s.is_null()) write_stderr(vm, std::string(as_str(s)->view()) + "\n");
  clear_exc(vm);
  return 1;
}

// An uncaught exception goes to sys.excepthook(type, value, traceback), as in CPython: a
// missing hook or one that fails is reported and the exception printed as usual.
static void report_uncaught(runtime::VM& vm, Value exc) {
  Root re(vm, exc);
  Value hook = dict_get_cstr(vm, vm.sys->dict, "excepthook");
  if (hook.is_null() || hook.is_none()) {
    write_stderr(vm, "sys.excepthook is missing\n");
    interp::print_exception(vm, exc);
    return;
  }
  Root rh(vm, hook);
  Value tb = is_exception(vm, exc) ? exc.as<Exception>()->traceback : Value::none();
  Value args[3] = {Value::ptr(type_of(vm, exc)), exc, tb};
  if (!call(vm, hook, args, 3).is_null()) return;
  Value err = vm.exc;
  Root rerr(vm, err);
  clear_exc(vm);
  if (isinstance(vm, err, vm.SystemExit)) return;
  write_stderr(vm, "Error in sys.excepthook:\n");
  interp::print_exception(vm, err);
  write_stderr(vm, "\nOriginal exception was:\n");
  interp::print_exception(vm, exc);
}

// sys.argv, and `path0` (the directory imports of the main program start from) at the
// front of sys.path.
static void set_argv_and_path(runtime::VM& vm, const std::vector<std::string>& argv, const std::string& path0) {
  List* a = new_list(vm, argv.size());
  Root ra(vm, Value::ptr(a));
  for (auto& s : argv) (void)list_append(vm, a, new_str(vm, s));
  (void)dict_set_cstr(vm, vm.sys->dict, "argv", Value::ptr(a));
  if (is_list(vm.sys_path)) {
    List* p = vm.sys_path.as<List>();
    Value d = new_str(vm, path0);
    (void)list_append(vm, p, d);
    // Move it to the front.
    for (uint32_t i = p->size - 1; i > 0; i--) p->items[i] = p->items[i - 1];
    p->items[0] = d;
  }
}

// The exit status for death by SIGINT as a shell reports it, if the signal did not end us.
constexpr int kStatusSigint = 128 + SIGINT;

// What follows the main program (`r` is its result, null with an exception): an uncaught
// exception is reported, SystemExit gives the status, then the atexit callbacks run.
static int end_main(runtime::VM& vm, Value r) {
  int status = 0;
  if (r.is_null()) {
    Value exc = vm.exc;
    Root re(vm, exc);
    clear_exc(vm);
    if (isinstance(vm, exc, vm.SystemExit)) {
      status = system_exit_status(vm, exc);
    } else {
      report_uncaught(vm, exc);
      status = 1;
      if (vm.options.handle_signals && isinstance(vm, exc, vm.KeyboardInterrupt)) status = kStatusSigint;
    }
  }
  atexit_run(vm);
  // Flush sys.stdout if it was replaced by a Python object.
  std::fflush(stdout);
  if (status == kStatusSigint) {
    // As CPython: a program ended by an uncaught KeyboardInterrupt dies of SIGINT, so that
    // the shell (or a parent process) sees how it ended.
    std::fflush(stderr);
    ::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
  }
  return status;
}

// run_main's program, up to its end (null with an exception, or paused when cooperative).
static Value exec_main_file(runtime::VM& vm, const std::string& given_path, const std::vector<std::string>& argv) {
  // A source file runs under its absolute path (its __file__, co_filename and tracebacks, and
  // sys.path[0]), as CPython 3.11 does; a .pyc keeps the file name compiled into it.
  std::string path = given_path;
  char cwd[4096];
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0 && path[0] != '/' && ::getcwd(cwd, sizeof cwd)) {
    while (path.compare(0, 2, "./") == 0) path = path.substr(2);
    path = std::string(cwd) + "/" + path;
  }
  std::string dir = ".";
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = path.substr(0, slash);
  if (dir.size() > 12 && dir.substr(dir.size() - 12) == "/__pycache__") dir = dir.substr(0, dir.size() - 12);
  set_argv_and_path(vm, argv, dir);
  return interp::exec_module_file(vm, vm.s_main, path, false, "");
}

int Engine::run_main(const std::string& path, const std::vector<std::string>& argv) {
  runtime::VM& vm = *impl_->vm;
  return end_main(vm, exec_main_file(vm, path, argv));
}

int Engine::run_source(const std::string& source, const std::vector<std::string>& argv) {
  runtime::VM& vm = *impl_->vm;
  set_argv_and_path(vm, argv, "");
  Value r = interp::compile_source_text(vm, source, false, "<string>", "exec", 0, "compile");
  if (!r.is_null()) {
    Root rc(vm, r);
    Value mod = new_module(vm, vm.s_main);
    if (mod.is_null()) return end_main(vm, mod);
    Root rm(vm, mod);
    Dict* g = mod.as<Module>()->dict;
    (void)dict_set_str(vm, g, vm.s_builtins, Value::ptr(vm.builtins));
    (void)dict_set_str(vm, vm.modules, vm.s_main, mod);
    r = interp::run_module_code(vm, r.as<Code>(), g);
  }
  return end_main(vm, r);
}

int Engine::run_module(const std::string& name, const std::vector<std::string>& argv) {
  runtime::VM& vm = *impl_->vm;
  char cwd[4096];
  set_argv_and_path(vm, argv, ::getcwd(cwd, sizeof cwd) ? cwd : ".");
  std::string file, package;
  if (!interp::find_main_module(vm, name, file, package)) {
    if (!vm.exc.is_null()) return end_main(vm, Value::null());
    write_stderr(vm, "taipan: No module named " + name + "\n");
    return 1;
  }
  Value argv0 = new_str(vm, file);
  Value sys_argv = dict_get_cstr(vm, vm.sys->dict, "argv");
  if (!argv0.is_null() && is_list(sys_argv) && sys_argv.as<List>()->size) sys_argv.as<List>()->items[0] = argv0;
  return end_main(vm, interp::exec_module_file(vm, vm.s_main, file, false, "", &package));
}

// run_bundle's program up to its end; a bundle refused before anything runs sets `refused`.
static Value exec_bundle_main(runtime::VM& vm, std::string_view bytes, const std::vector<std::string>& argv,
                              bool bundle_only, bool& refused) {
  refused = false;
  auto b = std::make_unique<interp::Bundle>();
  b->label = argv.empty() || argv[0].empty() ? "<bundle>" : argv[0];
  b->only = bundle_only;
  std::string error;
  if (!interp::parse_bundle(std::string(bytes), *b, error)) {
    write_stderr(vm, "taipan: " + b->label + ": " + error + "\n");
    refused = true;
    return Value::null();
  }
  std::vector<std::string> args = argv.empty() ? std::vector<std::string>{b->label} : argv;
  std::string label = b->label;
  size_t main = b->main;
  interp::set_bundle(vm, std::move(b));
  set_argv_and_path(vm, args, label);
  return interp::exec_bundle_module(vm, vm.s_main, interp::bundle_of(vm)->entries[main]);
}

int Engine::run_bundle(std::string_view bytes, const std::vector<std::string>& argv, bool bundle_only) {
  runtime::VM& vm = *impl_->vm;
  bool refused;
  Value r = exec_bundle_main(vm, bytes, argv, bundle_only, refused);
  return refused ? 1 : end_main(vm, r);
}

// ---- cooperative running ----

// start_* while a program is paused, or resume() with none: a usage error, status 2.
static int step_refused(runtime::VM& vm) {
  write_stderr(vm, interp::paused(vm) ? "taipan: a paused program is waiting to be resumed\n"
                                      : "taipan: no paused program to resume\n");
  return 2;
}

// Where a cooperative step ended: paused (with when it wants to go on), or finished.
static Engine::Run step_result(runtime::VM& vm, Value r) {
  auto& in = interp::interp_of(vm);
  in.cooperative = false;
  vm.slice_end_ns = 0;
  Engine::Run run;
  if (r.is_null() && vm.exc.is_null() && interp::paused(vm)) {
    run.paused = true;
    int64_t wait = vm.wake_at_ns ? vm.wake_at_ns - runtime::vm_monotonic_ns() : 0;
    run.wake_in_ms = wait > 0 ? double(wait) / 1e6 : 0.0;
    run.wait_frame = vm.frame_wanted;
    return run;
  }
  run.status = end_main(vm, r);
  return run;
}

static void begin_step(runtime::VM& vm, double slice_ms) {
  interp::interp_of(vm).cooperative = true;
  vm.wake_at_ns = 0;
  vm.frame_wanted = false;
  vm.slice_end_ns = slice_ms > 0 ? runtime::vm_monotonic_ns() + int64_t(slice_ms * 1e6) : 0;
}

Engine::Run Engine::start_main(const std::string& path, const std::vector<std::string>& argv, double slice_ms) {
  runtime::VM& vm = *impl_->vm;
  if (interp::paused(vm)) return Run{false, step_refused(vm), 0};
  begin_step(vm, slice_ms);
  return step_result(vm, exec_main_file(vm, path, argv));
}

Engine::Run Engine::start_bundle(std::string_view bytes, const std::vector<std::string>& argv, bool bundle_only,
                                 double slice_ms) {
  runtime::VM& vm = *impl_->vm;
  if (interp::paused(vm)) return Run{false, step_refused(vm), 0};
  begin_step(vm, slice_ms);
  bool refused;
  Value r = exec_bundle_main(vm, bytes, argv, bundle_only, refused);
  if (refused) {
    interp::interp_of(vm).cooperative = false;
    return Run{false, 1, 0};
  }
  return step_result(vm, r);
}

Engine::Run Engine::resume(double slice_ms) {
  runtime::VM& vm = *impl_->vm;
  if (!interp::paused(vm)) return Run{false, step_refused(vm), 0};
  begin_step(vm, slice_ms);
  bool suspended;
  return step_result(vm, interp::resume_suspended(vm, suspended));
}

bool Engine::paused() const { return interp::paused(*impl_->vm); }

void Engine::request_pause() { runtime::vm_request_suspend(*impl_->vm); }

bool Engine::is_bundle(std::string_view bytes) { return interp::looks_like_bundle(bytes); }

std::vector<std::string> Engine::builtin_module_names() const {
  runtime::VM& vm = *impl_->vm;
  std::vector<std::string> out;
  Value t = dict_get_cstr(vm, vm.sys->dict, "builtin_module_names");
  if (is_tuple(t))
    for (uint32_t i = 0; i < t.as<Tuple>()->size; i++)
      if (is_str(t.as<Tuple>()->items[i])) out.emplace_back(as_str(t.as<Tuple>()->items[i])->view());
  return out;
}

bool Engine::disassemble(const std::string& path, std::string& out, std::string& error) {
  runtime::VM& vm = *impl_->vm;
  std::string pyc = path;
  if (path.size() > 3 && path.substr(path.size() - 3) == ".py" && !interp::compile_source(vm, path, pyc)) {
    Value s = str(vm, vm.exc);
    error = s.is_null() ? "cannot compile" : std::string(as_str(s)->view());
    clear_exc(vm);
    return false;
  }
  std::string data;
  if (!interp::read_file(pyc, data)) {
    error = "cannot read " + pyc;
    return false;
  }
  Value code = interp::load_pyc(vm, data, pyc);
  if (code.is_null()) {
    Value s = str(vm, vm.exc);
    error = s.is_null() ? "cannot load" : std::string(as_str(s)->view());
    clear_exc(vm);
    return false;
  }
  out = interp::disassemble(vm, code.as<Code>());
  return true;
}

Stats Engine::stats() const {
  runtime::VM& vm = *impl_->vm;
  Stats s;
  auto& in = interp::interp_of(vm);
  s.calls = in.calls;
  s.backedges = in.backedges;
  s.pauses = in.pauses;
  s.gc_collections = vm.heap.stats.collections;
  s.gc_total_pause_ns = vm.heap.stats.total_pause_ns;
  s.gc_max_pause_ns = vm.heap.stats.max_pause_ns;
  s.heap_bytes = vm.heap.heap_bytes();
  s.allocated_objects = vm.heap.stats.allocated_objects;
  return s;
}

// For the embedding API (api/embed.cpp), which does not see Engine::Impl.
detail::Handles* detail::handles_of(runtime::VM& vm) {
  auto* impl = static_cast<Engine::Impl*>(vm.host);
  return impl ? impl->handles : nullptr;
}
detail::Handles* detail::handles_of(Engine::Impl* impl) { return impl->handles; }
detail::Sandbox* detail::sandbox_of(runtime::VM& vm) {
  auto* impl = static_cast<Engine::Impl*>(vm.host);
  return impl ? impl->sandbox.get() : nullptr;
}

}  // namespace taipan
