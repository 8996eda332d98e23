// The runtime state of one VM: heap, builtin types, the exception hierarchy, the intern
// table, the pending exception and the hooks through which the interpreter plugs in.
//
// Error convention: a function that can fail returns a null Value (or Status::Error) and
// leaves the exception in vm.exc. No C++ exception ever crosses the VM.
#pragma once
#include <atomic>
#include <cstdarg>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/heap.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace taipan::runtime {

enum class [[nodiscard]] Status : uint8_t { Ok, Error };
inline bool failed(Status s) { return s == Status::Error; }

// Builtin types: field, Python name, layout, base field (object for most).
#define TAIPAN_BUILTIN_TYPES(X)                                   \
  X(object_type, "object", Object)                                \
  X(type_type, "type", Type)                                      \
  X(int_type, "int", Long)                                        \
  X(bool_type, "bool", Long)                                      \
  X(float_type, "float", Object)                                  \
  X(complex_type, "complex", Opaque)                              \
  X(str_type, "str", Str)                                         \
  X(bytes_type, "bytes", Bytes)                                   \
  X(bytearray_type, "bytearray", ByteArray)                       \
  X(tuple_type, "tuple", Tuple)                                   \
  X(list_type, "list", List)                                      \
  X(dict_type, "dict", Dict)                                      \
  X(set_type, "set", Set)                                         \
  X(frozenset_type, "frozenset", Set)                             \
  X(range_type, "range", Range)                                   \
  X(slice_type, "slice", Slice)                                   \
  X(none_type, "NoneType", Object)                                \
  X(notimpl_type, "NotImplementedType", Object)                   \
  X(ellipsis_type, "ellipsis", Object)                            \
  X(function_type, "function", Function)                          \
  X(method_type, "method", Method)                                \
  X(builtin_type, "builtin_function_or_method", Builtin)          \
  X(module_type, "module", Module)                                \
  X(cell_type, "cell", Cell)                                      \
  X(code_type, "code", Code)                                      \
  X(property_type, "property", Property)                          \
  X(classmethod_type, "classmethod", Wrapper)                     \
  X(staticmethod_type, "staticmethod", Wrapper)                   \
  X(member_type, "member_descriptor", Wrapper) /* a __slots__ name: callable = name, dict = owner */ \
  X(traceback_type, "traceback", Traceback)                       \
  X(super_type, "super", Iter)                                    \
  X(list_iter_type, "list_iterator", Iter)                        \
  X(list_reviter_type, "list_reverseiterator", Iter)              \
  X(tuple_iter_type, "tuple_iterator", Iter)                      \
  X(str_iter_type, "str_ascii_iterator", Iter)                    \
  X(bytes_iter_type, "bytes_iterator", Iter)                      \
  X(range_iter_type, "range_iterator", Iter)                      \
  X(longrange_iter_type, "longrange_iterator", Iter)              \
  X(dict_keyiter_type, "dict_keyiterator", Iter)                  \
  X(dict_valueiter_type, "dict_valueiterator", Iter)              \
  X(dict_itemiter_type, "dict_itemiterator", Iter)                \
  X(dict_revkeyiter_type, "dict_reversekeyiterator", Iter)        \
  X(dict_keys_type, "dict_keys", Iter)                            \
  X(dict_values_type, "dict_values", Iter)                        \
  X(dict_items_type, "dict_items", Iter)                          \
  X(set_iter_type, "set_iterator", Iter)                          \
  X(seq_iter_type, "iterator", Iter)                              \
  X(callable_iter_type, "callable_iterator", Iter)                \
  X(enumerate_type, "enumerate", Iter)                            \
  X(zip_type, "zip", Iter)                                        \
  X(map_type, "map", Iter)                                        \
  X(filter_type, "filter", Iter)                                  \
  X(reversed_type, "reversed", Iter)                              \
  X(generator_type, "generator", Opaque)                          \
  X(coroutine_type, "coroutine", Opaque)                          \
  X(async_generator_type, "async_generator", Opaque)              \
  X(coroutine_wrapper_type, "coroutine_wrapper", Opaque)          \
  X(async_gen_asend_type, "async_generator_asend", Opaque)        \
  X(async_gen_athrow_type, "async_generator_athrow", Opaque)      \
  X(async_gen_wrapped_type, "async_generator_wrapped_value", Opaque) \
  X(anext_awaitable_type, "anext_awaitable", Opaque)              \
  X(frame_type, "frame", Iter)                                    \
  X(mappingproxy_type, "mappingproxy", Iter)                      \
  X(union_type, "UnionType", Iter)                                \
  X(memoryview_type, "memoryview", Opaque)                        \
  X(memory_iter_type, "memory_iterator", Iter)

// Exception hierarchy: field, Python name, base field.
#define TAIPAN_EXCEPTIONS(X)                                           \
  X(BaseException, "BaseException", object_type)                       \
  X(SystemExit, "SystemExit", BaseException)                           \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)             \
  X(GeneratorExit, "GeneratorExit", BaseException)                     \
  X(Exception, "Exception", BaseException)                             \
  X(StopIteration, "StopIteration", Exception)                         \
  X(StopAsyncIteration, "StopAsyncIteration", Exception)               \
  X(ArithmeticError, "ArithmeticError", Exception)                     \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)         \
  X(OverflowError, "OverflowError", ArithmeticError)                   \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)           \
  X(AssertionError, "AssertionError", Exception)                       \
  X(AttributeError, "AttributeError", Exception)                       \
  X(BufferError, "BufferError", Exception)                             \
  X(EOFError, "EOFError", Exception)                                   \
  X(ImportError, "ImportError", Exception)                             \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)           \
  X(LookupError, "LookupError", Exception)                             \
  X(IndexError, "IndexError", LookupError)                             \
  X(KeyError, "KeyError", LookupError)                                 \
  X(MemoryError, "MemoryError", Exception)                             \
  X(NameError, "NameError", Exception)                                 \
  X(UnboundLocalError, "UnboundLocalError", NameError)                 \
  X(OSError, "OSError", Exception)                                     \
  X(BlockingIOError, "BlockingIOError", OSError)                       \
  X(ChildProcessError, "ChildProcessError", OSError)                   \
  X(ConnectionError, "ConnectionError", OSError)                       \
  X(BrokenPipeError, "BrokenPipeError", ConnectionError)               \
  X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
  X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
  X(ConnectionResetError, "ConnectionResetError", ConnectionError)     \
  X(FileExistsError, "FileExistsError", OSError)                       \
  X(FileNotFoundError, "FileNotFoundError", OSError)                   \
  X(InterruptedError, "InterruptedError", OSError)                     \
  X(IsADirectoryError, "IsADirectoryError", OSError)                   \
  X(NotADirectoryError, "NotADirectoryError", OSError)                 \
  X(PermissionError, "PermissionError", OSError)                       \
  X(ProcessLookupError, "ProcessLookupError", OSError)                 \
  X(TimeoutError, "TimeoutError", OSError)                             \
  X(ReferenceError, "ReferenceError", Exception)                       \
  X(RuntimeError, "RuntimeError", Exception)                           \
  X(NotImplementedError, "NotImplementedError", RuntimeError)          \
  X(RecursionError, "RecursionError", RuntimeError)                    \
  X(SyntaxError, "SyntaxError", Exception)                             \
  X(IndentationError, "IndentationError", SyntaxError)                 \
  X(TabError, "TabError", IndentationError)                            \
  X(SystemError, "SystemError", Exception)                             \
  X(TypeError, "TypeError", Exception)                                 \
  X(ValueError, "ValueError", Exception)                               \
  X(UnicodeError, "UnicodeError", ValueError)                          \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)            \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)            \
  X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError)      \
  X(Warning, "Warning", Exception)                                     \
  X(DeprecationWarning, "DeprecationWarning", Warning)                 \
  X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)   \
  X(RuntimeWarning, "RuntimeWarning", Warning)                         \
  X(SyntaxWarning, "SyntaxWarning", Warning)                           \
  X(UserWarning, "UserWarning", Warning)                               \
  X(FutureWarning, "FutureWarning", Warning)                           \
  X(ImportWarning, "ImportWarning", Warning)                           \
  X(UnicodeWarning, "UnicodeWarning", Warning)                         \
  X(BytesWarning, "BytesWarning", Warning)                             \
  X(ResourceWarning, "ResourceWarning", Warning)                       \
  X(EncodingWarning, "EncodingWarning", Warning)                       \
  X(BaseExceptionGroup, "BaseExceptionGroup", BaseException)           \
  X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup)  /* + Exception: runtime/exception_group.cpp */

// Interned names the runtime uses by pointer: field, spelling.
#define TAIPAN_NAMES(X)                                                         \
  X(s_init, "__init__") X(s_new, "__new__") X(s_repr, "__repr__")              \
  X(s_str, "__str__") X(s_hash, "__hash__") X(s_eq, "__eq__") X(s_ne, "__ne__") \
  X(s_lt, "__lt__") X(s_le, "__le__") X(s_gt, "__gt__") X(s_ge, "__ge__")      \
  X(s_bool, "__bool__") X(s_len, "__len__") X(s_iter, "__iter__")             \
  X(s_next, "__next__") X(s_getitem, "__getitem__") X(s_setitem, "__setitem__") \
  X(s_delitem, "__delitem__") X(s_contains, "__contains__")                     \
  X(s_call, "__call__") X(s_getattr, "__getattr__")                             \
  X(s_getattribute, "__getattribute__") X(s_setattr, "__setattr__")            \
  X(s_delattr, "__delattr__") X(s_get, "__get__") X(s_set, "__set__")          \
  X(s_delete, "__delete__") X(s_name, "__name__") X(s_qualname, "__qualname__") \
  X(s_module, "__module__") X(s_doc, "__doc__") X(s_dict, "__dict__")          \
  X(s_class, "__class__") X(s_enter, "__enter__") X(s_exit, "__exit__")        \
  X(s_index, "__index__") X(s_int, "__int__") X(s_float, "__float__")          \
  X(s_neg, "__neg__") X(s_pos, "__pos__") X(s_invert, "__invert__")            \
  X(s_abs, "__abs__") X(s_format, "__format__") X(s_builtins, "__builtins__")   \
  X(s_main, "__main__") X(s_file, "__file__") X(s_path, "__path__")            \
  X(s_package, "__package__") X(s_spec, "__spec__") X(s_all, "__all__")        \
  X(s_classcell, "__classcell__") X(s_mro_entries, "__mro_entries__")           \
  X(s_prepare, "__prepare__") X(s_init_subclass, "__init_subclass__")           \
  X(s_set_name, "__set_name__") X(s_slots, "__slots__") X(s_reversed, "__reversed__") \
  X(s_missing, "__missing__") X(s_round, "__round__") X(s_trunc, "__trunc__")   \
  X(s_floor, "__floor__") X(s_ceil, "__ceil__") X(s_length_hint, "__length_hint__") \
  X(s_annotations, "__annotations__") X(s_mro, "mro") X(s_args, "args")         \
  X(s_value, "value") X(s_code, "code") X(s_send, "send") X(s_throw, "throw")   \
  X(s_close, "close") X(s_await, "__await__") X(s_aiter, "__aiter__")          \
  X(s_anext, "__anext__") X(s_aenter, "__aenter__") X(s_aexit, "__aexit__")    \
  X(s_class_getitem, "__class_getitem__") X(s_instancecheck, "__instancecheck__") \
  X(s_subclasscheck, "__subclasscheck__") X(s_match_args, "__match_args__")     \
  X(s_empty, "") X(s_lambda, "<lambda>") X(s_module_name, "<module>")          \
  X(s_keys, "keys") X(s_items, "items") X(s_write, "write") X(s_flush, "flush") \
  X(s_abstractmethods, "__abstractmethods__") X(s_weakref, "__weakref__")      \
  X(s_dir, "__dir__") X(s_bytes, "__bytes__") X(s_complex, "__complex__")      \
  X(s_sizeof, "__sizeof__") X(s_reduce, "__reduce__") X(s_copy, "__copy__")     \
  X(s_deepcopy, "__deepcopy__") X(s_fspath, "__fspath__") X(s_notes, "__notes__") \
  X(s_origin, "__origin__") X(s_orig_bases, "__orig_bases__")

// The binary operators, in BINARY_OP's argument order (NB_ADD = 0 ... NB_INPLACE_XOR = 25).
#define TAIPAN_BINOPS(X)                                                         \
  X(Add, "+", "__add__", "__radd__", "__iadd__")                                \
  X(And, "&", "__and__", "__rand__", "__iand__")                                \
  X(FloorDiv, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")           \
  X(LShift, "<<", "__lshift__", "__rlshift__", "__ilshift__")                   \
  X(MatMul, "@", "__matmul__", "__rmatmul__", "__imatmul__")                    \
  X(Mul, "*", "__mul__", "__rmul__", "__imul__")                                \
  X(Mod, "%", "__mod__", "__rmod__", "__imod__")                                \
  X(Or, "|", "__or__", "__ror__", "__ior__")                                    \
  X(Pow, "**", "__pow__", "__rpow__", "__ipow__")                               \
  X(RShift, ">>", "__rshift__", "__rrshift__", "__irshift__")                   \
  X(Sub, "-", "__sub__", "__rsub__", "__isub__")                                \
  X(TrueDiv, "/", "__truediv__", "__rtruediv__", "__itruediv__")               \
  X(Xor, "^", "__xor__", "__rxor__", "__ixor__")

enum class BinOp : uint8_t {
#define X(n, sym, d, r, i) n,
  TAIPAN_BINOPS(X)
#undef X
  Count
};
inline constexpr int kNumBinOps = int(BinOp::Count);

// COMPARE_OP's argument order: < <= == != > >=
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

struct Root;
struct RootVec;
struct RootArray;
using RootVisitor = void (*)(VM&, Marker&, void* ctx);
// The interpreter provides calls into Python code; the runtime reaches it through this hook.
using CallHook = Value (*)(VM&, Value callable, Value* args, size_t nargs, Tuple* kwnames);

struct Options {
  size_t max_heap = 0;      // bytes, 0 = unlimited
  bool gc_stress = false;
  int recursion_limit = 1000;
  // Route SIGINT (and the signals Python code handles with signal.signal) to this VM, as
  // CPython does; the command-line program sets it, an embedding host usually does not.
  bool handle_signals = false;
};

// Safe points (runtime/safepoint.cpp). The interpreter and compiled code count down
// VM::safepoint_countdown at every function entry and loop back-edge, and the regex matcher
// every few thousand steps; when it reaches zero they call vm_safepoint(), which delivers
// whatever is pending as a Python exception and restarts the count. Every program that runs
// for long passes safe points, so these bound how late a signal, a host's interrupt or an
// exceeded budget is noticed.
inline constexpr int32_t kSafepointInterval = 4096;
enum : uint32_t {
  kPendingSignal = 1,     // a signal arrived (runs its Python handler)
  kPendingInterrupt = 2,  // vm_request_interrupt(): raises KeyboardInterrupt
  kPendingSuspend = 4,    // vm_request_suspend(): the program is to pause (cooperative running)
};

struct VM {
  explicit VM(const Options& opts = Options());
  ~VM();
  VM(const VM&) = delete;

  // Declared before the heap: finalizers that run in ~Heap unregister from it.
  std::vector<Object*> buffer_exports;  // unreleased memoryviews of bytearrays (not traced; memoryview.cpp)
  Heap heap;
  Options options;

#define X(field, name, layout) Type* field = nullptr;
  TAIPAN_BUILTIN_TYPES(X)
#undef X
#define X(field, name, base) Type* field = nullptr;
  TAIPAN_EXCEPTIONS(X)
#undef X
#define X(field, text) Str* field = nullptr;
  TAIPAN_NAMES(X)
#undef X
  Str* binop_names[kNumBinOps][3] = {};  // dunder, reflected, in-place
  Str* cmp_names[6] = {};

  Value not_implemented, ellipsis;
  Value memory_error;          // preallocated MemoryError instance
  Value empty_tuple;
  Module* builtins = nullptr;  // the builtins module
  Module* sys = nullptr;
  Dict* modules = nullptr;     // sys.modules
  Value sys_path;              // list

  // Exception state.
  Value exc = Value::null();        // pending (being raised) exception, null if none
  Value exc_info = Value::none();   // the exception being handled (sys.exc_info), None if none

  // Safe points: see vm_safepoint(). `pending` may be set from a signal handler or another
  // thread (which also zero the countdown, so it is seen at the next safe point).
  int32_t safepoint_countdown = kSafepointInterval;
  int32_t safepoint_period = kSafepointInterval;  // what the countdown last started from
  std::atomic<uint32_t> pending{0};
  // Budgets, enforced at safe points (0 = none): safe points passed (a count of calls and
  // loop iterations, so an instruction budget that costs nothing between safe points) and
  // a deadline on the monotonic clock in nanoseconds. Exceeding either raises
  // taipan.Interrupted, again at every later safe point until the budget is reset, so no
  // `except` clause can keep a runaway script alive.
  uint64_t tick_budget = 0;
  uint64_t ticks = 0;               // safe points passed (counted at each vm_safepoint call)
  int64_t deadline_ns = 0;
  Type* Interrupted = nullptr;      // taipan.Interrupted (a BaseException, not in builtins)
  // Cooperative running (interp::run_suspendable): the program pauses at the next safe point
  // or native call return where only the outermost interpreter activation is on the C
  // stack, keeping its frames, and the host resumes it later (a browser's next animation
  // frame, a game engine's next tick). Requested by the host (vm_request_suspend, or the
  // end of a time slice) and by time.sleep, which then sets when to wake.
  bool suspend_wanted = false;
  int64_t slice_end_ns = 0;         // monotonic; the current slice ends here (0: no slices)
  int64_t wake_at_ns = 0;           // set by a suspending time.sleep: resume no earlier
  bool frame_wanted = false;        // set by a suspending taipan.next_frame(): resume at the next frame
  bool (*can_suspend_hook)(VM&) = nullptr;  // the interpreter: could the program pause now?

  // Recursion accounting (Python frames + native re-entries).
  int depth = 0;
  int recursion_limit = 1000;
  uintptr_t c_stack_limit = 0;      // lowest allowed native stack address

  // Hooks.
  CallHook call_hook = nullptr;
  // zero-argument super(): the interpreter finds __class__ and the first argument.
  Status (*super_hook)(VM&, Value& cls, Value& self) = nullptr;
  // Resumes a generator for iteration: returns the next value, or null (exhausted when
  // vm.exc is null; *stop_value gets the return value if non-null).
  Value (*gen_next_hook)(VM&, Value gen, Value* stop_value) = nullptr;
  // builtins that need the running frame (globals(), locals(), vars()).
  Value (*frame_hook)(VM&, int what) = nullptr;
  // Prints an exception with its traceback to stderr as an uncaught one (the embedder sets it).
  void (*print_exception_hook)(VM&, Value exc) = nullptr;
  // Called by every import statement (and __import__) with the absolute module name and the
  // importer's globals (null: the embedding host); Error (ImportError raised) refuses it.
  // The embedding API's sandbox sets it (api/sandbox.cpp).
  Status (*import_hook)(VM&, std::string_view name, Value globals) = nullptr;
  std::vector<std::pair<RootVisitor, void*>> root_visitors;
  Root* roots = nullptr;
  RootVec* rootvecs = nullptr;
  RootArray* rootarrays = nullptr;
  void* interp = nullptr;           // the interpreter's state (opaque here)
  void* host = nullptr;             // the embedding API's state (opaque here)
  // Output (sys.stdout/stderr default writers); the CLI sets these.
  void (*write_out)(VM&, int fd, std::string_view) = nullptr;
  // input(): the host's line reader (the browser's prompt hook); false at end of input.
  // Without one, input() reads the process's stdin.
  bool (*input_hook)(VM&, std::string_view prompt, std::string& line) = nullptr;

  // Interning.
  Str* intern(std::string_view s);
  Str* intern(Str* s);
  std::unordered_map<std::string_view, Str*> interned;

  std::unordered_map<std::string, Value (*)(VM&)> native_modules;
  std::vector<Value> repr_stack;  // containers being repr'd (recursion guard)
  Value asyncgen_hooks = Value::null();  // (firstiter, finalizer) tuple or null (interp/coroutine.cpp)
  Value codec_registry = Value::null();  // [search functions, cache, error handlers] (modules/codecs.cpp)
  Value atexit_callbacks = Value::null();  // list of (func, args, kwargs) or None (modules/atexit.cpp)
  Value context = Value::null();  // the current contextvars.Context, made on first use (modules/contextvars.cpp)
  Value warnings_state = Value::null();  // [filters, onceregistry, defaultaction, version] (modules/warnings.cpp)
  std::vector<Shape*> shapes;  // all shapes, freed with the VM
  uint32_t next_type_version = 1;
  uint32_t next_shape_id = 1;

  void visit_roots(Marker& m);
  void add_root_visitor(RootVisitor fn, void* ctx) { root_visitors.push_back({fn, ctx}); }
};

// RAII root for a Value held in C++ across allocations.
struct Root {
  Root(VM& vm, Value v = Value::null()) : vm_(vm), value(v), prev_(vm.roots) { vm.roots = this; }
  ~Root() { vm_.roots = prev_; }
  Root(const Root&) = delete;
  Root& operator=(Value v) { value = v; return *this; }
  operator Value() const { return value; }
  Value get() const { return value; }
  VM& vm_;
  Value value;
  Root* prev_;
};

// Roots a whole array (e.g. a std::vector<Value>'s storage must not move while rooted; use
// RootVec below for growable sequences).
struct RootVec {
  explicit RootVec(VM& vm);
  ~RootVec();
  RootVec(const RootVec&) = delete;
  std::vector<Value> v;
  VM& vm_;
  RootVec* prev_;
};

// Roots the first `n` values of an array the caller owns (a stack buffer filled one value at
// a time: raise n as it fills). No allocation, unlike RootVec.
struct RootArray {
  RootArray(VM& vm, Value* items, size_t n = 0) : items(items), n(n), vm_(vm), prev_(vm.rootarrays) {
    vm.rootarrays = this;
  }
  ~RootArray() { vm_.rootarrays = prev_; }
  RootArray(const RootArray&) = delete;
  Value* items;
  size_t n;
  VM& vm_;
  RootArray* prev_;
};

// ---- safe points (runtime/safepoint.cpp) ----
// Delivers what is pending: runs Python handlers of signals that arrived (SIGINT's default
// raises KeyboardInterrupt), raises KeyboardInterrupt for vm_request_interrupt(), and
// taipan.Interrupted once a budget is exceeded. Error when it raised.
Status vm_safepoint(VM& vm);
// The count-down every safe point does: cheap, and the slow path only when it runs out.
inline Status vm_tick(VM& vm) {
  return --vm.safepoint_countdown > 0 ? Status::Ok : vm_safepoint(vm);
}
// Asks the running program to stop with KeyboardInterrupt at its next safe point. Safe to
// call from another thread or a signal handler.
void vm_request_interrupt(VM& vm);
// Asks a program run by interp::run_suspendable to pause at its next chance. Thread-safe.
void vm_request_suspend(VM& vm);
// The monotonic clock, nanoseconds.
int64_t vm_monotonic_ns();
// Budgets (see VM::tick_budget); 0 clears one. Restarts the count of safe points.
void vm_set_budgets(VM& vm, uint64_t ticks, int64_t wall_ns);
// Installs (callable handler) or resets (SIG_DFL = 0, SIG_IGN = 1) the process's handler for
// signal `signum` so it is delivered to this VM at a safe point. Only for a VM made with
// Options::handle_signals; others record the handler and nothing more.
Status vm_set_signal_handler(VM& vm, int signum, int disposition);
// time.sleep: in a program that can pause (cooperative running), sets wake_at_ns and asks
// to pause instead of blocking; otherwise sleeps, running pending signal handlers
// meanwhile. Error if one raised.
Status vm_sleep(VM& vm, double seconds);

// ---- raising ----
// printf-like; %s takes const char*, %d int, %c char, %x/%u unsigned, %ld long, %zu size_t, %R a Value's repr,
// %S a Value's str, %T the type name of a Value (pass the Value itself), %N a Str*.
Value raise(VM& vm, Type* type, const char* fmt, ...);
Value raise_value(VM& vm, Value exc);  // exc is an instance or a class
Value raise_no_memory(VM& vm);
bool exc_matches(VM& vm, Type* type);  // pending exception is an instance of type
void clear_exc(VM& vm);

}  // namespace taipan::runtime
