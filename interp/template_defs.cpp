// dataclasses builds each class's __init__, __repr__, __eq__, the ordering methods, __hash__
// and a frozen class's __setattr__/__delattr__ by exec-ing source of this shape
// (dataclasses._create_fn):
//
//     def __create_fn__(<the names the method needs, joined by ", ">):
//      def __init__(self,x:_type_x,y:_type_y=_dflt_y,*,z:_type_z=_HAS_DEFAULT_FACTORY)->_return_type:
//       self.x=x
//       __dataclass_builtins_object__.__setattr__(self,'y',y)
//       self.z=_dflt_z() if z is _HAS_DEFAULT_FACTORY else z
//      return __init__
//
// This file compiles that shape without a host compiler (the browser has none), and also
// expressions in "eval" mode, which typing compiles for each string annotation
// ("Optional[List['Node']]"). It accepts a small subset of Python, one statement per line:
//   statements   pass | return E | raise E | E | E.attr=E | if E: <block> | def (nested once)
//   expressions  names, 'str' and "str" literals, f"..{E!r}.." strings, decimal ints and
//                floats, ..., attribute access, subscripts, calls with positional arguments,
//                tuples, lists, the arithmetic and bitwise operators (binary and unary), one
//                comparison (== != < <= > >= is, is not, in, not in), not, and/or in
//                conditions, and E if E else E
//   parameters   name[:annotation][=default] and a bare * before keyword-only ones
// Names resolve as CPython's symbol table would: parameters are fast locals, a name the
// inner function reads from __create_fn__ is a cell there and a free variable inside, and
// every other name is a global (a name, at module level). The code is the code CPython 3.11
// writes for the same source, instruction for instruction (tests/templates/run.py checks
// it): where CPython's optimizer would change it (constant folding, jump threading), the
// source is refused rather than compiled differently (layout_matches). Anything refused or
// outside the subset (non-ASCII, backslashes, a duplicate parameter, a keyword used as a
// name, deep nesting) returns "" and the caller asks the host compiler instead, so nothing
// here has to reproduce a SyntaxError or a SyntaxWarning.
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "interp/code_builder.h"
#include "interp/opcodes.h"
#include "interp/templates.h"

namespace taipan::interp {

namespace {

// ---- Syntax tree ----

struct Expr {
  enum Kind {
    kName, kStr, kInt, kFloat, kEllipsis, kFString, kFormat, kAttr, kSubscript, kCall, kTuple, kList, kBinary,
    kUnary, kCompare, kOr, kAnd, kNot, kIfElse
  };
  Kind kind;
  std::string text;  // kName/kStr/kAttr/kInt/kFloat: the name, string or literal (an int may have
                     // a "-"); kBinary/kUnary/kCompare: the operator;
                     // kFormat: the conversion, 'r'/'s'/'a' or ""
  std::vector<Expr> kids;
  // kAttr: {object}; kSubscript: {object, index}; kCall: {callee, args...}; kFString: pieces
  // (kStr or kFormat{value}); kCompare/kBinary: {left, right}; kUnary: {operand}; kOr/kAnd: operands;
  // kIfElse: {body, test, orelse}; kTuple/kList: items.
};

struct Param {
  std::string name;
  std::unique_ptr<Expr> annotation, fallback;  // fallback: the default value
  bool kwonly = false;
};

struct Stmt {
  enum Kind { kPass, kReturn, kRaise, kExpr, kSetAttr, kIf, kDef };
  Kind kind;
  int line;
  std::vector<Expr> exprs;  // kReturn/kRaise/kExpr/kIf: {value}; kSetAttr: {object, value}
  std::string name;         // kSetAttr: the attribute; kDef: the function
  std::vector<Param> params;
  std::unique_ptr<Expr> returns;
  std::vector<Stmt> body;
};

// ---- Tokens, one line at a time ----

struct Token {
  enum Kind { kEnd, kName, kNumber, kFloat, kStr, kFString, kOp } kind = kEnd;
  std::string text;
};


bool tokenize(std::string_view s, std::vector<Token>& out) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ') {
      i++;
    } else if (c == 'f' && i + 1 < s.size() && (s[i + 1] == '"' || s[i + 1] == '\'')) {
      char q = s[i + 1];
      size_t end = s.find(q, i + 2);
      if (end == std::string_view::npos) return false;
      out.push_back({Token::kFString, std::string(s.substr(i + 2, end - i - 2))});
      i = end + 1;
    } else if (ident_start(c)) {
      size_t start = i;
      while (i < s.size() && ident_char(s[i])) i++;
      out.push_back({Token::kName, std::string(s.substr(start, i - start))});
    } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9')) {
      // Decimal ints and floats (1, 2.5, .5, 1., 1e-3); hex, underscores and imaginary
      // literals are left to CPython.
      auto digits = [&] {
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
      };
      size_t start = i;
      bool is_float = false;
      digits();
      if (i < s.size() && s[i] == '.') {
        is_float = true;
        i++;
        digits();
      }
      if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        is_float = true;
        i++;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
        size_t exp = i;
        digits();
        if (i == exp) return false;
      }
      if (i < s.size() && (ident_char(s[i]) || s[i] == '.')) return false;
      out.push_back({is_float ? Token::kFloat : Token::kNumber, std::string(s.substr(start, i - start))});
    } else if (c == '"' || c == '\'') {
      size_t end = s.find(c, i + 1);
      if (end == std::string_view::npos) return false;
      out.push_back({Token::kStr, std::string(s.substr(i + 1, end - i - 1))});
      i = end + 1;
    } else {
      static const char* const longer[] = {"...", "->", "==", "!=", "<=", ">=", "**", "//", "<<", ">>"};
      std::string op(1, c);
      for (const char* t : longer)
        if (op.size() == 1 && s.substr(i, std::char_traits<char>::length(t)) == t) op = t;
      if (op.size() == 1 && std::string_view("(),:=.*+<>[]|-/%&^~@").find(c) == std::string_view::npos) return false;
      out.push_back({Token::kOp, op});
      i += op.size();
    }
  }
  for (const Token& t : out) {  // what the subset leaves out: escapes, quotes in f-strings
    if ((t.kind == Token::kStr || t.kind == Token::kFString) && t.text.find('\\') != std::string::npos) return false;
    if (t.kind == Token::kFString && (t.text.find('\'') != std::string::npos || t.text.find('"') != std::string::npos))
      return false;
  }
  out.push_back({});
  return true;
}

// ---- Parser ----

bool is_constant_name(std::string_view n) { return n == "None" || n == "True" || n == "False"; }

// A literal, or a tuple of literals: what CPython's AST optimizer treats as a constant.
bool is_constant_expr(const Expr& e) {
  if (e.kind == Expr::kStr || e.kind == Expr::kInt || e.kind == Expr::kFloat || e.kind == Expr::kEllipsis) return true;
  if (e.kind == Expr::kName) return is_constant_name(e.text);
  if (e.kind != Expr::kTuple) return false;
  for (const Expr& k : e.kids)
    if (!is_constant_expr(k)) return false;
  return true;
}

// Nesting the parser accepts (parentheses, `not`s, chains of operators and trailers); deeper
// source is left to CPython, so that neither the parser nor the compiler recurses deeply.
constexpr int kMaxNesting = 100;

class Parser {
 public:
  explicit Parser(std::vector<Token> toks) : t_(std::move(toks)) {}
  bool failed = false;

  const Token& peek() const { return t_[pos_]; }
  bool at_op(std::string_view op) const { return peek().kind == Token::kOp && peek().text == op; }
  bool at_word(std::string_view w) const { return peek().kind == Token::kName && peek().text == w; }
  bool at_end() const { return peek().kind == Token::kEnd; }
  bool eat_op(std::string_view op) {
    if (!at_op(op)) return false;
    pos_++;
    return true;
  }
  bool eat_word(std::string_view w) {
    if (!at_word(w)) return false;
    pos_++;
    return true;
  }
  void expect_op(std::string_view op) {
    if (!eat_op(op)) failed = true;
  }
  // A name that is not a keyword (None, True and False are parsed as names and loaded as
  // constants by the compiler).
  std::string identifier() {
    if (peek().kind != Token::kName || (is_keyword(peek().text) && !is_constant(peek().text))) {
      failed = true;
      return "";
    }
    return t_[pos_++].text;
  }
  static bool is_constant(std::string_view n) { return is_constant_name(n); }
  // A literal or display, which CPython warns about calling or subscripting ("perhaps you
  // missed a comma?"); such source is left to CPython, which prints the SyntaxWarning.
  static bool is_literal(const Expr& e) {
    return e.kind == Expr::kStr || e.kind == Expr::kInt || e.kind == Expr::kFloat || e.kind == Expr::kEllipsis ||
           e.kind == Expr::kFString ||
           e.kind == Expr::kTuple || e.kind == Expr::kList || (e.kind == Expr::kName && is_constant(e.text));
  }
  // An operand of `is` that CPython folds to a constant other than None, True, False and
  // ... ("is" with a literal: a SyntaxWarning).
  static bool warns_with_is(const Expr& e) {
    return is_constant_expr(e) && e.kind != Expr::kEllipsis && e.kind != Expr::kName;
  }

  Expr expr() {
    Nested in(*this);
    if (failed) return {Expr::kTuple, "", {}};
    Expr body = disjunction();
    if (!eat_word("if")) return body;
    Expr test = disjunction();
    if (!eat_word("else")) failed = true;
    Expr orelse = expr();
    return {Expr::kIfElse, "", {std::move(body), std::move(test), std::move(orelse)}};
  }

 private:
  struct Nested {
    Parser& p;
    explicit Nested(Parser& p_) : p(p_) {
      if (++p.nesting_ > kMaxNesting) p.failed = true;
    }
    ~Nested() { p.nesting_--; }
  };
  // A left-nested chain (a + b + c, a.b[c](d)) is as deep as it is long: each link counts
  // as one level for what is parsed inside it.
  struct Chain {
    Parser& p;
    int links = 0;
    explicit Chain(Parser& p_) : p(p_) {}
    bool next() {
      links++;
      if (++p.nesting_ > kMaxNesting) p.failed = true;
      return !p.failed;
    }
    ~Chain() { p.nesting_ -= links; }
  };

  Expr boolean(Expr::Kind kind, const char* word, Expr (Parser::*operand)()) {
    Expr first = (this->*operand)();
    if (!at_word(word)) return first;
    Expr e{kind, "", {}};
    e.kids.push_back(std::move(first));
    Chain chain(*this);
    while (chain.next() && eat_word(word)) e.kids.push_back((this->*operand)());
    return e;
  }
  Expr disjunction() { return boolean(Expr::kOr, "or", &Parser::conjunction); }
  Expr conjunction() { return boolean(Expr::kAnd, "and", &Parser::inversion); }
  Expr inversion() {
    Nested in(*this);
    if (failed) return {Expr::kTuple, "", {}};
    if (eat_word("not")) return {Expr::kNot, "", {inversion()}};
    return comparison();
  }
  Expr comparison() {
    Expr left = bitor_();
    std::string op;
    if (peek().kind == Token::kOp && (peek().text == "==" || peek().text == "!=" || peek().text == "<" ||
                                      peek().text == "<=" || peek().text == ">" || peek().text == ">=")) {
      op = t_[pos_++].text;
    } else if (eat_word("is")) {
      op = eat_word("not") ? "is not" : "is";
    } else if (eat_word("in")) {
      op = "in";
    } else if (at_word("not") && t_[pos_ + 1].kind == Token::kName && t_[pos_ + 1].text == "in") {
      pos_ += 2;
      op = "not in";
    } else {
      return left;
    }
    Expr right = bitor_();
    if ((op == "is" || op == "is not") && (warns_with_is(left) || warns_with_is(right))) failed = true;
    if (peek().kind == Token::kOp && (peek().text == "<" || peek().text == ">" || peek().text == "==" ||
                                      peek().text == "!=" || peek().text == "<=" || peek().text == ">="))
      failed = true;  // a chained comparison
    if (at_word("is") || at_word("in") || (at_word("not") && t_[pos_ + 1].text == "in")) failed = true;
    return {Expr::kCompare, op, {std::move(left), std::move(right)}};
  }
  // Binary operators by precedence, loosest first (each level left-associative).
  static constexpr const char* kLevels[][5] = {
      {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};
  Expr bitor_() { return binary(0); }
  Expr binary(size_t level) {
    if (level == std::size(kLevels)) return factor();
    Expr left = binary(level + 1);
    Chain chain(*this);
    while (chain.next()) {
      const char* op = nullptr;
      for (const char* o : kLevels[level])
        if (o && at_op(o)) op = o;
      if (!op) break;
      pos_++;
      left = Expr{Expr::kBinary, op, {std::move(left), binary(level + 1)}};
    }
    return left;
  }
  // -x, +x, ~x; a minus before a number literal is folded into it, as CPython folds it.
  Expr factor() {
    Nested in(*this);
    if (failed) return {Expr::kTuple, "", {}};
    for (const char* op : {"-", "+", "~"}) {
      if (!eat_op(op)) continue;
      Expr operand = factor();
      if (op[0] == '-' && (operand.kind == Expr::kInt || operand.kind == Expr::kFloat)) {
        operand.text = operand.text[0] == '-' ? operand.text.substr(1) : "-" + operand.text;
        return operand;
      }
      return {Expr::kUnary, op, {std::move(operand)}};
    }
    return power();
  }
  Expr power() {
    Expr base = primary();
    if (!eat_op("**")) return base;
    return {Expr::kBinary, "**", {std::move(base), factor()}};
  }
  Expr primary() {
    Expr e = atom();
    Chain chain(*this);
    while (chain.next()) {
      if ((at_op("(") || at_op("[")) && is_literal(e)) {
        failed = true;
      } else if (eat_op(".")) {
        e = Expr{Expr::kAttr, identifier(), {std::move(e)}};
      } else if (eat_op("(")) {
        Expr call{Expr::kCall, "", {}};
        call.kids.push_back(std::move(e));
        while (!failed && !eat_op(")")) {
          call.kids.push_back(expr());
          if (!at_op(")")) expect_op(",");
        }
        e = std::move(call);
      } else if (eat_op("[")) {
        Expr index = expr();
        if (at_op(",")) {  // a[x, y]: the index is a tuple
          Expr tuple{Expr::kTuple, "", {}};
          tuple.kids.push_back(std::move(index));
          while (!failed && eat_op(",") && !at_op("]")) tuple.kids.push_back(expr());
          index = std::move(tuple);
        }
        expect_op("]");
        e = Expr{Expr::kSubscript, "", {std::move(e), std::move(index)}};
      } else {
        break;
      }
    }
    return e;
  }
  Expr atom() {
    const Token& t = peek();
    if (t.kind == Token::kName) return {Expr::kName, identifier(), {}};
    if (t.kind == Token::kStr) return {Expr::kStr, t_[pos_++].text, {}};
    if (t.kind == Token::kNumber) {
      const std::string& digits = t_[pos_++].text;
      if ((digits.size() > 1 && digits[0] == '0') || digits.size() > 9) failed = true;  // 01 is a SyntaxError
      return {Expr::kInt, digits, {}};
    }
    if (t.kind == Token::kFloat) return {Expr::kFloat, t_[pos_++].text, {}};
    if (eat_op("...")) return {Expr::kEllipsis, "", {}};
    if (eat_op("[")) {
      Expr list{Expr::kList, "", {}};
      while (!failed && !eat_op("]")) {
        list.kids.push_back(expr());
        if (!at_op("]")) expect_op(",");
      }
      return list;
    }
    if (t.kind == Token::kFString) return fstring(t_[pos_++].text);
    if (eat_op("(")) {
      if (eat_op(")")) return {Expr::kTuple, "", {}};
      Expr first = expr();
      if (eat_op(")")) return first;  // parenthesized
      Expr tuple{Expr::kTuple, "", {}};
      tuple.kids.push_back(std::move(first));
      while (!failed && eat_op(",")) {
        if (at_op(")")) break;
        tuple.kids.push_back(expr());
      }
      expect_op(")");
      return tuple;
    }
    failed = true;
    return {Expr::kTuple, "", {}};
  }
  // f"text{expr!r}text": replacement fields with an optional conversion, no format spec.
  Expr fstring(const std::string& s) {
    Expr f{Expr::kFString, "", {}};
    std::string literal;
    for (size_t i = 0; i < s.size() && !failed; i++) {
      char c = s[i];
      if ((c == '{' || c == '}') && i + 1 < s.size() && s[i + 1] == c) {
        literal.push_back(c);
        i++;
      } else if (c == '}') {
        failed = true;
      } else if (c == '{') {
        size_t close = s.find('}', i);
        if (close == std::string::npos) {
          failed = true;
          break;
        }
        std::string_view field(s.data() + i + 1, close - i - 1);
        std::string conversion;
        size_t bang = field.rfind('!');
        if (bang != std::string_view::npos && bang + 2 == field.size() &&
            std::string_view("rsa").find(field[bang + 1]) != std::string_view::npos) {
          conversion = field.substr(bang + 1);
          field = field.substr(0, bang);
        }
        std::vector<Token> toks;
        if (field.find_first_of("{:!=") != std::string_view::npos || !tokenize(field, toks)) {
          failed = true;
          break;
        }
        Parser inner(std::move(toks));
        Expr value = inner.expr();
        if (inner.failed || !inner.at_end()) {
          failed = true;
          break;
        }
        if (!literal.empty()) f.kids.push_back({Expr::kStr, std::move(literal), {}});
        literal.clear();
        f.kids.push_back({Expr::kFormat, conversion, {std::move(value)}});
        i = close;
      } else {
        literal.push_back(c);
      }
    }
    if (!literal.empty()) f.kids.push_back({Expr::kStr, std::move(literal), {}});
    if (f.kids.empty()) return {Expr::kStr, "", {}};
    if (f.kids.size() == 1 && f.kids[0].kind == Expr::kStr) return std::move(f.kids[0]);
    return f;
  }

  std::vector<Token> t_;
  size_t pos_ = 0;
  int nesting_ = 0;
};

struct Line {
  int number;  // 1-based
  int indent;
  std::vector<Token> tokens;
};

// Parses the lines [i, end) at indent `indent` into `out`; false if they are not the subset.
bool parse_block(const std::vector<Line>& lines, size_t& i, int indent, int depth, std::vector<Stmt>& out);

bool parse_def(Parser& p, Stmt& s) {
  s.kind = Stmt::kDef;
  s.name = p.identifier();
  p.expect_op("(");
  bool kwonly = false;
  while (!p.failed && !p.eat_op(")")) {
    if (p.eat_op("*")) {
      if (kwonly) return false;
      kwonly = true;
    } else {
      Param param;
      param.name = p.identifier();
      param.kwonly = kwonly;
      if (p.eat_op(":")) param.annotation = std::make_unique<Expr>(p.expr());
      if (p.eat_op("=")) param.fallback = std::make_unique<Expr>(p.expr());
      for (const Param& q : s.params)
        if (q.name == param.name) return false;
      if (!param.fallback && !kwonly && !s.params.empty() && s.params.back().fallback) return false;
      if (Parser::is_constant(param.name)) return false;
      s.params.push_back(std::move(param));
    }
    if (!p.at_op(")")) p.expect_op(",");
  }
  if (kwonly && (s.params.empty() || !s.params.back().kwonly)) return false;  // "*" needs a name after it
  if (p.eat_op("->")) s.returns = std::make_unique<Expr>(p.expr());
  p.expect_op(":");
  return !p.failed && p.at_end();
}

bool parse_block(const std::vector<Line>& lines, size_t& i, int indent, int depth, std::vector<Stmt>& out) {
  while (i < lines.size() && lines[i].indent == indent) {
    const Line& line = lines[i++];
    Parser p(line.tokens);
    Stmt s;
    s.line = line.number;
    bool opens_block = false;
    if (p.eat_word("pass")) {
      s.kind = Stmt::kPass;
    } else if (p.eat_word("return")) {
      s.kind = Stmt::kReturn;
      s.exprs.push_back(p.expr());
    } else if (p.eat_word("raise")) {
      s.kind = Stmt::kRaise;
      s.exprs.push_back(p.expr());
    } else if (p.eat_word("if")) {
      s.kind = Stmt::kIf;
      s.exprs.push_back(p.expr());
      p.expect_op(":");
      opens_block = true;
    } else if (p.eat_word("def")) {
      if (depth >= 2 || !parse_def(p, s)) return false;
      opens_block = true;
    } else {
      Expr e = p.expr();
      if (p.eat_op("=")) {
        if (e.kind != Expr::kAttr) return false;
        s.kind = Stmt::kSetAttr;
        s.name = e.text;
        s.exprs.push_back(std::move(e.kids[0]));
        s.exprs.push_back(p.expr());
      } else {
        s.kind = Stmt::kExpr;
        s.exprs.push_back(std::move(e));
      }
    }
    if (p.failed || !p.at_end()) return false;
    if (opens_block) {
      if (i >= lines.size() || lines[i].indent <= indent) return false;
      if (!parse_block(lines, i, lines[i].indent, depth + (s.kind == Stmt::kDef), s.body)) return false;
    }
    out.push_back(std::move(s));
  }
  return i == lines.size() || lines[i].indent < indent;
}

// ---- What CPython's optimizer would change ----

// True if CPython 3.11 compiles `e` to the code this compiler writes. Its AST optimizer folds
// operations on constants (1 + 2, -1, not None, ("a", 1), x in [1, 2]) and its CFG optimizer
// threads jumps between boolean operators and drops constant conditions; rather than copy
// those passes, such expressions are left to the host compiler. `condition`: `e` decides a
// jump (an if, a conditional expression's test).
// The constant a constant expression folds to.
CodeConst constant_of(const Expr& e) {
  CodeConst c;
  switch (e.kind) {
    case Expr::kStr: c.kind = CodeConst::kStr; c.text = e.text; break;
    case Expr::kInt: c.kind = CodeConst::kInt; c.number = std::stoi(e.text); break;
    case Expr::kFloat: c.kind = CodeConst::kFloat; c.real = std::strtod(e.text.c_str(), nullptr); break;
    case Expr::kEllipsis: c.kind = CodeConst::kEllipsis; break;
    case Expr::kTuple:
      c.kind = CodeConst::kTuple;
      for (const Expr& k : e.kids) c.items.push_back(constant_of(k));
      break;
    default:  // None, True, False
      c.kind = e.text == "None" ? CodeConst::kNone : e.text == "True" ? CodeConst::kTrue : CodeConst::kFalse;
      break;
  }
  return c;
}

bool layout_matches(const Expr& e, bool condition) {
  switch (e.kind) {
    case Expr::kOr:
    case Expr::kAnd:
      if (!condition) return false;  // a value: CPython threads the JUMP_IF_*_OR_POPs
      for (const Expr& k : e.kids)
        if (k.kind == Expr::kOr || k.kind == Expr::kAnd || is_constant_expr(k) || !layout_matches(k, true)) return false;
      return true;
    case Expr::kNot: return !is_constant_expr(e.kids[0]) && layout_matches(e.kids[0], condition);
    case Expr::kIfElse:
      return !is_constant_expr(e.kids[1]) && layout_matches(e.kids[1], true) && layout_matches(e.kids[0], false) &&
             layout_matches(e.kids[2], false);
    case Expr::kList: {
      int constants = 0;
      for (const Expr& k : e.kids) constants += is_constant_expr(k);
      if (e.kids.size() >= 3 && constants == int(e.kids.size())) return false;  // BUILD_LIST + LIST_EXTEND
      break;
    }
    case Expr::kBinary:  // both constant: folded (1 + 2)
      if (is_constant_expr(e.kids[0]) && is_constant_expr(e.kids[1])) return false;
      break;
    case Expr::kUnary:  // ~1, +1: folded
      if (is_constant_expr(e.kids[0])) return false;
      break;
    case Expr::kCompare:
      if ((e.text == "in" || e.text == "not in") && e.kids[1].kind == Expr::kList) return false;  // made a tuple
      break;
    default: break;
  }
  if (e.kind == Expr::kFString && condition) return false;
  for (const Expr& k : e.kids)
    if (!layout_matches(k, false)) return false;
  return true;
}

bool layout_matches(const std::vector<Stmt>& body) {
  for (const Stmt& s : body) {
    if (s.kind == Stmt::kIf && (is_constant_expr(s.exprs[0]) || !layout_matches(s.exprs[0], true))) return false;
    if (s.kind != Stmt::kIf)
      for (const Expr& e : s.exprs)
        if (!layout_matches(e, false)) return false;
    for (const Param& p : s.params)
      if ((p.annotation && !layout_matches(*p.annotation, false)) || (p.fallback && !layout_matches(*p.fallback, false)))
        return false;
    if (s.returns && !layout_matches(*s.returns, false)) return false;
    if (!layout_matches(s.body)) return false;
  }
  return true;
}

// ---- Compiler ----

// One function (or the module) being compiled.
struct Scope {
  CodeBuilder code;
  Scope* parent;  // the enclosing function; nullptr for the module and for functions in it
  bool is_module;
  std::string qualname;
  std::vector<std::string> frees;  // in co_localsplusnames order, after the locals

  Scope(std::string_view name, std::string_view qualname_, int firstlineno, Scope* parent_, bool module)
      : code(name, qualname_, firstlineno), parent(parent_), is_module(module), qualname(qualname_) {}
};

void collect_names(const Expr& e, std::vector<std::string>& out) {
  if (e.kind == Expr::kName) out.push_back(e.text);
  for (const Expr& k : e.kids) collect_names(k, out);
}

std::vector<std::string> unbound_reads(const Stmt& def);

// Names read inside a function body, nested blocks included. A nested def's defaults and
// annotations are read here; what its body reads and it does not bind is read through here.
void collect_names(const std::vector<Stmt>& body, std::vector<std::string>& out) {
  for (const Stmt& s : body) {
    for (const Expr& e : s.exprs) collect_names(e, out);
    if (s.kind != Stmt::kDef) {
      collect_names(s.body, out);
      continue;
    }
    for (const Param& p : s.params) {
      if (p.annotation) collect_names(*p.annotation, out);
      if (p.fallback) collect_names(*p.fallback, out);
    }
    if (s.returns) collect_names(*s.returns, out);
    for (std::string& n : unbound_reads(s)) out.push_back(std::move(n));
  }
}

// The names a def's body reads (its nested defs' included) that it does not bind itself.
std::vector<std::string> unbound_reads(const Stmt& def) {
  std::vector<std::string> read, out;
  collect_names(def.body, read);
  for (std::string& n : read) {
    bool own = false;
    for (const Param& p : def.params) own = own || p.name == n;
    for (const Stmt& st : def.body) own = own || (st.kind == Stmt::kDef && st.name == n);
    if (!own) out.push_back(std::move(n));
  }
  return out;
}

class Compiler {
 public:
  explicit Compiler(std::string_view filename) : filename_(filename) {}

  void load_name(Scope& s, const std::string& n) {
    CodeBuilder& c = s.code;
    if (Parser::is_constant(n)) {
      CodeConst k;
      k.kind = n == "None" ? CodeConst::kNone : n == "True" ? CodeConst::kTrue : CodeConst::kFalse;
      c.emit(LOAD_CONST, uint32_t(c.constant(k)));
      return;
    }
    if (s.is_module) {
      c.emit(LOAD_NAME, uint32_t(c.name(n)));
      return;
    }
    int i = c.find_local(n);
    if (i < 0) {
      c.emit(LOAD_GLOBAL, uint32_t(c.name(n) << 1));
    } else {
      c.emit(c.local_kind(i) & (kFastCell | kFastFree) ? LOAD_DEREF : LOAD_FAST, uint32_t(i));
    }
  }

  void store_name(Scope& s, const std::string& n) {
    CodeBuilder& c = s.code;
    if (s.is_module) {
      c.emit(STORE_NAME, uint32_t(c.name(n)));
      return;
    }
    int i = c.find_local(n);
    c.emit(c.local_kind(i) & kFastCell ? STORE_DEREF : STORE_FAST, uint32_t(i));
  }

  void expr(Scope& s, const Expr& e) {
    CodeBuilder& c = s.code;
    switch (e.kind) {
      case Expr::kName: load_name(s, e.text); break;
      case Expr::kStr: c.emit(LOAD_CONST, uint32_t(c.str_constant(e.text))); break;
      case Expr::kInt:
      case Expr::kFloat: c.emit(LOAD_CONST, uint32_t(c.constant(constant_of(e)))); break;
      case Expr::kEllipsis: c.emit(LOAD_CONST, uint32_t(c.constant({CodeConst::kEllipsis, "", {}, 0}))); break;
      case Expr::kList:
        for (const Expr& k : e.kids) expr(s, k);
        c.emit(BUILD_LIST, uint32_t(e.kids.size()));
        break;
      case Expr::kSubscript:
        expr(s, e.kids[0]);
        expr(s, e.kids[1]);
        c.emit(BINARY_SUBSCR);
        break;
      case Expr::kFormat:
        expr(s, e.kids[0]);
        c.emit(FORMAT_VALUE, e.text == "s" ? 1 : e.text == "r" ? 2 : e.text == "a" ? 3 : 0);
        break;
      case Expr::kFString:
        for (const Expr& k : e.kids) expr(s, k);
        if (e.kids.size() > 1) c.emit(BUILD_STRING, uint32_t(e.kids.size()));
        break;
      case Expr::kAttr:
        expr(s, e.kids[0]);
        c.emit(LOAD_ATTR, uint32_t(c.name(e.text)));
        break;
      case Expr::kCall: {
        const Expr& callee = e.kids[0];
        if (callee.kind == Expr::kAttr) {
          expr(s, callee.kids[0]);
          c.emit(LOAD_METHOD, uint32_t(c.name(callee.text)));
        } else if (callee.kind == Expr::kName && !s.is_module && c.find_local(callee.text) < 0 &&
                   !Parser::is_constant(callee.text)) {
          c.emit(LOAD_GLOBAL, uint32_t(c.name(callee.text) << 1 | 1));  // NULL + the global
        } else {
          c.emit(PUSH_NULL);
          expr(s, callee);
        }
        for (size_t i = 1; i < e.kids.size(); i++) expr(s, e.kids[i]);
        c.emit(PRECALL, uint32_t(e.kids.size() - 1));
        c.emit(CALL, uint32_t(e.kids.size() - 1));
        break;
      }
      case Expr::kTuple: {
        if (is_constant_expr(e)) {  // folded, as CPython folds a tuple of constants
          c.emit(LOAD_CONST, uint32_t(c.constant(constant_of(e))));
          break;
        }
        for (const Expr& k : e.kids) expr(s, k);
        c.emit(BUILD_TUPLE, uint32_t(e.kids.size()));
        break;
      }
      case Expr::kBinary: {
        expr(s, e.kids[0]);
        expr(s, e.kids[1]);
        // Include/opcode.h's NB_* order: + & // << @ * % | ** >> - / ^
        static const char* const ops[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
        for (uint32_t k = 0; k < std::size(ops); k++)
          if (e.text == ops[k]) c.emit(BINARY_OP, k);
        break;
      }
      case Expr::kUnary:
        expr(s, e.kids[0]);
        c.emit(e.text == "-" ? UNARY_NEGATIVE : e.text == "+" ? UNARY_POSITIVE : UNARY_INVERT);
        break;
      case Expr::kCompare: {
        expr(s, e.kids[0]);
        expr(s, e.kids[1]);
        static const char* const cmp[] = {"<", "<=", "==", "!=", ">", ">="};  // Include/object.h order
        for (uint32_t k = 0; k < 6; k++)
          if (e.text == cmp[k]) c.emit(COMPARE_OP, k);
        if (e.text == "is" || e.text == "is not") c.emit(IS_OP, e.text == "is not");
        if (e.text == "in" || e.text == "not in") c.emit(CONTAINS_OP, e.text == "not in");
        break;
      }
      case Expr::kNot:
        expr(s, e.kids[0]);
        c.emit(UNARY_NOT);
        break;
      case Expr::kOr:
      case Expr::kAnd: {
        CodeBuilder::Label end;
        for (size_t i = 0; i < e.kids.size(); i++) {
          expr(s, e.kids[i]);
          if (i + 1 < e.kids.size()) {
            c.jump(e.kind == Expr::kOr ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP, end);
          }
        }
        c.land(end);
        break;
      }
      case Expr::kIfElse: {
        CodeBuilder::Label orelse, end;
        jump_if(s, e.kids[1], false, orelse);
        int depth = c.depth();
        expr(s, e.kids[0]);
        c.jump(JUMP_FORWARD, end);
        c.land(orelse);
        c.set_depth(depth);
        expr(s, e.kids[2]);
        c.land(end);
        break;
      }
    }
  }

  // `return e`. A conditional expression returns from each branch, as CPython's optimizer
  // copies the small exit block to the end of each.
  void return_value(Scope& s, const Expr& e) {
    if (e.kind != Expr::kIfElse) {
      expr(s, e);
      s.code.emit(RETURN_VALUE);
      return;
    }
    CodeBuilder::Label orelse;
    jump_if(s, e.kids[1], false, orelse);
    return_value(s, e.kids[0]);
    s.code.land(orelse);
    return_value(s, e.kids[2]);
  }

  // Jumps to `to` when the truth of `e` is `when`; falls through otherwise.
  void jump_if(Scope& s, const Expr& e, bool when, CodeBuilder::Label& to) {
    if (e.kind == Expr::kNot) return jump_if(s, e.kids[0], !when, to);
    if (e.kind == Expr::kOr || e.kind == Expr::kAnd) {
      bool any = e.kind == Expr::kOr;  // "or" is decided by the first true operand
      if (when == any) {
        for (const Expr& k : e.kids) jump_if(s, k, when, to);
      } else {
        CodeBuilder::Label decided;
        for (size_t i = 0; i + 1 < e.kids.size(); i++) jump_if(s, e.kids[i], any, decided);
        jump_if(s, e.kids.back(), when, to);
        s.code.land(decided);
      }
      return;
    }
    expr(s, e);
    s.code.jump(when ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_FORWARD_IF_FALSE, to);
  }

  void body(Scope& s, const std::vector<Stmt>& stmts) {
    for (const Stmt& st : stmts) statement(s, st);
  }

  void statement(Scope& s, const Stmt& st) {
    CodeBuilder& c = s.code;
    c.set_line(st.line);
    switch (st.kind) {
      case Stmt::kPass: break;
      case Stmt::kReturn: return_value(s, st.exprs[0]); break;
      case Stmt::kRaise:
        expr(s, st.exprs[0]);
        c.emit(RAISE_VARARGS, 1);
        break;
      case Stmt::kExpr:
        expr(s, st.exprs[0]);
        c.emit(POP_TOP);
        break;
      case Stmt::kSetAttr:
        expr(s, st.exprs[1]);
        expr(s, st.exprs[0]);
        c.emit(STORE_ATTR, uint32_t(c.name(st.name)));
        break;
      case Stmt::kIf: {
        CodeBuilder::Label end;
        jump_if(s, st.exprs[0], false, end);
        body(s, st.body);
        c.land(end);
        break;
      }
      case Stmt::kDef: define(s, st); break;
    }
  }

  // A def statement in `s`: the function's code, then its defaults, annotations and closure
  // evaluated in `s`, then MAKE_FUNCTION and the store of its name.
  void define(Scope& s, const Stmt& def) {
    std::string qualname = s.is_module ? def.name : s.qualname + ".<locals>." + def.name;
    Scope f(def.name, qualname, def.line, s.is_module ? nullptr : &s, false);
    int argcount = 0, kwonly = 0;
    for (const Param& p : def.params) {
      f.code.add_local(p.name, kFastLocal);
      (p.kwonly ? kwonly : argcount)++;
    }
    for (const Stmt& st : def.body)
      if (st.kind == Stmt::kDef && f.code.find_local(st.name) < 0) f.code.add_local(st.name, kFastLocal);
    // Cells: its locals that a nested def reads (the nested def's free variables).
    std::vector<int> cells;
    for (const Stmt& st : def.body) {
      if (st.kind != Stmt::kDef) continue;
      for (const std::string& n : unbound_reads(st)) {
        int i = f.code.find_local(n);
        if (i >= 0 && !(f.code.local_kind(i) & kFastCell)) {
          f.code.mark_cell(i);
          cells.push_back(i);
        }
      }
    }
    // Free variables: what its body reads (nested defs included) that the enclosing
    // function binds.
    if (f.parent) {
      for (const std::string& n : unbound_reads(def))
        if (s.code.find_local(n) >= 0 && f.code.find_local(n) < 0 &&
            std::find(f.frees.begin(), f.frees.end(), n) == f.frees.end())
          f.frees.push_back(n);
      std::sort(f.frees.begin(), f.frees.end());  // co_freevars are in name order
      for (const std::string& n : f.frees) f.code.add_local(n, kFastFree);
    }
    f.code.none_constant();  // co_consts[0]: the docstring's place (a str there would become __doc__)
    f.code.set_line(CodeBuilder::kNoLine);
    for (int i : cells) f.code.emit(MAKE_CELL, uint32_t(i));
    if (!f.frees.empty()) f.code.emit(COPY_FREE_VARS, uint32_t(f.frees.size()));
    f.code.set_line(def.line);
    f.code.emit(RESUME, 0);
    body(f, def.body);
    if (def.body.empty() || def.body.back().kind != Stmt::kReturn) {
      f.code.emit(LOAD_CONST, uint32_t(f.code.none_constant()));
      f.code.emit(RETURN_VALUE);
    }
    if (!f.code.ok()) ok = false;
    std::string marshalled = f.code.finish(argcount, kwonly, f.parent ? 0x13 : 0x03, filename_);

    CodeBuilder& c = s.code;
    c.set_line(def.line);
    uint32_t flags = 0;
    int defaults = 0;
    for (const Param& p : def.params)
      if (p.fallback && !p.kwonly) {
        expr(s, *p.fallback);
        defaults++;
      }
    if (defaults) {
      c.emit(BUILD_TUPLE, uint32_t(defaults));
      flags |= 0x01;
    }
    int kwdefaults = 0;
    for (const Param& p : def.params)
      if (p.fallback && p.kwonly) {
        c.emit(LOAD_CONST, uint32_t(c.str_constant(p.name)));
        expr(s, *p.fallback);
        kwdefaults++;
      }
    if (kwdefaults) {
      c.emit(BUILD_MAP, uint32_t(kwdefaults));
      flags |= 0x02;
    }
    int annotations = 0;
    for (const Param& p : def.params)
      if (p.annotation) {
        c.emit(LOAD_CONST, uint32_t(c.str_constant(p.name)));
        expr(s, *p.annotation);
        annotations++;
      }
    if (def.returns) {
      c.emit(LOAD_CONST, uint32_t(c.str_constant("return")));
      expr(s, *def.returns);
      annotations++;
    }
    if (annotations) {
      c.emit(BUILD_TUPLE, uint32_t(2 * annotations));
      flags |= 0x04;
    }
    if (!f.frees.empty()) {
      for (const std::string& n : f.frees) c.emit(LOAD_CLOSURE, uint32_t(c.find_local(n)));
      c.emit(BUILD_TUPLE, uint32_t(f.frees.size()));
      flags |= 0x08;
    }
    c.emit(LOAD_CONST, uint32_t(c.constant({CodeConst::kCode, std::move(marshalled), {}, 0})));
    c.emit(MAKE_FUNCTION, flags);
    store_name(s, def.name);
  }

  bool ok = true;

 private:
  std::string filename_;
};

}  // namespace

std::string compile_function_factory(std::string_view source, std::string_view filename) {
  constexpr std::string_view kHead = "def __create_fn__(";
  if (source.substr(0, kHead.size()) != kHead) return "";
  std::vector<Line> lines;
  size_t at = 0;
  int number = 1;
  while (at <= source.size()) {
    size_t end = source.find('\n', at);
    if (end == std::string_view::npos) end = source.size();
    std::string_view text = source.substr(at, end - at);
    for (char ch : text)
      if (uint8_t(ch) >= 0x80 || ch == '\t' || ch == '\r' || ch == '#' || ch == ';' || ch == '\\') return "";
    size_t indent = text.find_first_not_of(' ');
    if (indent != std::string_view::npos) {
      Line line{number, int(indent), {}};
      if (!tokenize(text.substr(indent), line.tokens)) return "";
      lines.push_back(std::move(line));
    }
    at = end + 1;
    number++;
  }
  std::vector<Stmt> module;
  size_t i = 0;
  if (lines.empty() || lines[0].indent != 0 || !parse_block(lines, i, 0, 0, module) || i != lines.size())
    return "";
  if (module.size() != 1 || module[0].kind != Stmt::kDef || !layout_matches(module)) return "";

  Compiler compiler(filename);
  Scope top("<module>", "<module>", 1, nullptr, true);
  top.code.set_line(0);  // a module's RESUME is on line 0
  top.code.emit(RESUME, 0);
  top.code.set_line(1);
  compiler.body(top, module);
  top.code.emit(LOAD_CONST, uint32_t(top.code.none_constant()));
  top.code.emit(RETURN_VALUE);
  if (!compiler.ok || !top.code.ok()) return "";
  return top.code.finish(0, 0, 0, filename);
}

std::string compile_expression(std::string_view source, std::string_view filename, int64_t flags) {
  while (!source.empty() && (source.back() == '\n' || source.back() == ' ')) source.remove_suffix(1);
  if (source.empty() || source[0] == ' ') return "";
  for (char ch : source)
    if (uint8_t(ch) >= 0x80 || ch == '\n' || ch == '\t' || ch == '\r' || ch == '#' || ch == '\\') return "";
  std::vector<Token> toks;
  if (!tokenize(source, toks)) return "";
  Parser p(std::move(toks));
  Expr e = p.expr();
  if (p.failed || !p.at_end() || !layout_matches(e, false)) return "";
  Compiler compiler(filename);
  Scope top("<module>", "<module>", 1, nullptr, true);
  top.code.set_line(0);
  top.code.emit(RESUME, 0);
  top.code.set_line(1);
  compiler.return_value(top, e);
  if (!compiler.ok || !top.code.ok()) return "";
  return top.code.finish(0, 0, int(flags), filename);
}

}  // namespace taipan::interp
