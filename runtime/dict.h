// dict and set internals shared with the interpreter and other runtime files.
#pragma once
#include "runtime/objects.h"

namespace taipan::runtime {

Value dict_getitem(VM& vm, Dict* d, Value key);  // raises KeyError(key)
Value dict_iter_next(VM& vm, Iter* it);          // null with no exception when exhausted
Value dict_repr(VM& vm, Dict* d);
Value set_iter_next(VM& vm, Iter* it);
Status frozenset_hash(VM& vm, Set* s, int64_t& out);
// Guards against infinite recursion in repr of self-containing containers.
// Returns 1 if `v` is already being repr'd (caller prints "..."), 0 if entered, -1 on error.
int repr_enter(VM& vm, Value v);
void repr_leave(VM& vm, Value v);

}  // namespace taipan::runtime
