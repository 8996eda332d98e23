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
};

struct Stats {
  uint64_t calls = 0;           // Python function calls
  uint64_t backedges = 0;       // loop back-edges taken (JUMP_BACKWARD)
  uint64_t gc_collections = 0;
  uint64_t gc_total_pause_ns = 0;
  uint64_t gc_max_pause_ns = 0;
  uint64_t heap_bytes = 0;
  uint64_t allocated_objects = 0;
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

  // Disassembly of a .pyc/.py file's code objects (Taipan's instruction table).
  // Returns false and sets `error` if the file cannot be loaded.
  bool disassemble(const std::string& path, std::string& out, std::string& error);

  Stats stats() const;
  // One line per function the JIT compiled or refused, with sizes, times and deopts.
  std::string jit_stats() const;
  // Whether this build has a JIT tier.
  static bool has_jit();

  struct Impl;  // opaque

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace taipan
