// The `taipan` command: runs a .py/.pyc like `python3.11 FILE args`, or disassembles it; runs
// app bundles; `taipan pack ...` runs the packer (tools/pack.py) under the host python3.11.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "taipan/taipan.h"

static void usage() {
  std::fprintf(stderr,
               "usage: taipan [options] FILE.py|FILE.pyc|APP.tpb [args...]\n"
               "       taipan [options] -c SOURCE [args...]\n"
               "       taipan [options] -m MODULE [args...]\n"
               "       taipan pack APP_DIR|SCRIPT.py -o APP.tpb [--sources] ...  (taipan pack --help)\n"
               "options:\n"
               "  -c SOURCE          run the program in SOURCE (compiled by the host python3.11)\n"
               "  -m MODULE          run MODULE from sys.path or the standard library as __main__\n"
               "  --dis              disassemble FILE and exit\n"
               "  --bundle-only      run a bundle with no fallback to sys.path or the host's Lib/\n"
               "  --list-builtin-modules  print the natively provided modules and exit\n"
               "  --stats            print call, loop and GC statistics to stderr at exit\n"
               "  --max-heap SIZE    cap the heap (bytes; suffixes K, M, G); MemoryError beyond it\n"
               "  --gc-stress        collect garbage at every allocation (slow; for testing)\n"
               "  --recursion-limit N  initial sys.getrecursionlimit()\n"
               "  -X jit=off|on|eager  JIT mode (default on; eager compiles everything before it runs)\n"
               "  --jit-threshold N  calls before a function is compiled (loops: twice as many back-edges)\n"
               "  --jit-stats        print what the JIT compiled to stderr at exit\n"
               "  --jit-dump         print each compiled function's IR to stderr\n"
               "  -X perf            write /tmp/perf-PID.map so `perf report` names compiled functions\n"
               "  -X slice=MS        run cooperatively, pausing every MS milliseconds and in time.sleep\n"
               "                     (how the browser runs programs; for testing)\n");
}

static bool parse_size(const char* s, size_t& out) {
  char* end;
  double v = std::strtod(s, &end);
  if (end == s || v < 0) return false;
  switch (*end) {
    case 'k': case 'K': v *= 1024; end++; break;
    case 'm': case 'M': v *= 1024 * 1024; end++; break;
    case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
    default: break;
  }
  if (*end == 'B' || *end == 'b') end++;
  if (*end) return false;
  out = size_t(v);
  return true;
}

static void print_stats(const taipan::Engine& engine) {
  taipan::Stats s = engine.stats();
  std::fprintf(stderr,
               "[taipan stats] calls=%llu loop_backedges=%llu gc_collections=%llu gc_pause_total_ms=%.3f "
               "gc_pause_max_ms=%.3f heap_bytes=%llu objects_allocated=%llu pauses=%llu\n",
               (unsigned long long)s.calls, (unsigned long long)s.backedges, (unsigned long long)s.gc_collections,
               s.gc_total_pause_ns / 1e6, s.gc_max_pause_ns / 1e6, (unsigned long long)s.heap_bytes,
               (unsigned long long)s.allocated_objects, (unsigned long long)s.pauses);
}

// The running binary's path (for the packer, which asks it for its native modules).
static std::string self_path(const char* argv0) {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, size_t(n)) : std::string(argv0);
}

// `taipan pack ARGS`: python3.11 (or $TAIPAN_PYTHON) tools/pack.py --taipan SELF ARGS, with
// pack.py from this build's source tree, or next to the binary.
static int run_packer(int argc, char** argv) {
  std::string self = self_path(argv[0]);
  std::string dir = self.substr(0, self.rfind('/') + 1);
  std::vector<std::string> candidates;
#ifdef TAIPAN_SOURCE_DIR
  candidates.push_back(std::string(TAIPAN_SOURCE_DIR) + "/tools/pack.py");
#endif
  candidates.push_back(dir + "pack.py");
  candidates.push_back(dir + "../share/taipan/pack.py");
  std::string script;
  for (auto& c : candidates)
    if (::access(c.c_str(), R_OK) == 0) {
      script = c;
      break;
    }
  if (script.empty()) {
    std::fprintf(stderr, "taipan pack: cannot find tools/pack.py (looked at %s)\n", candidates[0].c_str());
    return 2;
  }
  const char* env = std::getenv("TAIPAN_PYTHON");
  std::string python = env && *env ? env : "python3.11";
  std::vector<std::string> args = {python, script, "--taipan", self};
  for (int i = 2; i < argc; i++) args.push_back(argv[i]);
  std::vector<char*> cargs;
  for (auto& a : args) cargs.push_back(a.data());
  cargs.push_back(nullptr);
  ::execvp(python.c_str(), cargs.data());
  std::fprintf(stderr, "taipan pack: cannot run %s (set TAIPAN_PYTHON to a CPython 3.11)\n", python.c_str());
  return 2;
}

// Reads FILE if it is a bundle (by its magic, whatever its name); false otherwise.
static bool read_bundle(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char head[3];
  bool is = std::fread(head, 1, 3, f) == 3 && taipan::Engine::is_bundle(std::string_view(head, 3));
  if (is) {
    out.assign(head, 3);
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  }
  std::fclose(f);
  return is;
}

int main(int argc, char** argv) {
  if (argc >= 2 && !std::strcmp(argv[1], "pack")) return run_packer(argc, argv);
  taipan::Options opts;
  opts.handle_signals = true;
  opts.allow_all();  // the command-line program reaches files, processes and the network as python3.11 does
  bool dis = false, stats = false, jit_stats = false, bundle_only = false;
  double slice_ms = 0;  // -X slice=MS: cooperative running
  const char* mode = nullptr;  // "-c" or "-m": argv[i] is the source or the module name
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (a[0] != '-' || std::strcmp(a, "-") == 0) break;
    if ((!std::strcmp(a, "-c") || !std::strcmp(a, "-m")) && i + 1 < argc) {
      mode = a;
      i++;
      break;
    }
    if (!std::strcmp(a, "--dis")) dis = true;
    else if (!std::strcmp(a, "--bundle-only")) bundle_only = true;
    else if (!std::strcmp(a, "--list-builtin-modules")) {
      for (const std::string& m : taipan::Engine(opts).builtin_module_names()) std::printf("%s\n", m.c_str());
      return 0;
    }
    else if (!std::strcmp(a, "--stats")) stats = true;
    else if (!std::strcmp(a, "--gc-stress")) opts.gc_stress = true;
    else if (!std::strcmp(a, "--max-heap") && i + 1 < argc) {
      if (!parse_size(argv[++i], opts.max_heap)) {
        std::fprintf(stderr, "taipan: bad --max-heap value '%s'\n", argv[i]);
        return 2;
      }
    } else if (!std::strncmp(a, "--max-heap=", 11)) {
      if (!parse_size(a + 11, opts.max_heap)) {
        std::fprintf(stderr, "taipan: bad --max-heap value '%s'\n", a + 11);
        return 2;
      }
    } else if (!std::strcmp(a, "--recursion-limit") && i + 1 < argc) {
      opts.recursion_limit = std::atoi(argv[++i]);
    } else if (!std::strcmp(a, "-X") && i + 1 < argc) {
      const char* x = argv[++i];
      if (!std::strcmp(x, "jit=off")) opts.jit = taipan::Options::Jit::Off;
      else if (!std::strcmp(x, "jit=on")) opts.jit = taipan::Options::Jit::On;
      else if (!std::strcmp(x, "jit=eager")) opts.jit = taipan::Options::Jit::Eager;
      else if (!std::strcmp(x, "perf")) opts.jit_perf_map = true;
      else if (!std::strncmp(x, "slice=", 6) && std::atof(x + 6) > 0) slice_ms = std::atof(x + 6);
      else {
        std::fprintf(stderr, "taipan: unknown -X option '%s'\n", x);
        return 2;
      }
    } else if (!std::strcmp(a, "--jit-threshold") && i + 1 < argc) {
      long n = std::atol(argv[++i]);
      if (n < 0) n = 0;
      opts.jit_call_threshold = uint32_t(n);
      opts.jit_loop_threshold = uint32_t(2 * n);
    } else if (!std::strcmp(a, "--jit-stats")) {
      jit_stats = true;
    } else if (!std::strcmp(a, "--jit-dump")) {
      opts.jit_dump = true;
    } else if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help")) {
      usage();
      return 0;
    } else {
      std::fprintf(stderr, "taipan: unknown option '%s'\n", a);
      usage();
      return 2;
    }
  }
  if (i >= argc) {
    usage();
    return 2;
  }
  std::string path = argv[i];
  std::vector<std::string> args(argv + i, argv + argc);
  taipan::Engine engine(opts);
  if (mode && !dis) {
    // sys.argv[0] is "-c" (CPython's), or the module's file (run_module sets it).
    args[0] = mode;
    int status = mode[1] == 'c' ? engine.run_source(path, args) : engine.run_module(path, args);
    if (stats) print_stats(engine);
    if (jit_stats) std::fputs(engine.jit_stats().c_str(), stderr);
    return status;
  }
  if (dis) {
    std::string out, err;
    if (!engine.disassemble(path, out, err)) {
      std::fprintf(stderr, "taipan: %s\n", err.c_str());
      return 1;
    }
    std::fputs(out.c_str(), stdout);
    return 0;
  }
  std::string bundle;
  bool is_bundle = !(path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0) && read_bundle(path, bundle);
  if (bundle_only && !is_bundle) {
    std::fprintf(stderr, "taipan: --bundle-only: %s is not a bundle\n", path.c_str());
    return 2;
  }
#ifdef __EMSCRIPTEN__
  // V8 runs a wasm function in its baseline tier (Liftoff) first and uses the optimized code
  // only for calls made after it is ready: the interpreter loop, entered once, would stay in
  // baseline code for the whole program, about 2x slower. Slices re-enter it every 20 ms.
  if (slice_ms == 0) slice_ms = 20;
#endif
  int status;
  if (slice_ms > 0) {
    // Cooperative running as a browser host does it: between steps, wait as long as the
    // program's time.sleep asked (the host's event loop would run meanwhile).
    taipan::Engine::Run run = is_bundle ? engine.start_bundle(bundle, args, bundle_only, slice_ms)
                                        : engine.start_main(path, args, slice_ms);
    while (run.paused) {
      if (run.wait_frame) {  // taipan.next_frame(): this host's frames are 1/60 s ticks
        struct timespec ts;
        ::clock_gettime(CLOCK_MONOTONIC, &ts);
        long frame_ns = 1000000000L / 60, into = long((int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec) % frame_ns);
        ::usleep(useconds_t((frame_ns - into) / 1000));
      } else if (run.wake_in_ms > 0) {
        ::usleep(useconds_t(run.wake_in_ms * 1000));
      }
      run = engine.resume(slice_ms);
    }
    status = run.status;
  } else {
    status = is_bundle ? engine.run_bundle(bundle, args, bundle_only) : engine.run_main(path, args);
  }
  if (stats) print_stats(engine);
  if (jit_stats) std::fputs(engine.jit_stats().c_str(), stderr);
  return status;
}
