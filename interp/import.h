// The import system: sys.modules, native modules, packages, relative imports, and source
// files compiled by the host CPython into __pycache__ (Taipan ships no compiler).
#pragma once
#include <string>

#include "runtime/objects.h"

namespace taipan::interp {

using runtime::Status;
using runtime::Str;
using runtime::Value;
using runtime::VM;

Value import_name(VM& vm, Str* name, Value globals, Value fromlist, Value level);
Status import_star(VM& vm, Value module, Value locals);
void init_import(VM& vm);
// Reads a whole file; false if it cannot be read.
bool read_file(const std::string& path, std::string& out);
// Compiles a .py with the host CPython into a .pyc (cached by mtime); returns the .pyc path
// or raises (SyntaxError from the source, or an error saying how to precompile).
bool compile_source(VM& vm, const std::string& py_path, std::string& pyc_path);
// Loads and executes a module from a .py/.pyc file under the given name.
// `main_package`, when given, is the __package__ of a __main__ module (`-m pkg.mod`).
Value exec_module_file(VM& vm, Str* name, const std::string& path, bool is_package, const std::string& pkg_dir,
                       const std::string* main_package = nullptr);
// Runs a loaded module code object as module `name` with __file__ `path` (and __path__ =
// [pkg_dir] for a package) and __loader__ `loader` (null: None), registering it in
// sys.modules; exec_module_file's second half.
Value exec_module_code(VM& vm, Str* name, runtime::Code* code, const std::string& path, bool is_package,
                       const std::string& pkg_dir, const std::string* main_package = nullptr,
                       Value loader = Value::null());
// For `-m NAME`: the file that runs as __main__ (a package's __main__ module), importing the
// parent packages (and a package NAME itself) first; `package` gets its __package__.
// Returns false, with an exception pending or (not found) without one.
bool find_main_module(VM& vm, const std::string& name, std::string& file, std::string& package);

// compile(), exec() and eval() of source text (interp/compile.cpp): compiles with the host
// CPython 3.11 and returns a code object, or raises its SyntaxError (or a RuntimeError that
// says how to precompile when there is no host compiler). `caller` names the builtin.
Value compile_source_text(VM& vm, std::string_view source, bool is_bytes, std::string_view filename,
                          std::string_view mode, int64_t flags, const char* caller);
// Registers the builtins compile, exec and eval.
void init_compile(VM& vm);
// Frame objects, the traceback attributes (tb_frame, tb_next, ...) and sys._getframe
// (interp/frameobject.cpp).
void init_frames(VM& vm);
// The import system's native modules _imp and marshal (interp/imp.cpp).
void init_imp(VM& vm);

}  // namespace taipan::interp
