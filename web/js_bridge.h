// Between the `js` module (web/js_module.cpp), the page glue (web/glue.cpp) and the JS half
// (web/bridge.js): how values cross between Python and JavaScript.
//
// A value in transit is a JsVal, 16 bytes in the wasm memory that both sides read:
//   tag   what it is (JsTag)
//   ref   a JS handle, a Python reference id, or a pointer (string bytes, nested JsVals)
//   num   a number, or the byte/element count for a pointer
// Strings that JavaScript hands to C++ are malloc'd by JS and freed by from_js; what C++
// hands to JavaScript (strings, arrays) lives in an Arena until the call returns.
//
// Lifetimes: a JS value Python holds is a handle (an index in web/bridge.js's table) owned by
// one JsProxy object, released by its finalizer when Taipan's GC frees it. A Python object
// JavaScript holds is a reference id (an index in this VM's pyref table, a GC root) owned by
// one JS proxy, released through the JS FinalizationRegistry when V8 frees the proxy. A
// cycle through both heaps is not collected (docs/browser.md).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "runtime/objects.h"
#include "runtime/vm.h"

namespace taipan::web {

using runtime::Status;
using runtime::Value;
using runtime::VM;

enum JsTag : int32_t {
  kUndefined = 0,
  kNull = 1,
  kBool = 2,     // num: 0 or 1
  kInt = 3,      // num: an integral double (|x| <= 2**53)
  kFloat = 4,    // num
  kStr = 5,      // ref: UTF-8 bytes, num: their count
  kJsObj = 6,    // ref: a JS handle
  kPyObj = 7,    // ref: a pyref id (JS wraps it in a proxy; given back, the object itself)
  kBigInt = 8,   // ref/num: decimal digits, as kStr
  kArray = 9,    // ref: JsVal[num]
  kObject = 10,  // ref: JsVal[2 * num], key and value pairs (keys are kStr)
  kBytes = 11,   // ref/num: bytes (a Uint8Array copy on the JS side)
  kPyCoro = 12,  // ref: a pyref id of a coroutine; JS makes a Promise that drives it
};

struct JsVal {
  int32_t tag;
  uint32_t ref;
  double num;
};
static_assert(sizeof(JsVal) == 16, "web/bridge.js reads JsVal as 16 bytes");

// Storage for what C++ hands to JavaScript, alive until the call returns.
struct Arena {
  std::deque<std::string> bytes;
  std::deque<std::vector<JsVal>> vals;
};

// Python -> JS by docs/browser.md's rules; Error with a Python exception (unconvertible dict
// keys, nesting deeper than 64: a cycle).
Status to_js(VM& vm, Value v, JsVal& out, Arena& arena, int depth = 0);
// JS -> Python; frees what JavaScript malloc'd for `v`. Null with an exception on failure.
Value from_js(VM& vm, const JsVal& v);
// A js.JsException for the JavaScript value `jsval` (its .js_error), not raised.
Value make_js_exception(VM& vm, Value jsval);
// Raises js.JsException for the JavaScript exception the last bridge call left pending.
Value raise_pending_js_error(VM& vm);

// The VM that most recently imported `js` (the glue's calls from JavaScript go to it when
// no tp_init made one: the Node command line).
VM* js_vm();

// The pyref table: Python objects held by JavaScript proxies (GC roots).
uint32_t pyref_hold(VM& vm, Value v);
Value pyref_get(VM& vm, uint32_t id);  // null if unknown
void pyref_release(VM& vm, uint32_t id);

}  // namespace taipan::web

// The JS half (web/bridge.js, through web/library_taipan.js). Each returns 0, or -1 with a
// JavaScript exception pending (taken by taipan_js_take_error).
extern "C" {
int taipan_js_get(uint32_t h, const taipan::web::JsVal* key, taipan::web::JsVal* out);
int taipan_js_set(uint32_t h, const taipan::web::JsVal* key, const taipan::web::JsVal* value);
int taipan_js_delete(uint32_t h, const taipan::web::JsVal* key);
int taipan_js_has(uint32_t h, const taipan::web::JsVal* key);  // 1, 0 or -1
int taipan_js_call(uint32_t f, uint32_t self, const taipan::web::JsVal* args, int nargs, taipan::web::JsVal* out);
int taipan_js_new(uint32_t f, const taipan::web::JsVal* args, int nargs, taipan::web::JsVal* out);
double taipan_js_length(uint32_t h);                           // -1: no numeric length
int taipan_js_to_array(uint32_t h, taipan::web::JsVal* out);   // Array.from(h)
int taipan_js_to_py(uint32_t h, taipan::web::JsVal* out);      // deep: arrays and plain objects
int taipan_js_describe(uint32_t h, int what, taipan::web::JsVal* out);  // 0 String(x), 1 typeof
int taipan_js_truthy(uint32_t h);
int taipan_js_equal(uint32_t a, uint32_t b);
int taipan_js_is_function(uint32_t h);
uint32_t taipan_js_identity(uint32_t h);
void taipan_js_release(uint32_t h);
int taipan_js_make(const taipan::web::JsVal* v, taipan::web::JsVal* out);  // v as a JS value, objects as handles
int taipan_js_view(const void* p, uint32_t nbytes, const char* kind, taipan::web::JsVal* out);
void taipan_js_take_error(taipan::web::JsVal* out);
}
