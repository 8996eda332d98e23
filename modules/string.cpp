// The _string module: formatter_parser and formatter_field_name_split, the parsing half of
// str.format that string.Formatter builds on, with CPython 3.11's results and messages.
//
// formatter_parser(s) returns a "formatteriterator" yielding (literal, field_name,
// format_spec, conversion) tuples; formatter_field_name_split(name) returns (first, rest)
// where rest is a "fieldnameiterator" yielding (is_attribute, key) pairs.
//
// Both iterators are Iters (runtime/object.h): seq = the str being parsed, index = byte offset
// of the next unparsed character, end = byte offset where parsing stops. Offsets are in
// UTF-8 bytes: every delimiter the grammar knows ({ } [ ] . : !) is ASCII, so scanning bytes
// finds the same boundaries as scanning code points. The iterator types are not exposed in
// the module (as in CPython); each module function keeps its iterator type as its `self`.
#include <cstdint>
#include <string>

#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

// A field-name component as an index: its decimal value, -1 when it is empty or not all
// decimal digits; Status::Error ("Too many decimal digits") when it overflows Py_ssize_t.
Status component_index(VM& vm, std::string_view s, int64_t& out) {
  out = -1;
  if (s.empty()) return Status::Ok;
  int64_t acc = 0;
  const char* p = s.data();
  const char* e = p + s.size();
  while (p < e) {
    int d = unicode_decimal(utf8_decode(p));
    if (d < 0) return Status::Ok;
    if (acc > (INT64_MAX - d) / 10) {
      raise(vm, vm.ValueError, "Too many decimal digits in format string");
      return Status::Error;
    }
    acc = acc * 10 + d;
  }
  out = acc;
  return Status::Ok;
}

Value stop_iteration(VM& vm) { return raise_value(vm, Value::ptr(vm.StopIteration)); }

Value sub(VM& vm, std::string_view s, size_t a, size_t b) { return new_str(vm, s.substr(a, b - a)); }

// One step of the markup scanner. On success sets the pieces (field_present false means a
// literal only) and advances pos; pos also advances on error, as CPython's scanner does.
struct Markup {
  size_t lit_start = 0, lit_end = 0;
  bool field_present = false;
  size_t name_start = 0, name_end = 0;
  bool has_spec = false;
  size_t spec_start = 0, spec_end = 0;
  uint32_t conversion = 0;
};

Status parse_field(VM& vm, std::string_view s, size_t& pos, Markup& m) {
  size_t end = s.size();
  char c = 0;
  m.name_start = pos;
  while (pos < end) {
    c = s[pos++];
    if (c == '{') {
      raise(vm, vm.ValueError, "unexpected '{' in field name");
      return Status::Error;
    }
    if (c == '[') {
      while (pos < end && s[pos] != ']') pos++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  m.name_end = pos - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= end) {
        raise(vm, vm.ValueError, "end of string while looking for conversion specifier");
        return Status::Error;
      }
      const char* p = s.data() + pos;
      m.conversion = utf8_decode(p);
      pos = size_t(p - s.data());
      if (pos < end) {
        c = s[pos++];
        if (c == '}') return Status::Ok;
        if (c != ':') {
          raise(vm, vm.ValueError, "expected ':' after conversion specifier");
          return Status::Error;
        }
      }
    }
    m.has_spec = true;
    m.spec_start = pos;
    int depth = 1;
    while (pos < end) {
      c = s[pos++];
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (--depth == 0) {
          m.spec_end = pos - 1;
          return Status::Ok;
        }
      }
    }
    raise(vm, vm.ValueError, "unmatched '{' in format spec");
    return Status::Error;
  }
  if (c != '}') {
    raise(vm, vm.ValueError, "expected '}' before end of string");
    return Status::Error;
  }
  return Status::Ok;
}

// 1: produced a piece, 0: end of input, -1: error.
int markup_next(VM& vm, std::string_view s, size_t& pos, Markup& m) {
  size_t end = s.size();
  if (pos >= end) return 0;
  size_t start = pos;
  char c = 0;
  bool markup = false;
  while (pos < end) {
    c = s[pos++];
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool at_end = pos >= end;
  size_t len = pos - start;
  if (c == '}' && (at_end || s[pos] != '}')) {
    raise(vm, vm.ValueError, "Single '}' encountered in format string");
    return -1;
  }
  if (at_end && c == '{') {
    raise(vm, vm.ValueError, "Single '{' encountered in format string");
    return -1;
  }
  if (!at_end) {
    if (s[pos] == c) {  // an escaped brace: part of the literal, no field follows
      pos++;
      markup = false;
    } else {
      len--;
    }
  }
  m.lit_start = start;
  m.lit_end = start + len;
  if (!markup) return 1;
  m.field_present = true;
  return failed(parse_field(vm, s, pos, m)) ? -1 : 1;
}

Iter* iter_self(VM& vm, Value self, const char* tname) {
  if (!is_layout(self, Layout::Iter) || !is_str(self.as<Iter>()->seq)) {
    raise(vm, vm.TypeError, "descriptor '__next__' requires a '%s' object but received a '%s'", tname,
          type_name(vm, self));
    return nullptr;
  }
  return self.as<Iter>();
}

Value formatter_iter_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = iter_self(vm, self, "formatteriterator");
  if (!it) return Value::null();
  Root rself(vm, self);
  Str* str = as_str(it->seq);
  std::string_view s = str->view();
  size_t pos = size_t(it->index);
  Markup m;
  int r = markup_next(vm, s, pos, m);
  self.as<Iter>()->index = int64_t(pos);
  if (r < 0) return Value::null();
  if (r == 0) return stop_iteration(vm);
  Tuple* t = new_tuple(vm, 4);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  Value v = sub(vm, s, m.lit_start, m.lit_end);
  if (v.is_null()) return v;
  t->items[0] = v;
  if (m.field_present) {
    v = sub(vm, s, m.name_start, m.name_end);
    if (v.is_null()) return v;
    t->items[1] = v;
    v = m.has_spec ? sub(vm, s, m.spec_start, m.spec_end) : Value::ptr(vm.s_empty);
    if (v.is_null()) return v;
    t->items[2] = v;
  }
  if (m.conversion) {
    v = new_str_char(vm, m.conversion);
    if (v.is_null()) return v;
    t->items[3] = v;
  }
  return Value::ptr(t);
}

Value fieldname_iter_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = iter_self(vm, self, "fieldnameiterator");
  if (!it) return Value::null();
  Root rself(vm, self);
  std::string_view s = as_str(it->seq)->view();
  size_t pos = size_t(it->index), end = size_t(it->end);
  if (pos >= end) return stop_iteration(vm);
  char c = s[pos++];
  bool is_attr;
  size_t name_start = pos, name_end;
  int64_t idx = -1;
  if (c == '.') {
    is_attr = true;
    while (pos < end && s[pos] != '[' && s[pos] != '.') pos++;
    name_end = pos;
  } else if (c == '[') {
    is_attr = false;
    while (pos < end && s[pos] != ']') pos++;
    if (pos >= end) {
      self.as<Iter>()->index = int64_t(pos);
      return raise(vm, vm.ValueError, "Missing ']' in format string");
    }
    name_end = pos++;
    self.as<Iter>()->index = int64_t(pos);
    if (failed(component_index(vm, s.substr(name_start, name_end - name_start), idx))) return Value::null();
  } else {
    self.as<Iter>()->index = int64_t(pos);
    return raise(vm, vm.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
  }
  self.as<Iter>()->index = int64_t(pos);
  if (name_start == name_end) return raise(vm, vm.ValueError, "Empty attribute in format string");
  Value key = idx >= 0 ? new_int(vm, idx) : sub(vm, s, name_start, name_end);
  if (key.is_null()) return key;
  Root rk(vm, key);
  Value items[2] = {Value::boolean(is_attr), key};
  return new_tuple_from(vm, items, 2);
}

Value iter_self_return(VM&, Value self, Value*, size_t, Tuple*) { return self; }

// The str argument (a str subclass instance gives its wrapped str).
Value str_arg(VM& vm, Value v) {
  Str* s = str_unwrap(v);
  if (!s) return raise(vm, vm.TypeError, "expected str, got %s", type_name(vm, v));
  return Value::ptr(s);
}

// self: the formatteriterator type.
Value formatter_parser(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value s = str_arg(vm, args[0]);
  if (s.is_null()) return s;
  Root rs(vm, s);
  Value it = new_iter(vm, self.as<Type>(), s, 0, as_str(s)->nbytes);
  return it;
}

// self: the fieldnameiterator type.
Value formatter_field_name_split(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value sv = str_arg(vm, args[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  std::string_view s = as_str(sv)->view();
  size_t i = 0;
  while (i < s.size() && s[i] != '[' && s[i] != '.') i++;
  int64_t idx;
  if (failed(component_index(vm, s.substr(0, i), idx))) return Value::null();
  Value rest = new_iter(vm, self.as<Type>(), sv, int64_t(i), int64_t(s.size()));
  if (rest.is_null()) return rest;
  Root rr(vm, rest);
  s = as_str(sv)->view();
  Value first = idx >= 0 ? new_int(vm, idx) : sub(vm, s, 0, i);
  if (first.is_null()) return first;
  Root rf(vm, first);
  Value items[2] = {first, rest};
  return new_tuple_from(vm, items, 2);
}

Type* iterator_type(VM& vm, const char* name, NativeFn next) {
  Type* t = new_builtin_type(vm, name, Layout::Iter, vm.object_type, false);
  if (!t) return nullptr;
  Root rt(vm, Value::ptr(t));
  const MethodDef methods[] = {{"__iter__", iter_self_return, 0, 0, 0}, {"__next__", next, 0, 0, 0}};
  add_methods(vm, t, methods, 2);
  return t;
}

Value make_string_module(VM& vm) {
  Value mv = native_module(vm, "_string");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  struct Entry {
    const char* fn_name;
    NativeFn fn;
    const char* iter_name;
    NativeFn next;
  };
  static const Entry entries[] = {
      {"formatter_parser", formatter_parser, "formatteriterator", formatter_iter_next},
      {"formatter_field_name_split", formatter_field_name_split, "fieldnameiterator", fieldname_iter_next},
  };
  for (const Entry& e : entries) {
    Type* t = iterator_type(vm, e.iter_name, e.next);
    if (!t) return Value::null();
    Root rt(vm, Value::ptr(t));
    Value f = new_builtin(vm, e.fn_name, e.fn, Value::ptr(t), 1, 1, 0);
    if (f.is_null()) return f;
    Root rf(vm, f);
    if (failed(dict_set_cstr(vm, m->dict, e.fn_name, f))) return Value::null();
  }
  return mv;
}

}  // namespace

void init_string(VM& vm) { register_native_module(vm, "_string", make_string_module); }

}  // namespace taipan::runtime
