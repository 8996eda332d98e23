// Taipan's public C++ API. The command-line program and the browser glue use only this.
//
//   taipan::Options opts;            // heap cap, GC stress, recursion limit
//   taipan::Engine engine(opts);
//   int status = engine.run_main("game.pyc", {"game.pyc", "--level", "3"});
//
// One Engine is one independent VM; several may exist in a process (one per thread at a time).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "taipan/value.h"

namespace taipan {

struct Options {
  size_t max_heap = 0;        // bytes; 0 = unlimited. Exceeding it raises MemoryError.
  bool gc_stress = false;     // collect at every allocation (testing)
  int recursion_limit = 1000; // sys.getrecursionlimit()
  // Take over SIGINT as python3.11 does: Ctrl-C raises KeyboardInterrupt in the program, an
  // uncaught one ends the process by SIGINT, and signal.signal() installs real handlers.
  // The command-line program sets it; a host that owns its signals leaves it off.
  bool handle_signals = false;
  // The JIT: off; on (hot functions and loops are compiled); eager (everything is compiled
  // before it first runs: for testing). Thresholds count calls and loop back-edges.
  enum class Jit { Off, On, Eager };
  Jit jit = Jit::On;
  uint32_t jit_call_threshold = 1000;
  uint32_t jit_loop_threshold = 2000;
  bool jit_dump = false;      // print each compiled function's IR to stderr
  bool jit_perf_map = false;  // write /tmp/perf-PID.map for `perf report`
  // Where the program's stdout/stderr go; default: the process's stdout/stderr.
  std::function<void(int fd, std::string_view text)> output;
  // Where input() reads a line: given the prompt (which the hook shows itself), it sets
  // `line` (without its newline) and returns true, or returns false at end of input
  // (EOFError). Default: the process's stdin, the prompt written to stdout.
  std::function<bool(std::string_view prompt, std::string& line)> input;
  // Budgets for each call from the host into Python through the embedding API (exec, load,
  // import, call; not run_main): safe points passed (function calls plus loop iterations;
  // 0 = none) and wall-clock milliseconds (0 = none). Exceeding one raises
  // taipan.Interrupted in the script; the host gets an Error of type "Interrupted".
  uint64_t instruction_budget = 0;
  uint32_t time_budget_ms = 0;

  // ---- Sandbox (docs/embedding.md "Sandbox") ----
  // What scripts may reach outside the Engine. An embedded Engine starts with nothing; the
  // command-line program grants everything (allow_all()). Refused operations raise
  // PermissionError ("open() is not allowed in this embedded Taipan (Options::allow_files)"),
  // refused modules ImportError; importing os, io, pathlib, ... keeps working.
  bool allow_files = false;        // open(), io.FileIO, os file and descriptor functions
  bool allow_processes = false;    // subprocess, os.kill/waitpid/_exit, ...
  bool allow_network = false;      // socket, select, ssl
  bool allow_environment = false;  // os.environ (else empty), os.putenv/unsetenv
  // Top-level modules scripts may import (a package gives its submodules); empty: any. What
  // an allowed module imports for itself is not checked; native modules made with
  // define_module are always allowed.
  std::vector<std::string> allowed_modules;
  Options& allow_all() {
    allow_files = allow_processes = allow_network = allow_environment = true;
    return *this;
  }
};

struct Stats {
  uint64_t calls = 0;           // Python function calls
  uint64_t backedges = 0;       // loop back-edges taken (JUMP_BACKWARD)
  uint64_t gc_collections = 0;
  uint64_t gc_total_pause_ns = 0;
  uint64_t gc_max_pause_ns = 0;
  uint64_t heap_bytes = 0;
  uint64_t allocated_objects = 0;
  uint64_t pauses = 0;          // times a cooperatively run program paused
};

class Engine {
 public:
  explicit Engine(const Options& options = Options());
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs a program (.py compiled by the host python3.11, or a .pyc) as __main__, like
  // `python3.11 FILE args...`: an uncaught exception is printed to stderr with its traceback.
  // Returns the process exit status (0, 1 for an uncaught exception, SystemExit's code).
  int run_main(const std::string& path, const std::vector<std::string>& argv);
  // `python3.11 -c SOURCE args...`: compiles SOURCE with the host CPython and runs it as
  // __main__; argv[0] should be "-c". Same exit statuses as run_main.
  int run_source(const std::string& source, const std::vector<std::string>& argv);
  // `python3.11 -m NAME args...`: runs module NAME found on sys.path (or a package's
  // __main__) as __main__; sys.argv[0] becomes its file. Same exit statuses as run_main.
  int run_module(const std::string& name, const std::vector<std::string>& argv);

  // App bundles (tools/pack.py's output, docs/bundles.md). run_bundle runs the bundle's main
  // module as __main__; imports look in the bundle after the native modules, then (unless
  // `bundle_only`) on sys.path and in the host's Lib/. `bytes` is the whole bundle (copied);
  // argv[0] names it in messages and becomes sys.argv[0] and sys.path[0]. A corrupt bundle, or
  // one for another CPython version, is refused before anything runs: a one-line reason on
  // stderr and status 1. Otherwise the same exit statuses as run_main.
  int run_bundle(std::string_view bytes, const std::vector<std::string>& argv, bool bundle_only = false);
  // Whether `bytes` starts with a bundle's magic (how `taipan FILE` tells a bundle).
  static bool is_bundle(std::string_view bytes);
  // The modules this build provides natively (sys.builtin_module_names), which bundles omit.
  std::vector<std::string> builtin_module_names() const;

  // Cooperative running, for hosts with their own event loop (the browser glue, a game
  // engine's frame tick). The program runs as with run_main/run_bundle, but pauses when its
  // time slice (slice_ms; 0: none) is used up, when it calls time.sleep (which then does not
  // block), or after request_pause(); the host calls resume() later, and the program goes on
  // where it was. Between steps the host may call into Python (event handlers). A pause
  // happens where no native function sits between the program and the host (inside a
  // sorted() key function time.sleep blocks instead). See docs/architecture.md.
  struct Run {
    bool paused = false;     // true: call resume(); false: the program ended
    int status = 0;          // when it ended: the exit status, as run_main's
    double wake_in_ms = 0;   // when paused in time.sleep: how long until it wants to go on
    bool wait_frame = false; // paused in taipan.next_frame(): go on at the host's next frame
  };
  Run start_main(const std::string& path, const std::vector<std::string>& argv, double slice_ms = 0);
  Run start_bundle(std::string_view bytes, const std::vector<std::string>& argv, bool bundle_only = false,
                   double slice_ms = 0);
  Run resume(double slice_ms = 0);
  bool paused() const;
  void request_pause();      // thread-safe: pause at the next chance

  // Disassembly of a .pyc/.py file's code objects (Taipan's instruction table).
  // Returns false and sets `error` if the file cannot be loaded.
  bool disassemble(const std::string& path, std::string& out, std::string& error);

  Stats stats() const;
  // One line per function the JIT compiled or refused, with sizes, times and deopts.
  std::string jit_stats() const;
  // Whether this build has a JIT tier.
  static bool has_jit();

  // ---- Embedding (docs/embedding.md; Object, Arg, Result, Function in taipan/value.h) ----
  // Every call below that runs Python code is one host entry: the budgets of Options (or
  // set_budgets) apply to it, and an exception comes back as an Error. The Engine stays
  // usable after any Error (an exceeded budget, MemoryError, an interrupt).
  // Runs source text (compiled by the host python3.11) in the __main__ module.
  Result<void> exec(std::string_view source);
  // The value of one expression, evaluated in __main__'s namespace.
  Result<Object> eval(std::string_view expression);
  // Runs a .py or .pyc file as module `module_name` (default: the file's stem), registered
  // in sys.modules; returns the module.
  Result<Object> load(const std::string& path, std::string_view module_name = "");
  // `import name` (dotted names give the submodule itself).
  Result<Object> import(std::string_view name);
  // __main__'s globals: NameError when absent.
  Result<Object> get_global(std::string_view name);
  Result<void> set_global(std::string_view name, const Arg& value);
  // A Python value made from a C++ one (Errors: MemoryError; ValueError for an Object of
  // another Engine or an empty one).
  Result<Object> make(const Arg& value);
  // Calls `callable`, or the global named `global_name`, with converted arguments.
  template <class... A>
  Result<Object> call(const Object& callable, A&&... args) {
    return callable(std::forward<A>(args)...);
  }
  template <class... A>
  Result<Object> call(std::string_view global_name, A&&... args) {
    Result<Object> f = get_global(global_name);
    if (!f) return f.error();
    return (*f)(std::forward<A>(args)...);
  }
  // A native module importable from Python (`import name`), its functions C++ callables.
  // Calling define_module again with the same name adds functions to that module.
  Result<Object> define_module(std::string_view name, const std::vector<std::pair<std::string, Function>>& functions);
  // Replaces Options::instruction_budget / time_budget_ms for later host entries.
  void set_budgets(uint64_t instructions, uint32_t time_ms);
  // Asks the running Python code to stop with KeyboardInterrupt at its next safe point.
  // The one method that may be called from another thread. A request has no effect when no
  // host entry is running (it is dropped when the next one starts or ends).
  void interrupt();

  // ---- C++ classes (Class<T> in taipan/value.h; docs/embedding.md "Classes") ----
  // Makes the Python type module.Name (importable; the module is made if needed); returns it.
  template <class T>
  Result<Object> define_class(const Class<T>& cls) {
    return define_class(cls.def());
  }
  Result<Object> define_class(const ClassDef& def);
  // The Python object for a T the host keeps owning (TypeError if no class is defined for T).
  // Call release() before deleting it; the same pointer always gives the same object.
  template <class T>
  Result<Object> wrap(T* object) {
    static_assert(!std::is_const_v<T>, "Python may change the object: wrap a non-const pointer");
    return wrap_host(detail::class_key<T>(), object, false);
  }
  // Hands a T over to Python: the collector deletes it once no Python object refers to it.
  template <class T>
  Result<Object> adopt(std::unique_ptr<T> object) {
    Result<Object> r = wrap_host(detail::class_key<T>(), object.get(), true);
    if (r.ok()) object.release();
    return r;
  }
  // Detaches `object` from its Python object: later uses from Python raise ReferenceError, and
  // an adopted object is not deleted by Python any more. False if it has no Python object.
  template <class T>
  bool release(T* object) {
    return release_host(detail::class_key<T>(), object);
  }
  Result<Object> wrap_host(const void* key, void* object, bool owned);
  bool release_host(const void* key, void* object);

  struct Impl;  // opaque
  Impl* impl() const { return impl_.get(); }  // for Taipan's own glue (api/embed.h)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace taipan
