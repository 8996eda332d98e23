// Reading CPython's marshal format and .pyc files into Taipan objects.
//
// .pyc layout (3.7+): 4-byte magic (version number LE16 + "\r\n"), 4-byte flags, then either
// mtime+source size or a source hash (8 bytes), then one marshalled code object.
// Every malformed input ends in a Python exception (ValueError/EOFError/ImportError), never a
// crash: all reads are bounds-checked and recursion depth is capped.
#pragma once
#include <string>
#include <string_view>

#include "runtime/objects.h"

namespace taipan::interp {

using runtime::Value;
using runtime::VM;

inline constexpr uint16_t kMagic311 = 3495;

// Unmarshals one object (as marshal.loads).
Value unmarshal(VM& vm, std::string_view data);
// Loads a .pyc image: checks the header and returns the module's code object.
Value load_pyc(VM& vm, std::string_view data, std::string_view path);
// Names the CPython version a magic number belongs to ("3.10"), or "" if unknown.
const char* magic_version(uint16_t magic);
// Prepares a code object for execution: copies the code units, decodes the exception
// table, allocates inline caches. Called by the loader for every code object.
runtime::Status prepare_code(VM& vm, runtime::Code* code);

}  // namespace taipan::interp
