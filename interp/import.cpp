// Imports: see import.h.
#include "interp/import.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "interp/bundle.h"
#include "interp/frame.h"
#include "interp/host_python.h"
#include "interp/marshal.h"

namespace taipan::interp {

using namespace runtime;

bool read_file(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out.clear();
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return true;
}

static bool file_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
static bool dir_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

static std::string host_python() {
  const char* p = std::getenv("TAIPAN_PYTHON");
  return p && *p ? p : "python3.11";
}

// A cached .pyc is fresh when its header records the source's mtime and size.
static bool pyc_fresh(const std::string& pyc, const struct stat& src) {
  FILE* f = std::fopen(pyc.c_str(), "rb");
  if (!f) return false;
  unsigned char h[16];
  bool ok = std::fread(h, 1, 16, f) == 16;
  std::fclose(f);
  if (!ok) return false;
  uint16_t magic = uint16_t(h[0] | h[1] << 8);
  uint32_t flags = uint32_t(h[4] | h[5] << 8 | h[6] << 16 | h[7] << 24);
  uint32_t mtime = uint32_t(h[8] | h[9] << 8 | h[10] << 16 | uint32_t(h[11]) << 24);
  uint32_t size = uint32_t(h[12] | h[13] << 8 | h[14] << 16 | uint32_t(h[15]) << 24);
  return magic == kMagic311 && flags == 0 && mtime == uint32_t(src.st_mtime) && size == uint32_t(src.st_size);
}

bool compile_source(VM& vm, const std::string& py, std::string& pyc) {
  struct stat st;
  if (::stat(py.c_str(), &st) != 0) {
    raise(vm, vm.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", py.c_str());
    return false;
  }
  std::string dir = ".", base = py;
  size_t slash = py.rfind('/');
  if (slash != std::string::npos) {
    dir = py.substr(0, slash);
    base = py.substr(slash + 1);
  }
  std::string stem = base.size() > 3 && base.substr(base.size() - 3) == ".py" ? base.substr(0, base.size() - 3) : base;
  std::string cache_dir = dir + "/__pycache__";
  pyc = cache_dir + "/" + stem + ".cpython-311.pyc";
  if (pyc_fresh(pyc, st)) return true;
  if (!dir_exists(cache_dir) && ::mkdir(cache_dir.c_str(), 0777) != 0) {
    // Not writable: use a private cache.
    const char* tmp = std::getenv("TMPDIR");
    std::string t = std::string(tmp && *tmp ? tmp : "/tmp") + "/taipan-pycache";
    ::mkdir(t.c_str(), 0777);
    std::string flat = py;
    for (char& c : flat)
      if (c == '/') c = '%';
    pyc = t + "/" + flat + ".cpython-311.pyc";
    if (pyc_fresh(pyc, st)) return true;
  }
  // Ask the host CPython to compile; its error output becomes our SyntaxError.
  std::string err_path = pyc + ".err";
  const char* script =
      "import py_compile,sys\n"
      "try:\n"
      "    py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)\n"
      "except py_compile.PyCompileError as e:\n"
      "    x = e.exc_value\n"
      "    sys.stderr.write('%s\\x00%s\\x00%s\\x00%s' % (type(x).__name__, getattr(x, 'msg', str(x)), getattr(x, 'lineno', 0) or 0, getattr(x, 'filename', sys.argv[1])))\n"
      "    sys.exit(3)\n";
  std::string err;
#ifdef __EMSCRIPTEN__
  std::string out;
  int code_status = run_host_python({host_python(), "-c", script, py, pyc}, "", out, err);
  int code = code_status < 0 ? 127 : code_status;
#else
  int pipefd[2];
  if (::pipe(pipefd) != 0) {
    raise(vm, vm.OSError, "cannot start the host compiler");
    return false;
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(pipefd[1], 2);
    ::close(pipefd[0]);
    ::close(pipefd[1]);
    std::string pyexe = host_python();
    ::execlp(pyexe.c_str(), pyexe.c_str(), "-c", script, py.c_str(), pyc.c_str(), (char*)nullptr);
    ::_exit(127);
  }
  ::close(pipefd[1]);
  char buf[4096];
  ssize_t n;
  while ((n = ::read(pipefd[0], buf, sizeof buf)) > 0) err.append(buf, size_t(n));
  ::close(pipefd[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 255;
#endif
  if (code == 0) return true;
  if (code == 3) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= err.size(); i++)
      if (i == err.size() || err[i] == '\0') {
        parts.push_back(err.substr(start, i - start));
        start = i + 1;
      }
    Type* t = vm.SyntaxError;
    if (!parts.empty() && parts[0] == "IndentationError") t = vm.IndentationError;
    if (!parts.empty() && parts[0] == "TabError") t = vm.TabError;
    std::string msg = parts.size() > 1 ? parts[1] : "invalid syntax";
    std::string line = parts.size() > 2 ? parts[2] : "0";
    raise(vm, t, "%s (%s, line %s)", msg.c_str(), base.c_str(), line.c_str());
    return false;
  }
  if (code == 127)
    raise(vm, vm.ImportError,
          "cannot compile '%s': the host CPython 3.11 ('%s') was not found; precompile with `python3.11 -m py_compile` "
          "and run the .pyc, or set TAIPAN_PYTHON",
          py.c_str(), host_python().c_str());
  else
    raise(vm, vm.ImportError, "cannot compile '%s': %s", py.c_str(), err.c_str());
  return false;
}

// Sets co_filename of `code` and of the code objects nested in its constants to `file`.
static void fix_co_filename(Code* code, Str* file) {
  Str* old = code->filename;
  if (old == file || !old) return;
  code->filename = file;
  for (uint32_t i = 0; code->consts && i < code->consts->size; i++) {
    Value c = code->consts->items[i];
    if (is_layout(c, Layout::Code) && c.as<Code>()->filename == old) fix_co_filename(c.as<Code>(), file);
  }
}

Value exec_module_file(VM& vm, Str* name, const std::string& path, bool is_package, const std::string& pkg_dir,
                       const std::string* main_package) {
  std::string pyc = path;
  if (path.size() > 3 && path.substr(path.size() - 3) == ".py") {
    if (!compile_source(vm, path, pyc)) return Value::null();
  }
  std::string data;
  if (!read_file(pyc, data)) return raise(vm, vm.ImportError, "cannot read '%s'", pyc.c_str());
  Value code = load_pyc(vm, data, pyc);
  if (code.is_null()) return code;
  Root rc(vm, code);
  // A cached .pyc names the source file by the path it was compiled under; the code runs
  // under the path it was found at now (CPython's _imp._fix_co_filename).
  if (pyc != path) {
    Str* src = vm.intern(path);
    if (!src) return Value::null();
    fix_co_filename(code.as<Code>(), src);
  }
  return exec_module_code(vm, name, code.as<Code>(), path, is_package, pkg_dir, main_package);
}

// importlib._bootstrap._gcd_import(name, package=None, level=0), what importlib.import_module
// calls: Taipan's own import (the bootstrap's finders on sys.meta_path are not installed).
static Value native_gcd_import(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "module name must be str, not %s", type_name(vm, args[0]));
  Value package = nargs > 1 ? args[1] : Value::none();
  int64_t level = 0;
  if (nargs > 2 && failed(index_i64(vm, args[2], level))) return Value::null();
  if (level < 0) return raise(vm, vm.ValueError, "level must be >= 0");
  Value globals = Value::none();
  Root rg(vm);
  if (level > 0) {
    if (!is_str(package)) return raise(vm, vm.TypeError, "__package__ not set to a string");
    if (as_str(package)->nbytes == 0)
      return raise(vm, vm.ImportError, "attempted relative import with no known parent package");
    Dict* g = new_dict(vm);
    if (!g) return raise_no_memory(vm);
    rg.value = globals = Value::ptr(g);
    if (failed(dict_set_str(vm, g, vm.s_package, package))) return Value::null();
  } else if (as_str(args[0])->nbytes == 0) {
    return raise(vm, vm.ValueError, "Empty module name");
  }
  Str* n = vm.intern(std::string(as_str(args[0])->view()));
  if (!n) return Value::null();
  Value item = Value::ptr(vm.s_name);
  Value fromlist = new_tuple_from(vm, &item, 1);  // makes __import__ return the leaf module
  if (fromlist.is_null()) return fromlist;
  Root rf(vm, fromlist);
  return import_name(vm, n, globals, fromlist, Value::small(level));
}

Value exec_module_code(VM& vm, Str* name, Code* code_obj, const std::string& path, bool is_package,
                       const std::string& pkg_dir, const std::string* main_package, Value loader) {
  Root rc(vm, Value::ptr(code_obj));
  Value mod = new_module(vm, name);
  if (mod.is_null()) return mod;
  Root rm(vm, mod);
  Dict* g = mod.as<Module>()->dict;
  if (failed(dict_set_str(vm, g, vm.s_file, new_str(vm, path)))) return Value::null();
  if (failed(dict_set_str(vm, g, vm.s_builtins, Value::ptr(vm.builtins)))) return Value::null();
  (void)dict_set_str(vm, g, vm.s_spec, Value::none());
  (void)dict_set_cstr(vm, g, "__loader__", loader.is_null() ? Value::none() : loader);
  std::string n(name->view());
  if (is_package) {
    Value p = new_str(vm, pkg_dir);
    if (p.is_null()) return p;
    Value l = new_list_from(vm, &p, 1);
    if (l.is_null()) return l;
    (void)dict_set_str(vm, g, vm.s_path, l);
    (void)dict_set_str(vm, g, vm.s_package, Value::ptr(name));
  } else if (main_package) {
    (void)dict_set_str(vm, g, vm.s_package, new_str(vm, *main_package));
  } else {
    size_t dot = n.rfind('.');
    (void)dict_set_str(vm, g, vm.s_package, new_str(vm, dot == std::string::npos ? "" : n.substr(0, dot)));
  }
  if (failed(dict_set_str(vm, vm.modules, name, mod))) return Value::null();
  Value r = run_module_code(vm, rc.get().as<Code>(), g);
  if (r.is_null() && vm.exc.is_null() && paused(vm)) return r;  // cooperative running: resumed later
  if (r.is_null()) {
    Root re(vm, vm.exc);
    Value saved = vm.exc;
    vm.exc = Value::null();
    (void)dict_del(vm, vm.modules, Value::ptr(name));
    vm.exc = saved;
    return r;
  }
  if (n == "importlib._bootstrap") {
    Value f = new_builtin(vm, "_gcd_import", native_gcd_import, Value::null(), 1, 3, 0);
    if (f.is_null() || failed(dict_set_cstr(vm, g, "_gcd_import", f))) return Value::null();
  }
  // The module may have replaced itself in sys.modules.
  Value m2 = dict_get_str(vm.modules, name);
  return m2.is_null() ? mod : m2;
}

static Value find_and_load(VM& vm, Str* full, const std::string& leaf, Value path_list);
static Value find_and_load_top(VM& vm, Str* full, const std::string& name) {
  return find_and_load(vm, full, name, vm.sys_path);
}

// Finds `leaf` in the directories of `path_list`; loads it as `full`.
static Value find_and_load(VM& vm, Str* full, const std::string& leaf, Value path_list) {
  Value nm = find_native_module(vm, full->view());
  if (!nm.is_null() || !vm.exc.is_null()) {
    if (!nm.is_null()) (void)dict_set_str(vm, vm.modules, full, nm);
    return nm;
  }
  if (Bundle* b = bundle_of(vm)) {
    if (const BundleEntry* e = b->find(full->view())) return exec_bundle_module(vm, full, *e);
    if (b->only) return Value::null();
  }
  if (!is_list(path_list)) return Value::null();
  List* paths = path_list.as<List>();
  for (uint32_t i = 0; i < paths->size; i++) {
    if (!is_str(paths->items[i])) continue;
    std::string dir(as_str(paths->items[i])->view());
    if (dir.empty()) dir = ".";
    std::string pkg = dir + "/" + leaf;
    if (dir_exists(pkg)) {
      if (file_exists(pkg + "/__init__.py")) return exec_module_file(vm, full, pkg + "/__init__.py", true, pkg);
      if (file_exists(pkg + "/__init__.pyc")) return exec_module_file(vm, full, pkg + "/__init__.pyc", true, pkg);
    }
    if (file_exists(pkg + ".py")) return exec_module_file(vm, full, pkg + ".py", false, "");
    if (file_exists(pkg + ".pyc")) return exec_module_file(vm, full, pkg + ".pyc", false, "");
  }
  return Value::null();
}

// The host CPython's pure-Python standard library, used as a last resort for top-level
// modules not found on sys.path (asked once; TAIPAN_STDLIB overrides, "" disables). The
// build records where the build machine's python3.11 keeps it; only when that directory is
// gone is the host python3.11 asked (a process start costs more than most imports).
static std::string host_stdlib(VM& vm) {
  const char* env = std::getenv("TAIPAN_STDLIB");
  if (env) return env;
#ifdef TAIPAN_HOST_STDLIB
  if (dir_exists(TAIPAN_HOST_STDLIB)) return TAIPAN_HOST_STDLIB;
#endif
  std::string out;
#ifdef __EMSCRIPTEN__
  std::string err;
  if (run_host_python({host_python(), "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"}, "", out, err) != 0)
    out.clear();
#else
  std::string cmd = host_python() + " -c \"import sysconfig; print(sysconfig.get_paths()['stdlib'])\" 2>/dev/null";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  if (std::fgets(buf, sizeof buf, p)) out = buf;
  ::pclose(p);
#endif
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

static Value import_absolute(VM& vm, const std::string& name);

static Value find_in_stdlib(VM& vm, Str* full, const std::string& name) {
  if (Bundle* b = bundle_of(vm); b && b->only) return Value::null();
  Value done = dict_get_cstr(vm, vm.sys->dict, "__taipan_stdlib_checked__");
  if (!done.is_null()) return Value::null();
  (void)dict_set_cstr(vm, vm.sys->dict, "__taipan_stdlib_checked__", Value::true_());
  std::string lib = host_stdlib(vm);
  if (lib.empty() || !dir_exists(lib) || !is_list(vm.sys_path)) return Value::null();
  Value p = new_str(vm, lib);
  if (p.is_null() || failed(list_append(vm, vm.sys_path.as<List>(), p))) return Value::null();
  return find_and_load_top(vm, full, name);
}

static Value import_absolute(VM& vm, const std::string& name) {
  Str* full = vm.intern(name);
  if (!full) return Value::null();
  Value m = dict_get_str(vm.modules, full);
  if (!m.is_null()) return m;
  size_t dot = name.rfind('.');
  Value path_list = vm.sys_path;
  Root rpl(vm);
  Value parent = Value::null();
  Root rp(vm);
  std::string leaf = name;
  if (dot != std::string::npos) {
    parent = import_absolute(vm, name.substr(0, dot));
    if (parent.is_null()) return parent;
    rp = parent;
    m = dict_get_str(vm.modules, full);  // importing the parent may have imported us
    if (!m.is_null()) return m;
    path_list = getattr_opt(vm, parent, vm.s_path);
    if (path_list.is_null()) {
      if (!vm.exc.is_null()) return Value::null();
      return raise(vm, vm.ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name.c_str(),
                   name.substr(0, dot).c_str());
    }
    rpl = path_list;
    leaf = name.substr(dot + 1);
  }
  m = find_and_load(vm, full, leaf, path_list);
  if (m.is_null() && vm.exc.is_null() && dot == std::string::npos) m = find_in_stdlib(vm, full, name);
  if (m.is_null()) {
    if (vm.exc.is_null()) {
      Value e = new_exception_msg(vm, vm.ModuleNotFoundError, "No module named '" + name + "'");
      if (!e.is_null()) {
        Root re(vm, e);
        (void)setattr(vm, e, vm.intern("name"), Value::ptr(full));
        vm.exc = e;
      }
    }
    return Value::null();
  }
  if (!parent.is_null()) {
    Root rm(vm, m);
    if (failed(setattr(vm, parent, vm.intern(leaf), m))) return Value::null();
  }
  return m;
}

bool find_main_module(VM& vm, const std::string& name, std::string& file, std::string& package) {
  Value path_list = vm.sys_path;
  Root rpl(vm);
  std::string leaf = name;
  package.clear();
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    Value parent = import_absolute(vm, name.substr(0, dot));
    if (parent.is_null()) return false;
    path_list = getattr_opt(vm, parent, vm.s_path);
    if (path_list.is_null()) return false;
    rpl = path_list;
    leaf = name.substr(dot + 1);
    package = name.substr(0, dot);
  }
  for (int pass = 0; pass < 2; pass++) {
    if (is_list(path_list)) {
      List* paths = path_list.as<List>();
      for (uint32_t i = 0; i < paths->size; i++) {
        if (!is_str(paths->items[i])) continue;
        std::string dir(as_str(paths->items[i])->view());
        if (dir.empty()) dir = ".";
        std::string base = dir + "/" + leaf;
        if (dir_exists(base) && (file_exists(base + "/__init__.py") || file_exists(base + "/__init__.pyc"))) {
          // A package runs its __main__ submodule, after the package itself is imported.
          if (import_absolute(vm, name).is_null()) return false;
          return find_main_module(vm, name + ".__main__", file, package);
        }
        for (const char* ext : {".py", ".pyc"}) {
          if (file_exists(base + ext)) {
            file = base + ext;
            return true;
          }
        }
      }
    }
    // Not on sys.path: a top-level name may be in the host's standard library.
    if (pass || dot != std::string::npos) break;
    std::string lib = host_stdlib(vm);
    if (lib.empty() || !dir_exists(lib)) break;
    Value p = new_str(vm, lib);
    if (p.is_null()) return false;
    Value l = new_list_from(vm, &p, 1);
    if (l.is_null()) return false;
    path_list = l;
    rpl = l;
  }
  return false;
}

static bool resolve_relative(VM& vm, Str* name, Value globals, int64_t level, std::string& out) {
  Value pkg = Value::null();
  if (is_dict(globals)) {
    pkg = dict_get_str(globals.as<Dict>(), vm.s_package);
    if (pkg.is_null() || pkg.is_none()) {
      Value n = dict_get_str(globals.as<Dict>(), vm.s_name);
      if (is_str(n)) {
        std::string s(as_str(n)->view());
        if (dict_get_str(globals.as<Dict>(), vm.s_path).is_null()) {
          size_t d = s.rfind('.');
          s = d == std::string::npos ? "" : s.substr(0, d);
        }
        out = s;
      }
    } else if (is_str(pkg)) {
      out = std::string(as_str(pkg)->view());
    }
  }
  if (out.empty()) {
    raise(vm, vm.ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int64_t i = 1; i < level; i++) {
    size_t d = out.rfind('.');
    if (d == std::string::npos) {
      raise(vm, vm.ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    out = out.substr(0, d);
  }
  if (name->nbytes) {
    out += ".";
    out += name->view();
  }
  return true;
}

Value import_name(VM& vm, Str* name, Value globals, Value fromlist, Value level_v) {
  int64_t level = level_v.is_small() ? level_v.as_small() : 0;
  std::string full(name->view());
  if (level > 0 && !resolve_relative(vm, name, globals, level, full)) return Value::null();
  if (vm.import_hook && failed(vm.import_hook(vm, full, globals))) return Value::null();
  Value m = import_absolute(vm, full);
  if (m.is_null()) return m;
  bool has_from = !(fromlist.is_none() || fromlist.is_null() || (is_tuple(fromlist) && fromlist.as<Tuple>()->size == 0));
  if (!has_from) {
    if (level == 0) {
      size_t dot = full.find('.');
      if (dot != std::string::npos) return import_absolute(vm, full.substr(0, dot));
    } else if (name->nbytes == 0) {
      return m;
    } else {
      // `from .. import` handled above; plain relative `import .a.b` is not valid syntax.
      std::string first(name->view());
      size_t dot = first.find('.');
      if (dot != std::string::npos) {
        std::string top = full.substr(0, full.size() - first.size() + dot);
        return import_absolute(vm, top);
      }
    }
    return m;
  }
  // Submodules named in the fromlist.
  Root rm(vm, m);
  if (!getattr_opt(vm, m, vm.s_path).is_null() && is_tuple(fromlist)) {
    Tuple* fl = fromlist.as<Tuple>();
    for (uint32_t i = 0; i < fl->size; i++) {
      if (!is_str(fl->items[i])) continue;
      Str* item = as_str(fl->items[i]);
      if (item->view() == "*") continue;
      if (!getattr_opt(vm, m, vm.intern(item)).is_null()) continue;
      std::string sub = full + "." + std::string(item->view());
      Value sm = import_absolute(vm, sub);
      if (sm.is_null()) {
        if (exc_matches(vm, vm.ModuleNotFoundError)) {
          clear_exc(vm);
          continue;
        }
        return sm;
      }
    }
  }
  return m;
}

Status import_star(VM& vm, Value module, Value locals) {
  Root rm(vm, module), rl(vm, locals);
  Value all = getattr_opt(vm, module, vm.s_all);
  Root ra(vm, all);
  if (!vm.exc.is_null()) return Status::Error;
  if (!all.is_null()) {
    Value lst = sequence_to_list(vm, all);
    if (lst.is_null()) return Status::Error;
    Root rlst(vm, lst);
    List* l = lst.as<List>();
    for (uint32_t i = 0; i < l->size; i++) {
      if (!is_str(l->items[i])) continue;
      Value v = getattr(vm, module, vm.intern(as_str(l->items[i])));
      if (v.is_null()) return Status::Error;
      if (failed(setitem(vm, locals, l->items[i], v))) return Status::Error;
    }
    return Status::Ok;
  }
  if (!is_layout(module, Layout::Module)) return Status::Ok;
  Dict* d = module.as<Module>()->dict;
  RootVec items(vm);
  uint32_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) {
    if (is_str(k) && as_str(k)->nbytes && as_str(k)->data[0] == '_') continue;
    items.v.push_back(k);
    items.v.push_back(v);
  }
  for (size_t i = 0; i < items.v.size(); i += 2)
    if (failed(setitem(vm, locals, items.v[i], items.v[i + 1]))) return Status::Error;
  return Status::Ok;
}

void init_import(VM& vm) {
  init_compile(vm);
  init_frames(vm);
  init_imp(vm);
}

}  // namespace taipan::interp
