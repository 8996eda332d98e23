// Heap object layouts.
//
// Every heap object starts with an Object header: its type and the collector's word.
// The type's `layout` says which C++ struct below the object is; the collector traces an
// object through its type's trace function (runtime/heap.cpp), so adding a layout means:
//   1. add it to TAIPAN_LAYOUTS below,
//   2. define its struct here (or in the module that owns it, e.g. interp/ for generators),
//   3. give its Type a trace function (and a finalize function if it owns malloc'd memory).
//
// Objects never move. Variable-size immutable objects (str, bytes, tuple) keep their payload
// inline; growable ones (list, dict, set, instance slots) own a malloc'd buffer that their
// finalizer frees and whose size is reported to the heap (Heap::external_alloc/free), so the
// heap cap and the collection trigger see it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/bigint.h"
#include "runtime/value.h"

namespace taipan::runtime {

struct Type;
struct Marker;
struct VM;

struct Object {
  Type* type;
  uint32_t gc;     // collector bits (heap.cpp owns them)
  uint32_t flags;  // free for the layout's own use
};

// layout name, C++ struct
#define TAIPAN_LAYOUTS(X)   \
  X(Object, Object)         \
  X(Type, Type)             \
  X(Long, Long)             \
  X(Str, Str)               \
  X(Bytes, Bytes)           \
  X(ByteArray, ByteArray)   \
  X(Tuple, Tuple)           \
  X(List, List)             \
  X(Dict, Dict)             \
  X(Set, Set)               \
  X(Range, Range)           \
  X(Slice, Slice)           \
  X(Cell, Cell)             \
  X(Code, Code)             \
  X(Function, Function)     \
  X(Method, Method)         \
  X(Builtin, Builtin)       \
  X(Module, Module)         \
  X(Instance, Instance)     \
  X(Exception, Exception)   \
  X(Traceback, Traceback)   \
  X(Property, Property)     \
  X(Wrapper, Wrapper)       \
  X(Iter, Iter)             \
  X(Opaque, Opaque)

enum class Layout : uint8_t {
#define X(name, type) name,
  TAIPAN_LAYOUTS(X)
#undef X
};

using TraceFn = void (*)(Object*, Marker&);
using FinalizeFn = void (*)(VM&, Object*);

// Native function calling convention (vectorcall-like). `args` points at nargs positional
// values followed by len(kwnames) keyword values; kwnames is null or a Tuple of Str.
// `self` is the bound object for methods (null for plain functions). The args array is
// always rooted by the caller. Returns null with an exception pending on failure.
struct Tuple;
using NativeFn = Value (*)(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);

struct Str;
struct Dict;
struct Shape;

struct Type : Object {
  Str* name;
  Str* qualname;
  Tuple* bases;
  Tuple* mro;
  Dict* dict;
  Type* base;          // the first base (solid base chain)
  Layout layout;       // layout of instances
  uint8_t builtin_kind;  // which builtin type this is or derives from (BuiltinKind)
  uint16_t tflags;     // TypeFlags
  uint32_t version;    // bumped when this type's or a base's dict changes; 0 = never cache
  Shape* root_shape;   // shape of a fresh instance (Instance/Exception layouts)
  TraceFn trace;
  FinalizeFn finalize;
  Value subclasses;    // list of weak-ish references to direct subclasses (a List), or null
  Value native_new;    // for builtin types: Builtin implementing construction, or null
  // type_lookup's cache: interned name -> the MRO lookup's result (null: absent), valid
  // while lookup_version == version. Not traced by the GC: an entry is only read while the
  // version, and so every dict along the MRO that owns the cached value, is unchanged;
  // interned names live as long as the VM.
  static constexpr uint32_t kLookupCache = 16;
  uint32_t lookup_version;
  Str* lookup_name[kLookupCache];
  Value lookup_value[kLookupCache];
};

enum TypeFlags : uint16_t {
  kTypeHeap = 1,          // defined by a class statement
  kTypeBaseType = 2,      // may be subclassed
  kTypeHasGetattr = 4,    // some class in the MRO defines __getattr__
  kTypeHasGetattribute = 8,  // a user __getattribute__ in the MRO
  kTypeHasSetattr = 16,   // a user __setattr__/__delattr__ in the MRO
  kTypeAbstract = 32,
  kTypeHasDescr = 64,     // user data descriptors may shadow instance attributes
  kTypeInitFills = 128,   // native_new() without arguments makes an empty object that __init__ fills (deque)
  kTypeSlotsOnly = 256,   // __slots__ without __dict__ here and in every base: no other attributes
};

// An int outside the small-int range (see value.h). The magnitude's limbs are inline, in
// BigInt's format (little-endian base 2**32, no leading zero limb), and the object is
// allocated at its exact size, so the heap counts them towards collections and the cap.
// Arithmetic reads a Long into a BigInt (value()) and stores its result with new_int.
struct Long : Object {
  uint32_t size;       // limbs
  uint32_t neg;        // 1 when negative
  uint32_t limbs[1];   // `size` limbs
  static constexpr size_t kMaxLimbs = UINT32_MAX;
  static size_t bytes_for(size_t nlimbs);
  BigInt value() const {
    BigInt b;
    b.mag.assign(limbs, limbs + size);
    b.neg = neg != 0;
    return b;
  }
  bool is_zero() const { return size == 0; }
  bool is_neg() const { return neg != 0; }
  uint64_t low64() const { return size == 0 ? 0 : size == 1 ? limbs[0] : limbs[0] | uint64_t(limbs[1]) << 32; }
  bool fits_i64() const { return size <= 2 && (neg ? low64() <= uint64_t(1) << 63 : low64() < uint64_t(1) << 63); }
  int64_t to_i64() const { return neg ? int64_t(uint64_t(0) - low64()) : int64_t(low64()); }  // when fits_i64()
};
inline size_t Long::bytes_for(size_t nlimbs) { return sizeof(Object) + (2 + nlimbs) * sizeof(uint32_t); }  // limbs follow size and neg

struct Str : Object {
  int64_t hash;        // -1 until computed
  uint32_t nbytes;     // UTF-8 length
  uint32_t length;     // code points
  uint8_t ascii;       // all bytes < 0x80: byte index == code point index
  uint8_t interned;
  char data[1];        // nbytes + NUL
  std::string_view view() const { return {data, nbytes}; }
};

struct Bytes : Object {
  int64_t hash;
  uint32_t size;
  char data[1];
  std::string_view view() const { return {data, size}; }
};

struct ByteArray : Object {
  char* data;
  uint32_t size, cap;
};

struct Tuple : Object {
  int64_t hash;        // -1 until computed
  uint32_t size;
  Value items[1];
};

struct List : Object {
  Value* items;
  uint32_t size, cap;
};

struct DictEntry {
  int64_t hash;
  Value key;
  Value value;  // null marks a deleted entry
};

struct Dict : Object {
  DictEntry* entries;
  int32_t* index;         // -1 empty, -2 deleted, else entry number
  uint32_t index_size;    // power of two (0 when empty and unallocated)
  uint32_t nentries;      // entries used, including deleted
  uint32_t cap;           // entries allocated
  uint32_t size;          // live entries
  uint64_t version;       // bumped on every change of keys or values
};

struct SetEntry {
  int64_t hash;
  Value key;  // null = never used; kSetDummy = deleted
};
inline constexpr Value kSetDummy = Value::from_bits(Value::kTagSpecial | 0xFE);

struct Set : Object {  // set and frozenset; flags bit0 = frozen
  SetEntry* table;
  uint32_t mask;  // table size - 1
  uint32_t fill;  // used + dummies
  uint32_t used;
  uint32_t finger;
  int64_t hash;   // frozenset hash cache, -1 until computed
  SetEntry small[8];
};

// A range whose bounds and length fit int64 keeps them here (big is null). Otherwise `big`
// is a Tuple (start, stop, step, length) of ints and the int64 fields are unused (length is
// -1); only range.cpp reads such a range.
struct Range : Object {
  int64_t start, stop, step, length;
  Value big;
};

struct Slice : Object {
  Value start, stop, step;
};

struct Cell : Object {
  Value value;  // null when empty
};

// Exception table entry of a code object (decoded from co_exceptiontable).
struct ExcEntry {
  uint32_t start, end, target;  // in code units; [start, end)
  uint16_t depth;
  bool lasti;
};

// One inline cache of a quickened instruction (the interpreter's type feedback, which the
// JIT reads). The CACHE units after the instruction hold this entry's index.
struct InlineCache {
  uint64_t key1;    // e.g. type version / dict version
  uint64_t key2;    // e.g. shape id / builtins version
  uint32_t index;   // e.g. slot or entry index
  uint32_t count;   // hits/misses for tier-up decisions
  Value value;      // a cached object (traced)
};

struct Code : Object {
  uint32_t argcount, posonlyargcount, kwonlyargcount, stacksize, flags;
  uint32_t nlocalsplus, nlocals, ncells, nfree;
  uint32_t ncode;              // code units
  uint16_t* code;              // Taipan's own copy, quickened in place (malloc'd)
  Value co_code;               // the original bytes object (co_code)
  Tuple* consts;
  Tuple* names;
  Tuple* localsplusnames;
  Bytes* localspluskinds;
  Str* filename;
  Str* name;
  Str* qualname;
  uint32_t firstlineno;
  Bytes* linetable;
  Bytes* exceptiontable;
  ExcEntry* exc_entries;       // malloc'd
  uint32_t nexc;
  int32_t* cell2arg;           // unused in 3.11 (MAKE_CELL does the work); reserved
  InlineCache* icache;         // malloc'd, nicache entries
  uint32_t nicache;
  uint32_t calls;              // profiling counters
  uint32_t backedges;
  void* jit;                   // opaque per-code slot owned by the JIT (runtime never looks inside)
  Value version_tag;           // the CPython version this code was compiled by (small int, e.g. 311)
};

// co_flags bits
enum CodeFlags : uint32_t {
  kCoOptimized = 1, kCoNewLocals = 2, kCoVarargs = 4, kCoVarkeywords = 8, kCoNested = 16,
  kCoGenerator = 32, kCoNoFree = 64, kCoCoroutine = 128, kCoIterableCoroutine = 256,
  kCoAsyncGenerator = 512,
};
// co_localspluskinds bits
enum LocalKind : uint8_t { kLocal = 0x20, kCell = 0x40, kFree = 0x80, kHidden = 0x10, kArgVar = 0x04 };

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Value name, qualname, doc, module;
  Value defaults;      // Tuple or null
  Value kwdefaults;    // Dict or null
  Value closure;       // Tuple of Cell or null
  Value annotations;   // Dict/Tuple or null
  Value dict;          // Dict or null (function attributes)
  uint32_t func_version;
};

struct Method : Object {  // bound method
  Value func;
  Value self;
};

struct Builtin : Object {  // native function or unbound method descriptor
  NativeFn fn;
  Str* name;
  Value self;      // bound receiver (module for module functions, object for bound), or null
  Type* owner;     // for method descriptors: the type whose method this is, else null
  int16_t min_args, max_args;  // positional arity checked before the call; -1 = unchecked
  uint16_t bflags;             // BuiltinFlags
  Value doc;
};
enum BuiltinFlags : uint16_t {
  kBuiltinKeywords = 1,      // accepts keyword arguments (else passing them is a TypeError)
  kBuiltinClassMethod = 2,   // descriptor binds to the class (e.g. dict.fromkeys)
  kBuiltinStatic = 4,        // descriptor does not bind (e.g. str.maketrans)
  kBuiltinRawSelf = 8,       // gets a builtin subclass's instance as self, not the value it wraps
  kBuiltinBindsLikeFunction = 16,  // `self` is the function's own data (api/embed.cpp's index), not
                                   // a receiver; in a class it binds as a Python function does
};

struct Module : Object {
  Str* name;
  Dict* dict;
};

// Instance of a class: attributes stored by shape (hidden class), or in a dict once the
// object leaves shape mode (deletions, __dict__ access, many attributes).
struct Instance : Object {
  Shape* shape;        // null in dict mode
  Value* slots;        // malloc'd, shape->count used
  Dict* dict;          // dict mode storage, else null
  uint32_t nslots_cap;
  Value base_value;    // for subclasses of builtin value types (int, str, list, ...): the wrapped value
};

struct Exception : Instance {
  Value args;          // Tuple
  Value traceback;     // Traceback or None
  Value cause;         // exception or None
  Value context;       // exception or None
  bool suppress_context;
  bool context_chained;  // __context__ was decided where it was raised; frames it passes keep it
  Value notes;
  Value group_message;     // BaseExceptionGroup instances: the message (a str) and the
  Value group_exceptions;  // exceptions (a Tuple); null in every other exception
};

struct Traceback : Object {
  Value next;          // Traceback or None
  Code* code;
  int32_t lasti;       // instruction offset (code units)
  int32_t lineno;
  Value frame_globals; // the frame's globals (for __name__), may be null
};

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;
};

// classmethod, staticmethod: flags 1 = classmethod, 2 = staticmethod
struct Wrapper : Object {
  Value callable;
  Value dict;
};

// Generic native iterator: flags holds the IterKind. Fields are used per kind.
struct Iter : Object {
  Value seq;        // the iterated object
  Value a, b, c;    // extra references (e.g. map function, zip tuple, sentinel)
  int64_t index;
  int64_t end;      // e.g. range stop / expected size
  int64_t step;
};

// Memory owned by natives, traced by function pointers (interp/ uses it for generators).
struct Opaque : Object {
  void* data;
};

// Shapes (hidden classes): a tree from an empty root; each edge adds one attribute name.
// Shapes are owned by the VM (malloc'd, never collected); names are interned Strs, which
// the intern table keeps alive.
struct Shape {
  Shape* parent;
  Str* name;          // attribute added by this shape (null at the root)
  uint32_t index;     // slot index of `name`
  uint32_t count;     // number of attributes
  uint32_t id;        // unique id used by inline caches
  // transitions: small open list
  Shape** children;
  uint32_t nchildren, children_cap;
};

}  // namespace taipan::runtime
