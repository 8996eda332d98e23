// Values and errors of the embedding API (docs/embedding.md): what a host holds and passes.
//
//   taipan::Error      a Python exception as the host sees it: type name, str(), traceback.
//   taipan::Result<T>  a T or an Error (the code base has no C++ exceptions).
//   taipan::Object     an owning handle on a Python value. While it exists the value is a GC
//                      root of its Engine (a slot in the Engine's handle table, which the
//                      collector visits). Copying makes a second slot. An Object that outlives
//                      its Engine is inert: every operation on it gives an Error.
//   taipan::Arg        a C++ value on its way into Python: int, float, bool, str, None,
//                      std::vector<T> -> list, std::map<std::string, T> -> dict, or an Object.
//   taipan::Function   a C++ callable wrapped for Python (Engine::define_module): its
//                      arguments are converted from Python with CPython's TypeError wording,
//                      and taken by keyword when it declares parameter names.
//   taipan::Class<T>   a C++ type described for Python (Engine::define_class): methods,
//                      attributes, a constructor; Engine::wrap/adopt/release for its objects.
//
// Conversions back (Object::as<T>): int64_t (and other integer types, range-checked) from
// int or bool; double from float or int; bool from bool; std::string from str;
// std::vector<T> from list or tuple; std::map<std::string, T> from dict with str keys;
// Object as is. A mismatch is an Error of type "TypeError" (never a crash).
//
// One Engine and its Objects belong to one thread at a time; only Engine::interrupt() may be
// called from another thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace taipan {

class Engine;
class Object;

struct Error {
  std::string type;       // the exception class's name: "TypeError", "MemoryError", "Interrupted"
  std::string message;    // str(exception)
  std::string traceback;  // as python3.11 prints it uncaught ("Traceback ...", then "Type: message")
};

template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Error error) : error_(std::move(error)) {}
  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  // value() on an error ends the process with the error's message: check ok() first.
  T& value() & { check(); return *value_; }
  const T& value() const& { check(); return *value_; }
  T value() && { check(); return std::move(*value_); }  // by value: safe in a range-for
  T* operator->() { check(); return &*value_; }
  T& operator*() { check(); return *value_; }
  T value_or(T other) const { return ok() ? *value_ : std::move(other); }
  const Error& error() const { return error_; }

 private:
  void check() const;
  std::optional<T> value_;
  Error error_;
};

template <>
class Result<void> {
 public:
  Result() = default;
  Result(Error error) : ok_(false), error_(std::move(error)) {}
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  bool ok_ = true;
  Error error_;
};

namespace detail {
struct Handles;  // an Engine's handle table (api/embed.cpp)
[[noreturn]] void fail_unchecked(const Error& e);
// What a failed conversion found: "int" expected, "str" found, at "[2]" (empty: the value itself).
struct ConvError {
  std::string expected, actual, path;
};
}  // namespace detail

template <class T>
void Result<T>::check() const {
  if (!value_) detail::fail_unchecked(error_);
}

class Arg;

class Object {
 public:
  Object() = default;  // empty: no value (not None)
  Object(const Object& o);
  Object(Object&& o) noexcept : h_(o.h_), slot_(o.slot_) { o.h_ = nullptr; }
  Object& operator=(const Object& o);
  Object& operator=(Object&& o) noexcept;
  ~Object() {
    if (h_) release();
  }

  // Whether it holds a value of a live Engine.
  bool valid() const;
  explicit operator bool() const { return valid(); }
  bool is_none() const;
  std::string type_name() const;  // "int", "list", ... ("" when not valid)
  Result<std::string> repr() const;
  Result<std::string> str() const;
  Result<Object> getattr(std::string_view name) const;
  Result<void> setattr(std::string_view name, const Arg& value) const;
  Result<bool> callable() const;

  // Calls it with positional arguments converted from C++ (see Arg).
  template <class... A>
  Result<Object> operator()(A&&... args) const;
  Result<Object> call_args(const std::vector<Arg>& args) const;
  Result<Object> call_args(const Arg* args, size_t n) const;

  // Converts to a C++ value; a TypeError Error on mismatch.
  template <class T>
  Result<T> as() const;

  // The low-level conversions as<T> is made of (false, `e` filled, on mismatch).
  bool get_int(int64_t& out, detail::ConvError& e) const;
  bool get_double(double& out, detail::ConvError& e) const;
  bool get_bool(bool& out, detail::ConvError& e) const;
  bool get_string(std::string& out, detail::ConvError& e) const;
  bool get_items(std::vector<Object>& out, detail::ConvError& e) const;                       // list, tuple
  bool get_entries(std::vector<std::pair<std::string, Object>>& out, detail::ConvError& e) const;  // dict, str keys
  // The C++ object behind an object of the host class identified by `key` (Engine::define_class).
  bool get_host(const void* key, void*& out, detail::ConvError& e) const;

  // For the implementation.
  Object(detail::Handles* h, uint32_t slot) : h_(h), slot_(slot) {}
  detail::Handles* handles() const { return h_; }
  uint32_t slot() const { return slot_; }

 private:
  void release();
  detail::Handles* h_ = nullptr;
  uint32_t slot_ = 0;
};

// A C++ value on its way into Python (implicitly made from the supported types).
class Arg {
 public:
  enum class Kind { None, Bool, Int, Float, Str, List, Dict, Obj };
  Arg() : kind_(Kind::None) {}
  Arg(std::nullptr_t) : kind_(Kind::None) {}
  Arg(bool b) : kind_(Kind::Bool), i_(b) {}
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Arg(T i) : kind_(Kind::Int), i_(int64_t(i)) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(int64_t)) big_ = uint64_t(i) > uint64_t(INT64_MAX);
  }
  template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
  Arg(T d) : kind_(Kind::Float), d_(double(d)) {}
  Arg(const char* s) : kind_(Kind::Str), s_(s ? s : "") {}
  Arg(std::string_view s) : kind_(Kind::Str), s_(s) {}
  Arg(const std::string& s) : kind_(Kind::Str), s_(s) {}
  Arg(std::string&& s) : kind_(Kind::Str), s_(std::move(s)) {}
  Arg(const Object& o) : kind_(Kind::Obj), obj_(o) {}
  Arg(Object&& o) : kind_(Kind::Obj), obj_(std::move(o)) {}
  template <class T>
  Arg(const std::vector<T>& v) : kind_(Kind::List), parts_(std::make_shared<Parts>()) {
    parts_->items.reserve(v.size());
    for (const auto& x : v) parts_->items.emplace_back(x);
  }
  template <class T>
  Arg(const std::map<std::string, T>& m) : kind_(Kind::Dict), parts_(std::make_shared<Parts>()) {
    for (const auto& [k, x] : m) parts_->entries.emplace_back(k, Arg(x));
  }
  Arg(std::vector<Arg> items) : kind_(Kind::List), parts_(std::make_shared<Parts>()) {
    parts_->items = std::move(items);
  }

  Kind kind() const { return kind_; }
  int64_t int_value() const { return i_; }
  bool unsigned_overflow() const { return big_; }  // a uint64_t above INT64_MAX: i_ holds its bits
  double float_value() const { return d_; }
  const std::string& str_value() const { return s_; }
  const Object& object() const { return obj_; }
  const std::vector<Arg>& items() const { return parts_ ? parts_->items : no_parts().items; }
  const std::vector<std::pair<std::string, Arg>>& entries() const { return parts_ ? parts_->entries : no_parts().entries; }

 private:
  // A list's or dict's elements, apart: most Args are scalars, made and dropped once per
  // call, and stay small without them. Shared between copies (an Arg never changes).
  struct Parts {
    std::vector<Arg> items;
    std::vector<std::pair<std::string, Arg>> entries;
  };
  static const Parts& no_parts() {
    static const Parts empty;
    return empty;
  }
  Kind kind_;
  bool big_ = false;
  int64_t i_ = 0;
  double d_ = 0;
  std::string s_;
  Object obj_;
  std::shared_ptr<Parts> parts_;
};

template <class... A>
Result<Object> Object::operator()(A&&... args) const {
  if constexpr (sizeof...(A) == 0) {
    return call_args(nullptr, 0);
  } else {
    const Arg argv[] = {Arg(std::forward<A>(args))...};  // on the stack: no allocation per call
    return call_args(argv, sizeof...(A));
  }
}

namespace detail {

// From<T>: the conversion of an Object to T, and T's Python name for messages.
template <class T, class = void>
struct From;

template <class T>
struct From<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static constexpr const char* name = "int";
  static bool get(const Object& o, T& out, ConvError& e) {
    int64_t i;
    if (!o.get_int(i, e)) return false;
    bool fits = true;
    if constexpr (std::is_unsigned_v<T>) fits = i >= 0 && uint64_t(i) <= uint64_t(std::numeric_limits<T>::max());
    else fits = i >= int64_t(std::numeric_limits<T>::min()) && i <= int64_t(std::numeric_limits<T>::max());
    if (!fits) {
      e.expected = "int in the C range";
      e.actual = "int out of range";
      return false;
    }
    out = T(i);
    return true;
  }
};
template <class T>
struct From<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static constexpr const char* name = "float";
  static bool get(const Object& o, T& out, ConvError& e) {
    double d;
    if (!o.get_double(d, e)) return false;
    out = T(d);
    return true;
  }
};
template <>
struct From<bool> {
  static constexpr const char* name = "bool";
  static bool get(const Object& o, bool& out, ConvError& e) { return o.get_bool(out, e); }
};
template <>
struct From<std::string> {
  static constexpr const char* name = "str";
  static bool get(const Object& o, std::string& out, ConvError& e) { return o.get_string(out, e); }
};
template <>
struct From<Object> {
  static constexpr const char* name = "object";
  static bool get(const Object& o, Object& out, ConvError&) {
    out = o;
    return true;
  }
};
template <class T>
struct From<std::vector<T>> {
  static constexpr const char* name = "list";
  static bool get(const Object& o, std::vector<T>& out, ConvError& e) {
    std::vector<Object> items;
    if (!o.get_items(items, e)) return false;
    out.clear();
    out.reserve(items.size());
    for (size_t i = 0; i < items.size(); i++) {
      T x{};
      if (!From<T>::get(items[i], x, e)) {
        e.path = "[" + std::to_string(i) + "]" + e.path;
        return false;
      }
      out.push_back(std::move(x));
    }
    return true;
  }
};
template <class T>
struct From<std::map<std::string, T>> {
  static constexpr const char* name = "dict";
  static bool get(const Object& o, std::map<std::string, T>& out, ConvError& e) {
    std::vector<std::pair<std::string, Object>> entries;
    if (!o.get_entries(entries, e)) return false;
    out.clear();
    for (auto& [k, v] : entries) {
      T x{};
      if (!From<T>::get(v, x, e)) {
        e.path = "['" + k + "']" + e.path;
        return false;
      }
      out.emplace(k, std::move(x));
    }
    return true;
  }
};

Error conversion_error(const ConvError& e);

// Host classes (Engine::define_class): a class type that is not one of the converted ones.
template <class T> struct IsHostClass : std::is_class<T> {};
template <> struct IsHostClass<std::string> : std::false_type {};
template <> struct IsHostClass<Object> : std::false_type {};
template <> struct IsHostClass<Arg> : std::false_type {};
template <class T> struct IsHostClass<std::vector<T>> : std::false_type {};
template <class K, class V> struct IsHostClass<std::map<K, V>> : std::false_type {};
// What identifies a C++ type in an Engine's class table (no RTTI).
template <class T>
const void* class_key() {
  static const char key = 0;
  return &key;
}
// T* from the Python object of a class defined for T (not None, not a released one).
template <class T>
struct From<T*, std::enable_if_t<IsHostClass<std::remove_cv_t<T>>::value>> {
  static constexpr const char* name = "object";
  static bool get(const Object& o, T*& out, ConvError& e) {
    void* p = nullptr;
    if (!o.get_host(class_key<std::remove_cv_t<T>>(), p, e)) return false;
    out = static_cast<T*>(p);
    return true;
  }
};

}  // namespace detail

template <class T>
Result<T> Object::as() const {
  detail::ConvError e;
  T out{};
  if (!detail::From<std::decay_t<T>>::get(*this, out, e)) return detail::conversion_error(e);
  return out;
}

// ---- native functions (Engine::define_module) ----

// The arguments of a native call: Objects valid while the call runs (copy one to keep it).
class Args {
 public:
  Args() = default;
  Args(const Object* items, size_t n) : items_(items), n_(n) {}
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const Object& operator[](size_t i) const { return items_[i]; }
  const Object* begin() const { return items_; }
  const Object* end() const { return items_ + n_; }

 private:
  const Object* items_ = nullptr;
  size_t n_ = 0;
};

// One call of a native function from Python: its positional arguments as Objects (keyword
// arguments already put in their places when the function declares parameter names).
struct HostCall {
  std::string_view name;      // the function's name, for messages ("move", "Entity.move")
  Args args;
  size_t implicit = 0;        // leading arguments messages do not count (1: a method's self)
  void* created = nullptr;    // a class's constructor puts the new C++ object here
};
// What a native function gives back: a value for Python, or an Error that becomes a Python
// exception of the builtin class named by Error::type (RuntimeError if there is none).
using HostResult = Result<Arg>;
using HostFn = std::function<HostResult(HostCall&)>;

namespace detail {

Error type_error(std::string message);
Error arg_type_error(std::string_view fn, size_t index, const ConvError& e);
Error arity_error(std::string_view fn, size_t expected, size_t given);

template <class T> struct IsResult : std::false_type {};
template <class T> struct IsResult<Result<T>> : std::true_type {};

template <class R>
HostResult to_native_result(R&& r) {
  using D = std::decay_t<R>;
  if constexpr (std::is_same_v<D, HostResult>) return std::forward<R>(r);
  else if constexpr (std::is_same_v<D, Result<void>>) {
    if (!r.ok()) return r.error();
    return Arg();
  } else if constexpr (IsResult<D>::value) {
    if (!r.ok()) return r.error();
    return Arg(std::move(r).value());
  } else {
    return Arg(std::forward<R>(r));
  }
}

template <class Sig>
struct Signature;
template <class R, class... A>
struct Signature<R(A...)> {
  using Ret = R;
  using Args = std::tuple<std::decay_t<A>...>;
  using Params = std::tuple<A...>;  // as declared (references kept)
  static constexpr size_t arity = sizeof...(A);
};
template <class R, class... A> struct Signature<R (*)(A...)> : Signature<R(A...)> {};
template <class R, class C, class... A> struct Signature<R (C::*)(A...)> : Signature<R(A...)> {};
template <class R, class C, class... A> struct Signature<R (C::*)(A...) const> : Signature<R(A...)> {};
template <class F, class = void>
struct Callable : Signature<F> {};
template <class F>
struct Callable<F, std::void_t<decltype(&F::operator())>> : Signature<decltype(&F::operator())> {};

// How a parameter of type A is received: a host class by reference (T&, const T&) is held
// as a pointer while the arguments are converted; everything else as its decayed type.
template <class A>
struct Param {
  using D = std::remove_cv_t<std::remove_reference_t<A>>;
  static constexpr bool by_ref = IsHostClass<D>::value;
  using Stored = std::conditional_t<by_ref, D*, std::decay_t<A>>;
  static decltype(auto) pass(Stored& s) {
    if constexpr (by_ref) return (*s);
    else return std::move(s);
  }
};

// Converts c.args to the parameters of a callable with parameters A..., calls it, and hands
// its result to `done` (done() for void).
template <class F, class Done, class... A, size_t... I>
HostResult invoke_params(F& f, HostCall& c, Done& done, std::tuple<A...>*, std::index_sequence<I...>) {
  constexpr size_t n = sizeof...(A);
  size_t skip = c.implicit <= n ? c.implicit : n;
  if (c.args.size() != n) return arity_error(c.name, n - skip, c.args.size() >= skip ? c.args.size() - skip : 0);
  std::tuple<typename Param<A>::Stored...> t;
  ConvError e;
  size_t bad = 0;
  bool ok = ((From<typename Param<A>::Stored>::get(c.args[I], std::get<I>(t), e) || (bad = I + 1, false)) && ...);
  (void)t;
  if (!ok) return arg_type_error(c.name, bad > skip ? bad - skip : bad, e);
  using R = decltype(f(Param<A>::pass(std::get<I>(t))...));
  if constexpr (std::is_void_v<R>) {
    f(Param<A>::pass(std::get<I>(t))...);
    return done();
  } else {
    return done(f(Param<A>::pass(std::get<I>(t))...));
  }
}

template <class F, class Done>
HostResult invoke_typed(F& f, HostCall& c, Done&& done) {
  using S = Callable<std::decay_t<F>>;
  return invoke_params(f, c, done, static_cast<typename S::Params*>(nullptr), std::make_index_sequence<S::arity>());
}

// A native function's result for Python.
struct ToArg {
  HostResult operator()() const { return Arg(); }
  template <class R>
  HostResult operator()(R&& r) const { return to_native_result(std::forward<R>(r)); }
};

}  // namespace detail

// A C++ callable for Python: a free function, lambda or std::function whose parameters are
// among the convertible types (Object takes anything) and whose result is void, a
// convertible type, Object, Result<T> or HostResult. Or a raw HostFn, which checks its
// arguments itself.
//
// Parameter names (optional) let Python pass arguments by keyword, with CPython's messages
// ("f() got an unexpected keyword argument 'y'", "f() missing 1 required positional
// argument: 'x'", "f() got multiple values for argument 'x'"):
//   {"spawn", taipan::Function(spawn, {"kind", "x", "y"})}
class Function {
 public:
  Function(HostFn raw) : fn_(std::move(raw)) {}
  template <class F, std::enable_if_t<!std::is_convertible_v<F, HostFn> || !std::is_invocable_v<F, HostCall&>, int> = 0>
  Function(F f) {
    fn_ = [f = std::move(f)](HostCall& c) mutable -> HostResult { return detail::invoke_typed(f, c, detail::ToArg()); };
  }
  template <class F>
  Function(F f, std::vector<std::string> params) : Function(std::move(f)) {
    params_ = std::move(params);
  }
  const HostFn& fn() const { return fn_; }
  const std::vector<std::string>& params() const { return params_; }

 private:
  HostFn fn_;
  std::vector<std::string> params_;
};

// ---- C++ classes for Python (Engine::define_class) ----
//
// A class defined for a C++ type T is a Python type `module.Name` whose objects each refer
// to one T by pointer. Methods and attribute accessors are Functions whose first parameter
// is the object (T&, const T& or T*); the rest are converted as for any native function.
// Objects come from Python calling the class (when it has a constructor: Python owns the
// new T, deleted when the object is collected) or from the host: Engine::wrap(T*) refers to
// a T the host keeps owning (release it with Engine::release before deleting it: Python
// code still holding it then gets ReferenceError), Engine::adopt(std::unique_ptr<T>) hands
// one over (deleted by the collector). The same T* always gives the same Python object.
//
//   engine.define_class(taipan::Class<Entity>("game", "Entity")
//       .init<std::string, double>({"kind", "hp"})
//       .method("move", &Entity::move, {"dx", "dy"})
//       .method("describe", [](const Entity& e) { return e.kind + "!"; })
//       .attr("hp", &Entity::hp)                 // read-write data member
//       .readonly("kind", &Entity::kind)
//       .attr("x", [](const Entity& e) { return e.x; }, [](Entity& e, double v) { e.x = v; }));

// The non-template description a Class<T> builds.
struct ClassDef {
  std::string module, name;
  const void* key = nullptr;         // identifies T (detail::class_key<T>())
  void (*destroy)(void*) = nullptr;  // deletes a T that Python owns
  struct Member {
    std::string name;
    Function fn;  // gets the object as its first argument
  };
  struct Attribute {
    std::string name;
    Function get;  // (object) -> value
    HostFn set;    // (object, value); empty: read-only
  };
  std::vector<Member> methods;
  std::vector<Attribute> attributes;
  Function init = HostFn();  // sets HostCall::created; empty: Python cannot construct it
};

namespace detail {

Error attr_type_error(std::string_view qualname, const ConvError& e);

// A constructor's result: the new object into c.created.
template <class T>
struct Created {
  HostCall& c;
  HostResult operator()() const { return Error{"SystemError", "a constructor returned nothing", ""}; }
  HostResult operator()(T* p) const {
    if (!p) return Error{"ValueError", "the constructor returned no object", ""};
    c.created = p;
    return Arg();
  }
  HostResult operator()(std::unique_ptr<T> p) const { return (*this)(p.release()); }
  HostResult operator()(Result<T*> r) const {
    if (!r.ok()) return r.error();
    return (*this)(r.value());
  }
};

}  // namespace detail

template <class T>
class Class {
 public:
  Class(std::string module, std::string name) {
    def_.module = std::move(module);
    def_.name = std::move(name);
    def_.key = detail::class_key<T>();
    def_.destroy = [](void* p) { delete static_cast<T*>(p); };
  }

  // Python may construct it: T(A...) with the converted arguments.
  template <class... A>
  Class& init(std::vector<std::string> params = {}) {
    return factory([](A... a) { return new T(std::move(a)...); }, std::move(params));
  }
  // Python may construct it through `make`, which returns a T*, a std::unique_ptr<T> or a
  // Result<T*> (an Error becomes the Python exception).
  template <class F>
  Class& factory(F make, std::vector<std::string> params = {}) {
    HostFn fn = [make = std::move(make)](HostCall& c) mutable -> HostResult {
      return detail::invoke_typed(make, c, detail::Created<T>{c});
    };
    def_.init = Function(std::move(fn), std::move(params));
    return *this;
  }

  // A method: a member function, or a callable whose first parameter is T&, const T& or T*.
  template <class F>
  Class& method(std::string name, F f, std::vector<std::string> params = {}) {
    def_.methods.push_back({std::move(name), Function(std::move(f), std::move(params))});
    return *this;
  }
  template <class R, class... A>
  Class& method(std::string name, R (T::*pm)(A...), std::vector<std::string> params = {}) {
    return method(std::move(name), [pm](T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); },
                  std::move(params));
  }
  template <class R, class... A>
  Class& method(std::string name, R (T::*pm)(A...) const, std::vector<std::string> params = {}) {
    return method(std::move(name), [pm](const T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); },
                  std::move(params));
  }

  // A read-write attribute backed by a data member.
  template <class V, std::enable_if_t<!std::is_function_v<V>, int> = 0>
  Class& attr(std::string name, V T::*pm) {
    return attr(std::move(name), [pm](const T& self) -> V { return self.*pm; }, [pm](T& self, V v) { self.*pm = std::move(v); });
  }
  // A read-write attribute through a getter (T& -> V) and a setter ((T&, V) -> void or Result<void>).
  template <class G, class S>
  Class& attr(std::string name, G get, S set) {
    using V = std::tuple_element_t<1, typename detail::Callable<std::decay_t<S>>::Params>;
    std::string qual = def_.name + "." + name;
    HostFn setter = [qual, set = std::move(set)](HostCall& c) mutable -> HostResult {
      detail::ConvError e;
      T* self = nullptr;
      if (c.args.size() != 2 || !detail::From<T*>::get(c.args[0], self, e)) return detail::attr_type_error(qual, e);
      typename detail::Param<V>::Stored v{};
      if (!detail::From<typename detail::Param<V>::Stored>::get(c.args[1], v, e)) return detail::attr_type_error(qual, e);
      if constexpr (std::is_void_v<decltype(set(*self, detail::Param<V>::pass(v)))>) {
        set(*self, detail::Param<V>::pass(v));
        return Arg();
      } else {
        return detail::to_native_result(set(*self, detail::Param<V>::pass(v)));
      }
    };
    def_.attributes.push_back({std::move(name), Function(std::move(get)), std::move(setter)});
    return *this;
  }
  // A read-only attribute: a data member, a const member function, or a getter (T& -> V).
  template <class V, std::enable_if_t<!std::is_function_v<V>, int> = 0>
  Class& readonly(std::string name, V T::*pm) {
    return readonly(std::move(name), [pm](const T& self) -> V { return self.*pm; });
  }
  template <class R>
  Class& readonly(std::string name, R (T::*pm)() const) {
    return readonly(std::move(name), [pm](const T& self) -> R { return (self.*pm)(); });
  }
  template <class G>
  Class& readonly(std::string name, G get) {
    def_.attributes.push_back({std::move(name), Function(std::move(get)), HostFn()});
    return *this;
  }

  const ClassDef& def() const { return def_; }

 private:
  ClassDef def_;
};

}  // namespace taipan
