// The time module: clocks, sleep, and broken-down time (struct_time, localtime, gmtime,
// mktime, strftime, timezone/altzone/daylight/tzname).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

#include "runtime/objects.h"
#include "runtime/str.h"

namespace taipan::runtime {

static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
static int64_t now_ns(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
static Value t_time(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_REALTIME)); }
static Value t_time_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_REALTIME)); }
static Value t_perf(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_MONOTONIC)); }
static Value t_perf_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_MONOTONIC)); }
static Value t_process(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_process_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_sleep(VM& vm, Value, Value* args, size_t, Tuple*) {
  double s;
  if (failed(to_double(vm, args[0], s))) return Value::null();
  if (s < 0) return raise(vm, vm.ValueError, "sleep length must be non-negative");
  if (failed(vm_sleep(vm, s))) return Value::null();
  return Value::none();
}

// ---------- struct_time, localtime, gmtime, mktime, strftime ----------
// struct_time is a tuple subclass of 9 visible items (the C struct tm's) allocated with 11:
// tm_zone and tm_gmtoff sit after `size`, read only through their attributes, as CPython's
// structseq hides them. The GC traces `size` items only, so a hidden item is a small int,
// None or an interned str (interned strings live as long as the VM).
static const char* const kTmFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",   "tm_sec",
                                        "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static Type* struct_time_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "time");
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "struct_time") : Value::null();
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

static Value make_struct_time(VM& vm, const struct tm& tm) {
  Type* st = struct_time_type(vm);
  if (!st) return raise(vm, vm.RuntimeError, "time.struct_time is missing");
  Tuple* t = new_tuple(vm, 11);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  int64_t nums[9] = {tm.tm_year + 1900LL, tm.tm_mon + 1LL, tm.tm_mday, tm.tm_hour, tm.tm_min,
                     tm.tm_sec, (tm.tm_wday + 6) % 7, tm.tm_yday + 1LL, tm.tm_isdst};
  for (int i = 0; i < 9; i++) t->items[i] = Value::small(nums[i]);
  // The zone is interned: hidden items are not traced (see the comment above).
  Str* zone = vm.intern(tm.tm_zone ? tm.tm_zone : "");
  if (!zone) return raise_no_memory(vm);
  t->items[9] = Value::ptr(zone);
  t->items[10] = Value::small(tm.tm_gmtoff);
  t->size = 9;
  t->type = st;
  return rt.get();
}

// tm_zone and tm_gmtoff of a struct_time (null for any other tuple).
static Value st_hidden(VM& vm, Value v, int i) {
  Type* st = struct_time_type(vm);
  if (!st || !v.is_ptr() || v.as_ptr()->type != st) return Value::null();
  return v.as<Tuple>()->items[i];
}

// time.struct_time(sequence, dict=None): 9 to 11 items; tm_zone and tm_gmtoff default to None.
static Value st_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"sequence", "dict"};
  Value a[2];
  if (failed(parse_args(vm, "structseq", args, nargs, kw, names, 2, 1, a))) return Value::null();
  Value seq = sequence_fast(vm, a[0], "constructor requires a sequence");
  if (seq.is_null()) return seq;
  Root rseq(vm, seq);
  size_t n = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  if (n < 9)
    return raise(vm, vm.TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
  if (n > 11)
    return raise(vm, vm.TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
  Tuple* t = new_tuple(vm, 11);
  if (!t) return raise_no_memory(vm);
  const Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  for (size_t i = 0; i < n; i++) t->items[i] = items[i];
  // Hidden items must stay alive untraced: a str zone is interned, anything else but a small
  // int or None is dropped (CPython keeps it; no program here reads it back).
  for (size_t i = 9; i < n; i++) {
    Value v = t->items[i];
    if (Str* z = str_unwrap(v)) t->items[i] = Value::ptr(vm.intern(std::string(z->view())));
    else if (!v.is_none() && !(v.is_small())) t->items[i] = Value::none();
  }
  t->size = 9;
  t->type = type.as<Type>();
  return Value::ptr(t);
}

static Status seconds_arg(VM& vm, Value* args, size_t nargs, time_t& out) {
  if (nargs == 0 || args[0].is_none()) {
    out = time(nullptr);
    return Status::Ok;
  }
  double d;
  if (failed(to_double(vm, args[0], d))) return Status::Error;
  if (!(d > -1e18 && d < 1e18)) {
    raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
    return Status::Error;
  }
  out = time_t(std::floor(d));
  return Status::Ok;
}
static Value t_localtime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  time_t t;
  struct tm tm;
  if (failed(seconds_arg(vm, args, nargs, t))) return Value::null();
  if (!localtime_r(&t, &tm)) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm);
}
static Value t_gmtime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  time_t t;
  struct tm tm;
  if (failed(seconds_arg(vm, args, nargs, t))) return Value::null();
  if (!gmtime_r(&t, &tm)) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm);
}

// A struct_time or a 9-tuple as a struct tm.
static Status tm_arg(VM& vm, const char* fname, Value v, struct tm& tm) {
  if (!is_tuple(v) || v.as<Tuple>()->size < 9) {
    raise(vm, vm.TypeError, "%s(): illegal time tuple argument", fname);
    return Status::Error;
  }
  Tuple* t = v.as<Tuple>();
  int64_t n[9];
  for (int i = 0; i < 9; i++)
    if (failed(int_to_i64(vm, t->items[i], n[i]))) return Status::Error;
  tm = {};
  tm.tm_year = int(n[0] - 1900);
  tm.tm_mon = int(n[1] - 1);
  tm.tm_mday = int(n[2]);
  tm.tm_hour = int(n[3]);
  tm.tm_min = int(n[4]);
  tm.tm_sec = int(n[5]);
  tm.tm_wday = int((n[6] + 1) % 7);
  tm.tm_yday = int(n[7] - 1);
  tm.tm_isdst = int(n[8]);
  return Status::Ok;
}
static Value t_mktime(VM& vm, Value, Value* args, size_t, Tuple*) {
  struct tm tm;
  if (failed(tm_arg(vm, "mktime", args[0], tm))) return Value::null();
  tm.tm_wday = -1;
  time_t r = mktime(&tm);
  if (r == time_t(-1) && tm.tm_wday == -1) return raise(vm, vm.OverflowError, "mktime argument out of range");
  return new_float(double(r));
}
// asctime(t=localtime()) and ctime(secs=time()): "Sun Jul  4 09:05:03 2021".
static Value asctime_of(VM& vm, const struct tm& tm) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", days[((tm.tm_wday % 7) + 7) % 7],
                months[((tm.tm_mon % 12) + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                (long long)tm.tm_year + 1900);
  return new_str(vm, buf);
}
static Value t_asctime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  struct tm tm;
  if (nargs == 0) {
    time_t t = time(nullptr);
    localtime_r(&t, &tm);
  } else {
    if (failed(tm_arg(vm, "asctime", args[0], tm))) return Value::null();
  }
  return asctime_of(vm, tm);
}
static Value t_ctime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  time_t t;
  struct tm tm;
  if (failed(seconds_arg(vm, args, nargs, t))) return Value::null();
  if (!localtime_r(&t, &tm)) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
  return asctime_of(vm, tm);
}
static Value t_strftime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "strftime() argument 1 must be str, not %s", type_name(vm, args[0]));
  struct tm tm;
  if (nargs > 1) {
    if (failed(tm_arg(vm, "strftime", args[1], tm))) return Value::null();
    Value zone = st_hidden(vm, args[1], 9);
    if (!zone.is_null() && is_str(zone)) {
      tm.tm_zone = as_str(zone)->data;
      Value off = st_hidden(vm, args[1], 10);
      if (off.is_small()) tm.tm_gmtoff = long(off.as_small());
    }
  } else {
    time_t t = time(nullptr);
    localtime_r(&t, &tm);
  }
  std::string fmt(as_str(args[0])->view());
  if (fmt.empty()) return new_str(vm, "");
  std::vector<char> buf(256 + fmt.size() * 8);
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    if (n > 0 || buf.size() > 1 << 20) return new_str(vm, std::string_view(buf.data(), n));
    buf.resize(buf.size() * 4);
  }
}
static Value st_field(VM& vm, Value self, int i) {
  if (i >= 9) {
    Value v = st_hidden(vm, self, i);
    return v.is_null() ? raise(vm, vm.TypeError, "expected a struct_time") : v;
  }
  if (!is_tuple(self) || self.as<Tuple>()->size <= uint32_t(i)) return raise(vm, vm.TypeError, "expected a struct_time");
  return self.as<Tuple>()->items[i];
}
#define ST_GETTER(i) \
  static Value st_get_##i(VM& vm, Value self, Value*, size_t, Tuple*) { return st_field(vm, self, i); }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5) ST_GETTER(6) ST_GETTER(7)
ST_GETTER(8) ST_GETTER(9) ST_GETTER(10)
#undef ST_GETTER
static Value st_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_tuple(self)) return raise(vm, vm.TypeError, "expected a struct_time");
  Root rs(vm, self);
  std::string out = "time.struct_time(";
  for (int i = 0; i < 9 && uint32_t(i) < self.as<Tuple>()->size; i++) {
    Value r = repr(vm, self.as<Tuple>()->items[i]);
    if (r.is_null()) return r;
    out += std::string(i ? ", " : "") + kTmFields[i] + "=" + std::string(as_str(r)->view());
  }
  return new_str(vm, out + ")");
}

// time.get_clock_info(name): an object with implementation, monotonic, adjustable and
// resolution (CPython returns a types.SimpleNamespace; this is a plain `namespace` class).
static Value t_get_clock_info(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "get_clock_info() argument 1 must be str, not %s", type_name(vm, args[0]));
  std::string_view n = as_str(args[0])->view();
  const char* impl;
  bool mono = true, adjustable = false;
  double res = 1e-09;
  if (n == "time") impl = "clock_gettime(CLOCK_REALTIME)", mono = false, adjustable = true;
  else if (n == "monotonic" || n == "perf_counter") impl = "clock_gettime(CLOCK_MONOTONIC)";
  else if (n == "process_time") impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
  else if (n == "thread_time") impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
  else return raise(vm, vm.ValueError, "unknown clock");
  Tuple* bases = new_tuple(vm, 1);
  if (!bases) return raise_no_memory(vm);
  bases->items[0] = Value::ptr(vm.object_type);
  Root rb(vm, Value::ptr(bases));
  Dict* ns = new_dict(vm);
  if (!ns) return raise_no_memory(vm);
  Root rns(vm, Value::ptr(ns));
  Value cls = build_class(vm, Value::ptr(vm.type_type), vm.intern("namespace"), bases, ns, Value::null());
  if (cls.is_null()) return cls;
  Root rc(vm, cls);
  Value o = call0(vm, cls);
  if (o.is_null()) return o;
  Root ro(vm, o);
  Value is = new_str(vm, impl);
  if (is.is_null()) return is;
  Root ris(vm, is);
  if (failed(setattr(vm, o, vm.intern("implementation"), is)) ||
      failed(setattr(vm, o, vm.intern("monotonic"), Value::boolean(mono))) ||
      failed(setattr(vm, o, vm.intern("adjustable"), Value::boolean(adjustable))) ||
      failed(setattr(vm, o, vm.intern("resolution"), new_float(res))))
    return Value::null();
  return o;
}

// strptime(string, format="%a %b %d %H:%M:%S %Y"): _strptime._strptime_time, as CPython's does.
static Value t_strptime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
  if (imp.is_null()) return raise(vm, vm.ImportError, "__import__ not found");
  Value name = new_str(vm, "_strptime");
  if (name.is_null()) return name;
  Value mod = call1(vm, imp, name);
  if (mod.is_null()) return mod;
  Root rm(vm, mod);
  Value f = getattr_cstr(vm, mod, "_strptime_time");
  if (f.is_null()) return f;
  return call(vm, f, args, nargs);
}

static Value make_time(VM& vm) {
  Value existing = dict_get_cstr(vm, vm.modules, "time");
  if (!existing.is_null()) return existing;
  Value m = new_module(vm, vm.intern("time"));
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"time", t_time, 0, 0, 0},           {"time_ns", t_time_ns, 0, 0, 0},
      {"perf_counter", t_perf, 0, 0, 0},   {"perf_counter_ns", t_perf_ns, 0, 0, 0},
      {"monotonic", t_perf, 0, 0, 0},      {"monotonic_ns", t_perf_ns, 0, 0, 0},
      {"process_time", t_process, 0, 0, 0}, {"process_time_ns", t_process_ns, 0, 0, 0},
      {"sleep", t_sleep, 1, 1, 0},         {"get_clock_info", t_get_clock_info, 1, 1, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  static const MethodDef tm_fns[] = {
      {"localtime", t_localtime, 0, 1, 0}, {"gmtime", t_gmtime, 0, 1, 0},
      {"mktime", t_mktime, 1, 1, 0},       {"strftime", t_strftime, 1, 2, 0},
      {"asctime", t_asctime, 0, 1, 0},     {"ctime", t_ctime, 0, 1, 0},
      {"strptime", t_strptime, 1, 2, 0},
  };
  add_functions(vm, m.as<Module>(), tm_fns);
  Type* st = new_builtin_type(vm, "struct_time", Layout::Tuple, vm.tuple_type, false);
  if (!st) return Value::null();
  Root rst(vm, Value::ptr(st));
  (void)dict_set_str(vm, st->dict, vm.s_module, Value::ptr(vm.intern("time")));
  static const MethodDef st_methods[] = {{"__repr__", st_repr, 0, 0, 0}};
  add_methods(vm, st, st_methods);
  NativeFn getters[] = {st_get_0, st_get_1, st_get_2, st_get_3, st_get_4, st_get_5,
                        st_get_6, st_get_7, st_get_8, st_get_9, st_get_10};
  for (int i = 0; i < 11; i++) add_getter(vm, st, kTmFields[i], getters[i]);
  (void)dict_set_cstr(vm, m.as<Module>()->dict, "struct_time", Value::ptr(st));
  (void)dict_set_cstr(vm, m.as<Module>()->dict, "_STRUCT_TM_ITEMS", Value::small(11));
  st->native_new = new_builtin(vm, "struct_time", st_new, Value::null(), 0, -1, kBuiltinKeywords);
  st->native_new.as<Builtin>()->owner = st;
  (void)dict_set_cstr(vm, st->dict, "n_sequence_fields", Value::small(9));
  (void)dict_set_cstr(vm, st->dict, "n_fields", Value::small(11));
  (void)dict_set_cstr(vm, st->dict, "n_unnamed_fields", Value::small(0));
  {
    tzset();
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "timezone", new_int(vm, int64_t(timezone)));
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "altzone", new_int(vm, int64_t(timezone) - (daylight ? 3600 : 0)));
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "daylight", Value::small(daylight));
    Value names[2] = {new_str(vm, tzname[0]), Value::null()};
    Root r0(vm, names[0]);
    names[1] = new_str(vm, tzname[1]);
    Root r1(vm, names[1]);
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "tzname", new_tuple_from(vm, names, 2));
  }
  (void)dict_set_cstr(vm, vm.modules, "time", m);
  return m;
}

void init_time(VM& vm) { register_native_module(vm, "time", make_time); }

}  // namespace taipan::runtime
