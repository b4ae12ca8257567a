import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/babel.mjs
function F(a2, e) {
  let { line: t, column: s, index: i } = a2;
  return new L(t, s + e, i + e);
}
function ze(a2, e, t) {
  Object.defineProperty(a2, e, { enumerable: false, configurable: true, value: t });
}
function xi({ toMessage: a2, code: e, reasonCode: t, syntaxPlugin: s }) {
  let i = t === "MissingPlugin" || t === "MissingOneOfPlugins";
  return function r(n, o, h) {
    let c = new SyntaxError();
    return c.code = e, c.reasonCode = t, c.loc = n, c.pos = o, c.syntaxPlugin = s, i && (c.missingPlugin = h.missingPlugin), ze(c, "clone", function(f = {}) {
      let { line: m, column: x, index: A = o } = f.loc ?? n;
      return r(new L(m, x), A, { ...h, ...f.details });
    }), ze(c, "details", h), Object.defineProperty(c, "message", { configurable: true, get() {
      let u = `${a2(h)} (${n.line}:${n.column})`;
      return this.message = u, u;
    }, set(u) {
      Object.defineProperty(this, "message", { value: u, writable: true });
    } }), c;
  };
}
function B(a2, e) {
  if (Array.isArray(a2)) return (s) => B(s, a2[0]);
  let t = {};
  for (let s of Object.keys(a2)) {
    let i = a2[s], { message: r, ...n } = typeof i == "string" ? { message: () => i } : typeof i == "function" ? { message: i } : i, o = typeof r == "string" ? () => r : r;
    t[s] = xi({ code: "BABEL_PARSER_SYNTAX_ERROR", reasonCode: s, toMessage: o, ...e ? { syntaxPlugin: e } : {}, ...n });
  }
  return t;
}
function Pi() {
  return { sourceType: "script", sourceFilename: void 0, startIndex: 0, startColumn: 0, startLine: 1, allowAwaitOutsideFunction: false, allowReturnOutsideFunction: false, allowNewTargetOutsideFunction: false, allowImportExportEverywhere: false, allowSuperOutsideMethod: false, allowUndeclaredExports: false, allowYieldOutsideFunction: false, plugins: [], strictMode: void 0, ranges: false, locations: true, tokens: false, createImportExpressions: true, createParenthesizedExpressions: false, errorRecovery: false, attachComment: true, annexB: true };
}
function gi(a2) {
  let e = Pi();
  if (a2 == null) return e;
  if (a2.annexB != null && a2.annexB !== false) throw new Error("The `annexB` option can only be set to `false`.");
  for (let t of Object.keys(e)) a2[t] != null && (e[t] = a2[t]);
  if (e.startLine === 1) a2.startIndex == null && e.startColumn > 0 ? e.startIndex = e.startColumn : a2.startColumn == null && e.startIndex > 0 && (e.startColumn = e.startIndex);
  else if (a2.startColumn == null || a2.startIndex == null) throw new Error("With a `startLine > 1` you must also specify `startIndex` and `startColumn`.");
  if (e.sourceType === "commonjs") {
    if (a2.allowAwaitOutsideFunction != null) throw new Error("The `allowAwaitOutsideFunction` option cannot be used with `sourceType: 'commonjs'`.");
    if (a2.allowReturnOutsideFunction != null) throw new Error("`sourceType: 'commonjs'` implies `allowReturnOutsideFunction: true`, please remove the `allowReturnOutsideFunction` option or use `sourceType: 'script'`.");
    if (a2.allowNewTargetOutsideFunction != null) throw new Error("`sourceType: 'commonjs'` implies `allowNewTargetOutsideFunction: true`, please remove the `allowNewTargetOutsideFunction` option or use `sourceType: 'script'`.");
  }
  return e;
}
function tt(a2) {
  if (a2.loc) {
    let { start: e, end: t } = a2.loc;
    a2.loc.start = new L(e.line, e.column), a2.loc.end = new L(t.line, t.column);
  }
  return a2;
}
function b(a2, e = {}) {
  e.keyword = a2;
  let t = g(a2, e);
  return Ce.set(a2, t), t;
}
function M(a2, e) {
  return g(a2, { beforeExpr: S, binop: e });
}
function g(a2, e = {}) {
  return ++mt, Ee.push(a2), we.push(e.binop ?? -1), Ne.push(e.beforeExpr ?? false), ke.push(e.startsExpr ?? false), ve.push(e.prefix ?? false), Ie.push(new vt(a2, e)), mt;
}
function T(a2, e = {}) {
  return ++mt, Ce.set(a2, mt), Ee.push(a2), we.push(e.binop ?? -1), Ne.push(e.beforeExpr ?? false), ke.push(e.startsExpr ?? false), ve.push(e.prefix ?? false), Ie.push(new vt("name", e)), mt;
}
function C(a2) {
  return a2 >= 89 && a2 <= 132;
}
function bi(a2) {
  return a2 <= 88;
}
function O(a2) {
  return a2 >= 54 && a2 <= 132;
}
function es(a2) {
  return a2 >= 54 && a2 <= 135;
}
function Ci(a2) {
  return Ne[a2];
}
function ft(a2) {
  return ke[a2];
}
function Ii(a2) {
  return a2 >= 25 && a2 <= 29;
}
function qe(a2) {
  return a2 >= 128 && a2 <= 130;
}
function Ei(a2) {
  return a2 >= 86 && a2 <= 88;
}
function Ot(a2) {
  return a2 >= 54 && a2 <= 88;
}
function wi(a2) {
  return a2 >= 35 && a2 <= 55;
}
function Ni(a2) {
  return a2 === 30;
}
function ki(a2) {
  return ve[a2];
}
function vi(a2) {
  return a2 >= 120 && a2 <= 122;
}
function Li(a2) {
  return a2 >= 123 && a2 <= 129;
}
function $(a2) {
  return Ee[a2];
}
function Nt(a2) {
  return we[a2];
}
function Di(a2) {
  return a2 === 53;
}
function te(a2) {
  return a2 >= 20 && a2 <= 21;
}
function ss(a2) {
  return Ie[a2];
}
function ee(a2, e) {
  let t = 65536;
  for (let s = 0, i = e.length; s < i; s += 2) {
    if (t += e[s], t > a2) return false;
    if (t += e[s + 1], t >= a2) return true;
  }
  return false;
}
function _(a2) {
  return a2 < 65 ? a2 === 36 : a2 <= 90 ? true : a2 < 97 ? a2 === 95 : a2 <= 122 ? true : a2 <= 65535 ? a2 >= 170 && $e.test(String.fromCharCode(a2)) : !isNaN(a2) && a2 <= 1114111 && ($e.test(String.fromCodePoint(a2)) || ee(a2, is));
}
function K(a2) {
  return a2 < 48 ? a2 === 36 : a2 < 58 ? true : a2 < 65 ? false : a2 <= 90 ? true : a2 < 97 ? a2 === 95 : a2 <= 122 ? true : a2 <= 65535 ? a2 >= 170 && Ke.test(String.fromCharCode(a2)) : !isNaN(a2) && a2 <= 1114111 && (Ke.test(String.fromCodePoint(a2)) || ee(a2, is) || ee(a2, Mi));
}
function De(a2, e) {
  return e && a2 === "await" || a2 === "enum";
}
function rs(a2, e) {
  return De(a2, e) || Fi.has(a2);
}
function as(a2) {
  return Bi.has(a2);
}
function ns(a2, e) {
  return rs(a2, e) || as(a2);
}
function os(a2) {
  return Oi.has(a2);
}
function Ri(a2, e, t) {
  return a2 === 64 && e === 64 && _(t);
}
function Ui(a2) {
  return _i.has(a2);
}
function zi(a2) {
  return a2.type === "DeclareExportAllDeclaration" || a2.type === "DeclareExportDeclaration" && (!a2.declaration || a2.declaration.type !== "TypeAlias" && a2.declaration.type !== "InterfaceDeclaration");
}
function Wt(a2) {
  return a2.importKind === "type" || a2.importKind === "typeof";
}
function $i(a2, e) {
  let t = [], s = [];
  for (let i = 0; i < a2.length; i++) (e(a2[i], i, a2) ? t : s).push(a2[i]);
  return [t, s];
}
function it(a2) {
  switch (a2) {
    case 10:
    case 13:
    case 8232:
    case 8233:
      return true;
    default:
      return false;
  }
}
function re(a2, e, t) {
  for (let s = e; s < t; s++) if (it(a2.charCodeAt(s))) return true;
  return false;
}
function Gi(a2) {
  switch (a2) {
    case 9:
    case 11:
    case 12:
    case 32:
    case 160:
    case 5760:
    case 8192:
    case 8193:
    case 8194:
    case 8195:
    case 8196:
    case 8197:
    case 8198:
    case 8199:
    case 8200:
    case 8201:
    case 8202:
    case 8239:
    case 8287:
    case 12288:
    case 65279:
      return true;
    default:
      return false;
  }
}
function q(a2) {
  return a2 ? a2.type === "JSXOpeningFragment" || a2.type === "JSXClosingFragment" : false;
}
function st(a2) {
  if (a2.type === "JSXIdentifier") return a2.name;
  if (a2.type === "JSXNamespacedName") return a2.namespace.name + ":" + a2.name.name;
  if (a2.type === "JSXMemberExpression") return st(a2.object) + "." + st(a2.property);
  throw new Error("Node had unexpected type: " + a2.type);
}
function hs(a2, e) {
  a2.trailingComments === void 0 ? a2.trailingComments = e : a2.trailingComments.unshift(...e);
}
function Qi(a2, e) {
  a2.leadingComments === void 0 ? a2.leadingComments = e : a2.leadingComments.unshift(...e);
}
function Pt(a2, e) {
  a2.innerComments === void 0 ? a2.innerComments = e : a2.innerComments.unshift(...e);
}
function j(a2, e, t) {
  let s = null, i = e.length;
  for (; s === null && i > 0; ) s = e[--i];
  s === null || s.start > t.start ? Pt(a2, t.comments) : hs(s, t.comments);
}
function We(a2, e, t, s, i, r) {
  let n = t, o = s, h = i, c = "", u = null, f = t, { length: m } = e;
  for (; ; ) {
    if (t >= m) {
      r.unterminated(n, o, h), c += e.slice(f, t);
      break;
    }
    let x = e.charCodeAt(t);
    if (tr(a2, x, e, t)) {
      c += e.slice(f, t);
      break;
    }
    if (x === 92) {
      c += e.slice(f, t);
      let A = er(e, t, s, i, a2 === "template", r);
      A.ch === null && !u ? u = { pos: t, lineStart: s, curLine: i } : c += A.ch, { pos: t, lineStart: s, curLine: i } = A, f = t;
    } else x === 8232 || x === 8233 ? (++t, ++i, s = t) : x === 10 || x === 13 ? a2 === "template" ? (c += e.slice(f, t) + `
`, ++t, x === 13 && e.charCodeAt(t) === 10 && ++t, ++i, f = s = t) : r.unterminated(n, o, h) : ++t;
  }
  return { pos: t, str: c, firstInvalidLoc: u, lineStart: s, curLine: i };
}
function tr(a2, e, t, s) {
  return a2 === "template" ? e === 96 || e === 36 && t.charCodeAt(s + 1) === 123 : e === (a2 === "double" ? 34 : 39);
}
function er(a2, e, t, s, i, r) {
  let n = !i;
  e++;
  let o = (c) => ({ pos: e, ch: c, lineStart: t, curLine: s }), h = a2.charCodeAt(e++);
  switch (h) {
    case 110:
      return o(`
`);
    case 114:
      return o("\r");
    case 120: {
      let c;
      return { code: c, pos: e } = le(a2, e, t, s, 2, false, n, r), o(c === null ? null : String.fromCharCode(c));
    }
    case 117: {
      let c;
      return { code: c, pos: e } = ls(a2, e, t, s, n, r), o(c === null ? null : String.fromCodePoint(c));
    }
    case 116:
      return o("	");
    case 98:
      return o("\b");
    case 118:
      return o("\v");
    case 102:
      return o("\f");
    case 13:
      a2.charCodeAt(e) === 10 && ++e;
    case 10:
      t = e, ++s;
    case 8232:
    case 8233:
      return o("");
    case 56:
    case 57:
      if (i) return o(null);
      r.strictNumericEscape(e - 1, t, s);
    default:
      if (h >= 48 && h <= 55) {
        let c = e - 1, f = /^[0-7]+/.exec(a2.slice(c, e + 2))[0], m = parseInt(f, 8);
        m > 255 && (f = f.slice(0, -1), m = parseInt(f, 8)), e += f.length - 1;
        let x = a2.charCodeAt(e);
        if (f !== "0" || x === 56 || x === 57) {
          if (i) return o(null);
          r.strictNumericEscape(c, t, s);
        }
        return o(String.fromCharCode(m));
      }
      return o(String.fromCharCode(h));
  }
}
function le(a2, e, t, s, i, r, n, o) {
  let h = e, c;
  return { n: c, pos: e } = cs(a2, e, t, s, 16, i, r, false, o, !n), c === null && (n ? o.invalidEscapeSequence(h, t, s) : e = h - 1), { code: c, pos: e };
}
function cs(a2, e, t, s, i, r, n, o, h, c) {
  let u = e, f = i === 16 ? He.hex : He.decBinOct, m = i === 16 ? It.hex : i === 10 ? It.dec : i === 8 ? It.oct : It.bin, x = false, A = 0;
  for (let D = 0, v = r ?? 1 / 0; D < v; ++D) {
    let I = a2.charCodeAt(e), w;
    if (I === 95 && o !== "bail") {
      let St = a2.charCodeAt(e - 1), bt = a2.charCodeAt(e + 1);
      if (o) {
        if (Number.isNaN(bt) || !m(bt) || f.has(St)) {
          if (c) return { n: null, pos: e };
          h.unexpectedNumericSeparator(e, t, s);
        }
      } else {
        if (c) return { n: null, pos: e };
        h.numericSeparatorInEscapeSequence(e, t, s);
      }
      ++e;
      continue;
    }
    if (I >= 97 ? w = I - 97 + 10 : I >= 65 ? w = I - 65 + 10 : Zi(I) ? w = I - 48 : w = 1 / 0, w >= i) if (w <= 9) {
      if (c) return { n: null, pos: e };
      h.invalidDigit(e, t, s, i), w = 0;
    } else if (n) w = 0, x = true;
    else break;
    ++e, A = A * i + w;
  }
  return e === u || r != null && e - u !== r || x ? { n: null, pos: e } : { n: A, pos: e };
}
function ls(a2, e, t, s, i, r) {
  let n = a2.charCodeAt(e), o;
  if (n === 123) {
    if (++e, { code: o, pos: e } = le(a2, e, t, s, a2.indexOf("}", e) - e, true, i, r), ++e, o !== null && o > 1114111) if (i) r.invalidCodePoint(e, t, s);
    else return { code: null, pos: e };
  } else ({ code: o, pos: e } = le(a2, e, t, s, 4, false, i, r));
  return { code: o, pos: e };
}
function ut(a2, e, t) {
  return new L(t, a2 - e, a2);
}
function ir() {
  return new Lt(1);
}
function rr() {
  return new Lt(2);
}
function kt(a2, e) {
  return (a2 ? 2 : 0) | (e ? 1 : 0);
}
function ps(a2) {
  for (let e = 0; e < a2.length; e++) {
    let t = a2[e], { type: s } = t;
    typeof s == "number" && (t.type = ss(s));
  }
  return a2;
}
function cr(a2) {
  if (a2 == null) throw new Error(`Unexpected ${a2} value.`);
  return a2;
}
function Ge(a2) {
  if (!a2) throw new Error("Assert fail");
}
function pr(a2) {
  switch (a2) {
    case "any":
      return "TSAnyKeyword";
    case "boolean":
      return "TSBooleanKeyword";
    case "bigint":
      return "TSBigIntKeyword";
    case "never":
      return "TSNeverKeyword";
    case "number":
      return "TSNumberKeyword";
    case "object":
      return "TSObjectKeyword";
    case "string":
      return "TSStringKeyword";
    case "symbol":
      return "TSSymbolKeyword";
    case "undefined":
      return "TSUndefinedKeyword";
    case "unknown":
      return "TSUnknownKeyword";
    default:
      return;
  }
}
function Xe(a2) {
  return a2 === "private" || a2 === "public" || a2 === "protected";
}
function ur(a2) {
  return a2 === "in" || a2 === "out";
}
function be(a2) {
  if (a2.extra?.parenthesized) return false;
  switch (a2.type) {
    case "Identifier":
      return true;
    case "MemberExpression":
      return !a2.computed && be(a2.object);
    case "TSInstantiationExpression":
      return be(a2.expression);
    default:
      return false;
  }
}
function Zt(a2) {
  switch (a2.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSNonNullExpression":
    case "TSTypeAssertion":
      return true;
    default:
      return false;
  }
}
function Pr(a2) {
  if (a2.type !== "MemberExpression") return false;
  let { computed: e, property: t } = a2;
  return e && t.type !== "StringLiteral" && (t.type !== "TemplateLiteral" || t.expressions.length > 0) ? false : fs(a2.object);
}
function gr(a2, e) {
  let { type: t } = a2;
  if (a2.extra?.parenthesized) return false;
  if (e) {
    if (t === "Literal") {
      let { value: s } = a2;
      if (typeof s == "string" || typeof s == "boolean") return true;
    }
  } else if (t === "StringLiteral" || t === "BooleanLiteral") return true;
  return !!(us(a2, e) || Tr(a2, e) || t === "TemplateLiteral" && a2.expressions.length === 0 || Pr(a2));
}
function us(a2, e) {
  return e ? a2.type === "Literal" && (typeof a2.value == "number" || "bigint" in a2) : a2.type === "NumericLiteral" || a2.type === "BigIntLiteral";
}
function Tr(a2, e) {
  if (a2.type === "UnaryExpression") {
    let { operator: t, argument: s } = a2;
    if (t === "-" && us(s, e)) return true;
  }
  return false;
}
function fs(a2) {
  return a2.type === "Identifier" ? true : a2.type !== "MemberExpression" || a2.computed ? false : fs(a2.object);
}
function G(a2, e = []) {
  let t = /* @__PURE__ */ new Map();
  for (let s of a2) t.set(s, true);
  for (let s of e) t.set(s, false);
  return t;
}
function Cr(a2) {
  if (a2.has("decorators") && a2.has("decorators-legacy")) throw new Error("Cannot use the decorators and decorators-legacy plugin together");
  if (a2.has("flow") && a2.has("typescript")) throw new Error("Cannot combine flow and typescript plugins.");
  if (a2.has("placeholders") && a2.has("v8intrinsic")) throw new Error("Cannot combine placeholders and v8intrinsic plugins.");
  if (a2.has("pipelineOperator")) {
    let e = a2.get("pipelineOperator").proposal;
    if (!Qe.includes(e)) {
      let t = Qe.map((s) => `"${s}"`).join(", ");
      throw new Error(`"pipelineOperator" requires "proposal" option whose value must be one of: ${t}.`);
    }
    if (e === "hack") {
      if (a2.has("placeholders")) throw new Error("Cannot combine placeholders plugin and Hack-style pipes.");
      if (a2.has("v8intrinsic")) throw new Error("Cannot combine v8intrinsic plugin and Hack-style pipes.");
      let t = a2.get("pipelineOperator").topicToken;
      if (!Ze.includes(t)) {
        let s = Ze.map((i) => `"${i}"`).join(", ");
        throw new Error(`"pipelineOperator" in "proposal": "hack" mode also requires a "topicToken" option whose value must be one of: ${s}.`);
      }
    }
  }
  if (a2.has("moduleAttributes")) throw new Error("`moduleAttributes` has been removed in Babel 8, please migrate to import attributes instead.");
  if (a2.has("importAssertions")) throw new Error("`importAssertions` has been removed in Babel 8, please use import attributes instead.");
  if (a2.has("deprecatedImportAssert") ? console.warn("`deprecatedImportAssert` has been removed in Babel 8, please use import attributes instead.") : a2.has("importAttributes") && a2.get("importAttributes").deprecatedAssertSyntax && console.warn("The 'importAttributes' plugin has been removed in Babel 8. Please migrate any usage of `assert`-style attributes to `with`."), a2.has("recordAndTuple")) throw new Error("The 'recordAndTuple' plugin has been removed in Babel 8. Please remove it from your configuration.");
  if (a2.has("asyncDoExpressions") && !a2.has("doExpressions")) {
    let e = new Error("'asyncDoExpressions' requires 'doExpressions', please add 'doExpressions' to parser plugins.");
    throw e.missingPlugins = "doExpressions", e;
  }
  if (a2.has("optionalChainingAssign") && a2.get("optionalChainingAssign").version !== "2023-07") throw new Error("The 'optionalChainingAssign' plugin requires a 'version' option, representing the last proposal update. Currently, the only supported value is '2023-07'.");
  if (a2.has("discardBinding") && a2.get("discardBinding").syntaxType !== "void") throw new Error("The 'discardBinding' plugin requires a 'syntaxType' option. Currently the only supported value is 'void'.");
  if (a2.has("decimal")) throw new Error("The 'decimal' plugin has been removed in Babel 8. Please remove it from your configuration.");
  if (a2.has("importReflection")) throw new Error("The 'importReflection' plugin has been removed in Babel 8. Use 'sourcePhaseImports' instead, and replace 'import module' with 'import source' in your code.");
  if (a2.has("deferredReexports") && !a2.has("deferredImportEvaluation")) throw new Error("The 'deferredReexports' plugin requires 'deferredImportEvaluation'.");
}
function Ft(a2, e) {
  if (e?.sourceType === "unambiguous") {
    e = { ...e };
    try {
      e.sourceType = "module";
      let t = dt(e, a2), s = t.parse();
      if (t.sawUnambiguousESM) return s;
      if (t.ambiguousScriptDifferentAst) try {
        return e.sourceType = "script", dt(e, a2).parse();
      } catch {
      }
      else s.program.sourceType = "script";
      return s;
    } catch (t) {
      try {
        return e.sourceType = "script", dt(e, a2).parse();
      } catch {
      }
      throw t;
    }
  } else return dt(e, a2).parse();
}
function Bt(a2, e) {
  let t = dt(e, a2);
  return t.options.strictMode && (t.state.strict = true), t.getExpression();
}
function Er(a2) {
  let e = {};
  for (let t of Object.keys(a2)) e[t] = ss(a2[t]);
  return e;
}
function dt(a2, e) {
  let t = Mt, s = /* @__PURE__ */ new Map();
  if (a2?.plugins) {
    for (let i of a2.plugins) {
      let r, n;
      typeof i == "string" ? r = i : [r, n] = i, s.has(r) || s.set(r, n || {});
    }
    Cr(s), t = wr(s);
  }
  return new t(a2, e, s);
}
function wr(a2) {
  let e = [];
  for (let i of Ir) a2.has(i) && e.push(i);
  let t = e.join("|"), s = ts.get(t);
  if (!s) {
    s = Mt;
    for (let i of e) s = ds[i](s);
    ts.set(t, s);
  }
  return s;
}
function Rt(a2) {
  return (e, t, s) => {
    if (t === false) return false;
    let i = !!s?.backwards, { length: r } = e, n = t;
    for (; n >= 0 && n < r; ) {
      let o = e.charAt(n);
      if (a2 instanceof RegExp) {
        if (!a2.test(o)) return n;
      } else if (!a2.includes(o)) return n;
      i ? n-- : n++;
    }
    return n === -1 || n === r ? n : false;
  };
}
function Nr(a2, e) {
  if (e === false) return false;
  if (a2.charAt(e) === "/" && a2.charAt(e + 1) === "*") {
    for (let t = e + 2; t < a2.length; ++t) if (a2.charAt(t) === "*" && a2.charAt(t + 1) === "/") return t + 2;
  }
  return e;
}
function kr(a2, e, t) {
  if (e === false) return false;
  let s = !!t?.backwards, i = a2.charAt(e);
  if (s) {
    if (a2.charAt(e - 1) === "\r" && i === `
`) return e - 2;
    if (Ps(i)) return e - 1;
  } else {
    if (i === "\r" && a2.charAt(e + 1) === `
`) return e + 2;
    if (Ps(i)) return e + 1;
  }
  return e;
}
function vr(a2, e) {
  return e === false ? false : a2.charAt(e) === "/" && a2.charAt(e + 1) === "/" ? ys(a2, e) : e;
}
function Lr(a2, e) {
  let t = null, s = e;
  for (; s !== t; ) t = s, s = ms(a2, s), s = xs(a2, s), s = Ts(a2, s), s = gs(a2, s);
  return s;
}
function Ss(a2) {
  let e = [];
  for (let t of a2) try {
    return t();
  } catch (s) {
    e.push(s);
  }
  throw Object.assign(new Error("All combinations failed"), { errors: e });
}
function Dr(a2) {
  if (!a2.startsWith("#!")) return "";
  let e = a2.indexOf(`
`);
  return e === -1 ? a2 : a2.slice(0, e);
}
function Fr(a2) {
  return this[a2 < 0 ? this.length + a2 : a2];
}
function Y(a2) {
  let e = new Set(a2);
  return (t) => e.has(t?.type);
}
function at(a2) {
  return a2.range?.[1] ?? a2.end;
}
function N(a2) {
  let e = a2.range?.[0] ?? a2.start, t = (a2.declaration?.decorators ?? a2.decorators)?.[0];
  return t ? Math.min(N(t), e) : e;
}
function k(a2) {
  let { type: e } = a2;
  return e === "IfStatement" ? k(a2.alternate ?? a2.consequent) : e === "ForInStatement" || e === "ForOfStatement" || e === "ForStatement" || e === "LabeledStatement" || e === "WithStatement" || e === "WhileStatement" ? k(a2.body) : Vr.get(e)?.(a2) ?? at(a2);
}
function ot(a2, e, t) {
  if (!a2.has(e)) {
    let s = t(e);
    a2.set(e, s);
  }
  return a2.get(e);
}
function Ns(a2) {
  return ot(zr, a2, (e) => nt(e) && e.value[0] === "*" && /@(?:type|satisfies)\b/.test(e.value));
}
function qr(a2) {
  return R(0, a2, /[^\n]/g, " ");
}
function $r(a2, e) {
  if (e.length === 0) return a2;
  let t = "", s = 0;
  for (let i of e) {
    let r = N(i), n = k(i);
    t += a2.slice(s, r) + ks(a2.slice(r, n)), s = n;
  }
  return t + a2.slice(s);
}
function vs(a2) {
  let e = a2[Ut];
  return ot(Kr, e, (t) => $r(a2.originalText, t));
}
function Hr(a2) {
  if (!nt(a2)) return [];
  if (!a2.value.includes(`
`)) return [];
  let e = [];
  for (let t of `*${a2.value}*`.split(`
`)) {
    if (t = t.trimStart(), !t.startsWith("*")) return [];
    e.push(t);
  }
  return e;
}
function Wr(a2) {
  return ot(Ls, a2, Hr);
}
function Ds(a2) {
  Ls.delete(a2);
}
function Oe(a2) {
  return Wr(a2).length > 0;
}
function Ms(a2) {
  if (a2.length < 2) return;
  let e;
  for (let t = a2.length - 1; t >= 0; t--) {
    let s = a2[t];
    if (e && k(s) === N(e) && Oe(s) && Oe(e) && (a2.splice(t + 1, 1), s.value += "*//*" + e.value, s.range = [N(s), k(e)], Ds(s)), !ws(s) && !nt(s)) throw new TypeError(`Unknown comment type: "${s.type}".`);
    e = s;
  }
}
function Jr(a2) {
  return a2 !== null && typeof a2 == "object";
}
function Tt(a2) {
  if (gt !== null && typeof gt.property) {
    let e = gt;
    return gt = Tt.prototype = null, e;
  }
  return gt = Tt.prototype = a2 ?? /* @__PURE__ */ Object.create(null), new Tt();
}
function Fe(a2) {
  return Tt(a2);
}
function Xr(a2, e = "type") {
  Fe(a2);
  function t(s) {
    let i = s[e], r = a2[i];
    if (!Array.isArray(r)) throw Object.assign(new Error(`Missing visitor keys for '${i}'.`), { node: s });
    return r;
  }
  return t;
}
function jt(a2, e) {
  if (!Os(a2)) return a2;
  if (Array.isArray(a2)) {
    for (let s = 0; s < a2.length; s++) a2[s] = jt(a2[s], e);
    return a2;
  }
  if (e.onEnter) {
    let s = e.onEnter(a2) ?? a2;
    if (s !== a2) return jt(s, e);
    a2 = s;
  }
  let t = Rs(a2);
  for (let s = 0; s < t.length; s++) a2[t[s]] = jt(a2[t[s]], e);
  return e.onLeave && (a2 = e.onLeave(a2) || a2), a2;
}
function Qr(a2, e) {
  let { text: t, astType: s } = e, { comments: i } = a2;
  Ms(i);
  let r = a2.type === "File" ? a2.program : a2;
  r.interpreter && (i.unshift(r.interpreter), delete r.interpreter), a2.hashbang && ((s === "oxc-ts" || s === "yuku-js" || s === "yuku-ts") && i.unshift(a2.hashbang), delete a2.hashbang);
  let n;
  return a2 = _s(a2, { onEnter(o) {
    Zr(o, i, t);
    let { type: h } = o;
    switch (h) {
      case "ParenthesizedExpression": {
        let { expression: c } = o, u = N(o);
        if (c.type === "TypeCastExpression") return c.range = [u, k(o)], c;
        let f = false;
        if (s !== "oxc-ts") {
          if (!n) {
            n = [];
            for (let x of i) Ns(x) && n.push(k(x));
          }
          let m = bs(0, n, (x) => x <= u);
          f = m && t.slice(m, u).trim().length === 0;
        }
        return f ? void 0 : (c.extra = { ...c.extra, parenthesized: true }, c);
      }
      case "TemplateLiteral":
        if (o.expressions.length !== o.quasis.length - 1) throw new Error("Malformed template literal.");
        break;
      case "TemplateElement":
        if (s === "flow" || s === "hermes" || s === "espree" || s === "typescript" || s === "oxc-ts" || s === "yuku-ts") {
          let c = N(o) + 1, u = k(o) - (o.tail ? 1 : 2);
          o.range = [c, u];
        }
        break;
      case "TSParenthesizedType":
        return o.typeAnnotation;
      case "TSUnionType":
      case "TSIntersectionType":
        if (o.types.length === 1) return o.types[0];
        break;
      case "TupleTypeAnnotation":
        o.types && !o.elementTypes && (o.elementTypes = o.types, delete o.types);
        break;
      case "ImportDeclaration":
        s === "hermes" && o.assertions && !o.attributes && (o.attributes = o.assertions, delete o.assertions);
        break;
      case "TypeParameter":
        s !== "flow" && o.bound?.type === "TypeAnnotation" && (o.bound = o.bound.typeAnnotation);
        break;
      case "EnumBooleanBody":
      case "EnumNumberBody":
      case "EnumBigIntBody":
      case "EnumStringBody":
      case "EnumSymbolBody":
        s === "hermes" && ((o.explicitType || h === "EnumSymbolBody") && (o.explicitType = h.slice(4, -4).toLowerCase()), o.type = "EnumBody");
        break;
      case "GenericTypeAnnotation":
      case "ClassImplements":
      case "InterfaceExtends":
        s !== "flow" && o.typeParameters && !o.typeArguments && (o.typeArguments = o.typeParameters, delete o.typeParameters);
    }
  }, onLeave(o) {
    switch (o.type) {
      case "LogicalExpression":
        if (Us(o)) return Be(o);
        break;
    }
  } }), a2;
}
function Us(a2) {
  return a2.type === "LogicalExpression" && a2.right.type === "LogicalExpression" && a2.operator === a2.right.operator;
}
function Be(a2) {
  return Us(a2) ? Be({ type: "LogicalExpression", operator: a2.operator, left: Be({ type: "LogicalExpression", operator: a2.operator, left: a2.left, right: a2.right.left, range: [N(a2.left), k(a2.right.left)] }), right: a2.right.right, range: [N(a2), k(a2)] }) : a2;
}
function Zr(a2, e, t) {
  if (!Me(a2)) return;
  let s = at(a2);
  if (t[s - 1] !== ";") return;
  let i = vs({ [Ut]: e, originalText: t });
  s -= 1;
  let r = i.slice(N(a2), s), n = r.trimEnd();
  a2.__contentEnd = s - (r.length - n.length);
}
function ta(a2, e) {
  let t = new SyntaxError(a2 + " (" + e.loc.start.line + ":" + e.loc.start.column + ")");
  return Object.assign(t, e);
}
function ea(a2) {
  let { message: e, loc: t, reasonCode: s } = a2;
  if (!t) return a2;
  let { line: i, column: r } = t, n = a2;
  (s === "MissingPlugin" || s === "MissingOneOfPlugins") && (e = "Unexpected token.", n = void 0);
  let o = ` (${i}:${r})`;
  return e.endsWith(o) && (e = e.slice(0, -o.length)), e.startsWith(Vs) && (e = e.slice(Vs.length)), Vt(e, { loc: { start: { line: i, column: r + 1 } }, cause: n });
}
function $s(a2) {
  let e = a2.match(ra);
  return e ? e[0].trimStart() : "";
}
function Ks(a2) {
  a2 = R(0, a2.replace(ia, "").replace(sa, ""), oa, "$1");
  let t = "";
  for (; t !== a2; ) t = a2, a2 = R(0, a2, na, `
$1 $2
`);
  a2 = a2.replace(zs, "").trimEnd();
  let s = /* @__PURE__ */ Object.create(null), i = R(0, a2, qs, "").replace(zs, "").trimEnd(), r;
  for (; r = qs.exec(a2); ) {
    let n = R(0, r[2], aa, "");
    if (typeof s[r[1]] == "string" || Array.isArray(s[r[1]])) {
      let o = s[r[1]];
      s[r[1]] = [...ha, ...Array.isArray(o) ? o : [o], n];
    } else s[r[1]] = n;
  }
  return { comments: i, pragmas: s };
}
function Js(a2) {
  let e = _t(a2);
  e && (a2 = a2.slice(e.length + 1));
  let t = $s(a2), { pragmas: s, comments: i } = Ks(t);
  return { shebang: e, text: a2, pragmas: s, comments: i };
}
function Gs(a2) {
  let { pragmas: e } = Js(a2);
  return Ws.some((t) => lt(e, t));
}
function Xs(a2) {
  let { pragmas: e } = Js(a2);
  return Hs.some((t) => lt(e, t));
}
function ca(a2) {
  return a2 = typeof a2 == "function" ? { parse: a2 } : a2, { astFormat: "estree", hasPragma: Gs, hasIgnorePragma: Xs, locStart: N, locEnd: k, ...a2 };
}
function Zs(a2) {
  if (typeof a2 == "string") {
    if (/\.(?:mjs|mts)$/i.test(a2)) return Ys;
    if (/\.(?:cjs|cts)$/i.test(a2)) return qt;
  }
}
function la(a2) {
  let { type: e = "JsExpressionRoot", expression: t, comments: s = t?.comments ?? [], text: i, rootMarker: r } = a2, n = { type: e, comments: s, range: [0, i.length], rootMarker: r };
  return t && (delete t.comments, n.node = t), n;
}
function fa(a2, e) {
  if (e?.endsWith(".js.flow")) return true;
  let t = _t(a2);
  t && (a2 = a2.slice(t.length));
  let s = As(a2, 0);
  return s !== false && (a2 = a2.slice(0, s)), ua.test(a2);
}
function da(a2, e, t) {
  let s = a2(e, t), i = s.errors.find((r) => !xa.has(r.reasonCode));
  if (i) throw i;
  return s;
}
function ma({ isExpression: a2 = false, optionsCombinations: e }) {
  return (t, s = {}) => {
    let { filepath: i } = s;
    if (typeof i != "string" && (i = void 0), (s.parser === "babel" || s.parser === "__babel_estree") && fa(t, i)) return s.parser = "babel-flow", ii.parse(t, s);
    let r = e, n = s.__babelSourceType ?? Zs(i);
    r = (n ? [n] : Qs).flatMap((u) => r.map((f) => ({ ...f, sourceType: u, ...u === qt ? { allowReturnOutsideFunction: void 0, allowNewTargetOutsideFunction: void 0 } : void 0 })));
    let o = /%[A-Z]/.test(t);
    t.includes("|>") ? r = (o ? [...ei, ti] : ei).flatMap((f) => r.map((m) => V([f], m))) : o && (r = r.map((u) => V([ti], u)));
    let h = a2 ? Bt : Ft, c;
    try {
      c = Ss(r.map((u) => () => da(h, t, u)));
    } catch ({ errors: [u] }) {
      throw zt(u);
    }
    return a2 && (c = $t({ expression: c, text: t, rootMarker: s.rootMarker })), js(c, { text: t });
  };
}
function ba(a2) {
  return Array.isArray(a2) && a2.length > 0;
}
function Ca(a2) {
  let e = Ft(a2, ri), { program: t } = e;
  if (t.body.length === 0 && t.directives.length === 0 && !t.interpreter) return { comments: e.comments };
}
function At(a2, e = {}) {
  let { allowComments: t = true, allowEmpty: s = false } = e, i, r;
  try {
    i = Bt(a2, ri), r = i.comments;
  } catch (n) {
    if (s && n.code === "BABEL_PARSER_SYNTAX_ERROR" && n.reasonCode === "ParseExpressionEmptyInput") try {
      ({ comments: r } = Ca(a2));
    } catch {
    }
    if (!r) throw zt(n);
  }
  if (!t && _e(r)) throw H(r[0], "Comment");
  return (!s || i) && ct(i), i = $t({ type: "JsonRoot", expression: i, comments: r, text: a2 }), i;
}
function H(a2, e) {
  let [t, s] = [a2.loc.start, a2.loc.end].map(({ line: i, column: r }) => ({ line: i, column: r + 1 }));
  return Vt(`${e} is not allowed in JSON.`, { loc: { start: t, end: s } });
}
function ct(a2) {
  switch (a2.type) {
    case "ArrayExpression":
      for (let e of a2.elements) e !== null && ct(e);
      return;
    case "ObjectExpression":
      for (let e of a2.properties) ct(e);
      return;
    case "ObjectProperty":
      if (a2.computed) throw H(a2.key, "Computed key");
      if (a2.shorthand) throw H(a2.key, "Shorthand property");
      a2.key.type !== "Identifier" && ct(a2.key), ct(a2.value);
      return;
    case "UnaryExpression": {
      let { operator: e, argument: t } = a2;
      if (e !== "+" && e !== "-") throw H(a2, `Operator '${a2.operator}'`);
      if (t.type === "NumericLiteral" || t.type === "Identifier" && (t.name === "Infinity" || t.name === "NaN")) return;
      throw H(t, `Operator '${e}' before '${t.type}'`);
    }
    case "Identifier":
      if (a2.name !== "Infinity" && a2.name !== "NaN" && a2.name !== "undefined") throw H(a2, `Identifier '${a2.name}'`);
      return;
    case "TemplateLiteral":
      if (_e(a2.expressions)) throw H(a2.expressions[0], "'TemplateLiteral' with expression");
      for (let e of a2.quasis) ct(e);
      return;
    case "NullLiteral":
    case "BooleanLiteral":
    case "NumericLiteral":
    case "StringLiteral":
    case "TemplateElement":
      return;
    default:
      throw H(a2, `'${a2.type}'`);
  }
}
var ni, Kt, ai, Re, Z, oi, hi, R, ci, lt, L, rt, je, li, Ve, wt, pi, ui, fi, di, mi, yi, l, Ti, S, y, Ht, pt, z, Ai, vt, Ce, mt, Ie, Ee, we, Ne, ke, ve, Si, et, E, $e, Ke, is, Mi, Le, Oi, Fi, Bi, _i, yt, xt, se, ie, ji, Vi, P, qi, Ki, Hi, Ct, Wi, Ji, Jt, Xi, U, Yi, ae, ne, oe, he, ce, Zi, He, It, sr, pe, Et, ue, fe, de, X, Lt, me, ye, ar, nr, xe, Pe, W, J, Je, ge, Dt, Te, Ae, Gt, or, hr, Xt, Yt, Se, Qt, lr, d, fr, dr, mr, yr, xr, Ar, Ye, Sr, br, Qe, Ze, ds, Ir, Mt, qa, ts, Ka, ms, Ha, ys, xs, Ps, gs, Ts, As, _t, Mr, Or, bs, Ut, Br, Cs, Rr, _r, Ur, Is, jr, Es, Vr, Me, nt, ws, zr, ks, Kr, Ls, Os, gt, Gr, Fs, p, Bs, Yr, Rs, _s, ho, js, Vt, Vs, zt, sa, ia, ra, aa, zs, na, qs, oa, ha, Hs, Ws, Q, Ys, qt, Qs, $t, ht, pa, ti, ei, V, ua, ya, xa, si, Pa, ga, Ta, Aa, ii, Sa, Ue, _e, ri, Ia, Ea, wa, Na, ka;
var init_babel = __esm({
  "node_modules/prettier/plugins/babel.mjs"() {
    ni = Object.defineProperty;
    Kt = (a2, e) => {
      for (var t in e) ni(a2, t, { get: e[t], enumerable: true });
    };
    ai = {};
    Kt(ai, { parsers: () => ka });
    Re = {};
    Kt(Re, { __babel_estree: () => Sa, __js_expression: () => Ta, __ts_expression: () => Aa, __vue_event_binding: () => Pa, __vue_expression: () => Ta, __vue_ts_event_binding: () => ga, __vue_ts_expression: () => Aa, babel: () => Pa, "babel-flow": () => ii, "babel-ts": () => ga });
    Z = (a2, e) => (t, s, ...i) => t | 1 && s == null ? void 0 : (e.call(s) ?? s[a2]).apply(s, i);
    oi = String.prototype.replaceAll ?? function(a2, e) {
      return a2.global ? this.replace(a2, e) : this.split(a2).join(e);
    };
    hi = Z("replaceAll", function() {
      if (typeof this == "string") return oi;
    });
    R = hi;
    ci = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    lt = ci;
    L = class {
      constructor(e, t, s) {
        this.line = void 0, this.column = void 0, s !== void 0 && (this.index = void 0), this.line = e, this.column = t, s !== void 0 && (this.index = s);
      }
    };
    rt = class {
      start;
      end;
      filename;
      identifierName;
      constructor(e, t) {
        this.start = e, this.end = t;
      }
    };
    je = "BABEL_PARSER_SOURCETYPE_MODULE_REQUIRED";
    li = { ImportMetaOutsideModule: { message: `import.meta may appear only with 'sourceType: "module"'`, code: je }, ImportOutsideModule: { message: `'import' and 'export' may appear only with 'sourceType: "module"'`, code: je } };
    Ve = { ArrayPattern: "array destructuring pattern", AssignmentExpression: "assignment expression", AssignmentPattern: "assignment expression", ArrowFunctionExpression: "arrow function expression", ConditionalExpression: "conditional expression", CatchClause: "catch clause", ForOfStatement: "for-of statement", ForInStatement: "for-in statement", ForStatement: "for-loop", FormalParameters: "function parameter list", Identifier: "identifier", ImportSpecifier: "import specifier", ImportDefaultSpecifier: "import default specifier", ImportNamespaceSpecifier: "import namespace specifier", ObjectPattern: "object destructuring pattern", ParenthesizedExpression: "parenthesized expression", RestElement: "rest element", UpdateExpression: { true: "prefix operation", false: "postfix operation" }, VariableDeclarator: "variable declaration", YieldExpression: "yield expression" };
    wt = (a2) => a2.type === "UpdateExpression" ? Ve.UpdateExpression[`${a2.prefix}`] : Ve[a2.type];
    pi = { AccessorIsGenerator: ({ kind: a2 }) => `A ${a2}ter cannot be a generator.`, ArgumentsInClass: "'arguments' is only allowed in functions and class methods.", AsyncFunctionInSingleStatementContext: "Async functions can only be declared at the top level or inside a block.", AwaitBindingIdentifier: "Can not use 'await' as identifier inside an async function.", AwaitBindingIdentifierInStaticBlock: "Can not use 'await' as identifier inside a static block.", AwaitExpressionFormalParameter: "'await' is not allowed in async function parameters.", AwaitUsingNotInAsyncContext: "'await using' is only allowed within async functions and at the top levels of modules.", AwaitNotInAsyncContext: "'await' is only allowed within async functions and at the top levels of modules.", BadGetterArity: "A 'get' accessor must not have any formal parameters.", BadSetterArity: "A 'set' accessor must have exactly one formal parameter.", BadSetterRestParameter: "A 'set' accessor function argument must not be a rest parameter.", ConstructorClassField: "Classes may not have a field named 'constructor'.", ConstructorClassPrivateField: "Classes may not have a private field named '#constructor'.", ConstructorIsAccessor: "Class constructor may not be an accessor.", ConstructorIsAsync: "Constructor can't be an async function.", ConstructorIsGenerator: "Constructor can't be a generator.", DeclarationMissingInitializer: ({ kind: a2 }) => `Missing initializer in ${a2} declaration.`, DecoratorArgumentsOutsideParentheses: "Decorator arguments must be moved inside parentheses: use '@(decorator(args))' instead of '@(decorator)(args)'.", DecoratorsBeforeAfterExport: "Decorators can be placed *either* before or after the 'export' keyword, but not in both locations at the same time.", DecoratorConstructor: "Decorators can't be used with a constructor. Did you mean '@dec class { ... }'?", DecoratorSemicolon: "Decorators must not be followed by a semicolon.", DecoratorStaticBlock: "Decorators can't be used with a static block.", DeferImportRequiresNamespace: 'Only `import defer * as x from "./module"` is valid.', DeferExportInvalidAll: '`export defer * from "./module"` is invalid. Explicitly list the re-exported names.', DeletePrivateField: "Deleting a private field is not allowed.", DestructureNamedImport: "ES2015 named imports do not destructure. Use another statement for destructuring after the import.", DuplicateConstructor: "Duplicate constructor in the same class.", DuplicateDefaultExport: "Only one default export allowed per module.", DuplicateExport: ({ exportName: a2 }) => `\`${a2}\` has already been exported. Exported identifiers must be unique.`, DuplicateProto: "Redefinition of __proto__ property.", DuplicateRegExpFlags: "Duplicate regular expression flag.", ElementAfterRest: "Rest element must be last element.", EscapedCharNotAnIdentifier: "Invalid Unicode escape.", ExportBindingIsString: ({ localName: a2, exportName: e }) => `A string literal cannot be used as an exported binding without \`from\`.
- Did you mean \`export { '${a2}' as '${e}' } from 'some-module'\`?`, ExportDefaultFromAsIdentifier: "'from' is not allowed as an identifier after 'export default'.", FilteredNamespaceDuplicateName: ({ name: a2 }) => `Duplicate name '${a2}' in filtered namespace.`, FilteredNamespaceRename: "Names in a filtered namespace cannot be renamed using `as`.", FilteredNamespaceTypeModifier: "Names in a filtered namespace cannot have a type modifier.", ForInOfLoopInitializer: ({ type: a2 }) => `'${a2 === "ForInStatement" ? "for-in" : "for-of"}' loop variable declaration may not have an initializer.`, ForInUsing: "For-in loop may not start with 'using' declaration.", ForOfAsync: "The left-hand side of a for-of loop may not be 'async'.", ForOfLet: "The left-hand side of a for-of loop may not start with 'let'.", GeneratorInSingleStatementContext: "Generators can only be declared at the top level or inside a block.", IllegalBreakContinue: ({ type: a2 }) => `Unsyntactic ${a2 === "BreakStatement" ? "break" : "continue"}.`, IllegalLanguageModeDirective: "Illegal 'use strict' directive in function with non-simple parameter list.", IllegalReturn: "'return' outside of function.", ImportBindingIsString: ({ importName: a2 }) => `A string literal cannot be used as an imported binding.
- Did you mean \`import { "${a2}" as foo }\`?`, ImportCallArity: ({ phase: a2, sync: e }) => `\`import${a2 ? `.${a2}` : e ? ".sync" : ""}()\` requires exactly one or two arguments.`, ImportCallNotNewExpression: ({ phase: a2, sync: e }) => `Cannot use new with import${a2 ? `.${a2}` : e ? ".sync" : ""}().`, ImportCallSpreadArgument: ({ phase: a2, sync: e }) => `\`...\` is not allowed in \`import${a2 ? `.${a2}` : e ? ".sync" : ""}()\`.`, IncompatibleRegExpUVFlags: "The 'u' and 'v' regular expression flags cannot be enabled at the same time.", InvalidBigIntLiteral: "Invalid BigIntLiteral.", InvalidCodePoint: "Code point out of bounds.", InvalidCoverDiscardElement: "'void' must be followed by an expression when not used in a binding position.", InvalidCoverInitializedName: "Invalid shorthand property initializer.", InvalidDigit: ({ radix: a2 }) => `Expected number in radix ${a2}.`, InvalidEscapeSequence: "Bad character escape sequence.", InvalidEscapeSequenceTemplate: "Invalid escape sequence in template.", InvalidEscapedReservedWord: ({ reservedWord: a2 }) => `Escape sequence in keyword ${a2}.`, InvalidIdentifier: ({ identifierName: a2 }) => `Invalid identifier ${a2}.`, InvalidLhs: ({ ancestor: a2 }) => `Invalid left-hand side in ${wt(a2)}.`, InvalidLhsBinding: ({ ancestor: a2 }) => `Binding invalid left-hand side in ${wt(a2)}.`, InvalidLhsOptionalChaining: ({ ancestor: a2 }) => `Invalid optional chaining in the left-hand side of ${wt(a2)}.`, InvalidOrMissingExponent: "Floating-point numbers require a valid exponent after the 'e'.", InvalidOrUnexpectedToken: ({ unexpected: a2 }) => `Unexpected character '${a2}'.`, InvalidParenthesizedAssignment: "Invalid parenthesized assignment pattern.", InvalidPrivateFieldResolution: ({ identifierName: a2 }) => `Private name #${a2} is not defined.`, InvalidPropertyBindingPattern: "Binding member expression.", InvalidRestAssignmentPattern: "Invalid rest operator's argument.", LabelRedeclaration: ({ labelName: a2 }) => `Label '${a2}' is already declared.`, LetInLexicalBinding: "'let' is disallowed as a lexically bound name.", LineTerminatorBeforeArrow: "No line break is allowed before '=>'.", MalformedRegExpFlags: "Invalid regular expression flag.", MissingClassName: "A class name is required.", MissingEqInAssignment: "Only '=' operator can be used for specifying default value.", MissingSemicolon: "Missing semicolon.", MissingPlugin: ({ missingPlugin: a2 }) => `This experimental syntax requires enabling the parser plugin: ${a2.map((e) => JSON.stringify(e)).join(", ")}.`, MissingOneOfPlugins: ({ missingPlugin: a2 }) => `This experimental syntax requires enabling one of the following parser plugin(s): ${a2.map((e) => JSON.stringify(e)).join(", ")}.`, MissingUnicodeEscape: "Expecting Unicode escape sequence \\uXXXX.", MixingCoalesceWithLogical: "Nullish coalescing operator(??) requires parens when mixing with logical operators.", ModuleAttributeInvalidValue: "Only string literals are allowed as module attribute values.", ModuleAttributesWithDuplicateKeys: ({ key: a2 }) => `Duplicate key "${a2}" is not allowed in module attributes.`, ModuleExportNameHasLoneSurrogate: ({ surrogateCharCode: a2 }) => `An export name cannot include a lone surrogate, found '\\u${a2.toString(16)}'.`, ModuleExportUndefined: ({ localName: a2 }) => `Export '${a2}' is not defined.`, MultipleDefaultsInSwitch: "Multiple default clauses.", NewlineAfterThrow: "Illegal newline after throw.", NoCatchOrFinally: "Missing catch or finally clause.", NumberIdentifier: "Identifier directly after number.", NumericSeparatorInEscapeSequence: "Numeric separators are not allowed inside unicode escape sequences or hex escape sequences.", ObsoleteAwaitStar: "'await*' has been removed from the async functions proposal. Use Promise.all() instead.", OptionalChainingNoNew: "Constructors in/after an Optional Chain are not allowed.", OptionalChainingNoTemplate: "Tagged Template Literals are not allowed in optionalChain.", OverrideOnConstructor: "'override' modifier cannot appear on a constructor declaration.", ParamDupe: "Argument name clash.", PatternHasAccessor: "Object pattern can't contain getter or setter.", PatternHasMethod: "Object pattern can't contain methods.", PrivateInExpectedIn: ({ identifierName: a2 }) => `Private names are only allowed in property accesses (\`obj.#${a2}\`) or in \`in\` expressions (\`#${a2} in obj\`).`, PrivateNameRedeclaration: ({ identifierName: a2 }) => `Duplicate private name #${a2}.`, RestTrailingComma: "Unexpected trailing comma after rest element.", SloppyFunction: "In non-strict mode code, functions can only be declared at top level or inside a block.", SloppyFunctionAnnexB: "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", SourcePhaseImportRequiresDefault: 'Only `import source x from "./module"` is valid.', StaticPrototype: "Classes may not have static property named prototype.", SuperCallNotNewExpression: "Cannot use new with super(...).", SuperNotAllowed: "`super()` is only valid inside a class constructor of a subclass. Maybe a typo in the method name ('constructor') or not extending another class?", SuperPrivateField: "Private fields can't be accessed on super.", TrailingDecorator: "Decorators must be attached to a class element.", UnexpectedArgumentPlaceholder: "Unexpected argument placeholder.", UnexpectedDigitAfterHash: "Unexpected digit after hash token.", UnexpectedImportExport: "'import' and 'export' may only appear at the top level.", UnexpectedKeyword: ({ keyword: a2 }) => `Unexpected keyword '${a2}'.`, UnexpectedLeadingDecorator: "Leading decorators must be attached to a class declaration.", UnexpectedLexicalDeclaration: "Lexical declaration cannot appear in a single-statement context.", UnexpectedNewTarget: "`new.target` can only be used in functions or class properties.", UnexpectedNumericSeparator: "A numeric separator is only allowed between two digits.", UnexpectedPrivateField: "Unexpected private name.", UnexpectedReservedWord: ({ reservedWord: a2 }) => `Unexpected reserved word '${a2}'.`, UnexpectedSuper: "'super' is only allowed in object methods and classes.", UnexpectedToken: ({ expected: a2, unexpected: e }) => `Unexpected token${e ? ` '${e}'.` : ""}${a2 ? `, expected "${a2}"` : ""}`, UnexpectedTokenUnaryExponentiation: "Illegal expression. Wrap left hand side or entire exponentiation in parentheses.", UnexpectedUsingDeclaration: "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement.", UnexpectedVoidPattern: "Unexpected void binding.", UnsupportedDecoratorExport: "A decorated export must export a class declaration.", UnsupportedDefaultExport: "Only expressions, functions or classes are allowed as the `default` export.", UnsupportedImport: "`import` can only be used in `import()` or `import.meta`.", UnsupportedMetaProperty: ({ target: a2, onlyValidPropertyName: e }) => `The only valid meta property for ${a2} is ${a2}.${e}.`, UnsupportedParameterDecorator: "Decorators cannot be used to decorate parameters.", UnsupportedPropertyDecorator: "Decorators cannot be used to decorate object literal properties.", UnsupportedSuper: "'super' can only be used with function calls (i.e. super()) or in property accesses (i.e. super.prop or super[prop]).", UnterminatedComment: "Unterminated comment.", UnterminatedRegExp: "Unterminated regular expression.", UnterminatedString: "Unterminated string constant.", UnterminatedTemplate: "Unterminated template.", UsingDeclarationExport: "Using declaration cannot be exported.", UsingDeclarationHasBindingPattern: "Using declaration cannot have destructuring patterns.", VarRedeclaration: ({ identifierName: a2 }) => `Identifier '${a2}' has already been declared.`, VoidPatternCatchClauseParam: "A void binding can not be the catch clause parameter. Use `try { ... } catch { ... }` if you want to discard the caught error.", VoidPatternInitializer: "A void binding may not have an initializer.", YieldBindingIdentifier: "Can not use 'yield' as identifier inside a generator.", YieldInParameter: "Yield expression is not allowed in formal parameters.", YieldNotInGeneratorFunction: "'yield' is only allowed within generator functions.", ZeroDigitNumericSeparator: "Numeric separator can not be used after leading 0." };
    ui = { StrictDelete: "Deleting local variable in strict mode.", StrictEvalArguments: ({ referenceName: a2 }) => `Assigning to '${a2}' in strict mode.`, StrictEvalArgumentsBinding: ({ bindingName: a2 }) => `Binding '${a2}' in strict mode.`, StrictFunction: "In strict mode code, functions can only be declared at top level or inside a block.", StrictNumericEscape: "The only valid numeric escape in strict mode is '\\0'.", StrictOctalLiteral: "Legacy octal literals are not allowed in strict mode.", StrictWith: "'with' in strict mode." };
    fi = { ParseExpressionEmptyInput: "Unexpected parseExpression() input: The input is empty or contains only comments.", ParseExpressionExpectsEOF: ({ unexpected: a2 }) => `Unexpected parseExpression() input: The input should contain exactly one expression, but the first expression is followed by the unexpected character \`${String.fromCodePoint(a2)}\`.` };
    di = /* @__PURE__ */ new Set(["ArrowFunctionExpression", "AssignmentExpression", "ConditionalExpression", "YieldExpression"]);
    mi = { PipeTopicRequiresHackPipes: 'Topic references are only supported when using the `"proposal": "hack"` version of the pipeline proposal.', PipeTopicUnbound: "Topic reference is unbound; it must be inside a pipe body.", PipeTopicUnconfiguredToken: ({ token: a2 }) => `Invalid topic token ${a2}. In order to use ${a2} as a topic reference, the pipelineOperator plugin must be configured with { "proposal": "hack", "topicToken": "${a2}" }.`, PipeTopicUnused: "Hack-style pipe body does not contain a topic reference; Hack-style pipes must use topic at least once.", PipeUnparenthesizedBody: ({ type: a2 }) => `Hack-style pipe body cannot be an unparenthesized ${wt({ type: a2 })}; please wrap it in parentheses.`, PipelineUnparenthesized: "Cannot mix binary operator with solo-await F#-style pipeline. Please wrap the pipeline in parentheses." };
    yi = { UnsupportedBind: "Binding should be performed on object property.", UnsupportedBindRHS: "The right-hand side of binding can not be super or import." };
    l = { ...B(li), ...B(pi), ...B(ui), ...B(fi), ...B`pipelineOperator`(mi), ...B`functionBind`(yi) };
    Ti = (a2) => class extends a2 {
      createPosition(t) {
        return new L(t.line, t.column);
      }
      parse() {
        let t = super.parse();
        return this.optionFlags & 512 && (t.tokens = t.tokens.map(tt)), tt(t);
      }
      parseRegExpLiteral({ pattern: t, flags: s }) {
        let i = null;
        try {
          i = new RegExp(t, s);
        } catch {
        }
        let r = this.estreeParseLiteral(i);
        return r.regex = { pattern: t, flags: s }, r;
      }
      parseBigIntLiteral(t) {
        let s;
        try {
          s = BigInt(t);
        } catch {
          s = null;
        }
        let i = this.estreeParseLiteral(s);
        return i.bigint = i.value !== null ? String(i.value) : t, i;
      }
      estreeParseLiteral(t) {
        return this.parseLiteral(t, "Literal");
      }
      parseStringLiteral(t) {
        return this.estreeParseLiteral(t);
      }
      parseNumericLiteral(t) {
        return this.estreeParseLiteral(t);
      }
      parseNullLiteral() {
        return this.estreeParseLiteral(null);
      }
      parseBooleanLiteral(t) {
        return this.estreeParseLiteral(t);
      }
      estreeParseChainExpression(t, s) {
        let i = this.startNodeAtNode(t);
        return i.expression = t, this.finishNodeAtNode(i, "ChainExpression", s);
      }
      directiveToStmt(t) {
        let s = t.value;
        delete t.value, this.castNodeTo(s, "Literal"), s.raw = s.extra.raw, s.value = s.extra.expressionValue;
        let i = this.castNodeTo(t, "ExpressionStatement");
        return i.expression = s, i.directive = s.extra.rawValue, delete s.extra, i;
      }
      fillOptionalPropertiesForTSESLint(t) {
      }
      cloneEstreeStringLiteral(t) {
        let { start: s, end: i, loc: r, range: n, raw: o, value: h } = t, c = Object.create(t.constructor.prototype);
        return c.type = "Literal", c.start = s, c.end = i, c.loc = r, c.range = n, c.raw = o, c.value = h, c;
      }
      initFunction(t, s) {
        super.initFunction(t, s), t.expression = false;
      }
      checkDeclaration(t) {
        t != null && this.isObjectProperty(t) ? this.checkDeclaration(t.value) : super.checkDeclaration(t);
      }
      getObjectOrClassMethodParams(t) {
        return t.value.params;
      }
      isValidDirective(t) {
        return t.type === "ExpressionStatement" && t.expression.type === "Literal" && typeof t.expression.value == "string" && !t.expression.extra?.parenthesized;
      }
      parseBlockBody(t, s, i, r, n) {
        super.parseBlockBody(t, s, i, r, n);
        let o = t.directives.map((h) => this.directiveToStmt(h));
        t.body = o.concat(t.body), delete t.directives;
      }
      parsePrivateName() {
        let t = super.parsePrivateName();
        return this.convertPrivateNameToPrivateIdentifier(t);
      }
      convertPrivateNameToPrivateIdentifier(t) {
        let s = super.getPrivateNameSV(t);
        return delete t.id, t.name = s, this.castNodeTo(t, "PrivateIdentifier");
      }
      isPrivateName(t) {
        return t.type === "PrivateIdentifier";
      }
      getPrivateNameSV(t) {
        return t.name;
      }
      parseLiteral(t, s) {
        let i = super.parseLiteral(t, s);
        return i.raw = i.extra.raw, delete i.extra, i;
      }
      parseFunctionBody(t, s, i = false) {
        super.parseFunctionBody(t, s, i), t.expression = t.body.type !== "BlockStatement";
      }
      parseMethod(t, s, i, r, n, o, h = false) {
        let c = this.startNode();
        c.kind = t.kind, c = super.parseMethod(c, s, i, r, n, o, h), delete c.kind;
        let { typeParameters: u } = t;
        u && (delete t.typeParameters, c.typeParameters = u, this.resetStartLocationFromNode(c, u));
        let f = this.castNodeTo(c, this.hasPlugin("typescript") && !c.body ? "TSEmptyBodyFunctionExpression" : "FunctionExpression");
        return t.value = f, o === "ClassPrivateMethod" && (t.computed = false), this.hasPlugin("typescript") && t.abstract ? (delete t.abstract, this.finishNode(t, "TSAbstractMethodDefinition")) : o === "ObjectMethod" ? (t.kind === "method" && (t.kind = "init"), t.shorthand = false, this.finishNode(t, "Property")) : this.finishNode(t, "MethodDefinition");
      }
      nameIsConstructor(t) {
        return t.type === "Literal" ? t.value === "constructor" : super.nameIsConstructor(t);
      }
      parseClassProperty(...t) {
        let s = super.parseClassProperty(...t);
        return s.abstract && this.hasPlugin("typescript") ? (delete s.abstract, this.castNodeTo(s, "TSAbstractPropertyDefinition")) : this.castNodeTo(s, "PropertyDefinition"), s;
      }
      parseClassPrivateProperty(...t) {
        let s = super.parseClassPrivateProperty(...t);
        return s.abstract && this.hasPlugin("typescript") ? this.castNodeTo(s, "TSAbstractPropertyDefinition") : this.castNodeTo(s, "PropertyDefinition"), s.computed = false, s;
      }
      parseClassAccessorProperty(t) {
        let s = super.parseClassAccessorProperty(t);
        return s.abstract && this.hasPlugin("typescript") ? (delete s.abstract, this.castNodeTo(s, "TSAbstractAccessorProperty")) : this.castNodeTo(s, "AccessorProperty"), s;
      }
      parseObjectProperty(t, s, i, r) {
        let n = super.parseObjectProperty(t, s, i, r);
        return n && (n.kind = "init", this.castNodeTo(n, "Property")), n;
      }
      finishObjectProperty(t) {
        return t.kind = "init", this.finishNode(t, "Property");
      }
      isValidLVal(t, s, i, r) {
        return t === "Property" ? "value" : super.isValidLVal(t, s, i, r);
      }
      isAssignable(t, s) {
        return t != null && this.isObjectProperty(t) ? this.isAssignable(t.value, s) : super.isAssignable(t, s);
      }
      toAssignable(t, s = false) {
        if (t != null && this.isObjectProperty(t)) {
          let { key: i, value: r } = t;
          this.isPrivateName(i) && this.classScope.usePrivateName(this.getPrivateNameSV(i), i.start), this.toAssignable(r, s);
        } else super.toAssignable(t, s);
      }
      toAssignableObjectExpressionProp(t, s, i) {
        t.type === "Property" && (t.kind === "get" || t.kind === "set") ? this.raise(l.PatternHasAccessor, t.key) : t.type === "Property" && t.method ? this.raise(l.PatternHasMethod, t.key) : super.toAssignableObjectExpressionProp(t, s, i);
      }
      finishCallExpression(t, s) {
        let i = super.finishCallExpression(t, s);
        return i.callee.type === "Import" ? (this.castNodeTo(i, "ImportExpression"), i.source = i.arguments[0], i.options = i.arguments[1] ?? null, delete i.arguments, delete i.callee) : i.type === "OptionalCallExpression" ? this.castNodeTo(i, "CallExpression") : i.optional = false, i;
      }
      parseExport(t, s) {
        let i = this.state.lastTokStartLoc, r = super.parseExport(t, s);
        switch (r.type) {
          case "ExportAllDeclaration":
            r.exported = null;
            break;
          case "ExportNamedDeclaration":
            r.specifiers.length === 1 && r.specifiers[0].type === "ExportNamespaceSpecifier" && !r.specifiers[0].exportsFilter && (this.castNodeTo(r, "ExportAllDeclaration"), r.exported = r.specifiers[0].exported, delete r.specifiers);
          case "ExportDefaultDeclaration":
            {
              let { declaration: n } = r;
              n?.type === "ClassDeclaration" && n.decorators?.length > 0 && n.start === r.start && this.resetStartLocation(r, i);
            }
            break;
        }
        return r;
      }
      stopParseSubscript(t, s) {
        let i = super.stopParseSubscript(t, s);
        return s.optionalChainMember ? this.estreeParseChainExpression(i, t) : i;
      }
      parseMember(t, s, i, r, n) {
        let o = super.parseMember(t, s, i, r, n);
        return o.type === "OptionalMemberExpression" ? this.castNodeTo(o, "MemberExpression") : o.optional = false, o;
      }
      isOptionalMemberExpression(t) {
        return t.type === "ChainExpression" ? t.expression.type === "MemberExpression" : super.isOptionalMemberExpression(t);
      }
      hasPropertyAsPrivateName(t) {
        return t.type === "ChainExpression" && (t = t.expression), super.hasPropertyAsPrivateName(t);
      }
      isObjectProperty(t) {
        return t.type === "Property" && t.kind === "init" && !t.method;
      }
      isObjectMethod(t) {
        return t.type === "Property" && (t.method || t.kind === "get" || t.kind === "set");
      }
      castNodeTo(t, s) {
        let i = super.castNodeTo(t, s);
        return this.fillOptionalPropertiesForTSESLint(i), i;
      }
      cloneIdentifier(t) {
        let s = super.cloneIdentifier(t);
        return this.fillOptionalPropertiesForTSESLint(s), s;
      }
      cloneStringLiteral(t) {
        return t.type === "Literal" ? this.cloneEstreeStringLiteral(t) : super.cloneStringLiteral(t);
      }
      finishNodeAt(t, s, i) {
        return tt(super.finishNodeAt(t, s, i));
      }
      finishNodeAtNode(t, s, i) {
        return tt(super.finishNodeAtNode(t, s, i));
      }
      finishNode(t, s) {
        let i = super.finishNode(t, s);
        return this.fillOptionalPropertiesForTSESLint(i), i;
      }
      resetStartLocation(t, s) {
        super.resetStartLocation(t, s), tt(t);
      }
      resetEndLocation(t, s = this.state.lastTokEndLoc) {
        super.resetEndLocation(t, s), tt(t);
      }
    };
    S = true;
    y = true;
    Ht = true;
    pt = true;
    z = true;
    Ai = true;
    vt = class {
      label;
      keyword;
      beforeExpr;
      startsExpr;
      rightAssociative;
      isLoop;
      isAssign;
      prefix;
      postfix;
      binop;
      constructor(e, t = {}) {
        this.label = e, this.keyword = t.keyword, this.beforeExpr = !!t.beforeExpr, this.startsExpr = !!t.startsExpr, this.rightAssociative = !!t.rightAssociative, this.isLoop = !!t.isLoop, this.isAssign = !!t.isAssign, this.prefix = !!t.prefix, this.postfix = !!t.postfix, this.binop = t.binop != null ? t.binop : null;
      }
    };
    Ce = /* @__PURE__ */ new Map();
    mt = -1;
    Ie = [];
    Ee = [];
    we = [];
    Ne = [];
    ke = [];
    ve = [];
    Si = { bracketL: g("[", { beforeExpr: S, startsExpr: y }), bracketR: g("]"), braceL: g("{", { beforeExpr: S, startsExpr: y }), braceBarL: g("{|", { beforeExpr: S, startsExpr: y }), braceR: g("}"), braceBarR: g("|}"), parenL: g("(", { beforeExpr: S, startsExpr: y }), parenR: g(")"), comma: g(",", { beforeExpr: S }), semi: g(";", { beforeExpr: S }), colon: g(":", { beforeExpr: S }), doubleColon: g("::", { beforeExpr: S }), dot: g("."), question: g("?", { beforeExpr: S }), questionDot: g("?."), arrow: g("=>", { beforeExpr: S }), template: g("template"), ellipsis: g("...", { beforeExpr: S }), backQuote: g("`", { startsExpr: y }), dollarBraceL: g("${", { beforeExpr: S, startsExpr: y }), templateTail: g("...`", { startsExpr: y }), templateNonTail: g("...${", { beforeExpr: S, startsExpr: y }), at: g("@"), hash: g("#", { startsExpr: y }), interpreterDirective: g("#!..."), eq: g("=", { beforeExpr: S, isAssign: pt }), assign: g("_=", { beforeExpr: S, isAssign: pt }), slashAssign: g("_=", { beforeExpr: S, isAssign: pt }), xorAssign: g("_=", { beforeExpr: S, isAssign: pt }), moduloAssign: g("_=", { beforeExpr: S, isAssign: pt }), incDec: g("++/--", { prefix: z, postfix: Ai, startsExpr: y }), bang: g("!", { beforeExpr: S, prefix: z, startsExpr: y }), tilde: g("~", { beforeExpr: S, prefix: z, startsExpr: y }), doubleCaret: g("^^", { startsExpr: y }), doubleAt: g("@@", { startsExpr: y }), pipeline: M("|>", 0), nullishCoalescing: M("??", 1), logicalOR: M("||", 1), logicalAND: M("&&", 2), bitwiseOR: M("|", 3), bitwiseXOR: M("^", 4), bitwiseAND: M("&", 5), equality: M("==/!=/===/!==", 6), lt: M("</>/<=/>=", 7), gt: M("</>/<=/>=", 7), relational: M("</>/<=/>=", 7), bitShift: M("<</>>/>>>", 8), bitShiftL: M("<</>>/>>>", 8), bitShiftR: M("<</>>/>>>", 8), plusMin: g("+/-", { beforeExpr: S, binop: 9, prefix: z, startsExpr: y }), modulo: g("%", { binop: 10, startsExpr: y }), star: g("*", { binop: 10 }), slash: M("/", 10), exponent: g("**", { beforeExpr: S, binop: 11, rightAssociative: true }), _in: b("in", { beforeExpr: S, binop: 7 }), _instanceof: b("instanceof", { beforeExpr: S, binop: 7 }), _break: b("break"), _case: b("case", { beforeExpr: S }), _catch: b("catch"), _continue: b("continue"), _debugger: b("debugger"), _default: b("default", { beforeExpr: S }), _else: b("else", { beforeExpr: S }), _finally: b("finally"), _function: b("function", { startsExpr: y }), _if: b("if"), _return: b("return", { beforeExpr: S }), _switch: b("switch"), _throw: b("throw", { beforeExpr: S, prefix: z, startsExpr: y }), _try: b("try"), _var: b("var"), _const: b("const"), _with: b("with"), _new: b("new", { beforeExpr: S, startsExpr: y }), _this: b("this", { startsExpr: y }), _super: b("super", { startsExpr: y }), _class: b("class", { startsExpr: y }), _extends: b("extends", { beforeExpr: S }), _export: b("export"), _import: b("import", { startsExpr: y }), _null: b("null", { startsExpr: y }), _true: b("true", { startsExpr: y }), _false: b("false", { startsExpr: y }), _typeof: b("typeof", { beforeExpr: S, prefix: z, startsExpr: y }), _void: b("void", { beforeExpr: S, prefix: z, startsExpr: y }), _delete: b("delete", { beforeExpr: S, prefix: z, startsExpr: y }), _do: b("do", { isLoop: Ht, beforeExpr: S }), _for: b("for", { isLoop: Ht }), _while: b("while", { isLoop: Ht }), _arguments: T("arguments", { startsExpr: y }), _as: T("as", { startsExpr: y }), _assert: T("assert", { startsExpr: y }), _async: T("async", { startsExpr: y }), _await: T("await", { startsExpr: y }), _defer: T("defer", { startsExpr: y }), _from: T("from", { startsExpr: y }), _get: T("get", { startsExpr: y }), _let: T("let", { startsExpr: y }), _meta: T("meta", { startsExpr: y }), _of: T("of", { startsExpr: y }), _sent: T("sent", { startsExpr: y }), _set: T("set", { startsExpr: y }), _source: T("source", { startsExpr: y }), _static: T("static", { startsExpr: y }), _struct: T("struct", { startsExpr: y }), _sync: T("sync", { startsExpr: y }), _using: T("using", { startsExpr: y }), _yield: T("yield", { startsExpr: y }), _asserts: T("asserts", { startsExpr: y }), _checks: T("checks", { startsExpr: y }), _exports: T("exports", { startsExpr: y }), _global: T("global", { startsExpr: y }), _implements: T("implements", { startsExpr: y }), _intrinsic: T("intrinsic", { startsExpr: y }), _infer: T("infer", { startsExpr: y }), _is: T("is", { startsExpr: y }), _mixins: T("mixins", { startsExpr: y }), _proto: T("proto", { startsExpr: y }), _require: T("require", { startsExpr: y }), _satisfies: T("satisfies", { startsExpr: y }), _keyof: T("keyof", { startsExpr: y }), _readonly: T("readonly", { startsExpr: y }), _unique: T("unique", { startsExpr: y }), _abstract: T("abstract", { startsExpr: y }), _declare: T("declare", { startsExpr: y }), _enum: T("enum", { startsExpr: y }), _module: T("module", { startsExpr: y }), _namespace: T("namespace", { startsExpr: y }), _interface: T("interface", { startsExpr: y }), _type: T("type", { startsExpr: y }), _opaque: T("opaque", { startsExpr: y }), name: g("name", { startsExpr: y }), placeholder: g("%%", { startsExpr: y }), string: g("string", { startsExpr: y }), num: g("num", { startsExpr: y }), bigint: g("bigint", { startsExpr: y }), regexp: g("regexp", { startsExpr: y }), privateName: g("#name", { startsExpr: y }), eof: g("eof"), jsxName: g("jsxName"), jsxText: g("jsxText", { beforeExpr: S }), jsxTagStart: g("jsxTagStart", { startsExpr: y }), jsxTagEnd: g("jsxTagEnd") };
    et = class {
      constructor(e, t) {
        this.token = e, this.preserveSpace = !!t;
      }
      token;
      preserveSpace;
    };
    E = { brace: new et("{"), j_oTag: new et("<tag"), j_cTag: new et("</tag"), j_expr: new et("<tag>...</tag>", true) };
    $e = /[\p{ID_Start}\u0558\u058b\u058c\u088f\u0c5c\u0cdc\u208f\u209d-\u209f\ua7ce\ua7cf\ua7d2\ua7d4\ua7dd\ua7e2\ua7f1\uab6c\uab6d]/u;
    Ke = /[\p{ID_Continue}\u0558\u058b\u058c\u088f\u0c5c\u0cdc\u208f\u209d-\u209f\ua7ce\ua7cf\ua7d2\ua7d4\ua7dd\ua7e2\ua7f1\uab6c\uab6d\u05c8\u05c9\u0b53\u0b54\u1acf-\u1af0]/u;
    is = [1979, 4, 385, 25, 1388, 2, 18, 21, 3100, 0, 678, 43, 22, 0, 1662, 0, 6, 10, 209, 310, 18458, 24, 3, 24, 287, 4, 6146, 7, 1239, 4, 47, 23, 96, 114, 14, 913, 15, 50, 8017, 5, 64, 0, 9534, 0, 2169, 5, 7, 86, 15, 6, 55, 50, 1729, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 53307, 5, 223, 0, 5764, 11, 21763, 4297, 39815, 11327];
    Mi = [3787, 4, 33, 11, 3173, 7, 633, 9, 7, 0, 45879, 1, 296, 2, 9, 1, 3, 0, 33, 1, 5218, 0, 3, 0, 8, 1, 6, 0];
    Le = { keyword: ["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete"], strict: ["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"], strictBind: ["eval", "arguments"] };
    Oi = new Set(Le.keyword);
    Fi = new Set(Le.strict);
    Bi = new Set(Le.strictBind);
    _i = /* @__PURE__ */ new Set(["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete", "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "eval", "arguments", "enum", "await"]);
    yt = class {
      flags = 0;
      names = /* @__PURE__ */ new Map();
      firstLexicalName = "";
      constructor(e) {
        this.flags = e;
      }
    };
    xt = class {
      parser;
      scopeStack = [];
      inModule;
      undefinedExports = /* @__PURE__ */ new Map();
      constructor(e, t) {
        this.parser = e, this.inModule = t;
      }
      get inTopLevel() {
        return (this.currentScope().flags & 1) > 0;
      }
      get inFunction() {
        return (this.currentVarScopeFlags() & 2) > 0;
      }
      get allowSuper() {
        return (this.currentThisScopeFlags() & 16) > 0;
      }
      get allowDirectSuper() {
        return (this.currentThisScopeFlags() & 32) > 0;
      }
      get allowNewTarget() {
        return (this.currentThisScopeFlags() & 512) > 0;
      }
      get inClass() {
        return (this.currentThisScopeFlags() & 64) > 0;
      }
      get inClassAndNotInNonArrowFunction() {
        let e = this.currentThisScopeFlags();
        return (e & 64) > 0 && (e & 2) === 0;
      }
      get inStaticBlock() {
        for (let e = this.scopeStack.length - 1; ; e--) {
          let { flags: t } = this.scopeStack[e];
          if (t & 128) return true;
          if (t & 3779) return false;
        }
      }
      get inNonArrowFunction() {
        return (this.currentThisScopeFlags() & 2) > 0;
      }
      get inBareCaseStatement() {
        return (this.currentScope().flags & 256) > 0;
      }
      get treatFunctionsAsVar() {
        return this.treatFunctionsAsVarInScope(this.currentScope());
      }
      createScope(e) {
        return new yt(e);
      }
      enter(e) {
        this.scopeStack.push(this.createScope(e));
      }
      exit() {
        return this.scopeStack.pop().flags;
      }
      treatFunctionsAsVarInScope(e) {
        return !!(e.flags & 130 || !this.parser.inModule && e.flags & 1);
      }
      declareName(e, t, s) {
        let i = this.currentScope();
        if (t & 8 || t & 16) {
          this.checkRedeclarationInScope(i, e, t, s);
          let r = i.names.get(e) || 0;
          t & 16 ? r = r | 4 : (i.firstLexicalName || (i.firstLexicalName = e), r = r | 2), i.names.set(e, r), t & 8 && this.maybeExportDefined(i, e);
        } else if (t & 4) for (let r = this.scopeStack.length - 1; r >= 0 && (i = this.scopeStack[r], this.checkRedeclarationInScope(i, e, t, s), i.names.set(e, (i.names.get(e) || 0) | 1), this.maybeExportDefined(i, e), !(i.flags & 3715)); --r) ;
        this.parser.inModule && i.flags & 1 && this.undefinedExports.delete(e);
      }
      maybeExportDefined(e, t) {
        this.parser.inModule && e.flags & 1 && this.undefinedExports.delete(t);
      }
      checkRedeclarationInScope(e, t, s, i) {
        this.isRedeclaredInScope(e, t, s) && this.parser.raise(l.VarRedeclaration, i, { identifierName: t });
      }
      isRedeclaredInScope(e, t, s) {
        if (!(s & 1)) return false;
        if (s & 8) return e.names.has(t);
        let i = e.names.get(t) || 0;
        return s & 16 ? (i & 2) > 0 || !this.treatFunctionsAsVarInScope(e) && (i & 1) > 0 : (i & 2) > 0 && !(e.flags & 8 && e.firstLexicalName === t) || !this.treatFunctionsAsVarInScope(e) && (i & 4) > 0;
      }
      checkLocalExport(e) {
        let { name: t } = e;
        this.scopeStack[0].names.has(t) || this.undefinedExports.set(t, e.start);
      }
      currentScope() {
        return this.scopeStack[this.scopeStack.length - 1];
      }
      currentVarScopeFlags() {
        for (let e = this.scopeStack.length - 1; ; e--) {
          let { flags: t } = this.scopeStack[e];
          if (t & 3715) return t;
        }
      }
      currentThisScopeFlags() {
        for (let e = this.scopeStack.length - 1; ; e--) {
          let { flags: t } = this.scopeStack[e];
          if (t & 3779 && !(t & 4)) return t;
        }
      }
    };
    se = class extends yt {
      declareFunctions = /* @__PURE__ */ new Set();
    };
    ie = class extends xt {
      createScope(e) {
        return new se(e);
      }
      declareName(e, t, s) {
        let i = this.currentScope();
        if (t & 2048) {
          this.checkRedeclarationInScope(i, e, t, s), this.maybeExportDefined(i, e), i.declareFunctions.add(e);
          return;
        }
        super.declareName(e, t, s);
      }
      isRedeclaredInScope(e, t, s) {
        if (super.isRedeclaredInScope(e, t, s)) return true;
        if (s & 2048 && !e.declareFunctions.has(t)) {
          let i = e.names.get(t);
          return (i & 4) > 0 || (i & 2) > 0;
        }
        return false;
      }
      checkLocalExport(e) {
        this.scopeStack[0].declareFunctions.has(e.name) || super.checkLocalExport(e);
      }
    };
    ji = /* @__PURE__ */ new Set(["_", "any", "bool", "boolean", "empty", "extends", "false", "interface", "mixed", "null", "number", "static", "string", "true", "typeof", "void"]);
    Vi = { AmbiguousConditionalArrow: "Ambiguous expression: wrap the arrow functions in parentheses to disambiguate.", AmbiguousDeclareModuleKind: "Found both `declare module.exports` and `declare export` in the same module. Modules can only have 1 since they are either an ES module or they are a CommonJS module.", AssignReservedType: ({ reservedType: a2 }) => `Cannot overwrite reserved type ${a2}.`, DeclareClassElement: "The `declare` modifier can only appear on class fields.", DeclareClassFieldInitializer: "Initializers are not allowed in fields with the `declare` modifier.", DuplicateDeclareModuleExports: "Duplicate `declare module.exports` statement.", EnumBooleanMemberNotInitialized: ({ memberName: a2, enumName: e }) => `Boolean enum members need to be initialized. Use either \`${a2} = true,\` or \`${a2} = false,\` in enum \`${e}\`.`, EnumDuplicateMemberName: ({ memberName: a2, enumName: e }) => `Enum member names need to be unique, but the name \`${a2}\` has already been used before in enum \`${e}\`.`, EnumInconsistentMemberValues: ({ enumName: a2 }) => `Enum \`${a2}\` has inconsistent member initializers. Either use no initializers, or consistently use literals (either booleans, numbers, or strings) for all member initializers.`, EnumInvalidExplicitType: ({ invalidEnumType: a2, enumName: e }) => `Enum type \`${a2}\` is not valid. Use one of \`boolean\`, \`number\`, \`string\`, or \`symbol\` in enum \`${e}\`.`, EnumInvalidExplicitTypeUnknownSupplied: ({ enumName: a2 }) => `Supplied enum type is not valid. Use one of \`boolean\`, \`number\`, \`string\`, or \`symbol\` in enum \`${a2}\`.`, EnumInvalidMemberInitializerPrimaryType: ({ enumName: a2, memberName: e, explicitType: t }) => `Enum \`${a2}\` has type \`${t}\`, so the initializer of \`${e}\` needs to be a ${t} literal.`, EnumInvalidMemberInitializerSymbolType: ({ enumName: a2, memberName: e }) => `Symbol enum members cannot be initialized. Use \`${e},\` in enum \`${a2}\`.`, EnumInvalidMemberInitializerUnknownType: ({ enumName: a2, memberName: e }) => `The enum member initializer for \`${e}\` needs to be a literal (either a boolean, number, or string) in enum \`${a2}\`.`, EnumInvalidMemberName: ({ enumName: a2, memberName: e, suggestion: t }) => `Enum member names cannot start with lowercase 'a' through 'z'. Instead of using \`${e}\`, consider using \`${t}\`, in enum \`${a2}\`.`, EnumNumberMemberNotInitialized: ({ enumName: a2, memberName: e }) => `Number enum members need to be initialized, e.g. \`${e} = 1\` in enum \`${a2}\`.`, EnumStringMemberInconsistentlyInitialized: ({ enumName: a2 }) => `String enum members need to consistently either all use initializers, or use no initializers, in enum \`${a2}\`.`, GetterMayNotHaveThisParam: "A getter cannot have a `this` parameter.", ImportTypeShorthandOnlyInPureImport: "The `type` and `typeof` keywords on named imports can only be used on regular `import` statements. It cannot be used with `import type` or `import typeof` statements.", InexactInsideExact: "Explicit inexact syntax cannot appear inside an explicit exact object type.", InexactInsideNonObject: "Explicit inexact syntax cannot appear in class or interface definitions.", InexactVariance: "Explicit inexact syntax cannot have variance.", InvalidNonTypeImportInDeclareModule: "Imports within a `declare module` body must always be `import type` or `import typeof`.", MissingTypeParamDefault: "Type parameter declaration needs a default, since a preceding type parameter declaration has a default.", NestedDeclareModule: "`declare module` cannot be used inside another `declare module`.", NestedFlowComment: "Cannot have a flow comment inside another flow comment.", PatternIsOptional: { message: "A binding pattern parameter cannot be optional in an implementation signature." }, SetterMayNotHaveThisParam: "A setter cannot have a `this` parameter.", SpreadVariance: "Spread properties cannot have variance.", ThisParamAnnotationRequired: "A type annotation is required for the `this` parameter.", ThisParamBannedInConstructor: "Constructors cannot have a `this` parameter; constructors don't bind `this` like other functions.", ThisParamMayNotBeOptional: "The `this` parameter cannot be optional.", ThisParamMustBeFirst: "The `this` parameter must be the first function parameter.", ThisParamNoDefault: "The `this` parameter may not have a default value.", TypeBeforeInitializer: "Type annotations must come before default assignments, e.g. instead of `age = 25: number` use `age: number = 25`.", TypeCastInPattern: "The type cast expression is expected to be wrapped with parenthesis.", UnexpectedExplicitInexactInObject: "Explicit inexact syntax must appear at the end of an inexact object.", UnexpectedReservedType: ({ reservedType: a2 }) => `Unexpected reserved type ${a2}.`, UnexpectedReservedUnderscore: "`_` is only allowed as a type argument to call or new.", UnexpectedSpaceBetweenModuloChecks: "Spaces between `%` and `checks` are not allowed here.", UnexpectedSpreadType: "Spread operator cannot appear in class or interface definitions.", UnexpectedSubtractionOperand: 'Unexpected token, expected "number" or "bigint".', UnexpectedTokenAfterTypeParameter: "Expected an arrow function after this type parameter declaration.", UnexpectedTypeParameterBeforeAsyncArrowFunction: "Type parameters must come after the async keyword, e.g. instead of `<T> async () => {}`, use `async <T>() => {}`.", UnsupportedDeclareExportKind: ({ unsupportedExportKind: a2, suggestion: e }) => `\`declare export ${a2}\` is not supported. Use \`${e}\` instead.`, UnsupportedStatementInDeclareModule: "Only declares and type imports are allowed inside declare module.", UnterminatedFlowComment: "Unterminated flow-comment." };
    P = B`flow`(Vi);
    qi = { const: "declare export var", let: "declare export var", type: "export type", interface: "export interface" };
    Ki = /\*?\s*@((?:no)?flow)\b/;
    Hi = (a2) => class extends a2 {
      flowPragma = void 0;
      getScopeHandler() {
        return ie;
      }
      shouldParseTypes() {
        return this.getPluginOption("flow", "all") || this.flowPragma === "flow";
      }
      finishToken(t, s) {
        t !== 133 && t !== 9 && t !== 24 && this.flowPragma === void 0 && (this.flowPragma = null), super.finishToken(t, s);
      }
      addComment(t) {
        if (this.flowPragma === void 0) {
          let s = Ki.exec(t.value);
          if (s) if (s[1] === "flow") this.flowPragma = "flow";
          else if (s[1] === "noflow") this.flowPragma = "noflow";
          else throw new Error("Unexpected flow pragma");
        }
        super.addComment(t);
      }
      flowParseTypeInitialiser(t) {
        let s = this.state.inType;
        this.state.inType = true, this.expect(t || 10);
        let i = this.flowParseType();
        return this.state.inType = s, i;
      }
      flowParsePredicate() {
        let t = this.startNode(), s = this.state.startLoc;
        return this.next(), this.expectContextual(109), this.state.lastTokStartLoc.index > s.index + 1 && this.raise(P.UnexpectedSpaceBetweenModuloChecks, s), this.eat(6) ? (t.value = super.parseExpression(), this.expect(7), this.finishNode(t, "DeclaredPredicate")) : this.finishNode(t, "InferredPredicate");
      }
      flowParseTypeAndPredicateInitialiser(t) {
        let s = this.state.inType;
        this.state.inType = true, this.expect(10);
        let i = null, r = null;
        return t && this.match(50) ? (this.state.inType = s, r = this.flowParsePredicate()) : (i = this.flowParseType(), this.state.inType = s, this.match(50) && (r = this.flowParsePredicate())), [i, r];
      }
      flowParseDeclareClass(t) {
        return this.next(), this.flowParseInterfaceish(t, true), this.finishNode(t, "DeclareClass");
      }
      flowParseDeclareFunction(t) {
        this.next();
        let s = t.id = this.parseIdentifier(), i = this.startNode(), r = this.startNode();
        this.match(43) ? i.typeParameters = this.flowParseTypeParameterDeclaration() : i.typeParameters = null, this.expect(6);
        let n = this.flowParseFunctionTypeParams();
        return i.params = n.params, i.rest = n.rest, i.this = n._this, this.expect(7), [i.returnType, t.predicate] = this.flowParseTypeAndPredicateInitialiser(false), r.typeAnnotation = this.finishNode(i, "FunctionTypeAnnotation"), s.typeAnnotation = this.finishNode(r, "TypeAnnotation"), this.resetEndLocation(s), this.semicolon(), this.scope.declareName(t.id.name, 2048, t.id.start), this.finishNode(t, "DeclareFunction");
      }
      flowParseDeclare(t, s) {
        if (this.match(76)) return this.flowParseDeclareClass(t);
        if (this.match(64)) return this.flowParseDeclareFunction(t);
        if (this.match(70)) return this.flowParseDeclareVariable(t);
        if (this.eatContextual(126)) return this.match(12) ? this.flowParseDeclareModuleExports(t) : (s && this.raise(P.NestedDeclareModule, this.state.lastTokStartLoc), this.flowParseDeclareModule(t));
        if (this.isContextual(129)) return this.flowParseDeclareTypeAlias(t);
        if (this.isContextual(130)) return this.flowParseDeclareOpaqueType(t);
        if (this.isContextual(128)) return this.flowParseDeclareInterface(t);
        if (this.match(78)) return this.flowParseDeclareExportDeclaration(t, s);
        throw this.unexpected();
      }
      flowParseDeclareVariable(t) {
        return this.next(), t.id = this.flowParseTypeAnnotatableIdentifier(), this.scope.declareName(t.id.name, 5, t.id.start), this.semicolon(), this.finishNode(t, "DeclareVariable");
      }
      flowParseDeclareModule(t) {
        this.scope.enter(0), this.match(133) ? t.id = super.parseExprAtom() : t.id = this.parseIdentifier();
        let s = this.startNode(), i = s.body = [];
        for (this.expect(2); !this.match(4); ) {
          let o = this.startNode();
          this.match(79) ? (this.next(), !this.isContextual(129) && !this.match(83) && this.raise(P.InvalidNonTypeImportInDeclareModule, this.state.lastTokStartLoc), i.push(super.parseImport(o))) : (this.expectContextual(124, P.UnsupportedStatementInDeclareModule), i.push(this.flowParseDeclare(o, true)));
        }
        this.scope.exit(), this.expect(4), t.body = this.finishNode(s, "BlockStatement");
        let r = null, n = false;
        return i.forEach((o) => {
          zi(o) ? (r === "CommonJS" && this.raise(P.AmbiguousDeclareModuleKind, o), r = "ES") : o.type === "DeclareModuleExports" && (n && this.raise(P.DuplicateDeclareModuleExports, o), r === "ES" && this.raise(P.AmbiguousDeclareModuleKind, o), r = "CommonJS", n = true);
        }), t.kind = r || "CommonJS", this.finishNode(t, "DeclareModule");
      }
      flowParseDeclareExportDeclaration(t, s) {
        if (this.expect(78), this.eat(61)) return this.match(64) || this.match(76) ? t.declaration = this.flowParseDeclare(this.startNode()) : (t.declaration = this.flowParseType(), this.semicolon()), t.default = true, this.finishNode(t, "DeclareExportDeclaration");
        if (this.match(71) || this.isLet() || (this.isContextual(129) || this.isContextual(128)) && !s) {
          let i = this.state.value;
          throw this.raise(P.UnsupportedDeclareExportKind, this.state.startLoc, { unsupportedExportKind: i, suggestion: qi[i] });
        }
        if (this.match(70) || this.match(64) || this.match(76) || this.isContextual(130)) return t.declaration = this.flowParseDeclare(this.startNode()), t.default = false, this.finishNode(t, "DeclareExportDeclaration");
        if (this.match(51) || this.match(2) || this.isContextual(128) || this.isContextual(129) || this.isContextual(130)) {
          let i = this.parseExport(t, null);
          return i.type === "ExportNamedDeclaration" ? (i.default = false, delete i.exportKind, this.castNodeTo(i, "DeclareExportDeclaration")) : this.castNodeTo(i, "DeclareExportAllDeclaration");
        }
        throw this.unexpected();
      }
      flowParseDeclareModuleExports(t) {
        return this.next(), this.expectContextual(110), t.typeAnnotation = this.flowParseTypeAnnotation(), this.semicolon(), this.finishNode(t, "DeclareModuleExports");
      }
      flowParseDeclareTypeAlias(t) {
        this.next();
        let s = this.flowParseTypeAlias(t);
        return this.castNodeTo(s, "DeclareTypeAlias"), s;
      }
      flowParseDeclareOpaqueType(t) {
        return this.next(), this.flowParseOpaqueType(t, true);
      }
      flowParseDeclareInterface(t) {
        return this.next(), this.flowParseInterfaceish(t, false), this.finishNode(t, "DeclareInterface");
      }
      flowParseInterfaceish(t, s) {
        if (t.id = this.flowParseRestrictedIdentifier(!s, true), this.scope.declareName(t.id.name, s ? 17 : 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.extends = [], this.eat(77)) do
          t.extends.push(this.flowParseInterfaceExtends());
        while (!s && this.eat(8));
        if (s) {
          let i = [], r = [];
          if (this.eatContextual(116)) do
            r.push(this.flowParseInterfaceExtends());
          while (this.eat(8));
          if (this.eatContextual(112)) do
            i.push(this.flowParseClassImplements());
          while (this.eat(8));
          t.implements = i, t.mixins = r;
        }
        t.body = this.flowParseObjectType({ allowStatic: s, allowExact: false, allowSpread: false, allowProto: s, allowInexact: false });
      }
      flowParseInterfaceExtends() {
        let t = this.startNode();
        return t.id = this.flowParseQualifiedTypeIdentifier(), this.match(43) ? t.typeParameters = this.flowParseTypeParameterInstantiation() : t.typeParameters = null, this.finishNode(t, "InterfaceExtends");
      }
      flowParseInterface(t) {
        return this.flowParseInterfaceish(t, false), this.finishNode(t, "InterfaceDeclaration");
      }
      checkNotUnderscore(t) {
        t === "_" && this.raise(P.UnexpectedReservedUnderscore, this.state.startLoc);
      }
      checkReservedType(t, s, i) {
        ji.has(t) && this.raise(i ? P.AssignReservedType : P.UnexpectedReservedType, s, { reservedType: t });
      }
      flowParseRestrictedIdentifierName(t, s) {
        return this.checkReservedType(this.state.value, this.state.startLoc, s), this.parseIdentifierName(t);
      }
      flowParseRestrictedIdentifier(t, s) {
        let i = this.startNode(), r = this.flowParseRestrictedIdentifierName(t, s);
        return this.createIdentifier(i, r);
      }
      flowParseTypeAlias(t) {
        return t.id = this.flowParseRestrictedIdentifier(false, true), this.scope.declareName(t.id.name, 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.right = this.flowParseTypeInitialiser(25), this.semicolon(), this.finishNode(t, "TypeAlias");
      }
      flowParseOpaqueType(t, s) {
        return this.expectContextual(129), t.id = this.flowParseRestrictedIdentifier(true, true), this.scope.declareName(t.id.name, 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.supertype = null, this.match(10) && (t.supertype = this.flowParseTypeInitialiser(10)), t.impltype = null, s || (t.impltype = this.flowParseTypeInitialiser(25)), this.semicolon(), this.finishNode(t, s ? "DeclareOpaqueType" : "OpaqueType");
      }
      flowParseTypeParameterBound() {
        if (this.match(10) || this.isContextual(77)) {
          let t = this.startNode();
          return this.next(), t.typeAnnotation = this.flowParseType(), this.finishNode(t, "TypeAnnotation");
        }
      }
      flowParseTypeParameter(t = false) {
        let s = this.state.startLoc, i = this.startNode(), r = this.flowParseVariance();
        return i.name = this.flowParseRestrictedIdentifierName(), i.variance = r, i.bound = this.flowParseTypeParameterBound(), this.match(25) ? (this.eat(25), i.default = this.flowParseType()) : t && this.raise(P.MissingTypeParamDefault, s), this.finishNode(i, "TypeParameter");
      }
      flowParseTypeParameterDeclaration() {
        let t = this.state.inType, s = this.startNode();
        s.params = [], this.state.inType = true, this.match(43) || this.match(141) ? this.next() : this.unexpected();
        let i = false;
        do {
          let r = this.flowParseTypeParameter(i);
          s.params.push(r), r.default && (i = true), this.match(44) || this.expect(8);
        } while (!this.match(44));
        return this.expect(44), this.state.inType = t, this.finishNode(s, "TypeParameterDeclaration");
      }
      flowInTopLevelContext(t) {
        if (this.curContext() !== E.brace) {
          let s = this.state.context;
          this.state.context = [s[0]];
          try {
            return t();
          } finally {
            this.state.context = s;
          }
        } else return t();
      }
      flowParseTypeParameterInstantiationInExpression() {
        if (this.reScan_lt() === 43) return this.flowParseTypeParameterInstantiation();
      }
      flowParseTypeParameterInstantiation() {
        let t = this.startNode(), s = this.state.inType;
        return this.state.inType = true, t.params = [], this.flowInTopLevelContext(() => {
          this.expect(43);
          let i = this.state.noAnonFunctionType;
          for (this.state.noAnonFunctionType = false; !this.match(44); ) t.params.push(this.flowParseType()), this.match(44) || this.expect(8);
          this.state.noAnonFunctionType = i;
        }), this.state.inType = s, !this.state.inType && this.curContext() === E.brace && this.reScan_lt_gt(), this.expect(44), this.finishNode(t, "TypeParameterInstantiation");
      }
      flowParseTypeParameterInstantiationCallOrNew() {
        if (this.reScan_lt() !== 43) return null;
        let t = this.startNode(), s = this.state.inType;
        for (t.params = [], this.state.inType = true, this.expect(43); !this.match(44); ) t.params.push(this.flowParseTypeOrImplicitInstantiation()), this.match(44) || this.expect(8);
        return this.expect(44), this.state.inType = s, this.finishNode(t, "TypeParameterInstantiation");
      }
      flowParseInterfaceType() {
        let t = this.startNode();
        if (this.expectContextual(128), t.extends = [], this.eat(77)) do
          t.extends.push(this.flowParseInterfaceExtends());
        while (this.eat(8));
        return t.body = this.flowParseObjectType({ allowStatic: false, allowExact: false, allowSpread: false, allowProto: false, allowInexact: false }), this.finishNode(t, "InterfaceTypeAnnotation");
      }
      flowParseObjectPropertyKey() {
        return this.match(134) || this.match(133) ? super.parseExprAtom() : this.parseIdentifier(true);
      }
      flowParseObjectTypeIndexer(t, s, i) {
        return t.static = s, this.lookahead().type === 10 ? (t.id = this.parseIdentifier(true), t.key = this.flowParseTypeInitialiser()) : (t.id = null, t.key = this.flowParseType()), this.expect(1), t.value = this.flowParseTypeInitialiser(), t.variance = i, this.finishNode(t, "ObjectTypeIndexer");
      }
      flowParseObjectTypeInternalSlot(t, s) {
        return t.static = s, t.id = this.parseIdentifier(true), this.expect(1), this.expect(1), this.match(43) || this.match(6) ? (t.method = true, t.optional = false, t.value = this.flowParseObjectTypeMethodish(this.startNodeAtNode(t))) : (t.method = false, this.eat(13) && (t.optional = true), t.value = this.flowParseTypeInitialiser()), this.finishNode(t, "ObjectTypeInternalSlot");
      }
      flowParseObjectTypeMethodish(t) {
        for (t.params = [], t.rest = null, t.typeParameters = null, t.this = null, this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration()), this.expect(6), this.match(74) && (t.this = this.flowParseFunctionTypeParam(true), t.this.name = null, this.match(7) || this.expect(8)); !this.match(7) && !this.match(17); ) t.params.push(this.flowParseFunctionTypeParam(false)), this.match(7) || this.expect(8);
        return this.eat(17) && (t.rest = this.flowParseFunctionTypeParam(false)), this.expect(7), t.returnType = this.flowParseTypeInitialiser(), this.finishNode(t, "FunctionTypeAnnotation");
      }
      flowParseObjectTypeCallProperty(t, s) {
        let i = this.startNode();
        return t.static = s, t.value = this.flowParseObjectTypeMethodish(i), this.finishNode(t, "ObjectTypeCallProperty");
      }
      flowParseObjectType({ allowStatic: t, allowExact: s, allowSpread: i, allowProto: r, allowInexact: n }) {
        let o = this.state.inType;
        this.state.inType = true;
        let h = this.startNode();
        h.callProperties = [], h.properties = [], h.indexers = [], h.internalSlots = [];
        let c, u, f = false;
        for (s && this.match(3) ? (this.expect(3), c = 5, u = true) : (this.expect(2), c = 4, u = false), h.exact = u; !this.match(c); ) {
          let x = false, A = null, D = null, v = this.startNode();
          if (r && this.isContextual(117)) {
            let w = this.lookahead();
            w.type !== 10 && w.type !== 13 && (this.next(), A = this.state.startLoc, t = false);
          }
          if (t && this.isContextual(103)) {
            let w = this.lookahead();
            w.type !== 10 && w.type !== 13 && (this.next(), x = true);
          }
          let I = this.flowParseVariance();
          if (this.eat(0)) A != null && this.unexpected(A), this.eat(0) ? (I && this.unexpected(I.start), h.internalSlots.push(this.flowParseObjectTypeInternalSlot(v, x))) : h.indexers.push(this.flowParseObjectTypeIndexer(v, x, I));
          else if (this.match(6) || this.match(43)) A != null && this.unexpected(A), I && this.unexpected(I.start), h.callProperties.push(this.flowParseObjectTypeCallProperty(v, x));
          else {
            let w = "init";
            if (this.isContextual(96) || this.isContextual(101)) {
              let bt = this.lookahead();
              es(bt.type) && (w = this.state.value, this.next());
            }
            let St = this.flowParseObjectTypeProperty(v, x, A, I, w, i, n ?? !u);
            St === null ? (f = true, D = this.state.lastTokStartLoc) : h.properties.push(St);
          }
          this.flowObjectTypeSemicolon(), D && !this.match(4) && !this.match(5) && this.raise(P.UnexpectedExplicitInexactInObject, D);
        }
        this.expect(c), i && (h.inexact = f);
        let m = this.finishNode(h, "ObjectTypeAnnotation");
        return this.state.inType = o, m;
      }
      flowParseObjectTypeProperty(t, s, i, r, n, o, h) {
        if (this.eat(17)) return this.match(8) || this.match(9) || this.match(4) || this.match(5) ? (o ? h || this.raise(P.InexactInsideExact, this.state.lastTokStartLoc) : this.raise(P.InexactInsideNonObject, this.state.lastTokStartLoc), r && this.raise(P.InexactVariance, r), null) : (o || this.raise(P.UnexpectedSpreadType, this.state.lastTokStartLoc), i != null && this.unexpected(i), r && this.raise(P.SpreadVariance, r), t.argument = this.flowParseType(), this.finishNode(t, "ObjectTypeSpreadProperty"));
        {
          t.key = this.flowParseObjectPropertyKey(), t.static = s, t.proto = i != null, t.kind = n;
          let c = false;
          return this.match(43) || this.match(6) ? (t.method = true, i != null && this.unexpected(i), r && this.unexpected(r.start), t.value = this.flowParseObjectTypeMethodish(this.startNodeAtNode(t)), n === "get" || n === "set" ? this.flowCheckGetterSetterParams(t) : !s && !o && t.key.name === "constructor" && t.value.this && this.raise(P.ThisParamBannedInConstructor, t.value.this)) : (n !== "init" && this.unexpected(), t.method = false, this.eat(13) && (c = true), t.value = this.flowParseTypeInitialiser(), t.variance = r), t.optional = c, this.finishNode(t, "ObjectTypeProperty");
        }
      }
      flowCheckGetterSetterParams(t) {
        let s = t.kind === "get" ? 0 : 1, i = t.value, r = i.params.length + (i.rest ? 1 : 0);
        i.this && this.raise(t.kind === "get" ? P.GetterMayNotHaveThisParam : P.SetterMayNotHaveThisParam, i.this), r !== s && this.raise(t.kind === "get" ? l.BadGetterArity : l.BadSetterArity, t), t.kind === "set" && i.rest && this.raise(l.BadSetterRestParameter, t);
      }
      flowObjectTypeSemicolon() {
        !this.eat(9) && !this.eat(8) && !this.match(4) && !this.match(5) && this.unexpected();
      }
      flowParseQualifiedTypeIdentifier(t, s) {
        t ?? (t = this.state.startLoc);
        let i = s || this.flowParseRestrictedIdentifier(true);
        for (; this.eat(12); ) {
          let r = this.startNodeAt(t);
          r.qualification = i, r.id = this.flowParseRestrictedIdentifier(true), i = this.finishNode(r, "QualifiedTypeIdentifier");
        }
        return i;
      }
      flowParseGenericType(t, s) {
        let i = this.startNodeAt(t);
        return i.typeParameters = null, i.id = this.flowParseQualifiedTypeIdentifier(t, s), this.match(43) && (i.typeParameters = this.flowParseTypeParameterInstantiation()), this.finishNode(i, "GenericTypeAnnotation");
      }
      flowParseTypeofType() {
        let t = this.startNode();
        return this.expect(83), t.argument = this.flowParsePrimaryType(), this.finishNode(t, "TypeofTypeAnnotation");
      }
      flowParseTupleType() {
        let t = this.startNode();
        for (t.types = [], this.expect(0); this.state.pos < this.length && !this.match(1) && (t.types.push(this.flowParseType()), !this.match(1)); ) this.expect(8);
        return this.expect(1), this.finishNode(t, "TupleTypeAnnotation");
      }
      flowParseFunctionTypeParam(t) {
        let s = null, i = false, r, n = this.startNode(), o = this.lookahead(), h = this.state.type === 74;
        return o.type === 10 || o.type === 13 ? (h && !t && this.raise(P.ThisParamMustBeFirst, n), s = this.parseIdentifier(h), this.eat(13) && (i = true, h && this.raise(P.ThisParamMayNotBeOptional, n)), r = this.flowParseTypeInitialiser()) : r = this.flowParseType(), n.name = s, n.optional = i, n.typeAnnotation = r, this.finishNode(n, "FunctionTypeParam");
      }
      reinterpretTypeAsFunctionTypeParam(t) {
        let s = this.startNodeAtNode(t);
        return s.name = null, s.optional = false, s.typeAnnotation = t, this.finishNode(s, "FunctionTypeParam");
      }
      flowParseFunctionTypeParams(t = []) {
        let s = null, i = null;
        for (this.match(74) && (i = this.flowParseFunctionTypeParam(true), i.name = null, this.match(7) || this.expect(8)); !this.match(7) && !this.match(17); ) t.push(this.flowParseFunctionTypeParam(false)), this.match(7) || this.expect(8);
        return this.eat(17) && (s = this.flowParseFunctionTypeParam(false)), { params: t, rest: s, _this: i };
      }
      flowIdentToTypeAnnotation(t, s, i) {
        switch (i.name) {
          case "any":
            return this.finishNode(s, "AnyTypeAnnotation");
          case "bool":
          case "boolean":
            return this.finishNode(s, "BooleanTypeAnnotation");
          case "mixed":
            return this.finishNode(s, "MixedTypeAnnotation");
          case "empty":
            return this.finishNode(s, "EmptyTypeAnnotation");
          case "number":
            return this.finishNode(s, "NumberTypeAnnotation");
          case "string":
            return this.finishNode(s, "StringTypeAnnotation");
          case "symbol":
            return this.finishNode(s, "SymbolTypeAnnotation");
          default:
            return this.checkNotUnderscore(i.name), this.flowParseGenericType(t, i);
        }
      }
      flowParsePrimaryType() {
        let t = this.state.startLoc, s = this.startNode(), i, r, n = false, o = this.state.noAnonFunctionType;
        switch (this.state.type) {
          case 2:
            return this.flowParseObjectType({ allowStatic: false, allowExact: false, allowSpread: true, allowProto: false, allowInexact: true });
          case 3:
            return this.flowParseObjectType({ allowStatic: false, allowExact: true, allowSpread: true, allowProto: false, allowInexact: false });
          case 0:
            return this.state.noAnonFunctionType = false, r = this.flowParseTupleType(), this.state.noAnonFunctionType = o, r;
          case 43: {
            let h = this.startNode();
            return h.typeParameters = this.flowParseTypeParameterDeclaration(), this.expect(6), i = this.flowParseFunctionTypeParams(), h.params = i.params, h.rest = i.rest, h.this = i._this, this.expect(7), this.expect(15), h.returnType = this.flowParseType(), this.finishNode(h, "FunctionTypeAnnotation");
          }
          case 6: {
            let h = this.startNode();
            if (this.next(), !this.match(7) && !this.match(17)) if (C(this.state.type) || this.match(74)) {
              let c = this.lookahead().type;
              n = c !== 13 && c !== 10;
            } else n = true;
            if (n) {
              if (this.state.noAnonFunctionType = false, r = this.flowParseType(), this.state.noAnonFunctionType = o, this.state.noAnonFunctionType || !(this.match(8) || this.match(7) && this.lookahead().type === 15)) return this.expect(7), r;
              this.eat(8);
            }
            return r ? i = this.flowParseFunctionTypeParams([this.reinterpretTypeAsFunctionTypeParam(r)]) : i = this.flowParseFunctionTypeParams(), h.params = i.params, h.rest = i.rest, h.this = i._this, this.expect(7), this.expect(15), h.returnType = this.flowParseType(), h.typeParameters = null, this.finishNode(h, "FunctionTypeAnnotation");
          }
          case 133:
            return this.parseLiteral(this.state.value, "StringLiteralTypeAnnotation");
          case 81:
          case 82:
            return s.value = this.match(81), this.next(), this.finishNode(s, "BooleanLiteralTypeAnnotation");
          case 49:
            if (this.state.value === "-") {
              if (this.next(), this.match(134)) return this.parseLiteralAtNode(-this.state.value, "NumberLiteralTypeAnnotation", s);
              if (this.match(135)) return this.parseLiteralAtNode(-this.state.value, "BigIntLiteralTypeAnnotation", s);
              throw this.raise(P.UnexpectedSubtractionOperand, this.state.startLoc);
            }
            throw this.unexpected();
          case 134:
            return this.parseLiteral(this.state.value, "NumberLiteralTypeAnnotation");
          case 135:
            return this.parseLiteral(this.state.value, "BigIntLiteralTypeAnnotation");
          case 84:
            return this.next(), this.finishNode(s, "VoidTypeAnnotation");
          case 80:
            return this.next(), this.finishNode(s, "NullLiteralTypeAnnotation");
          case 74:
            return this.next(), this.finishNode(s, "ThisTypeAnnotation");
          case 51:
            return this.next(), this.finishNode(s, "ExistsTypeAnnotation");
          case 83:
            return this.flowParseTypeofType();
          default:
            if (Ot(this.state.type)) {
              let h = $(this.state.type);
              return this.next(), super.createIdentifier(s, h);
            } else if (C(this.state.type)) return this.isContextual(128) ? this.flowParseInterfaceType() : this.flowIdentToTypeAnnotation(t, s, this.parseIdentifier());
        }
        throw this.unexpected();
      }
      flowParsePostfixType() {
        let t = this.state.startLoc, s = this.flowParsePrimaryType(), i = false;
        for (; (this.match(0) || this.match(14)) && !this.canInsertSemicolon(); ) {
          let r = this.startNodeAt(t), n = this.eat(14);
          i = i || n, this.expect(0), !n && this.match(1) ? (r.elementType = s, this.next(), s = this.finishNode(r, "ArrayTypeAnnotation")) : (r.objectType = s, r.indexType = this.flowParseType(), this.expect(1), i ? (r.optional = n, s = this.finishNode(r, "OptionalIndexedAccessType")) : s = this.finishNode(r, "IndexedAccessType"));
        }
        return s;
      }
      flowParsePrefixType() {
        let t = this.startNode();
        return this.eat(13) ? (t.typeAnnotation = this.flowParsePrefixType(), this.finishNode(t, "NullableTypeAnnotation")) : this.flowParsePostfixType();
      }
      flowParseAnonFunctionWithoutParens() {
        let t = this.flowParsePrefixType();
        if (!this.state.noAnonFunctionType && this.eat(15)) {
          let s = this.startNodeAtNode(t);
          return s.params = [this.reinterpretTypeAsFunctionTypeParam(t)], s.rest = null, s.this = null, s.returnType = this.flowParseType(), s.typeParameters = null, this.finishNode(s, "FunctionTypeAnnotation");
        }
        return t;
      }
      flowParseIntersectionType() {
        let t = this.startNode();
        this.eat(41);
        let s = this.flowParseAnonFunctionWithoutParens();
        for (t.types = [s]; this.eat(41); ) t.types.push(this.flowParseAnonFunctionWithoutParens());
        return t.types.length === 1 ? s : this.finishNode(t, "IntersectionTypeAnnotation");
      }
      flowParseUnionType() {
        let t = this.startNode();
        this.eat(39);
        let s = this.flowParseIntersectionType();
        for (t.types = [s]; this.eat(39); ) t.types.push(this.flowParseIntersectionType());
        return t.types.length === 1 ? s : this.finishNode(t, "UnionTypeAnnotation");
      }
      flowParseType() {
        let t = this.state.inType;
        this.state.inType = true;
        let s = this.flowParseUnionType();
        return this.state.inType = t, s;
      }
      flowParseTypeOrImplicitInstantiation() {
        if (this.state.type === 131 && this.state.value === "_") {
          let t = this.state.startLoc, s = this.parseIdentifier();
          return this.flowParseGenericType(t, s);
        } else return this.flowParseType();
      }
      flowParseTypeAnnotation() {
        let t = this.startNode();
        return t.typeAnnotation = this.flowParseTypeInitialiser(), this.finishNode(t, "TypeAnnotation");
      }
      flowParseTypeAnnotatableIdentifier() {
        let t = this.startNode(), s = this.parseIdentifierName();
        return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), this.createIdentifier(t, s);
      }
      typeCastToParameter(t) {
        return t.expression.typeAnnotation = t.typeAnnotation, this.resetEndLocationFromNode(t.expression, t.typeAnnotation), t.expression;
      }
      flowParseVariance() {
        let t = null;
        return this.match(49) ? (t = this.startNode(), this.state.value === "+" ? t.kind = "plus" : t.kind = "minus", this.next(), this.finishNode(t, "Variance")) : t;
      }
      parseFunctionBody(t, s, i = false) {
        if (s) {
          this.forwardNoArrowParamsConversionAt(t, () => super.parseFunctionBody(t, true, i));
          return;
        }
        super.parseFunctionBody(t, false, i);
      }
      parseFunctionBodyAndFinish(t, s, i = false) {
        if (this.match(10)) {
          let r = this.startNode();
          s === "FunctionDeclaration" || s === "FunctionExpression" || s === "ArrowFunctionExpression" ? [r.typeAnnotation, t.predicate] = this.flowParseTypeAndPredicateInitialiser(true) : r.typeAnnotation = this.flowParseTypeInitialiser(), t.returnType = r.typeAnnotation ? this.finishNode(r, "TypeAnnotation") : null;
        }
        return super.parseFunctionBodyAndFinish(t, s, i);
      }
      parseStatementLike(t) {
        if (this.state.strict && this.isContextual(128)) {
          let i = this.lookahead();
          if (O(i.type)) {
            let r = this.startNode();
            return this.next(), this.flowParseInterface(r);
          }
        } else if (this.isContextual(125)) {
          let i = this.startNode();
          return this.next(), this.flowParseEnumDeclaration(i);
        }
        let s = super.parseStatementLike(t);
        return this.flowPragma === void 0 && !this.isValidDirective(s) && (this.flowPragma = null), s;
      }
      parseExpressionStatement(t, s, i) {
        if (s.type === "Identifier") {
          if (s.name === "declare") {
            if (this.match(76) || C(this.state.type) || this.match(64) || this.match(70) || this.match(78)) return this.flowParseDeclare(t);
          } else if (C(this.state.type)) {
            if (s.name === "interface") return this.flowParseInterface(t);
            if (s.name === "type") return this.flowParseTypeAlias(t);
            if (s.name === "opaque") return this.flowParseOpaqueType(t, false);
          }
        }
        return super.parseExpressionStatement(t, s, i);
      }
      shouldParseExportDeclaration() {
        let { type: t } = this.state;
        return t === 125 || qe(t) ? !this.state.containsEsc : super.shouldParseExportDeclaration();
      }
      isExportDefaultSpecifier() {
        let { type: t } = this.state;
        return t === 125 || qe(t) ? this.state.containsEsc : super.isExportDefaultSpecifier();
      }
      parseExportDefaultExpression() {
        if (this.isContextual(125)) {
          let t = this.startNode();
          return this.next(), this.flowParseEnumDeclaration(t);
        }
        return super.parseExportDefaultExpression();
      }
      parseConditional(t, s, i) {
        if (!this.match(13)) return t;
        if (i != null) {
          let x = this.lookaheadCharCode();
          if (x === 44 || x === 61 || x === 58 || x === 41) return this.setOptionalParametersError(i), t;
        }
        this.expect(13);
        let r = this.state.clone(), n = this.state.noArrowAt, o = this.startNodeAt(s), { consequent: h, failed: c } = this.tryParseConditionalConsequent(), u = this.getArrowLikeExpressions(h), f = u[0], m = u[1];
        if (c || m.length > 0) {
          let x = [...n];
          if (m.length > 0) {
            this.state = r, this.state.noArrowAt = x;
            for (let A = 0; A < m.length; A++) x.push(m[A].start);
            ({ consequent: h, failed: c } = this.tryParseConditionalConsequent()), [f] = this.getArrowLikeExpressions(h);
          }
          c && f.length > 1 && this.raise(P.AmbiguousConditionalArrow, r.startLoc), c && f.length === 1 && (this.state = r, x.push(f[0].start), this.state.noArrowAt = x, { consequent: h } = this.tryParseConditionalConsequent());
        }
        return this.getArrowLikeExpressions(h, true), this.state.noArrowAt = n, this.expect(10), o.test = t, o.consequent = h, o.alternate = this.forwardNoArrowParamsConversionAt(o, () => this.parseMaybeAssign()), this.finishNode(o, "ConditionalExpression");
      }
      tryParseConditionalConsequent() {
        this.state.noArrowParamsConversionAt.push(this.state.start);
        let t = this.parseMaybeAssignAllowIn(), s = !this.match(10);
        return this.state.noArrowParamsConversionAt.pop(), { consequent: t, failed: s };
      }
      getArrowLikeExpressions(t, s) {
        let i = [t], r = [];
        for (; i.length !== 0; ) {
          let n = i.pop();
          n.type === "ArrowFunctionExpression" ? (n.typeParameters || !n.returnType ? this.finishArrowValidation(n) : r.push(n), n.body.type !== "BlockStatement" && i.push(n.body)) : n.type === "ConditionalExpression" && (i.push(n.consequent), i.push(n.alternate));
        }
        return s ? (r.forEach((n) => this.finishArrowValidation(n)), [r, []]) : $i(r, (n) => n.params.every((o) => this.isAssignable(o, true)));
      }
      finishArrowValidation(t) {
        this.toAssignableList(t.params, t.extra?.trailingCommaLoc, false), this.scope.enter(518), super.checkParams(t, false, true), this.scope.exit();
      }
      forwardNoArrowParamsConversionAt(t, s) {
        let i;
        return this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)) ? (this.state.noArrowParamsConversionAt.push(this.state.start), i = s(), this.state.noArrowParamsConversionAt.pop()) : i = s(), i;
      }
      parseParenItem(t, s) {
        let i = super.parseParenItem(t, s);
        if (this.eat(13) && (i.optional = true, this.resetEndLocation(t)), this.match(10)) {
          let r = this.startNodeAt(s);
          return r.expression = i, r.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(r, "TypeCastExpression");
        }
        return i;
      }
      assertModuleNodeAllowed(t) {
        t.type === "ImportDeclaration" && (t.importKind === "type" || t.importKind === "typeof") || t.type === "ExportNamedDeclaration" && t.exportKind === "type" || t.type === "ExportAllDeclaration" && t.exportKind === "type" || super.assertModuleNodeAllowed(t);
      }
      parseExportDeclaration(t) {
        if (this.isContextual(129)) {
          t.exportKind = "type";
          let s = this.startNode();
          return this.next(), this.match(2) ? (t.specifiers = this.parseExportSpecifiers(true), super.parseExportFrom(t), null) : this.flowParseTypeAlias(s);
        } else if (this.isContextual(130)) {
          t.exportKind = "type";
          let s = this.startNode();
          return this.next(), this.flowParseOpaqueType(s, false);
        } else if (this.isContextual(128)) {
          t.exportKind = "type";
          let s = this.startNode();
          return this.next(), this.flowParseInterface(s);
        } else if (this.isContextual(125)) {
          t.exportKind = "value";
          let s = this.startNode();
          return this.next(), this.flowParseEnumDeclaration(s);
        } else return super.parseExportDeclaration(t);
      }
      eatExportStar(t) {
        return super.eatExportStar(t) ? true : this.isContextual(129) && this.lookahead().type === 51 ? (t.exportKind = "type", this.next(), this.next(), true) : false;
      }
      maybeParseExportNamespaceSpecifier(t) {
        let { startLoc: s } = this.state, i = super.maybeParseExportNamespaceSpecifier(t);
        return i && t.exportKind === "type" && this.unexpected(s), i;
      }
      maybeParseExportNamedSpecifiers(t) {
        if (!super.maybeParseExportNamedSpecifiers(t)) return false;
        let s = t.specifiers[t.specifiers.length - 1];
        return t.exportKind === "type" && s?.type === "ExportNamespaceSpecifier" && this.unexpected(s.start), true;
      }
      parseClassId(t, s, i) {
        if ((!s || i) && this.isContextual(112)) {
          t.id = null;
          return;
        }
        super.parseClassId(t, s, i), this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration());
      }
      parseClassMember(t, s, i) {
        let { startLoc: r } = this.state;
        if (this.isContextual(124)) {
          if (super.parseClassMemberFromModifier(t, s)) return;
          s.declare = true;
        }
        super.parseClassMember(t, s, i), s.declare && (s.type !== "ClassProperty" && s.type !== "ClassPrivateProperty" && s.type !== "PropertyDefinition" ? this.raise(P.DeclareClassElement, r) : s.value && this.raise(P.DeclareClassFieldInitializer, s.value));
      }
      isIterator(t) {
        return t === "iterator" || t === "asyncIterator";
      }
      readIterator() {
        let t = super.readWord1(), s = "@@" + t;
        (!this.isIterator(t) || !this.state.inType) && this.raise(l.InvalidIdentifier, this.state.curPosition(), { identifierName: s }), this.finishToken(131, s);
      }
      getTokenFromCode(t) {
        let s = this.input.charCodeAt(this.state.pos + 1);
        t === 123 && s === 124 ? this.finishOp(3, 2) : this.state.inType && (t === 62 || t === 60) ? this.finishOp(t === 62 ? 44 : 43, 1) : this.state.inType && t === 63 ? s === 46 ? this.finishOp(14, 2) : this.finishOp(13, 1) : Ri(t, s, this.input.charCodeAt(this.state.pos + 2)) ? (this.state.pos += 2, this.readIterator()) : super.getTokenFromCode(t);
      }
      isAssignable(t, s) {
        return t.type === "TypeCastExpression" ? this.isAssignable(t.expression, s) : super.isAssignable(t, s);
      }
      toAssignable(t, s = false) {
        !s && t.type === "AssignmentExpression" && t.left.type === "TypeCastExpression" && (t.left = this.typeCastToParameter(t.left)), super.toAssignable(t, s);
      }
      toAssignableListItem(t, s, i) {
        let r = t[s];
        r.type === "TypeCastExpression" && (t[s] = this.typeCastToParameter(r)), super.toAssignableListItem(t, s, i);
      }
      toReferencedList(t, s) {
        for (let i = 0; i < t.length; i++) {
          let r = t[i];
          r?.type === "TypeCastExpression" && !r.extra?.parenthesized && (t.length > 1 || !s) && this.raise(P.TypeCastInPattern, r.typeAnnotation);
        }
        return t;
      }
      parseArrayLike(t, s) {
        let i = super.parseArrayLike(t, s);
        return i.type === "ArrayExpression" && this.toReferencedList(i.elements), i;
      }
      isValidLVal(t, s, i, r) {
        return t === "TypeCastExpression" || super.isValidLVal(t, s, i, r);
      }
      parseClassProperty(t) {
        return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), super.parseClassProperty(t);
      }
      parseClassPrivateProperty(t) {
        return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), super.parseClassPrivateProperty(t);
      }
      isClassMethod() {
        return this.match(43) || super.isClassMethod();
      }
      isClassProperty() {
        return this.match(10) || super.isClassProperty();
      }
      isNonstaticConstructor(t) {
        return !this.match(10) && super.isNonstaticConstructor(t);
      }
      pushClassMethod(t, s, i, r, n, o) {
        if (s.variance && this.unexpected(s.variance.start), delete s.variance, this.match(43) && (s.typeParameters = this.flowParseTypeParameterDeclaration()), super.pushClassMethod(t, s, i, r, n, o), s.params && n) {
          let h = s.params;
          h.length > 0 && this.isThisParam(h[0]) && this.raise(P.ThisParamBannedInConstructor, s);
        } else if (s.type === "MethodDefinition" && n && s.value.params) {
          let h = s.value.params;
          h.length > 0 && this.isThisParam(h[0]) && this.raise(P.ThisParamBannedInConstructor, s);
        }
      }
      pushClassPrivateMethod(t, s, i, r) {
        s.variance && this.unexpected(s.variance.start), delete s.variance, this.match(43) && (s.typeParameters = this.flowParseTypeParameterDeclaration()), super.pushClassPrivateMethod(t, s, i, r);
      }
      flowParseClassImplements() {
        let t = this.startNode();
        return t.id = this.flowParseRestrictedIdentifier(true), this.match(43) ? t.typeParameters = this.flowParseTypeParameterInstantiation() : t.typeParameters = null, this.finishNode(t, "ClassImplements");
      }
      parseClassSuper(t) {
        if (super.parseClassSuper(t), t.superClass && (this.match(43) || this.match(47)) && (t.superTypeArguments = this.flowParseTypeParameterInstantiationInExpression()), this.eatContextual(112)) {
          let s = t.implements = [];
          do
            s.push(this.flowParseClassImplements());
          while (this.eat(8));
        }
      }
      checkGetterSetterParams(t) {
        super.checkGetterSetterParams(t);
        let s = this.getObjectOrClassMethodParams(t);
        if (s.length > 0) {
          let i = s[0];
          this.isThisParam(i) && t.kind === "get" ? this.raise(P.GetterMayNotHaveThisParam, i) : this.isThisParam(i) && this.raise(P.SetterMayNotHaveThisParam, i);
        }
      }
      parsePropertyNamePrefixOperator(t) {
        t.variance = this.flowParseVariance();
      }
      parseObjPropValue(t, s, i, r, n, o, h) {
        t.variance && this.unexpected(t.variance.start), delete t.variance;
        let c;
        this.match(43) && !o && (c = this.flowParseTypeParameterDeclaration(), this.match(6) || this.unexpected());
        let u = super.parseObjPropValue(t, s, i, r, n, o, h);
        return c && ((u.value || u).typeParameters = c), u;
      }
      parseFunctionParamType(t) {
        return this.eat(13) && (t.type !== "Identifier" && this.raise(P.PatternIsOptional, t), this.isThisParam(t) && this.raise(P.ThisParamMayNotBeOptional, t), t.optional = true), this.match(10) ? t.typeAnnotation = this.flowParseTypeAnnotation() : this.isThisParam(t) && this.raise(P.ThisParamAnnotationRequired, t), this.match(25) && this.isThisParam(t) && this.raise(P.ThisParamNoDefault, t), this.resetEndLocation(t), t;
      }
      parseMaybeDefault(t, s) {
        let i = super.parseMaybeDefault(t, s);
        return i.type === "AssignmentPattern" && i.typeAnnotation && i.right.start < i.typeAnnotation.start && this.raise(P.TypeBeforeInitializer, i.typeAnnotation), i;
      }
      parseImportSpecifierLocal(t, s, i) {
        s.local = Wt(t) ? this.flowParseRestrictedIdentifier(true, true) : this.parseIdentifier(), t.specifiers.push(this.finishImportSpecifier(s, i));
      }
      isPotentialImportPhase(t) {
        if (super.isPotentialImportPhase(t)) return true;
        if (this.isContextual(129)) {
          if (!t) return true;
          let s = this.lookaheadCharCode();
          return s === 123 || s === 42;
        }
        return !t && this.isContextual(83);
      }
      applyImportPhase(t, s, i, r) {
        if (super.applyImportPhase(t, s, i, r), s) {
          if (!i && this.match(61)) return;
          t.exportKind = i === "type" ? i : "value";
        } else i === "type" && this.match(51) && this.unexpected(), t.importKind = i === "type" || i === "typeof" ? i : "value";
      }
      parseNamedOrFilteredImportSpecifiers(t) {
        super.parseNamedOrFilteredImportSpecifiers(t);
        let s = t.specifiers[t.specifiers.length - 1];
        Wt(t) && s?.type === "ImportNamespaceSpecifier" && this.unexpected(s.start);
      }
      parseImportSpecifier(t, s, i, r) {
        let n = t.imported, o = null;
        if (n.type === "Identifier" && (n.name === "type" ? o = "type" : n.name === "typeof" && (o = "typeof")), this.isContextual(90) && !this.isLookaheadContextual("as")) {
          let h = this.parseIdentifier(true);
          o !== null && !O(this.state.type) ? (t.imported = h, t.importKind = o, t.local = this.cloneIdentifier(h)) : (t.imported = n, t.importKind = null, t.local = this.parseIdentifier());
        } else o !== null && O(this.state.type) ? (t.imported = this.parseIdentifier(true), t.importKind = o) : (t.imported = n, t.importKind = null), this.eatContextual(90) ? t.local = this.parseIdentifier() : t.local = this.cloneIdentifier(t.imported);
        return this.finishNode(t, "ImportSpecifier");
      }
      checkImportSpecifier(t, s) {
        let i = Wt(t), r = s || i;
        if (r) {
          s && i && this.raise(P.ImportTypeShorthandOnlyInPureImport, t);
          let { local: n } = t;
          this.checkReservedType(n.name, n.start, true);
        }
        super.checkImportSpecifier(t, s, 8201, !r);
      }
      parseBindingAtom() {
        return this.state.type === 74 ? this.parseIdentifier(true) : super.parseBindingAtom();
      }
      parseFunctionParams(t, s) {
        let i = t.kind;
        i !== "get" && i !== "set" && this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration()), super.parseFunctionParams(t, s);
      }
      parseVarId(t, s) {
        super.parseVarId(t, s), this.match(10) && (t.id.typeAnnotation = this.flowParseTypeAnnotation(), this.resetEndLocation(t.id));
      }
      parseAsyncArrowFromCallExpression(t, s) {
        if (this.match(10)) {
          let i = this.state.noAnonFunctionType;
          this.state.noAnonFunctionType = true, t.returnType = this.flowParseTypeAnnotation(), this.state.noAnonFunctionType = i;
        }
        return super.parseAsyncArrowFromCallExpression(t, s);
      }
      shouldParseAsyncArrow() {
        return this.match(10) || super.shouldParseAsyncArrow();
      }
      parseMaybeAssign(t, s) {
        let i = null, r;
        if (this.hasPlugin("jsx") && (this.match(141) || this.match(43))) {
          if (i = this.state.clone(), r = this.tryParse(() => super.parseMaybeAssign(t, s), i), !r.error) return r.node;
          let { context: n } = this.state, o = n[n.length - 1];
          (o === E.j_oTag || o === E.j_expr) && n.pop();
        }
        if (r?.error || this.match(43)) {
          i = i || this.state.clone();
          let n, o = this.tryParse((c) => {
            n = this.flowParseTypeParameterDeclaration();
            let u = this.forwardNoArrowParamsConversionAt(n, () => {
              let m = super.parseMaybeAssign(t, s);
              return this.resetStartLocationFromNode(m, n), m;
            });
            u.extra?.parenthesized && c();
            let f = this.maybeUnwrapTypeCastExpression(u);
            return f.type !== "ArrowFunctionExpression" && c(), f.typeParameters = n, this.resetStartLocationFromNode(f, n), u;
          }, i), h = null;
          if (o.node && this.maybeUnwrapTypeCastExpression(o.node).type === "ArrowFunctionExpression") {
            if (!o.error && !o.aborted) return o.node.async && this.raise(P.UnexpectedTypeParameterBeforeAsyncArrowFunction, n), o.node;
            h = o.node;
          }
          if (r?.node) return this.state = r.failState, r.node;
          if (h) return this.state = o.failState, h;
          throw r?.thrown ? r.error : o.thrown ? o.error : this.raise(P.UnexpectedTokenAfterTypeParameter, n);
        }
        return super.parseMaybeAssign(t, s);
      }
      parseArrow(t) {
        if (this.match(10)) {
          let s = this.tryParse(() => {
            let i = this.state.noAnonFunctionType;
            this.state.noAnonFunctionType = true;
            let r = this.startNode();
            return [r.typeAnnotation, t.predicate] = this.flowParseTypeAndPredicateInitialiser(true), this.state.noAnonFunctionType = i, this.canInsertSemicolon() && this.unexpected(), this.match(15) || this.unexpected(), r;
          });
          if (s.thrown) return null;
          s.error && (this.state = s.failState), t.returnType = s.node.typeAnnotation ? this.finishNode(s.node, "TypeAnnotation") : null;
        }
        return super.parseArrow(t);
      }
      shouldParseArrow(t) {
        return this.match(10) || super.shouldParseArrow(t);
      }
      setArrowFunctionParameters(t, s) {
        this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)) ? t.params = s : super.setArrowFunctionParameters(t, s);
      }
      checkParams(t, s, i, r = true) {
        if (!(i && this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)))) {
          for (let n = 0; n < t.params.length; n++) this.isThisParam(t.params[n]) && n > 0 && this.raise(P.ThisParamMustBeFirst, t.params[n]);
          super.checkParams(t, s, i, r);
        }
      }
      parseParenAndDistinguishExpression(t) {
        return super.parseParenAndDistinguishExpression(t && !this.state.noArrowAt.includes(this.sourceToOffsetPos(this.state.start)));
      }
      parseSubscripts(t, s, i) {
        if (t.type === "Identifier" && t.name === "async" && this.state.noArrowAt.includes(s.index)) {
          this.next();
          let r = this.startNodeAt(s);
          r.callee = t, r.arguments = super.parseCallExpressionArguments(), t = this.finishNode(r, "CallExpression");
        } else if (t.type === "Identifier" && t.name === "async" && this.match(43)) {
          let r = this.state.clone(), n = this.tryParse((h) => this.parseAsyncArrowWithTypeParameters(s) || h(), r);
          if (!n.error && !n.aborted) return n.node;
          let o = this.tryParse(() => super.parseSubscripts(t, s, i), r);
          if (o.node && !o.error) return o.node;
          if (n.node) return this.state = n.failState, n.node;
          if (o.node) return this.state = o.failState, o.node;
          throw n.error || o.error;
        }
        return super.parseSubscripts(t, s, i);
      }
      parseSubscript(t, s, i, r) {
        if (this.match(14) && this.isLookaheadToken_lt()) {
          if (r.optionalChainMember = true, i) return r.stop = true, t;
          this.next();
          let n = this.startNodeAt(s);
          return n.callee = t, n.typeArguments = this.flowParseTypeParameterInstantiationInExpression(), this.expect(6), n.arguments = this.parseCallExpressionArguments(), n.optional = true, this.finishCallExpression(n, true);
        } else if (!i && this.shouldParseTypes() && (this.match(43) || this.match(47))) {
          let n = this.startNodeAt(s);
          n.callee = t;
          let o = this.tryParse(() => (n.typeArguments = this.flowParseTypeParameterInstantiationCallOrNew(), this.expect(6), n.arguments = super.parseCallExpressionArguments(), r.optionalChainMember && (n.optional = false), this.finishCallExpression(n, r.optionalChainMember)));
          if (o.node) return o.error && (this.state = o.failState), o.node;
        }
        return super.parseSubscript(t, s, i, r);
      }
      parseNewCallee(t) {
        super.parseNewCallee(t);
        let s = null;
        this.shouldParseTypes() && this.match(43) && (s = this.tryParse(() => this.flowParseTypeParameterInstantiationCallOrNew()).node), t.typeArguments = s;
      }
      parseAsyncArrowWithTypeParameters(t) {
        let s = this.startNodeAt(t);
        if (this.parseFunctionParams(s, false), !!this.parseArrow(s)) return super.parseArrowExpression(s, void 0, true);
      }
      readToken_mult_modulo(t) {
        let s = this.input.charCodeAt(this.state.pos + 1);
        if (t === 42 && s === 47 && this.state.hasFlowComment) {
          this.state.hasFlowComment = false, this.state.pos += 2, this.nextToken();
          return;
        }
        super.readToken_mult_modulo(t);
      }
      readToken_pipe_amp(t) {
        let s = this.input.charCodeAt(this.state.pos + 1);
        if (t === 124 && s === 125) {
          this.finishOp(5, 2);
          return;
        }
        super.readToken_pipe_amp(t);
      }
      parseTopLevel(t, s) {
        let i = super.parseTopLevel(t, s);
        return this.state.hasFlowComment && this.raise(P.UnterminatedFlowComment, this.state.curPosition()), i;
      }
      skipBlockComment() {
        if (this.hasPlugin("flowComments") && this.skipFlowComment()) {
          if (this.state.hasFlowComment) throw this.raise(P.NestedFlowComment, this.state.startLoc);
          this.hasFlowCommentCompletion();
          let t = this.skipFlowComment();
          t && (this.state.pos += t, this.state.hasFlowComment = true);
          return;
        }
        return super.skipBlockComment(this.state.hasFlowComment ? "*-/" : "*/");
      }
      skipFlowComment() {
        let { pos: t } = this.state, s = 2;
        for (; [32, 9].includes(this.input.charCodeAt(t + s)); ) s++;
        let i = this.input.charCodeAt(s + t), r = this.input.charCodeAt(s + t + 1);
        return i === 58 && r === 58 ? s + 2 : this.input.slice(s + t, s + t + 12) === "flow-include" ? s + 12 : i === 58 && r !== 58 ? s : false;
      }
      hasFlowCommentCompletion() {
        if (this.input.indexOf("*/", this.state.pos) === -1) throw this.raise(l.UnterminatedComment, this.state.curPosition());
      }
      flowEnumErrorBooleanMemberNotInitialized(t, s) {
        this.raise(P.EnumBooleanMemberNotInitialized, t, s);
      }
      flowEnumErrorInvalidMemberInitializer(t, s) {
        return this.raise(s.explicitType ? s.explicitType === "symbol" ? P.EnumInvalidMemberInitializerSymbolType : P.EnumInvalidMemberInitializerPrimaryType : P.EnumInvalidMemberInitializerUnknownType, t, s);
      }
      flowEnumErrorNumberMemberNotInitialized(t, s) {
        this.raise(P.EnumNumberMemberNotInitialized, t, s);
      }
      flowEnumErrorStringMemberInconsistentlyInitialized(t, s) {
        this.raise(P.EnumStringMemberInconsistentlyInitialized, t, s);
      }
      flowEnumMemberInit() {
        let t = this.state.startLoc, s = () => this.match(8) || this.match(4);
        switch (this.state.type) {
          case 134: {
            let i = this.parseNumericLiteral(this.state.value);
            if (s()) return { type: "number", loc: i.start, value: i };
            break;
          }
          case 133: {
            let i = this.parseStringLiteral(this.state.value);
            if (s()) return { type: "string", loc: i.start, value: i };
            break;
          }
          case 81:
          case 82: {
            let i = this.parseBooleanLiteral(this.match(81));
            if (s()) return { type: "boolean", loc: i.start, value: i };
          }
        }
        return { type: "invalid", loc: t };
      }
      flowEnumMemberRaw() {
        let t = this.state.startLoc, s = this.parseIdentifier(true), i = this.eat(25) ? this.flowEnumMemberInit() : { type: "none", loc: t };
        return { id: s, init: i };
      }
      flowEnumCheckExplicitTypeMismatch(t, s, i) {
        let { explicitType: r } = s;
        r !== null && r !== i && this.flowEnumErrorInvalidMemberInitializer(t, s);
      }
      flowEnumMembers({ enumName: t, explicitType: s }) {
        let i = /* @__PURE__ */ new Set(), r = { booleanMembers: [], numberMembers: [], stringMembers: [], defaultedMembers: [] }, n = false;
        for (; !this.match(4); ) {
          if (this.eat(17)) {
            n = true;
            break;
          }
          let o = this.startNode(), { id: h, init: c } = this.flowEnumMemberRaw(), u = h.name;
          if (u === "") continue;
          /^[a-z]/.test(u) && this.raise(P.EnumInvalidMemberName, h, { memberName: u, suggestion: u[0].toUpperCase() + u.slice(1), enumName: t }), i.has(u) && this.raise(P.EnumDuplicateMemberName, h, { memberName: u, enumName: t }), i.add(u);
          let f = { enumName: t, explicitType: s, memberName: u };
          switch (o.id = h, c.type) {
            case "boolean": {
              this.flowEnumCheckExplicitTypeMismatch(c.loc, f, "boolean"), o.init = c.value, r.booleanMembers.push(this.finishNode(o, "EnumBooleanMember"));
              break;
            }
            case "number": {
              this.flowEnumCheckExplicitTypeMismatch(c.loc, f, "number"), o.init = c.value, r.numberMembers.push(this.finishNode(o, "EnumNumberMember"));
              break;
            }
            case "string": {
              this.flowEnumCheckExplicitTypeMismatch(c.loc, f, "string"), o.init = c.value, r.stringMembers.push(this.finishNode(o, "EnumStringMember"));
              break;
            }
            case "invalid":
              throw this.flowEnumErrorInvalidMemberInitializer(c.loc, f);
            case "none":
              switch (s) {
                case "boolean":
                  this.flowEnumErrorBooleanMemberNotInitialized(c.loc, f);
                  break;
                case "number":
                  this.flowEnumErrorNumberMemberNotInitialized(c.loc, f);
                  break;
                default:
                  r.defaultedMembers.push(this.finishNode(o, "EnumDefaultedMember"));
              }
          }
          this.match(4) || this.expect(8);
        }
        return { members: r, hasUnknownMembers: n };
      }
      flowEnumStringMembers(t, s, { enumName: i }) {
        if (t.length === 0) return s;
        if (s.length === 0) return t;
        if (s.length > t.length) {
          for (let r of t) this.flowEnumErrorStringMemberInconsistentlyInitialized(r, { enumName: i });
          return s;
        } else {
          for (let r of s) this.flowEnumErrorStringMemberInconsistentlyInitialized(r, { enumName: i });
          return t;
        }
      }
      flowEnumParseExplicitType({ enumName: t }) {
        if (!this.eatContextual(99)) return null;
        if (!C(this.state.type)) throw this.raise(P.EnumInvalidExplicitTypeUnknownSupplied, this.state.startLoc, { enumName: t });
        let { value: s } = this.state;
        return this.next(), s !== "boolean" && s !== "number" && s !== "string" && s !== "symbol" && this.raise(P.EnumInvalidExplicitType, this.state.startLoc, { enumName: t, invalidEnumType: s }), s;
      }
      flowEnumBody(t, s) {
        let i = s.name, r = s.start, n = this.flowEnumParseExplicitType({ enumName: i });
        this.expect(2);
        let { members: o, hasUnknownMembers: h } = this.flowEnumMembers({ enumName: i, explicitType: n });
        switch (t.hasUnknownMembers = h, n) {
          case "boolean":
            return t.explicitType = true, t.members = o.booleanMembers, this.expect(4), this.finishNode(t, "EnumBooleanBody");
          case "number":
            return t.explicitType = true, t.members = o.numberMembers, this.expect(4), this.finishNode(t, "EnumNumberBody");
          case "string":
            return t.explicitType = true, t.members = this.flowEnumStringMembers(o.stringMembers, o.defaultedMembers, { enumName: i }), this.expect(4), this.finishNode(t, "EnumStringBody");
          case "symbol":
            return t.members = o.defaultedMembers, this.expect(4), this.finishNode(t, "EnumSymbolBody");
          default: {
            let c = () => (t.members = [], this.expect(4), this.finishNode(t, "EnumStringBody"));
            t.explicitType = false;
            let u = o.booleanMembers.length, f = o.numberMembers.length, m = o.stringMembers.length, x = o.defaultedMembers.length;
            if (!u && !f && !m && !x) return c();
            if (!u && !f) return t.members = this.flowEnumStringMembers(o.stringMembers, o.defaultedMembers, { enumName: i }), this.expect(4), this.finishNode(t, "EnumStringBody");
            if (!f && !m && u >= x) {
              for (let A of o.defaultedMembers) this.flowEnumErrorBooleanMemberNotInitialized(A.start, { enumName: i, memberName: A.id.name });
              return t.members = o.booleanMembers, this.expect(4), this.finishNode(t, "EnumBooleanBody");
            } else if (!u && !m && f >= x) {
              for (let A of o.defaultedMembers) this.flowEnumErrorNumberMemberNotInitialized(A.start, { enumName: i, memberName: A.id.name });
              return t.members = o.numberMembers, this.expect(4), this.finishNode(t, "EnumNumberBody");
            } else return this.raise(P.EnumInconsistentMemberValues, r, { enumName: i }), c();
          }
        }
      }
      flowParseEnumDeclaration(t) {
        let s = this.parseIdentifier();
        return t.id = s, t.body = this.flowEnumBody(this.startNode(), s), this.finishNode(t, "EnumDeclaration");
      }
      jsxParseOpeningElementAfterName(t) {
        return this.shouldParseTypes() && (this.match(43) || this.match(47)) && (t.typeArguments = this.flowParseTypeParameterInstantiationInExpression()), super.jsxParseOpeningElementAfterName(t);
      }
      isLookaheadToken_lt() {
        let t = this.nextTokenStart();
        if (this.input.charCodeAt(t) === 60) {
          let s = this.input.charCodeAt(t + 1);
          return s !== 60 && s !== 61;
        }
        return false;
      }
      reScan_lt_gt() {
        let { type: t } = this.state;
        t === 43 ? (this.state.pos -= 1, this.readToken_lt()) : t === 44 && (this.state.pos -= 1, this.readToken_gt());
      }
      reScan_lt() {
        let { type: t } = this.state;
        return t === 47 ? (this.state.pos -= 2, this.finishOp(43, 1), 43) : t;
      }
      maybeUnwrapTypeCastExpression(t) {
        return t.type === "TypeCastExpression" ? t.expression : t;
      }
    };
    Ct = /\r\n|[\r\n\u2028\u2029]/g;
    Wi = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
    Ji = /(?:[^\S\n\r\u2028\u2029]|\/\*.*?\*\/)*(?:(?!-->)(?:\s|\/\/.*|\/\*[^]*?\*\/|<!--.*|-->.*)*)?/g;
    Jt = /(?:[^\S\n\r\u2028\u2029]|\/\/.*|\/\*.*?\*\/)*/g;
    Xi = { AttributeIsEmpty: "JSX attributes must only be assigned a non-empty expression.", MissingClosingTagElement: ({ openingTagName: a2 }) => `Expected corresponding JSX closing tag for <${a2}>.`, MissingClosingTagFragment: "Expected corresponding JSX closing tag for <>.", UnexpectedSequenceExpression: "Sequence expressions cannot be directly nested inside JSX. Did you mean to wrap it in parentheses (...)?", UnexpectedToken: ({ unexpected: a2, HTMLEntity: e }) => `Unexpected token \`${a2}\`. Did you mean \`${e}\` or \`{'${a2}'}\`?`, UnsupportedJsxValue: "JSX value should be either an expression or a quoted JSX text.", UnterminatedJsxContent: "Unterminated JSX contents.", UnwrappedAdjacentJSXElements: "Adjacent JSX elements must be wrapped in an enclosing tag. Did you want a JSX fragment <>...</>?" };
    U = B`jsx`(Xi);
    Yi = (a2) => class extends a2 {
      jsxReadToken() {
        let t = "", s = this.state.pos;
        for (; ; ) {
          if (this.state.pos >= this.length) throw this.raise(U.UnterminatedJsxContent, this.state.startLoc);
          let i = this.input.charCodeAt(this.state.pos);
          switch (i) {
            case 60:
            case 123:
              if (this.state.pos === this.state.start) {
                i === 60 && this.state.canStartJSXElement ? (++this.state.pos, this.finishToken(141)) : super.getTokenFromCode(i);
                return;
              }
              t += this.input.slice(s, this.state.pos), this.finishToken(140, t);
              return;
            case 38:
              t += this.input.slice(s, this.state.pos), t += this.jsxReadEntity(), s = this.state.pos;
              break;
            case 62:
            case 125:
              this.raise(U.UnexpectedToken, this.state.curPosition(), { unexpected: this.input[this.state.pos], HTMLEntity: i === 125 ? "&rbrace;" : "&gt;" });
            default:
              it(i) ? (t += this.input.slice(s, this.state.pos), t += this.jsxReadNewLine(true), s = this.state.pos) : ++this.state.pos;
          }
        }
      }
      jsxReadNewLine(t) {
        let s = this.input.charCodeAt(this.state.pos), i;
        return ++this.state.pos, s === 13 && this.input.charCodeAt(this.state.pos) === 10 ? (++this.state.pos, i = t ? `
` : `\r
`) : i = String.fromCharCode(s), ++this.state.curLine, this.state.lineStart = this.state.pos, i;
      }
      jsxReadString(t) {
        let s = "", i = ++this.state.pos;
        for (; ; ) {
          if (this.state.pos >= this.length) throw this.raise(l.UnterminatedString, this.state.startLoc);
          let r = this.input.charCodeAt(this.state.pos);
          if (r === t) break;
          r === 38 ? (s += this.input.slice(i, this.state.pos), s += this.jsxReadEntity(), i = this.state.pos) : it(r) ? (s += this.input.slice(i, this.state.pos), s += this.jsxReadNewLine(false), i = this.state.pos) : ++this.state.pos;
        }
        s += this.input.slice(i, this.state.pos++), this.finishToken(133, s);
      }
      jsxReadEntity() {
        let t = ++this.state.pos;
        if (this.codePointAtPos(this.state.pos) === 35) {
          ++this.state.pos;
          let s = 10;
          this.codePointAtPos(this.state.pos) === 120 && (s = 16, ++this.state.pos);
          let i = this.readInt(s, void 0, false, "bail");
          if (i !== null && i <= 1114111 && this.codePointAtPos(this.state.pos) === 59) return ++this.state.pos, String.fromCodePoint(i);
        } else {
          let s = 0, i = false;
          for (; s++ < 10 && this.state.pos < this.length && !(i = this.codePointAtPos(this.state.pos) === 59); ) ++this.state.pos;
          if (i) {
            let r = this.input.slice(t, this.state.pos), n = void 0;
            if (++this.state.pos, n) return n;
          }
        }
        return this.state.pos = t, "&";
      }
      jsxReadWord() {
        let t, s = this.state.pos;
        do
          t = this.input.charCodeAt(++this.state.pos);
        while (K(t) || t === 45);
        this.finishToken(139, this.input.slice(s, this.state.pos));
      }
      jsxParseIdentifier() {
        let t = this.startNode();
        return this.match(139) ? t.name = this.state.value : Ot(this.state.type) ? t.name = $(this.state.type) : this.unexpected(), this.next(), this.finishNode(t, "JSXIdentifier");
      }
      jsxParseNamespacedName() {
        let t = this.state.startLoc, s = this.jsxParseIdentifier();
        if (!this.eat(10)) return s;
        let i = this.startNodeAt(t);
        return i.namespace = s, i.name = this.jsxParseIdentifier(), this.finishNode(i, "JSXNamespacedName");
      }
      jsxParseElementName() {
        let t = this.state.startLoc, s = this.jsxParseNamespacedName();
        if (s.type === "JSXNamespacedName") return s;
        for (; this.eat(12); ) {
          let i = this.startNodeAt(t);
          i.object = s, i.property = this.jsxParseIdentifier(), s = this.finishNode(i, "JSXMemberExpression");
        }
        return s;
      }
      jsxParseAttributeValue() {
        let t;
        switch (this.state.type) {
          case 2:
            return t = this.startNode(), this.setContext(E.brace), this.next(), t = this.jsxParseExpressionContainer(t, E.j_oTag), t.expression.type === "JSXEmptyExpression" && this.raise(U.AttributeIsEmpty, t), t;
          case 141:
          case 133:
            return this.parseExprAtom();
          default:
            throw this.raise(U.UnsupportedJsxValue, this.state.startLoc);
        }
      }
      jsxParseEmptyExpression() {
        let t = this.startNodeAt(this.state.lastTokEndLoc);
        return this.finishNodeAt(t, "JSXEmptyExpression", this.state.startLoc);
      }
      jsxParseSpreadChild(t) {
        return this.next(), t.expression = this.parseExpression(), this.setContext(E.j_expr), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(t, "JSXSpreadChild");
      }
      jsxParseExpressionContainer(t, s) {
        if (this.match(4)) t.expression = this.jsxParseEmptyExpression();
        else {
          let i = this.parseExpression();
          i.type === "SequenceExpression" && !i.extra?.parenthesized && this.raise(U.UnexpectedSequenceExpression, i.expressions[1]), t.expression = i;
        }
        return this.setContext(s), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(t, "JSXExpressionContainer");
      }
      jsxParseAttribute() {
        if (this.match(2)) {
          let s = this.startNode();
          return this.setContext(E.brace), this.next(), this.expect(17), s.argument = this.parseMaybeAssignAllowIn(), this.setContext(E.j_oTag), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(s, "JSXSpreadAttribute");
        }
        let t = this.startNode();
        return t.name = this.jsxParseNamespacedName(), t.value = this.eat(25) ? this.jsxParseAttributeValue() : null, this.finishNode(t, "JSXAttribute");
      }
      jsxParseOpeningElementAt(t) {
        if (this.eat(142)) {
          let i = this.startNodeAt(t);
          return this.finishNode(i, "JSXOpeningFragment");
        }
        let s = this.startNodeAt(t);
        return s.name = this.jsxParseElementName(), this.jsxParseOpeningElementAfterName(s);
      }
      jsxParseOpeningElementAfterName(t) {
        let s = [];
        for (; !this.match(52) && !this.match(142); ) s.push(this.jsxParseAttribute());
        return t.attributes = s, t.selfClosing = this.eat(52), this.expect(142), this.finishNode(t, "JSXOpeningElement");
      }
      jsxParseClosingElementAt(t) {
        if (this.eat(142)) {
          let i = this.startNodeAt(t);
          return this.finishNode(i, "JSXClosingFragment");
        }
        let s = this.startNodeAt(t);
        return s.name = this.jsxParseElementName(), this.expect(142), this.finishNode(s, "JSXClosingElement");
      }
      jsxParseElementAt(t) {
        let s = this.startNodeAt(t), i = [], r = this.jsxParseOpeningElementAt(t), n = null;
        if (!r.selfClosing) {
          t: for (; ; ) switch (this.state.type) {
            case 141:
              if (t = this.state.startLoc, this.next(), this.eat(52)) {
                n = this.jsxParseClosingElementAt(t);
                break t;
              }
              i.push(this.jsxParseElementAt(t));
              break;
            case 140:
              i.push(this.parseLiteral(this.state.value, "JSXText"));
              break;
            case 2: {
              let o = this.startNode();
              this.setContext(E.brace), this.next(), this.match(17) ? i.push(this.jsxParseSpreadChild(o)) : i.push(this.jsxParseExpressionContainer(o, E.j_expr));
              break;
            }
            default:
              this.unexpected();
          }
          q(r) && !q(n) && n !== null ? this.raise(U.MissingClosingTagFragment, n) : !q(r) && q(n) ? this.raise(U.MissingClosingTagElement, n, { openingTagName: st(r.name) }) : !q(r) && !q(n) && st(n.name) !== st(r.name) && this.raise(U.MissingClosingTagElement, n, { openingTagName: st(r.name) });
        }
        if (q(r) ? (s.openingFragment = r, s.closingFragment = n) : (s.openingElement = r, s.closingElement = n), s.children = i, this.match(43)) throw this.raise(U.UnwrappedAdjacentJSXElements, this.state.startLoc);
        return q(r) ? this.finishNode(s, "JSXFragment") : this.finishNode(s, "JSXElement");
      }
      jsxParseElement() {
        let t = this.state.startLoc;
        return this.next(), this.jsxParseElementAt(t);
      }
      setContext(t) {
        let { context: s } = this.state;
        s[s.length - 1] = t;
      }
      parseExprAtom(t) {
        return this.match(141) ? this.jsxParseElement() : this.match(43) && this.input.charCodeAt(this.state.pos) !== 33 ? (this.replaceToken(141), this.jsxParseElement()) : super.parseExprAtom(t);
      }
      skipSpace() {
        this.curContext().preserveSpace || super.skipSpace();
      }
      getTokenFromCode(t) {
        let s = this.curContext();
        if (s === E.j_expr) {
          this.jsxReadToken();
          return;
        }
        if (s === E.j_oTag || s === E.j_cTag) {
          if (_(t)) {
            this.jsxReadWord();
            return;
          }
          if (t === 62) {
            ++this.state.pos, this.finishToken(142);
            return;
          }
          if ((t === 34 || t === 39) && s === E.j_oTag) {
            this.jsxReadString(t);
            return;
          }
        }
        if (t === 60 && this.state.canStartJSXElement && this.input.charCodeAt(this.state.pos + 1) !== 33) {
          ++this.state.pos, this.finishToken(141);
          return;
        }
        super.getTokenFromCode(t);
      }
      updateContext(t) {
        let { context: s, type: i } = this.state;
        if (i === 52 && t === 141) s.splice(-2, 2, E.j_cTag), this.state.canStartJSXElement = false;
        else if (i === 141) s.push(E.j_oTag);
        else if (i === 142) {
          let r = s[s.length - 1];
          r === E.j_oTag && t === 52 || r === E.j_cTag ? (s.pop(), this.state.canStartJSXElement = s[s.length - 1] === E.j_expr) : (this.setContext(E.j_expr), this.state.canStartJSXElement = true);
        } else this.state.canStartJSXElement = Ci(i);
      }
    };
    ae = class extends yt {
      tsNames = /* @__PURE__ */ new Map();
    };
    ne = class extends xt {
      get inTSNamespace() {
        let e = this.scopeStack;
        return e.length >= 2 && e[e.length - 1].flags === 0 && (e[e.length - 2].flags & 2048) > 0;
      }
      importsStack = [];
      createScope(e) {
        return this.importsStack.push(/* @__PURE__ */ new Set()), new ae(e);
      }
      enter(e) {
        e & 3072 && this.importsStack.push(/* @__PURE__ */ new Set()), super.enter(e);
      }
      exit() {
        let e = super.exit();
        return e & 3072 && this.importsStack.pop(), e;
      }
      hasImport(e, t) {
        let s = this.importsStack.length;
        if (this.importsStack[s - 1].has(e)) return true;
        if (!t && s > 1) {
          for (let i = 0; i < s - 1; i++) if (this.importsStack[i].has(e)) return true;
        }
        return false;
      }
      declareName(e, t, s) {
        if (t & 4096) {
          this.hasImport(e, true) && this.parser.raise(l.VarRedeclaration, s, { identifierName: e }), this.importsStack[this.importsStack.length - 1].add(e);
          return;
        }
        let i = this.currentScope(), r = i.tsNames.get(e) || 0;
        if (t & 1024) {
          this.maybeExportDefined(i, e), i.tsNames.set(e, r | 16);
          return;
        }
        super.declareName(e, t, s), t & 2 && (t & 1 || (this.checkRedeclarationInScope(i, e, t, s), this.maybeExportDefined(i, e)), r = r | 1), t & 256 && (r = r | 2), t & 512 && (r = r | 4), t & 128 && (r = r | 8), r && i.tsNames.set(e, r);
      }
      isRedeclaredInScope(e, t, s) {
        let i = e.tsNames.get(t);
        if ((i & 2) > 0) {
          if (s & 256) {
            let r = (s & 512) > 0, n = (i & 4) > 0;
            return r !== n;
          }
          return true;
        }
        return s & 128 && (i & 8) > 0 ? e.names.get(t) & 2 ? !!(s & 1) : false : s & 2 && (i & 1) > 0 ? true : super.isRedeclaredInScope(e, t, s);
      }
      checkLocalExport(e) {
        let { name: t } = e;
        if (this.hasImport(t)) return;
        let s = this.scopeStack.length;
        for (let i = s - 1; i >= 0; i--) {
          let n = this.scopeStack[i].tsNames.get(t);
          if ((n & 1) > 0 || (n & 16) > 0) return;
        }
        super.checkLocalExport(e);
      }
    };
    oe = class {
      sawUnambiguousESM = false;
      ambiguousScriptDifferentAst = false;
      sourceToOffsetPos(e) {
        return e + this.startIndex;
      }
      offsetToSourcePos(e) {
        return e - this.startIndex;
      }
      hasPlugin(e) {
        if (typeof e == "string") return this.plugins.has(e);
        {
          let [t, s] = e;
          if (!this.hasPlugin(t)) return false;
          let i = this.plugins.get(t);
          for (let r of Object.keys(s)) if (i?.[r] !== s[r]) return false;
          return true;
        }
      }
      getPluginOption(e, t) {
        return this.plugins.get(e)?.[t];
      }
    };
    he = class extends oe {
      addComment(e) {
        this.filename && (e.loc.filename = this.filename);
        let { commentsLen: t } = this.state;
        this.comments.length !== t && (this.comments.length = t), this.comments.push(e), this.state.commentsLen++;
      }
      processComment(e) {
        let { commentStack: t } = this.state, s = t.length;
        if (s === 0) return;
        let i = s - 1, r = t[i];
        r.start === e.end && (r.leadingNode = e, i--);
        let n = e.start;
        for (; i >= 0; i--) {
          let o = t[i], h = o.end;
          if (h > n) o.containingNode = e, this.finalizeComment(o), t.splice(i, 1);
          else {
            h === n && (o.trailingNode = e);
            break;
          }
        }
      }
      finalizeComment(e) {
        let { comments: t } = e;
        if (e.leadingNode !== null || e.trailingNode !== null) e.leadingNode !== null && hs(e.leadingNode, t), e.trailingNode !== null && Qi(e.trailingNode, t);
        else {
          let s = e.containingNode, i = e.start;
          if (this.input.charCodeAt(this.offsetToSourcePos(i) - 1) === 44) switch (s.type) {
            case "ObjectExpression":
            case "ObjectPattern":
              j(s, s.properties, e);
              break;
            case "CallExpression":
            case "NewExpression":
            case "OptionalCallExpression":
              j(s, s.arguments, e);
              break;
            case "ImportExpression":
              j(s, [s.source, s.options ?? null], e);
              break;
            case "FunctionDeclaration":
            case "FunctionExpression":
            case "ArrowFunctionExpression":
            case "ObjectMethod":
            case "ClassMethod":
            case "ClassPrivateMethod":
            case "TSTypeParameterDeclaration":
              j(s, s.params, e);
              break;
            case "ArrayExpression":
            case "ArrayPattern":
              j(s, s.elements, e);
              break;
            case "ExportNamedDeclaration":
            case "ImportDeclaration":
              j(s, s.specifiers, e);
              break;
            case "ImportNamespaceSpecifier":
            case "ExportNamespaceSpecifier":
              j(s, s.exportsFilter ?? [], e);
              break;
            case "TSEnumBody":
              j(s, s.members, e);
              break;
            case "TSInterfaceBody":
              j(s, s.body, e);
              break;
            default:
              Pt(s, t);
          }
          else Pt(s, t);
        }
      }
      finalizeRemainingComments() {
        let { commentStack: e } = this.state;
        for (let t = e.length - 1; t >= 0; t--) this.finalizeComment(e[t]);
        this.state.commentStack = [];
      }
      resetPreviousNodeTrailingComments(e) {
        let { commentStack: t } = this.state, { length: s } = t;
        if (s === 0) return;
        let i = t[s - 1];
        i.leadingNode === e && (i.leadingNode = null);
      }
      replaceNodeInPendingComments(e, t) {
        for (let s of this.state.commentStack) s.leadingNode === e && (s.leadingNode = t), s.trailingNode === e && (s.trailingNode = t);
      }
      takeSurroundingComments(e, t, s) {
        let { commentStack: i } = this.state, r = i.length;
        if (r === 0) return;
        let n = r - 1;
        for (; n >= 0; n--) {
          let o = i[n], h = o.end;
          if (o.start === s) o.leadingNode = e;
          else if (h === t) o.trailingNode = e;
          else if (h < t) break;
        }
      }
    };
    ce = class a {
      flags = 2048;
      get strict() {
        return (this.flags & 1) > 0;
      }
      set strict(e) {
        e ? this.flags |= 1 : this.flags &= -2;
      }
      startIndex;
      curLine;
      lineStart;
      startLoc;
      endLoc;
      init({ strictMode: e, sourceType: t, startIndex: s, startLine: i, startColumn: r }) {
        this.strict = e === false ? false : e === true ? true : t === "module", this.startIndex = s, this.curLine = i, this.lineStart = -r, this.startLoc = this.endLoc = new L(i, r, s);
      }
      errors = [];
      noArrowAt = [];
      noArrowParamsConversionAt = [];
      regExpAllowedAt = -1;
      get canStartArrow() {
        return (this.flags & 2) > 0;
      }
      set canStartArrow(e) {
        e ? this.flags |= 2 : this.flags &= -3;
      }
      get inType() {
        return (this.flags & 4) > 0;
      }
      set inType(e) {
        e ? this.flags |= 4 : this.flags &= -5;
      }
      get noAnonFunctionType() {
        return (this.flags & 8) > 0;
      }
      set noAnonFunctionType(e) {
        e ? this.flags |= 8 : this.flags &= -9;
      }
      get hasFlowComment() {
        return (this.flags & 16) > 0;
      }
      set hasFlowComment(e) {
        e ? this.flags |= 16 : this.flags &= -17;
      }
      get isAmbientContext() {
        return (this.flags & 32) > 0;
      }
      set isAmbientContext(e) {
        e ? this.flags |= 32 : this.flags &= -33;
      }
      get inAbstractClass() {
        return (this.flags & 64) > 0;
      }
      set inAbstractClass(e) {
        e ? this.flags |= 64 : this.flags &= -65;
      }
      get inDisallowConditionalTypesContext() {
        return (this.flags & 128) > 0;
      }
      set inDisallowConditionalTypesContext(e) {
        e ? this.flags |= 128 : this.flags &= -129;
      }
      get inConditionalConsequent() {
        return (this.flags & 256) > 0;
      }
      set inConditionalConsequent(e) {
        e ? this.flags |= 256 : this.flags &= -257;
      }
      get inHackPipelineBody() {
        return (this.flags & 512) > 0;
      }
      set inHackPipelineBody(e) {
        e ? this.flags |= 512 : this.flags &= -513;
      }
      get seenTopicReference() {
        return (this.flags & 1024) > 0;
      }
      set seenTopicReference(e) {
        e ? this.flags |= 1024 : this.flags &= -1025;
      }
      labels = [];
      commentsLen = 0;
      commentStack = [];
      pos = 0;
      type = 138;
      value = null;
      start = 0;
      end = 0;
      lastTokEndLoc = null;
      lastTokStartLoc = null;
      context = [E.brace];
      get canStartJSXElement() {
        return (this.flags & 2048) > 0;
      }
      set canStartJSXElement(e) {
        e ? this.flags |= 2048 : this.flags &= -2049;
      }
      get containsEsc() {
        return (this.flags & 4096) > 0;
      }
      set containsEsc(e) {
        e ? this.flags |= 4096 : this.flags &= -4097;
      }
      firstInvalidTemplateEscapePos = null;
      get hasTopLevelAwait() {
        return (this.flags & 8192) > 0;
      }
      set hasTopLevelAwait(e) {
        e ? this.flags |= 8192 : this.flags &= -8193;
      }
      strictErrors = /* @__PURE__ */ new Map();
      tokensLength = 0;
      curPosition() {
        return new L(this.curLine, this.pos - this.lineStart, this.pos + this.startIndex);
      }
      clone() {
        let e = new a();
        return e.flags = this.flags, e.startIndex = this.startIndex, e.curLine = this.curLine, e.lineStart = this.lineStart, e.startLoc = this.startLoc, e.endLoc = this.endLoc, e.errors = this.errors.slice(), e.noArrowAt = this.noArrowAt.slice(), e.noArrowParamsConversionAt = this.noArrowParamsConversionAt.slice(), e.regExpAllowedAt = this.regExpAllowedAt, e.labels = this.labels.slice(), e.commentsLen = this.commentsLen, e.commentStack = this.commentStack.slice(), e.pos = this.pos, e.type = this.type, e.value = this.value, e.start = this.start, e.end = this.end, e.lastTokEndLoc = this.lastTokEndLoc, e.lastTokStartLoc = this.lastTokStartLoc, e.context = this.context.slice(), e.firstInvalidTemplateEscapePos = this.firstInvalidTemplateEscapePos, e.strictErrors = this.strictErrors, e.tokensLength = this.tokensLength, e;
      }
    };
    Zi = function(e) {
      return e >= 48 && e <= 57;
    };
    He = { decBinOct: /* @__PURE__ */ new Set([46, 66, 69, 79, 95, 98, 101, 111, 43, 45]), hex: /* @__PURE__ */ new Set([46, 88, 95, 120]) };
    It = { bin: (a2) => a2 === 48 || a2 === 49, oct: (a2) => a2 >= 48 && a2 <= 55, dec: (a2) => a2 >= 48 && a2 <= 57, hex: (a2) => a2 >= 48 && a2 <= 57 || a2 >= 65 && a2 <= 70 || a2 >= 97 && a2 <= 102 };
    sr = /* @__PURE__ */ new Set([103, 109, 115, 105, 121, 117, 100, 118]);
    pe = class {
      constructor(e) {
        let t = e.startIndex || 0;
        this.type = e.type, this.value = e.value, this.start = t + e.start, this.end = t + e.end, this.loc = new rt(e.startLoc, e.endLoc);
      }
    };
    ue = class extends he {
      isLookahead;
      tokens = [];
      constructor(e, t) {
        super(), this.state = new ce(), this.state.init(e), this.input = t, this.length = t.length, this.comments = [], this.isLookahead = false, (!Et || Et.length < (this.length + 1) * 2) && (Et = new Uint32Array((this.length + 1) * 2)), this.locData = Et;
      }
      setLoc(e) {
        let t = this.offsetToSourcePos(e.index);
        this.locData[t * 2] = e.line, this.locData[t * 2 + 1] = e.column;
      }
      getLoc(e) {
        let t = this.offsetToSourcePos(e);
        return new L(this.locData[t * 2], this.locData[t * 2 + 1], e);
      }
      pushToken(e) {
        this.tokens.length = this.state.tokensLength, this.tokens.push(e), ++this.state.tokensLength;
      }
      next() {
        this.checkKeywordEscapes(), this.optionFlags & 512 && this.pushToken(new pe(this.state)), this.state.lastTokEndLoc = this.state.endLoc, this.state.lastTokStartLoc = this.state.startLoc, this.nextToken();
      }
      eat(e) {
        return this.match(e) ? (this.next(), true) : false;
      }
      match(e) {
        return this.state.type === e;
      }
      createLookaheadState(e) {
        return { pos: e.pos, value: null, type: e.type, start: e.start, end: e.end, context: [this.curContext()], inType: e.inType, strict: e.strict, startLoc: e.startLoc, lastTokEndLoc: e.lastTokEndLoc, curLine: e.curLine, lineStart: e.lineStart, curPosition: e.curPosition };
      }
      lookahead() {
        let e = this.state;
        this.state = this.createLookaheadState(e), this.isLookahead = true, this.nextToken(), this.isLookahead = false;
        let t = this.state;
        return this.state = e, t;
      }
      nextTokenStart() {
        return this.nextTokenStartSince(this.state.pos);
      }
      nextTokenStartSince(e) {
        let t = this.inModule || !(this.optionFlags & 16384) ? Wi : Ji;
        return t.lastIndex = e, t.test(this.input) ? t.lastIndex : e;
      }
      lookaheadCharCode() {
        return this.lookaheadCharCodeSince(this.state.pos);
      }
      lookaheadCharCodeSince(e) {
        return this.input.charCodeAt(this.nextTokenStartSince(e));
      }
      nextTokenInLineStart() {
        return this.nextTokenInLineStartSince(this.state.pos);
      }
      nextTokenInLineStartSince(e) {
        return Jt.lastIndex = e, Jt.test(this.input) ? Jt.lastIndex : e;
      }
      lookaheadInLineCharCode() {
        return this.input.charCodeAt(this.nextTokenInLineStart());
      }
      codePointAtPos(e) {
        let t = this.input.charCodeAt(e);
        if ((t & 64512) === 55296 && ++e < this.input.length) {
          let s = this.input.charCodeAt(e);
          (s & 64512) === 56320 && (t = 65536 + ((t & 1023) << 10) + (s & 1023));
        }
        return t;
      }
      setStrict(e) {
        this.state.strict = e, e && (this.state.strictErrors.forEach(([t, s]) => this.raise(t, s)), this.state.strictErrors.clear());
      }
      curContext() {
        return this.state.context[this.state.context.length - 1];
      }
      nextToken() {
        if (this.skipSpace(), this.state.start = this.state.pos, this.isLookahead || (this.state.startLoc = this.state.curPosition()), this.state.pos >= this.length) {
          this.finishToken(138);
          return;
        }
        this.getTokenFromCode(this.codePointAtPos(this.state.pos));
      }
      skipBlockComment(e) {
        let t;
        this.isLookahead || (t = this.state.curPosition());
        let s = this.state.pos, i = this.input.indexOf(e, s + 2);
        if (i === -1) throw this.raise(l.UnterminatedComment, this.state.curPosition());
        for (this.state.pos = i + e.length, Ct.lastIndex = s + 2; Ct.test(this.input) && Ct.lastIndex <= i; ) ++this.state.curLine, this.state.lineStart = Ct.lastIndex;
        if (this.isLookahead) return;
        let r = { type: "CommentBlock", value: this.input.slice(s + 2, i), start: this.sourceToOffsetPos(s), end: this.sourceToOffsetPos(i + e.length), loc: new rt(t, this.state.curPosition()) };
        return this.optionFlags & 512 && this.pushToken(r), r;
      }
      skipLineComment(e) {
        let t = this.state.pos, s;
        this.isLookahead || (s = this.state.curPosition());
        let i = this.input.charCodeAt(this.state.pos += e);
        if (this.state.pos < this.length) for (; !it(i) && ++this.state.pos < this.length; ) i = this.input.charCodeAt(this.state.pos);
        if (this.isLookahead) return;
        let r = this.state.pos, o = { type: "CommentLine", value: this.input.slice(t + e, r), start: this.sourceToOffsetPos(t), end: this.sourceToOffsetPos(r), loc: new rt(s, this.state.curPosition()) };
        return this.optionFlags & 512 && this.pushToken(o), o;
      }
      skipSpace() {
        let e = this.state.pos, t = (this.optionFlags & 8192) > 0, s;
        t: for (; this.state.pos < this.length; ) {
          let i = this.input.charCodeAt(this.state.pos);
          switch (i) {
            case 32:
            case 160:
            case 9:
              ++this.state.pos;
              break;
            case 13:
              this.input.charCodeAt(this.state.pos + 1) === 10 && ++this.state.pos;
            case 10:
            case 8232:
            case 8233:
              ++this.state.pos, ++this.state.curLine, this.state.lineStart = this.state.pos;
              break;
            case 47:
              switch (this.input.charCodeAt(this.state.pos + 1)) {
                case 42: {
                  let r = this.skipBlockComment("*/");
                  r !== void 0 && (this.addComment(r), t && (s ?? (s = [])).push(r));
                  break;
                }
                case 47: {
                  let r = this.skipLineComment(2);
                  r !== void 0 && (this.addComment(r), t && (s ?? (s = [])).push(r));
                  break;
                }
                default:
                  break t;
              }
              break;
            default:
              if (Gi(i)) ++this.state.pos;
              else if (i === 45 && !this.inModule && this.optionFlags & 16384) {
                let r = this.state.pos;
                if (this.input.charCodeAt(r + 1) === 45 && this.input.charCodeAt(r + 2) === 62 && (e === 0 || this.state.lineStart > e)) {
                  let n = this.skipLineComment(3);
                  n !== void 0 && (this.addComment(n), t && (s ?? (s = [])).push(n));
                } else break t;
              } else if (i === 60 && !this.inModule && this.optionFlags & 16384) {
                let r = this.state.pos;
                if (this.input.charCodeAt(r + 1) === 33 && this.input.charCodeAt(r + 2) === 45 && this.input.charCodeAt(r + 3) === 45) {
                  let n = this.skipLineComment(4);
                  n !== void 0 && (this.addComment(n), t && (s ?? (s = [])).push(n));
                } else break t;
              } else break t;
          }
        }
        if (s?.length) {
          let i = this.state.pos, r = { start: this.sourceToOffsetPos(e), end: this.sourceToOffsetPos(i), comments: s, leadingNode: null, trailingNode: null, containingNode: null };
          this.state.commentStack.push(r);
        }
      }
      finishToken(e, t) {
        this.state.end = this.state.pos, this.state.endLoc = this.state.curPosition();
        let s = this.state.type;
        this.state.type = e, this.state.value = t, this.isLookahead || this.updateContext(s);
      }
      replaceToken(e) {
        this.state.type = e, this.updateContext();
      }
      readToken_numberSign() {
        if (this.state.pos === 0 && this.readToken_interpreter()) return;
        let e = this.state.pos + 1, t = this.codePointAtPos(e);
        if (t >= 48 && t <= 57) throw this.raise(l.UnexpectedDigitAfterHash, this.state.curPosition());
        _(t) ? (++this.state.pos, this.finishToken(137, this.readWord1(t))) : t === 92 ? (++this.state.pos, this.finishToken(137, this.readWord1())) : this.finishOp(23, 1);
      }
      readToken_dot() {
        let e = this.input.charCodeAt(this.state.pos + 1);
        if (e >= 48 && e <= 57) {
          this.readNumber(true);
          return;
        }
        e === 46 && this.input.charCodeAt(this.state.pos + 2) === 46 ? (this.state.pos += 3, this.finishToken(17)) : (++this.state.pos, this.finishToken(12));
      }
      readToken_slash() {
        this.input.charCodeAt(this.state.pos + 1) === 61 ? this.finishOp(27, 2) : this.finishOp(52, 1);
      }
      readToken_interpreter() {
        if (this.state.pos !== 0 || this.length < 2) return false;
        let e = this.input.charCodeAt(this.state.pos + 1);
        if (e !== 33) return false;
        let t = this.state.pos;
        for (this.state.pos += 1; !it(e) && ++this.state.pos < this.length; ) e = this.input.charCodeAt(this.state.pos);
        let s = this.input.slice(t + 2, this.state.pos);
        return this.finishToken(24, s), true;
      }
      readToken_mult_modulo(e) {
        let t = e === 42 ? 51 : 50, s = 1, i = this.input.charCodeAt(this.state.pos + 1);
        e === 42 && i === 42 && (s++, i = this.input.charCodeAt(this.state.pos + 2), t = 53), i === 61 && !this.state.inType && (s++, t = e === 37 ? 29 : 26), this.finishOp(t, s);
      }
      readToken_pipe_amp(e) {
        let t = this.input.charCodeAt(this.state.pos + 1);
        if (t === e) {
          this.input.charCodeAt(this.state.pos + 2) === 61 ? this.finishOp(26, 3) : this.finishOp(e === 124 ? 37 : 38, 2);
          return;
        }
        if (e === 124 && t === 62) {
          this.finishOp(35, 2);
          return;
        }
        if (t === 61) {
          this.finishOp(26, 2);
          return;
        }
        this.finishOp(e === 124 ? 39 : 41, 1);
      }
      readToken_caret() {
        let e = this.input.charCodeAt(this.state.pos + 1);
        e === 61 && !this.state.inType ? this.finishOp(28, 2) : e === 94 && this.hasPlugin(["pipelineOperator", { proposal: "hack", topicToken: "^^" }]) ? (this.finishOp(33, 2), this.input.codePointAt(this.state.pos) === 94 && this.unexpected()) : this.finishOp(40, 1);
      }
      readToken_atSign() {
        this.input.charCodeAt(this.state.pos + 1) === 64 && this.hasPlugin(["pipelineOperator", { proposal: "hack", topicToken: "@@" }]) ? this.finishOp(34, 2) : this.finishOp(22, 1);
      }
      readToken_plus_min(e) {
        let t = this.input.charCodeAt(this.state.pos + 1);
        if (t === e) {
          this.finishOp(30, 2);
          return;
        }
        t === 61 ? this.finishOp(26, 2) : this.finishOp(49, 1);
      }
      readToken_lt() {
        let { pos: e } = this.state, t = this.input.charCodeAt(e + 1);
        if (t === 60) {
          if (this.input.charCodeAt(e + 2) === 61) {
            this.finishOp(26, 3);
            return;
          }
          this.finishOp(47, 2);
          return;
        }
        if (t === 61) {
          this.finishOp(45, 2);
          return;
        }
        this.finishOp(43, 1);
      }
      readToken_gt() {
        let { pos: e } = this.state, t = this.input.charCodeAt(e + 1);
        if (t === 62) {
          let s = this.input.charCodeAt(e + 2) === 62 ? 3 : 2;
          if (this.input.charCodeAt(e + s) === 61) {
            this.finishOp(26, s + 1);
            return;
          }
          this.finishOp(48, s);
          return;
        }
        if (t === 61) {
          this.finishOp(45, 2);
          return;
        }
        this.finishOp(44, 1);
      }
      readToken_eq_excl(e) {
        let t = this.input.charCodeAt(this.state.pos + 1);
        if (t === 61) {
          this.finishOp(42, this.input.charCodeAt(this.state.pos + 2) === 61 ? 3 : 2);
          return;
        }
        if (e === 61 && t === 62) {
          this.state.pos += 2, this.finishToken(15);
          return;
        }
        this.finishOp(e === 61 ? 25 : 31, 1);
      }
      readToken_question() {
        let e = this.input.charCodeAt(this.state.pos + 1), t = this.input.charCodeAt(this.state.pos + 2);
        e === 63 ? t === 61 ? this.finishOp(26, 3) : this.finishOp(36, 2) : e === 46 && !(t >= 48 && t <= 57) ? (this.state.pos += 2, this.finishToken(14)) : (++this.state.pos, this.finishToken(13));
      }
      getTokenFromCode(e) {
        switch (e) {
          case 46:
            this.readToken_dot();
            return;
          case 40:
            ++this.state.pos, this.finishToken(6);
            return;
          case 41:
            ++this.state.pos, this.finishToken(7);
            return;
          case 59:
            ++this.state.pos, this.finishToken(9);
            return;
          case 44:
            ++this.state.pos, this.finishToken(8);
            return;
          case 91:
            ++this.state.pos, this.finishToken(0);
            return;
          case 93:
            ++this.state.pos, this.finishToken(1);
            return;
          case 123:
            ++this.state.pos, this.finishToken(2);
            return;
          case 125:
            ++this.state.pos, this.finishToken(4);
            return;
          case 58:
            this.hasPlugin("functionBind") && this.input.charCodeAt(this.state.pos + 1) === 58 ? this.finishOp(11, 2) : (++this.state.pos, this.finishToken(10));
            return;
          case 63:
            this.readToken_question();
            return;
          case 96:
            this.readTemplateToken();
            return;
          case 48: {
            let t = this.input.charCodeAt(this.state.pos + 1);
            if (t === 120 || t === 88) {
              this.readRadixNumber(16);
              return;
            }
            if (t === 111 || t === 79) {
              this.readRadixNumber(8);
              return;
            }
            if (t === 98 || t === 66) {
              this.readRadixNumber(2);
              return;
            }
          }
          case 49:
          case 50:
          case 51:
          case 52:
          case 53:
          case 54:
          case 55:
          case 56:
          case 57:
            this.readNumber(false);
            return;
          case 34:
          case 39:
            this.readString(e);
            return;
          case 47:
            this.readToken_slash();
            return;
          case 37:
          case 42:
            this.readToken_mult_modulo(e);
            return;
          case 124:
          case 38:
            this.readToken_pipe_amp(e);
            return;
          case 94:
            this.readToken_caret();
            return;
          case 43:
          case 45:
            this.readToken_plus_min(e);
            return;
          case 60:
            this.readToken_lt();
            return;
          case 62:
            this.readToken_gt();
            return;
          case 61:
          case 33:
            this.readToken_eq_excl(e);
            return;
          case 126:
            this.finishOp(32, 1);
            return;
          case 64:
            this.readToken_atSign();
            return;
          case 35:
            this.readToken_numberSign();
            return;
          case 92:
            this.readWord();
            return;
          default:
            if (_(e)) {
              this.readWord(e);
              return;
            }
        }
        throw this.raise(l.InvalidOrUnexpectedToken, this.state.curPosition(), { unexpected: String.fromCodePoint(e) });
      }
      finishOp(e, t) {
        let s = this.input.slice(this.state.pos, this.state.pos + t);
        this.state.pos += t, this.finishToken(e, s);
      }
      readRegexp() {
        let e = this.state.startLoc, t = this.state.start + 1, s, i, { pos: r } = this.state;
        for (; ; ++r) {
          if (r >= this.length) throw this.raise(l.UnterminatedRegExp, F(e, 1));
          let c = this.input.charCodeAt(r);
          if (it(c)) throw this.raise(l.UnterminatedRegExp, F(e, 1));
          if (s) s = false;
          else {
            if (c === 91) i = true;
            else if (c === 93 && i) i = false;
            else if (c === 47 && !i) break;
            s = c === 92;
          }
        }
        let n = this.input.slice(t, r);
        ++r;
        let o = "", h = () => F(e, r + 2 - t);
        for (; r < this.length; ) {
          let c = this.codePointAtPos(r), u = String.fromCharCode(c);
          if (sr.has(c)) c === 118 ? o.includes("u") && this.raise(l.IncompatibleRegExpUVFlags, h()) : c === 117 && o.includes("v") && this.raise(l.IncompatibleRegExpUVFlags, h()), o.includes(u) && this.raise(l.DuplicateRegExpFlags, h());
          else if (K(c) || c === 92) this.raise(l.MalformedRegExpFlags, h());
          else break;
          ++r, o += u;
        }
        this.state.pos = r, this.finishToken(136, { pattern: n, flags: o });
      }
      readInt(e, t, s = false, i = true) {
        let { n: r, pos: n } = cs(this.input, this.state.pos, this.state.lineStart, this.state.curLine, e, t, s, i, this.errorHandlers_readInt, false);
        return this.state.pos = n, r;
      }
      readLiteralInt(e) {
        let t = this.state.pos, s = 0, i;
        for (; ; ) {
          i = this.input.charCodeAt(t);
          let r;
          if (i >= 48 && i <= 57) r = i - 48;
          else {
            if (r = (i | 32) - 97, r < 0 || r > 5) break;
            r += 10;
          }
          if (r >= e) break;
          s = s * e + r, ++t;
        }
        return i === 95 || i >= 48 && i <= 57 ? this.readInt(e) : t === this.state.pos ? null : (this.state.pos = t, s);
      }
      readRadixNumber(e) {
        let t = this.state.pos, s = this.state.curPosition();
        this.state.pos += 2;
        let i = this.readLiteralInt(e), r = this.state.pos;
        i == null && this.raise(l.InvalidDigit, F(s, 2), { radix: e });
        let n = this.input.charCodeAt(this.state.pos) === 110;
        if (n && ++this.state.pos, _(this.codePointAtPos(this.state.pos))) throw this.raise(l.NumberIdentifier, this.state.curPosition());
        if (n || i !== null && i > Number.MAX_SAFE_INTEGER) {
          let o = R(0, this.input.slice(t, r), "_", "");
          if (n) {
            this.finishToken(135, o);
            return;
          }
          i = Number(e !== 16 && this.optionFlags & 4096 ? o.replace(e === 2 ? /[2-9]/g : /[89]/g, "0") : o);
        }
        this.finishToken(134, i);
      }
      readNumber(e) {
        let t = this.state.pos, s = this.state.curPosition(), i = false, r = false, n = e ? 0 : this.readLiteralInt(10), o = this.state.pos - t >= 2 && this.input.charCodeAt(t) === 48;
        if (o) {
          let x = this.input.slice(t, this.state.pos);
          if (this.recordStrictModeErrors(l.StrictOctalLiteral, s), !this.state.strict) {
            let A = x.indexOf("_");
            A > 0 && this.raise(l.ZeroDigitNumericSeparator, F(s, A));
          }
          r = !/[89]/.test(x);
        }
        let h = this.input.charCodeAt(this.state.pos);
        h === 46 && !r && (++this.state.pos, this.readLiteralInt(10), i = true, h = this.input.charCodeAt(this.state.pos)), (h === 69 || h === 101) && !r && (h = this.input.charCodeAt(++this.state.pos), (h === 43 || h === 45) && ++this.state.pos, this.readLiteralInt(10) === null && this.raise(l.InvalidOrMissingExponent, s), i = true, h = this.input.charCodeAt(this.state.pos));
        let c = this.state.pos, u = h === 110;
        if (u && ((i || o) && this.raise(l.InvalidBigIntLiteral, s), ++this.state.pos), _(this.codePointAtPos(this.state.pos))) throw this.raise(l.NumberIdentifier, this.state.curPosition());
        if (!i && !u && !o && n <= Number.MAX_SAFE_INTEGER) {
          this.finishToken(134, n);
          return;
        }
        let f = R(0, this.input.slice(t, c), "_", "");
        if (u) {
          this.finishToken(135, f);
          return;
        }
        let m = r ? parseInt(f, 8) : parseFloat(f);
        this.finishToken(134, m);
      }
      readCodePoint(e) {
        let { code: t, pos: s } = ls(this.input, this.state.pos, this.state.lineStart, this.state.curLine, e, this.errorHandlers_readCodePoint);
        return this.state.pos = s, t;
      }
      readString(e) {
        let { str: t, pos: s, curLine: i, lineStart: r } = We(e === 34 ? "double" : "single", this.input, this.state.pos + 1, this.state.lineStart, this.state.curLine, this.errorHandlers_readStringContents_string);
        this.state.pos = s + 1, this.state.lineStart = r, this.state.curLine = i, this.finishToken(133, t);
      }
      readTemplateContinuation() {
        this.match(4) || this.unexpected(null, 4), this.state.pos--, this.readTemplateToken();
      }
      readTemplateToken() {
        let e = this.input[this.state.pos], { str: t, firstInvalidLoc: s, pos: i, curLine: r, lineStart: n } = We("template", this.input, this.state.pos + 1, this.state.lineStart, this.state.curLine, this.errorHandlers_readStringContents_template);
        this.state.pos = i + 1, this.state.lineStart = n, this.state.curLine = r, s && (this.state.firstInvalidTemplateEscapePos = new L(s.curLine, s.pos - s.lineStart, this.sourceToOffsetPos(s.pos))), this.input.codePointAt(i) === 96 ? this.finishToken(20, s ? null : e + t + "`") : (this.state.pos++, this.finishToken(21, s ? null : e + t + "${"));
      }
      recordStrictModeErrors(e, t) {
        if (this.isLookahead) return;
        let s = t.index;
        this.state.strict && !this.state.strictErrors.has(s) ? this.raise(e, t) : this.state.strictErrors.set(s, [e, t]);
      }
      readWord1(e) {
        this.state.containsEsc = false;
        let t = "", s = this.state.pos, i = this.state.pos;
        for (e !== void 0 && (this.state.pos += e <= 65535 ? 1 : 2); this.state.pos < this.length; ) {
          let r = this.codePointAtPos(this.state.pos);
          if (K(r)) this.state.pos += r <= 65535 ? 1 : 2;
          else if (r === 92) {
            this.state.containsEsc = true, t += this.input.slice(i, this.state.pos);
            let n = this.state.curPosition(), o = this.state.pos === s ? _ : K;
            if (this.input.charCodeAt(++this.state.pos) !== 117) {
              this.raise(l.MissingUnicodeEscape, this.state.curPosition()), i = this.state.pos - 1;
              continue;
            }
            ++this.state.pos;
            let h = this.readCodePoint(true);
            h !== null && (o(h) || this.raise(l.EscapedCharNotAnIdentifier, n), t += String.fromCodePoint(h)), i = this.state.pos;
          } else break;
        }
        return t + this.input.slice(i, this.state.pos);
      }
      readWord(e) {
        let t = this.readWord1(e), s = Ce.get(t);
        s !== void 0 ? this.finishToken(s, $(s)) : this.finishToken(131, t);
      }
      checkKeywordEscapes() {
        let { type: e } = this.state;
        Ot(e) && this.state.containsEsc && this.raise(l.InvalidEscapedReservedWord, this.state.startLoc, { reservedWord: $(e) });
      }
      raise(e, t, s = {}) {
        let i = t instanceof L ? t : typeof t == "number" ? this.getLoc(t) : this.optionFlags & 256 ? t.loc.start : this.getLoc(t.start), r = t instanceof L ? i.index : typeof t == "number" ? t : t.start, n = e(i, r, s);
        if (!(this.optionFlags & 4096)) throw n;
        return this.isLookahead || this.state.errors.push(n), n;
      }
      raiseOverwrite(e, t, s = {}) {
        let i = t instanceof L ? t : this.optionFlags & 256 ? t.loc.start : this.getLoc(t.start), r = t instanceof L ? i.index : t.start, n = this.state.errors;
        for (let o = n.length - 1; o >= 0; o--) {
          let h = n[o];
          if (h.pos === r) return n[o] = e(i, r, s);
          if (h.pos < r) break;
        }
        return this.raise(e, i, s);
      }
      updateContext(e) {
      }
      unexpected(e, t) {
        throw this.raise(l.UnexpectedToken, e ?? this.state.startLoc, { expected: t ? $(t) : null });
      }
      expectPlugin(e, t) {
        if (this.hasPlugin(e)) return true;
        throw this.raise(l.MissingPlugin, t ?? this.state.startLoc, { missingPlugin: [e] });
      }
      expectOnePlugin(e) {
        if (!e.some((t) => this.hasPlugin(t))) throw this.raise(l.MissingOneOfPlugins, this.state.startLoc, { missingPlugin: e });
      }
      errorBuilder(e) {
        return (t, s, i) => {
          this.raise(e, ut(t, s, i));
        };
      }
      errorHandlers_readInt = { invalidDigit: (e, t, s, i) => {
        this.raise(l.InvalidDigit, ut(e, t, s), { radix: i });
      }, numericSeparatorInEscapeSequence: this.errorBuilder(l.NumericSeparatorInEscapeSequence), unexpectedNumericSeparator: this.errorBuilder(l.UnexpectedNumericSeparator) };
      errorHandlers_readCodePoint = { ...this.errorHandlers_readInt, invalidEscapeSequence: this.errorBuilder(l.InvalidEscapeSequence), invalidCodePoint: this.errorBuilder(l.InvalidCodePoint) };
      errorHandlers_readStringContents_string = { ...this.errorHandlers_readCodePoint, strictNumericEscape: (e, t, s) => {
        this.recordStrictModeErrors(l.StrictNumericEscape, ut(e, t, s));
      }, unterminated: (e, t, s) => {
        throw this.raise(l.UnterminatedString, ut(e - 1, t, s));
      } };
      errorHandlers_readStringContents_template = { ...this.errorHandlers_readCodePoint, strictNumericEscape: this.errorBuilder(l.StrictNumericEscape), unterminated: (e, t, s) => {
        throw this.raise(l.UnterminatedTemplate, ut(e, t, s));
      } };
    };
    fe = class {
      privateNames = /* @__PURE__ */ new Set();
      loneAccessors = /* @__PURE__ */ new Map();
      undefinedPrivateNames = /* @__PURE__ */ new Map();
    };
    de = class {
      parser;
      stack = [];
      constructor(e) {
        this.parser = e;
      }
      current() {
        return this.stack[this.stack.length - 1];
      }
      enter() {
        this.stack.push(new fe());
      }
      exit() {
        let e = this.stack.pop(), t = this.current();
        for (let [s, i] of Array.from(e.undefinedPrivateNames)) t ? t.undefinedPrivateNames.has(s) || t.undefinedPrivateNames.set(s, i) : this.parser.raise(l.InvalidPrivateFieldResolution, i, { identifierName: s });
      }
      declarePrivateName(e, t, s) {
        let { privateNames: i, loneAccessors: r, undefinedPrivateNames: n } = this.current(), o = i.has(e);
        if (t & 3) {
          let h = o && r.get(e);
          if (h) {
            let c = h & 4, u = t & 4, f = h & 3, m = t & 3;
            o = f === m || c !== u, o || r.delete(e);
          } else o || r.set(e, t);
        }
        o && this.parser.raise(l.PrivateNameRedeclaration, s, { identifierName: e }), i.add(e), n.delete(e);
      }
      usePrivateName(e, t) {
        let s;
        for (s of this.stack) if (s.privateNames.has(e)) return;
        s ? s.undefinedPrivateNames.set(e, t) : this.parser.raise(l.InvalidPrivateFieldResolution, t, { identifierName: e });
      }
    };
    X = class {
      constructor(e = 0) {
        this.type = e;
      }
      canBeArrowParameterDeclaration() {
        return this.type === 2 || this.type === 1;
      }
      isCertainlyParameterDeclaration() {
        return this.type === 3;
      }
      isInitializer() {
        return this.type === 4;
      }
    };
    Lt = class extends X {
      declarationErrors = /* @__PURE__ */ new Map();
      constructor(e) {
        super(e);
      }
      recordDeclarationError(e, t) {
        this.declarationErrors.set(t, e);
      }
      clearDeclarationError(e) {
        this.declarationErrors.delete(e);
      }
      iterateErrors(e) {
        this.declarationErrors.forEach(e);
      }
    };
    me = class {
      parser;
      stack = [new X()];
      constructor(e) {
        this.parser = e;
      }
      enter(e) {
        this.stack.push(e);
      }
      exit() {
        this.stack.pop();
      }
      canBeInParameters() {
        let e = this.stack[this.stack.length - 1];
        return e.canBeArrowParameterDeclaration() || e.isCertainlyParameterDeclaration();
      }
      recordParameterInitializerError(e, t) {
        let { stack: s } = this, i = s.length - 1, r = s[i];
        for (; !r.isCertainlyParameterDeclaration(); ) {
          if (r.canBeArrowParameterDeclaration()) r.recordDeclarationError(e, t);
          else if (!r.isInitializer()) return;
          r = s[--i];
        }
        this.parser.raise(e, t);
      }
      recordArrowParameterBindingError(e, t) {
        let { stack: s } = this, i = s[s.length - 1], r = t.start;
        if (i.isCertainlyParameterDeclaration()) this.parser.raise(e, r);
        else if (i.canBeArrowParameterDeclaration()) i.recordDeclarationError(e, r);
        else return;
      }
      recordAsyncArrowParametersError(e) {
        let { stack: t } = this;
        for (let s = t.length - 1; ; s--) {
          let i = t[s];
          if (i.canBeArrowParameterDeclaration()) i.type === 2 && i.recordDeclarationError(l.AwaitBindingIdentifier, e);
          else if (!i.isInitializer()) return;
        }
      }
      validateAsPattern() {
        let { stack: e } = this, t = e[e.length - 1];
        t.canBeArrowParameterDeclaration() && t.iterateErrors((s, i) => {
          this.parser.raise(s, i);
          for (let r = e.length - 2; ; r--) {
            let n = e[r];
            if (n.canBeArrowParameterDeclaration()) n.clearDeclarationError(i);
            else if (!n.isInitializer()) break;
          }
        });
      }
    };
    ye = new X();
    ar = new X(3);
    nr = new X(4);
    xe = class {
      stacks = [];
      enter(e) {
        this.stacks.push(e);
      }
      exit() {
        this.stacks.pop();
      }
      currentFlags() {
        return this.stacks[this.stacks.length - 1];
      }
      get hasAwait() {
        return (this.currentFlags() & 2) > 0;
      }
      get hasYield() {
        return (this.currentFlags() & 1) > 0;
      }
      get hasReturn() {
        return (this.currentFlags() & 4) > 0;
      }
      get hasIn() {
        return (this.currentFlags() & 8) > 0;
      }
      get inFSharpPipelineDirectBody() {
        return (this.currentFlags() & 16) === 0;
      }
    };
    Pe = class extends ue {
      addExtra(e, t, s, i = true) {
        if (!e) return;
        let { extra: r } = e;
        r == null && (r = {}, e.extra = r), i ? r[t] = s : Object.defineProperty(r, t, { enumerable: i, value: s });
      }
      isContextual(e) {
        return this.state.type === e && !this.state.containsEsc;
      }
      isUnparsedContextual(e, t) {
        if (this.input.startsWith(t, e)) {
          let s = this.input.charCodeAt(e + t.length);
          return !(K(s) || s === 92 || (s & 64512) === 55296);
        }
        return false;
      }
      isLookaheadContextual(e) {
        let t = this.nextTokenStart();
        return this.isUnparsedContextual(t, e);
      }
      eatContextual(e) {
        return this.isContextual(e) ? (this.next(), true) : false;
      }
      expectContextual(e, t) {
        if (!this.eatContextual(e)) {
          if (t != null) throw this.raise(t, this.state.startLoc);
          this.unexpected(null, e);
        }
      }
      canInsertSemicolon() {
        return this.match(138) || this.match(4) || this.hasPrecedingLineBreak();
      }
      hasPrecedingLineBreak() {
        return re(this.input, this.offsetToSourcePos(this.state.lastTokEndLoc.index), this.state.start);
      }
      hasFollowingLineBreak() {
        return re(this.input, this.state.end, this.nextTokenStart());
      }
      isLineTerminator() {
        return this.eat(9) || this.canInsertSemicolon();
      }
      semicolon(e = true) {
        (e ? this.isLineTerminator() : this.eat(9)) || this.raise(l.MissingSemicolon, this.state.lastTokEndLoc);
      }
      expect(e, t) {
        this.eat(e) || this.unexpected(t, e);
      }
      snapshotScopeStacks() {
        return { scopeDepth: this.scope.scopeStack.length, prodParamDepth: this.prodParam.stacks.length, classScopeDepth: this.classScope.stack.length, expressionScopeDepth: this.expressionScope.stack.length };
      }
      restoreScopeStacks(e) {
        let { scope: t } = this;
        for (; t.scopeStack.length > e.scopeDepth; ) t.exit();
        this.prodParam.stacks.length = e.prodParamDepth, this.classScope.stack.length = e.classScopeDepth, this.expressionScope.stack.length = e.expressionScopeDepth;
      }
      tryParse(e, t = this.state.clone()) {
        let s = { node: null }, i = this.snapshotScopeStacks();
        try {
          let r = e((n = null) => {
            throw s.node = n, s;
          });
          if (this.state.errors.length > t.errors.length) {
            let n = this.state;
            return this.state = t, this.state.tokensLength = n.tokensLength, { node: r, error: n.errors[t.errors.length], thrown: false, aborted: false, failState: n };
          }
          return { node: r, error: null, thrown: false, aborted: false, failState: null };
        } catch (r) {
          let n = this.state;
          if (this.state = t, this.restoreScopeStacks(i), r instanceof SyntaxError) return { node: null, error: r, thrown: true, aborted: false, failState: n };
          if (r === s) return { node: s.node, error: null, thrown: false, aborted: true, failState: n };
          throw r;
        }
      }
      checkExpressionErrors(e, t) {
        if (!e) return false;
        let { shorthandAssignLoc: s, doubleProtoLoc: i, privateKeyLoc: r, optionalParametersLoc: n, voidPatternLoc: o } = e, h = !!s || !!i || !!n || !!r || !!o;
        if (!t) return h;
        s != null && this.raise(l.InvalidCoverInitializedName, s), i != null && this.raise(l.DuplicateProto, i), r != null && this.raise(l.UnexpectedPrivateField, r), n != null && this.unexpected(n), o != null && this.raise(l.InvalidCoverDiscardElement, o);
      }
      isLiteralPropertyName() {
        return es(this.state.type);
      }
      isPrivateName(e) {
        return e.type === "PrivateName";
      }
      getPrivateNameSV(e) {
        return e.id.name;
      }
      hasPropertyAsPrivateName(e) {
        return (e.type === "MemberExpression" || e.type === "OptionalMemberExpression") && this.isPrivateName(e.property);
      }
      isObjectProperty(e) {
        return e.type === "ObjectProperty";
      }
      isObjectMethod(e) {
        return e.type === "ObjectMethod";
      }
      initializeScopes(e = this.options.sourceType === "module") {
        let t = this.state.labels;
        this.state.labels = [];
        let s = this.exportedIdentifiers;
        this.exportedIdentifiers = /* @__PURE__ */ new Set();
        let i = this.inModule;
        this.inModule = e;
        let r = this.scope, n = this.getScopeHandler();
        this.scope = new n(this, e);
        let o = this.prodParam;
        this.prodParam = new xe();
        let h = this.classScope;
        this.classScope = new de(this);
        let c = this.expressionScope;
        return this.expressionScope = new me(this), () => {
          this.state.labels = t, this.exportedIdentifiers = s, this.inModule = i, this.scope = r, this.prodParam = o, this.classScope = h, this.expressionScope = c;
        };
      }
      enterInitialScopes() {
        let e = 0;
        (this.inModule || this.optionFlags & 1) && (e |= 2), this.optionFlags & 32 && (e |= 1);
        let t = !this.inModule && this.options.sourceType === "commonjs";
        (t || this.optionFlags & 2) && (e |= 4), this.prodParam.enter(e);
        let s = t ? 514 : 1;
        this.optionFlags & 4 && (s |= 512), this.optionFlags & 16 && (s |= 48), this.scope.enter(s);
      }
      checkDestructuringPrivate(e) {
        let { privateKeyLoc: t } = e;
        t !== null && this.expectPlugin("destructuringPrivate", t);
      }
    };
    W = class {
      shorthandAssignLoc = null;
      doubleProtoLoc = null;
      privateKeyLoc = null;
      optionalParametersLoc = null;
      voidPatternLoc = null;
    };
    J = class {
      constructor(e, t, s, i) {
        this.start = s, this.end = 0, i !== void 0 && (this.loc = new rt(i)), e & 128 && (this.range = [s, 0]), i !== void 0 && t && (this.loc.filename = t);
      }
      type = "";
    };
    Je = J.prototype;
    ge = class extends Pe {
      createPosition(e) {
        return e;
      }
      startNode() {
        return this.startNodeAt(this.state.startLoc);
      }
      startNodeAt(e) {
        this.setLoc(e);
        let { optionFlags: t, filename: s } = this;
        return t & 256 ? new J(t, s, e.index, this.createPosition(e)) : new J(t, s, e.index);
      }
      startNodeAtNode(e) {
        let { optionFlags: t, filename: s } = this;
        return t & 256 ? new J(t, s, e.start, e.loc.start) : new J(t, s, e.start);
      }
      finishNode(e, t) {
        return this.finishNodeAt(e, t, this.state.lastTokEndLoc);
      }
      finishNodeAt(e, t, s) {
        e.type = t, e.end = s.index;
        let { optionFlags: i } = this;
        return i & 256 && (e.loc.end = this.createPosition(s)), i & 128 && (e.range[1] = s.index), i & 8192 && this.processComment(e), e;
      }
      finishNodeAtNode(e, t, s) {
        e.type = t, e.end = s.end;
        let { optionFlags: i } = this;
        return i & 256 && (e.loc.end = s.loc.end), i & 128 && (e.range[1] = e.end), i & 8192 && this.processComment(e), e;
      }
      resetStartLocation(e, t) {
        e.start = t.index;
        let { optionFlags: s } = this;
        s & 256 && (e.loc.start = this.createPosition(t)), s & 128 && (e.range[0] = t.index);
      }
      resetEndLocation(e, t = this.state.lastTokEndLoc) {
        e.end = t.index;
        let { optionFlags: s } = this;
        s & 256 && (e.loc.end = this.createPosition(t)), s & 128 && (e.range[1] = t.index);
      }
      resetStartLocationFromNode(e, t) {
        e.start = t.start;
        let { optionFlags: s } = this;
        s & 256 && (e.loc.start = t.loc.start), s & 128 && (e.range[0] = t.start);
      }
      resetEndLocationFromNode(e, t) {
        e.end = t.end;
        let { optionFlags: s } = this;
        s & 256 && (e.loc.end = t.loc.end), s & 128 && (e.range[1] = t.end);
      }
      castNodeTo(e, t) {
        return e.type = t, e;
      }
      cloneIdentifier(e) {
        let { type: t, start: s, end: i, loc: r, range: n, name: o } = e, h = Object.create(Je);
        return h.type = t, h.start = s, h.end = i, h.loc = r, h.range = n, h.name = o, e.extra && (h.extra = e.extra), h;
      }
      cloneStringLiteral(e) {
        let { type: t, start: s, end: i, loc: r, range: n, extra: o } = e, h = Object.create(Je);
        return h.type = t, h.start = s, h.end = i, h.loc = r, h.range = n, h.extra = o, h.value = e.value, h;
      }
    };
    Dt = (a2) => a2.type === "ParenthesizedExpression" ? Dt(a2.expression) : a2;
    Te = class extends ge {
      raiseOnce(e, t) {
        let { errors: s } = this.state, i = s.length, r = this.raise(e, t);
        if (s.length !== i) {
          for (let n = i - 1; n >= 0; n--) if (s[n].pos === r.pos && s[n].reasonCode === r.reasonCode) {
            s.pop();
            return;
          }
        }
      }
      toAssignable(e, t = false) {
        let s;
        switch ((e.type === "ParenthesizedExpression" || e.extra?.parenthesized) && (s = Dt(e), t ? s.type === "Identifier" ? this.expressionScope.recordArrowParameterBindingError(l.InvalidParenthesizedAssignment, e) : s.type !== "CallExpression" && s.type !== "MemberExpression" && !this.isOptionalMemberExpression(s) && this.raiseOnce(l.InvalidParenthesizedAssignment, e) : this.raiseOnce(l.InvalidParenthesizedAssignment, e)), e.type) {
          case "Identifier":
          case "ObjectPattern":
          case "ArrayPattern":
          case "AssignmentPattern":
          case "RestElement":
          case "VoidPattern":
            break;
          case "ObjectExpression":
            this.castNodeTo(e, "ObjectPattern");
            for (let i = 0, r = e.properties.length, n = r - 1; i < r; i++) {
              let o = e.properties[i], h = i === n;
              this.toAssignableObjectExpressionProp(o, h, t), h && o.type === "RestElement" && e.extra?.trailingCommaLoc && this.raise(l.RestTrailingComma, e.extra.trailingCommaLoc);
            }
            break;
          case "ObjectProperty": {
            let { key: i, value: r } = e;
            this.isPrivateName(i) && this.classScope.usePrivateName(this.getPrivateNameSV(i), i.start), this.toAssignable(r, t);
            break;
          }
          case "SpreadElement":
            throw new Error("Internal @babel/parser error (this is a bug, please report it). SpreadElement should be converted by .toAssignable's caller.");
          case "ArrayExpression":
            this.castNodeTo(e, "ArrayPattern"), this.toAssignableList(e.elements, e.extra?.trailingCommaLoc, t);
            break;
          case "AssignmentExpression":
            e.operator !== "=" && this.raise(l.MissingEqInAssignment, this.optionFlags & 256 ? e.left.loc.end : e.left), this.castNodeTo(e, "AssignmentPattern"), delete e.operator, e.left.type === "VoidPattern" && this.raise(l.VoidPatternInitializer, e.left), this.toAssignable(e.left, t);
            break;
          case "ParenthesizedExpression":
            this.toAssignable(s, t);
            break;
        }
      }
      toAssignableObjectExpressionProp(e, t, s) {
        if (e.type === "ObjectMethod") this.raise(e.kind === "get" || e.kind === "set" ? l.PatternHasAccessor : l.PatternHasMethod, e.key);
        else if (e.type === "SpreadElement") {
          this.castNodeTo(e, "RestElement");
          let i = e.argument;
          this.checkToRestConversion(i, false), this.toAssignable(i, s), t || this.raise(l.RestTrailingComma, e);
        } else this.toAssignable(e, s);
      }
      toAssignableList(e, t, s) {
        let i = e.length - 1;
        for (let r = 0; r <= i; r++) {
          let n = e[r];
          n && (this.toAssignableListItem(e, r, s), n.type === "RestElement" && (r < i ? this.raise(l.RestTrailingComma, n) : t && this.raise(l.RestTrailingComma, t)));
        }
      }
      toAssignableListItem(e, t, s) {
        let i = e[t];
        if (i.type === "SpreadElement") {
          this.castNodeTo(i, "RestElement");
          let r = i.argument;
          this.checkToRestConversion(r, true), this.toAssignable(r, s);
        } else this.toAssignable(i, s);
      }
      isAssignable(e, t) {
        switch (e.type) {
          case "Identifier":
          case "ObjectPattern":
          case "ArrayPattern":
          case "AssignmentPattern":
          case "RestElement":
          case "VoidPattern":
            return true;
          case "ObjectExpression": {
            let s = e.properties.length - 1;
            return e.properties.every((i, r) => i.type !== "ObjectMethod" && (r === s || i.type !== "SpreadElement") && this.isAssignable(i));
          }
          case "ObjectProperty":
            return this.isAssignable(e.value);
          case "SpreadElement":
            return this.isAssignable(e.argument);
          case "ArrayExpression":
            return e.elements.every((s) => s === null || this.isAssignable(s));
          case "AssignmentExpression":
            return e.operator === "=";
          case "ParenthesizedExpression":
            return this.isAssignable(e.expression);
          case "MemberExpression":
          case "OptionalMemberExpression":
            return !t;
          default:
            return false;
        }
      }
      toReferencedList(e, t) {
        return e;
      }
      parseSpread(e) {
        let t = this.startNode();
        return this.next(), t.argument = this.parseMaybeAssignAllowIn(e), this.finishNode(t, "SpreadElement");
      }
      parseRestBinding() {
        let e = this.startNode();
        this.next();
        let t = this.parseBindingAtom();
        return t.type === "VoidPattern" && this.raise(l.UnexpectedVoidPattern, t), e.argument = t, this.finishNode(e, "RestElement");
      }
      parseBindingAtom() {
        switch (this.state.type) {
          case 0: {
            let e = this.startNode();
            return this.next(), e.elements = this.parseBindingList(1, 93, 1), this.finishNode(e, "ArrayPattern");
          }
          case 2:
            return this.parseObjectLike(4, true);
          case 84:
            return this.parseVoidPattern(null);
        }
        return this.parseIdentifier();
      }
      parseBindingList(e, t, s) {
        let i = s & 1, r = [], n = true;
        for (; !this.eat(e); ) if (n ? n = false : this.expect(8), i && this.match(8)) r.push(null);
        else {
          if (this.eat(e)) break;
          if (this.match(17)) {
            let o = this.parseRestBinding();
            if (s & 2 && (o = this.parseFunctionParamType(o)), r.push(o), !this.checkCommaAfterRest(t)) {
              this.expect(e);
              break;
            }
          } else {
            let o = [];
            if (s & 2) for (this.match(22) && this.hasPlugin("decorators") && this.raise(l.UnsupportedParameterDecorator, this.state.startLoc); this.match(22); ) o.push(this.parseDecorator());
            r.push(this.parseBindingElement(s, o));
          }
        }
        return r;
      }
      parseBindingRestProperty(e) {
        return this.next(), this.hasPlugin("discardBinding") && this.match(84) ? (e.argument = this.parseVoidPattern(null), this.raise(l.UnexpectedVoidPattern, e.argument)) : e.argument = this.parseIdentifier(), this.checkCommaAfterRest(125), this.finishNode(e, "RestElement");
      }
      parseBindingProperty() {
        let { type: e, startLoc: t } = this.state;
        if (e === 17) return this.parseBindingRestProperty(this.startNode());
        let s = this.startNode();
        return e === 137 ? (this.expectPlugin("destructuringPrivate", t), this.classScope.usePrivateName(this.state.value, t), s.key = this.parsePrivateName()) : this.parsePropertyName(s), s.method = false, this.parseObjPropValue(s, t, false, false, true, false);
      }
      parseBindingElement(e, t) {
        let { startLoc: s } = this.state, i = this.parseMaybeDefault();
        return e & 2 && this.parseFunctionParamType(i), t.length && (i.decorators = t, this.resetStartLocationFromNode(i, t[0])), this.parseMaybeDefault(s, i);
      }
      parseFunctionParamType(e) {
        return e;
      }
      parseMaybeDefault(e, t) {
        if (e ?? (e = this.state.startLoc), t = t ?? this.parseBindingAtom(), !this.eat(25)) return t;
        let s = this.startNodeAt(e);
        return t.type === "VoidPattern" && this.raise(l.VoidPatternInitializer, t), s.left = t, s.right = this.parseMaybeAssignAllowIn(), this.finishNode(s, "AssignmentPattern");
      }
      isValidLVal(e, t, s, i) {
        switch (e) {
          case "AssignmentPattern":
            return "left";
          case "RestElement":
            return "argument";
          case "ObjectProperty":
            return "value";
          case "ParenthesizedExpression":
            return "expression";
          case "ArrayPattern":
            return "elements";
          case "ObjectPattern":
            return "properties";
          case "VoidPattern":
            return true;
          case "CallExpression":
            if (!t && !this.state.strict && this.optionFlags & 16384) return true;
        }
        return false;
      }
      isOptionalMemberExpression(e) {
        return e.type === "OptionalMemberExpression";
      }
      checkLVal(e, t, s = 64, i = false, r = false, n = false, o = false) {
        let h = e.type;
        if (this.isObjectMethod(e)) return;
        let c = this.isOptionalMemberExpression(e);
        if (c || h === "MemberExpression") {
          c && (this.expectPlugin("optionalChainingAssign", e.start), t.type !== "AssignmentExpression" && this.raise(l.InvalidLhsOptionalChaining, e, { ancestor: t })), s !== 64 && this.raise(l.InvalidPropertyBindingPattern, e);
          return;
        }
        if (h === "Identifier") {
          this.checkIdentifier(e, s, r);
          let { name: v } = e;
          i && (i.has(v) ? this.raise(l.ParamDupe, e) : i.add(v));
          return;
        } else h === "VoidPattern" && t.type === "CatchClause" && this.raise(l.VoidPatternCatchClauseParam, e);
        let u = Dt(e);
        o || (o = s !== 64 || u.type === "CallExpression" && (u.callee.type === "Import" || u.callee.type === "Super"));
        let f = this.isValidLVal(h, o, !(n || e.extra?.parenthesized) && t.type === "AssignmentExpression", s);
        if (f === true) return;
        if (f === false) {
          let v = s === 64 ? l.InvalidLhs : l.InvalidLhsBinding;
          this.raise(v, e, { ancestor: t });
          return;
        }
        let m, x;
        typeof f == "string" ? (m = f, x = h === "ParenthesizedExpression") : [m, x] = f;
        let A = h === "ArrayPattern" || h === "ObjectPattern" ? { type: h } : t, D = e[m];
        if (Array.isArray(D)) for (let v of D) v && this.checkLVal(v, A, s, i, r, x, true);
        else D && this.checkLVal(D, A, s, i, r, x, o);
      }
      checkIdentifier(e, t, s = false) {
        this.checkStrictBindReservedWord(e, t, s), t & 8192 && e.name === "let" && this.raise(l.LetInLexicalBinding, e), t & 64 || this.declareNameFromIdentifier(e, t);
      }
      checkStrictBindReservedWord(e, t, s = false) {
        this.state.strict && (s ? ns(e.name, this.inModule) : as(e.name)) && (t === 64 ? this.raise(l.StrictEvalArguments, e, { referenceName: e.name }) : this.raise(l.StrictEvalArgumentsBinding, e, { bindingName: e.name }));
      }
      declareNameFromIdentifier(e, t) {
        this.scope.declareName(e.name, t, e.start);
      }
      checkToRestConversion(e, t) {
        switch (e.type) {
          case "ParenthesizedExpression":
            this.checkToRestConversion(e.expression, t);
            break;
          case "Identifier":
          case "MemberExpression":
            break;
          case "ArrayExpression":
          case "ObjectExpression":
            if (t) break;
          default:
            this.raise(l.InvalidRestAssignmentPattern, e);
        }
      }
      checkCommaAfterRest(e) {
        return this.match(8) ? (this.raise(this.lookaheadCharCode() === e ? l.RestTrailingComma : l.ElementAfterRest, this.state.startLoc), true) : false;
      }
    };
    Ae = class extends Te {
      checkProto(e, t, s) {
        if (e.type === "SpreadElement" || this.isObjectMethod(e) || e.computed || e.shorthand) return t;
        let i = e.key;
        return (i.type === "Identifier" ? i.name : i.value) === "__proto__" ? (t && (s ? s.doubleProtoLoc === null && (s.doubleProtoLoc = this.getLoc(i.start)) : this.raise(l.DuplicateProto, i)), true) : t;
      }
      shouldExitDescending(e) {
        return e.type === "ArrowFunctionExpression" && !e.extra?.parenthesized;
      }
      getExpression() {
        if (this.enterInitialScopes(), this.nextToken(), this.match(138)) throw this.raise(l.ParseExpressionEmptyInput, this.state.startLoc);
        let e = this.parseExpression();
        if (!this.match(138)) throw this.raise(l.ParseExpressionExpectsEOF, this.state.startLoc, { unexpected: this.input.codePointAt(this.state.start) });
        return this.finalizeRemainingComments(), e.comments = this.comments, e.errors = this.state.errors, this.optionFlags & 512 && (e.tokens = ps(this.tokens)), e;
      }
      parseExpression(e, t) {
        return e ? this.disallowInAnd(() => this.parseExpressionBase(t)) : this.allowInAnd(() => this.parseExpressionBase(t));
      }
      parseExpressionBase(e) {
        let t = this.state.startLoc, s = this.parseMaybeAssign(e);
        if (this.match(8)) {
          let i = this.startNodeAt(t);
          for (i.expressions = [s]; this.eat(8); ) i.expressions.push(this.parseMaybeAssign(e));
          return this.toReferencedList(i.expressions), this.finishNode(i, "SequenceExpression");
        }
        return s;
      }
      parseMaybeAssignDisallowIn(e) {
        return this.disallowInAnd(() => this.parseMaybeAssign(e));
      }
      parseMaybeAssignAllowIn(e, t) {
        return this.allowInAnd(() => this.parseMaybeAssign(e, t));
      }
      setOptionalParametersError(e) {
        e.optionalParametersLoc = this.state.startLoc;
      }
      parseMaybeAssign(e, t) {
        let s = this.state.startLoc, i = this.isContextual(107);
        if (i && this.prodParam.hasYield) {
          this.next();
          let h = this.parseYield(s);
          return t && (h = this.parseParenItem(h, s)), h;
        }
        let r, n = false;
        e ? r = false : (e = new W(), r = true, this.expressionScope.canBeInParameters() && (this.expressionScope.enter(nr), n = true)), this.state.canStartArrow = true;
        let o = this.parseMaybeConditional(e);
        if (t && (o = this.parseParenItem(o, s)), Ii(this.state.type) && !(this.match(27) && this.state.lastTokEndLoc.index === this.state.regExpAllowedAt)) {
          let h = this.startNodeAt(s), c = this.state.value;
          if (h.operator = c, this.match(25)) {
            this.toAssignable(o, true), h.left = o;
            let u = s.index;
            e.doubleProtoLoc != null && e.doubleProtoLoc.index >= u && (e.doubleProtoLoc = null), e.shorthandAssignLoc != null && e.shorthandAssignLoc.index >= u && (e.shorthandAssignLoc = null), e.privateKeyLoc != null && e.privateKeyLoc.index >= u && (this.checkDestructuringPrivate(e), e.privateKeyLoc = null), e.voidPatternLoc != null && e.voidPatternLoc.index >= u && (e.voidPatternLoc = null);
          } else h.left = o;
          return this.next(), h.right = this.parseMaybeAssign(), n && this.expressionScope.exit(), this.checkLVal(o, this.finishNode(h, "AssignmentExpression"), void 0, void 0, void 0, void 0, c === "||=" || c === "&&=" || c === "??="), h;
        } else r && (this.checkExpressionErrors(e, true), n && this.expressionScope.exit());
        if (i) {
          let { type: h } = this.state;
          if ((this.hasPlugin("v8intrinsic") ? ft(h) : ft(h) && !this.match(50)) && !this.isAmbiguousPrefixOrIdentifier()) return this.raiseOverwrite(l.YieldNotInGeneratorFunction, s), this.parseYield(s);
        }
        return o;
      }
      parseMaybeConditional(e) {
        let t = this.state.startLoc, s = this.parseExprOps(e);
        return this.shouldExitDescending(s) ? s : this.parseConditional(s, t, e);
      }
      parseConditional(e, t, s) {
        if (this.eat(13)) {
          let i = this.startNodeAt(t);
          return i.test = e, i.consequent = this.parseMaybeAssignAllowIn(), this.expect(10), i.alternate = this.parseMaybeAssign(), this.finishNode(i, "ConditionalExpression");
        }
        return e;
      }
      parseMaybeUnaryOrPrivate(e) {
        return this.match(137) ? this.parsePrivateName() : this.parseMaybeUnary(e);
      }
      parseExprOps(e) {
        let t = this.state.startLoc, s = this.parseMaybeUnaryOrPrivate(e);
        return this.shouldExitDescending(s) ? s : (this.state.canStartArrow = false, this.parseExprOp(s, t, -1));
      }
      isEscapedKeywordOperatorAfterLineBreak() {
        return Ot(this.state.type) && this.state.containsEsc && this.hasPrecedingLineBreak();
      }
      isBinaryOperator(e) {
        return wi(e) && (this.prodParam.hasIn || e !== 54) && !this.isEscapedKeywordOperatorAfterLineBreak();
      }
      parseExprOp(e, t, s) {
        let i = this.state.type, r = this.isBinaryOperator(i);
        if (this.isPrivateName(e)) {
          let n = this.getPrivateNameSV(e);
          (s >= Nt(54) || i !== 54 || !r) && this.raise(l.PrivateInExpectedIn, t, { identifierName: n }), this.classScope.usePrivateName(n, t);
        }
        if (r) {
          let n = Nt(i);
          if (n > s) {
            if (i === 35 && (this.expectPlugin("pipelineOperator"), this.prodParam.inFSharpPipelineDirectBody)) return e;
            let o = this.startNodeAt(t);
            o.left = e, o.operator = this.state.value;
            let h = i === 37 || i === 38, c = i === 36;
            c && (n = Nt(38)), this.next(), o.right = this.parseExprOpRightExpr(i, n);
            let u = this.finishNode(o, h || c ? "LogicalExpression" : "BinaryExpression"), f = this.state.type;
            if (c && (f === 37 || f === 38) || h && f === 36) throw this.raise(l.MixingCoalesceWithLogical, this.state.startLoc);
            return this.parseExprOp(u, t, s);
          }
        }
        return e;
      }
      parseExprOpRightExpr(e, t) {
        switch (e) {
          case 35:
            switch (this.getPluginOption("pipelineOperator", "proposal")) {
              case "hack":
                return this.withTopicBindingContext(() => this.parseHackPipeBody());
              case "fsharp":
                return this.parseFSharpPipelineBody(t);
            }
          default:
            return this.parseExprOpBaseRightExpr(e, t);
        }
      }
      parseExprOpBaseRightExpr(e, t) {
        let s = this.state.startLoc;
        return this.parseExprOp(this.parseMaybeUnaryOrPrivate(), s, Di(e) ? t - 1 : t);
      }
      parseHackPipeBody() {
        let { startLoc: e } = this.state, t = this.parseMaybeAssign();
        return di.has(t.type) && !t.extra?.parenthesized && this.raise(l.PipeUnparenthesizedBody, e, { type: t.type }), this.topicReferenceWasUsedInCurrentContext() || this.raise(l.PipeTopicUnused, e), t;
      }
      checkExponentialAfterUnary(e) {
        this.match(53) && this.raise(l.UnexpectedTokenUnaryExponentiation, e.argument);
      }
      parseMaybeUnary(e, t) {
        let s = this.state.startLoc, i = this.isContextual(93);
        if (i && this.recordAwaitIfAllowed()) {
          this.next();
          let h = this.parseAwait(s);
          return t || this.checkExponentialAfterUnary(h), h;
        }
        let r = this.match(30), n = this.startNode();
        if (ki(this.state.type)) {
          n.operator = this.state.value, n.prefix = true, this.state.canStartArrow = false, this.match(68) && this.expectPlugin("throwExpressions");
          let h = this.match(85);
          if (this.next(), n.argument = this.parseMaybeUnary(null, true), this.checkExpressionErrors(e, true), this.state.strict && h) {
            let c = Dt(n.argument);
            c.type === "Identifier" ? this.raise(l.StrictDelete, n) : this.hasPropertyAsPrivateName(c) && this.raise(l.DeletePrivateField, n);
          }
          if (!r) return t || this.checkExponentialAfterUnary(n), this.finishNode(n, "UnaryExpression");
        }
        let o = this.parseUpdate(n, r, e);
        if (i) {
          let { type: h } = this.state;
          if ((this.hasPlugin("v8intrinsic") ? ft(h) : ft(h) && !this.match(50)) && !this.isAmbiguousPrefixOrIdentifier()) return this.raiseOverwrite(l.AwaitNotInAsyncContext, s), this.parseAwait(s);
        }
        return o;
      }
      parseUpdate(e, t, s) {
        if (t) {
          let n = this.finishNode(e, "UpdateExpression");
          return this.checkLVal(n.argument, n), n;
        }
        let i = this.state.startLoc, r = this.parseExprSubscripts(s);
        if (this.checkExpressionErrors(s, false)) return r;
        for (; Ni(this.state.type) && !this.canInsertSemicolon(); ) {
          let n = this.startNodeAt(i);
          n.operator = this.state.value, n.prefix = false, n.argument = r, this.next(), this.checkLVal(r, r = this.finishNode(n, "UpdateExpression"));
        }
        return r;
      }
      parseExprSubscripts(e) {
        let t = this.state.startLoc;
        if (e != null && (this.match(2) || this.match(0))) {
          let i = new W(), r = this.parseExprAtom(i), n = this.parseSubscripts(r, t);
          return n !== r ? this.checkExpressionErrors(i, true) : (e.shorthandAssignLoc ?? (e.shorthandAssignLoc = i.shorthandAssignLoc), e.doubleProtoLoc ?? (e.doubleProtoLoc = i.doubleProtoLoc), e.privateKeyLoc ?? (e.privateKeyLoc = i.privateKeyLoc), e.optionalParametersLoc ?? (e.optionalParametersLoc = i.optionalParametersLoc), e.voidPatternLoc ?? (e.voidPatternLoc = i.voidPatternLoc)), n;
        }
        let s = this.parseExprAtom(e);
        return this.shouldExitDescending(s) ? s : this.parseSubscripts(s, t);
      }
      parseSubscripts(e, t, s) {
        let i = { optionalChainMember: false, maybeAsyncArrow: this.atPossibleAsyncArrow(e), stop: false };
        do
          e = this.parseSubscript(e, t, s, i), i.maybeAsyncArrow = false;
        while (!i.stop);
        return e;
      }
      parseSubscript(e, t, s, i) {
        let { type: r } = this.state;
        if (!s && r === 11) return this.parseBind(e, t, i);
        if (te(r)) return this.parseTaggedTemplateExpression(e, t, i);
        let n = false;
        if (r === 14) {
          if (s && (this.raise(l.OptionalChainingNoNew, this.state.startLoc), this.lookaheadCharCode() === 40)) return this.stopParseSubscript(e, i);
          i.optionalChainMember = n = true, this.next();
        }
        if (!s && this.match(6)) return this.parseCoverCallAndAsyncArrowHead(e, t, i, n);
        {
          let o = this.eat(0);
          return o || n || this.eat(12) ? this.parseMember(e, t, i, o, n) : this.stopParseSubscript(e, i);
        }
      }
      stopParseSubscript(e, t) {
        return t.stop = true, e;
      }
      parseMember(e, t, s, i, r) {
        let n = this.startNodeAt(t);
        return n.object = e, n.computed = i, i ? (n.property = this.parseExpression(), this.expect(1)) : this.match(137) ? (e.type === "Super" && this.raise(l.SuperPrivateField, t), this.classScope.usePrivateName(this.state.value, this.state.startLoc), n.property = this.parsePrivateName()) : n.property = this.parseIdentifier(true), s.optionalChainMember ? (n.optional = r, this.finishNode(n, "OptionalMemberExpression")) : this.finishNode(n, "MemberExpression");
      }
      parseBind(e, t, s) {
        let i = this.startNodeAt(t);
        i.object = e, this.next();
        let r = this.parseNoCallExpr((n) => {
          throw this.raise(l.UnsupportedBindRHS, n);
        });
        if (r.type === "Super" || r.type === "Import") throw this.raise(l.UnsupportedBindRHS, r);
        return i.callee = r, s.stop = true, this.parseSubscripts(this.finishNode(i, "BindExpression"), t, false);
      }
      parseCoverCallAndAsyncArrowHead(e, t, s, i) {
        let r = null;
        this.next();
        let n = this.startNodeAt(t);
        n.callee = e;
        let { maybeAsyncArrow: o, optionalChainMember: h } = s;
        o && (this.expressionScope.enter(rr()), r = new W()), h && (n.optional = i), i ? n.arguments = this.parseCallExpressionArguments() : n.arguments = this.parseCallExpressionArguments(e.type !== "Super", n, r);
        let c = this.finishCallExpression(n, h);
        return o && this.shouldParseAsyncArrow() && !i ? (s.stop = true, this.checkDestructuringPrivate(r), this.expressionScope.validateAsPattern(), this.expressionScope.exit(), c = this.parseAsyncArrowFromCallExpression(this.startNodeAt(t), c)) : (o && (this.checkExpressionErrors(r, true), this.expressionScope.exit()), this.toReferencedList(n.arguments)), c;
      }
      parseTaggedTemplateExpression(e, t, s) {
        let i = this.startNodeAt(t);
        return i.tag = e, i.quasi = this.parseTemplate(true), s.optionalChainMember && this.raise(l.OptionalChainingNoTemplate, t), this.finishNode(i, "TaggedTemplateExpression");
      }
      atPossibleAsyncArrow(e) {
        return e.type === "Identifier" && e.name === "async" && this.state.lastTokEndLoc.index === e.end && !this.canInsertSemicolon() && e.end - e.start === 5 && this.state.canStartArrow;
      }
      finishCallExpression(e, t) {
        if (e.callee.type === "Import") if (e.arguments.length === 0 || e.arguments.length > 2) this.raise(l.ImportCallArity, e);
        else for (let s of e.arguments) s.type === "SpreadElement" && this.raise(l.ImportCallSpreadArgument, s);
        return this.finishNode(e, t ? "OptionalCallExpression" : "CallExpression");
      }
      parseCallExpressionArguments(e, t, s) {
        let i = [], r = true;
        for (; !this.eat(7); ) {
          if (r) r = false;
          else if (this.expect(8), this.match(7)) {
            t && this.addTrailingCommaExtraToNode(t), this.next();
            break;
          }
          i.push(this.parseExprListItem(7, false, s, e));
        }
        return i;
      }
      shouldParseAsyncArrow() {
        return this.match(15) && !this.canInsertSemicolon();
      }
      parseAsyncArrowFromCallExpression(e, t) {
        return this.resetPreviousNodeTrailingComments(t), this.expect(15), this.parseArrowExpression(e, t.arguments, true, t.extra?.trailingCommaLoc), t.innerComments && Pt(e, t.innerComments), t.callee.trailingComments && Pt(e, t.callee.trailingComments), e;
      }
      parseNoCallExpr(e) {
        let t = this.state.startLoc, s = this.match(79);
        this.state.canStartArrow = false;
        let i = this.parseExprAtom();
        return s && i.type === "ImportExpression" && e(i), this.parseSubscripts(i, t, true);
      }
      parseExprAtom(e) {
        let t, s = null, { type: i } = this.state;
        switch (i) {
          case 75:
            return this.parseSuper();
          case 79:
            return t = this.startNode(), this.next(), this.match(12) ? this.parseImportMetaPropertyOrPhaseCallOrSyncCall(t) : this.match(6) ? this.optionFlags & 1024 ? this.parseImportCall(t) : this.finishNode(t, "Import") : (this.raise(l.UnsupportedImport, this.state.lastTokStartLoc), this.finishNode(t, "Import"));
          case 74:
            return t = this.startNode(), this.next(), this.finishNode(t, "ThisExpression");
          case 86:
            return this.parseDo(this.startNode(), false);
          case 52:
          case 27:
            return this.readRegexp(), this.parseRegExpLiteral(this.state.value);
          case 134:
            return this.parseNumericLiteral(this.state.value);
          case 135:
            return this.parseBigIntLiteral(this.state.value);
          case 133:
            return this.parseStringLiteral(this.state.value);
          case 80:
            return this.parseNullLiteral();
          case 81:
            return this.parseBooleanLiteral(true);
          case 82:
            return this.parseBooleanLiteral(false);
          case 6:
            return this.parseParenAndDistinguishExpression(this.state.canStartArrow);
          case 0:
            return this.parseArrayLike(1, e);
          case 2:
            return this.parseObjectLike(4, false, e);
          case 64:
            return this.parseFunctionOrFunctionSent();
          case 22:
            s = this.parseDecorators();
          case 76:
            return this.parseClass(this.maybeTakeDecorators(s, this.startNode()), false);
          case 73:
            return this.parseNewOrNewTarget();
          case 21:
          case 20:
            return this.parseTemplate(false);
          case 11: {
            t = this.startNode(), this.next(), t.object = null;
            let r = t.callee = this.parseNoCallExpr((n) => {
              throw this.raise(l.UnsupportedBind, n);
            });
            if (r.type === "MemberExpression") return this.finishNode(t, "BindExpression");
            throw this.raise(l.UnsupportedBind, r);
          }
          case 137:
            return this.raise(l.PrivateInExpectedIn, this.state.startLoc, { identifierName: this.state.value }), this.parsePrivateName();
          case 29:
            return this.parseTopicReferenceThenEqualsSign(50, "%");
          case 28:
            return this.parseTopicReferenceThenEqualsSign(40, "^");
          case 33:
          case 34:
            return this.parseTopicReference("hack");
          case 40:
          case 50:
          case 23: {
            let r = this.getPluginOption("pipelineOperator", "proposal");
            if (r) return this.parseTopicReference(r);
            throw this.unexpected();
          }
          case 43: {
            let r = this.input.codePointAt(this.nextTokenStart());
            throw (_(r) || r === 62) && this.expectOnePlugin(["jsx", "flow", "typescript"]), this.unexpected();
          }
          default:
            if (C(i)) {
              if (this.isContextual(126) && this.lookaheadInLineCharCode() === 123) return this.parseModuleExpression();
              let { canStartArrow: r, containsEsc: n } = this.state, o = this.parseIdentifier();
              if (!n && o.name === "async" && !this.canInsertSemicolon()) {
                let { type: h } = this.state;
                if (h === 64) return this.resetPreviousNodeTrailingComments(o), this.next(), this.parseAsyncFunctionExpression(this.startNodeAtNode(o));
                if (C(h)) return r && this.lookaheadCharCode() === 61 ? this.parseAsyncArrowUnaryFunction(this.startNodeAtNode(o)) : o;
                if (h === 86) return this.resetPreviousNodeTrailingComments(o), this.parseDo(this.startNodeAtNode(o), true);
              }
              return r && this.match(15) && !this.canInsertSemicolon() ? (this.next(), this.parseArrowExpression(this.startNodeAtNode(o), [o], false)) : o;
            } else throw this.unexpected();
        }
      }
      parseTopicReferenceThenEqualsSign(e, t) {
        let s = this.getPluginOption("pipelineOperator", "proposal");
        if (s) return this.state.type = e, this.state.value = t, this.state.pos--, this.state.end--, this.state.endLoc = F(this.state.endLoc, -1), this.parseTopicReference(s);
        throw this.unexpected();
      }
      parseTopicReference(e) {
        let t = this.startNode(), s = this.state.startLoc, i = this.state.type;
        return this.next(), this.finishTopicReference(t, s, e, i);
      }
      finishTopicReference(e, t, s, i) {
        if (this.testTopicReferenceConfiguration(s, t, i)) return this.topicReferenceIsAllowedInCurrentContext() || this.raise(l.PipeTopicUnbound, t), this.registerTopicReference(), this.finishNode(e, "TopicReference");
        throw this.raise(l.PipeTopicUnconfiguredToken, t, { token: $(i) });
      }
      testTopicReferenceConfiguration(e, t, s) {
        if (e === "hack") return this.hasPlugin(["pipelineOperator", { topicToken: $(s) }]);
        throw this.raise(l.PipeTopicRequiresHackPipes, t);
      }
      parseAsyncArrowUnaryFunction(e) {
        this.prodParam.enter(kt(true, this.prodParam.hasYield));
        let t = [this.parseIdentifier()];
        return this.prodParam.exit(), this.hasPrecedingLineBreak() && this.raise(l.LineTerminatorBeforeArrow, this.state.curPosition()), this.expect(15), this.parseArrowExpression(e, t, true);
      }
      parseDo(e, t) {
        this.expectPlugin("doExpressions"), t && this.expectPlugin("asyncDoExpressions"), e.async = t, this.next();
        let s = this.state.labels;
        return this.state.labels = [], t ? (this.prodParam.enter(2), e.body = this.parseBlock(), this.prodParam.exit()) : e.body = this.parseBlock(), this.state.labels = s, this.finishNode(e, "DoExpression");
      }
      parseSuper() {
        let e = this.startNode();
        return this.next(), this.match(6) && !this.scope.allowDirectSuper ? this.raise(l.SuperNotAllowed, e) : this.scope.allowSuper || this.raise(l.UnexpectedSuper, e), !this.match(6) && !this.match(0) && !this.match(12) && this.raise(l.UnsupportedSuper, e), this.finishNode(e, "Super");
      }
      parsePrivateName() {
        let e = this.startNode(), t = this.startNodeAt(F(this.state.startLoc, 1)), s = this.state.value;
        return this.next(), e.id = this.createIdentifier(t, s), this.finishNode(e, "PrivateName");
      }
      parseFunctionOrFunctionSent() {
        let e = this.startNode();
        if (this.next(), this.prodParam.hasYield && this.match(12)) {
          let t = this.createIdentifier(this.startNodeAtNode(e), "function");
          return this.next(), this.match(100) ? this.expectPlugin("functionSent") : this.hasPlugin("functionSent") || this.unexpected(), this.parseMetaProperty(e, t, "sent");
        }
        return this.parseFunction(e);
      }
      parseMetaProperty(e, t, s) {
        e.meta = t;
        let i = this.state.containsEsc;
        return e.property = this.parseIdentifier(true), (e.property.name !== s || i) && this.raise(l.UnsupportedMetaProperty, e.property, { target: t.name, onlyValidPropertyName: s }), this.finishNode(e, "MetaProperty");
      }
      parseImportMetaPropertyOrPhaseCallOrSyncCall(e) {
        if (this.next(), this.isContextual(102) || this.isContextual(94)) {
          let t = this.isContextual(102);
          return this.expectPlugin(t ? "sourcePhaseImports" : "deferredImportEvaluation"), this.next(), e.phase = t ? "source" : "defer", this.parseImportCall(e);
        } else {
          if (this.isContextual(105)) return this.expectPlugin("importSync"), this.next(), e.sync = true, this.parseImportCall(e);
          {
            let t = this.createIdentifierAt(this.startNodeAtNode(e), "import", this.state.lastTokStartLoc);
            return this.isContextual(98) && (this.inModule || this.raise(l.ImportMetaOutsideModule, t), this.sawUnambiguousESM = true), this.parseMetaProperty(e, t, "meta");
          }
        }
      }
      parseLiteralAtNode(e, t, s) {
        return this.addExtra(s, "rawValue", e), this.addExtra(s, "raw", this.input.slice(this.offsetToSourcePos(s.start), this.state.end)), s.value = e, this.next(), this.finishNode(s, t);
      }
      parseLiteral(e, t) {
        let s = this.startNode();
        return this.parseLiteralAtNode(e, t, s);
      }
      parseStringLiteral(e) {
        return this.parseLiteral(e, "StringLiteral");
      }
      parseNumericLiteral(e) {
        return this.parseLiteral(e, "NumericLiteral");
      }
      parseBigIntLiteral(e) {
        let t;
        try {
          t = BigInt(e);
        } catch {
          t = null;
        }
        return this.parseLiteral(t, "BigIntLiteral");
      }
      parseRegExpLiteral(e) {
        let t = this.startNode();
        return this.addExtra(t, "raw", this.input.slice(this.offsetToSourcePos(t.start), this.state.end)), t.pattern = e.pattern, t.flags = e.flags, this.next(), this.finishNode(t, "RegExpLiteral");
      }
      parseBooleanLiteral(e) {
        let t = this.startNode();
        return t.value = e, this.next(), this.finishNode(t, "BooleanLiteral");
      }
      parseNullLiteral() {
        let e = this.startNode();
        return this.next(), this.finishNode(e, "NullLiteral");
      }
      parseParenAndDistinguishExpression(e) {
        let t = this.state.startLoc, s;
        this.next(), this.expressionScope.enter(ir());
        let i = this.state.startLoc, r = [], n = new W(), o = true, h, c;
        for (; !this.match(7); ) {
          if (o) o = false;
          else if (this.expect(8, n.optionalParametersLoc === null ? null : n.optionalParametersLoc), this.match(7)) {
            c = this.state.startLoc;
            break;
          }
          if (this.match(17)) {
            let m = this.state.startLoc;
            if (h = this.state.startLoc, r.push(this.parseParenItem(this.parseRestBinding(), m)), !this.checkCommaAfterRest(41)) break;
          } else r.push(this.parseMaybeAssignAllowInOrVoidPattern(7, n, true));
        }
        let u = this.state.lastTokEndLoc;
        this.expect(7);
        let f = this.startNodeAt(t);
        return e && this.shouldParseArrow(r) && (f = this.parseArrow(f)) ? (this.checkDestructuringPrivate(n), this.expressionScope.validateAsPattern(), this.expressionScope.exit(), this.parseArrowExpression(f, r, false), f) : (this.expressionScope.exit(), r.length || this.unexpected(this.state.lastTokStartLoc), c && this.unexpected(c), h && this.unexpected(h), this.checkExpressionErrors(n, true), this.toReferencedList(r, true), r.length > 1 ? (s = this.startNodeAt(i), s.expressions = r, this.finishNode(s, "SequenceExpression"), this.resetEndLocation(s, u)) : s = r[0], this.wrapParenthesis(t, s));
      }
      wrapParenthesis(e, t) {
        if (!(this.optionFlags & 2048)) return this.addExtra(t, "parenthesized", true), this.addExtra(t, "parenStart", e.index), this.takeSurroundingComments(t, e.index, this.state.lastTokEndLoc.index), t;
        let s = this.startNodeAt(e);
        return s.expression = t, this.finishNode(s, "ParenthesizedExpression");
      }
      shouldParseArrow(e) {
        return !this.canInsertSemicolon();
      }
      parseArrow(e) {
        if (this.eat(15)) return e;
      }
      parseParenItem(e, t) {
        return e;
      }
      parseNewOrNewTarget() {
        let e = this.startNode();
        if (this.next(), this.match(12)) {
          let t = this.createIdentifier(this.startNodeAtNode(e), "new");
          this.next();
          let s = this.parseMetaProperty(e, t, "target");
          return this.scope.allowNewTarget || this.raise(l.UnexpectedNewTarget, s), s;
        }
        return this.parseNew(e);
      }
      parseNew(e) {
        if (this.parseNewCallee(e), this.eat(6)) {
          let t = this.parseExprList(7);
          this.toReferencedList(t), e.arguments = t;
        } else e.arguments = [];
        return this.finishNode(e, "NewExpression");
      }
      parseNewCallee(e) {
        let t = this.parseNoCallExpr((s) => {
          this.raise(l.ImportCallNotNewExpression, s, s);
        });
        e.callee = t, t.type === "Import" && this.raise(l.ImportCallNotNewExpression, t), t.type === "Super" && this.raise(l.SuperCallNotNewExpression, t);
      }
      parseTemplateElement(e) {
        let { start: t, startLoc: s, end: i, value: r } = this.state, n = t + 1, o = this.startNodeAt(F(s, 1));
        r === null && (e || this.raise(l.InvalidEscapeSequenceTemplate, F(this.state.firstInvalidTemplateEscapePos, 1)));
        let h = this.match(20), c = h ? -1 : -2, u = i + c;
        o.value = { raw: this.input.slice(n, u).replace(/\r\n?/g, `
`), cooked: r === null ? null : r.slice(1, c) }, o.tail = h, this.next();
        let f = this.finishNode(o, "TemplateElement");
        return this.resetEndLocation(f, F(this.state.lastTokEndLoc, c)), f;
      }
      parseTemplate(e) {
        let t = this.startNode(), s = this.parseTemplateElement(e), i = [s], r = [];
        for (; !s.tail; ) r.push(this.parseTemplateSubstitution()), this.readTemplateContinuation(), i.push(s = this.parseTemplateElement(e));
        return t.expressions = r, t.quasis = i, this.finishNode(t, "TemplateLiteral");
      }
      parseTemplateSubstitution() {
        return this.parseExpression();
      }
      parseObjectLike(e, t, s) {
        let i = false, r = true, n = this.startNode();
        for (n.properties = [], this.next(); !this.match(e); ) {
          if (r) r = false;
          else if (this.expect(8), this.match(e)) {
            this.addTrailingCommaExtraToNode(n);
            break;
          }
          let h;
          t ? h = this.parseBindingProperty() : (h = this.parsePropertyDefinition(s), i = this.checkProto(h, i, s)), n.properties.push(h);
        }
        this.next();
        let o = t ? "ObjectPattern" : "ObjectExpression";
        return this.finishNode(n, o);
      }
      addTrailingCommaExtraToNode(e) {
        this.addExtra(e, "trailingComma", this.state.lastTokStartLoc.index), this.addExtra(e, "trailingCommaLoc", this.state.lastTokStartLoc, false);
      }
      maybeAsyncOrAccessorProp(e) {
        return !e.computed && e.key.type === "Identifier" && (this.isLiteralPropertyName() || this.match(0) || this.match(51));
      }
      parsePropertyDefinition(e) {
        let t = [];
        if (this.match(22)) for (this.hasPlugin("decorators") && this.raise(l.UnsupportedPropertyDecorator, this.state.startLoc); this.match(22); ) t.push(this.parseDecorator());
        let s = this.startNode(), i = false, r = false, n;
        if (this.match(17)) return t.length && this.unexpected(), this.parseSpread();
        t.length && (s.decorators = t), s.method = false, e && (n = this.state.startLoc);
        let o = this.eat(51);
        this.parsePropertyNamePrefixOperator(s);
        let h = this.state.containsEsc;
        if (this.parsePropertyName(s, e), !o && !h && this.maybeAsyncOrAccessorProp(s)) {
          let { key: c } = s, u = c.name;
          u === "async" && !this.hasPrecedingLineBreak() && (i = true, this.resetPreviousNodeTrailingComments(c), o = this.eat(51), this.parsePropertyName(s)), (u === "get" || u === "set") && (r = true, this.resetPreviousNodeTrailingComments(c), s.kind = u, this.match(51) && (o = true, this.raise(l.AccessorIsGenerator, this.state.curPosition(), { kind: u }), this.next()), this.parsePropertyName(s));
        }
        return this.parseObjPropValue(s, n, o, i, false, r, e);
      }
      getGetterSetterExpectedParamCount(e) {
        return e.kind === "get" ? 0 : 1;
      }
      getObjectOrClassMethodParams(e) {
        return e.params;
      }
      checkGetterSetterParams(e) {
        let t = this.getGetterSetterExpectedParamCount(e), s = this.getObjectOrClassMethodParams(e);
        s.length !== t && this.raise(e.kind === "get" ? l.BadGetterArity : l.BadSetterArity, e), e.kind === "set" && s[s.length - 1]?.type === "RestElement" && this.raise(l.BadSetterRestParameter, e);
      }
      parseObjectMethod(e, t, s, i, r) {
        if (r) {
          let n = this.parseMethod(e, t, false, false, false, "ObjectMethod");
          return this.checkGetterSetterParams(n), n;
        }
        if (s || t || this.match(6)) return i && this.unexpected(), e.kind = "method", e.method = true, this.parseMethod(e, t, s, false, false, "ObjectMethod");
      }
      parseObjectProperty(e, t, s, i) {
        if (e.shorthand = false, this.eat(10)) return e.value = s ? this.parseMaybeDefault(this.state.startLoc) : this.parseMaybeAssignAllowInOrVoidPattern(4, i), this.finishObjectProperty(e);
        if (!e.computed && e.key.type === "Identifier") {
          if (this.checkReservedWord(e.key.name, e.key.start, true, false), s) e.value = this.parseMaybeDefault(t, this.cloneIdentifier(e.key));
          else if (this.match(25)) {
            let r = this.state.startLoc;
            i != null ? i.shorthandAssignLoc === null && (i.shorthandAssignLoc = r) : this.raise(l.InvalidCoverInitializedName, r), e.value = this.parseMaybeDefault(t, this.cloneIdentifier(e.key));
          } else e.value = this.cloneIdentifier(e.key);
          return e.shorthand = true, this.finishObjectProperty(e);
        }
      }
      finishObjectProperty(e) {
        return this.finishNode(e, "ObjectProperty");
      }
      parseObjPropValue(e, t, s, i, r, n, o) {
        let h = this.parseObjectMethod(e, s, i, r, n) || this.parseObjectProperty(e, t, r, o);
        return h || this.unexpected(), h;
      }
      parsePropertyName(e, t) {
        if (this.eat(0)) e.computed = true, e.key = this.parseMaybeAssignAllowIn(), this.expect(1);
        else {
          let { type: s, value: i } = this.state, r;
          if (O(s)) r = this.parseIdentifier(true);
          else switch (s) {
            case 134:
              r = this.parseNumericLiteral(i);
              break;
            case 133:
              r = this.parseStringLiteral(i);
              break;
            case 135:
              r = this.parseBigIntLiteral(i);
              break;
            case 137: {
              let n = this.state.startLoc;
              t != null ? t.privateKeyLoc === null && (t.privateKeyLoc = n) : this.raise(l.UnexpectedPrivateField, n), r = this.parsePrivateName();
              break;
            }
            default:
              throw this.unexpected();
          }
          e.key = r, s !== 137 && (e.computed = false);
        }
      }
      initFunction(e, t) {
        e.id = null, e.generator = false, e.async = t;
      }
      parseMethod(e, t, s, i, r, n, o = false) {
        this.initFunction(e, s), e.generator = t, this.scope.enter(530 | (o ? 576 : 0) | (r ? 32 : 0)), this.prodParam.enter(kt(s, e.generator)), this.parseFunctionParams(e, i);
        let h = this.parseFunctionBodyAndFinish(e, n, true);
        return this.prodParam.exit(), this.scope.exit(), h;
      }
      parseArrayLike(e, t) {
        let s = this.startNode();
        return this.next(), s.elements = this.parseExprList(e, true, t, s), this.finishNode(s, "ArrayExpression");
      }
      parseArrowExpression(e, t, s, i) {
        this.scope.enter(518);
        let r = kt(s, false), n = this.match(2);
        return n || (r |= this.prodParam.currentFlags() & 24), this.prodParam.enter(r), this.initFunction(e, s), t && this.setArrowFunctionParameters(e, t, i), this.parseFunctionBody(e, true), n && (this.state.regExpAllowedAt = this.state.lastTokEndLoc.index), this.prodParam.exit(), this.scope.exit(), this.finishNode(e, "ArrowFunctionExpression");
      }
      setArrowFunctionParameters(e, t, s) {
        this.toAssignableList(t, s, false), e.params = t;
      }
      parseFunctionBodyAndFinish(e, t, s = false) {
        return this.parseFunctionBody(e, false, s), this.finishNode(e, t);
      }
      parseFunctionBody(e, t, s = false) {
        let i = t && !this.match(2);
        if (this.expressionScope.enter(ye), i) e.body = this.parseMaybeAssign(), this.checkParams(e, false, t, false);
        else {
          let r = this.state.strict, n = this.state.labels;
          this.state.labels = [], this.prodParam.enter(this.prodParam.currentFlags() | 4), e.body = this.parseBlock(true, false, (o) => {
            let h = !this.isSimpleParamList(e.params);
            o && h && this.raise(l.IllegalLanguageModeDirective, (e.kind === "method" || e.kind === "constructor") && e.key ? this.optionFlags & 256 ? e.key.loc.end : e.key : e);
            let c = !r && this.state.strict;
            this.checkParams(e, !this.state.strict && !t && !s && !h, t, c), e.id && this.checkStrictBindReservedWord(e.id, 65, c);
          }), this.prodParam.exit(), this.state.labels = n;
        }
        this.expressionScope.exit();
      }
      isSimpleParameter(e) {
        return e.type === "Identifier";
      }
      isSimpleParamList(e) {
        for (let t = 0, s = e.length; t < s; t++) if (!this.isSimpleParameter(e[t])) return false;
        return true;
      }
      checkParams(e, t, s, i = true) {
        let r = !t && /* @__PURE__ */ new Set(), n = { type: "FormalParameters" };
        for (let o of e.params) this.checkLVal(o, n, 5, r, i);
      }
      parseExprList(e, t, s, i) {
        let r = [], n = true;
        for (; !this.eat(e); ) {
          if (n) n = false;
          else if (this.expect(8), this.match(e)) {
            i && this.addTrailingCommaExtraToNode(i), this.next();
            break;
          }
          r.push(this.parseExprListItem(e, t, s));
        }
        return r;
      }
      parseExprListItem(e, t, s, i) {
        let r;
        if (this.match(8)) t || this.raise(l.UnexpectedToken, this.state.curPosition(), { unexpected: "," }), r = null;
        else if (this.match(17)) {
          let n = this.state.startLoc;
          r = this.parseParenItem(this.parseSpread(s), n);
        } else if (this.match(13)) {
          this.expectPlugin("partialApplication"), i || this.raise(l.UnexpectedArgumentPlaceholder, this.state.startLoc);
          let n = this.startNode();
          this.next(), r = this.finishNode(n, "ArgumentPlaceholder");
        } else r = this.parseMaybeAssignAllowInOrVoidPattern(e, s, true);
        return r;
      }
      parseIdentifier(e) {
        let t = this.startNode(), s = this.parseIdentifierName(e);
        return this.createIdentifier(t, s);
      }
      createIdentifier(e, t) {
        return e.name = t, this.optionFlags & 256 && (e.loc.identifierName = t), this.finishNode(e, "Identifier");
      }
      createIdentifierAt(e, t, s) {
        return e.name = t, this.optionFlags & 256 && (e.loc.identifierName = t), this.finishNodeAt(e, "Identifier", s);
      }
      parseIdentifierName(e) {
        let t, { start: s, type: i } = this.state;
        O(i) ? t = this.state.value : this.unexpected();
        let r = bi(i);
        return e ? r && this.replaceToken(131) : this.checkReservedWord(t, this.sourceToOffsetPos(s), r, false), this.next(), t;
      }
      checkReservedWord(e, t, s, i) {
        if (e.length > 10 || !Ui(e)) return;
        if (s && os(e)) {
          this.raise(l.UnexpectedKeyword, t, { keyword: e });
          return;
        }
        if ((this.state.strict ? i ? ns : rs : De)(e, this.inModule)) {
          this.raise(l.UnexpectedReservedWord, t, { reservedWord: e });
          return;
        } else if (e === "yield") {
          if (this.prodParam.hasYield) {
            this.raise(l.YieldBindingIdentifier, t);
            return;
          }
        } else if (e === "await") {
          if (this.prodParam.hasAwait) {
            this.raise(l.AwaitBindingIdentifier, t);
            return;
          }
          if (this.scope.inStaticBlock) {
            this.raise(l.AwaitBindingIdentifierInStaticBlock, t);
            return;
          }
          this.expressionScope.recordAsyncArrowParametersError(t);
        } else if (e === "arguments" && this.scope.inClassAndNotInNonArrowFunction) {
          this.raise(l.ArgumentsInClass, t);
          return;
        }
      }
      recordAwaitIfAllowed() {
        let e = this.prodParam.hasAwait;
        return e && !this.scope.inFunction && (this.state.hasTopLevelAwait = true), e;
      }
      parseAwait(e, t) {
        let s = e.index, i = this.startNodeAt(e);
        return this.expressionScope.recordParameterInitializerError(l.AwaitExpressionFormalParameter, s), this.eat(51) && this.raise(l.ObsoleteAwaitStar, e), !this.scope.inFunction && !(this.optionFlags & 1) && (this.isAmbiguousPrefixOrIdentifier() ? this.ambiguousScriptDifferentAst = true : this.sawUnambiguousESM = true), t || (this.state.canStartArrow = false, i.argument = this.parseMaybeUnary(null, true)), this.finishNode(i, "AwaitExpression");
      }
      isAmbiguousPrefixOrIdentifier() {
        if (this.hasPrecedingLineBreak()) return true;
        let { type: e } = this.state;
        return e === 49 || e === 6 || e === 0 || te(e) || e === 99 && !this.state.containsEsc || e === 136 || e === 52 || this.hasPlugin("v8intrinsic") && e === 50;
      }
      parseYield(e) {
        let t = this.startNodeAt(e);
        this.expressionScope.recordParameterInitializerError(l.YieldInParameter, e.index);
        let s = false, i = null;
        if (!this.hasPrecedingLineBreak()) switch (s = this.eat(51), this.state.type) {
          case 9:
          case 138:
          case 4:
          case 7:
          case 1:
          case 5:
          case 10:
          case 8:
            if (!s) break;
          case 54:
            if (this.options.annexB && !s) break;
          default:
            i = this.parseMaybeAssign();
        }
        return i || (this.state.regExpAllowedAt = this.state.lastTokEndLoc.index), t.delegate = s, t.argument = i, this.finishNode(t, "YieldExpression");
      }
      parseImportCall(e) {
        this.next();
        let t = this.parseCallExpressionArguments();
        if (t.length === 0 || t.length > 2) this.raise(l.ImportCallArity, e, e);
        else for (let s of t) s.type === "SpreadElement" && this.raise(l.ImportCallSpreadArgument, s, e);
        return e.source = t[0], e.options = t[1] ?? null, this.finishNode(e, "ImportExpression");
      }
      withTopicBindingContext(e) {
        let t = this.state.inHackPipelineBody;
        this.state.inHackPipelineBody = true;
        let s = this.state.seenTopicReference;
        this.state.seenTopicReference = false;
        try {
          return e();
        } finally {
          this.state.inHackPipelineBody = t, this.state.seenTopicReference = s;
        }
      }
      allowInAnd(e) {
        let t = this.prodParam.currentFlags();
        if (24 & ~t) {
          this.prodParam.enter(t | 8 | 16);
          try {
            return e();
          } finally {
            this.prodParam.exit();
          }
        }
        return e();
      }
      disallowInAnd(e) {
        let t = this.prodParam.currentFlags(), s = 8 & t, i = 16 & ~t;
        if (s || i) {
          this.prodParam.enter(t & -9 | 16);
          try {
            return e();
          } finally {
            this.prodParam.exit();
          }
        }
        return e();
      }
      registerTopicReference() {
        this.state.seenTopicReference = true;
      }
      topicReferenceIsAllowedInCurrentContext() {
        return this.state.inHackPipelineBody;
      }
      topicReferenceWasUsedInCurrentContext() {
        return this.state.seenTopicReference;
      }
      parseFSharpPipelineBody(e) {
        let t = this.state.startLoc;
        this.prodParam.enter(this.prodParam.currentFlags() & -17);
        let s;
        if (this.isContextual(93) && this.recordAwaitIfAllowed()) {
          this.next(), s = this.parseAwait(t, true);
          let i = this.state.type;
          i !== 35 && this.isBinaryOperator(i) && this.raise(l.PipelineUnparenthesized, t);
        } else this.state.canStartArrow = true, s = this.parseExprOp(this.parseMaybeUnaryOrPrivate(), t, e);
        return this.prodParam.exit(), s;
      }
      parseModuleExpression() {
        this.expectPlugin("moduleBlocks");
        let e = this.startNode();
        this.next(), this.match(2) || this.unexpected(null, 2);
        let t = this.startNodeAt(this.state.endLoc);
        this.next();
        let s = this.initializeScopes(true);
        this.enterInitialScopes();
        try {
          e.body = this.parseProgram(t, 4, "module");
        } finally {
          s();
        }
        return this.finishNode(e, "ModuleExpression");
      }
      parseVoidPattern(e) {
        this.expectPlugin("discardBinding");
        let t = this.startNode();
        return e != null && (e.voidPatternLoc = this.state.startLoc), this.next(), this.finishNode(t, "VoidPattern");
      }
      parseMaybeAssignAllowInOrVoidPattern(e, t, s) {
        if (t != null && this.match(84)) {
          let i = this.lookaheadCharCode();
          if (i === 44 || i === (e === 1 ? 93 : e === 4 ? 125 : 41) || i === 61) return this.parseMaybeDefault(this.state.startLoc, this.parseVoidPattern(t));
        }
        return this.parseMaybeAssignAllowIn(t, s);
      }
      parsePropertyNamePrefixOperator(e) {
      }
    };
    Gt = { kind: 1 };
    or = { kind: 2 };
    hr = /[\uD800-\uDFFF]/u;
    Xt = /in(?:stanceof)?/y;
    Yt = /[a-z]{2,10}/y;
    Se = class extends Ae {
      parseTopLevel(e, t) {
        return e.program = this.parseProgram(t, 138, this.options.sourceType === "module" ? "module" : "script"), e.comments = this.comments, this.optionFlags & 512 && (e.tokens = ps(this.tokens)), this.finishNode(e, "File");
      }
      parseProgram(e, t, s) {
        if (e.sourceType = s, e.interpreter = this.parseInterpreterDirective(), this.parseBlockBody(e, true, true, t), this.inModule) {
          if (!(this.optionFlags & 64) && this.scope.undefinedExports.size > 0) for (let [r, n] of Array.from(this.scope.undefinedExports)) this.raise(l.ModuleExportUndefined, n, { localName: r });
          this.addExtra(e, "topLevelAwait", this.state.hasTopLevelAwait);
        }
        let i;
        return t === 138 ? i = this.finishNode(e, "Program") : i = this.finishNodeAt(e, "Program", F(this.state.startLoc, -1)), i;
      }
      stmtToDirective(e) {
        let t = this.castNodeTo(e, "Directive"), s = this.castNodeTo(e.expression, "DirectiveLiteral"), i = s.value, r = this.input.slice(this.offsetToSourcePos(s.start), this.offsetToSourcePos(s.end)), n = s.value = r.slice(1, -1);
        return this.addExtra(s, "raw", r), this.addExtra(s, "rawValue", n), this.addExtra(s, "expressionValue", i), t.value = s, delete e.expression, t;
      }
      parseInterpreterDirective() {
        if (!this.match(24)) return null;
        let e = this.startNode();
        return e.value = this.state.value, this.next(), this.finishNode(e, "InterpreterDirective");
      }
      isLet() {
        return this.isContextual(97) ? this.hasFollowingBindingAtom() : false;
      }
      isUsing() {
        return this.isContextual(106) ? this.nextTokenIsIdentifierOnSameLine() : false;
      }
      isForUsing() {
        if (!this.isContextual(106)) return false;
        let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
        if (this.isUnparsedContextual(e, "of")) {
          let s = this.lookaheadCharCodeSince(e + 2);
          if (s !== 61 && s !== 58 && s !== 59) return false;
        }
        return !!(this.chStartsBindingIdentifier(t, e) || this.isUnparsedContextual(e, "void"));
      }
      nextTokenIsIdentifierOnSameLine() {
        let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
        return this.chStartsBindingIdentifier(t, e);
      }
      isAwaitUsing() {
        if (!this.isContextual(93)) return false;
        let e = this.nextTokenInLineStart();
        if (this.isUnparsedContextual(e, "using")) {
          e = this.nextTokenInLineStartSince(e + 5);
          let t = this.codePointAtPos(e);
          if (this.chStartsBindingIdentifier(t, e)) return true;
        }
        return false;
      }
      chStartsBindingIdentifier(e, t) {
        if (_(e)) {
          if (Xt.lastIndex = t, Xt.test(this.input)) {
            let s = this.codePointAtPos(Xt.lastIndex);
            if (!K(s) && s !== 92) return false;
          }
          return true;
        } else return e === 92;
      }
      isReservedWordOnNewLineAfterLet(e) {
        if (!re(this.input, this.state.end, e) || (Yt.lastIndex = e, !Yt.test(this.input))) return false;
        let t = Yt.lastIndex, s = this.codePointAtPos(t);
        if (K(s) || s === 92) return false;
        let i = this.input.slice(e, t);
        return os(i) || De(i, false);
      }
      chStartsBindingPattern(e) {
        return e === 91 || e === 123;
      }
      hasFollowingBindingAtom() {
        let e = this.nextTokenStart(), t = this.codePointAtPos(e);
        return this.chStartsBindingPattern(t) || this.chStartsBindingIdentifier(t, e);
      }
      hasInLineFollowingBindingIdentifierOrBrace() {
        let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
        return t === 123 || this.chStartsBindingIdentifier(t, e);
      }
      allowsUsing() {
        return (this.scope.inModule || !this.scope.inTopLevel) && !this.scope.inBareCaseStatement;
      }
      parseModuleItem() {
        return this.parseStatementLike(15);
      }
      parseStatementListItem() {
        return this.parseStatementLike(6 | (!this.options.annexB || this.state.strict ? 0 : 8));
      }
      parseStatementOrSloppyAnnexBFunctionDeclaration(e = false) {
        let t = 0;
        return this.options.annexB && !this.state.strict && (t |= 4, e && (t |= 8)), this.parseStatementLike(t);
      }
      parseStatement() {
        return this.parseStatementLike(0);
      }
      parseStatementLike(e) {
        let t = null;
        return this.match(22) && (t = this.parseDecorators(true)), this.parseStatementContent(e, t);
      }
      parseStatementContent(e, t) {
        let s = this.state.type, i = this.startNode(), r = !!(e & 2), n = !!(e & 4), o = e & 1;
        switch (s) {
          case 56:
            return this.parseBreakContinueStatement(i, true);
          case 59:
            return this.parseBreakContinueStatement(i, false);
          case 60:
            return this.parseDebuggerStatement(i);
          case 86:
            return this.parseDoWhileStatement(i);
          case 87:
            return this.parseForStatement(i);
          case 64:
            if (this.lookaheadCharCode() === 46) break;
            return n || this.raise(this.state.strict ? l.StrictFunction : this.options.annexB ? l.SloppyFunctionAnnexB : l.SloppyFunction, this.state.startLoc), this.parseFunctionStatement(i, false, e);
          case 76:
            return r || this.unexpected(), this.parseClass(this.maybeTakeDecorators(t, i), true);
          case 104:
            if (!this.state.containsEsc && this.nextTokenIsIdentifierOnSameLine()) return this.expectPlugin("structs"), r || this.unexpected(), this.parseStructDeclaration(i, false);
            break;
          case 65:
            return this.parseIfStatement(i);
          case 66:
            return this.parseReturnStatement(i);
          case 67:
            return this.parseSwitchStatement(i);
          case 68:
            return this.parseThrowStatement(i);
          case 69:
            return this.parseTryStatement(i);
          case 93:
            if (this.isAwaitUsing()) return this.allowsUsing() ? r ? this.recordAwaitIfAllowed() || this.raise(l.AwaitUsingNotInAsyncContext, i) : this.raise(l.UnexpectedLexicalDeclaration, i) : this.raise(l.UnexpectedUsingDeclaration, i), this.next(), this.parseVarStatement(i, "await using");
            break;
          case 106:
            if (this.state.containsEsc || !this.hasInLineFollowingBindingIdentifierOrBrace()) break;
            return this.allowsUsing() ? r || this.raise(l.UnexpectedLexicalDeclaration, this.state.startLoc) : this.raise(l.UnexpectedUsingDeclaration, this.state.startLoc), this.parseVarStatement(i, "using");
          case 97: {
            if (this.state.containsEsc) break;
            let u = this.nextTokenStart(), f = this.codePointAtPos(u);
            if (f !== 91 && (!r && this.hasFollowingLineBreak() || !this.chStartsBindingIdentifier(f, u) && f !== 123 || this.isReservedWordOnNewLineAfterLet(u))) break;
          }
          case 71:
            r || this.raise(l.UnexpectedLexicalDeclaration, this.state.startLoc);
          case 70: {
            let u = this.state.value;
            return this.parseVarStatement(i, u);
          }
          case 88:
            return this.parseWhileStatement(i);
          case 72:
            return this.parseWithStatement(i);
          case 2:
            return this.parseBlock();
          case 9:
            return this.parseEmptyStatement(i);
          case 79: {
            let u = this.lookaheadCharCode();
            if (u === 40 || u === 46) break;
          }
          case 78: {
            !(this.optionFlags & 8) && !o && this.raise(l.UnexpectedImportExport, this.state.startLoc), this.next();
            let u;
            return s === 79 ? u = this.parseImport(i) : u = this.parseExport(i, t), this.assertModuleNodeAllowed(u), u;
          }
          default:
            if (this.isAsyncFunction()) return r || this.raise(l.AsyncFunctionInSingleStatementContext, this.state.startLoc), this.next(), this.parseFunctionStatement(i, true, e);
        }
        let h = this.state.value;
        if (s === 89 && this.lookahead().type === 10) {
          let u = this.parseIdentifier(true);
          return this.next(), this.parseLabeledStatement(i, h, u, e);
        }
        let c = this.parseExpression();
        return C(s) && c.type === "Identifier" && this.eat(10) ? this.parseLabeledStatement(i, h, c, e) : this.parseExpressionStatement(i, c, e);
      }
      assertModuleNodeAllowed(e) {
        !(this.optionFlags & 8) && !this.inModule && this.raise(l.ImportOutsideModule, e);
      }
      maybeTakeDecorators(e, t, s) {
        return e && (t.decorators?.length ? (this.raise(l.DecoratorsBeforeAfterExport, t.decorators[0]), t.decorators.unshift(...e)) : t.decorators = e, this.resetStartLocationFromNode(t, e[0]), s && this.resetStartLocationFromNode(s, t)), t;
      }
      canHaveLeadingDecorator() {
        return this.match(76);
      }
      parseDecorators(e) {
        let t = [];
        do
          t.push(this.parseDecorator());
        while (this.match(22));
        if (this.match(78)) e || this.unexpected();
        else if (!this.canHaveLeadingDecorator()) throw this.raise(l.UnexpectedLeadingDecorator, this.state.startLoc);
        return t;
      }
      parseDecorator() {
        this.expectOnePlugin(["decorators", "decorators-legacy"]);
        let e = this.startNode();
        if (this.next(), this.hasPlugin("decorators")) {
          let t = this.state.startLoc, s;
          if (this.match(6)) {
            let i = this.state.startLoc;
            this.next(), s = this.parseExpression(), this.expect(7), s = this.wrapParenthesis(i, s);
            let r = this.state.startLoc;
            e.expression = this.parseMaybeDecoratorArguments(s, i), e.expression !== s && this.raise(l.DecoratorArgumentsOutsideParentheses, r);
          } else {
            for (s = this.parseIdentifier(false); this.eat(12); ) {
              let i = this.startNodeAt(t);
              i.object = s, this.match(137) ? (this.classScope.usePrivateName(this.state.value, this.state.startLoc), i.property = this.parsePrivateName()) : i.property = this.parseIdentifier(true), i.computed = false, s = this.finishNode(i, "MemberExpression");
            }
            e.expression = this.parseMaybeDecoratorArguments(s, t);
          }
        } else this.state.canStartArrow = false, e.expression = this.parseExprSubscripts();
        return this.finishNode(e, "Decorator");
      }
      parseMaybeDecoratorArguments(e, t) {
        if (this.eat(6)) {
          let s = this.startNodeAt(t);
          return s.callee = e, s.arguments = this.parseCallExpressionArguments(), this.toReferencedList(s.arguments), this.finishNode(s, "CallExpression");
        }
        return e;
      }
      parseBreakContinueStatement(e, t) {
        return this.next(), this.isLineTerminator() ? e.label = null : (e.label = this.parseIdentifier(this.match(89)), this.semicolon()), this.verifyBreakContinue(e, t), this.finishNode(e, t ? "BreakStatement" : "ContinueStatement");
      }
      verifyBreakContinue(e, t) {
        let s;
        for (s = 0; s < this.state.labels.length; ++s) {
          let i = this.state.labels[s];
          if ((e.label == null || i.name === e.label.name) && (i.kind != null && (t || i.kind === 1) || e.label && t)) break;
        }
        if (s === this.state.labels.length) {
          let i = t ? "BreakStatement" : "ContinueStatement";
          this.raise(l.IllegalBreakContinue, e, { type: i });
        }
      }
      parseDebuggerStatement(e) {
        return this.next(), this.semicolon(), this.finishNode(e, "DebuggerStatement");
      }
      parseHeaderExpression() {
        this.expect(6);
        let e = this.parseExpression();
        return this.expect(7), e;
      }
      parseDoWhileStatement(e) {
        return this.next(), this.state.labels.push(Gt), e.body = this.parseStatement(), this.state.labels.pop(), this.expect(88), e.test = this.parseHeaderExpression(), this.eat(9), this.finishNode(e, "DoWhileStatement");
      }
      parseForStatement(e) {
        this.next(), this.state.labels.push(Gt);
        let t = null;
        if (this.isContextual(93) && this.recordAwaitIfAllowed() && (t = this.state.startLoc, this.next()), this.scope.enter(0), this.expect(6), this.match(9)) return t !== null && this.unexpected(t), this.parseFor(e, null);
        let s = this.isContextual(97);
        {
          let h = this.isAwaitUsing(), c = h || this.isForUsing(), u = s && this.hasFollowingBindingAtom() || c;
          if (this.match(70) || this.match(71) || u) {
            let f = this.startNode(), m;
            h ? (m = "await using", this.recordAwaitIfAllowed() || this.raise(l.AwaitUsingNotInAsyncContext, this.state.startLoc), this.next()) : m = this.state.value, this.next(), this.parseVar(f, true, m);
            let x = this.finishNode(f, "VariableDeclaration"), A = this.match(54);
            return A && c && this.raise(l.ForInUsing, x), (A || this.isContextual(99)) && x.declarations.length === 1 ? this.parseForX(e, x, t) : (t !== null && this.unexpected(t), this.parseFor(e, x));
          }
        }
        let i = this.isContextual(92), r = new W(), n = this.parseExpression(true, r), o = this.isContextual(99);
        if (o && (s && this.raise(l.ForOfLet, n), t === null && i && n.type === "Identifier" && this.raise(l.ForOfAsync, n)), o || this.match(54)) {
          this.checkDestructuringPrivate(r), this.toAssignable(n, true);
          let h = o ? "ForOfStatement" : "ForInStatement";
          return this.checkLVal(n, { type: h }), this.parseForX(e, n, t);
        } else this.checkExpressionErrors(r, true);
        return t !== null && this.unexpected(t), this.parseFor(e, n);
      }
      parseFunctionStatement(e, t, s) {
        this.next();
        let i = 1 | (t ? 8 : 0);
        return !(s & 2) && s & 4 && (i |= 16, s & 8 || (i |= 2)), this.parseFunction(e, i);
      }
      parseIfStatement(e) {
        return this.next(), e.test = this.parseHeaderExpression(), e.consequent = this.parseStatementOrSloppyAnnexBFunctionDeclaration(), e.alternate = this.eat(62) ? this.parseStatementOrSloppyAnnexBFunctionDeclaration() : null, this.finishNode(e, "IfStatement");
      }
      parseReturnStatement(e) {
        return this.prodParam.hasReturn || this.raise(l.IllegalReturn, this.state.startLoc), this.next(), this.isLineTerminator() ? e.argument = null : (e.argument = this.parseExpression(), this.semicolon()), this.finishNode(e, "ReturnStatement");
      }
      parseSwitchStatement(e) {
        this.next(), e.discriminant = this.parseHeaderExpression();
        let t = e.cases = [];
        this.expect(2), this.state.labels.push(or), this.scope.enter(256);
        let s;
        for (let i; !this.match(4); ) if (this.match(57) || this.match(61)) {
          let r = this.match(57);
          s && this.finishNode(s, "SwitchCase"), t.push(s = this.startNode()), s.consequent = [], this.next(), r ? s.test = this.parseExpression() : (i && this.raise(l.MultipleDefaultsInSwitch, this.state.lastTokStartLoc), i = true, s.test = null), this.expect(10);
        } else s ? s.consequent.push(this.parseStatementListItem()) : this.unexpected();
        return this.scope.exit(), s && this.finishNode(s, "SwitchCase"), this.next(), this.state.labels.pop(), this.finishNode(e, "SwitchStatement");
      }
      parseThrowStatement(e) {
        return this.next(), this.hasPrecedingLineBreak() && this.raise(l.NewlineAfterThrow, this.state.lastTokEndLoc), e.argument = this.parseExpression(), this.semicolon(), this.finishNode(e, "ThrowStatement");
      }
      parseCatchClauseParam() {
        let e = this.parseBindingAtom();
        return this.scope.enter(this.options.annexB && e.type === "Identifier" ? 8 : 0), this.checkLVal(e, { type: "CatchClause" }, 9), e;
      }
      parseTryStatement(e) {
        if (this.next(), e.block = this.parseBlock(), e.handler = null, this.match(58)) {
          let t = this.startNode();
          this.next(), this.match(6) ? (this.expect(6), t.param = this.parseCatchClauseParam(), this.expect(7)) : (t.param = null, this.scope.enter(0)), t.body = this.parseBlock(false, false), this.scope.exit(), e.handler = this.finishNode(t, "CatchClause");
        }
        return e.finalizer = this.eat(63) ? this.parseBlock() : null, !e.handler && !e.finalizer && this.raise(l.NoCatchOrFinally, e), this.finishNode(e, "TryStatement");
      }
      parseVarStatement(e, t, s = false) {
        return this.next(), this.parseVar(e, false, t, s), this.semicolon(), this.finishNode(e, "VariableDeclaration");
      }
      parseWhileStatement(e) {
        return this.next(), e.test = this.parseHeaderExpression(), this.state.labels.push(Gt), e.body = this.parseStatement(), this.state.labels.pop(), this.finishNode(e, "WhileStatement");
      }
      parseWithStatement(e) {
        return this.state.strict && this.raise(l.StrictWith, this.state.startLoc), this.next(), e.object = this.parseHeaderExpression(), e.body = this.parseStatement(), this.finishNode(e, "WithStatement");
      }
      parseEmptyStatement(e) {
        return this.next(), this.finishNode(e, "EmptyStatement");
      }
      parseLabeledStatement(e, t, s, i) {
        for (let n of this.state.labels) n.name === t && this.raise(l.LabelRedeclaration, s, { labelName: t });
        let r = Ei(this.state.type) ? 1 : this.match(67) ? 2 : null;
        for (let n = this.state.labels.length - 1; n >= 0; n--) {
          let o = this.state.labels[n];
          if (o.statementStart === e.start) o.statementStart = this.sourceToOffsetPos(this.state.start), o.kind = r;
          else break;
        }
        return this.state.labels.push({ name: t, kind: r, statementStart: this.sourceToOffsetPos(this.state.start) }), e.body = i & 8 ? this.parseStatementOrSloppyAnnexBFunctionDeclaration(true) : this.parseStatement(), this.state.labels.pop(), e.label = s, this.finishNode(e, "LabeledStatement");
      }
      parseExpressionStatement(e, t, s) {
        return e.expression = t, this.semicolon(), this.finishNode(e, "ExpressionStatement");
      }
      parseBlock(e = false, t = true, s) {
        let i = this.startNode();
        return e && this.state.strictErrors.clear(), this.expect(2), t && this.scope.enter(0), this.parseBlockBody(i, e, false, 4, s), t && this.scope.exit(), this.finishNode(i, "BlockStatement");
      }
      isValidDirective(e) {
        return e.type === "ExpressionStatement" && e.expression.type === "StringLiteral" && !e.expression.extra.parenthesized;
      }
      parseBlockBody(e, t, s, i, r) {
        let n = e.body = [], o = e.directives = [];
        this.parseBlockOrModuleBlockBody(n, t ? o : void 0, s, i, r);
      }
      parseBlockOrModuleBlockBody(e, t, s, i, r) {
        let n = this.state.strict, o = false, h = false;
        for (; !this.match(i); ) {
          let c = s ? this.parseModuleItem() : this.parseStatementListItem();
          if (t && !h) {
            if (this.isValidDirective(c)) {
              let u = this.stmtToDirective(c);
              t.push(u), !o && u.value.value === "use strict" && (o = true, this.setStrict(true));
              continue;
            }
            h = true, this.state.strictErrors.clear();
          }
          e.push(c);
        }
        r?.call(this, o), n || this.setStrict(false), this.next();
      }
      parseFor(e, t) {
        return e.init = t, this.semicolon(false), e.test = this.match(9) ? null : this.parseExpression(), this.semicolon(false), e.update = this.match(7) ? null : this.parseExpression(), this.expect(7), e.body = this.parseStatement(), this.scope.exit(), this.state.labels.pop(), this.finishNode(e, "ForStatement");
      }
      parseForX(e, t, s) {
        let i = this.match(54);
        return this.next(), i ? s !== null && this.unexpected(s) : e.await = s !== null, t.type === "VariableDeclaration" && t.declarations[0].init != null && (!i || !this.options.annexB || this.state.strict || t.kind !== "var" || t.declarations[0].id.type !== "Identifier") && this.raise(l.ForInOfLoopInitializer, t, { type: i ? "ForInStatement" : "ForOfStatement" }), t.type === "AssignmentPattern" && this.raise(l.InvalidLhs, t, { ancestor: { type: "ForStatement" } }), e.left = t, e.right = i ? this.parseExpression() : this.parseMaybeAssignAllowIn(), this.expect(7), e.body = this.parseStatement(), this.scope.exit(), this.state.labels.pop(), this.finishNode(e, i ? "ForInStatement" : "ForOfStatement");
      }
      parseVar(e, t, s, i = false) {
        let r = e.declarations = [];
        for (e.kind = s; ; ) {
          let n = this.startNode();
          if (this.parseVarId(n, s), n.init = this.eat(25) ? t ? this.parseMaybeAssignDisallowIn() : this.parseMaybeAssignAllowIn() : null, n.init === null && !i && !(t && r.length === 0 && (this.match(54) || this.isContextual(99))) && (n.id.type !== "Identifier" ? this.raise(l.DeclarationMissingInitializer, this.state.lastTokEndLoc, { kind: "destructuring" }) : (s === "const" || s === "using" || s === "await using") && this.raise(l.DeclarationMissingInitializer, this.state.lastTokEndLoc, { kind: s })), r.push(this.finishNode(n, "VariableDeclarator")), !this.eat(8)) break;
        }
        return e;
      }
      parseVarId(e, t) {
        let s = this.parseBindingAtom();
        t === "using" || t === "await using" ? (s.type === "ArrayPattern" || s.type === "ObjectPattern") && this.raise(l.UsingDeclarationHasBindingPattern, s) : s.type === "VoidPattern" && this.raise(l.UnexpectedVoidPattern, s), this.checkLVal(s, { type: "VariableDeclarator" }, t === "var" ? 5 : 8201), e.id = s;
      }
      parseAsyncFunctionExpression(e) {
        return this.parseFunction(e, 8);
      }
      parseFunction(e, t = 0) {
        let s = !!(t & 1), i = s && !(t & 4), r = !!(t & 8);
        return this.initFunction(e, r), this.match(51) && (t & 16 && this.raise(l.GeneratorInSingleStatementContext, this.state.startLoc), this.next(), e.generator = true), s && (e.id = this.parseFunctionId(i)), this.scope.enter(514), this.prodParam.enter(kt(r, e.generator)), !s && C(this.state.type) && (this.expressionScope.enter(ye), e.id = this.parseFunctionId(), this.expressionScope.exit()), this.parseFunctionParams(e, false), this.parseFunctionBodyAndFinish(e, s ? "FunctionDeclaration" : "FunctionExpression"), this.prodParam.exit(), this.scope.exit(), s && !(t & 2) && this.registerFunctionStatementId(e), e;
      }
      parseFunctionId(e) {
        return e || C(this.state.type) ? this.parseIdentifier() : null;
      }
      parseFunctionParams(e, t) {
        this.expect(6), this.expressionScope.enter(ar), e.params = this.parseBindingList(7, 41, 2 | (t ? 4 : 0)), this.expressionScope.exit();
      }
      registerFunctionStatementId(e) {
        e.id && this.scope.declareName(e.id.name, !this.options.annexB || this.state.strict || e.generator || e.async ? this.scope.treatFunctionsAsVar ? 5 : 8201 : 17, e.id.start);
      }
      parseClass(e, t, s) {
        this.next();
        let i = this.state.strict;
        return this.state.strict = true, this.parseClassId(e, t, s), this.parseClassSuper(e), e.body = this.parseClassBody(!!e.superClass, i), this.finishNode(e, t ? "ClassDeclaration" : "ClassExpression");
      }
      isClassProperty() {
        return this.match(25) || this.match(9) || this.match(4);
      }
      isClassMethod() {
        return this.match(6);
      }
      nameIsConstructor(e) {
        return e.type === "Identifier" && e.name === "constructor" || e.type === "StringLiteral" && e.value === "constructor";
      }
      isNonstaticConstructor(e) {
        return !e.computed && !e.static && this.nameIsConstructor(e.key);
      }
      parseClassBody(e, t) {
        this.classScope.enter();
        let s = { hadConstructor: false, hadSuperClass: e }, i = [], r = this.startNode();
        for (r.body = [], this.expect(2); !this.match(4); ) {
          if (this.eat(9)) {
            if (i.length > 0) throw this.raise(l.DecoratorSemicolon, this.state.lastTokEndLoc);
            continue;
          }
          if (this.match(22)) {
            i.push(this.parseDecorator());
            continue;
          }
          let n = this.startNode();
          i.length && (n.decorators = i, this.resetStartLocationFromNode(n, i[0]), i = []), this.parseClassMember(r, n, s);
        }
        if (this.state.strict = t, this.next(), i.length) throw this.raise(l.TrailingDecorator, this.state.startLoc);
        return this.classScope.exit(), this.finishNode(r, "ClassBody");
      }
      parseClassMemberFromModifier(e, t) {
        let s = this.parseIdentifier(true);
        if (this.isClassMethod()) {
          let i = t;
          return i.kind = "method", i.computed = false, i.key = s, i.static = false, this.pushClassMethod(e, i, false, false, false, false), true;
        } else if (this.isClassProperty()) {
          let i = t;
          return i.computed = false, i.key = s, i.static = false, e.body.push(this.parseClassProperty(i)), true;
        }
        return this.resetPreviousNodeTrailingComments(s), false;
      }
      parseClassMember(e, t, s) {
        let i = this.isContextual(103);
        if (i) {
          if (this.parseClassMemberFromModifier(e, t)) return;
          if (this.eat(2)) {
            this.parseClassStaticBlock(e, t);
            return;
          }
        }
        this.parseClassMemberWithIsStatic(e, t, s, i);
      }
      parseClassMemberWithIsStatic(e, t, s, i) {
        let r = t, n = t, o = t, h = t, c = t, u = r, f = r;
        if (t.static = i, this.parsePropertyNamePrefixOperator(t), this.eat(51)) {
          u.kind = "method";
          let I = this.match(137);
          if (this.parseClassElementName(u), this.parsePostMemberNameModifiers(u), I) {
            this.pushClassPrivateMethod(e, n, true, false);
            return;
          }
          this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsGenerator, r.key), this.pushClassMethod(e, r, true, false, false, false);
          return;
        }
        let m = !this.state.containsEsc && C(this.state.type), x = this.parseClassElementName(t), A = m ? x.name : null, D = this.isPrivateName(x), v = this.state.startLoc;
        if (this.parsePostMemberNameModifiers(f), this.isClassMethod()) {
          if (u.kind = "method", D) {
            this.pushClassPrivateMethod(e, n, false, false);
            return;
          }
          let I = this.isNonstaticConstructor(r), w = false;
          I && (r.kind = "constructor", r.decorators && r.decorators.length > 0 && this.raise(l.DecoratorConstructor, t), s.hadConstructor && !this.hasPlugin("typescript") && this.raise(l.DuplicateConstructor, x), I && this.hasPlugin("typescript") && t.override && this.raise(l.OverrideOnConstructor, x), s.hadConstructor = true, w = s.hadSuperClass), this.pushClassMethod(e, r, false, false, I, w);
        } else if (this.isClassProperty()) D ? this.pushClassPrivateProperty(e, h) : this.pushClassProperty(e, o);
        else if (A === "async" && !this.isLineTerminator()) {
          this.resetPreviousNodeTrailingComments(x);
          let I = this.eat(51);
          f.optional && this.unexpected(v), u.kind = "method";
          let w = this.match(137);
          this.parseClassElementName(u), this.parsePostMemberNameModifiers(f), w ? this.pushClassPrivateMethod(e, n, I, true) : (this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsAsync, r.key), this.pushClassMethod(e, r, I, true, false, false));
        } else if ((A === "get" || A === "set") && !(this.match(51) && this.isLineTerminator())) {
          this.resetPreviousNodeTrailingComments(x), u.kind = A;
          let I = this.match(137);
          this.parseClassElementName(r), I ? this.pushClassPrivateMethod(e, n, false, false) : (this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsAccessor, r.key), this.pushClassMethod(e, r, false, false, false, false)), this.checkGetterSetterParams(r);
        } else if (A === "accessor" && !this.isLineTerminator()) {
          this.expectPlugin("decoratorAutoAccessors"), this.resetPreviousNodeTrailingComments(x);
          let I = this.match(137);
          this.parseClassElementName(o), this.pushClassAccessorProperty(e, c, I);
        } else this.isLineTerminator() ? D ? this.pushClassPrivateProperty(e, h) : this.pushClassProperty(e, o) : this.unexpected();
      }
      parseClassElementName(e) {
        let { type: t, value: s } = this.state;
        if ((t === 131 || t === 133) && e.static && s === "prototype" && this.raise(l.StaticPrototype, this.state.startLoc), t === 137) {
          s === "constructor" && this.raise(l.ConstructorClassPrivateField, this.state.startLoc);
          let i = this.parsePrivateName();
          return e.key = i, i;
        }
        return this.parsePropertyName(e), e.key;
      }
      parseClassStaticBlock(e, t) {
        this.scope.enter(720);
        let s = this.state.labels;
        this.state.labels = [], this.prodParam.enter(0);
        let i = t.body = [];
        this.parseBlockOrModuleBlockBody(i, void 0, false, 4), this.prodParam.exit(), this.scope.exit(), this.state.labels = s, e.body.push(this.finishNode(t, "StaticBlock")), t.decorators?.length && this.raise(l.DecoratorStaticBlock, t);
      }
      pushClassProperty(e, t) {
        !t.computed && this.nameIsConstructor(t.key) && this.raise(l.ConstructorClassField, t.key), e.body.push(this.parseClassProperty(t));
      }
      pushClassPrivateProperty(e, t) {
        let s = this.parseClassPrivateProperty(t);
        e.body.push(s), this.classScope.declarePrivateName(this.getPrivateNameSV(s.key), 0, s.key.start);
      }
      pushClassAccessorProperty(e, t, s) {
        !s && !t.computed && this.nameIsConstructor(t.key) && this.raise(l.ConstructorClassField, t.key);
        let i = this.parseClassAccessorProperty(t);
        e.body.push(i), s && this.classScope.declarePrivateName(this.getPrivateNameSV(i.key), 0, i.key.start);
      }
      pushClassMethod(e, t, s, i, r, n) {
        e.body.push(this.parseMethod(t, s, i, r, n, "ClassMethod", true));
      }
      pushClassPrivateMethod(e, t, s, i) {
        let r = this.parseMethod(t, s, i, false, false, "ClassPrivateMethod", true);
        e.body.push(r);
        let n = r.kind === "get" ? r.static ? 6 : 2 : r.kind === "set" ? r.static ? 5 : 1 : 0;
        this.declareClassPrivateMethodInScope(r, n);
      }
      declareClassPrivateMethodInScope(e, t) {
        this.classScope.declarePrivateName(this.getPrivateNameSV(e.key), t, e.key.start);
      }
      parsePostMemberNameModifiers(e) {
      }
      parseClassPrivateProperty(e) {
        return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassPrivateProperty");
      }
      parseClassProperty(e) {
        return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassProperty");
      }
      parseClassAccessorProperty(e) {
        return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassAccessorProperty");
      }
      parseInitializer(e) {
        this.scope.enter(592), this.expressionScope.enter(ye), this.prodParam.enter(0), e.value = this.eat(25) ? this.parseMaybeAssignAllowIn() : null, this.expressionScope.exit(), this.prodParam.exit(), this.scope.exit();
      }
      parseClassId(e, t, s, i = 8331) {
        if (C(this.state.type)) e.id = this.parseIdentifier(), this.checkStrictBindReservedWord(e.id, i), t && this.declareNameFromIdentifier(e.id, i);
        else if (s || !t) e.id = null;
        else throw this.raise(l.MissingClassName, this.state.startLoc);
      }
      parseClassSuper(e) {
        this.eat(77) ? (this.state.canStartArrow = false, e.superClass = this.parseExprSubscripts()) : e.superClass = null;
      }
      parseStructDeclaration(e, t) {
        this.next();
        let s = this.state.strict;
        return this.state.strict = true, this.parseClassId(e, true, t), this.parseClassSuper(e), e.body = this.parseStructBody(!!e.superClass, s), this.finishNode(e, "StructDeclaration");
      }
      parseStructBody(e, t) {
        this.classScope.enter();
        let s = { hadConstructor: false, hadSuperClass: e }, i = this.startNode();
        for (i.body = [], this.expect(2); !this.match(4); ) {
          if (this.eat(9)) continue;
          let r = this.startNode();
          this.parseClassMember(i, r, s);
        }
        return this.state.strict = t, this.next(), this.classScope.exit(), this.finishNode(i, "StructBody");
      }
      parseExport(e, t) {
        let s = this.parseMaybeImportPhase(e, true), i = this.maybeParseExportDefaultSpecifier(e, s), r = !i || this.eat(8), n = r && this.eatExportStar(e), o = n && this.maybeParseExportNamespaceSpecifier(e), h = r && !o;
        if (n && !o) {
          if (i && this.unexpected(), t) throw this.raise(l.UnsupportedDecoratorExport, e);
          return e.phase === "defer" && this.raise(l.DeferExportInvalidAll, e), this.parseExportFrom(e, true), this.sawUnambiguousESM = true, this.finishNode(e, "ExportAllDeclaration");
        }
        let c = h && this.maybeParseExportNamedSpecifiers(e), u = i || n || e.phase === "defer" || c && e.specifiers[0]?.type === "ExportNamespaceSpecifier";
        i && r && !n && !c && this.unexpected(null, 2);
        let f;
        if (u || c) {
          if (f = false, t) throw this.raise(l.UnsupportedDecoratorExport, e);
          this.parseExportFrom(e, u);
        } else f = this.maybeParseExportDeclaration(e);
        if (u || c || f) {
          let m = e;
          if (this.checkNamedExport(m, !!m.source), m.declaration?.type === "ClassDeclaration") this.maybeTakeDecorators(t, m.declaration, m);
          else if (t) throw this.raise(l.UnsupportedDecoratorExport, e);
          return this.hasPlugin("deferredReexports") && (m.phase ?? (m.phase = null)), this.sawUnambiguousESM = true, this.finishNode(m, "ExportNamedDeclaration");
        }
        if (this.eat(61)) {
          let m = e, x = this.parseExportDefaultExpression();
          if (m.declaration = x, x.type === "ClassDeclaration") this.maybeTakeDecorators(t, x, m);
          else if (t) throw this.raise(l.UnsupportedDecoratorExport, e);
          return this.checkDuplicateExports(e, "default"), this.hasPlugin("exportDefaultFrom") && x.type === "Identifier" && x.name === "from" && x.end - x.start === 4 && !x.extra?.parenthesized && this.raise(l.ExportDefaultFromAsIdentifier, x), this.sawUnambiguousESM = true, this.finishNode(m, "ExportDefaultDeclaration");
        }
        throw this.unexpected(null, 2);
      }
      eatExportStar(e) {
        return this.eat(51);
      }
      maybeParseExportDefaultSpecifier(e, t) {
        if (t || this.isExportDefaultSpecifier()) {
          this.expectPlugin("exportDefaultFrom", t?.start);
          let s = t || this.parseIdentifier(true), i = this.startNodeAtNode(s);
          return i.exported = s, e.specifiers = [this.finishNode(i, "ExportDefaultSpecifier")], true;
        }
        return false;
      }
      maybeParseExportNamespaceSpecifier(e) {
        if (this.isContextual(90)) {
          e.specifiers ?? (e.specifiers = []);
          let t = this.startNodeAt(this.state.lastTokStartLoc);
          return this.next(), t.exported = this.parseModuleExportName(), e.specifiers.push(this.finishNode(t, "ExportNamespaceSpecifier")), true;
        }
        return false;
      }
      maybeParseExportNamedSpecifiers(e) {
        if (this.match(2)) {
          let t = e;
          t.specifiers || (t.specifiers = []);
          let s = t.exportKind === "type", i = this.state.startLoc;
          this.setLoc(i);
          let r = this.parseExportSpecifiers(s);
          if (this.isContextual(90) && !this.hasPrecedingLineBreak()) {
            this.expectPlugin("namespaceImportFilter");
            let n = this.startNodeAt(i);
            n.exportsFilter = this.toNamespaceExportsFilter(r), this.next(), n.exported = this.parseModuleExportName(), t.specifiers.push(this.finishNode(n, "ExportNamespaceSpecifier"));
          } else t.specifiers.push(...r);
          return t.source = null, t.attributes = [], t.declaration = null, true;
        }
        return false;
      }
      maybeParseExportDeclaration(e) {
        return this.shouldParseExportDeclaration() ? (e.specifiers = [], e.source = null, e.attributes = [], e.declaration = this.parseExportDeclaration(e), true) : false;
      }
      isAsyncFunction() {
        if (!this.isContextual(92)) return false;
        let e = this.nextTokenInLineStart();
        return this.isUnparsedContextual(e, "function");
      }
      parseExportDefaultExpression() {
        let e = this.startNode();
        if (this.match(64)) return this.next(), this.parseFunction(e, 5);
        if (this.isAsyncFunction()) return this.next(), this.next(), this.parseFunction(e, 13);
        if (this.match(76)) return this.parseClass(e, true, true);
        if (this.isContextual(104)) {
          let s = this.nextTokenInLineStart(), i = this.codePointAtPos(s);
          if (i === 123 || this.chStartsBindingIdentifier(i, s)) return this.expectPlugin("structs"), this.parseStructDeclaration(e, true);
        }
        if (this.match(22)) return this.parseClass(this.maybeTakeDecorators(this.parseDecorators(false), this.startNode()), true, true);
        if (this.match(71) || this.match(70) || this.isLet() && !this.isReservedWordOnNewLineAfterLet(this.nextTokenStart()) || this.isUsing() || this.isAwaitUsing()) throw this.raise(l.UnsupportedDefaultExport, this.state.startLoc);
        let t = this.parseMaybeAssignAllowIn();
        return this.semicolon(), t;
      }
      parseExportDeclaration(e) {
        return this.match(76) ? this.parseClass(this.startNode(), true, false) : this.isContextual(104) && this.nextTokenIsIdentifierOnSameLine() ? (this.expectPlugin("structs"), this.parseStructDeclaration(this.startNode(), false)) : this.isContextual(97) ? this.parseVarStatement(this.startNode(), "let") : this.parseStatementListItem();
      }
      isExportDefaultSpecifier() {
        let { type: e } = this.state;
        if (C(e)) {
          if (e === 92 && !this.state.containsEsc || e === 97) return false;
          if ((e === 129 || e === 128 || e === 104) && !this.state.containsEsc) {
            let i = this.nextTokenStart(), r = this.input.charCodeAt(i);
            if (r === 123 || this.chStartsBindingIdentifier(r, i) && !this.isUnparsedContextual(i, "from")) return e !== 104 && this.expectOnePlugin(["flow", "typescript"]), false;
          }
        } else if (!this.match(61)) return false;
        let t = this.nextTokenStart(), s = this.isUnparsedContextual(t, "from");
        if (this.input.charCodeAt(t) === 44 || C(this.state.type) && s) return true;
        if (this.match(61) && s) {
          let i = this.input.charCodeAt(this.hasPlugin("exportDefaultFrom") ? this.nextTokenStartSince(t + 4) : this.nextTokenInLineStartSince(t + 4));
          return i === 34 || i === 39;
        }
        return false;
      }
      parseExportFrom(e, t) {
        this.eatContextual(95) ? (e.source = this.parseImportSource(), this.maybeParseImportAttributes(e)) : t && this.unexpected(null, 95), this.semicolon();
      }
      shouldParseExportDeclaration() {
        let { type: e } = this.state;
        return e === 22 && (this.expectOnePlugin(["decorators", "decorators-legacy"]), this.hasPlugin("decorators")) ? true : this.isUsing() ? (this.raise(l.UsingDeclarationExport, this.state.startLoc), true) : this.isAwaitUsing() ? (this.raise(l.UsingDeclarationExport, this.state.startLoc), true) : e === 70 || e === 71 || e === 64 || e === 76 || this.isLet() || this.isAsyncFunction() || this.isContextual(104) && this.nextTokenIsIdentifierOnSameLine();
      }
      checkNamedExport(e, t) {
        if (e.specifiers?.length) for (let s of e.specifiers) {
          let { exported: i } = s, r = i.type === "Identifier" ? i.name : i.value;
          if (this.checkDuplicateExports(s, r), !t && s.type === "ExportSpecifier") {
            let { local: n } = s;
            n.type !== "Identifier" ? this.raise(l.ExportBindingIsString, s, { localName: n.value, exportName: r }) : (this.checkReservedWord(n.name, n.start, true, false), this.scope.checkLocalExport(n));
          }
        }
        else if (e.declaration) {
          let s = e.declaration;
          if (s.type === "FunctionDeclaration" || s.type === "ClassDeclaration" || s.type === "StructDeclaration") {
            let { id: i } = s;
            if (!i) throw new Error("Assertion failure");
            this.checkDuplicateExports(e, i.name);
          } else if (s.type === "VariableDeclaration") for (let i of s.declarations) this.checkDeclaration(i.id);
        }
      }
      checkDeclaration(e) {
        if (e.type === "Identifier") this.checkDuplicateExports(e, e.name);
        else if (e.type === "ObjectPattern") for (let t of e.properties) this.checkDeclaration(t);
        else if (e.type === "ArrayPattern") for (let t of e.elements) t && this.checkDeclaration(t);
        else e.type === "ObjectProperty" ? this.checkDeclaration(e.value) : e.type === "RestElement" ? this.checkDeclaration(e.argument) : e.type === "AssignmentPattern" && this.checkDeclaration(e.left);
      }
      checkDuplicateExports(e, t) {
        this.exportedIdentifiers.has(t) && (t === "default" ? this.raise(l.DuplicateDefaultExport, e) : this.raise(l.DuplicateExport, e, { exportName: t })), this.exportedIdentifiers.add(t);
      }
      parseExportSpecifiers(e) {
        let t = [], s = true;
        for (this.expect(2); !this.eat(4); ) {
          if (s) s = false;
          else if (this.expect(8), this.eat(4)) break;
          let i = this.isContextual(129), r = this.match(133), n = this.startNode();
          n.local = this.parseModuleExportName(), t.push(this.parseExportSpecifier(n, r, e, i));
        }
        return t;
      }
      parseExportSpecifier(e, t, s, i) {
        return this.eatContextual(90) ? e.exported = this.parseModuleExportName() : t ? e.exported = this.cloneStringLiteral(e.local) : e.exported || (e.exported = this.cloneIdentifier(e.local)), this.finishNode(e, "ExportSpecifier");
      }
      parseModuleExportName() {
        if (this.match(133)) {
          let e = this.parseStringLiteral(this.state.value), t = hr.exec(e.value);
          return t && this.raise(l.ModuleExportNameHasLoneSurrogate, e, { surrogateCharCode: t[0].charCodeAt(0) }), e;
        }
        return this.parseIdentifier(true);
      }
      toNamespaceExportsFilter(e) {
        let t = /* @__PURE__ */ new Set();
        return e.map((s) => {
          let i, r, n;
          s.type === "ImportSpecifier" ? { imported: i, local: r, importKind: n } = s : { local: i, exported: r, exportKind: n } = s;
          let o = i.type === "Identifier" ? i.name : this.isStringModuleExportName(i) ? i.value : null;
          o !== null && (t.has(o) && this.raise(l.FilteredNamespaceDuplicateName, i, { name: o }), t.add(o));
          let h = false;
          return r.start !== i.start && (this.raise(l.FilteredNamespaceRename, r), h = true), (n === "type" || n === "typeof") && (this.raise(l.FilteredNamespaceTypeModifier, s), h = true), h ? s : (this.replaceNodeInPendingComments(s, i), i);
        });
      }
      checkImportPhase(e) {
        if (e.phase == null) return;
        let { specifiers: t } = e, s = t.length === 1 ? t[0].type : null;
        e.phase === "source" ? s !== "ImportDefaultSpecifier" && this.raise(l.SourcePhaseImportRequiresDefault, e) : e.phase === "defer" && s !== "ImportNamespaceSpecifier" && this.raise(l.DeferImportRequiresNamespace, e);
      }
      isPotentialImportPhase(e) {
        if (e) {
          if (!this.isContextual(94)) return false;
          let t = this.lookaheadCharCode();
          return t === 123 || t === 42;
        }
        return this.isContextual(102) || this.isContextual(94);
      }
      applyImportPhase(e, t, s, i) {
        if (t) {
          s === "defer" && (this.expectPlugin("deferredReexports", i), e.phase = "defer");
          return;
        }
        s === "source" ? (this.expectPlugin("sourcePhaseImports", i), e.phase = "source") : s === "defer" ? (this.expectPlugin("deferredImportEvaluation", i), e.phase = "defer") : (this.hasPlugin("sourcePhaseImports") || this.hasPlugin("deferredImportEvaluation")) && (e.phase = null);
      }
      parseMaybeImportPhase(e, t) {
        if (!this.isPotentialImportPhase(t)) return this.applyImportPhase(e, t, null), null;
        let s = this.startNode(), i = this.parseIdentifierName(true), { type: r } = this.state;
        return (O(r) ? r !== 95 || this.lookaheadCharCode() === 102 : r !== 8) ? (this.applyImportPhase(e, t, i, s.start), null) : (this.applyImportPhase(e, t, null), this.createIdentifier(s, i));
      }
      isPrecedingIdImportPhase(e) {
        let { type: t } = this.state;
        return C(t) ? t !== 95 || this.lookaheadCharCode() === 102 : t !== 8;
      }
      parseImport(e) {
        return this.match(133) ? this.parseImportSourceAndAttributes(e) : this.parseImportSpecifiersAndAfter(e, this.parseMaybeImportPhase(e, false));
      }
      parseImportSpecifiersAndAfter(e, t) {
        e.specifiers = [];
        let i = !this.maybeParseDefaultImportSpecifier(e, t) || this.eat(8), r = i && this.maybeParseStarImportSpecifier(e);
        return i && !r && this.parseNamedOrFilteredImportSpecifiers(e), this.expectContextual(95), this.parseImportSourceAndAttributes(e);
      }
      parseImportSourceAndAttributes(e) {
        return e.specifiers ?? (e.specifiers = []), e.source = this.parseImportSource(), this.maybeParseImportAttributes(e), this.checkImportPhase(e), this.semicolon(), this.sawUnambiguousESM = true, this.finishNode(e, "ImportDeclaration");
      }
      parseImportSource() {
        return this.match(133) || this.unexpected(), this.parseExprAtom();
      }
      parseImportSpecifierLocal(e, t, s) {
        t.local = this.parseIdentifier(), e.specifiers.push(this.finishImportSpecifier(t, s));
      }
      finishImportSpecifier(e, t) {
        return this.checkLVal(e.local, { type: t }, 8201), this.finishNode(e, t);
      }
      parseImportAttributes() {
        this.expect(2);
        let e = [], t = /* @__PURE__ */ new Set();
        do {
          if (this.match(4)) break;
          let s = this.startNode(), i = this.state.value;
          if (t.has(i) && this.raise(l.ModuleAttributesWithDuplicateKeys, this.state.startLoc, { key: i }), t.add(i), this.match(133) ? s.key = this.parseStringLiteral(i) : s.key = this.parseIdentifier(true), this.expect(10), !this.match(133)) throw this.raise(l.ModuleAttributeInvalidValue, this.state.startLoc);
          s.value = this.parseStringLiteral(this.state.value), e.push(this.finishNode(s, "ImportAttribute"));
        } while (this.eat(8));
        return this.expect(4), e;
      }
      maybeParseImportAttributes(e) {
        let t;
        if (this.match(72)) {
          if (this.hasPrecedingLineBreak() && this.lookaheadCharCode() === 40) return;
          this.next(), t = this.parseImportAttributes();
        } else t = [];
        e.attributes = t;
      }
      maybeParseDefaultImportSpecifier(e, t) {
        if (t) {
          let s = this.startNodeAtNode(t);
          return s.local = t, e.specifiers.push(this.finishImportSpecifier(s, "ImportDefaultSpecifier")), true;
        } else if (O(this.state.type)) return this.parseImportSpecifierLocal(e, this.startNode(), "ImportDefaultSpecifier"), true;
        return false;
      }
      maybeParseStarImportSpecifier(e) {
        if (this.match(51)) {
          let t = this.startNode();
          return this.next(), this.expectContextual(90), this.parseImportSpecifierLocal(e, t, "ImportNamespaceSpecifier"), true;
        }
        return false;
      }
      parseNamedOrFilteredImportSpecifiers(e) {
        let t = this.state.startLoc;
        this.setLoc(t);
        let s = e.specifiers.length;
        if (this.parseNamedImportSpecifiers(e), this.isContextual(90)) {
          this.expectPlugin("namespaceImportFilter");
          let r = this.startNodeAt(t);
          r.exportsFilter = this.toNamespaceExportsFilter(e.specifiers.splice(s)), this.next(), this.parseImportSpecifierLocal(e, r, "ImportNamespaceSpecifier");
          return;
        }
        let i = e.importKind === "type" || e.importKind === "typeof";
        for (let r = s; r < e.specifiers.length; r++) this.checkImportSpecifier(e.specifiers[r], i);
      }
      parseNamedImportSpecifiers(e) {
        let t = true;
        for (this.expect(2); !this.eat(4); ) {
          if (t) t = false;
          else {
            if (this.eat(10)) throw this.raise(l.DestructureNamedImport, this.state.startLoc);
            if (this.expect(8), this.eat(4)) break;
          }
          let s = this.startNode(), i = this.match(133), r = this.isContextual(129);
          s.imported = this.parseModuleExportName();
          let n = this.parseImportSpecifier(s, i, e.importKind === "type" || e.importKind === "typeof", r);
          e.specifiers.push(n);
        }
      }
      parseImportSpecifier(e, t, s, i) {
        return this.eatContextual(90) ? e.local = this.parseIdentifier() : e.local ?? (e.local = this.cloneIdentifier(e.imported)), this.finishNode(e, "ImportSpecifier");
      }
      checkImportSpecifier(e, t, s = 8201, i = true) {
        let { imported: r, local: n } = e;
        if (this.isStringModuleExportName(n)) throw this.raise(l.ImportBindingIsString, e, { importName: r.value });
        i && n.start === r.start && this.checkReservedWord(n.name, n.start, true, true), this.checkLVal(n, { type: "ImportSpecifier" }, s);
      }
      isStringModuleExportName(e) {
        return e.type === "StringLiteral" || e.type === "Literal";
      }
      isThisParam(e) {
        return e.type === "Identifier" && e.name === "this";
      }
    };
    Qt = /in(?:stanceof)?|as|satisfies/y;
    lr = { AbstractMethodHasImplementation: ({ methodName: a2 }) => `Method '${a2}' cannot have an implementation because it is marked abstract.`, AbstractPropertyHasInitializer: ({ propertyName: a2 }) => `Property '${a2}' cannot have an initializer because it is marked abstract.`, AccessorCannotBeOptional: "An 'accessor' property cannot be declared optional.", AccessorCannotDeclareThisParameter: "'get' and 'set' accessors cannot declare 'this' parameters.", AccessorCannotHaveTypeParameters: "An accessor cannot have type parameters.", ClassMethodHasDeclare: "Class methods cannot have the 'declare' modifier.", ClassMethodHasReadonly: "Class methods cannot have the 'readonly' modifier.", ConstInitializerMustBeStringOrNumericLiteralOrLiteralEnumReference: "A 'const' initializer in an ambient context must be a string or numeric literal or literal enum reference.", ConstructorHasTypeParameters: "Type parameters cannot appear on a constructor declaration.", DeclaratorDefiniteAssertionRequiresTypeAnnotation: "Declarations with definite assignment assertions must also have type annotations.", DeclaratorDefiniteAssertionWithInitializer: "Declarations with initializers cannot also have definite assignment assertions.", DeclareAccessor: ({ kind: a2 }) => `'declare' is not allowed in ${a2}ters.`, DeclareClassFieldHasInitializer: "Initializers are not allowed in ambient contexts.", DeclareFunctionHasImplementation: "An implementation cannot be declared in ambient contexts.", DecoratorAbstractMethod: ({ kind: a2 }) => `Decorators can't be used with ${a2.startsWith("a") ? "an" : "a"} ${a2}.`, DuplicateAccessibilityModifier: ({ modifier: a2 }) => `Accessibility modifier already seen: '${a2}'.`, DuplicateModifier: ({ modifier: a2 }) => `Duplicate modifier: '${a2}'.`, EmptyHeritageClauseType: ({ token: a2 }) => `'${a2}' list cannot be empty.`, EmptyNamespaceName: "Namespace must be given a name.", EmptyTypeArguments: "Type argument list cannot be empty.", EmptyTypeParameters: "Type parameter list cannot be empty.", ExpectedAmbientAfterExportDeclare: "'export declare' must be followed by an ambient declaration.", ExportAssignmentInTSNamespace: "An export assignment cannot be used in a namespace.", ExportInTSNamespace: "Export declarations are not permitted in a namespace.", ImportAliasHasImportType: "An import alias can not use 'import type'.", ImportInTSNamespace: "Import declarations in a namespace cannot reference a module.", IncompatibleModifiers: ({ modifiers: a2 }) => `'${a2[0]}' modifier cannot be used with '${a2[1]}' modifier.`, IndexSignatureHasAbstract: "Index signatures cannot have the 'abstract' modifier.", IndexSignatureHasAccessibility: ({ modifier: a2 }) => `Index signatures cannot have an accessibility modifier ('${a2}').`, IndexSignatureHasDeclare: "Index signatures cannot have the 'declare' modifier.", IndexSignatureHasOverride: "'override' modifier cannot appear on an index signature.", IndexSignatureHasStatic: "Index signatures cannot have the 'static' modifier.", InitializerNotAllowedInAmbientContext: "Initializers are not allowed in ambient contexts.", InlineModuleDeclarationMustUseString: "`module ... {}` declarations must have a string name. Use `namespace ... {}` instead.", InvalidHeritageClauseType: ({ token: a2 }) => `'${a2}' list can only include identifiers or qualified-names with optional type arguments.`, InvalidModifierOnAwaitUsingDeclaration: (a2) => `'${a2}' modifier cannot appear on an await using declaration.`, InvalidModifierOnTypeMember: ({ modifier: a2 }) => `'${a2}' modifier cannot appear on a type member.`, InvalidModifierOnTypeParameter: ({ modifier: a2 }) => `'${a2}' modifier cannot appear on a type parameter.`, InvalidModifierOnTypeParameterPositions: ({ modifier: a2 }) => `'${a2}' modifier can only appear on a type parameter of a class, interface or type alias.`, InvalidModifierOnUsingDeclaration: (a2) => `'${a2}' modifier cannot appear on a using declaration.`, InvalidModifiersOrder: ({ orderedModifiers: a2 }) => `'${a2[0]}' modifier must precede '${a2[1]}' modifier.`, InvalidNamespaceName: (a2) => `Namespace name cannot be '${a2}'.`, InvalidPropertyAccessAfterInstantiationExpression: "Invalid property access after an instantiation expression. You can either wrap the instantiation expression in parentheses, or delete the type arguments.", InvalidTupleMemberLabel: "Tuple members must be labeled with a simple identifier.", MissingInterfaceName: "'interface' declarations must be followed by an identifier.", NamespaceExportInTSNamespace: "Global module exports may only appear at top level.", NonAbstractClassHasAbstractMethod: "Abstract methods can only appear within an abstract class.", NonClassMethodPropertyHasAbstractModifier: "'abstract' modifier can only appear on a class, method, or property declaration.", OptionalTypeBeforeRequired: "A required element cannot follow an optional element.", OverrideNotInSubClass: "This member cannot have an 'override' modifier because its containing class does not extend another class.", PatternIsOptional: "A binding pattern parameter cannot be optional in an implementation signature.", PrivateElementHasAbstract: "Private elements cannot have the 'abstract' modifier.", PrivateElementHasAccessibility: ({ modifier: a2 }) => `Private elements cannot have an accessibility modifier ('${a2}').`, ReadonlyForMethodSignature: "'readonly' modifier can only appear on a property declaration or index signature.", ReservedArrowTypeParam: "This syntax is reserved in files with the .mts or .cts extension. Add a trailing comma, as in `<T,>() => ...`.", ReservedTypeAssertion: "This syntax is reserved in files with the .mts or .cts extension. Use an `as` expression instead.", SetAccessorCannotHaveOptionalParameter: "A 'set' accessor cannot have an optional parameter.", SetAccessorCannotHaveRestParameter: "A 'set' accessor cannot have rest parameter.", SetAccessorCannotHaveReturnType: "A 'set' accessor cannot have a return type annotation.", SingleTypeParameterWithoutTrailingComma: ({ typeParameterName: a2 }) => `Single type parameter ${a2} should have a trailing comma. Example usage: <${a2},>.`, StaticBlockCannotHaveModifier: "Static class blocks cannot have any modifier.", TupleOptionalAfterType: "A labeled tuple optional element must be declared using a question mark after the name and before the colon (`name?: type`), rather than after the type (`name: type?`).", TypeAnnotationAfterAssign: "Type annotations must come before default assignments, e.g. instead of `age = 25: number` use `age: number = 25`.", TypeImportCannotSpecifyDefaultAndNamed: "A type-only import can specify a default import or named bindings, but not both.", TypeModifierIsUsedInTypeExports: "The 'type' modifier cannot be used on a named export when 'export type' is used on its export statement.", TypeModifierIsUsedInTypeImports: "The 'type' modifier cannot be used on a named import when 'import type' is used on its import statement.", UnexpectedParameterInitializer: "A parameter initializer is only allowed in a function or constructor implementation.", UnexpectedParameterModifier: "A parameter property is only allowed in a constructor implementation.", UnexpectedReadonly: "'readonly' type modifier is only permitted on array and tuple literal types.", UnexpectedTypeAnnotation: "Did not expect a type annotation here.", UnexpectedTypeCastInParameter: "Unexpected type cast in parameter position.", UnexpectedTypeDeclaration: (a2) => `'${a2}' declarations can only be declared inside a block.`, UnsupportedImportTypeArgument: "Argument in a type import must be a string literal.", UnsupportedParameterPropertyKind: "A parameter property may not be declared using a binding pattern.", UnsupportedSignatureParameterKind: ({ type: a2 }) => `Name in a signature must be an Identifier, ObjectPattern or ArrayPattern, instead got ${a2}.`, UsingDeclarationInAmbientContext: (a2) => `'${a2}' declarations are not allowed in ambient contexts.` };
    d = B`typescript`(lr);
    fr = G(["declare", "private", "public", "protected", "override", "abstract", "readonly", "static"], ["in", "out"]);
    dr = G(["readonly"], ["declare", "abstract", "private", "protected", "public", "static", "override"]);
    mr = G(["public", "private", "protected", "override", "readonly"]);
    yr = G(["private", "public", "protected"]);
    xr = (a2) => class extends a2 {
      getScopeHandler() {
        return ne;
      }
      tsIsIdentifier() {
        return C(this.state.type);
      }
      tsTokenCanFollowModifier() {
        return this.match(0) || this.match(2) || this.match(51) || this.match(17) || this.match(137) || this.isLiteralPropertyName();
      }
      tsNextTokenOnSameLineAndCanFollowModifier() {
        return this.next(), this.hasPrecedingLineBreak() ? false : this.tsTokenCanFollowModifier();
      }
      tsNextTokenCanFollowModifier() {
        return this.match(103) ? (this.next(), this.tsTokenCanFollowModifier()) : this.tsNextTokenOnSameLineAndCanFollowModifier();
      }
      tsParseModifier(t, s, i) {
        if (!C(this.state.type) && this.state.type !== 54 && this.state.type !== 71) return;
        let r = this.state.value;
        if (t.has(r)) {
          if (i && this.match(103) || s && this.tsIsStartOfStaticBlocks()) return;
          let n = this.state.containsEsc && !C(this.state.type) ? this.state.startLoc : null;
          if (n && (this.state.containsEsc = false), this.tsTryParse(this.tsNextTokenCanFollowModifier.bind(this))) return n && this.raise(l.InvalidEscapedReservedWord, n, { reservedWord: r }), r;
          n && (this.state.containsEsc = true);
        }
      }
      tsParseModifiers(t, s = d.InvalidModifierOnTypeMember, i, r = false) {
        let n = (h, c, u, f) => {
          c === u && i[f] && this.raise(d.InvalidModifiersOrder, h, { orderedModifiers: [u, f] });
        }, o = (h, c, u, f) => {
          (i[u] && c === f || i[f] && c === u) && this.raise(d.IncompatibleModifiers, h, { modifiers: [u, f] });
        };
        for (; ; ) {
          let { startLoc: h } = this.state, c = this.tsParseModifier(t, r, i.static);
          if (!c) break;
          Xe(c) ? i.accessibility ? this.raise(d.DuplicateAccessibilityModifier, h, { modifier: c }) : (n(h, c, c, "override"), n(h, c, c, "static"), n(h, c, c, "readonly"), i.accessibility = c) : ur(c) ? (i[c] && this.raise(d.DuplicateModifier, h, { modifier: c }), i[c] = true, n(h, c, "in", "out")) : (lt(i, c) ? this.raise(d.DuplicateModifier, h, { modifier: c }) : (n(h, c, "static", "readonly"), n(h, c, "static", "override"), n(h, c, "override", "readonly"), n(h, c, "abstract", "override"), o(h, c, "declare", "override"), o(h, c, "static", "abstract")), i[c] = true), t.get(c) || this.raise(s, h, { modifier: c });
        }
      }
      tsIsListTerminator(t) {
        switch (t) {
          case "EnumMembers":
          case "TypeMembers":
            return this.match(4);
          case "HeritageClauseElement":
            return this.match(2);
          case "TupleElementTypes":
            return this.match(1);
          case "TypeParametersOrArguments":
            return this.match(44);
        }
      }
      tsParseList(t, s) {
        let i = [];
        for (; !this.tsIsListTerminator(t); ) i.push(s());
        return i;
      }
      tsParseDelimitedList(t, s, i) {
        return cr(this.tsParseDelimitedListWorker(t, s, true, i));
      }
      tsParseDelimitedListWorker(t, s, i, r) {
        let n = [], o = -1;
        for (; !this.tsIsListTerminator(t); ) {
          o = -1;
          let h = s();
          if (h == null) return;
          if (n.push(h), this.eat(8)) {
            o = this.state.lastTokStartLoc.index;
            continue;
          }
          if (this.tsIsListTerminator(t)) break;
          i && this.expect(8);
          return;
        }
        return r && (r.value = o), n;
      }
      tsParseBracketedList(t, s, i, r, n) {
        r || (i ? this.expect(0) : this.expect(43));
        let o = this.tsParseDelimitedList(t, s, n);
        return i ? this.expect(1) : this.expect(44), o;
      }
      tsParseImportType() {
        let t = this.startNode();
        return this.expect(79), this.expect(6), this.match(133) ? t.source = this.parseStringLiteral(this.state.value) : (this.raise(d.UnsupportedImportTypeArgument, this.state.startLoc), t.source = this.tsParseNonConditionalType()), this.eat(8) ? t.options = this.tsParseImportTypeOptions() : t.options = null, this.expect(7), this.eat(12) && (t.qualifier = this.tsParseEntityName(3)), this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSImportType");
      }
      tsParseImportTypeOptions() {
        let t = this.startNode();
        this.expect(2);
        let s = this.startNode();
        return this.isContextual(72) ? (s.method = false, s.key = this.parseIdentifier(true), s.computed = false, s.shorthand = false) : this.unexpected(null, 72), this.expect(10), s.value = this.tsParseImportTypeWithPropertyValue(), t.properties = [this.finishObjectProperty(s)], this.eat(8), this.expect(4), this.finishNode(t, "ObjectExpression");
      }
      tsParseImportTypeWithPropertyValue() {
        let t = this.startNode(), s = [];
        for (this.expect(2); !this.match(4); ) {
          let i = this.state.type;
          C(i) || i === 133 ? s.push(super.parsePropertyDefinition(null)) : this.unexpected(), this.eat(8);
        }
        return t.properties = s, this.next(), this.finishNode(t, "ObjectExpression");
      }
      tsParseEntityName(t) {
        let s;
        if (t & 1 && this.match(74)) if (t & 2) s = this.parseIdentifier(true);
        else {
          let i = this.startNode();
          this.next(), s = this.finishNode(i, "ThisExpression");
        }
        else s = this.parseIdentifier(!!(t & 1));
        for (; this.eat(12); ) {
          let i = this.startNodeAtNode(s);
          i.left = s, i.right = this.parseIdentifier(!!(t & 1)), s = this.finishNode(i, "TSQualifiedName");
        }
        return s;
      }
      tsParseTypeReference() {
        let t = this.startNode();
        return t.typeName = this.tsParseEntityName(1), !this.hasPrecedingLineBreak() && this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSTypeReference");
      }
      tsParseThisTypePredicate(t) {
        this.next();
        let s = this.startNodeAtNode(t);
        return s.parameterName = t, s.typeAnnotation = this.tsParseTypeAnnotation(false), s.asserts = false, this.finishNode(s, "TSTypePredicate");
      }
      tsParseThisTypeNode() {
        let t = this.startNode();
        return this.next(), this.finishNode(t, "TSThisType");
      }
      tsParseTypeQuery() {
        let t = this.startNode();
        return this.expect(83), this.match(79) ? t.exprName = this.tsParseImportType() : t.exprName = this.tsParseEntityName(1), !this.hasPrecedingLineBreak() && this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSTypeQuery");
      }
      tsParseInOutModifiers = this.tsParseModifiers.bind(this, G(["in", "out"], ["const", "public", "private", "protected", "readonly", "declare", "abstract", "override"]), d.InvalidModifierOnTypeParameter);
      tsParseConstModifier = this.tsParseModifiers.bind(this, G(["const"], ["in", "out"]), d.InvalidModifierOnTypeParameterPositions);
      tsParseInOutConstModifiers = this.tsParseModifiers.bind(this, G(["in", "out", "const"], ["public", "private", "protected", "readonly", "declare", "abstract", "override"]), d.InvalidModifierOnTypeParameter);
      tsParseTypeParameter(t) {
        let s = this.startNode();
        return t(s), s.name = this.tsParseTypeParameterName(), s.constraint = this.tsEatThenParseType(77), s.default = this.tsEatThenParseType(25), this.finishNode(s, "TSTypeParameter");
      }
      tsTryParseTypeParameters(t) {
        if (this.match(43)) return this.tsParseTypeParameters(t);
      }
      tsParseTypeParameters(t) {
        let s = this.startNode();
        this.match(43) || this.match(141) ? this.next() : this.unexpected();
        let i = { value: -1 };
        return s.params = this.tsParseBracketedList("TypeParametersOrArguments", this.tsParseTypeParameter.bind(this, t), false, true, i), s.params.length === 0 && this.raise(d.EmptyTypeParameters, s), i.value !== -1 && this.addExtra(s, "trailingComma", i.value), this.finishNode(s, "TSTypeParameterDeclaration");
      }
      tsFillSignature(t, s) {
        let i = t === 15, r = "params", n = "returnType";
        s.typeParameters = this.tsTryParseTypeParameters(this.tsParseConstModifier), this.expect(6), s[r] = this.tsParseBindingListForSignature(), i ? s[n] = this.tsParseTypeOrTypePredicateAnnotation(t) : this.match(t) && (s[n] = this.tsParseTypeOrTypePredicateAnnotation(t));
      }
      tsParseBindingListForSignature() {
        let t = super.parseBindingList(7, 41, 2);
        for (let s of t) {
          let { type: i } = s;
          (i === "AssignmentPattern" || i === "TSParameterProperty") && this.raise(d.UnsupportedSignatureParameterKind, s, { type: i });
        }
        return t;
      }
      tsParseTypeMemberSemicolon() {
        !this.eat(8) && !this.isLineTerminator() && this.expect(9);
      }
      tsParseSignatureMember(t, s) {
        return this.tsFillSignature(10, s), this.tsParseTypeMemberSemicolon(), this.finishNode(s, t);
      }
      tsIsUnambiguouslyIndexSignature() {
        return this.next(), C(this.state.type) ? (this.next(), this.match(10)) : false;
      }
      tsTryParseIndexSignature(t) {
        if (!(this.match(0) && this.tsLookAhead(this.tsIsUnambiguouslyIndexSignature.bind(this)))) return;
        this.expect(0);
        let s = this.parseIdentifier();
        s.typeAnnotation = this.tsParseTypeAnnotation(), this.resetEndLocation(s), this.expect(1), t.parameters = [s];
        let i = this.tsTryParseTypeAnnotation();
        return i && (t.typeAnnotation = i), this.tsParseTypeMemberSemicolon(), this.finishNode(t, "TSIndexSignature");
      }
      tsParsePropertyOrMethodSignature(t, s) {
        if (this.eat(13) && (t.optional = true), this.match(6) || this.match(43)) {
          s && this.raise(d.ReadonlyForMethodSignature, t);
          let i = t;
          if (i.kind && this.match(43) && this.raise(d.AccessorCannotHaveTypeParameters, this.state.curPosition()), this.tsFillSignature(10, i), this.tsParseTypeMemberSemicolon(), i.kind === "get") i.params.length > 0 && (this.raise(l.BadGetterArity, this.state.curPosition()), this.isThisParam(i.params[0]) && this.raise(d.AccessorCannotDeclareThisParameter, this.state.curPosition()));
          else if (i.kind === "set") {
            if (i.params.length !== 1) this.raise(l.BadSetterArity, this.state.curPosition());
            else {
              let r = i.params[0];
              this.isThisParam(r) && this.raise(d.AccessorCannotDeclareThisParameter, this.state.curPosition()), r.type === "Identifier" && r.optional && this.raise(d.SetAccessorCannotHaveOptionalParameter, this.state.curPosition()), r.type === "RestElement" && this.raise(d.SetAccessorCannotHaveRestParameter, this.state.curPosition());
            }
            i.returnType && this.raise(d.SetAccessorCannotHaveReturnType, i.returnType);
          } else i.kind = "method";
          return this.finishNode(i, "TSMethodSignature");
        } else {
          let i = t;
          s && (i.readonly = true);
          let r = this.tsTryParseTypeAnnotation();
          return r && (i.typeAnnotation = r), this.tsParseTypeMemberSemicolon(), this.finishNode(i, "TSPropertySignature");
        }
      }
      tsParseTypeMember() {
        let t = this.startNode();
        if (this.match(6) || this.match(43)) return this.tsParseSignatureMember("TSCallSignatureDeclaration", t);
        if (this.match(73)) {
          let i = this.startNode();
          return this.next(), this.match(6) || this.match(43) ? this.tsParseSignatureMember("TSConstructSignatureDeclaration", t) : (t.key = this.createIdentifier(i, "new"), this.tsParsePropertyOrMethodSignature(t, false));
        }
        this.tsParseModifiers(dr, void 0, t);
        let s = this.tsTryParseIndexSignature(t);
        return s || (super.parsePropertyName(t), !t.computed && t.key.type === "Identifier" && (t.key.name === "get" || t.key.name === "set") && this.tsTokenCanFollowModifier() && (t.kind = t.key.name, super.parsePropertyName(t), !this.match(6) && !this.match(43) && this.unexpected(null, 6)), this.tsParsePropertyOrMethodSignature(t, !!t.readonly));
      }
      tsParseTypeLiteral() {
        let t = this.startNode();
        return t.members = this.tsParseObjectTypeMembers(), this.finishNode(t, "TSTypeLiteral");
      }
      tsParseObjectTypeMembers() {
        this.expect(2);
        let t = this.tsParseList("TypeMembers", this.tsParseTypeMember.bind(this));
        return this.expect(4), t;
      }
      tsIsStartOfMappedType() {
        return this.next(), this.eat(49) ? this.isContextual(121) : (this.isContextual(121) && this.next(), !this.match(0) || (this.next(), !this.tsIsIdentifier()) ? false : (this.next(), this.match(54)));
      }
      tsParseMappedType() {
        let t = this.startNode();
        return this.expect(2), this.match(49) ? (t.readonly = this.state.value, this.next(), this.expectContextual(121)) : this.eatContextual(121) && (t.readonly = true), this.expect(0), t.key = this.tsParseTypeParameterName(), t.constraint = this.tsExpectThenParseType(54), t.nameType = this.eatContextual(90) ? this.tsParseType() : null, this.expect(1), this.match(49) ? (t.optional = this.state.value, this.next(), this.expect(13)) : this.eat(13) && (t.optional = true), t.typeAnnotation = this.tsTryParseType(), this.semicolon(), this.expect(4), this.finishNode(t, "TSMappedType");
      }
      tsParseTupleType() {
        let t = this.startNode();
        t.elementTypes = this.tsParseBracketedList("TupleElementTypes", this.tsParseTupleElementType.bind(this), true, false);
        let s = false;
        return t.elementTypes.forEach((i) => {
          let { type: r } = i;
          s && r !== "TSRestType" && r !== "TSOptionalType" && !(r === "TSNamedTupleMember" && i.optional) && this.raise(d.OptionalTypeBeforeRequired, i), s || (s = r === "TSNamedTupleMember" && i.optional || r === "TSOptionalType");
        }), this.finishNode(t, "TSTupleType");
      }
      tsParseTupleElementType() {
        let t = this.state.startLoc, s = this.eat(17), { startLoc: i } = this.state, r, n, o, h, u = O(this.state.type) ? this.lookaheadCharCode() : null;
        if (u === 58) r = true, o = false, n = this.parseIdentifier(true), this.expect(10), h = this.tsParseType();
        else if (u === 63) {
          o = true;
          let f = this.state.value, m = this.tsParseNonArrayType();
          this.lookaheadCharCode() === 58 ? (r = true, n = this.createIdentifier(this.startNodeAt(i), f), this.expect(13), this.expect(10), h = this.tsParseType()) : (r = false, h = m, this.expect(13));
        } else h = this.tsParseType(), o = this.eat(13), r = this.eat(10);
        if (r) {
          let f;
          n ? (f = this.startNodeAt(i), f.optional = o, f.label = n, f.elementType = h, this.eat(13) && (f.optional = true, this.raise(d.TupleOptionalAfterType, this.state.lastTokStartLoc))) : (f = this.startNodeAt(i), f.optional = o, this.raise(d.InvalidTupleMemberLabel, h), f.label = h, f.elementType = this.tsParseType()), h = this.finishNode(f, "TSNamedTupleMember");
        } else if (o) {
          let f = this.startNodeAt(i);
          f.typeAnnotation = h, h = this.finishNode(f, "TSOptionalType");
        }
        if (s) {
          let f = this.startNodeAt(t);
          f.typeAnnotation = h, h = this.finishNode(f, "TSRestType");
        }
        return h;
      }
      tsParseParenthesizedType() {
        let t = this.startNode();
        return this.expect(6), t.typeAnnotation = this.tsParseType(), this.expect(7), this.finishNode(t, "TSParenthesizedType");
      }
      tsParseFunctionOrConstructorType(t, s) {
        let i = this.startNode();
        return t === "TSConstructorType" && (i.abstract = !!s, s && this.next(), this.next()), this.tsInAllowConditionalTypesContext(() => this.tsFillSignature(15, i)), this.finishNode(i, t);
      }
      tsParseLiteralTypeNode() {
        let t = this.startNode();
        switch (this.state.type) {
          case 134:
          case 135:
          case 133:
          case 81:
          case 82:
            t.literal = super.parseExprAtom();
            break;
          default:
            this.unexpected();
        }
        return this.finishNode(t, "TSLiteralType");
      }
      tsParseTemplateLiteralType() {
        let t = this.state.startLoc, s = this.parseTemplateElement(false), i = [s];
        if (s.tail) {
          let r = this.startNodeAt(t), n = this.startNodeAt(t);
          return n.expressions = [], n.quasis = i, r.literal = this.finishNode(n, "TemplateLiteral"), this.finishNode(r, "TSLiteralType");
        } else {
          let r = [];
          for (; !s.tail; ) r.push(this.tsParseType()), this.readTemplateContinuation(), i.push(s = this.parseTemplateElement(false));
          let n = this.startNodeAt(t);
          return n.types = r, n.quasis = i, this.finishNode(n, "TSTemplateLiteralType");
        }
      }
      parseTemplateSubstitution() {
        return this.state.inType ? this.tsParseType() : super.parseTemplateSubstitution();
      }
      tsParseThisTypeOrThisTypePredicate() {
        let t = this.tsParseThisTypeNode();
        return this.isContextual(115) && !this.hasPrecedingLineBreak() ? this.tsParseThisTypePredicate(t) : t;
      }
      tsParseNonArrayType() {
        switch (this.state.type) {
          case 133:
          case 134:
          case 135:
          case 81:
          case 82:
            return this.tsParseLiteralTypeNode();
          case 49:
            if (this.state.value === "-") {
              let t = this.startNode(), s = this.lookahead();
              return s.type !== 134 && s.type !== 135 && this.unexpected(), t.literal = this.parseMaybeUnary(), this.finishNode(t, "TSLiteralType");
            }
            break;
          case 74:
            return this.tsParseThisTypeOrThisTypePredicate();
          case 83:
            return this.tsParseTypeQuery();
          case 79:
            return this.tsParseImportType();
          case 2:
            return this.tsLookAhead(this.tsIsStartOfMappedType.bind(this)) ? this.tsParseMappedType() : this.tsParseTypeLiteral();
          case 0:
            return this.tsParseTupleType();
          case 6:
            if (!(this.optionFlags & 2048)) {
              let t = this.state.startLoc;
              this.next();
              let s = this.tsParseType();
              return this.expect(7), this.addExtra(s, "parenthesized", true), this.addExtra(s, "parenStart", t.index), s;
            }
            return this.tsParseParenthesizedType();
          case 21:
          case 20:
            return this.tsParseTemplateLiteralType();
          default: {
            let { type: t } = this.state;
            if (C(t) || t === 84 || t === 80) {
              let s = t === 84 ? "TSVoidKeyword" : t === 80 ? "TSNullKeyword" : pr(this.state.value);
              if (s !== void 0 && this.lookaheadCharCode() !== 46) {
                let i = this.startNode();
                return this.next(), this.finishNode(i, s);
              }
              return this.tsParseTypeReference();
            }
          }
        }
        throw this.unexpected();
      }
      tsParseArrayTypeOrHigher() {
        let { startLoc: t } = this.state, s = this.tsParseNonArrayType();
        for (; !this.hasPrecedingLineBreak() && this.eat(0); ) if (this.match(1)) {
          let i = this.startNodeAt(t);
          i.elementType = s, this.expect(1), s = this.finishNode(i, "TSArrayType");
        } else {
          let i = this.startNodeAt(t);
          i.objectType = s, i.indexType = this.tsParseType(), this.expect(1), s = this.finishNode(i, "TSIndexedAccessType");
        }
        return s;
      }
      tsParseTypeOperator() {
        let t = this.startNode(), s = this.state.value;
        return this.next(), t.operator = s, t.typeAnnotation = this.tsParseTypeOperatorOrHigher(), s === "readonly" && this.tsCheckTypeAnnotationForReadOnly(t), this.finishNode(t, "TSTypeOperator");
      }
      tsCheckTypeAnnotationForReadOnly(t) {
        switch (t.typeAnnotation.type) {
          case "TSTupleType":
          case "TSArrayType":
            return;
          default:
            this.raise(d.UnexpectedReadonly, t);
        }
      }
      tsParseInferType() {
        let t = this.startNode();
        this.expectContextual(114);
        let s = this.startNode();
        return s.name = this.tsParseTypeParameterName(), s.constraint = this.tsTryParse(() => this.tsParseConstraintForInferType()), t.typeParameter = this.finishNode(s, "TSTypeParameter"), this.finishNode(t, "TSInferType");
      }
      tsParseConstraintForInferType() {
        if (this.eat(77)) {
          let t = this.tsInDisallowConditionalTypesContext(() => this.tsParseType());
          if (this.state.inDisallowConditionalTypesContext || !this.match(13)) return t;
        }
      }
      tsParseTypeOperatorOrHigher() {
        return vi(this.state.type) && !this.state.containsEsc ? this.tsParseTypeOperator() : this.isContextual(114) ? this.tsParseInferType() : this.tsInAllowConditionalTypesContext(() => this.tsParseArrayTypeOrHigher());
      }
      tsParseUnionOrIntersectionType(t, s, i) {
        let r = this.startNode(), n = this.eat(i), o = [];
        do
          o.push(s());
        while (this.eat(i));
        return o.length === 1 && !n ? o[0] : (r.types = o, this.finishNode(r, t));
      }
      tsParseIntersectionTypeOrHigher() {
        return this.tsParseUnionOrIntersectionType("TSIntersectionType", this.tsParseTypeOperatorOrHigher.bind(this), 41);
      }
      tsParseUnionTypeOrHigher() {
        return this.tsParseUnionOrIntersectionType("TSUnionType", this.tsParseIntersectionTypeOrHigher.bind(this), 39);
      }
      tsIsStartOfFunctionType() {
        return this.match(43) ? true : this.match(6) && this.tsLookAhead(this.tsIsUnambiguouslyStartOfFunctionType.bind(this));
      }
      tsSkipParameterStart() {
        if (C(this.state.type) || this.match(74)) return this.next(), true;
        let t = this.match(2);
        if (t || this.match(0)) {
          t || this.next();
          let { errors: s } = this.state, i = s.length, r = this.snapshotScopeStacks();
          try {
            return t ? this.parseObjectLike(4, true) : super.parseBindingList(1, 93, 1), s.length === i;
          } catch {
            return this.restoreScopeStacks(r), false;
          }
        }
        return false;
      }
      tsIsUnambiguouslyStartOfFunctionType() {
        return this.next(), !!(this.match(7) || this.match(17) || this.tsSkipParameterStart() && (this.match(10) || this.match(8) || this.match(13) || this.match(25) || this.match(7) && (this.next(), this.match(15))));
      }
      tsParseTypeOrTypePredicateAnnotation(t) {
        return this.tsInType(() => {
          let s = this.startNode();
          this.expect(t);
          let i = this.startNode(), r = !!this.tsTryParse(this.tsParseTypePredicateAsserts.bind(this));
          if (r && this.match(74)) {
            let h = this.tsParseThisTypeOrThisTypePredicate();
            return h.type === "TSThisType" ? (i.parameterName = h, i.asserts = true, i.typeAnnotation = null, h = this.finishNode(i, "TSTypePredicate")) : (this.resetStartLocationFromNode(h, i), h.asserts = true), s.typeAnnotation = h, this.finishNode(s, "TSTypeAnnotation");
          }
          let n = this.tsIsIdentifier() && this.tsTryParse(this.tsParseTypePredicatePrefix.bind(this));
          if (!n) return r ? (i.parameterName = this.parseIdentifier(), i.asserts = r, i.typeAnnotation = null, s.typeAnnotation = this.finishNode(i, "TSTypePredicate"), this.finishNode(s, "TSTypeAnnotation")) : this.tsParseTypeAnnotation(false, s);
          let o = this.tsParseTypeAnnotation(false);
          return i.parameterName = n, i.typeAnnotation = o, i.asserts = r, s.typeAnnotation = this.finishNode(i, "TSTypePredicate"), this.finishNode(s, "TSTypeAnnotation");
        });
      }
      tsTryParseTypeOrTypePredicateAnnotation() {
        if (this.match(10)) return this.tsParseTypeOrTypePredicateAnnotation(10);
      }
      tsTryParseTypeAnnotation() {
        if (this.match(10)) return this.tsParseTypeAnnotation();
      }
      tsTryParseType() {
        return this.tsEatThenParseType(10);
      }
      tsParseTypePredicatePrefix() {
        let t = this.parseIdentifier();
        if (this.isContextual(115) && !this.hasPrecedingLineBreak()) return this.next(), t;
      }
      tsParseTypePredicateAsserts() {
        if (this.state.type !== 108) return false;
        let t = this.state.containsEsc;
        return this.next(), !C(this.state.type) && !this.match(74) ? false : (t && this.raise(l.InvalidEscapedReservedWord, this.state.lastTokStartLoc, { reservedWord: "asserts" }), true);
      }
      tsParseTypeAnnotation(t = true, s = this.startNode()) {
        return this.tsInType(() => {
          t && this.expect(10), s.typeAnnotation = this.tsParseType();
        }), this.finishNode(s, "TSTypeAnnotation");
      }
      tsParseType() {
        Ge(this.state.inType);
        let t = this.tsParseNonConditionalType();
        if (this.state.inDisallowConditionalTypesContext || this.hasPrecedingLineBreak() || !this.eat(77)) return t;
        let s = this.startNodeAtNode(t);
        return s.checkType = t, s.extendsType = this.tsInDisallowConditionalTypesContext(() => this.tsParseNonConditionalType()), this.expect(13), s.trueType = this.tsInAllowConditionalTypesContext(() => this.tsParseType()), this.expect(10), s.falseType = this.tsInAllowConditionalTypesContext(() => this.tsParseType()), this.finishNode(s, "TSConditionalType");
      }
      isAbstractConstructorSignature() {
        return this.isContextual(123) && this.isLookaheadContextual("new");
      }
      tsParseNonConditionalType() {
        return this.tsIsStartOfFunctionType() ? this.tsParseFunctionOrConstructorType("TSFunctionType") : this.match(73) ? this.tsParseFunctionOrConstructorType("TSConstructorType") : this.isAbstractConstructorSignature() ? this.tsParseFunctionOrConstructorType("TSConstructorType", true) : this.tsParseUnionTypeOrHigher();
      }
      tsParseTypeAssertion() {
        this.getPluginOption("typescript", "disallowAmbiguousJSXLike") && this.raise(d.ReservedTypeAssertion, this.state.startLoc);
        let t = this.startNode();
        return t.typeAnnotation = this.tsInType(() => (this.next(), this.match(71) ? this.tsParseTypeReference() : this.tsParseType())), this.expect(44), this.state.canStartArrow = false, t.expression = this.parseMaybeUnary(), this.finishNode(t, "TSTypeAssertion");
      }
      tsParseHeritageClause(t) {
        let s = this.state.startLoc, i = this.tsParseDelimitedList("HeritageClauseElement", () => {
          let r = (this.state.canStartArrow = false, super.parseExprSubscripts());
          be(r) || this.raise(d.InvalidHeritageClauseType, r.start, { token: t });
          let n = t === "extends" ? "TSInterfaceHeritage" : "TSClassImplements";
          if (r.type === "TSInstantiationExpression") return r.type = n, r;
          let o = this.startNodeAtNode(r);
          return o.expression = r, (this.match(43) || this.match(47)) && (o.typeArguments = this.tsParseTypeArgumentsInExpression()), this.finishNode(o, n);
        });
        return i.length || this.raise(d.EmptyHeritageClauseType, s, { token: t }), i;
      }
      tsParseInterfaceDeclaration(t, s = {}) {
        if (this.hasFollowingLineBreak()) return null;
        this.expectContextual(128), s.declare && (t.declare = true), C(this.state.type) ? (t.id = this.parseIdentifier(), this.checkIdentifier(t.id, 130)) : (t.id = null, this.raise(d.MissingInterfaceName, this.state.startLoc)), t.typeParameters = this.tsTryParseTypeParameters(this.tsParseInOutConstModifiers), this.eat(77) && (t.extends = this.tsParseHeritageClause("extends"));
        let i = this.startNode();
        return i.body = this.tsInType(this.tsParseObjectTypeMembers.bind(this)), t.body = this.finishNode(i, "TSInterfaceBody"), this.finishNode(t, "TSInterfaceDeclaration");
      }
      tsParseTypeAliasDeclaration(t) {
        return t.id = this.parseIdentifier(), this.checkIdentifier(t.id, 2), t.typeAnnotation = this.tsInType(() => {
          if (t.typeParameters = this.tsTryParseTypeParameters(this.tsParseInOutModifiers), this.expect(25), this.isContextual(113) && this.lookaheadCharCode() !== 46) {
            let s = this.startNode();
            return this.next(), this.finishNode(s, "TSIntrinsicKeyword");
          }
          return this.tsParseType();
        }), this.semicolon(), this.finishNode(t, "TSTypeAliasDeclaration");
      }
      tsInTopLevelContext(t) {
        if (this.curContext() !== E.brace) {
          let s = this.state.context;
          this.state.context = [s[0]];
          try {
            return t();
          } finally {
            this.state.context = s;
          }
        } else return t();
      }
      tsInType(t) {
        let s = this.state.inType;
        this.state.inType = true;
        try {
          return t();
        } finally {
          this.state.inType = s;
        }
      }
      tsInDisallowConditionalTypesContext(t) {
        let s = this.state.inDisallowConditionalTypesContext;
        this.state.inDisallowConditionalTypesContext = true;
        try {
          return t();
        } finally {
          this.state.inDisallowConditionalTypesContext = s;
        }
      }
      tsInAllowConditionalTypesContext(t) {
        let s = this.state.inDisallowConditionalTypesContext;
        this.state.inDisallowConditionalTypesContext = false;
        try {
          return t();
        } finally {
          this.state.inDisallowConditionalTypesContext = s;
        }
      }
      tsEatThenParseType(t) {
        if (this.match(t)) return this.tsNextThenParseType();
      }
      tsExpectThenParseType(t) {
        return this.tsInType(() => (this.expect(t), this.tsParseType()));
      }
      tsNextThenParseType() {
        return this.tsInType(() => (this.next(), this.tsParseType()));
      }
      tsParseEnumMember() {
        let t = this.startNode();
        return t.id = this.match(133) ? super.parseStringLiteral(this.state.value) : this.parseIdentifier(true), this.eat(25) && (t.initializer = super.parseMaybeAssignAllowIn()), this.finishNode(t, "TSEnumMember");
      }
      tsParseEnumDeclaration(t, s = {}) {
        return s.const && (t.const = true), s.declare && (t.declare = true), this.expectContextual(125), t.id = this.parseIdentifier(), this.checkIdentifier(t.id, t.const ? 8971 : 8459), t.body = this.tsParseEnumBody(), this.finishNode(t, "TSEnumDeclaration");
      }
      tsParseEnumBody() {
        let t = this.startNode();
        return this.expect(2), t.members = this.tsParseDelimitedList("EnumMembers", this.tsParseEnumMember.bind(this)), this.expect(4), this.finishNode(t, "TSEnumBody");
      }
      tsParseModuleBlock(t) {
        let s = this.startNode();
        return t || this.scope.enter(0), this.expect(2), super.parseBlockOrModuleBlockBody(s.body = [], void 0, true, 4), t || this.scope.exit(), this.finishNode(s, "TSModuleBlock");
      }
      tsParseNamespaceDeclaration(t) {
        return t.id = this.tsParseEntityName(0), t.id.type === "Identifier" && this.checkIdentifier(t.id, 1024), this.scope.enter(2048), this.prodParam.enter(0), t.body = this.tsParseModuleBlock(false), this.prodParam.exit(), this.scope.exit(), this.finishNode(t, "TSModuleDeclaration");
      }
      tsParseAmbientExternalModuleDeclaration(t) {
        let s = this.isContextual(111);
        if (s) t.kind = "global", t.id = this.parseIdentifier();
        else {
          t.kind = "module";
          let { type: i, value: r } = this.state;
          i === 133 ? t.id = super.parseStringLiteral(r) : C(i) ? (this.raise(d.InlineModuleDeclarationMustUseString, this.state.startLoc), t.id = this.tsParseEntityName(0)) : i === 2 ? this.raise(d.EmptyNamespaceName, this.state.startLoc) : (this.raise(d.InvalidNamespaceName, this.state.startLoc, r), t.id = super.parseExprAtom());
        }
        return this.match(2) ? (s || this.scope.enter(1024), this.prodParam.enter(0), t.body = this.tsParseModuleBlock(s), this.prodParam.exit(), s || this.scope.exit()) : this.semicolon(), this.finishNode(t, "TSModuleDeclaration");
      }
      tsParseImportEqualsDeclaration(t, s) {
        t.id = s || this.parseIdentifier(), this.checkIdentifier(t.id, 4096), this.expect(25);
        let i = this.tsParseModuleReference();
        return t.importKind === "type" && i.type !== "TSExternalModuleReference" && this.raise(d.ImportAliasHasImportType, i), t.moduleReference = i, this.semicolon(), this.finishNode(t, "TSImportEqualsDeclaration");
      }
      tsIsExternalModuleReference() {
        return this.isContextual(118) && this.lookaheadCharCode() === 40;
      }
      tsParseModuleReference() {
        return this.tsIsExternalModuleReference() ? this.tsParseExternalModuleReference() : this.tsParseEntityName(0);
      }
      tsParseExternalModuleReference() {
        let t = this.startNode();
        return this.expectContextual(118), this.expect(6), this.match(133) || this.unexpected(), t.expression = super.parseExprAtom(), this.expect(7), this.sawUnambiguousESM = true, this.finishNode(t, "TSExternalModuleReference");
      }
      tsLookAhead(t) {
        let s = this.state.clone(), i = t();
        return this.state = s, i;
      }
      tsTryParseAndCatch(t) {
        let s = this.tryParse((i) => t() || i());
        if (!(s.aborted || !s.node)) return s.error && (this.state = s.failState), s.node;
      }
      tsTryParse(t) {
        let s = this.state.clone(), i = t();
        if (i !== void 0 && i !== false) return i;
        this.state = s;
      }
      tsTryParseDeclare(t) {
        if (this.isLineTerminator()) return;
        let s = this.state.type;
        return this.tsInAmbientContext(() => {
          switch (s) {
            case 64:
              return t.declare = true, super.parseFunctionStatement(t, false, 2);
            case 76:
              return t.declare = true, this.parseClass(t, true, false);
            case 125:
              return this.tsParseEnumDeclaration(t, { declare: true });
            case 111:
              return this.tsParseAmbientExternalModuleDeclaration(t);
            case 97:
              if (this.state.containsEsc) return;
            case 71:
            case 70:
              return !this.match(71) || !this.isLookaheadContextual("enum") ? (t.declare = true, this.parseVarStatement(t, this.state.value, true)) : (this.expect(71), this.tsParseEnumDeclaration(t, { const: true, declare: true }));
            case 106:
              if (this.isUsing()) return this.raise(d.InvalidModifierOnUsingDeclaration, this.state.startLoc, "declare"), t.declare = true, this.parseVarStatement(t, "using", true);
              break;
            case 93:
              if (this.isAwaitUsing()) return this.raise(d.InvalidModifierOnAwaitUsingDeclaration, this.state.startLoc, "declare"), t.declare = true, this.next(), this.parseVarStatement(t, "await using", true);
              break;
            case 128: {
              let i = this.tsParseInterfaceDeclaration(t, { declare: true });
              if (i) return i;
            }
            default:
              if (C(s)) return this.tsParseDeclaration(t, this.state.type, true, null);
          }
        });
      }
      tsTryParseExportDeclaration() {
        return this.tsParseDeclaration(this.startNode(), this.state.type, true, null);
      }
      tsParseDeclaration(t, s, i, r) {
        switch (s) {
          case 123:
            if (this.tsCheckLineTerminator(i) && (this.match(76) || C(this.state.type))) return this.tsParseAbstractDeclaration(t, r);
            break;
          case 126:
            if (this.tsCheckLineTerminator(i)) return this.tsParseAmbientExternalModuleDeclaration(t);
            break;
          case 127:
            if (this.tsCheckLineTerminator(i) && C(this.state.type)) return t.kind = "namespace", this.tsParseNamespaceDeclaration(t);
            break;
          case 129:
            if (this.tsCheckLineTerminator(i) && C(this.state.type)) return this.tsParseTypeAliasDeclaration(t);
            break;
        }
      }
      tsCheckLineTerminator(t) {
        return t ? this.hasFollowingLineBreak() ? false : (this.next(), true) : !this.isLineTerminator();
      }
      tsTryParseGenericAsyncArrowFunction(t) {
        if (!this.match(43)) return;
        let s = this.tsTryParseAndCatch(() => {
          let i = this.startNodeAt(t);
          return i.typeParameters = this.tsParseTypeParameters(this.tsParseConstModifier), super.parseFunctionParams(i), i.returnType = this.tsTryParseTypeOrTypePredicateAnnotation(), this.expect(15), i;
        });
        if (s) return super.parseArrowExpression(s, null, true);
      }
      tsParseTypeArgumentsInExpression() {
        if (this.reScan_lt() === 43) return this.tsParseTypeArguments();
      }
      tsParseTypeArguments() {
        let t = this.startNode();
        return t.params = this.tsInType(() => this.tsInTopLevelContext(() => (this.expect(43), this.tsParseDelimitedList("TypeParametersOrArguments", this.tsParseType.bind(this))))), t.params.length === 0 ? this.raise(d.EmptyTypeArguments, t) : !this.state.inType && this.curContext() === E.brace && this.reScan_lt_gt(), this.expect(44), this.finishNode(t, "TSTypeParameterInstantiation");
      }
      tsIsDeclarationStart() {
        return Li(this.state.type);
      }
      isExportDefaultSpecifier() {
        return this.tsIsDeclarationStart() ? false : super.isExportDefaultSpecifier();
      }
      parseBindingElement(t, s) {
        let i = s.length ? null : this.state.startLoc, r = {};
        this.tsParseModifiers(mr, void 0, r);
        let n = r.accessibility, o = r.override, h = r.readonly;
        !(t & 4) && (n || h || o) && this.raise(d.UnexpectedParameterModifier, i || s[0]);
        let c = this.state.startLoc, u = this.parseMaybeDefault(c);
        t & 2 && this.parseFunctionParamType(u);
        let f = this.parseMaybeDefault(c, u);
        if (n || h || o) {
          let m = i ? this.startNodeAt(i) : this.startNodeAtNode(s[0]);
          return s.length && (m.decorators = s), n && (m.accessibility = n), h && (m.readonly = h), o && (m.override = o), f.type !== "Identifier" && f.type !== "AssignmentPattern" && this.raise(d.UnsupportedParameterPropertyKind, i || s[0]), m.parameter = f, this.finishNode(m, "TSParameterProperty");
        }
        return s.length && (u.decorators = s), f;
      }
      isSimpleParameter(t) {
        return t.type === "TSParameterProperty" && super.isSimpleParameter(t.parameter) || super.isSimpleParameter(t);
      }
      tsDisallowOptionalPattern(t) {
        for (let s of t.params) s.type !== "Identifier" && s.optional && !this.state.isAmbientContext && this.raise(d.PatternIsOptional, s);
      }
      setArrowFunctionParameters(t, s, i) {
        super.setArrowFunctionParameters(t, s, i), this.tsDisallowOptionalPattern(t);
      }
      parseFunctionBodyAndFinish(t, s, i = false) {
        this.match(10) && (t.returnType = this.tsParseTypeOrTypePredicateAnnotation(10));
        let r = s === "FunctionDeclaration" ? "TSDeclareFunction" : s === "ClassMethod" || s === "ClassPrivateMethod" ? "TSDeclareMethod" : void 0;
        if (r && !this.match(2) && this.isLineTerminator()) {
          if (r === "TSDeclareMethod" && t.kind === "constructor") for (let n of t.params) n.type === "TSParameterProperty" ? this.raise(d.UnexpectedParameterModifier, n) : n.type === "AssignmentPattern" && this.raise(d.UnexpectedParameterInitializer, n);
          else for (let n of t.params) n.type === "AssignmentPattern" && this.raise(d.UnexpectedParameterInitializer, n);
          return this.finishNode(t, r);
        }
        return r && this.state.isAmbientContext && (this.raise(d.DeclareFunctionHasImplementation, this.state.startLoc), r === "TSDeclareFunction" && t.declare) ? super.parseFunctionBodyAndFinish(t, r, i) : (this.tsDisallowOptionalPattern(t), super.parseFunctionBodyAndFinish(t, s, i));
      }
      registerFunctionStatementId(t) {
        !t.body && t.id ? this.checkIdentifier(t.id, 1024) : super.registerFunctionStatementId(t);
      }
      tsCheckForInvalidTypeCasts(t) {
        t.forEach((s) => {
          s?.type === "TSTypeCastExpression" && this.raise(d.UnexpectedTypeAnnotation, s.typeAnnotation);
        });
      }
      toReferencedList(t, s) {
        return this.tsCheckForInvalidTypeCasts(t), t;
      }
      parseArrayLike(t, s) {
        let i = super.parseArrayLike(t, s);
        return i.type === "ArrayExpression" && this.tsCheckForInvalidTypeCasts(i.elements), i;
      }
      parseSubscript(t, s, i, r) {
        if (!this.hasPrecedingLineBreak() && this.match(31)) {
          this.state.canStartJSXElement = false, this.next();
          let o = this.startNodeAt(s);
          return o.expression = t, this.finishNode(o, "TSNonNullExpression");
        }
        let n = false;
        if (this.match(14) && this.lookaheadCharCode() === 60) {
          if (i) return r.stop = true, t;
          r.optionalChainMember = n = true, this.next();
        }
        if (this.match(43) || this.match(47)) {
          let o, h = this.tsTryParseAndCatch(() => {
            if (!i && this.atPossibleAsyncArrow(t)) {
              let m = this.tsTryParseGenericAsyncArrowFunction(s);
              if (m) return r.stop = true, m;
            }
            let c = this.tsParseTypeArgumentsInExpression();
            if (!c) return;
            if (n && !this.match(6)) {
              o = this.state.curPosition();
              return;
            }
            if (te(this.state.type)) {
              let m = super.parseTaggedTemplateExpression(t, s, r);
              return m.typeArguments = c, m;
            }
            if (!i && this.eat(6)) {
              let m = this.startNodeAt(s);
              return m.callee = t, m.arguments = this.parseCallExpressionArguments(), this.tsCheckForInvalidTypeCasts(m.arguments), m.typeArguments = c, r.optionalChainMember && (m.optional = n), this.finishCallExpression(m, r.optionalChainMember);
            }
            let u = this.state.type;
            if (u === 44 || u === 48 || u !== 6 && u !== 90 && u !== 119 && ft(u) && !this.hasPrecedingLineBreak()) return;
            let f = this.startNodeAt(s);
            return f.expression = t, f.typeArguments = c, this.finishNode(f, "TSInstantiationExpression");
          });
          if (o && this.unexpected(o, 6), h) return h.type === "TSInstantiationExpression" && ((this.match(12) || this.match(14) && this.lookaheadCharCode() !== 40) && this.raise(d.InvalidPropertyAccessAfterInstantiationExpression, this.state.startLoc), !this.match(12) && !this.match(14) && (h.expression = super.stopParseSubscript(t, r))), h;
        }
        return super.parseSubscript(t, s, i, r);
      }
      parseNewCallee(t) {
        super.parseNewCallee(t);
        let { callee: s } = t;
        s.type === "TSInstantiationExpression" && !s.extra?.parenthesized && (t.typeArguments = s.typeArguments, t.callee = s.expression);
      }
      parseExprOp(t, s, i) {
        let r;
        if (Nt(54) > i && !this.hasPrecedingLineBreak() && (this.isContextual(90) || (r = this.isContextual(119)))) {
          let n = this.startNodeAt(s);
          n.expression = t, n.typeAnnotation = this.tsInType(() => (this.next(), this.match(71) ? (r && this.raise(l.UnexpectedKeyword, this.state.startLoc, { keyword: "const" }), this.tsParseTypeReference()) : this.tsParseType()));
          let o = this.finishNode(n, r ? "TSSatisfiesExpression" : "TSAsExpression");
          return this.reScan_lt_gt(), this.parseExprOp(o, s, i);
        }
        return super.parseExprOp(t, s, i);
      }
      checkReservedWord(t, s, i, r) {
        this.state.isAmbientContext || super.checkReservedWord(t, s, i, r);
      }
      checkDuplicateExports() {
      }
      isPotentialImportPhase(t) {
        if (super.isPotentialImportPhase(t)) return true;
        if (this.isContextual(129)) {
          let s = this.lookaheadCharCode();
          return t ? s === 123 || s === 42 : s !== 61;
        }
        return !t && this.isContextual(83);
      }
      applyImportPhase(t, s, i, r) {
        super.applyImportPhase(t, s, i, r), s ? t.exportKind = i === "type" ? "type" : "value" : t.importKind = i === "type" || i === "typeof" ? i : "value";
      }
      parseImport(t) {
        if (this.match(133)) return t.importKind = "value", this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, t), super.parseImport(t);
        let s;
        if (C(this.state.type) && this.lookaheadCharCode() === 61) {
          t.importKind = "value";
          let i = this.tsParseImportEqualsDeclaration(t);
          return this.scope.inTSNamespace && i.moduleReference.type === "TSExternalModuleReference" && this.raise(d.ImportInTSNamespace, t), i;
        } else if (this.isContextual(129)) {
          let i = this.parseMaybeImportPhase(t, false);
          if (this.lookaheadCharCode() === 61) return this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, t), this.tsParseImportEqualsDeclaration(t, i);
          s = super.parseImportSpecifiersAndAfter(t, i);
        } else s = super.parseImport(t);
        return s.importKind === "type" && s.specifiers.length > 1 && s.specifiers[0].type === "ImportDefaultSpecifier" ? this.raise(d.TypeImportCannotSpecifyDefaultAndNamed, s) : this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, s), s;
      }
      parseExport(t, s) {
        if (this.match(79)) {
          let i = this.startNode();
          this.next();
          let r = null;
          this.isContextual(129) && this.isPotentialImportPhase(false) ? r = this.parseMaybeImportPhase(i, false) : i.importKind = "value";
          let n = this.tsParseImportEqualsDeclaration(i, r);
          return t.attributes = [], t.declaration = n, t.exportKind = "value", t.source = null, t.specifiers = [], this.finishNode(t, "ExportNamedDeclaration");
        } else if (this.eat(25)) {
          let i = t;
          return i.expression = super.parseExpression(), this.semicolon(), this.sawUnambiguousESM = true, this.scope.inTSNamespace && this.raise(d.ExportAssignmentInTSNamespace, i), this.finishNode(i, "TSExportAssignment");
        } else if (this.eatContextual(90)) {
          let i = t;
          return this.expectContextual(127), i.id = this.parseIdentifier(), this.checkIdentifier(i.id, 8201), this.semicolon(), this.scope.inTSNamespace && this.raise(d.NamespaceExportInTSNamespace, i), this.finishNode(i, "TSNamespaceExportDeclaration");
        } else {
          let i = super.parseExport(t, s);
          return this.scope.inTSNamespace && (i.type !== "ExportNamedDeclaration" || i.source || !i.declaration && !this.state.isAmbientContext) && this.raise(d.ExportInTSNamespace, i), i;
        }
      }
      isAbstractClass() {
        return this.isContextual(123) && this.isLookaheadContextual("class");
      }
      parseExportDefaultExpression() {
        if (this.isAbstractClass()) {
          let t = this.startNode();
          return this.next(), t.abstract = true, this.parseClass(t, true, true);
        }
        if (this.match(128)) {
          let t = this.tsParseInterfaceDeclaration(this.startNode());
          if (t) return t;
        }
        return super.parseExportDefaultExpression();
      }
      parseVarStatement(t, s, i = false) {
        let { isAmbientContext: r } = this.state, n = super.parseVarStatement(t, s, i || r);
        if (r && !t.declare && (s === "using" || s === "await using")) return this.raiseOverwrite(d.UsingDeclarationInAmbientContext, t, s), n;
        for (let o of n.declarations) {
          let { id: h, init: c, definite: u } = o;
          u && (c ? this.raise(d.DeclaratorDefiniteAssertionWithInitializer, h) : h.typeAnnotation || this.raise(d.DeclaratorDefiniteAssertionRequiresTypeAnnotation, h)), r && c && (s === "var" || s === "let" || h.typeAnnotation ? this.raise(d.InitializerNotAllowedInAmbientContext, c) : gr(c, this.hasPlugin("estree")) || this.raise(d.ConstInitializerMustBeStringOrNumericLiteralOrLiteralEnumReference, c));
        }
        return n;
      }
      parseStatementContent(t, s) {
        let i = !!(t & 2);
        if (!this.state.containsEsc) switch (this.state.type) {
          case 71: {
            if (this.isLookaheadContextual("enum")) {
              let r = this.startNode();
              return this.next(), this.tsParseEnumDeclaration(r, { const: true });
            }
            break;
          }
          case 123:
          case 124: {
            if (this.nextTokenIsIdentifierAndNotTSRelationalOperatorOnSameLine()) {
              let r = this.state.type, n = this.startNode();
              this.next();
              let o = r === 124 ? this.tsTryParseDeclare(n) : this.tsParseAbstractDeclaration(n, s);
              return o ? (r === 124 && (o.declare = true), o) : (n.expression = this.createIdentifier(this.startNodeAtNode(n), r === 124 ? "declare" : "abstract"), this.semicolon(false), this.finishNode(n, "ExpressionStatement"));
            }
            break;
          }
          case 125:
            return this.tsParseEnumDeclaration(this.startNode());
          case 111: {
            if (this.lookaheadCharCode() === 123) {
              let n = this.startNode();
              return this.tsParseAmbientExternalModuleDeclaration(n);
            }
            break;
          }
          case 128: {
            let r = this.tsParseInterfaceDeclaration(this.startNode());
            if (r) return i || this.raise(d.UnexpectedTypeDeclaration, r, "interface"), r;
            break;
          }
          case 126: {
            if (this.nextTokenIsStringLiteralOnSameLine()) {
              let r = this.startNode();
              return this.next(), this.tsParseDeclaration(r, 126, false, s);
            } else if (this.nextTokenIsIdentifierOnSameLine()) {
              this.raise(d.InlineModuleDeclarationMustUseString, this.state.startLoc);
              let r = this.startNode();
              return this.next(), this.tsParseDeclaration(r, 127, false, s);
            }
            break;
          }
          case 127: {
            if (this.nextTokenIsIdentifierOnSameLine()) {
              let r = this.startNode();
              return this.next(), this.tsParseDeclaration(r, 127, false, s);
            }
            break;
          }
          case 129: {
            if (this.nextTokenIsIdentifierOnSameLine()) {
              let r = this.startNode();
              return i || this.raise(d.UnexpectedTypeDeclaration, r, "type"), this.next(), this.tsParseTypeAliasDeclaration(r);
            }
            break;
          }
        }
        return super.parseStatementContent(t, s);
      }
      parseAccessModifier() {
        return this.tsParseModifier(yr);
      }
      tsHasSomeModifiers(t, s) {
        return s.some((i) => Xe(i) ? t.accessibility === i : !!t[i]);
      }
      tsIsStartOfStaticBlocks() {
        return this.isContextual(103) && this.lookaheadCharCode() === 123;
      }
      parseClassMember(t, s, i) {
        this.tsParseModifiers(fr, d.InvalidModifierOnTypeParameterPositions, s, true);
        let r = () => {
          this.tsIsStartOfStaticBlocks() ? (this.next(), this.next(), this.tsHasSomeModifiers(s, ["declare", "private", "public", "protected", "override", "abstract", "readonly", "static"]) && this.raise(d.StaticBlockCannotHaveModifier, this.state.curPosition()), super.parseClassStaticBlock(t, s)) : this.parseClassMemberWithIsStatic(t, s, i, !!s.static);
        };
        s.declare ? this.tsInAmbientContext(r) : r(), s.decorators && s.decorators.length > 0 && !this.hasPlugin("decorators-legacy") && (s.type === "TSAbstractMethodDefinition" || s.type === "TSDeclareMethod" ? this.raise(d.DecoratorAbstractMethod, s, { kind: "abstract method" }) : (s.type === "ClassProperty" && s.abstract || s.type === "ClassProperty" && s.declare || s.type === "TSAbstractPropertyDefinition" || s.type === "PropertyDefinition" && s.declare) && this.raise(d.DecoratorAbstractMethod, s, { kind: s.declare ? "declare field" : "abstract field" }));
      }
      parseClassMemberWithIsStatic(t, s, i, r) {
        let n = this.tsTryParseIndexSignature(s);
        if (n) {
          t.body.push(n), s.abstract && this.raise(d.IndexSignatureHasAbstract, s), s.accessibility && this.raise(d.IndexSignatureHasAccessibility, s, { modifier: s.accessibility }), s.declare && this.raise(d.IndexSignatureHasDeclare, s), s.override && this.raise(d.IndexSignatureHasOverride, s);
          return;
        }
        !this.state.inAbstractClass && s.abstract && this.raise(d.NonAbstractClassHasAbstractMethod, s), s.override && (i.hadSuperClass || this.raise(d.OverrideNotInSubClass, s)), super.parseClassMemberWithIsStatic(t, s, i, r);
      }
      parsePostMemberNameModifiers(t) {
        this.eat(13) && (t.optional = true), t.readonly && this.match(6) && this.raise(d.ClassMethodHasReadonly, t), t.declare && this.match(6) && this.raise(d.ClassMethodHasDeclare, t);
      }
      shouldParseExportDeclaration() {
        return this.tsIsDeclarationStart() ? true : super.shouldParseExportDeclaration();
      }
      parseConditional(t, s, i) {
        if (!this.match(13)) return t;
        if (i != null) {
          let o = this.lookaheadCharCode();
          if (o === 44 || o === 61 || o === 58 || o === 41) return this.setOptionalParametersError(i), t;
        }
        this.next();
        let r = this.startNodeAt(s);
        r.test = t;
        let n = this.state.inConditionalConsequent;
        return this.state.inConditionalConsequent = true, r.consequent = this.parseMaybeAssignAllowIn(), this.state.inConditionalConsequent = n, this.expect(10), r.alternate = this.parseMaybeAssign(), this.finishNode(r, "ConditionalExpression");
      }
      parseParenItem(t, s) {
        let i = super.parseParenItem(t, s);
        if (this.eat(13) && (i.optional = true, this.resetEndLocation(t)), this.match(10)) {
          let r = this.startNodeAt(s);
          return r.expression = t, r.typeAnnotation = this.tsParseTypeAnnotation(), this.finishNode(r, "TSTypeCastExpression");
        }
        return t;
      }
      parseExportDeclaration(t) {
        if (!this.state.isAmbientContext && this.isContextual(124)) return this.tsInAmbientContext(() => this.parseExportDeclaration(t));
        let s = this.state.startLoc, i = this.eatContextual(124);
        if (i && (this.isContextual(124) || !this.shouldParseExportDeclaration())) throw this.raise(d.ExpectedAmbientAfterExportDeclare, this.state.startLoc);
        let n = C(this.state.type) && this.tsTryParseExportDeclaration() || super.parseExportDeclaration(t);
        return n ? ((n.type === "TSInterfaceDeclaration" || n.type === "TSTypeAliasDeclaration" || i) && (t.exportKind = "type"), i && n.type !== "TSImportEqualsDeclaration" && (this.resetStartLocation(n, s), n.declare = true), n) : null;
      }
      parseClassId(t, s, i, r) {
        if ((!s || i) && this.isContextual(112)) {
          t.id = null;
          return;
        }
        super.parseClassId(t, s, i, t.declare ? 1024 : 8331);
        let n = this.tsTryParseTypeParameters(this.tsParseInOutConstModifiers);
        n && (t.typeParameters = n);
      }
      parseClassPropertyAnnotation(t) {
        t.optional || (this.eat(31) ? t.definite = true : this.eat(13) && (t.optional = true));
        let s = this.tsTryParseTypeAnnotation();
        s && (t.typeAnnotation = s), t.definite && (this.match(25) ? this.raise(d.DeclaratorDefiniteAssertionWithInitializer, t) : s || this.raise(d.DeclaratorDefiniteAssertionRequiresTypeAnnotation, t));
      }
      parseClassProperty(t) {
        if (this.parseClassPropertyAnnotation(t), this.state.isAmbientContext && !(t.readonly && !t.typeAnnotation) && this.match(25) && this.raise(d.DeclareClassFieldHasInitializer, this.state.startLoc), t.abstract && this.match(25)) {
          let { key: s } = t;
          this.raise(d.AbstractPropertyHasInitializer, this.state.startLoc, { propertyName: s.type === "Identifier" && !t.computed ? s.name : `[${this.input.slice(this.offsetToSourcePos(s.start), this.offsetToSourcePos(s.end))}]` });
        }
        return super.parseClassProperty(t);
      }
      parseClassPrivateProperty(t) {
        return t.abstract && this.raise(d.PrivateElementHasAbstract, t), t.accessibility && this.raise(d.PrivateElementHasAccessibility, t, { modifier: t.accessibility }), this.parseClassPropertyAnnotation(t), super.parseClassPrivateProperty(t);
      }
      parseClassAccessorProperty(t) {
        return this.parseClassPropertyAnnotation(t), t.optional && this.raise(d.AccessorCannotBeOptional, t), super.parseClassAccessorProperty(t);
      }
      pushClassMethod(t, s, i, r, n, o) {
        let h = this.tsTryParseTypeParameters(this.tsParseConstModifier);
        h && n && this.raise(d.ConstructorHasTypeParameters, h);
        let { declare: c = false, kind: u } = s;
        c && (u === "get" || u === "set") && this.raise(d.DeclareAccessor, s, { kind: u }), h && (s.typeParameters = h), super.pushClassMethod(t, s, i, r, n, o);
      }
      pushClassPrivateMethod(t, s, i, r) {
        let n = this.tsTryParseTypeParameters(this.tsParseConstModifier);
        n && (s.typeParameters = n), super.pushClassPrivateMethod(t, s, i, r);
      }
      declareClassPrivateMethodInScope(t, s) {
        t.type !== "TSDeclareMethod" && (t.type === "MethodDefinition" && t.value.body == null || super.declareClassPrivateMethodInScope(t, s));
      }
      parseClassSuper(t) {
        if (super.parseClassSuper(t), t.superClass) if (t.superClass.type === "TSInstantiationExpression") {
          let s = t.superClass, i = s.expression;
          this.takeSurroundingComments(i, i.start, i.end);
          let r = s.typeArguments;
          this.takeSurroundingComments(r, r.start, r.end), t.superClass = i, t.superTypeArguments = r;
        } else (this.match(43) || this.match(47)) && (t.superTypeArguments = this.tsParseTypeArgumentsInExpression());
        this.eatContextual(112) && (t.implements = this.tsParseHeritageClause("implements"));
      }
      parseObjPropValue(t, s, i, r, n, o, h) {
        let c = this.tsTryParseTypeParameters(this.tsParseConstModifier);
        return c && (t.typeParameters = c), super.parseObjPropValue(t, s, i, r, n, o, h);
      }
      parseFunctionParams(t, s) {
        let i = this.tsTryParseTypeParameters(this.tsParseConstModifier);
        i && (t.typeParameters = i), super.parseFunctionParams(t, s);
      }
      parseVarId(t, s) {
        super.parseVarId(t, s), t.id.type === "Identifier" && !this.hasPrecedingLineBreak() && this.eat(31) && (t.definite = true);
        let i = this.tsTryParseTypeAnnotation();
        i && (t.id.typeAnnotation = i, this.resetEndLocation(t.id));
      }
      parseAsyncArrowFromCallExpression(t, s) {
        return this.match(10) && (t.returnType = this.tsParseTypeAnnotation()), super.parseAsyncArrowFromCallExpression(t, s);
      }
      parseMaybeAssign(t, s) {
        let i, r, n;
        if (this.hasPlugin("jsx") && (this.match(141) || this.match(43))) {
          if (i = this.state.clone(), r = this.tryParse(() => super.parseMaybeAssign(t, s), i), !r.error) return r.node;
          let { context: c } = this.state, u = c[c.length - 1];
          (u === E.j_oTag || u === E.j_expr) && c.pop();
        }
        if (!r?.error && !this.match(43)) return super.parseMaybeAssign(t, s);
        (!i || i === this.state) && (i = this.state.clone());
        let o, h = this.tryParse((c) => {
          o = this.tsParseTypeParameters(this.tsParseConstModifier);
          let u = super.parseMaybeAssign(t, s);
          if ((u.type !== "ArrowFunctionExpression" || u.extra?.parenthesized) && c(), o?.params.length !== 0 && this.resetStartLocationFromNode(u, o), u.typeParameters = o, this.hasPlugin("jsx") && u.typeParameters.params.length === 1 && !u.typeParameters.extra?.trailingComma) {
            let f = u.typeParameters.params[0];
            f.constraint || this.raise(d.SingleTypeParameterWithoutTrailingComma, this.optionFlags & 256 ? F(f.loc.end, 1) : f, { typeParameterName: f.name.name });
          }
          return u;
        }, i);
        if (!h.error && !h.aborted) return o && this.reportReservedArrowTypeParam(o), h.node;
        if (!r && (Ge(!this.hasPlugin("jsx")), n = this.tryParse(() => super.parseMaybeAssign(t, s), i), !n.error)) return n.node;
        if (r?.node) return this.state = r.failState, r.node;
        if (h.node) return this.state = h.failState, o && this.reportReservedArrowTypeParam(o), h.node;
        if (n?.node) return this.state = n.failState, n.node;
        throw r?.error || h.error || n?.error;
      }
      reportReservedArrowTypeParam(t) {
        t.params.length === 1 && !t.params[0].constraint && !t.extra?.trailingComma && this.getPluginOption("typescript", "disallowAmbiguousJSXLike") && this.raise(d.ReservedArrowTypeParam, t);
      }
      parseMaybeUnary(t, s) {
        return !this.hasPlugin("jsx") && this.match(43) ? this.tsParseTypeAssertion() : super.parseMaybeUnary(t, s);
      }
      parseArrow(t) {
        if (this.match(10)) {
          let s = this.tryParse((i) => {
            let r = this.tsParseTypeOrTypePredicateAnnotation(10);
            return (this.canInsertSemicolon() || !this.match(15)) && i(), r;
          });
          if (s.aborted) return;
          s.thrown || (s.error && (this.state = s.failState), t.returnType = s.node);
        }
        return super.parseArrow(t);
      }
      parseFunctionParamType(t) {
        this.eat(13) && (t.optional = true);
        let s = this.tsTryParseTypeAnnotation();
        return s && (t.typeAnnotation = s), this.resetEndLocation(t), t;
      }
      isAssignable(t, s) {
        switch (t.type) {
          case "TSTypeCastExpression":
            return this.isAssignable(t.expression, s);
          case "TSParameterProperty":
            return true;
          default:
            return super.isAssignable(t, s);
        }
      }
      toAssignable(t, s = false) {
        if (Zt(t)) {
          s ? this.expressionScope.recordArrowParameterBindingError(d.UnexpectedTypeCastInParameter, t) : this.raiseOnce(d.UnexpectedTypeCastInParameter, t), this.toAssignable(t.expression, s);
          return;
        }
        switch (t.type) {
          case "ParenthesizedExpression":
            this.toAssignableParenthesizedExpression(t, s);
            break;
          case "AssignmentExpression":
            !s && t.left.type === "TSTypeCastExpression" && (t.left = this.typeCastToParameter(t.left));
          default:
            super.toAssignable(t, s);
        }
      }
      toAssignableParenthesizedExpression(t, s) {
        Zt(t.expression) || t.expression.type === "ParenthesizedExpression" ? this.toAssignable(t.expression, s) : super.toAssignable(t, s);
      }
      checkToRestConversion(t, s) {
        Zt(t) ? this.checkToRestConversion(t.expression, false) : super.checkToRestConversion(t, s);
      }
      isValidLVal(t, s, i, r) {
        switch (t) {
          case "TSTypeCastExpression":
            return true;
          case "TSParameterProperty":
            return "parameter";
          case "TSNonNullExpression":
            return "expression";
          case "TSAsExpression":
          case "TSSatisfiesExpression":
          case "TSTypeAssertion":
            return (r !== 64 || !i) && ["expression", true];
          default:
            return super.isValidLVal(t, s, i, r);
        }
      }
      parseBindingAtom() {
        return this.state.type === 74 ? this.parseIdentifier(true) : super.parseBindingAtom();
      }
      parseMaybeDecoratorArguments(t, s) {
        if (this.match(43) || this.match(47)) {
          let i = this.tsParseTypeArgumentsInExpression();
          if (this.match(6)) {
            let r = super.parseMaybeDecoratorArguments(t, s);
            return r.typeArguments = i, r;
          }
          this.unexpected(null, 6);
        }
        return super.parseMaybeDecoratorArguments(t, s);
      }
      checkCommaAfterRest(t) {
        return this.state.isAmbientContext && this.match(8) && this.lookaheadCharCode() === t ? (this.next(), false) : super.checkCommaAfterRest(t);
      }
      isClassMethod() {
        return this.match(43) || super.isClassMethod();
      }
      isClassProperty() {
        return this.match(31) || this.match(10) || super.isClassProperty();
      }
      parseMaybeDefault(t, s) {
        let i = super.parseMaybeDefault(t, s);
        return i.type === "AssignmentPattern" && i.typeAnnotation && i.right.start < i.typeAnnotation.start && this.raise(d.TypeAnnotationAfterAssign, i.typeAnnotation), i;
      }
      getTokenFromCode(t) {
        if (this.state.inType) {
          if (t === 62) {
            this.finishOp(44, 1);
            return;
          }
          if (t === 60) {
            this.finishOp(43, 1);
            return;
          }
        }
        super.getTokenFromCode(t);
      }
      reScan_lt_gt() {
        let { type: t } = this.state;
        t === 43 ? (this.state.pos -= 1, this.readToken_lt()) : t === 44 && (this.state.pos -= 1, this.readToken_gt());
      }
      reScan_lt() {
        let { type: t } = this.state;
        return t === 47 ? (this.state.pos -= 2, this.finishOp(43, 1), 43) : t;
      }
      toAssignableListItem(t, s, i) {
        let r = t[s];
        r.type === "TSTypeCastExpression" && (t[s] = this.typeCastToParameter(r)), super.toAssignableListItem(t, s, i);
      }
      typeCastToParameter(t) {
        return t.expression.typeAnnotation = t.typeAnnotation, this.resetEndLocationFromNode(t.expression, t.typeAnnotation), t.expression;
      }
      shouldParseArrow(t) {
        return this.match(10) ? t.every((s) => this.isAssignable(s, true)) : super.shouldParseArrow(t);
      }
      shouldParseAsyncArrow() {
        return this.match(10) ? !this.state.inConditionalConsequent : super.shouldParseAsyncArrow();
      }
      parseParenAndDistinguishExpression(t) {
        let s = this.state.inConditionalConsequent;
        this.state.inConditionalConsequent = false;
        let i = super.parseParenAndDistinguishExpression(t);
        return this.state.inConditionalConsequent = s, i;
      }
      canHaveLeadingDecorator() {
        return super.canHaveLeadingDecorator() || this.isAbstractClass();
      }
      jsxParseOpeningElementAfterName(t) {
        if (this.match(43) || this.match(47)) {
          let s = this.tsTryParseAndCatch(() => this.tsParseTypeArgumentsInExpression());
          s && (t.typeArguments = s);
        }
        return super.jsxParseOpeningElementAfterName(t);
      }
      getGetterSetterExpectedParamCount(t) {
        let s = super.getGetterSetterExpectedParamCount(t), r = this.getObjectOrClassMethodParams(t)[0];
        return r && this.isThisParam(r) ? s + 1 : s;
      }
      parseCatchClauseParam() {
        let t = super.parseCatchClauseParam(), s = this.tsTryParseTypeAnnotation();
        return s && (t.typeAnnotation = s, this.resetEndLocation(t)), t;
      }
      tsInAmbientContext(t) {
        let { isAmbientContext: s, strict: i } = this.state;
        this.state.isAmbientContext = true, this.state.strict = false;
        try {
          return t();
        } finally {
          this.state.isAmbientContext = s, this.state.strict = i;
        }
      }
      parseClass(t, s, i) {
        let r = this.state.inAbstractClass;
        this.state.inAbstractClass = !!t.abstract;
        try {
          return super.parseClass(t, s, i);
        } finally {
          this.state.inAbstractClass = r;
        }
      }
      tsParseAbstractDeclaration(t, s) {
        if (this.match(76)) return t.abstract = true, this.maybeTakeDecorators(s, this.parseClass(t, true, false));
        if (this.isContextual(128)) return this.hasFollowingLineBreak() ? null : (t.abstract = true, this.raise(d.NonClassMethodPropertyHasAbstractModifier, t), this.tsParseInterfaceDeclaration(t));
        throw this.unexpected(null, 76);
      }
      parseMethod(t, s, i, r, n, o, h) {
        let c = super.parseMethod(t, s, i, r, n, o, h);
        if ((c.abstract || c.type === "TSAbstractMethodDefinition") && (this.hasPlugin("estree") ? c.value : c).body) {
          let { key: m } = c;
          this.raise(d.AbstractMethodHasImplementation, c, { methodName: m.type === "Identifier" && !c.computed ? m.name : `[${this.input.slice(this.offsetToSourcePos(m.start), this.offsetToSourcePos(m.end))}]` });
        }
        return c;
      }
      tsParseTypeParameterName() {
        return this.parseIdentifier();
      }
      shouldParseAsAmbientContext() {
        return !!this.getPluginOption("typescript", "dts");
      }
      parse() {
        return this.shouldParseAsAmbientContext() && (this.state.isAmbientContext = true), super.parse();
      }
      getExpression() {
        return this.shouldParseAsAmbientContext() && (this.state.isAmbientContext = true), super.getExpression();
      }
      parseExportSpecifier(t, s, i, r) {
        return !s && r ? (this.parseTypeOnlyExportSpecifier(t, i), this.finishNode(t, "ExportSpecifier")) : (t.exportKind = "value", super.parseExportSpecifier(t, s, i, r));
      }
      parseImportSpecifier(t, s, i, r) {
        return !s && r ? (this.parseTypeOnlyImportSpecifier(t), this.finishNode(t, "ImportSpecifier")) : (t.importKind = "value", super.parseImportSpecifier(t, s, i, r));
      }
      checkImportSpecifier(t, s) {
        let i = t.importKind === "type";
        i && s && this.raise(d.TypeModifierIsUsedInTypeImports, t), super.checkImportSpecifier(t, s, i || s ? 4098 : 4096);
      }
      parseTypeOnlyImportSpecifier(t) {
        let s = t.imported, i = false;
        if (this.isContextual(90)) {
          let r = this.parseIdentifier();
          if (this.isContextual(90)) {
            let n = this.parseIdentifier();
            O(this.state.type) ? (i = true, s = r, t.local = this.parseIdentifier()) : t.local = n;
          } else O(this.state.type) ? t.local = this.parseIdentifier() : (i = true, s = r);
        } else O(this.state.type) && (i = true, s = this.parseIdentifier(true));
        t.imported = s, t.importKind = i ? "type" : "value", t.local ?? (t.local = this.eatContextual(90) ? this.parseIdentifier() : this.cloneIdentifier(t.imported));
      }
      parseTypeOnlyExportSpecifier(t, s) {
        let i = t.local, r = false;
        if (this.isContextual(90)) {
          let n = this.parseIdentifier();
          if (this.isContextual(90)) {
            let o = this.parseIdentifier();
            O(this.state.type) ? (r = true, t.local = n, t.exported = this.parseModuleExportName()) : t.exported = o;
          } else O(this.state.type) ? t.exported = this.parseModuleExportName() : (r = true, t.local = n);
        } else O(this.state.type) && (r = true, t.local = this.parseModuleExportName());
        r && s && this.raise(d.TypeModifierIsUsedInTypeExports, i), t.exportKind = r ? "type" : "value", t.exported ?? (t.exported = this.eatContextual(90) ? this.parseModuleExportName() : this.cloneIdentifier(t.local));
      }
      fillOptionalPropertiesForTSESLint(t) {
        switch (t.type) {
          case "ImportDeclaration":
            t.phase ?? (t.phase = null);
            return;
          case "ExpressionStatement":
            t.directive ?? (t.directive = void 0);
            return;
          case "RestElement":
            t.value = void 0;
          case "Identifier":
          case "ArrayPattern":
          case "AssignmentPattern":
          case "ObjectPattern":
            t.decorators ?? (t.decorators = []), t.optional ?? (t.optional = false), t.typeAnnotation ?? (t.typeAnnotation = void 0);
            return;
          case "TSParameterProperty":
            t.accessibility ?? (t.accessibility = void 0), t.decorators ?? (t.decorators = []), t.override ?? (t.override = false), t.readonly ?? (t.readonly = false), t.static ?? (t.static = false);
            return;
          case "TSEmptyBodyFunctionExpression":
            t.body = null;
          case "TSDeclareFunction":
          case "FunctionDeclaration":
          case "FunctionExpression":
          case "ClassMethod":
          case "ClassPrivateMethod":
            t.declare ?? (t.declare = false), t.returnType ?? (t.returnType = void 0), t.typeParameters ?? (t.typeParameters = void 0);
            return;
          case "Property":
            t.optional ?? (t.optional = false);
            return;
          case "TSMethodSignature":
          case "TSPropertySignature":
            t.optional ?? (t.optional = false);
          case "TSIndexSignature":
            t.accessibility ?? (t.accessibility = void 0), t.readonly ?? (t.readonly = false), t.static ?? (t.static = false);
            return;
          case "TSAbstractPropertyDefinition":
          case "PropertyDefinition":
          case "TSAbstractAccessorProperty":
          case "AccessorProperty":
            t.declare ?? (t.declare = false), t.definite ?? (t.definite = false), t.readonly ?? (t.readonly = false), t.typeAnnotation ?? (t.typeAnnotation = void 0);
          case "TSAbstractMethodDefinition":
          case "MethodDefinition":
            t.accessibility ?? (t.accessibility = void 0), t.decorators ?? (t.decorators = []), t.override ?? (t.override = false), t.optional ?? (t.optional = false);
            return;
          case "ClassExpression":
            t.id ?? (t.id = null);
          case "ClassDeclaration":
            t.abstract ?? (t.abstract = false), t.declare ?? (t.declare = false), t.decorators ?? (t.decorators = []), t.implements ?? (t.implements = []), t.superTypeArguments ?? (t.superTypeArguments = void 0), t.typeParameters ?? (t.typeParameters = void 0);
            return;
          case "TSTypeAliasDeclaration":
          case "VariableDeclaration":
            t.declare ?? (t.declare = false);
            return;
          case "VariableDeclarator":
            t.definite ?? (t.definite = false);
            return;
          case "TSEnumDeclaration":
            t.const ?? (t.const = false), t.declare ?? (t.declare = false);
            return;
          case "TSEnumMember":
            t.computed ?? (t.computed = false);
            return;
          case "TSImportType":
            t.qualifier ?? (t.qualifier = null), t.options ?? (t.options = null), t.typeArguments ?? (t.typeArguments = null);
            return;
          case "TSInterfaceDeclaration":
            t.declare ?? (t.declare = false), t.extends ?? (t.extends = []);
            return;
          case "TSMappedType":
            t.optional ?? (t.optional = false), t.readonly ?? (t.readonly = void 0);
            return;
          case "TSModuleDeclaration":
            t.declare ?? (t.declare = false), t.global ?? (t.global = t.kind === "global");
            return;
          case "TSTypeParameter":
            t.const ?? (t.const = false), t.in ?? (t.in = false), t.out ?? (t.out = false);
            return;
        }
      }
      chStartsBindingIdentifierAndNotRelationalOperator(t, s) {
        if (_(t)) {
          if (Qt.lastIndex = s, Qt.test(this.input)) {
            let i = this.codePointAtPos(Qt.lastIndex);
            if (!K(i) && i !== 92) return false;
          }
          return true;
        } else return t === 92;
      }
      nextTokenIsIdentifierAndNotTSRelationalOperatorOnSameLine() {
        let t = this.nextTokenInLineStart(), s = this.codePointAtPos(t);
        return this.chStartsBindingIdentifierAndNotRelationalOperator(s, t);
      }
      nextTokenIsStringLiteralOnSameLine() {
        let t = this.nextTokenInLineStart(), s = this.codePointAtPos(t);
        return s === 34 || s === 39;
      }
    };
    Ar = { ClassNameIsRequired: "A class name is required.", UnexpectedSpace: "Unexpected space in placeholder." };
    Ye = B`placeholders`(Ar);
    Sr = (a2) => class extends a2 {
      parsePlaceholder(t) {
        if (this.match(132)) {
          let s = this.startNode();
          return this.next(), this.assertNoSpace(), s.name = super.parseIdentifier(true), this.assertNoSpace(), this.expect(132), this.finishPlaceholder(s, t);
        }
      }
      finishPlaceholder(t, s) {
        let i = t;
        return (!i.expectedNode || !i.type) && (i = this.finishNode(i, "Placeholder")), i.expectedNode = s, i;
      }
      getTokenFromCode(t) {
        t === 37 && this.input.charCodeAt(this.state.pos + 1) === 37 ? this.finishOp(132, 2) : super.getTokenFromCode(t);
      }
      parseExprAtom(t) {
        return this.parsePlaceholder("Expression") || super.parseExprAtom(t);
      }
      parseIdentifier(t) {
        return this.parsePlaceholder("Identifier") || super.parseIdentifier(t);
      }
      checkReservedWord(t, s, i, r) {
        t !== void 0 && super.checkReservedWord(t, s, i, r);
      }
      cloneIdentifier(t) {
        let s = super.cloneIdentifier(t);
        return s.type === "Placeholder" && (s.expectedNode = t.expectedNode), s;
      }
      cloneStringLiteral(t) {
        return t.type === "Placeholder" ? this.cloneIdentifier(t) : super.cloneStringLiteral(t);
      }
      parseBindingAtom() {
        return this.parsePlaceholder("Pattern") || super.parseBindingAtom();
      }
      isValidLVal(t, s, i, r) {
        return t === "Placeholder" || super.isValidLVal(t, s, i, r);
      }
      toAssignable(t, s) {
        t && t.type === "Placeholder" && t.expectedNode === "Expression" ? t.expectedNode = "Pattern" : super.toAssignable(t, s);
      }
      chStartsBindingIdentifier(t, s) {
        if (super.chStartsBindingIdentifier(t, s)) return true;
        let i = this.nextTokenStart();
        return this.input.charCodeAt(i) === 37 && this.input.charCodeAt(i + 1) === 37;
      }
      verifyBreakContinue(t, s) {
        t.label?.type !== "Placeholder" && super.verifyBreakContinue(t, s);
      }
      parseExpressionStatement(t, s, i) {
        if (s.type !== "Placeholder" || s.extra?.parenthesized) return super.parseExpressionStatement(t, s, i);
        if (this.match(10)) {
          let n = t;
          return n.label = this.finishPlaceholder(s, "Identifier"), this.next(), n.body = i & 8 ? super.parseStatementOrSloppyAnnexBFunctionDeclaration(true) : super.parseStatement(), this.finishNode(n, "LabeledStatement");
        }
        this.semicolon();
        let r = t;
        return r.name = s.name, this.finishPlaceholder(r, "Statement");
      }
      parseBlock(t, s, i) {
        return this.parsePlaceholder("BlockStatement") || super.parseBlock(t, s, i);
      }
      parseFunctionId(t) {
        return this.parsePlaceholder("Identifier") || super.parseFunctionId(t);
      }
      parseClass(t, s, i) {
        let r = s ? "ClassDeclaration" : "ClassExpression";
        this.next();
        let n = this.state.strict, o = this.parsePlaceholder("Identifier");
        if (o) if (this.match(77) || this.match(132) || this.match(2)) t.id = o;
        else {
          if (i || !s) return t.id = null, t.body = this.finishPlaceholder(o, "ClassBody"), this.finishNode(t, r);
          throw this.raise(Ye.ClassNameIsRequired, this.state.startLoc);
        }
        else this.parseClassId(t, s, i);
        return super.parseClassSuper(t), t.body = this.parsePlaceholder("ClassBody") || super.parseClassBody(!!t.superClass, n), this.finishNode(t, r);
      }
      parseExport(t, s) {
        let i = this.parsePlaceholder("Identifier");
        if (!i) return super.parseExport(t, s);
        let r = t;
        if (!this.isContextual(95) && !this.match(8)) return r.specifiers = [], r.source = null, r.declaration = this.finishPlaceholder(i, "Declaration"), this.finishNode(r, "ExportNamedDeclaration");
        this.expectPlugin("exportDefaultFrom");
        let n = this.startNode();
        return n.exported = i, r.specifiers = [this.finishNode(n, "ExportDefaultSpecifier")], super.parseExport(r, s);
      }
      isExportDefaultSpecifier() {
        if (this.match(61)) {
          let t = this.nextTokenStart();
          if (this.isUnparsedContextual(t, "from") && this.input.startsWith($(132), this.hasPlugin("exportDefaultFrom") ? this.nextTokenStartSince(t + 4) : this.nextTokenInLineStartSince(t + 4))) return true;
        }
        return super.isExportDefaultSpecifier();
      }
      maybeParseExportDefaultSpecifier(t, s) {
        return t.specifiers?.length ? true : super.maybeParseExportDefaultSpecifier(t, s);
      }
      checkNamedExport() {
      }
      parseImport(t) {
        let s = this.parsePlaceholder("Identifier");
        if (!s) return super.parseImport(t);
        if (t.specifiers = [], !this.isContextual(95) && !this.match(8)) return t.source = this.finishPlaceholder(s, "StringLiteral"), this.semicolon(), this.finishNode(t, "ImportDeclaration");
        let i = this.startNodeAtNode(s);
        return i.local = s, t.specifiers.push(this.finishNode(i, "ImportDefaultSpecifier")), this.eat(8) && (this.maybeParseStarImportSpecifier(t) || this.parseNamedOrFilteredImportSpecifiers(t)), this.expectContextual(95), t.source = this.parseImportSource(), this.semicolon(), this.finishNode(t, "ImportDeclaration");
      }
      parseImportSource() {
        return this.parsePlaceholder("StringLiteral") || super.parseImportSource();
      }
      assertNoSpace() {
        this.state.start > this.offsetToSourcePos(this.state.lastTokEndLoc.index) && this.raise(Ye.UnexpectedSpace, this.state.lastTokEndLoc);
      }
    };
    br = (a2) => class extends a2 {
      parseV8Intrinsic() {
        if (this.match(50)) {
          let t = this.state.startLoc, s = this.startNode();
          if (this.next(), C(this.state.type)) {
            this.setLoc(this.state.startLoc);
            let i = this.parseIdentifierName(), r = this.createIdentifier(s, i);
            if (this.castNodeTo(r, "V8IntrinsicIdentifier"), this.match(6)) return r;
          }
          this.unexpected(t);
        }
      }
      parseExprAtom(t) {
        return this.parseV8Intrinsic() || super.parseExprAtom(t);
      }
    };
    Qe = ["fsharp", "hack"];
    Ze = ["^^", "@@", "^", "%", "#"];
    ds = { estree: Ti, jsx: Yi, flow: Hi, typescript: xr, v8intrinsic: br, placeholders: Sr };
    Ir = Object.keys(ds);
    Mt = class extends Se {
      constructor(e, t, s) {
        let i = gi(e);
        super(i, t), this.options = i, this.initializeScopes(), this.plugins = s, this.filename = i.sourceFilename, this.startIndex = i.startIndex;
        let r = 0;
        i.allowAwaitOutsideFunction && (r |= 1), i.allowReturnOutsideFunction && (r |= 2), i.allowImportExportEverywhere && (r |= 8), i.allowSuperOutsideMethod && (r |= 16), i.allowUndeclaredExports && (r |= 64), i.allowNewTargetOutsideFunction && (r |= 4), i.allowYieldOutsideFunction && (r |= 32), i.ranges && (r |= 128), i.locations === true && (r |= 256), i.tokens && (r |= 512), i.createImportExpressions && (r |= 1024), i.createParenthesizedExpressions && (r |= 2048), i.errorRecovery && (r |= 4096), i.attachComment && (r |= 8192), i.annexB && (r |= 16384), this.optionFlags = r;
      }
      getScopeHandler() {
        return xt;
      }
      parse() {
        this.enterInitialScopes();
        let e = this.startNode(), t = this.startNode();
        this.nextToken(), e.errors = [];
        let s = this.parseTopLevel(e, t);
        return s.errors = this.state.errors, s.comments.length = this.state.commentsLen, s;
      }
    };
    qa = Er(Si);
    ts = /* @__PURE__ */ new Map();
    Ka = Rt(/\s/);
    ms = Rt(" 	");
    Ha = Rt(",; 	");
    ys = Rt(/[^\n\r]/);
    xs = Nr;
    Ps = (a2) => a2 === `
` || a2 === "\r" || a2 === "\u2028" || a2 === "\u2029";
    gs = kr;
    Ts = vr;
    As = Lr;
    _t = Dr;
    Mr = Array.prototype.findLast ?? function(a2) {
      for (let e = this.length - 1; e >= 0; e--) {
        let t = this[e];
        if (a2(t, e, this)) return t;
      }
    };
    Or = Z("findLast", function() {
      if (Array.isArray(this)) return Mr;
    });
    bs = Or;
    Ut = /* @__PURE__ */ Symbol.for("comments");
    Br = Z("at", function() {
      if (Array.isArray(this) || typeof this == "string") return Fr;
    });
    Cs = Br;
    Rr = 5;
    _r = 8;
    Ur = 8;
    Is = (a2) => (e) => e.label ? k(e.label) : N(e) + a2;
    jr = (a2) => a2.__contentEnd ?? at(a2);
    Es = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
    Vr = new Map([["BreakStatement", Is(Rr)], ["ContinueStatement", Is(_r)], ["DebuggerStatement", (a2) => N(a2) + Ur], ["VariableDeclaration", (a2) => k(Cs(0, a2.declarations, -1))], ...Es.map((a2) => [a2, jr])]);
    Me = Y(Es);
    nt = Y(["Block", "CommentBlock", "MultiLine"]);
    ws = Y(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
    zr = /* @__PURE__ */ new WeakMap();
    ks = qr;
    Kr = /* @__PURE__ */ new WeakMap();
    Ls = /* @__PURE__ */ new WeakMap();
    Os = Jr;
    gt = null;
    Gr = 10;
    for (let a2 = 0; a2 <= Gr; a2++) Tt();
    Fs = Xr;
    p = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
    Bs = { ArrayExpression: p[0], AssignmentExpression: p[1], BinaryExpression: p[1], InterpreterDirective: [], Directive: p[2], DirectiveLiteral: [], BlockStatement: p[3], BreakStatement: p[4], CallExpression: p[5], CatchClause: ["param", "body"], ConditionalExpression: p[6], ContinueStatement: p[4], DebuggerStatement: [], DoWhileStatement: p[7], EmptyStatement: [], ExpressionStatement: p[8], File: ["program"], ForInStatement: p[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: p[10], FunctionExpression: p[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: p[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: p[1], MemberExpression: p[11], NewExpression: p[5], Program: p[3], ObjectExpression: p[12], ObjectMethod: p[13], ObjectProperty: p[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: p[15], SequenceExpression: p[16], ParenthesizedExpression: p[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: p[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: p[15], UpdateExpression: p[15], VariableDeclaration: ["declarations"], VariableDeclarator: p[17], WhileStatement: p[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: p[18], ClassExpression: p[19], ClassDeclaration: p[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: p[20], ExportSpecifier: ["local", "exported"], ForOfStatement: p[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: p[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: p[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: p[15], AwaitExpression: p[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: p[11], OptionalCallExpression: p[5], ClassProperty: p[21], ClassPrivateProperty: p[21], ClassPrivateMethod: p[13], PrivateName: p[22], StaticBlock: p[18], ImportAttribute: p[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: p[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: p[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: p[26], DeclareModule: p[27], DeclareModuleExports: p[28], DeclareTypeAlias: p[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: p[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: p[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: p[30], GenericTypeAnnotation: p[25], InferredPredicate: [], InterfaceExtends: p[25], InterfaceDeclaration: p[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: p[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: p[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: p[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: p[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: p[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: p[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: p[29], TypeAnnotation: p[28], TypeCastExpression: p[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: p[35], TypeParameterInstantiation: p[35], UnionTypeAnnotation: p[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: p[27], EnumBooleanBody: p[36], EnumNumberBody: p[36], EnumStringBody: p[36], EnumSymbolBody: p[36], EnumBooleanMember: p[17], EnumNumberMember: p[17], EnumStringMember: p[17], EnumDefaultedMember: p[22], IndexedAccessType: p[37], OptionalIndexedAccessType: p[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: p[8], JSXSpreadChild: p[8], JSXIdentifier: [], JSXMemberExpression: p[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: p[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: p[38], Decorator: p[8], DoExpression: p[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: p[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: p[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: p[39], TSDeclareMethod: p[40], TSQualifiedName: p[1], TSCallSignatureDeclaration: p[41], TSConstructSignatureDeclaration: p[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: p[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: p[41], TSConstructorType: p[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: p[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: p[36], TSArrayType: p[24], TSTupleType: p[33], TSOptionalType: p[28], TSRestType: p[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: p[31], TSIntersectionType: p[31], TSConditionalType: p[43], TSInferType: p[44], TSParenthesizedType: p[28], TSTypeOperator: p[28], TSIndexedAccessType: p[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: p[45], TSLiteralType: p[46], TSClassImplements: p[47], TSInterfaceHeritage: p[47], TSInterfaceDeclaration: p[26], TSInterfaceBody: p[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: p[47], TSAsExpression: p[34], TSSatisfiesExpression: p[34], TSTypeAssertion: p[34], TSEnumBody: p[36], TSEnumDeclaration: p[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: p[27], TSModuleBlock: p[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: p[48], TSExternalModuleReference: p[8], TSNonNullExpression: p[8], TSExportAssignment: p[8], TSNamespaceExportDeclaration: p[22], TSTypeAnnotation: p[28], TSTypeParameterInstantiation: p[35], TSTypeParameterDeclaration: p[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: p[8], Literal: [], MethodDefinition: p[14], PrivateIdentifier: [], Property: p[23], PropertyDefinition: p[21], AccessorProperty: p[38], TSAbstractAccessorProperty: p[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: p[23], TSAbstractPropertyDefinition: p[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: p[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: p[8], AsExpression: p[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: p[30], ConditionalTypeAnnotation: p[43], ConstructorTypeAnnotation: p[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: p[27], DeclareHook: p[22], DeclareNamespace: p[27], EnumBigIntMember: p[17], EnumBody: p[36], ExportAssignment: p[8], ExternalModuleReference: p[8], HookDeclaration: p[39], HookTypeAnnotation: p[50], ImportEqualsDeclaration: p[48], ImportType: ["source"], InferTypeAnnotation: p[44], KeyofTypeAnnotation: p[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: p[22], MatchExpression: p[51], MatchExpressionCase: p[52], MatchIdentifierPattern: p[22], MatchInstanceObjectPattern: p[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: p[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: p[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: p[15], MatchStatement: p[51], MatchStatementCase: p[52], MatchUnaryPattern: p[15], MatchWildcardPattern: [], NamespaceExportDeclaration: p[22], NeverTypeAnnotation: [], NonNullExpression: p[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: p[21], QualifiedTypeofIdentifier: p[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: p[0], RecordDeclarationImplements: p[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: p[12], SatisfiesExpression: p[34], TemplateLiteralTypeAnnotation: p[45], TupleTypeElement: p[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: p[28], TypePredicate: p[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: p[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: p[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: p[23], NGRoot: p[54], JsExpressionRoot: p[54], JsonRoot: p[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: p[28], TSJSDocNonNullableType: p[28], EnumBigIntBody: p[36] };
    Yr = Fs(Bs);
    Rs = Yr;
    _s = jt;
    ho = Y(["RegExpLiteral", "BigIntLiteral", "NumericLiteral", "StringLiteral", "DirectiveLiteral", "Literal", "JSXText", "TemplateElement", "StringLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation"]);
    js = Qr;
    Vt = ta;
    Vs = "Unexpected parseExpression() input: ";
    zt = ea;
    sa = /\*\/$/;
    ia = /^\/\*\*?/;
    ra = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
    aa = /(^|\s+)\/\/([^\n\r]*)/g;
    zs = /^(\r?\n)+/;
    na = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
    qs = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
    oa = /(\r?\n|^) *\* ?/g;
    ha = [];
    Hs = ["noformat", "noprettier"];
    Ws = ["format", "prettier"];
    Q = ca;
    Ys = "module";
    qt = "commonjs";
    Qs = [Ys, qt];
    $t = la;
    ht = (a2) => Q(ma(a2));
    pa = { allowImportExportEverywhere: true, allowReturnOutsideFunction: true, allowNewTargetOutsideFunction: true, allowSuperOutsideMethod: true, allowUndeclaredExports: true, errorRecovery: true, createParenthesizedExpressions: true, attachComment: false, plugins: ["doExpressions", "exportDefaultFrom", "functionBind", "functionSent", "throwExpressions", ["partialApplication", { version: "2018-07" }], "decorators", "moduleBlocks", "asyncDoExpressions", "destructuringPrivate", "decoratorAutoAccessors", "sourcePhaseImports", "deferredImportEvaluation", ["optionalChainingAssign", { version: "2023-07" }], ["discardBinding", { syntaxType: "void" }], "structs", "importSync", "deferredReexports", "namespaceImportFilter"], tokens: false, ranges: false };
    ti = "v8intrinsic";
    ei = [["pipelineOperator", { proposal: "hack", topicToken: "%" }], ["pipelineOperator", { proposal: "fsharp" }]];
    V = (a2, e = pa) => ({ ...e, plugins: [...e.plugins, ...a2] });
    ua = /@(?:no)?flow\b/;
    ya = ["StrictNumericEscape", "StrictWith", "StrictOctalLiteral", "StrictDelete", "StrictEvalArguments", "StrictEvalArgumentsBinding", "StrictFunction", "ForInOfLoopInitializer", "IllegalBreakContinue", "ParamDupe", "RestTrailingComma", "UnsupportedParameterDecorator", "UnterminatedJsxContent", "UnexpectedReservedWord", "ModuleAttributesWithDuplicateKeys", "InvalidEscapeSequenceTemplate", "NonAbstractClassHasAbstractMethod", "PatternIsOptional", "VarRedeclaration", "InvalidPrivateFieldResolution", "DuplicateExport", "DeclarationMissingInitializer", "DecoratorAbstractMethod"];
    xa = new Set(ya);
    si = [V(["jsx"])];
    Pa = ht({ optionsCombinations: si });
    ga = ht({ optionsCombinations: [V(["jsx", "typescript"]), V(["typescript"])] });
    Ta = ht({ isExpression: true, optionsCombinations: [V(["jsx"])] });
    Aa = ht({ isExpression: true, optionsCombinations: [V(["typescript"])] });
    ii = ht({ optionsCombinations: [V(["jsx", ["flow", { all: true }], "flowComments"])] });
    Sa = ht({ optionsCombinations: si.map((a2) => V(["estree"], a2)) });
    Ue = {};
    Kt(Ue, { json: () => Ia, "json-stringify": () => Na, json5: () => Ea, jsonc: () => wa });
    _e = ba;
    ri = { tokens: false, ranges: false, attachComment: false, createParenthesizedExpressions: true };
    Ia = Q({ parse: (a2) => At(a2), hasPragma: () => true, hasIgnorePragma: () => false });
    Ea = Q((a2) => At(a2));
    wa = Q((a2) => At(a2, { allowEmpty: true }));
    Na = Q({ parse: (a2) => At(a2, { allowComments: false }), astFormat: "estree-json" });
    ka = { ...Re, ...Ue };
  }
});
init_babel();
export {
  ai as default,
  ka as parsers
};
