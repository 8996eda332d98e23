// The embedded Engine's sandbox: see api/sandbox.h and docs/embedding.md "Sandbox".
//
// Capabilities are taken away by replacing functions, once, when the Engine is made: each
// refused function becomes a Builtin of the same name whose `self` is its message and which
// raises PermissionError. Modules keep importing (the standard library's pure-Python modules
// import os and io at import time); only the modules that exist to reach processes or the
// network are refused at import (vm.import_hook, called by every import statement), as are
// modules outside Options::allowed_modules when a script imports them.
#include "api/sandbox.h"

#include <initializer_list>

#include "runtime/objects.h"

namespace taipan::detail {

using runtime::Dict;
using runtime::Layout;
using runtime::Module;
using runtime::Root;
using runtime::Status;
using runtime::Str;
using runtime::Tuple;
using runtime::Type;
using runtime::Value;
using runtime::VM;

namespace {

// What each grant covers: the posix functions refused without it.
const char* const kFileFunctions[] = {
    "stat", "lstat", "fstat", "access", "chdir", "chmod", "getcwd", "getcwdb", "mkdir", "rmdir", "unlink",
    "remove", "rename", "replace", "link", "symlink", "readlink", "truncate", "ftruncate", "utime", "listdir",
    "scandir", "open", "close", "closerange", "dup", "dup2", "read", "write", "lseek", "fsync", "pipe",
    "set_inheritable", "set_blocking", "umask"};
const char* const kProcessFunctions[] = {"kill", "killpg", "waitpid", "wait", "_exit", "fork", "system", "execv",
                                         "execve", "posix_spawn", "posix_spawnp"};
const char* const kEnvironmentFunctions[] = {"putenv", "unsetenv"};
// Modules refused at import without the grant.
const char* const kProcessModules[] = {"subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing", "pty",
                                       nullptr};
const char* const kNetworkModules[] = {"socket", "_socket", "select", "selectors", "ssl", "_ssl", nullptr};

Value refuse(VM& vm, Value self, Value*, size_t, Tuple*) {
  return runtime::raise(vm, vm.PermissionError, "%s", is_str(self) ? as_str(self)->data : "not allowed");
}
std::string refusal(const std::string& what, const char* grant);
// io.FileIO's constructor (called with the type as self).
Value refuse_fileio(VM& vm, Value, Value*, size_t, Tuple*) {
  return runtime::raise(vm, vm.PermissionError, "%s", refusal("io.FileIO()", "allow_files").c_str());
}

std::string refusal(const std::string& what, const char* grant) {
  return what + " is not allowed in this embedded Taipan (Options::" + grant + ")";
}

// Replaces d[name] (when present) with a refusing builtin.
void refuse_in(VM& vm, Dict* d, const char* name, const std::string& message) {
  if (dict_get_cstr(vm, d, name).is_null()) return;
  Value msg = new_str(vm, message);
  if (msg.is_null()) return;
  Root rm(vm, msg);
  Value b = new_builtin(vm, name, refuse, msg, 0, -1, runtime::kBuiltinKeywords);
  if (b.is_null()) return;
  Root rb(vm, b);
  (void)dict_set_cstr(vm, d, name, b);
}

Dict* native_module_dict(VM& vm, const char* name) {
  Value m = find_native_module(vm, name);
  if (m.is_null()) {
    clear_exc(vm);
    return nullptr;
  }
  return is_layout(m, Layout::Module) ? m.as<Module>()->dict : nullptr;
}

// Whether the top-level package of `name` is in the null-terminated `list`.
bool listed(std::string_view name, const char* const* list) {
  std::string_view top = name.substr(0, name.find('.'));
  for (size_t i = 0; list[i]; i++)
    if (top == list[i]) return true;
  return false;
}

// Whether `name` is `entry` or inside it (a package entry gives its submodules).
bool covers(const std::string& entry, std::string_view name) {
  return name == entry || (name.size() > entry.size() && name.compare(0, entry.size(), entry) == 0 &&
                           name[entry.size()] == '.');
}

// The importing module's name when its globals are that module's own (a trusted module's
// namespace cannot be borrowed by setting __name__); empty otherwise.
std::string importer_of(VM& vm, Value globals) {
  if (!runtime::is_dict(globals)) return "";
  Value n = runtime::dict_get_str(globals.as<Dict>(), vm.s_name);
  if (!is_str(n)) return "";
  Value m = runtime::dict_get_str(vm.modules, as_str(n));
  if (!is_layout(m, Layout::Module) || m.as<Module>()->dict != globals.as<Dict>()) return "";
  return std::string(as_str(n)->view());
}

Status check_import(VM& vm, std::string_view name, Value globals) {
  Sandbox* sb = sandbox_of(vm);
  if (!sb) return Status::Ok;
  const Options& o = sb->options;
  const char* grant = nullptr;
  if (!o.allow_processes && listed(name, kProcessModules)) grant = "allow_processes";
  if (!o.allow_network && listed(name, kNetworkModules)) grant = "allow_network";
  if (grant) {
    raise(vm, vm.ImportError, "%s", refusal("import of '" + std::string(name) + "'", grant).c_str());
    return Status::Error;
  }
  if (o.allowed_modules.empty()) return Status::Ok;
  // globals null: the host (Engine::import); a trusted importer; a listed or host module.
  bool ok = globals.is_null();
  if (!ok) {
    // A submodule of a trusted package is the package's own code.
    std::string importer = importer_of(vm, globals);
    while (!ok && !importer.empty()) {
      ok = sb->trusted.count(importer) > 0;
      size_t dot = importer.rfind('.');
      importer.resize(dot == std::string::npos ? 0 : dot);
    }
  }
  for (const std::string& e : o.allowed_modules) ok = ok || covers(e, name);
  for (const std::string& e : sb->host_modules) ok = ok || covers(e, name);
  if (!ok) {
    raise(vm, vm.ImportError, "%s",
          refusal("import of '" + std::string(name) + "'", "allowed_modules").c_str());
    return Status::Error;
  }
  // The module and the packages it is in (importing a.b runs a's code too).
  for (size_t dot = name.find('.'); dot != std::string_view::npos; dot = name.find('.', dot + 1))
    sb->trusted.insert(std::string(name.substr(0, dot)));
  sb->trusted.insert(std::string(name));
  return Status::Ok;
}

}  // namespace

std::unique_ptr<Sandbox> sandbox_install(VM& vm, const Options& options) {
  bool all = options.allow_files && options.allow_processes && options.allow_network && options.allow_environment;
  if (all && options.allowed_modules.empty()) return nullptr;
  auto sb = std::make_unique<Sandbox>();
  sb->options = options;
  Dict* posix = native_module_dict(vm, "posix");
  if (!options.allow_files) {
    std::string msg = refusal("open()", "allow_files");
    refuse_in(vm, vm.builtins->dict, "open", msg);
    if (Dict* io = native_module_dict(vm, "_io")) {
      refuse_in(vm, io, "open", msg);
      refuse_in(vm, io, "open_code", refusal("open_code()", "allow_files"));
      // FileIO(...) from Python: its constructor refuses too.
      Value fio = dict_get_cstr(vm, io, "FileIO");
      if (is_layout(fio, Layout::Type) && !fio.as<Type>()->native_new.is_null()) {
        Root rf(vm, fio);
        Value nn = new_builtin(vm, "FileIO", refuse_fileio, Value::null(), 0, -1, runtime::kBuiltinKeywords);
        if (!nn.is_null()) {
          nn.as<runtime::Builtin>()->owner = fio.as<Type>();
          fio.as<Type>()->native_new = nn;
        }
      }
    }
    if (posix)
      for (const char* f : kFileFunctions) refuse_in(vm, posix, f, refusal("os." + std::string(f) + "()", "allow_files"));
  }
  if (!options.allow_processes && posix)
    for (const char* f : kProcessFunctions) refuse_in(vm, posix, f, refusal("os." + std::string(f) + "()", "allow_processes"));
  if (!options.allow_environment && posix) {
    for (const char* f : kEnvironmentFunctions)
      refuse_in(vm, posix, f, refusal("os." + std::string(f) + "()", "allow_environment"));
    Dict* empty = runtime::new_dict(vm);
    Root re(vm, empty ? Value::ptr(empty) : Value::null());
    if (empty) (void)dict_set_cstr(vm, posix, "environ", Value::ptr(empty));
  }
  // The native modules behind the refused ones go from the registry, so no other way of
  // importing (_imp.create_builtin, a loader given a path) can make them.
  for (const char* const* list : {kProcessModules, kNetworkModules})
    for (size_t i = 0; list[i]; i++) {
      bool granted = list == kProcessModules ? options.allow_processes : options.allow_network;
      if (!granted) vm.native_modules.erase(list[i]);
    }
  clear_exc(vm);
  vm.import_hook = check_import;
  return sb;
}

void sandbox_allow_host_module(VM& vm, std::string_view name) {
  if (Sandbox* sb = sandbox_of(vm)) sb->host_modules.insert(std::string(name));
}

}  // namespace taipan::detail
