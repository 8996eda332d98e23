// int and float arithmetic shared by the interpreter's fast paths and the int/float types.
#pragma once
#include "runtime/numfmt.h"
#include "runtime/objects.h"

namespace taipan::runtime {

// a op b for int/bool/float operands (exact builtin types or their unwrapped values);
// returns vm.not_implemented when either operand is not a number.
Value number_binop(VM& vm, Value a, Value b, BinOp op);
// rich comparison of two numbers (int/bool/float), exact across int and float.
Value number_compare(VM& vm, Value a, Value b, CmpOp op);
// pow(a, b, m) for ints
Value int_powmod(VM& vm, Value a, Value b, Value m);
int64_t hash_double(double d);
int64_t identity_hash(Value v);
// Unwraps an int/float subclass instance to its base value (or returns v).
Value number_value(VM& vm, Value v);
bool is_number(VM& vm, Value v);
// Called by `type(...)`-style construction.
Value type_call(VM& vm, Type* t, Value* args, size_t nargs, Tuple* kwnames);
// int/float methods beyond the arithmetic core (int.cpp calls it from init_int).
void init_int_extra(VM& vm);

}  // namespace taipan::runtime
