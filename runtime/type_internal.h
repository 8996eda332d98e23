// What runtime/type.cpp (shapes, attribute lookup, class creation, construction, super) and
// runtime/type_methods.cpp (the Python-visible methods and the types' registration) share.
#pragma once
#include "runtime/objects.h"

namespace taipan::runtime {

Value type_getattr(VM& vm, Type* t, Str* name, bool suppress);  // type.__getattribute__'s lookup
Value member_get(VM& vm, Wrapper* m, Value obj);                // a __slots__ member's value
Value member_missing(VM& vm, Value obj, Str* name);             // its AttributeError
// object.__new__, object.__init__, a builtin type's __new__, super.__new__
Value object_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);
Value object_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);
Value builtin_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);
Value super_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan::runtime
