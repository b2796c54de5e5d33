/**
 * A small evaluator for the formula shapes the templates write (numbers, strings, A1 references and ranges,
 * + − × ÷, comparisons, and IF, AND, ROUND, ROUNDUP, INT, SUM, SUMPRODUCT, MIN, MAX), so a test can check
 * that a template's formulas give the site's numbers without a spreadsheet program. Ranges evaluate to arrays
 * and operators apply element by element, as in SUMPRODUCT((A1:A3>1)*1). Rounding is half away from zero on
 * the decimal the number prints as, as Excel's ROUND is.
 */
export type Value = number | string | boolean | Value[];

type Token = { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'ref'; value: string } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (/^\s/.test(rest)) { i++; continue; }
    if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) { out.push({ kind: 'str', value: m[1]!.replace(/""/g, '"') }); i += m[0].length; continue; }
    if ((m = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/.exec(rest)) && !/^[A-Z]+\(/.test(rest)) { out.push({ kind: 'ref', value: m[0].replace(/\$/g, '') }); i += m[0].length; continue; }
    if ((m = /^\d+(\.\d+)?(E[+-]?\d+)?/i.exec(rest))) { out.push({ kind: 'num', value: Number(m[0]) }); i += m[0].length; continue; }
    if ((m = /^[A-Z][A-Z0-9.]*(?=\()/.exec(rest))) { out.push({ kind: 'name', value: m[0] }); i += m[0].length; continue; }
    if ((m = /^(<=|>=|<>|[-+*/(),=<>])/.exec(rest))) { out.push({ kind: 'op', value: m[0] }); i += m[0].length; continue; }
    throw new Error(`cannot read formula at ${rest}`);
  }
  return out;
}

const colNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => (n <= 0 ? '' : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

function expand(range: string): string[] {
  const [a, b = a] = range.split(':') as [string, string?];
  const pa = /^([A-Z]+)(\d+)$/.exec(a)!;
  const pb = /^([A-Z]+)(\d+)$/.exec(b!)!;
  const cells: string[] = [];
  for (let r = Number(pa[2]); r <= Number(pb[2]); r++) {
    for (let c = colNumber(pa[1]!); c <= colNumber(pb[1]!); c++) cells.push(`${colLetters(c)}${r}`);
  }
  return cells;
}

/** Half away from zero at `digits` decimals, on the shortest decimal that prints as the number. */
function roundDecimal(x: number, digits: number, up = false): number {
  const scaled = Number(`${Math.abs(x)}e${digits}`);
  const whole = up ? Math.ceil(Number(scaled.toPrecision(15))) : Math.round(Number(scaled.toPrecision(15)));
  return Math.sign(x) * Number(`${whole}e-${digits}`);
}

const DIV0 = '#DIV/0!';
const num = (v: Value): number => {
  if (v === DIV0) throw new Error(DIV0);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (typeof v === 'string') throw new Error(`text "${v}" used as a number`);
  throw new Error('array used as a number');
};
const flat = (v: Value): Value[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

function binary(op: string, a: Value, b: Value): Value {
  if (Array.isArray(a) || Array.isArray(b)) {
    const xs = Array.isArray(a) ? a : null;
    const ys = Array.isArray(b) ? b : null;
    const n = (xs ?? ys)!.length;
    return Array.from({ length: n }, (_, i) => binary(op, xs ? xs[i]! : a, ys ? ys[i]! : b));
  }
  switch (op) {
    case '+': return num(a) + num(b);
    case '-': return num(a) - num(b);
    case '*': return num(a) * num(b);
    // An error value, as in a spreadsheet: IF can step around it, arithmetic on it throws.
    case '/': return num(b) === 0 ? DIV0 : num(a) / num(b);
    case '=': return a === b || ((typeof a !== 'string' || a === '') && (typeof b !== 'string' || b === '') && num(a) === num(b));
    case '<>': return !binary('=', a, b);
    case '<': return num(a) < num(b);
    case '>': return num(a) > num(b);
    case '<=': return num(a) <= num(b);
    case '>=': return num(a) >= num(b);
  }
  throw new Error(`unknown operator ${op}`);
}

export function evaluate(formula: string, resolve: (ref: string) => Value): Value {
  const tokens = tokenize(formula);
  let p = 0;
  const peek = () => tokens[p];
  const take = (value?: string) => {
    const t = tokens[p++];
    if (!t || (value !== undefined && t.value !== value)) throw new Error(`expected ${value ?? 'a token'} in ${formula}`);
    return t;
  };
  const comparison = (): Value => {
    let left = additive();
    while (peek()?.kind === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(String(peek()!.value))) {
      const op = String(take().value);
      left = binary(op, left, additive());
    }
    return left;
  };
  const additive = (): Value => {
    let left = term();
    while (peek()?.kind === 'op' && (peek()!.value === '+' || peek()!.value === '-')) {
      const op = String(take().value);
      left = binary(op, left, term());
    }
    return left;
  };
  const term = (): Value => {
    let left = unary();
    while (peek()?.kind === 'op' && (peek()!.value === '*' || peek()!.value === '/')) {
      const op = String(take().value);
      left = binary(op, left, unary());
    }
    return left;
  };
  const unary = (): Value => {
    if (peek()?.kind === 'op' && peek()!.value === '-') { take(); return binary('*', -1, unary()); }
    if (peek()?.kind === 'op' && peek()!.value === '+') { take(); return unary(); }
    return primary();
  };
  const args = (): Value[] => {
    take('(');
    const list: Value[] = [];
    if (peek()?.value !== ')') {
      list.push(comparison());
      while (peek()?.value === ',') { take(); list.push(comparison()); }
    }
    take(')');
    return list;
  };
  const primary = (): Value => {
    const t = take();
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'ref') return t.value.includes(':') ? expand(t.value).map(resolve) : resolve(t.value);
    if (t.kind === 'op' && t.value === '(') { const v = comparison(); take(')'); return v; }
    if (t.kind === 'name') {
      const a = args();
      switch (t.value) {
        case 'IF': return (typeof a[0] === 'boolean' ? a[0] : num(a[0]!) !== 0) ? a[1]! : (a[2] ?? false);
        case 'AND': return a.flatMap(flat).every((v) => (typeof v === 'boolean' ? v : num(v) !== 0));
        case 'ROUND': return roundDecimal(num(a[0]!), num(a[1]!));
        case 'ROUNDUP': return roundDecimal(num(a[0]!), num(a[1]!), true);
        case 'INT': return Math.floor(num(a[0]!));
        case 'SUM': return a.flatMap(flat).filter((v) => typeof v === 'number').reduce((s: number, v) => s + (v as number), 0);
        case 'MIN': return Math.min(...a.flatMap(flat).map(num));
        case 'MAX': return Math.max(...a.flatMap(flat).map(num));
        case 'SUMPRODUCT': {
          const lists = a.map(flat);
          return lists[0]!.reduce((s: number, _, i) => s + lists.reduce((prod: number, l) => prod * num(l[i]!), 1), 0);
        }
      }
      throw new Error(`unknown function ${t.value}`);
    }
    throw new Error(`unexpected ${t.value} in ${formula}`);
  };
  const result = comparison();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return result;
}

/**
 * A whole sheet's values: `cells` maps A1 references to a literal or `{ formula }`; formulas are evaluated on
 * demand (each once), following references.
 */
export function evaluateSheet(cells: Map<string, number | string | null | { formula: string }>): (ref: string) => Value {
  const done = new Map<string, Value>();
  const resolve = (ref: string): Value => {
    if (done.has(ref)) return done.get(ref)!;
    const cell = cells.get(ref);
    let v: Value;
    // An empty cell reads as blank, as in a spreadsheet: 0 in arithmetic, and equal both to "" and to 0.
    if (cell === undefined || cell === null || cell === '') v = '';
    else if (typeof cell === 'object') v = evaluate(cell.formula, resolve);
    else v = cell;
    done.set(ref, v);
    return v;
  };
  return resolve;
}
