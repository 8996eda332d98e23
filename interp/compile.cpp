// compile(), exec() and eval() of source text.
//
// Taipan ships no compiler. Natively, source text is compiled by the host CPython 3.11
// (`python3.11`, or $TAIPAN_PYTHON): one long-lived helper process, started on first use,
// reads requests on its stdin and answers on its stdout, and Taipan reads the marshalled
// code object back with the .pyc loader (interp/marshal.cpp). Identical requests are
// answered from an in-memory cache of the marshalled bytes (a fresh code object is
// unmarshalled each time, since code objects are quickened in place).
//
// Protocol (all integers little-endian u32):
//   request:  len, then len bytes: kind '\0' mode '\0' flags '\0' filename '\0' source
//             kind is "s" (source was a str, utf-8 encoded) or "b" (bytes, PEP 263 applies)
//   response: status byte, len, then len bytes of marshal data:
//             0: a code object
//             1: a SyntaxError: (type name, msg, filename, lineno, offset, text, end_lineno, end_offset)
//             2: another exception: (type name, message)
// The helper and the cache are process-wide: compiling is a pure function of the request,
// so every VM in the process can share them.
// In the WebAssembly build there are no processes: in Node the embedder runs the same helper
// once per request (interp/host_python.h); in the browser there is no host compiler and the
// builtins raise a RuntimeError that says how to precompile.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include "interp/frame.h"
#include "interp/host_python.h"
#include "interp/import.h"
#include "interp/marshal.h"
#include "interp/templates.h"

namespace taipan::interp {

using namespace runtime;

namespace {

// The helper's program (run as `python3.11 -c`).
const char* const kHelper =
    "import sys, marshal\n"
    "r = sys.stdin.buffer; w = sys.stdout.buffer\n"
    "def rd(n):\n"
    "    b = b''\n"
    "    while len(b) < n:\n"
    "        c = r.read(n - len(b))\n"
    "        if not c: sys.exit(0)\n"
    "        b += c\n"
    "    return b\n"
    "while True:\n"
    "    n = int.from_bytes(rd(4), 'little')\n"
    "    kind, mode, flags, fn, src = rd(n).split(b'\\0', 4)\n"
    "    fn = fn.decode('utf-8', 'surrogateescape')\n"
    "    if kind == b's': src = src.decode('utf-8', 'surrogatepass')\n"
    "    try:\n"
    "        out = b'\\0' + marshal.dumps(compile(src, fn, mode.decode(), int(flags), True))\n"
    "    except SyntaxError as e:\n"
    "        t = e.text if isinstance(e.text, str) else None\n"
    "        f = e.filename if isinstance(e.filename, str) else None\n"
    "        def i(v): return v if type(v) is int else None\n"
    "        out = b'\\1' + marshal.dumps((type(e).__name__, str(e.msg), f, i(e.lineno), i(e.offset), t,\n"
    "                                     i(e.end_lineno), i(e.end_offset)))\n"
    "    except Exception as e:\n"
    "        out = b'\\2' + marshal.dumps((type(e).__name__, str(e)))\n"
    "    w.write(out[:1] + (len(out) - 1).to_bytes(4, 'little') + out[1:]); w.flush()\n";

struct Helper {
  pid_t pid = -1;
  int to = -1, from = -1;
};
Helper g_helper;
std::unordered_map<std::string, std::pair<char, std::string>> g_cache;

std::string host_python() {
  const char* p = std::getenv("TAIPAN_PYTHON");
  return p && *p ? p : "python3.11";
}

void stop_helper() {
  if (g_helper.to >= 0) ::close(g_helper.to);
  if (g_helper.from >= 0) ::close(g_helper.from);
  if (g_helper.pid > 0) ::waitpid(g_helper.pid, nullptr, 0);
  g_helper = Helper();
}

bool start_helper() {
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) != 0) return false;
  if (::pipe2(out, O_CLOEXEC) != 0) {
    ::close(in[0]);
    ::close(in[1]);
    return false;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(in[0]); ::close(in[1]); ::close(out[0]); ::close(out[1]);
    return false;
  }
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    std::string py = host_python();
    ::execlp(py.c_str(), py.c_str(), "-I", "-S", "-c", kHelper, (char*)nullptr);
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  g_helper.pid = pid;
  g_helper.to = in[1];
  g_helper.from = out[0];
  return true;
}

// Writes all of s; a helper that died gives false (EPIPE), never SIGPIPE.
bool write_all(int fd, const std::string& s) {
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &block, &old);
  bool ok = true, epipe = false;
  for (size_t off = 0; off < s.size();) {
    ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      epipe = errno == EPIPE;
      break;
    }
    off += size_t(n);
  }
  if (epipe) {
    struct timespec zero = {0, 0};
    (void)::sigtimedwait(&block, nullptr, &zero);  // discard the pending SIGPIPE
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return ok;
}

bool read_all(int fd, char* buf, size_t n) {
  for (size_t off = 0; off < n;) {
    ssize_t r = ::read(fd, buf + off, n - off);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    off += size_t(r);
  }
  return true;
}

void put_u32(std::string& s, uint32_t v) {
  for (int i = 0; i < 4; i++) s.push_back(char((v >> (8 * i)) & 0xff));
}

// One round trip to the helper; restarts it once if it has died.
bool ask_helper(const std::string& request, char& status, std::string& reply) {
#ifdef __EMSCRIPTEN__
  // One helper run per request: it answers, reads end-of-file and exits.
  std::string msg, out, err;
  put_u32(msg, uint32_t(request.size()));
  msg += request;
  if (run_host_python({host_python(), "-I", "-S", "-c", kHelper}, msg, out, err) != 0 || out.size() < 5) return false;
  const unsigned char* head = reinterpret_cast<const unsigned char*>(out.data());
  uint32_t len = uint32_t(head[1] | head[2] << 8 | head[3] << 16 | uint32_t(head[4]) << 24);
  if (out.size() - 5 < len) return false;
  status = char(head[0]);
  reply = out.substr(5, len);
  return true;
#endif
  for (int attempt = 0; attempt < 2; attempt++) {
    if (g_helper.pid < 0 && !start_helper()) return false;
    std::string msg;
    put_u32(msg, uint32_t(request.size()));
    msg += request;
    unsigned char head[5];
    if (write_all(g_helper.to, msg) && read_all(g_helper.from, reinterpret_cast<char*>(head), 5)) {
      uint32_t len = uint32_t(head[1] | head[2] << 8 | head[3] << 16 | uint32_t(head[4]) << 24);
      reply.assign(len, '\0');
      if (read_all(g_helper.from, reply.data(), len)) {
        status = char(head[0]);
        return true;
      }
    }
    stop_helper();
  }
  return false;
}

Value no_compiler(VM& vm, const char* what) {
#ifdef __EMSCRIPTEN__
  if (!taipan_host_python(nullptr, 0, nullptr, 0, nullptr, nullptr, nullptr, nullptr))
    return raise(vm, vm.RuntimeError,
                 "%s() of source text is not available in the browser (Taipan has no compiler): precompile the "
                 "code with python3.11 (python3.11 -m py_compile, or the packer) and pass a code object",
                 what);
#endif
  return raise(vm, vm.RuntimeError,
               "%s() of source text needs the host CPython 3.11 ('%s') to compile it, and it was not found: "
               "install python3.11 or set TAIPAN_PYTHON, or precompile the code (python3.11 -m py_compile) "
               "and pass a code object",
               what, host_python().c_str());
}

// Raises the SyntaxError (or subclass) the host compiler reported.
Value raise_syntax_error(VM& vm, Value info) {
  if (!is_tuple(info) || info.as<Tuple>()->size != 8) return raise(vm, vm.SystemError, "bad reply from the host compiler");
  Root ri(vm, info);
  Tuple* t = info.as<Tuple>();
  Type* type = vm.SyntaxError;
  if (is_str(t->items[0])) {
    std::string_view n = as_str(t->items[0])->view();
    if (n == "IndentationError") type = vm.IndentationError;
    else if (n == "TabError") type = vm.TabError;
  }
  Value details = new_tuple_from(vm, t->items + 2, 6);
  if (details.is_null()) return details;
  Root rd(vm, details);
  Value args2[2] = {info.as<Tuple>()->items[1], details};
  Value args = new_tuple_from(vm, args2, 2);
  if (args.is_null()) return args;
  Root ra(vm, args);
  Value type_v = Value::ptr(type);
  Value e = call_ex(vm, type_v, args, Value::null());
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}

Value raise_other_error(VM& vm, Value info) {
  if (!is_tuple(info) || info.as<Tuple>()->size != 2 || !is_str(info.as<Tuple>()->items[1]))
    return raise(vm, vm.SystemError, "bad reply from the host compiler");
  std::string name(is_str(info.as<Tuple>()->items[0]) ? as_str(info.as<Tuple>()->items[0])->view() : "");
  std::string msg(as_str(info.as<Tuple>()->items[1])->view());
  Type* type = vm.ValueError;
  if (name == "TypeError") type = vm.TypeError;
  else if (name == "MemoryError") type = vm.MemoryError;
  else if (name == "RecursionError") type = vm.RecursionError;
  else if (name == "OverflowError") type = vm.OverflowError;
  else if (name == "SystemError") type = vm.SystemError;
  return raise(vm, type, "%s", msg.c_str());
}

}  // namespace

Value compile_source_text(VM& vm, std::string_view source, bool is_bytes, std::string_view filename,
                          std::string_view mode, int64_t flags, const char* caller) {
  if (!is_bytes) {
    std::string known = compile_template(source, filename, mode, flags);
    if (!known.empty()) return unmarshal(vm, known);
  }
  std::string request = is_bytes ? "b" : "s";
  request.push_back('\0');
  request += mode;
  request.push_back('\0');
  request += std::to_string(flags);
  request.push_back('\0');
  request += filename;
  request.push_back('\0');
  request += source;
  char status;
  std::string reply;
  auto hit = g_cache.find(request);
  if (hit != g_cache.end()) {
    status = hit->second.first;
    reply = hit->second.second;
  } else {
    if (!ask_helper(request, status, reply)) return no_compiler(vm, caller);
    if (g_cache.size() > 4096) g_cache.clear();
    g_cache.emplace(request, std::make_pair(status, reply));
  }
  Value v = unmarshal(vm, reply);
  if (v.is_null()) return v;
  if (status == 0) {
    if (!is_layout(v, Layout::Code)) return raise(vm, vm.SystemError, "bad reply from the host compiler");
    return v;
  }
  if (status == 1) return raise_syntax_error(vm, v);
  return raise_other_error(vm, v);
}

namespace {

// Source text of compile/exec/eval's first argument: str or bytes-like. false if neither.
bool source_of(VM& vm, Value v, std::string& out, bool& is_bytes) {
  if (is_str(v)) {
    out.assign(as_str(v)->view());
    is_bytes = false;
    return true;
  }
  if (is_layout(v, Layout::Bytes)) {
    out.assign(v.as<Bytes>()->view());
    is_bytes = true;
    return true;
  }
  if (is_layout(v, Layout::ByteArray)) {
    ByteArray* b = v.as<ByteArray>();
    out.assign(reinterpret_cast<const char*>(b->data), b->size);
    is_bytes = true;
    return true;
  }
  if (is_layout(v, Layout::Instance)) return source_of(vm, v.as<Instance>()->base_value, out, is_bytes);
  return false;
}

// The `from __future__` flags of the calling code (CPython's PyCF_MASK: the CO_FUTURE_* bits),
// which compile() passes on unless dont_inherit, and exec() and eval() of source always.
int64_t inherited_future_flags(VM& vm) {
  Frame* f = interp_of(vm).current;
  return f ? int64_t(f->code->flags) & kFutureFlags : 0;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
Value builtin_compile(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
  Value a[7];
  if (failed(parse_args(vm, "compile", args, nargs, kwnames, names, 7, 3, a))) return Value::null();
  std::string src;
  bool is_bytes = false;
  if (!source_of(vm, a[0], src, is_bytes))
    return raise(vm, vm.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  std::string filename;
  if (is_str(a[1])) filename.assign(as_str(a[1])->view());
  else if (is_layout(a[1], Layout::Bytes)) filename.assign(a[1].as<Bytes>()->view());
  else
    return raise(vm, vm.TypeError, "compile() argument 'filename' must be str, bytes or os.PathLike, not %s",
                 type_name(vm, a[1]));
  if (!is_str(a[2])) return raise(vm, vm.TypeError, "compile() argument 'mode' must be str, not %s", type_name(vm, a[2]));
  std::string mode(as_str(a[2])->view());
  int64_t flags = 0;
  if (!a[3].is_null() && failed(index_i64(vm, a[3], flags))) return Value::null();
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(vm, vm.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (flags & 0x400) return raise(vm, vm.NotImplementedError, "compile() to an AST (ast.PyCF_ONLY_AST) is not supported by Taipan");
  bool dont_inherit = false;
  if (!a[4].is_null()) {
    int t = truthy(vm, a[4]);
    if (t < 0) return Value::null();
    dont_inherit = t;
  }
  if (!dont_inherit) flags |= inherited_future_flags(vm);
  return compile_source_text(vm, src, is_bytes, filename, mode, flags, "compile");
}

// Shared by exec and eval: checks the mappings, fills in the defaults, compiles a string
// and runs the code.
Value exec_or_eval(VM& vm, Value* args, size_t nargs, Tuple* kwnames, bool is_eval) {
  const char* fname = is_eval ? "eval" : "exec";
  static const char* const names[] = {"source", "globals", "locals", "closure"};
  Value a[4];
  if (failed(parse_args(vm, fname, args, nargs, kwnames, names, is_eval ? 3 : 4, 1, a, 3))) return Value::null();
  Value globals = a[1].is_null() ? Value::none() : a[1];
  Value locals = a[2].is_null() ? Value::none() : a[2];
  if (!globals.is_none() && !is_dict(globals)) {
    if (!is_eval) return raise(vm, vm.TypeError, "exec() globals must be a dict, not %s", type_name(vm, globals));
    bool mapping = !type_lookup(type_of(vm, globals), vm.intern("__getitem__")).is_null();
    return raise(vm, vm.TypeError, mapping ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  if (!locals.is_none() && type_lookup(type_of(vm, locals), vm.intern("__getitem__")).is_null()) {
    if (!is_eval) return raise(vm, vm.TypeError, "locals must be a mapping or None, not %s", type_name(vm, locals));
    return raise(vm, vm.TypeError, "locals must be a mapping");
  }
  if (globals.is_none()) {
    globals = vm.frame_hook(vm, 0);
    if (locals.is_none()) locals = vm.frame_hook(vm, 1);
    if (locals.is_null()) return locals;
  } else if (locals.is_none()) {
    locals = globals;
  }
  if (!is_dict(globals)) return raise(vm, vm.SystemError, "%s(): no globals", fname);
  Root rg(vm, globals), rl(vm, locals);
  Dict* g = globals.as<Dict>();
  if (dict_get_str(g, vm.s_builtins).is_null()) {  // CPython inserts the builtins dict
    if (failed(dict_set_str(vm, g, vm.s_builtins, Value::ptr(vm.builtins->dict)))) return Value::null();
  }
  Value code = a[0];
  if (!is_layout(code, Layout::Code)) {
    std::string src;
    bool is_bytes = false;
    if (!source_of(vm, code, src, is_bytes))
      return raise(vm, vm.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    if (is_eval) {
      size_t i = 0;
      while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) i++;
      src.erase(0, i);
    }
    code = compile_source_text(vm, src, is_bytes, "<string>", is_eval ? "eval" : "exec", inherited_future_flags(vm), fname);
    if (code.is_null()) return code;
  }
  Root rc(vm, code);
  if (code.as<Code>()->nfree > 0 && (a[3].is_null() || a[3].is_none()))
    return raise(vm, vm.TypeError, "code object passed to %s() may not contain free variables", fname);
  if (!a[3].is_null() && !a[3].is_none())
    return raise(vm, vm.NotImplementedError, "exec() with a closure is not supported by Taipan");
  Value r = run_code(vm, code.as<Code>(), g, locals);
  if (r.is_null() || is_eval) return r;
  return Value::none();
}

Value builtin_exec(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  return exec_or_eval(vm, args, nargs, kwnames, false);
}
Value builtin_eval(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  return exec_or_eval(vm, args, nargs, kwnames, true);
}

}  // namespace

void init_compile(VM& vm) {
  static const struct {
    const char* name;
    NativeFn fn;
    int16_t min, max;
  } fns[] = {
      {"compile", builtin_compile, 0, 7},
      {"exec", builtin_exec, 1, 4},
      {"eval", builtin_eval, 1, 3},
  };
  for (const auto& f : fns) {
    Value b = new_builtin(vm, f.name, f.fn, Value::null(), f.min, f.max, kBuiltinKeywords);
    if (b.is_null()) return;
    (void)dict_set_str(vm, vm.builtins->dict, vm.intern(f.name), b);
  }
}

}  // namespace taipan::interp
