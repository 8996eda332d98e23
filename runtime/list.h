// tuple, list, range, slice and the generic iterators: functions the interpreter's fast
// paths and other runtime files call directly.
#pragma once
#include "runtime/objects.h"

namespace taipan::runtime {

Value list_getitem(VM& vm, List* l, Value key);
Status list_setitem(VM& vm, List* l, Value key, Value v);
Value tuple_getitem(VM& vm, Tuple* t, Value key);
Value list_repr(VM& vm, List* l);
Value tuple_repr(VM& vm, Tuple* t);
Status tuple_hash(VM& vm, Tuple* t, int64_t& out);
Value seq_iter_next(VM& vm, Iter* it);   // list, tuple and reverse list iterators
Value misc_iter_next(VM& vm, Iter* it);  // enumerate, zip, map, filter, reversed, seq, callable
// Rich comparison of two sequences' items (lexicographic).
Value sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CmpOp op);

}  // namespace taipan::runtime
