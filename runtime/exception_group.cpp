// BaseExceptionGroup and ExceptionGroup with CPython 3.11's rules and messages, and the
// runtime half of `except*`.
//
// A group is an Exception-layout instance whose group_message (a str, or an instance of a str
// subclass) and group_exceptions (an exact Tuple, never empty) are set by
// BaseExceptionGroup.__new__; both are read-only from Python. ExceptionGroup's bases are
// (BaseExceptionGroup, Exception): the type table creates it under BaseExceptionGroup and
// init_exception_groups adds Exception to its bases and MRO.
//
// split/subgroup walk a group recursively (bounded by the recursion limit, as in CPython).
// A part is made by calling the original group's derive() (so subclasses choose the part's
// type) and copying __traceback__, __cause__, __context__ and a copy of __notes__ onto it.
// Matching is by type (a class or a tuple of classes), by predicate (a Python function) or,
// for PREP_RERAISE_STAR, by the identity of leaf exceptions.
#include <unordered_set>

#include "runtime/exception_group.h"
#include "runtime/list.h"

namespace taipan::runtime {

namespace {

bool is_group(VM& vm, Value v) { return is_exception(vm, v) && isinstance(vm, v, vm.BaseExceptionGroup); }

Tuple* items_of(VM& vm, Value group) {
  Value t = group.as<Exception>()->group_exceptions;
  return (is_tuple(t) ? t : vm.empty_tuple).as<Tuple>();
}

bool is_exception_class(VM& vm, Value v) {
  return is_layout(v, Layout::Type) && is_subtype(v.as<Type>(), vm.BaseException);
}

// PySequence_Check: anything with __getitem__ except mappings of the dict family.
bool is_sequence(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (is_subtype(t, vm.dict_type)) return false;
  return !type_lookup(t, vm.s_getitem).is_null();
}

// ---------- construction ----------

// BaseExceptionGroup.__new__(cls, message, exceptions); keyword arguments are left to __init__.
Value group_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type))
    return raise(vm, vm.TypeError, "BaseExceptionGroup.__new__(X): X is not a type object (%s)",
                 nargs ? type_name(vm, args[0]) : "NULL");
  Type* cls = args[0].as<Type>();
  if (!is_subtype(cls, vm.BaseExceptionGroup))
    return raise(vm, vm.TypeError, "BaseExceptionGroup.__new__(%N): %N is not a subtype of BaseExceptionGroup",
                 cls->name, cls->name);
  if (nargs != 3)
    return raise(vm, vm.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs - 1);
  Value message = args[1], seq = args[2];
  if (!isinstance(vm, message, vm.str_type))
    return raise(vm, vm.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                 type_name(vm, message));
  if (!is_sequence(vm, seq)) return raise(vm, vm.TypeError, "second argument (exceptions) must be a sequence");
  Root rm(vm, message), rcls(vm, Value::ptr(cls));
  Root excs(vm, seq);
  if (!is_exact(seq, vm.tuple_type)) {
    Value l = sequence_to_list(vm, seq);
    if (l.is_null()) return l;
    excs = l;
    excs = new_tuple_from(vm, l.as<List>()->items, l.as<List>()->size);
    if (excs.get().is_null()) return Value::null();
  }
  Tuple* t = excs.get().as<Tuple>();
  if (t->size == 0) return raise(vm, vm.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (uint32_t i = 0; i < t->size; i++) {
    if (!is_exception(vm, t->items[i]))
      return raise(vm, vm.ValueError, "Item %u of second argument (exceptions) is not an exception", unsigned(i));
    if (!isinstance(vm, t->items[i], vm.Exception)) nested_base = true;
  }
  if (cls == vm.ExceptionGroup) {
    if (nested_base) return raise(vm, vm.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == vm.BaseExceptionGroup) {
    if (!nested_base) cls = vm.ExceptionGroup;
  } else if (nested_base && is_subtype(cls, vm.Exception)) {
    return raise(vm, vm.TypeError, "Cannot nest BaseExceptions in '%N'", cls->name);
  }
  Value all = new_tuple_from(vm, args + 1, nargs - 1);
  if (all.is_null()) return all;
  Value e = new_exception(vm, cls, all);
  if (e.is_null()) return e;
  e.as<Exception>()->group_message = message;
  e.as<Exception>()->group_exceptions = excs;
  return e;
}

Value group_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size)
    return raise(vm, vm.TypeError, "%N() takes no keyword arguments", type_of(vm, self)->name);
  if (!is_exception(vm, self)) return Value::none();
  Root rs(vm, self);
  Value t = new_tuple_from(vm, args, nargs);
  if (t.is_null()) return t;
  self.as<Exception>()->args = t;
  return Value::none();
}

Value group_str(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_group(vm, self)) return raise(vm, vm.TypeError, "descriptor '__str__' requires a 'BaseExceptionGroup' object");
  Value msg = self.as<Exception>()->group_message;
  uint32_t n = items_of(vm, self)->size;
  Value s = str(vm, msg.is_null() ? Value::none() : msg);
  if (s.is_null()) return s;
  std::string out(as_str(s)->view());
  out += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s)" : ")");
  return new_str(vm, out);
}

Value group_message_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value m = self.as<Exception>()->group_message;
  return m.is_null() ? Value::none() : m;
}
Value group_exceptions_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value t = self.as<Exception>()->group_exceptions;
  return t.is_null() ? Value::none() : t;
}
Value readonly_set(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.AttributeError, "readonly attribute");
}

// derive(excs): a group like self (same message) holding excs; subclasses override it.
Value group_derive(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value msg = self.as<Exception>()->group_message;
  return call2(vm, Value::ptr(vm.BaseExceptionGroup), msg.is_null() ? Value::none() : msg, args[0]);
}

// ---------- split ----------

enum class MatchBy { Type, Predicate, LeafIdentity };

struct Matcher {
  MatchBy by;
  Value value;  // the type, tuple of types or function (rooted by the caller)
  const std::unordered_set<Object*>* leaves = nullptr;
};

Status matcher_for(VM& vm, Value v, Matcher& m) {
  m.value = v;
  if (is_layout(v, Layout::Function)) {
    m.by = MatchBy::Predicate;
    return Status::Ok;
  }
  m.by = MatchBy::Type;
  if (is_exception_class(vm, v)) return Status::Ok;
  if (is_exact(v, vm.tuple_type)) {
    Tuple* t = v.as<Tuple>();
    bool ok = true;
    for (uint32_t i = 0; i < t->size && ok; i++) ok = is_exception_class(vm, t->items[i]);
    if (ok) return Status::Ok;
  }
  raise(vm, vm.TypeError, "expected a function, exception type or tuple of exception types");
  return Status::Error;
}

// PyErr_GivenExceptionMatches for an instance against a class or a tuple of classes.
bool given_matches(VM& vm, Value exc, Value cls) {
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (given_matches(vm, exc, t->items[i])) return true;
    return false;
  }
  return is_layout(cls, Layout::Type) && isinstance(vm, exc, cls.as<Type>());
}

int matches(VM& vm, Value exc, const Matcher& m) {
  switch (m.by) {
    case MatchBy::Type: return given_matches(vm, exc, m.value);
    case MatchBy::Predicate: {
      Value r = call1(vm, m.value, exc);
      if (r.is_null()) return -1;
      return truthy(vm, r);
    }
    case MatchBy::LeafIdentity: return !is_group(vm, exc) && m.leaves->count(exc.as_ptr()) != 0;
  }
  return 0;
}

// A part of orig holding parts (a List): orig.derive(parts) with orig's metadata; null
// (without an error) when parts is empty.
Status make_part(VM& vm, Value orig, Value parts, Root& out) {
  out = Value::null();
  if (parts.as<List>()->size == 0) return Status::Ok;
  Root ro(vm, orig), rp(vm, parts);
  Value eg = call_method(vm, orig, vm.intern("derive"), &parts, 1);
  if (eg.is_null()) return Status::Error;
  if (!is_group(vm, eg)) {
    raise(vm, vm.TypeError, "derive must return an instance of BaseExceptionGroup");
    return Status::Error;
  }
  out = eg;
  Exception* o = orig.as<Exception>();
  Exception* e = eg.as<Exception>();
  if (!o->traceback.is_none()) e->traceback = o->traceback;
  e->context = o->context;
  e->cause = o->cause;
  e->suppress_context = true;  // as PyException_SetCause does
  Value notes = getattr_opt(vm, orig, vm.s_notes);
  if (notes.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
  if (!is_sequence(vm, notes)) return Status::Ok;  // not a sequence: ignored, as CPython does
  Value copy = sequence_to_list(vm, notes);
  if (copy.is_null()) return Status::Error;
  return setattr(vm, out.get(), vm.s_notes, copy);
}

// Splits exc into the parts that match and (when want_rest) the parts that do not; each out
// value is null when that part is empty. A group that matches as a whole is kept as it is.
Status split(VM& vm, Value exc, const Matcher& m, bool want_rest, Root& match, Root& rest) {
  match = Value::null();
  rest = Value::null();
  Root re(vm, exc);
  int hit = matches(vm, exc, m);
  if (hit < 0) return Status::Error;
  if (hit) {
    match = exc;
    return Status::Ok;
  }
  if (!is_group(vm, exc)) {
    if (want_rest) rest = exc;
    return Status::Ok;
  }
  RecursionGuard guard(vm);
  if (!guard.enter(" in exceptiongroup_split_recursive")) return Status::Error;
  List* ml = new_list(vm);
  if (!ml) return raise_no_memory(vm), Status::Error;
  Root rml(vm, Value::ptr(ml));
  List* rl = nullptr;
  Root rrl(vm);
  if (want_rest) {
    rl = new_list(vm);
    if (!rl) return raise_no_memory(vm), Status::Error;
    rrl = Value::ptr(rl);
  }
  for (uint32_t i = 0; i < items_of(vm, exc)->size; i++) {
    Root sm(vm), sr(vm);
    if (failed(split(vm, items_of(vm, exc)->items[i], m, want_rest, sm, sr))) return Status::Error;
    if (!sm.get().is_null() && failed(list_append(vm, ml, sm))) return Status::Error;
    if (!sr.get().is_null() && failed(list_append(vm, rl, sr))) return Status::Error;
  }
  if (failed(make_part(vm, exc, Value::ptr(ml), match))) return Status::Error;
  if (want_rest && failed(make_part(vm, exc, Value::ptr(rl), rest))) {
    match = Value::null();
    return Status::Error;
  }
  return Status::Ok;
}

Value group_split(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Matcher m;
  if (failed(matcher_for(vm, args[0], m))) return Value::null();
  Root match(vm), rest(vm);
  if (failed(split(vm, self, m, true, match, rest))) return Value::null();
  Value pair[2] = {match.get().is_null() ? Value::none() : match.get(),
                   rest.get().is_null() ? Value::none() : rest.get()};
  return new_tuple_from(vm, pair, 2);
}

Value group_subgroup(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Matcher m;
  if (failed(matcher_for(vm, args[0], m))) return Value::null();
  Root match(vm), rest(vm);
  if (failed(split(vm, self, m, false, match, rest))) return Value::null();
  return match.get().is_null() ? Value::none() : match.get();
}

void collect_leaves(VM& vm, Value exc, std::unordered_set<Object*>& leaves) {
  // Iterative: a group's items are reachable from exc, which the caller keeps alive.
  std::vector<Value> todo{exc};
  while (!todo.empty()) {
    Value e = todo.back();
    todo.pop_back();
    if (!is_group(vm, e)) {
      if (e.is_ptr()) leaves.insert(e.as_ptr());
      continue;
    }
    Tuple* t = items_of(vm, e);
    for (uint32_t i = 0; i < t->size; i++) todo.push_back(t->items[i]);
  }
}

bool same_metadata(Value a, Value b) {
  Exception* x = a.as<Exception>();
  Exception* y = b.as<Exception>();
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

// Registers a read-only attribute whose assignment and deletion raise "readonly attribute".
void add_readonly(VM& vm, Type* t, const char* name, NativeFn get) {
  add_getter(vm, t, name, get);
  Value p = dict_get_str(t->dict, vm.intern(name));
  if (p.is_null()) return;
  Root rp(vm, p);
  Value s = new_builtin(vm, name, readonly_set, Value::null(), 0, 1, 0);
  if (s.is_null()) return;
  s.as<Builtin>()->owner = t;
  p.as<Property>()->fset = p.as<Property>()->fdel = s;
}

}  // namespace

Tuple* exception_group_items(VM& vm, Value v) { return is_group(vm, v) ? items_of(vm, v) : nullptr; }

Status exception_group_match(VM& vm, Value exc, Value match_type, Value& match, Value& rest) {
  match = rest = Value::none();
  // The clause's type: exception classes only, and no exception group classes.
  Value one = match_type;
  Tuple* many = is_tuple(match_type) ? match_type.as<Tuple>() : nullptr;
  uint32_t n = many ? many->size : 1;
  for (uint32_t i = 0; i < n; i++)
    if (!is_exception_class(vm, many ? many->items[i] : one)) {
      raise(vm, vm.TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return Status::Error;
    }
  for (uint32_t i = 0; i < n; i++)
    if (is_subtype((many ? many->items[i] : one).as<Type>(), vm.BaseExceptionGroup)) {
      raise(vm, vm.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return Status::Error;
    }
  if (exc.is_none() || !is_exception(vm, exc)) return Status::Ok;
  Root re(vm, exc), rt(vm, match_type);
  if (given_matches(vm, exc, match_type)) {
    if (is_group(vm, exc)) {
      match = exc;
      return Status::Ok;
    }
    Value items = new_tuple_from(vm, &exc, 1);
    if (items.is_null()) return Status::Error;
    Root ri(vm, items);
    Value msg = Value::ptr(vm.s_empty);
    Value g = call2(vm, Value::ptr(vm.BaseExceptionGroup), msg, items);
    if (g.is_null()) return Status::Error;
    match = g;
    return Status::Ok;
  }
  if (!is_group(vm, exc)) return Status::Ok;
  Value pair = call_method(vm, exc, vm.intern("split"), &match_type, 1);
  if (pair.is_null()) return Status::Error;
  if (!is_tuple(pair) || pair.as<Tuple>()->size != 2) {
    raise(vm, vm.TypeError, "split must return a 2-tuple");
    return Status::Error;
  }
  match = pair.as<Tuple>()->items[0];
  rest = pair.as<Tuple>()->items[1];
  return Status::Ok;
}

Value prep_reraise_star(VM& vm, Value orig, Value excs) {
  List* l = excs.as<List>();
  if (l->size == 0) return Value::none();
  // A naked exception was caught (and wrapped for the clause that matched it): at most one
  // clause ran, so there is at most one exception to raise.
  if (!is_group(vm, orig)) return l->items[0];
  Root ro(vm, orig), rx(vm, excs);
  List* raised = new_list(vm);
  if (!raised) return raise_no_memory(vm);
  Root rr(vm, Value::ptr(raised));
  std::unordered_set<Object*> leaves;
  for (uint32_t i = 0; i < l->size; i++) {
    Value e = l->items[i];
    if (e.is_none()) continue;
    if (is_exception(vm, e) && same_metadata(e, orig)) {
      collect_leaves(vm, e, leaves);  // re-raised: its leaves keep their place in orig
    } else if (failed(list_append(vm, raised, e))) {
      return Value::null();
    }
  }
  // The re-raised leaves, projected onto orig's nesting.
  Matcher m{MatchBy::LeafIdentity, Value::null(), &leaves};
  Root reraised(vm), unused(vm);
  if (failed(split(vm, orig, m, false, reraised, unused))) return Value::null();
  if (raised->size == 0) return reraised.get().is_null() ? Value::none() : reraised.get();
  if (!reraised.get().is_null() && failed(list_append(vm, raised, reraised))) return Value::null();
  if (raised->size == 1) return raised->items[0];
  return call2(vm, Value::ptr(vm.BaseExceptionGroup), Value::ptr(vm.s_empty), Value::ptr(raised));
}

void init_exception_groups(VM& vm) {
  Type* beg = vm.BaseExceptionGroup;
  Type* eg = vm.ExceptionGroup;
  // ExceptionGroup(BaseExceptionGroup, Exception).
  Tuple* bases = new_tuple(vm, 2);
  if (!bases) return;
  bases->items[0] = Value::ptr(beg);
  bases->items[1] = Value::ptr(vm.Exception);
  eg->bases = bases;
  Tuple* mro = new_tuple(vm, 5);
  if (!mro) return;
  Type* order[5] = {eg, beg, vm.Exception, vm.BaseException, vm.object_type};
  for (int i = 0; i < 5; i++) mro->items[i] = Value::ptr(order[i]);
  eg->mro = mro;
  static const MethodDef methods[] = {
      {"__new__", group_new, 1, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__init__", group_init, 0, -1, kBuiltinKeywords},
      {"__str__", group_str, 0, 0, 0},
      {"derive", group_derive, 1, 1, 0},
      {"split", group_split, 1, 1, 0},
      {"subgroup", group_subgroup, 1, 1, 0},
  };
  add_methods(vm, beg, methods);
  add_readonly(vm, beg, "message", group_message_get);
  add_readonly(vm, beg, "exceptions", group_exceptions_get);
  add_class_getitem(vm, beg);
  type_modified(vm, eg);
}

}  // namespace taipan::runtime
