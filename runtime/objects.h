// The runtime's object API: constructors, accessors and the abstract object protocol
// (attributes, operators, items, iteration, calls) that the interpreter, the builtins and
// every later tier share. Semantics live here once; nothing else re-implements them.
//
// Conventions: Value-returning functions return null on error with vm.exc set. Lookups that
// can "miss" without error (dict_get, getattr_opt) return null and leave vm.exc null.
// Int results are always normalised (small range -> small int).
#pragma once
#include <string>
#include <string_view>

#include "runtime/vm.h"

namespace taipan::runtime {

// ---------- types ----------
inline Type* type_of(VM& vm, Value v) {
  if (v.is_ptr()) return v.as_ptr()->type;
  if (v.is_double()) return vm.float_type;
  if (v.is_small()) return vm.int_type;
  if (v.is_bool()) return vm.bool_type;
  return vm.none_type;
}
const char* type_name(VM& vm, Value v);
bool is_subtype(Type* a, Type* b);  // a is b or a subclass of b (via the MRO)
inline bool isinstance(VM& vm, Value v, Type* t) { return is_subtype(type_of(vm, v), t); }
inline bool is_layout(Value v, Layout l) { return v.is_ptr() && v.as_ptr()->type->layout == l; }
inline bool is_exact(Value v, Type* t) { return v.is_ptr() && v.as_ptr()->type == t; }
// MRO lookup without side effects; null if absent.
Value type_lookup(Type* t, Str* name);
// Create a builtin type (used by init code of each runtime file).
Type* new_builtin_type(VM& vm, const char* name, Layout layout, Type* base, bool basetype = true);
void type_modified(VM& vm, Type* t);  // invalidate version tags of t and its subclasses

struct MethodDef {
  const char* name;
  NativeFn fn;
  int16_t min_args, max_args;  // positional arity after self; -1 max = any
  uint16_t flags;              // BuiltinFlags
};
void add_methods(VM& vm, Type* t, const MethodDef* defs, size_t n);
template <size_t N> void add_methods(VM& vm, Type* t, const MethodDef (&defs)[N]) { add_methods(vm, t, defs, N); }
void add_functions(VM& vm, Module* m, const MethodDef* defs, size_t n);
template <size_t N> void add_functions(VM& vm, Module* m, const MethodDef (&defs)[N]) { add_functions(vm, m, defs, N); }
Value new_builtin(VM& vm, const char* name, NativeFn fn, Value self, int16_t min_args, int16_t max_args, uint16_t flags);
// Getter-only attribute on a builtin type, implemented natively (e.g. slice.start).
void add_getter(VM& vm, Type* t, const char* name, NativeFn getter);

// ---------- ints and floats ----------
Value new_int(VM& vm, int64_t i);
Value new_int(VM& vm, const BigInt& b);
Value new_int_u64(VM& vm, uint64_t u);
inline Value new_float(double d) { return Value::from_double(d); }
inline bool is_int(VM& vm, Value v) {  // int or subclass, incl. bool
  return v.is_small() || v.is_bool() || (v.is_ptr() && v.as_ptr()->type->layout == Layout::Long);
}
// Converts an int-like value (int, bool) to BigInt.
BigInt to_bigint(Value v);
// int(v) when v is an int; fails with OverflowError if it does not fit.
Status int_to_i64(VM& vm, Value v, int64_t& out);
// operator.index(v) -> int value
Value index_value(VM& vm, Value v);
Status index_i64(VM& vm, Value v, int64_t& out);  // __index__ then to int64 (OverflowError)
// Py_ssize_t semantics: clamps big values for slicing
Status index_clamped(VM& vm, Value v, int64_t& out);
// float(v) for int/float/__float__
Status to_double(VM& vm, Value v, double& out);
Value int_from_str(VM& vm, std::string_view s, int base);  // int(str, base) incl. errors
Value int_repr(VM& vm, Value v);

// ---------- complex (complex.cpp) ----------
Value new_complex(VM& vm, double real, double imag);
// The parts of a complex (or of a complex subclass instance); false for anything else.
bool complex_parts(VM& vm, Value v, double& real, double& imag);
// base ** exp for a negative finite base and a non-integral exponent (float.__pow__'s
// complex result), with complex.__pow__'s errors.
Value complex_pow_reals(VM& vm, double base, double exp);
// An argument as a complex, as PyComplex_AsCComplex: a complex, __complex__, or a real
// number (float, int, __float__, __index__; else "must be real number, not T").
Status complex_arg(VM& vm, Value v, double& real, double& imag);
// a / b with complex division's algorithm; false (and no result) when b is zero.
bool complex_quot(double ar, double ai, double br, double bi, double& real, double& imag);

// ---------- strings ----------
Value new_str(VM& vm, std::string_view utf8);
Value new_str_char(VM& vm, uint32_t codepoint);
inline Str* as_str(Value v) { return v.as<Str>(); }
inline bool is_str(Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::Str; }
int64_t str_hash(Str* s);
bool str_eq(Str* a, Str* b);
// code point helpers (UTF-8)
size_t utf8_offset(Str* s, int64_t cp_index);  // byte offset of code point cp_index
uint32_t utf8_decode(const char*& p);         // decode one code point and advance
void utf8_append(std::string& out, uint32_t cp);
std::string str_repr_utf8(std::string_view s);  // repr() of a str's contents
Value str_concat(VM& vm, Str* a, Str* b);
Value str_getitem(VM& vm, Str* s, Value key);
Value str_format_percent(VM& vm, Str* fmt, Value args);  // str % args
Value format_value(VM& vm, Value v, Value spec);        // format(v, spec)

// ---------- bytes ----------
Value new_bytes(VM& vm, std::string_view data);
Value new_bytearray(VM& vm, std::string_view data);

// ---------- tuples ----------
Tuple* new_tuple(VM& vm, size_t n);  // items are None; nullptr on MemoryError
Value new_tuple_from(VM& vm, const Value* items, size_t n);
inline bool is_tuple(Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::Tuple; }

// ---------- lists ----------
List* new_list(VM& vm, size_t capacity = 0);
Value new_list_from(VM& vm, const Value* items, size_t n);
Status list_append(VM& vm, List* l, Value v);
Status list_extend(VM& vm, List* l, Value iterable);
Status list_resize(VM& vm, List* l, size_t n);
inline bool is_list(Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::List; }
// stable sort with optional key function; Status::Error if a comparison raised
Status list_sort(VM& vm, List* l, Value key, bool reverse);
// Builds a list from any iterable.
Value sequence_to_list(VM& vm, Value iterable);
// Returns a tuple or list as-is, otherwise a new list (PySequence_Fast).
Value sequence_fast(VM& vm, Value iterable, const char* errmsg);

// ---------- dicts ----------
Dict* new_dict(VM& vm, size_t capacity = 0);
inline bool is_dict(Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::Dict; }
Value dict_get(VM& vm, Dict* d, Value key);     // null if missing or error (check vm.exc)
Value dict_get_str(Dict* d, Str* key);          // never calls Python code
Value dict_get_cstr(VM& vm, Dict* d, const char* key);
Status dict_set(VM& vm, Dict* d, Value key, Value value);
Status dict_set_str(VM& vm, Dict* d, Str* key, Value value);
Status dict_set_cstr(VM& vm, Dict* d, const char* key, Value value);
int dict_del(VM& vm, Dict* d, Value key);       // 1 deleted, 0 missing, -1 error
Status dict_merge(VM& vm, Dict* d, Value other, bool override);  // d.update(other)
Dict* dict_copy(VM& vm, Dict* d);
// iteration: returns false at the end; pos starts at 0
bool dict_next(Dict* d, uint32_t& pos, Value& key, Value& value);

// ---------- sets ----------
Set* new_set(VM& vm, bool frozen);
inline bool is_set(Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::Set; }
Status set_add(VM& vm, Set* s, Value key);
int set_contains(VM& vm, Set* s, Value key);  // -1 error
int set_discard(VM& vm, Set* s, Value key);   // 1 removed, 0 missing, -1 error
Status set_update(VM& vm, Set* s, Value iterable);
bool set_next(Set* s, uint32_t& pos, Value& key);

// ---------- misc objects ----------
Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step);
Value new_slice(VM& vm, Value start, Value stop, Value step);
// slice.indices semantics; returns length
Status slice_indices(VM& vm, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step, int64_t& slicelength);
Value new_cell(VM& vm, Value v);
Value new_module(VM& vm, Str* name);
Value new_method(VM& vm, Value func, Value self);
Value new_iter(VM& vm, Type* t, Value seq, int64_t index = 0, int64_t end = 0);

// ---------- instances and classes ----------
Value new_instance(VM& vm, Type* t);  // allocates by t->layout (Instance or Exception)
Value instance_get(Instance* o, Str* name);  // null if absent
bool is_member(VM& vm, Value d);             // a __slots__ member descriptor (type.cpp)
Status instance_set(VM& vm, Instance* o, Str* name, Value v);
int instance_del(VM& vm, Instance* o, Str* name);  // 1 deleted, 0 missing
Value instance_dict(VM& vm, Instance* o);  // switches to dict mode; returns the Dict
Status type_slot_names(VM& vm, Type* t, std::vector<Str*>& out);  // copyreg._slotnames order
Shape* shape_add(VM& vm, Shape* s, Str* name);
int shape_find(Shape* s, Str* name);  // slot index or -1
Value build_class(VM& vm, Value meta, Str* name, Tuple* bases, Dict* ns, Value kwnames_kwargs_dict);
Status compute_mro(VM& vm, Type* t);

// ---------- exceptions ----------
Value new_exception(VM& vm, Type* t, Value args_tuple);
Value new_exception_msg(VM& vm, Type* t, std::string_view msg);
inline bool is_exception(VM& vm, Value v) { return v.is_ptr() && v.as_ptr()->type->layout == Layout::Exception; }
Value exception_str(VM& vm, Value exc);

// ---------- the abstract protocol ----------
Value repr(VM& vm, Value v);  // a Str value
Value str(VM& vm, Value v);
Value ascii(VM& vm, Value v);
Status hash(VM& vm, Value v, int64_t& out);
int truthy(VM& vm, Value v);  // 1, 0, or -1 on error
Value getattr(VM& vm, Value obj, Str* name);
Value getattr_opt(VM& vm, Value obj, Str* name);  // AttributeError -> null, no exception
Value getattr_cstr(VM& vm, Value obj, const char* name);
Status setattr(VM& vm, Value obj, Str* name, Value v);
Status delattr(VM& vm, Value obj, Str* name);
Value generic_getattr(VM& vm, Value obj, Str* name, bool suppress);  // object.__getattribute__
Status generic_setattr(VM& vm, Value obj, Str* name, Value v);      // object.__setattr__ (v null = delete)
// Method lookup for LOAD_METHOD: if the attribute is a plain function found on the type,
// returns it with *unbound = true (call it with obj prepended); else the bound attribute.
Value get_method(VM& vm, Value obj, Str* name, bool* unbound);
Value getitem(VM& vm, Value obj, Value key);
Status setitem(VM& vm, Value obj, Value key, Value v);
Status delitem(VM& vm, Value obj, Value key);
Value binary_op(VM& vm, Value a, Value b, BinOp op, bool inplace);
Value compare(VM& vm, Value a, Value b, CmpOp op);
int eq(VM& vm, Value a, Value b);  // 1, 0, -1 error; identity implies equal
int compare_bool(VM& vm, Value a, Value b, CmpOp op);
int contains(VM& vm, Value container, Value item);
Value unary_neg(VM& vm, Value v);
Value unary_pos(VM& vm, Value v);
Value unary_invert(VM& vm, Value v);
Value get_iter(VM& vm, Value v);
Value iter_next(VM& vm, Value it);  // null & no exc: exhausted
Status length(VM& vm, Value v, int64_t& out);
Value call(VM& vm, Value callable, Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call0(VM& vm, Value callable);
Value call1(VM& vm, Value callable, Value a);
Value call2(VM& vm, Value callable, Value a, Value b);
Value call_method(VM& vm, Value obj, Str* name, Value* args, size_t nargs);  // obj.name(*args)
// Calls with an explicit args tuple and kwargs dict (CALL_FUNCTION_EX).
Value call_ex(VM& vm, Value callable, Value args_tuple, Value kwargs_dict);
// Special-method lookup on the type (skips the instance), bound to obj; null if absent.
Value lookup_special(VM& vm, Value obj, Str* name);
Value is_callable(VM& vm, Value v);
// Keyword-argument helpers for natives: find a keyword value by name; null if absent.
Value kwarg(Tuple* kwnames, Value* args, size_t nargs, const char* name);
Status no_kwargs(VM& vm, const char* fname, Tuple* kwnames);
// Parses natives' (args, kwnames) against a list of parameter names. out[i] null if absent.
Status parse_args(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames,
                  const char* const* names, size_t nnames, size_t nrequired, Value* out,
                  size_t npos_only = 0);

// ---------- output ----------
void write_stdout(VM& vm, std::string_view s);
void write_stderr(VM& vm, std::string_view s);

// Module initialisers: each runtime file registers its types' methods and its modules.
void init_object(VM& vm);      // type.cpp
void init_int(VM& vm);         // int.cpp
void init_float(VM& vm);       // float.cpp
void init_complex(VM& vm);     // complex.cpp
void init_str(VM& vm);         // str.cpp
void init_bytes(VM& vm);       // bytes.cpp
void init_memoryview(VM& vm);  // memoryview.cpp (after init_builtins)
void init_tuple_list(VM& vm);  // list.cpp
void init_dict(VM& vm);        // dict.cpp
void init_set(VM& vm);         // set.cpp
void init_misc(VM& vm);        // misc.cpp: range, slice, iterators, property, cell...
void init_exceptions(VM& vm);  // exceptions.cpp
void init_builtins(VM& vm);    // builtins.cpp: the builtins module
void init_builtins_extra(VM& vm);  // builtins_more.cpp: the rest of the builtin functions
void init_sys(VM& vm);         // modules/sys.cpp
void init_sys_module_names(VM& vm);  // modules/sys.cpp: sys.builtin_module_names, after all inits
void init_math(VM& vm);        // modules/math.cpp
void init_time(VM& vm);        // modules/time.cpp
void init_itertools(VM& vm);   // modules/itertools.cpp
void init_collections(VM& vm); // modules/collections.cpp: _collections
void init_io(VM& vm);          // modules/io.cpp: _io (and builtins.open)
void init_struct(VM& vm);      // modules/struct.cpp: _struct
void init_functools(VM& vm);   // modules/functools.cpp: _functools
void init_thread(VM& vm);      // modules/thread.cpp: _thread (one thread)
void init_weakref(VM& vm);     // modules/weakref.cpp: _weakref (strong references for now)
void init_union(VM& vm);       // union.cpp: types.UnionType (int | str)
// X | Y for types, unions and GenericAliases (union.cpp); NotImplemented for other operands.
Value union_or(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);
Value union_ror(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);
void init_sre(VM& vm);         // modules/sre.cpp: _sre (the engine of re)
void init_string(VM& vm);      // modules/string.cpp: _string
void init_random(VM& vm);      // modules/random.cpp: _random, _sha512
void init_operator(VM& vm);    // modules/operator.cpp: _operator
void init_atexit(VM& vm);      // modules/atexit.cpp: atexit
void init_gc(VM& vm);          // modules/gc.cpp: gc
void init_select(VM& vm);      // modules/select.cpp: select
void init_signal(VM& vm);      // modules/signal.cpp: _signal
void init_socket(VM& vm);      // modules/socket.cpp: _socket
void init_posixsubprocess(VM& vm);  // modules/posixsubprocess.cpp: _posixsubprocess
void init_codecs(VM& vm);      // modules/codecs.cpp: _codecs
void init_contextvars(VM& vm); // modules/contextvars.cpp: _contextvars
void init_cmath(VM& vm);       // modules/cmath.cpp: cmath
void init_csv(VM& vm);         // modules/csv.cpp: _csv
void init_ast(VM& vm);         // modules/ast.cpp: _ast (the node classes)
void init_warnings(VM& vm);    // modules/warnings.cpp: _warnings
void init_binascii(VM& vm);    // modules/binascii.cpp: binascii
void init_array(VM& vm);       // modules/array.cpp: array
void init_hashes(VM& vm);      // modules/hashobject.cpp: _md5, _sha1, _sha256
void init_sha3(VM& vm);        // modules/sha3.cpp: _sha3
void init_blake2(VM& vm);      // modules/blake2.cpp: _blake2
void init_heapq(VM& vm);       // modules/heapq.cpp: _heapq
void init_taipan_module(VM& vm);  // modules/taipan.cpp: taipan
void init_js_module(VM& vm);   // web/js_module.cpp: js (WebAssembly builds only)
void init_bisect(VM& vm);      // modules/bisect.cpp: _bisect
void init_zlib(VM& vm);        // modules/zlib.cpp: zlib (builds with TAIPAN_HAVE_ZLIB only)
// Runs the atexit callbacks (last registered first) and clears them; errors are reported.
void atexit_run(VM& vm);
void init_posix(VM& vm);       // modules/posix.cpp: posix, errno
// Registry of native modules, imported by name.
using ModuleInit = Value (*)(VM& vm);
void register_native_module(VM& vm, const char* name, ModuleInit init);
Value find_native_module(VM& vm, std::string_view name);  // null if none

}  // namespace taipan::runtime
