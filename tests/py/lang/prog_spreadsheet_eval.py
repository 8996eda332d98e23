# A spreadsheet evaluator: cells with numbers, strings and formulas referencing other cells and
# ranges (SUM/AVG/MAX/MIN/IF), dependency graph with cycle detection, recalculation after edits,
# and a formatted grid printout.
import re, graphlib, statistics
cells = {'A1': '10', 'A2': '20', 'A3': '=A1+A2*2', 'B1': '=SUM(A1:A3)', 'B2': '=AVG(A1:A3)', 'B3': '=MAX(A1:B2)', 'C1': 'label', 'C2': '=IF(B1>100, "big", "small")',
         'C3': '=B3/0', 'D1': '=D2+1', 'D2': '=D1+1', 'D3': '=A1*(A2-5)/3'}
REF = re.compile(r'\b([A-Z])([0-9]+)(?::([A-Z])([0-9]+))?\b')
def expand(m):
    c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    if not c2:
        return [f'{c1}{r1}']
    return [f'{chr(c)}{r}' for c in range(ord(c1), ord(c2) + 1) for r in range(r1, int(r2) + 1)]
def deps(src):
    if not src.startswith('='):
        return set()
    text = re.sub(r'"[^"]*"', '', src)
    return {ref for m in REF.finditer(text) for ref in expand(m)}
def evaluate_all(cells):
    ts = graphlib.TopologicalSorter({k: deps(v) & cells.keys() for k, v in cells.items()})
    values = {}
    try:
        order = list(ts.static_order())
    except graphlib.CycleError as e:
        cyc = set(e.args[1])
        for k in cyc:
            values[k] = '#CYCLE'
        order = list(graphlib.TopologicalSorter({k: deps(v) & cells.keys() for k, v in cells.items() if k not in cyc}).static_order())
    funcs = {'SUM': lambda *a: sum(a), 'AVG': lambda *a: statistics.mean(a), 'MAX': max, 'MIN': min, 'IF': lambda c, a, b: a if c else b}
    for k in order:
        if k in values or k not in cells:
            continue
        src = cells[k]
        if not src.startswith('='):
            try:
                values[k] = float(src) if '.' in src else int(src)
            except ValueError:
                values[k] = src
            continue
        def repl(m):
            refs = expand(m)
            vals = [values.get(r, 0) for r in refs]
            if any(isinstance(v, str) and v.startswith('#') for v in vals):
                raise ValueError('#REF')
            return ', '.join(repr(v) for v in vals) if m.group(3) else repr(vals[0])
        try:
            expr = REF.sub(repl, src[1:])
            values[k] = eval(expr, {'__builtins__': {}}, funcs)
        except ZeroDivisionError:
            values[k] = '#DIV/0'
        except ValueError as e:
            values[k] = str(e)
    return values
def show(values):
    cols, rows = 'ABCD', range(1, 4)
    print('    ' + ''.join(f'{c:>12}' for c in cols))
    for r in rows:
        line = f'{r:>3} '
        for c in cols:
            v = values.get(f'{c}{r}', '')
            line += f'{v:>12.3f}' if isinstance(v, float) else f'{str(v):>12}'
        print(line)
show(evaluate_all(cells))
cells['A1'] = '100'
cells['D1'] = '5'
show(evaluate_all(cells))
print(sorted(deps('=SUM(A1:B2)+C3')), sorted(deps('=IF(A1>1, "B2", C1)')))
