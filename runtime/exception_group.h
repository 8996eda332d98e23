// BaseExceptionGroup and ExceptionGroup (PEP 654), and the two operations `except*` needs
// (runtime/exception_group.cpp). The interpreter's CHECK_EG_MATCH and PREP_RERAISE_STAR
// call these; the traceback printer reads a group's exceptions.
#pragma once
#include "runtime/objects.h"

namespace taipan::runtime {

// A group's exceptions tuple; nullptr when v is not a BaseExceptionGroup instance.
Tuple* exception_group_items(VM& vm, Value v);

// CHECK_EG_MATCH: match/rest of exc against an `except*` clause's type (or tuple of types),
// each None when empty. A naked exception that matches is wrapped in ExceptionGroup("", [exc]),
// which has no traceback (as in 3.11; 3.12 gives it the current frame).
Status exception_group_match(VM& vm, Value exc, Value match_type, Value& match, Value& rest);

// PREP_RERAISE_STAR: what a try/except* statement raises at its end, from the exception it
// caught (orig) and the list of exceptions its clauses raised or re-raised plus the unmatched
// rest (None entries are skipped). Re-raised parts keep orig's nesting; newly raised ones
// become their siblings in a new group. None when there is nothing to raise.
Value prep_reraise_star(VM& vm, Value orig, Value excs);

void init_exception_groups(VM& vm);  // called by init_exceptions

}  // namespace taipan::runtime
