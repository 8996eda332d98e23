# Recursive-descent arithmetic expression parser and evaluator
class ParseError(Exception):
    pass

def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        elif c in "+-*/()%^":
            tokens.append(c)
            i += 1
        else:
            raise ParseError(f"bad character {c!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            v = v * rhs if op == "*" else v // rhs if op == "/" else v % rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        tok = self.take()
        if tok == "-":
            return -self.unary()
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return v
        if isinstance(tok, int):
            return tok
        raise ParseError(f"unexpected token {tok!r}")

def evaluate(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek() is not None:
        raise ParseError(f"trailing token {p.peek()!r}")
    return v

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "100 / 7 % 4", "((((5))))",
            "10 - 3 - 2", "2 * (3 + 4) * 5 - -1", "1 +", "2 $ 3", "(1 + 2", "1 2", "7 / 0"]:
    try:
        print(f"{src!r:28} = {evaluate(src)}")
    except ParseError as e:
        print(f"{src!r:28} ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:28} ZeroDivisionError: {e}")
