// The _csv module, the C half of Lib/csv.py, as CPython 3.11's: Dialect, reader, writer,
// the dialect registry (register_dialect, unregister_dialect, get_dialect, list_dialects),
// field_size_limit, the QUOTE_* constants and Error, with CPython's parsing state machine
// and its error messages.
//
// Objects use the Iter layout (traced by trace_iter):
//   state (one per module, the `self` of the module functions; not exposed):
//            seq = the dialect registry (also _csv._dialects), a = Error, b = the Dialect
//            type, c = the reader type, index = the field size limit. The Dialect type's
//            dict holds the state as __csv_state__ (for Dialect() itself) and the reader
//            type's dict holds the writer type as __csv_writer_type__.
//   Dialect: seq = lineterminator (str), index = delimiter, end = quotechar, step =
//            escapechar (code points; kUnset when None), a = small int of option bits
//            (quoting | doublequote << 4 | skipinitialspace << 5 | strict << 6)
//   reader:  seq = the input iterator, a = its Dialect, b = the state, index = line_num
//   writer:  seq = the bound write method, a = its Dialect, b = the state
// A Python subclass of Dialect wraps a Dialect in Instance::base_value.
#include <cstdarg>
#include <cstdio>
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

constexpr int64_t kUnset = -1;
enum Quoting { kQuoteMinimal, kQuoteAll, kQuoteNonNumeric, kQuoteNone };
constexpr int64_t kDefaultFieldLimit = 128 * 1024;

// ---------- state ----------


Value csv_error(VM& vm, Value state, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
Value csv_error(VM& vm, Value state, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  Value msg = new_str(vm, buf);
  if (msg.is_null()) return msg;
  Root rm(vm, msg);
  Value e = call1(vm, state.as<Iter>()->a, msg);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

// ---------- Dialect ----------

struct Options {
  int64_t delimiter = ',', quotechar = '"', escapechar = kUnset;
  int quoting = kQuoteMinimal;
  bool doublequote = true, skipinitialspace = false, strict = false;
};

Iter* dialect_of(Value v) {
  if (is_layout(v, Layout::Instance)) v = v.as<Instance>()->base_value;
  return is_layout(v, Layout::Iter) ? v.as<Iter>() : nullptr;
}

Options options_of(Iter* d) {
  Options o;
  o.delimiter = d->index;
  o.quotechar = d->end;
  o.escapechar = d->step;
  int64_t bits = d->a.as_small();
  o.quoting = int(bits & 15);
  o.doublequote = bits & 16;
  o.skipinitialspace = bits & 32;
  o.strict = bits & 64;
  return o;
}

bool is_dialect(VM& vm, Value v, Value state) {
  return isinstance(vm, v, state.as<Iter>()->b.as<Type>()) && dialect_of(v) != nullptr;
}

uint32_t first_char(Str* s) {
  const char* p = s->data;
  return utf8_decode(p);
}

Status set_char(VM& vm, const char* name, Value src, int64_t& out, bool allow_none) {
  if (src.is_null()) return Status::Ok;
  if (allow_none && src.is_none()) {
    out = kUnset;
    return Status::Ok;
  }
  Str* s = str_unwrap(src);
  if (!s) {
    raise(vm, vm.TypeError, allow_none ? "\"%s\" must be string or None, not %s" : "\"%s\" must be string, not %s", name,
          type_name(vm, src));
    return Status::Error;
  }
  if (s->length != 1) {
    raise(vm, vm.TypeError, "\"%s\" must be a 1-character string", name);
    return Status::Error;
  }
  out = first_char(s);
  return Status::Ok;
}

Status set_bool(VM& vm, Value src, bool& out) {
  if (src.is_null()) return Status::Ok;
  int t = truthy(vm, src);
  if (t < 0) return Status::Error;
  out = t == 1;
  return Status::Ok;
}

// The dialect parameters, in the order of Dialect()'s signature.
const char* const kParams[] = {"dialect",   "delimiter", "doublequote",      "escapechar", "lineterminator",
                               "quotechar", "quoting",   "skipinitialspace", "strict"};
constexpr size_t kNumParams = 9;

// Dialect(dialect, **params): vals[0] is the dialect (or null), vals[1..8] the parameters
// (null when not given).
Value make_dialect(VM& vm, Value state, Type* type, Value* vals) {
  RootVec v(vm);
  v.v.assign(vals, vals + kNumParams);
  Root rs(vm, state);
  Value dialect = v.v[0];
  if (!dialect.is_null()) {
    if (is_str(dialect) || isinstance(vm, dialect, vm.str_type)) {
      Value found = dict_get(vm, state.as<Iter>()->seq.as<Dict>(), dialect);
      if (found.is_null()) return vm.exc.is_null() ? csv_error(vm, state, "unknown dialect") : found;
      dialect = v.v[0] = found;
    }
    bool any = false;
    for (size_t i = 1; i < kNumParams; i++) any |= !v.v[i].is_null();
    if (!any && is_dialect(vm, dialect, state)) return dialect;
    for (size_t i = 1; i < kNumParams; i++) {
      if (!v.v[i].is_null()) continue;
      Value a = getattr_opt(vm, v.v[0], vm.intern(kParams[i]));
      if (a.is_null()) clear_exc(vm);
      v.v[i] = a;
    }
  }
  Options o;
  Value lineterminator = Value::null();
  if (failed(set_char(vm, "delimiter", v.v[1], o.delimiter, false)) || failed(set_bool(vm, v.v[2], o.doublequote)) ||
      failed(set_char(vm, "escapechar", v.v[3], o.escapechar, true)))
    return Value::null();
  if (v.v[4].is_null()) {
    lineterminator = new_str(vm, "\r\n");
    if (lineterminator.is_null()) return lineterminator;
  } else if (!v.v[4].is_none()) {
    Str* s = str_unwrap(v.v[4]);
    if (!s) return raise(vm, vm.TypeError, "\"lineterminator\" must be a string");
    lineterminator = Value::ptr(s);
  }
  Root rlt(vm, lineterminator);
  if (failed(set_char(vm, "quotechar", v.v[5], o.quotechar, true))) return Value::null();
  if (!v.v[6].is_null()) {
    Value q = v.v[6];
    if (!q.is_small() && !is_exact(q, vm.int_type)) return raise(vm, vm.TypeError, "\"quoting\" must be an integer");
    int64_t n;
    if (failed(int_to_i64(vm, q, n))) return Value::null();
    if (n < INT32_MIN || n > INT32_MAX)
      return raise(vm, vm.OverflowError, "Python int too large to convert to C int");
    if (n < kQuoteMinimal || n > kQuoteNone) return raise(vm, vm.TypeError, "bad \"quoting\" value");
    o.quoting = int(n);
  }
  if (failed(set_bool(vm, v.v[7], o.skipinitialspace)) || failed(set_bool(vm, v.v[8], o.strict))) return Value::null();
  if (v.v[5].is_none() && v.v[6].is_null()) o.quoting = kQuoteNone;
  if (o.quoting != kQuoteNone && o.quotechar == kUnset)
    return raise(vm, vm.TypeError, "quotechar must be set if quoting enabled");
  if (lineterminator.is_null()) return raise(vm, vm.TypeError, "lineterminator must be set");
  Value d = new_iter(vm, state.as<Iter>()->b.as<Type>(), rlt.get());
  if (d.is_null()) return d;
  Iter* it = d.as<Iter>();
  it->index = o.delimiter;
  it->end = o.quotechar;
  it->step = o.escapechar;
  it->a = Value::small(o.quoting | (o.doublequote ? 16 : 0) | (o.skipinitialspace ? 32 : 0) | (o.strict ? 64 : 0));
  (void)type;
  return d;
}

// Splits (args, kwnames) against Dialect()'s parameters, after `skip` leading positional
// arguments that the caller consumed (the file or iterable). `fname` names the function in
// messages ("this function" for PyArg_ParseTupleAndKeywords without a name).
Status dialect_params(VM& vm, Value* args, size_t nargs, Tuple* kw, size_t max_positional, Value* out) {
  for (size_t i = 0; i < kNumParams; i++) out[i] = Value::null();
  for (size_t i = 0; i < nargs && i < max_positional; i++) out[i] = args[i];
  for (uint32_t i = 0; kw && i < kw->size; i++) {
    Str* k = as_str(kw->items[i]);
    size_t j = 0;
    while (j < kNumParams && k->view() != kParams[j]) j++;
    if (j == kNumParams) {
      raise(vm, vm.TypeError, "'%s' is an invalid keyword argument for this function", std::string(k->view()).c_str());
      return Status::Error;
    }
    if (!out[j].is_null()) {
      raise(vm, vm.TypeError, "argument for function given by name ('%s') and position (%zu)", kParams[j], j + 1);
      return Status::Error;
    }
    out[j] = args[nargs + i];
  }
  return Status::Ok;
}

Value state_of_type(VM& vm, Type* t) {
  Value s = dict_get_cstr(vm, t->dict, "__csv_state__");
  return s;
}

Value dialect_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Type* t = type.as<Type>();
  Value state = Value::null();
  for (Type* b = t; b && state.is_null(); b = b->base) state = state_of_type(vm, b);
  if (state.is_null()) return raise(vm, vm.RuntimeError, "_csv is not initialised");
  size_t given = nargs + (kw ? kw->size : 0);
  if (nargs > kNumParams) return raise(vm, vm.TypeError, "function takes at most 9 arguments (%zu given)", given);
  Value vals[kNumParams];
  if (failed(dialect_params(vm, args, nargs, kw, kNumParams, vals))) return Value::null();
  return make_dialect(vm, state, t, vals);
}

Iter* self_dialect(VM& vm, Value self) {
  Iter* d = dialect_of(self);
  if (!d || !d->a.is_small()) {
    raise(vm, vm.TypeError, "descriptor requires a '_csv.Dialect' object but received a '%s'", type_name(vm, self));
    return nullptr;
  }
  return d;
}

Value char_or_none(VM& vm, int64_t c) { return c == kUnset ? Value::none() : new_str_char(vm, uint32_t(c)); }

Value d_delimiter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? char_or_none(vm, d->index) : Value::null();
}
Value d_quotechar(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? char_or_none(vm, d->end) : Value::null();
}
Value d_escapechar(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? char_or_none(vm, d->step) : Value::null();
}
Value d_lineterminator(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? d->seq : Value::null();
}
Value d_quoting(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? Value::small(options_of(d).quoting) : Value::null();
}
Value d_doublequote(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? Value::boolean(options_of(d).doublequote) : Value::null();
}
Value d_skipinitialspace(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? Value::boolean(options_of(d).skipinitialspace) : Value::null();
}
Value d_strict(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* d = self_dialect(vm, self);
  return d ? Value::boolean(options_of(d).strict) : Value::null();
}

// reader(iterable, dialect='excel', **fmtparams) and writer(...): the leading argument and
// the Dialect made from the rest (PyArg_UnpackTuple(args, "", 1, 2, ...)).
Value dialect_from_call(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(vm, vm.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 2) return raise(vm, vm.TypeError, " expected at most 2 arguments, got %zu", nargs);
  Value vals[kNumParams];
  if (failed(dialect_params(vm, args + 1, nargs - 1, kw, 1, vals))) return Value::null();
  return make_dialect(vm, state, nullptr, vals);
}

// ---------- reader ----------

enum class PState { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
                    QuoteInQuotedField, EatCrnl, AfterEscapedCrnl };
constexpr int64_t kEol = -2;  // the end of an input line

struct Parser {
  VM& vm;
  Value state;
  Options o;
  List* fields;
  PState ps = PState::StartRecord;
  std::string field;
  int64_t field_len = 0;
  bool numeric = false;

  Status save_field() {
    Value f = new_str(vm, field);
    if (f.is_null()) return Status::Error;
    field.clear();
    field_len = 0;
    if (numeric) {
      numeric = false;
      Root rf(vm, f);
      f = call1(vm, Value::ptr(vm.float_type), f);
      if (f.is_null()) return Status::Error;
    }
    return list_append(vm, fields, f);
  }
  Status add_char(int64_t c) {
    int64_t limit = state.as<Iter>()->index;
    if (field_len >= limit) {
      csv_error(vm, state, "field larger than field limit (%lld)", (long long)limit);
      return Status::Error;
    }
    utf8_append(field, uint32_t(c));
    field_len++;
    return Status::Ok;
  }
  bool is_eol_char(int64_t c) const { return c == '\n' || c == '\r'; }
  Status end_line_or_save(int64_t c) {
    if (failed(save_field())) return Status::Error;
    ps = c == kEol ? PState::StartRecord : PState::EatCrnl;
    return Status::Ok;
  }

  Status process(int64_t c) {
    switch (ps) {
      case PState::StartRecord:
        if (c == kEol) return Status::Ok;
        if (is_eol_char(c)) {
          ps = PState::EatCrnl;
          return Status::Ok;
        }
        ps = PState::StartField;
        [[fallthrough]];
      case PState::StartField:
        if (is_eol_char(c) || c == kEol) return end_line_or_save(c);
        if (c == o.quotechar && o.quoting != kQuoteNone) {
          ps = PState::InQuotedField;
        } else if (c == o.escapechar) {
          ps = PState::EscapedChar;
        } else if (c == ' ' && o.skipinitialspace) {
        } else if (c == o.delimiter) {
          return save_field();
        } else {
          if (o.quoting == kQuoteNonNumeric) numeric = true;
          if (failed(add_char(c))) return Status::Error;
          ps = PState::InField;
        }
        return Status::Ok;
      case PState::EscapedChar:
        if (is_eol_char(c)) {
          if (failed(add_char(c))) return Status::Error;
          ps = PState::AfterEscapedCrnl;
          return Status::Ok;
        }
        if (c == kEol) c = '\n';
        if (failed(add_char(c))) return Status::Error;
        ps = PState::InField;
        return Status::Ok;
      case PState::AfterEscapedCrnl:
        if (c == kEol) return Status::Ok;
        [[fallthrough]];
      case PState::InField:
        if (is_eol_char(c) || c == kEol) return end_line_or_save(c);
        if (c == o.escapechar) {
          ps = PState::EscapedChar;
        } else if (c == o.delimiter) {
          if (failed(save_field())) return Status::Error;
          ps = PState::StartField;
        } else {
          return add_char(c);
        }
        return Status::Ok;
      case PState::InQuotedField:
        if (c == kEol) return Status::Ok;
        if (c == o.escapechar) {
          ps = PState::EscapeInQuotedField;
        } else if (c == o.quotechar && o.quoting != kQuoteNone) {
          ps = o.doublequote ? PState::QuoteInQuotedField : PState::InField;
        } else {
          return add_char(c);
        }
        return Status::Ok;
      case PState::EscapeInQuotedField:
        if (c == kEol) c = '\n';
        if (failed(add_char(c))) return Status::Error;
        ps = PState::InQuotedField;
        return Status::Ok;
      case PState::QuoteInQuotedField:
        if (o.quoting != kQuoteNone && c == o.quotechar) {
          if (failed(add_char(c))) return Status::Error;
          ps = PState::InQuotedField;
        } else if (c == o.delimiter) {
          if (failed(save_field())) return Status::Error;
          ps = PState::StartField;
        } else if (is_eol_char(c) || c == kEol) {
          return end_line_or_save(c);
        } else if (!o.strict) {
          if (failed(add_char(c))) return Status::Error;
          ps = PState::InField;
        } else {
          std::string d, q;
          utf8_append(d, uint32_t(o.delimiter));
          utf8_append(q, uint32_t(o.quotechar));
          csv_error(vm, state, "'%s' expected after '%s'", d.c_str(), q.c_str());
          return Status::Error;
        }
        return Status::Ok;
      case PState::EatCrnl:
        if (is_eol_char(c)) return Status::Ok;
        if (c == kEol) {
          ps = PState::StartRecord;
          return Status::Ok;
        }
        csv_error(vm, state,
                  "new-line character seen in unquoted field - do you need to open the file in universal-newline "
                  "mode?");
        return Status::Error;
    }
    return Status::Ok;
  }
};

Value reader_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a _csv.reader");
  Root rs(vm, self);
  List* fields = new_list(vm);
  if (!fields) return raise_no_memory(vm);
  Root rf(vm, Value::ptr(fields));
  Parser p{vm, self.as<Iter>()->b, options_of(self.as<Iter>()->a.as<Iter>()), fields};
  do {
    Value line = iter_next(vm, self.as<Iter>()->seq);
    if (line.is_null()) {
      if (!vm.exc.is_null()) return line;
      if (p.field_len != 0 || p.ps == PState::InQuotedField) {
        if (p.o.strict) return csv_error(vm, p.state, "unexpected end of data");
        if (failed(p.save_field())) return Value::null();
        break;
      }
      return Value::null();
    }
    Str* s = str_unwrap(line);
    if (!s)
      return csv_error(vm, p.state,
                       "iterator should return strings, not %s (the file should be opened in text mode)",
                       type_name(vm, line));
    self.as<Iter>()->index++;
    Root rl(vm, Value::ptr(s));
    const char* q = s->data;
    const char* end = s->data + s->nbytes;
    while (q < end) {
      uint32_t c = utf8_decode(q);
      if (failed(p.process(c))) return Value::null();
      s = as_str(rl.get());  // non-moving heap: the bytes stay put
    }
    if (failed(p.process(kEol))) return Value::null();
  } while (p.ps != PState::StartRecord);
  return rf.get();
}

Value reader_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
Value reader_line_num(VM& vm, Value self, Value*, size_t, Tuple*) {
  return is_layout(self, Layout::Iter) ? new_int(vm, self.as<Iter>()->index) : Value::null();
}
Value rw_dialect(VM& vm, Value self, Value*, size_t, Tuple*) {
  return is_layout(self, Layout::Iter) ? self.as<Iter>()->a : Value::null();
}

Value csv_reader(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(vm, vm.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 2) return raise(vm, vm.TypeError, " expected at most 2 arguments, got %zu", nargs);
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value d = dialect_from_call(vm, state, args, nargs, kw);
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value r = new_iter(vm, state.as<Iter>()->c.as<Type>(), it);
  if (r.is_null()) return r;
  r.as<Iter>()->a = d;
  r.as<Iter>()->b = state;
  r.as<Iter>()->index = 0;
  return r;
}

// ---------- writer ----------

bool is_number_like(VM& vm, Value v) {
  if (v.is_small() || v.is_double() || v.is_bool() || is_int(vm, v)) return true;
  double re, im;
  if (complex_parts(vm, v, re, im)) return true;
  Type* t = type_of(vm, v);
  return !type_lookup(t, vm.s_index).is_null() || !type_lookup(t, vm.s_int).is_null() ||
         !type_lookup(t, vm.s_float).is_null();
}

bool str_has_char(Str* s, uint32_t c) {
  const char* p = s->data;
  const char* end = s->data + s->nbytes;
  while (p < end)
    if (utf8_decode(p) == c) return true;
  return false;
}

// Appends one field (null: an empty one) to the record, quoting or escaping as the dialect says.
Status join_field(VM& vm, Value state, const Options& o, Str* lineterm, std::string& rec, int nfields, Str* field,
                  bool quoted) {
  if (nfields > 0) utf8_append(rec, uint32_t(o.delimiter));
  std::string body;
  const char* p = field ? field->data : nullptr;
  const char* end = field ? field->data + field->nbytes : nullptr;
  while (p && p < end) {
    uint32_t c = utf8_decode(p);
    int64_t ci = c;
    if (ci == o.delimiter || ci == o.escapechar || ci == o.quotechar || str_has_char(lineterm, c)) {
      bool want_escape = false;
      if (o.quoting == kQuoteNone) {
        want_escape = true;
      } else {
        if (ci == o.quotechar) {
          if (o.doublequote) utf8_append(body, uint32_t(o.quotechar));
          else want_escape = true;
        } else if (ci == o.escapechar) {
          want_escape = true;
        }
        if (!want_escape) quoted = true;
      }
      if (want_escape) {
        if (o.escapechar == kUnset) {
          csv_error(vm, state, "need to escape, but no escapechar set");
          return Status::Error;
        }
        utf8_append(body, uint32_t(o.escapechar));
      }
    }
    utf8_append(body, c);
  }
  if (quoted) utf8_append(rec, uint32_t(o.quotechar));
  rec += body;
  if (quoted) utf8_append(rec, uint32_t(o.quotechar));
  return Status::Ok;
}

Value writer_writerow(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a _csv.writer");
  if (kw && kw->size) return raise(vm, vm.TypeError, "writerow() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "writerow() takes exactly one argument (%zu given)", nargs);
  Root rs(vm, self);
  Value state = self.as<Iter>()->b;
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) {
    clear_exc(vm);
    return csv_error(vm, state, "iterable expected, not %s", type_name(vm, args[0]));
  }
  Root rit(vm, it);
  Iter* d = self.as<Iter>()->a.as<Iter>();
  Options o = options_of(d);
  std::string rec;
  int nfields = 0;
  for (;;) {
    Value f = iter_next(vm, it);
    if (f.is_null()) {
      if (!vm.exc.is_null()) return f;
      break;
    }
    Root rf(vm, f);
    bool quoted = o.quoting == kQuoteAll || (o.quoting == kQuoteNonNumeric && !is_number_like(vm, f));
    Str* s = nullptr;
    if (!f.is_none()) {
      s = str_unwrap(f);
      if (!s) {
        Value sv = str(vm, f);
        if (sv.is_null()) return sv;
        rf = sv;
        s = as_str(sv);
      }
    }
    d = self.as<Iter>()->a.as<Iter>();
    if (failed(join_field(vm, state, o, as_str(d->seq), rec, nfields, s, quoted))) return Value::null();
    nfields++;
  }
  if (nfields > 0 && rec.empty()) {
    if (o.quoting == kQuoteNone) return csv_error(vm, state, "single empty field record must be quoted");
    d = self.as<Iter>()->a.as<Iter>();
    if (failed(join_field(vm, state, o, as_str(d->seq), rec, 0, nullptr, true))) return Value::null();
  }
  rec += self.as<Iter>()->a.as<Iter>()->seq.as<Str>()->view();
  Value line = new_str(vm, rec);
  if (line.is_null()) return line;
  Root rl(vm, line);
  return call1(vm, self.as<Iter>()->seq, line);
}

Value writer_writerows(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "writerows() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "writerows() takes exactly one argument (%zu given)", nargs);
  Root rs(vm, self);
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value row = iter_next(vm, it);
    if (row.is_null()) return vm.exc.is_null() ? Value::none() : row;
    Root rr(vm, row);
    Value r = writer_writerow(vm, self, &rr.value, 1, nullptr);
    if (r.is_null()) return r;
  }
}

Value csv_writer(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(vm, vm.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 2) return raise(vm, vm.TypeError, " expected at most 2 arguments, got %zu", nargs);
  Value w = getattr_opt(vm, args[0], vm.s_write);
  if (w.is_null() && !vm.exc.is_null()) clear_exc(vm);
  Root rw(vm, w);
  if (!w.is_null()) {
    Value c = is_callable(vm, w);
    if (c.is_null()) return c;
    if (!c.is_true()) w = Value::null();
  }
  if (w.is_null()) return raise(vm, vm.TypeError, "argument 1 must have a \"write\" method");
  Value d = dialect_from_call(vm, state, args, nargs, kw);
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value wt = dict_get_cstr(vm, state.as<Iter>()->c.as<Type>()->dict, "__csv_writer_type__");
  if (!is_layout(wt, Layout::Type)) return raise(vm, vm.RuntimeError, "_csv is not initialised");
  Value r = new_iter(vm, wt.as<Type>(), rw.get());
  if (r.is_null()) return r;
  r.as<Iter>()->a = d;
  r.as<Iter>()->b = state;
  return r;
}

// ---------- the registry ----------

Value csv_register_dialect(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(vm, vm.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 2) return raise(vm, vm.TypeError, " expected at most 2 arguments, got %zu", nargs);
  if (!str_unwrap(args[0])) return raise(vm, vm.TypeError, "dialect name must be a string");
  Value d = dialect_from_call(vm, state, args, nargs, kw);
  if (d.is_null()) return d;
  Root rd(vm, d);
  if (failed(dict_set(vm, state.as<Iter>()->seq.as<Dict>(), args[0], d))) return Value::null();
  return Value::none();
}

Value csv_unregister_dialect(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "unregister_dialect", nargs, kw, 1, 1))) return Value::null();
  int r = dict_del(vm, state.as<Iter>()->seq.as<Dict>(), args[0]);
  if (r < 0) return Value::null();
  if (r == 0) return csv_error(vm, state, "unknown dialect");
  return Value::none();
}

Value csv_get_dialect(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get_dialect", nargs, kw, 1, 1))) return Value::null();
  Value d = dict_get(vm, state.as<Iter>()->seq.as<Dict>(), args[0]);
  if (d.is_null() && vm.exc.is_null()) return csv_error(vm, state, "unknown dialect");
  return d;
}

Value csv_list_dialects(VM& vm, Value state, Value*, size_t, Tuple*) {
  Dict* reg = state.as<Iter>()->seq.as<Dict>();
  List* out = new_list(vm, reg->size);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  uint32_t pos = 0;
  Value k, v;
  while (dict_next(state.as<Iter>()->seq.as<Dict>(), pos, k, v))
    if (failed(list_append(vm, out, k))) return Value::null();
  return ro.get();
}

Value csv_field_size_limit(VM& vm, Value state, Value* args, size_t nargs, Tuple* kw) {
  size_t given = nargs + (kw ? kw->size : 0);
  if (given > 1) return raise(vm, vm.TypeError, "field_size_limit() takes at most 1 argument (%zu given)", given);
  Value limit = nargs ? args[0] : Value::null();
  if (kw && kw->size) {
    if (as_str(kw->items[0])->view() != "new_limit")
      return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for field_size_limit()", as_str(kw->items[0]));
    limit = args[nargs];
  }
  int64_t old = state.as<Iter>()->index;
  if (!limit.is_null()) {
    if (!limit.is_small() && !is_exact(limit, vm.int_type)) return raise(vm, vm.TypeError, "limit must be an integer");
    int64_t n;
    if (failed(int_to_i64(vm, limit, n))) {
      clear_exc(vm);
      return raise(vm, vm.OverflowError, "Python int too large to convert to C long");
    }
    state.as<Iter>()->index = n;
  }
  return new_int(vm, old);
}

// ---------- module ----------

const char kModuleDoc[] =
    "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma "
    "Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are "
    "simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that "
    "parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports "
    "three\nbasic APIs: reading, writing, and registration of dialects.\n";

Value make_csv(VM& vm) {
  Value mv = native_module(vm, "_csv");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "reader").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_str(vm, m->dict, vm.s_doc, new_str(vm, kModuleDoc));
  (void)dict_set_cstr(vm, m->dict, "__version__", new_str(vm, "1.0"));
  (void)dict_set_cstr(vm, m->dict, "QUOTE_MINIMAL", Value::small(kQuoteMinimal));
  (void)dict_set_cstr(vm, m->dict, "QUOTE_ALL", Value::small(kQuoteAll));
  (void)dict_set_cstr(vm, m->dict, "QUOTE_NONNUMERIC", Value::small(kQuoteNonNumeric));
  (void)dict_set_cstr(vm, m->dict, "QUOTE_NONE", Value::small(kQuoteNone));

  // The state object (an Iter of a private type) and the registry.
  Type* st = new_builtin_type(vm, "_csv.state", Layout::Iter, vm.object_type, false);
  if (!st) return Value::null();
  Root rst(vm, Value::ptr(st));
  Dict* reg = new_dict(vm);
  if (!reg) return raise_no_memory(vm);
  Root rreg(vm, Value::ptr(reg));
  Value state = new_iter(vm, st, Value::ptr(reg), kDefaultFieldLimit);
  if (state.is_null()) return state;
  Root rstate(vm, state);
  (void)dict_set_cstr(vm, m->dict, "_dialects", Value::ptr(reg));

  // Error, as `class Error(Exception): __module__ = '_csv'`.
  Value err = add_exception_class(vm, m, "_csv", "Error", vm.Exception);
  if (err.is_null()) return err;
  state.as<Iter>()->a = err;

  Type* dt = native_type(vm, m, "_csv", "Dialect", Layout::Iter, dialect_ctor);
  if (!dt) return Value::null();
  Root rdt(vm, Value::ptr(dt));
  state.as<Iter>()->b = Value::ptr(dt);
  (void)dict_set_cstr(vm, dt->dict, "__csv_state__", state);
  (void)dict_set_str(vm, dt->dict, vm.s_doc,
                     new_str(vm, "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
  add_getter(vm, dt, "delimiter", d_delimiter);
  add_getter(vm, dt, "quotechar", d_quotechar);
  add_getter(vm, dt, "escapechar", d_escapechar);
  add_getter(vm, dt, "lineterminator", d_lineterminator);
  add_getter(vm, dt, "quoting", d_quoting);
  add_getter(vm, dt, "doublequote", d_doublequote);
  add_getter(vm, dt, "skipinitialspace", d_skipinitialspace);
  add_getter(vm, dt, "strict", d_strict);

  Type* rt = native_type(vm, m, "_csv", "reader", Layout::Iter, nullptr);
  if (!rt) return Value::null();
  Root rrt(vm, Value::ptr(rt));
  rt->tflags &= ~kTypeBaseType;
  state.as<Iter>()->c = Value::ptr(rt);
  static const MethodDef reader_methods[] = {{"__iter__", reader_iter, 0, 0, 0}, {"__next__", reader_next, 0, 0, 0}};
  add_methods(vm, rt, reader_methods);
  add_getter(vm, rt, "line_num", reader_line_num);
  add_getter(vm, rt, "dialect", rw_dialect);
  (void)dict_set_cstr(vm, m->dict, "Reader", Value::ptr(rt));

  Type* wt = native_type(vm, m, "_csv", "writer", Layout::Iter, nullptr);
  if (!wt) return Value::null();
  Root rwt(vm, Value::ptr(wt));
  wt->tflags &= ~kTypeBaseType;
  static const MethodDef writer_methods[] = {{"writerow", writer_writerow, 0, -1, kBuiltinKeywords},
                                             {"writerows", writer_writerows, 0, -1, kBuiltinKeywords}};
  add_methods(vm, wt, writer_methods);
  add_getter(vm, wt, "dialect", rw_dialect);
  (void)dict_set_cstr(vm, m->dict, "Writer", Value::ptr(wt));
  (void)dict_set_cstr(vm, rt->dict, "__csv_writer_type__", Value::ptr(wt));

  // The module functions take the state as their `self`.
  static const MethodDef fns[] = {
      {"reader", csv_reader, 0, -1, kBuiltinKeywords},
      {"writer", csv_writer, 0, -1, kBuiltinKeywords},
      {"register_dialect", csv_register_dialect, 0, -1, kBuiltinKeywords},
      {"unregister_dialect", csv_unregister_dialect, 0, -1, kBuiltinKeywords},
      {"get_dialect", csv_get_dialect, 0, -1, kBuiltinKeywords},
      {"list_dialects", csv_list_dialects, 0, 0, 0},
      {"field_size_limit", csv_field_size_limit, 0, -1, kBuiltinKeywords},
  };
  for (const MethodDef& f : fns) {
    Value b = new_builtin(vm, f.name, f.fn, state, f.min_args, f.max_args, f.flags);
    if (b.is_null()) return b;
    Root rb(vm, b);
    (void)dict_set_cstr(vm, m->dict, f.name, b);
  }
  type_modified(vm, dt);
  type_modified(vm, rt);
  type_modified(vm, wt);
  return mv;
}

}  // namespace

void init_csv(VM& vm) { register_native_module(vm, "_csv", make_csv); }

}  // namespace taipan::runtime
