import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/acorn.mjs
function Ge(e, t) {
  for (var i = 65536, s = 0; s < t.length; s += 2) {
    if (i += t[s], i > e) return false;
    if (i += t[s + 1], i >= e) return true;
  }
  return false;
}
function j(e, t) {
  return e < 65 ? e === 36 : e < 91 ? true : e < 97 ? e === 95 : e < 123 ? true : e <= 65535 ? e >= 170 && Ji.test(String.fromCharCode(e)) : t === false ? false : Ge(e, gt);
}
function G(e, t) {
  return e < 48 ? e === 36 : e < 58 ? true : e < 65 ? false : e < 91 ? true : e < 97 ? e === 95 : e < 123 ? true : e <= 65535 ? e >= 170 && Xi.test(String.fromCharCode(e)) : t === false ? false : Ge(e, gt) || Ge(e, Wi);
}
function V(e, t) {
  return new _(e, { beforeExpr: true, binop: t });
}
function C(e, t) {
  return t === void 0 && (t = {}), t.keyword = e, He[e] = new _(e, t);
}
function ee(e) {
  return e === 10 || e === 13 || e === 8232 || e === 8233;
}
function St(e, t, i) {
  i === void 0 && (i = e.length);
  for (var s = t; s < i; s++) {
    var r = e.charCodeAt(s);
    if (ee(r)) return s < i - 1 && r === 13 && e.charCodeAt(s + 1) === 10 ? s + 2 : s + 1;
  }
  return -1;
}
function H(e) {
  return dt[e] || (dt[e] = new RegExp("^(?:" + e.replace(/ /g, "|") + ")$"));
}
function q(e) {
  return e <= 65535 ? String.fromCharCode(e) : (e -= 65536, String.fromCharCode((e >> 10) + 55296, (e & 1023) + 56320));
}
function Et(e, t) {
  for (var i = 1, s = 0; ; ) {
    var r = St(e, s, t);
    if (r < 0) return new ue(i, t - s);
    ++i, s = r;
  }
}
function $i(e) {
  var t = {};
  for (var i in qe) t[i] = e && te(e, i) ? e[i] : qe[i];
  if (t.ecmaVersion === "latest" ? t.ecmaVersion = 1e8 : t.ecmaVersion == null ? (!mt && typeof console == "object" && console.warn && (mt = true, console.warn(`Since Acorn 8.0.0, options.ecmaVersion is required.
Defaulting to 2020, but this will stop working in the future.`)), t.ecmaVersion = 11) : t.ecmaVersion >= 2015 && (t.ecmaVersion -= 2009), t.allowReserved == null && (t.allowReserved = t.ecmaVersion < 5), (!e || e.allowHashBang == null) && (t.allowHashBang = t.ecmaVersion >= 14), ft(t.onToken)) {
    var s = t.onToken;
    t.onToken = function(r) {
      return s.push(r);
    };
  }
  if (ft(t.onComment) && (t.onComment = es(t, t.onComment)), t.sourceType === "commonjs" && t.allowAwaitOutsideFunction) throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
  return t;
}
function es(e, t) {
  return function(i, s, r, n, o, h) {
    var c = { type: i ? "Block" : "Line", value: s, start: r, end: n };
    e.locations && (c.loc = new be(this, o, h)), e.ranges && (c.range = [r, n]), t.push(c);
  };
}
function ze(e, t) {
  return z | (e ? Je : 0) | (t ? At : 0);
}
function is(e, t) {
  for (var i = t + 1, s = Math.min(e.input.length, t + 11); i < s; ) {
    var r = e.fullCharCodeAt(i);
    if (!G(r, true)) break;
    i += r <= 65535 ? 1 : 2;
  }
  return i === t + 2 && e.input.slice(t, i) === "in" || i === t + 10 && e.input.slice(t, i) === "instanceof";
}
function as(e, t) {
  var i = t.key.name, s = e[i], r = "true";
  return t.type === "MethodDefinition" && (t.kind === "get" || t.kind === "set") && (r = (t.static ? "s" : "i") + t.kind), s === "iget" && r === "iset" || s === "iset" && r === "iget" || s === "sget" && r === "sset" || s === "sset" && r === "sget" ? (e[i] = "true", false) : s ? true : (e[i] = r, false);
}
function ye(e, t) {
  var i = e.computed, s = e.key;
  return !i && (s.type === "Identifier" && s.name === t || s.type === "Literal" && s.value === t);
}
function Rt(e) {
  return e.type === "Identifier" || e.type === "ParenthesizedExpression" && Rt(e.expression);
}
function Ke(e) {
  return e.type === "MemberExpression" && e.property.type === "PrivateIdentifier" || e.type === "ChainExpression" && Ke(e.expression) || e.type === "ParenthesizedExpression" && Ke(e.expression);
}
function Vt(e, t, i, s) {
  return e.type = t, e.end = i, this.options.locations && (e.loc.end = s), this.options.ranges && (e.range[1] = i), e;
}
function ms(e) {
  var t = Kt[e] = { binary: H(cs[e] + " " + xt), binaryOfStrings: H(ls[e]), nonBinary: { General_Category: H(xt), Script: H(ds[e]) } };
  t.nonBinary.Script_Extensions = t.nonBinary.Script, t.nonBinary.gc = t.nonBinary.General_Category, t.nonBinary.sc = t.nonBinary.Script, t.nonBinary.scx = t.nonBinary.Script_Extensions;
}
function xs(e) {
  for (var t in e) return true;
  return false;
}
function ys(e) {
  return e === 105 || e === 109 || e === 115;
}
function Ht(e) {
  return e === 36 || e >= 40 && e <= 43 || e === 46 || e === 63 || e >= 91 && e <= 94 || e >= 123 && e <= 125;
}
function gs(e) {
  return j(e, true) || e === 36 || e === 95;
}
function vs(e) {
  return G(e, true) || e === 36 || e === 95 || e === 8204 || e === 8205;
}
function Jt(e) {
  return e >= 65 && e <= 90 || e >= 97 && e <= 122;
}
function bs(e) {
  return e >= 0 && e <= 1114111;
}
function Ss(e) {
  return e === 100 || e === 68 || e === 115 || e === 83 || e === 119 || e === 87;
}
function zt(e) {
  return Jt(e) || e === 95;
}
function Cs(e) {
  return zt(e) || Ae(e);
}
function _s(e) {
  return e === 33 || e >= 35 && e <= 38 || e >= 42 && e <= 44 || e === 46 || e >= 58 && e <= 64 || e === 94 || e === 96 || e === 126;
}
function Es(e) {
  return e === 40 || e === 41 || e === 45 || e === 47 || e >= 91 && e <= 93 || e >= 123 && e <= 125;
}
function As(e) {
  return e === 33 || e === 35 || e === 37 || e === 38 || e === 44 || e === 45 || e >= 58 && e <= 62 || e === 64 || e === 96 || e === 126;
}
function Ae(e) {
  return e >= 48 && e <= 57;
}
function Qt(e) {
  return e >= 48 && e <= 57 || e >= 65 && e <= 70 || e >= 97 && e <= 102;
}
function Yt(e) {
  return e >= 65 && e <= 70 ? 10 + (e - 65) : e >= 97 && e <= 102 ? 10 + (e - 97) : e - 48;
}
function Zt(e) {
  return e >= 48 && e <= 55;
}
function ks(e, t) {
  return t ? parseInt(e, 8) : parseFloat(e.replace(/_/g, ""));
}
function $t(e) {
  return typeof BigInt != "function" ? null : BigInt(e.replace(/_/g, ""));
}
function Rs(e, t) {
  let i = new SyntaxError(e + " (" + t.loc.start.line + ":" + t.loc.start.column + ")");
  return Object.assign(i, t);
}
function Te(e) {
  let t = [];
  for (let i of e) try {
    return i();
  } catch (s) {
    t.push(s);
  }
  throw Object.assign(new Error("All combinations failed"), { errors: t });
}
function Ds(e) {
  return this[e < 0 ? this.length + e : e];
}
function Y(e) {
  let t = new Set(e);
  return (i) => t.has(i?.type);
}
function re(e) {
  return e.range?.[1] ?? e.end;
}
function w(e) {
  let t = e.range?.[0] ?? e.start, i = (e.declaration?.decorators ?? e.decorators)?.[0];
  return i ? Math.min(w(i), t) : t;
}
function P(e) {
  let { type: t } = e;
  return t === "IfStatement" ? P(e.alternate ?? e.consequent) : t === "ForInStatement" || t === "ForOfStatement" || t === "ForStatement" || t === "LabeledStatement" || t === "WithStatement" || t === "WhileStatement" ? P(e.body) : Gs.get(t)?.(e) ?? re(e);
}
function ne(e, t, i) {
  if (!e.has(t)) {
    let s = i(t);
    e.set(t, s);
  }
  return e.get(t);
}
function hi(e) {
  return ne(qs, e, (t) => ae(t) && t.value[0] === "*" && /@(?:type|satisfies)\b/.test(t.value));
}
function Hs(e) {
  return Z(0, e, /[^\n]/g, " ");
}
function Js(e, t) {
  if (t.length === 0) return e;
  let i = "", s = 0;
  for (let r of t) {
    let n = w(r), o = P(r);
    i += e.slice(s, n) + ci(e.slice(n, o)), s = o;
  }
  return i + e.slice(s);
}
function pi(e) {
  let t = e[we];
  return ne(Xs, t, (i) => Js(e.originalText, i));
}
function zs(e) {
  if (!ae(e)) return [];
  if (!e.value.includes(`
`)) return [];
  let t = [];
  for (let i of `*${e.value}*`.split(`
`)) {
    if (i = i.trimStart(), !i.startsWith("*")) return [];
    t.push(i);
  }
  return t;
}
function Qs(e) {
  return ne(li, e, zs);
}
function fi(e) {
  li.delete(e);
}
function it(e) {
  return Qs(e).length > 0;
}
function di(e) {
  if (e.length < 2) return;
  let t;
  for (let i = e.length - 1; i >= 0; i--) {
    let s = e[i];
    if (t && P(s) === w(t) && it(s) && it(t) && (e.splice(i + 1, 1), s.value += "*//*" + t.value, s.range = [w(s), P(t)], fi(s)), !ui(s) && !ae(s)) throw new TypeError(`Unknown comment type: "${s.type}".`);
    t = s;
  }
}
function Ys(e) {
  return e !== null && typeof e == "object";
}
function fe(e) {
  if (le !== null && typeof le.property) {
    let t = le;
    return le = fe.prototype = null, t;
  }
  return le = fe.prototype = e ?? /* @__PURE__ */ Object.create(null), new fe();
}
function st(e) {
  return fe(e);
}
function $s(e, t = "type") {
  st(e);
  function i(s) {
    let r = s[t], n = e[r];
    if (!Array.isArray(n)) throw Object.assign(new Error(`Missing visitor keys for '${r}'.`), { node: s });
    return n;
  }
  return i;
}
function Ie(e, t) {
  if (!mi(e)) return e;
  if (Array.isArray(e)) {
    for (let s = 0; s < e.length; s++) e[s] = Ie(e[s], t);
    return e;
  }
  if (t.onEnter) {
    let s = t.onEnter(e) ?? e;
    if (s !== e) return Ie(s, t);
    e = s;
  }
  let i = gi(e);
  for (let s = 0; s < i.length; s++) e[i[s]] = Ie(e[i[s]], t);
  return t.onLeave && (e = t.onLeave(e) || e), e;
}
function tr(e, t) {
  let { text: i, astType: s } = t, { comments: r } = e;
  di(r);
  let n = e.type === "File" ? e.program : e;
  n.interpreter && (r.unshift(n.interpreter), delete n.interpreter), e.hashbang && ((s === "oxc-ts" || s === "yuku-js" || s === "yuku-ts") && r.unshift(e.hashbang), delete e.hashbang);
  let o;
  return e = vi(e, { onEnter(h) {
    ir(h, r, i);
    let { type: c } = h;
    switch (c) {
      case "ParenthesizedExpression": {
        let { expression: l } = h, m = w(h);
        if (l.type === "TypeCastExpression") return l.range = [m, P(h)], l;
        let S = false;
        if (s !== "oxc-ts") {
          if (!o) {
            o = [];
            for (let p of r) hi(p) && o.push(P(p));
          }
          let A = ai(0, o, (p) => p <= m);
          S = A && i.slice(A, m).trim().length === 0;
        }
        return S ? void 0 : (l.extra = { ...l.extra, parenthesized: true }, l);
      }
      case "TemplateLiteral":
        if (h.expressions.length !== h.quasis.length - 1) throw new Error("Malformed template literal.");
        break;
      case "TemplateElement":
        if (s === "flow" || s === "hermes" || s === "espree" || s === "typescript" || s === "oxc-ts" || s === "yuku-ts") {
          let l = w(h) + 1, m = P(h) - (h.tail ? 1 : 2);
          h.range = [l, m];
        }
        break;
      case "TSParenthesizedType":
        return h.typeAnnotation;
      case "TSUnionType":
      case "TSIntersectionType":
        if (h.types.length === 1) return h.types[0];
        break;
      case "TupleTypeAnnotation":
        h.types && !h.elementTypes && (h.elementTypes = h.types, delete h.types);
        break;
      case "ImportDeclaration":
        s === "hermes" && h.assertions && !h.attributes && (h.attributes = h.assertions, delete h.assertions);
        break;
      case "TypeParameter":
        s !== "flow" && h.bound?.type === "TypeAnnotation" && (h.bound = h.bound.typeAnnotation);
        break;
      case "EnumBooleanBody":
      case "EnumNumberBody":
      case "EnumBigIntBody":
      case "EnumStringBody":
      case "EnumSymbolBody":
        s === "hermes" && ((h.explicitType || c === "EnumSymbolBody") && (h.explicitType = c.slice(4, -4).toLowerCase()), h.type = "EnumBody");
        break;
      case "GenericTypeAnnotation":
      case "ClassImplements":
      case "InterfaceExtends":
        s !== "flow" && h.typeParameters && !h.typeArguments && (h.typeArguments = h.typeParameters, delete h.typeParameters);
    }
  }, onLeave(h) {
    switch (h.type) {
      case "LogicalExpression":
        if (bi(h)) return rt(h);
        break;
    }
  } }), e;
}
function bi(e) {
  return e.type === "LogicalExpression" && e.right.type === "LogicalExpression" && e.operator === e.right.operator;
}
function rt(e) {
  return bi(e) ? rt({ type: "LogicalExpression", operator: e.operator, left: rt({ type: "LogicalExpression", operator: e.operator, left: e.left, right: e.right.left, range: [w(e.left), P(e.right.left)] }), right: e.right.right, range: [w(e), P(e)] }) : e;
}
function ir(e, t, i) {
  if (!tt(e)) return;
  let s = re(e);
  if (i[s - 1] !== ";") return;
  let r = pi({ [we]: t, originalText: i });
  s -= 1;
  let n = r.slice(w(e), s), o = n.trimEnd();
  e.__contentEnd = s - (n.length - o.length);
}
function _i(e) {
  let t = e.match(nr);
  return t ? t[0].trimStart() : "";
}
function Ei(e) {
  e = Z(0, e.replace(ar, "").replace(rr, ""), hr, "$1");
  let i = "";
  for (; i !== e; ) i = e, e = Z(0, e, ur, `
$1 $2
`);
  e = e.replace(Si, "").trimEnd();
  let s = /* @__PURE__ */ Object.create(null), r = Z(0, e, Ci, "").replace(Si, "").trimEnd(), n;
  for (; n = Ci.exec(e); ) {
    let o = Z(0, n[2], or, "");
    if (typeof s[n[1]] == "string" || Array.isArray(s[n[1]])) {
      let h = s[n[1]];
      s[n[1]] = [...cr, ...Array.isArray(h) ? h : [h], o];
    } else s[n[1]] = o;
  }
  return { comments: r, pragmas: s };
}
function pr(e) {
  if (!e.startsWith("#!")) return "";
  let t = e.indexOf(`
`);
  return t === -1 ? e : e.slice(0, t);
}
function wi(e) {
  let t = Ti(e);
  t && (e = e.slice(t.length + 1));
  let i = _i(e), { pragmas: s, comments: r } = Ei(i);
  return { shebang: t, text: e, pragmas: s, comments: r };
}
function Pi(e) {
  let { pragmas: t } = wi(e);
  return ki.some((i) => at(t, i));
}
function Ii(e) {
  let { pragmas: t } = wi(e);
  return Ai.some((i) => at(t, i));
}
function lr(e) {
  return e = typeof e == "function" ? { parse: e } : e, { astFormat: "estree", hasPragma: Pi, hasIgnorePragma: Ii, locStart: w, locEnd: P, ...e };
}
function Oe(e) {
  if (typeof e == "string") {
    if (/\.(?:mjs|mts)$/i.test(e)) return Re;
    if (/\.(?:cjs|cts)$/i.test(e)) return Ni;
  }
}
function dr(e) {
  let { message: t, loc: i } = e;
  if (!i) return e;
  let { line: s, column: r } = i;
  return ke(t.replace(/ \(\d+:\d+\)$/, ""), { loc: { start: { line: s, column: r + 1 } }, cause: e });
}
function xr(e, t) {
  let i = mr(), s = [], r = i.parse(e, { ...fr, sourceType: t, allowImportExportEverywhere: t === Re, onComment: s });
  return r.comments = s, r;
}
function yr(e, t) {
  let i = Oe(t?.filepath), s = (i ? [i] : Ve).map((n) => () => xr(e, n)), r;
  try {
    r = Te(s);
  } catch ({ errors: [n] }) {
    throw dr(n);
  }
  return Ne(r, { text: e });
}
function br() {
  return vr;
}
function Sr(e = 5) {
  let t = e === "latest" ? br() : e;
  if (typeof t != "number") throw new Error(`ecmaVersion must be a number or "latest". Received value of type ${typeof e} instead.`);
  if (t >= 2015 && (t -= 2009), !Ri.includes(t)) throw new Error("Invalid ecmaVersion.");
  return t;
}
function Cr(e = "script") {
  if (e === "script" || e === "module" || e === "commonjs") return e;
  throw new Error("Invalid sourceType.");
}
function Vi(e) {
  let t = Sr(e.ecmaVersion), i = Cr(e.sourceType), s = e.range === true, r = e.loc === true;
  if (t !== 3 && e.allowReserved) throw new Error("`allowReserved` is only supported when ecmaVersion is 3");
  if (typeof e.allowReserved < "u" && typeof e.allowReserved != "boolean") throw new Error("`allowReserved`, when present, must be `true` or `false`");
  let n = t === 3 ? e.allowReserved || "never" : false, o = e.ecmaFeatures || {}, h = e.sourceType === "commonjs" || !!o.globalReturn;
  if (i === "module" && t < 6) throw new Error("sourceType 'module' is not supported when ecmaVersion < 2015. Consider adding `{ ecmaVersion: 2015 }` to the parser options.");
  return Object.assign({}, e, { ecmaVersion: t, sourceType: i, ranges: s, locations: r, allowReserved: n, allowReturnOutsideFunction: h });
}
function _r(e, t, i, s, r, n, o) {
  let h;
  e ? h = "Block" : o.slice(i, i + 2) === "#!" ? h = "Hashbang" : h = "Line";
  let c = { type: h, value: t };
  return typeof i == "number" && (c.start = i, c.end = s, c.range = [i, s]), typeof r == "object" && (c.loc = { start: r, end: n }), c;
}
function Di(e, t) {
  let i = Er.get(t);
  return new i(t, e).parse();
}
function kr(e) {
  let { message: t, lineNumber: i, column: s } = e;
  return typeof i != "number" ? e : ke(t, { loc: { start: { line: i, column: s } }, cause: e });
}
function Tr(e, t) {
  let i = Oe(t?.filepath), s = (i ? [i] : Ve).map((n) => () => Di(e, { ...Ar, sourceType: n })), r;
  try {
    r = Te(s);
  } catch ({ errors: [n] }) {
    throw kr(n);
  }
  return Ne(r, { text: e, astType: "espree" });
}
var Mi, Be, Fi, ji, Ui, Gi, pt, Me, qi, lt, ii, et, Bi, ot, Wi, gt, Ki, vt, Fe, je, Hi, bt, Ji, Xi, _, O, L, He, a, R, zi, Ct, T, _t, Qi, Yi, te, ft, dt, Zi, ue, be, qe, mt, X, z, Je, At, Xe, kt, Se, Tt, Q, he, wt, Ce, xe, Qe, K, Pt, It, Nt, k, B, I, ts, _e, d, Ye, ss, rs, oe, We, Lt, M, F, E, ie, g, ns, ge, J, os, Ee, ce, us, Ot, Dt, Bt, Mt, Ft, hs, cs, ps, ls, xt, jt, Ut, Gt, qt, Wt, fs, ds, Kt, yt, me, Ue, f, ve, U, Xt, W, D, Ze, b, ei, Ts, Li, ke, se, Vs, Os, ai, we, Bs, Pe, Ms, Fs, js, ni, Us, oi, Gs, tt, ae, ui, qs, Ws, Ks, Z, ci, Xs, li, mi, le, Zs, xi, u, yi, er, gi, vi, Ua, Ne, sr, at, rr, ar, nr, or, Si, ur, Ci, hr, cr, Ai, ki, Ti, Le, Re, Ni, Ve, fr, nt, mr, gr, ct, Oi, Ri, vr, $, ut, ht, Er, Ar, wr, Pr;
var init_acorn = __esm({
  "node_modules/prettier/plugins/acorn.mjs"() {
    Mi = Object.create;
    Be = Object.defineProperty;
    Fi = Object.getOwnPropertyDescriptor;
    ji = Object.getOwnPropertyNames;
    Ui = Object.getPrototypeOf;
    Gi = Object.prototype.hasOwnProperty;
    pt = (e, t) => () => {
      try {
        return t || e((t = { exports: {} }).exports, t), t.exports;
      } catch (i) {
        throw t = 0, i;
      }
    };
    Me = (e, t) => {
      for (var i in t) Be(e, i, { get: t[i], enumerable: true });
    };
    qi = (e, t, i, s) => {
      if (t && typeof t == "object" || typeof t == "function") for (let r of ji(t)) !Gi.call(e, r) && r !== i && Be(e, r, { get: () => t[r], enumerable: !(s = Fi(t, r)) || s.enumerable });
      return e;
    };
    lt = (e, t, i) => (i = e != null ? Mi(Ui(e)) : {}, qi(t || !e || !e.__esModule ? Be(i, "default", { value: e, enumerable: true }) : i, e));
    ii = pt((Nr, ti) => {
      ti.exports = {};
    });
    et = pt((Lr, $e) => {
      "use strict";
      var Ps = ii(), Is = /^[\da-fA-F]+$/, Ns = /^\d+$/, si = /* @__PURE__ */ new WeakMap();
      function ri(e) {
        e = e.Parser.acorn || e;
        let t = si.get(e);
        if (!t) {
          let i = e.tokTypes, s = e.TokContext, r = e.TokenType, n = new s("<tag", false), o = new s("</tag", false), h = new s("<tag>...</tag>", true, true), c = { tc_oTag: n, tc_cTag: o, tc_expr: h }, l = { jsxName: new r("jsxName"), jsxText: new r("jsxText", { beforeExpr: true }), jsxTagStart: new r("jsxTagStart", { startsExpr: true }), jsxTagEnd: new r("jsxTagEnd") };
          l.jsxTagStart.updateContext = function() {
            this.context.push(h), this.context.push(n), this.exprAllowed = false;
          }, l.jsxTagEnd.updateContext = function(m) {
            let S = this.context.pop();
            S === n && m === i.slash || S === o ? (this.context.pop(), this.exprAllowed = this.curContext() === h) : this.exprAllowed = true;
          }, t = { tokContexts: c, tokTypes: l }, si.set(e, t);
        }
        return t;
      }
      function pe(e) {
        if (!e) return e;
        if (e.type === "JSXIdentifier") return e.name;
        if (e.type === "JSXNamespacedName") return e.namespace.name + ":" + e.name.name;
        if (e.type === "JSXMemberExpression") return pe(e.object) + "." + pe(e.property);
      }
      $e.exports = function(e) {
        return e = e || {}, function(t) {
          return Ls({ allowNamespaces: e.allowNamespaces !== false, allowNamespacedObjects: !!e.allowNamespacedObjects }, t);
        };
      };
      Object.defineProperty($e.exports, "tokTypes", { get: function() {
        return ri(void 0).tokTypes;
      }, configurable: true, enumerable: true });
      function Ls(e, t) {
        let i = t.acorn || void 0, s = ri(i), r = i.tokTypes, n = s.tokTypes, o = i.tokContexts, h = s.tokContexts.tc_oTag, c = s.tokContexts.tc_cTag, l = s.tokContexts.tc_expr, m = i.isNewLine, S = i.isIdentifierStart, A = i.isIdentifierChar;
        return class extends t {
          static get acornJsx() {
            return s;
          }
          jsx_readToken() {
            let p = "", x = this.pos;
            for (; ; ) {
              this.pos >= this.input.length && this.raise(this.start, "Unterminated JSX contents");
              let y = this.input.charCodeAt(this.pos);
              switch (y) {
                case 60:
                case 123:
                  return this.pos === this.start ? y === 60 && this.exprAllowed ? (++this.pos, this.finishToken(n.jsxTagStart)) : this.getTokenFromCode(y) : (p += this.input.slice(x, this.pos), this.finishToken(n.jsxText, p));
                case 38:
                  p += this.input.slice(x, this.pos), p += this.jsx_readEntity(), x = this.pos;
                  break;
                case 62:
                case 125:
                  this.raise(this.pos, "Unexpected token `" + this.input[this.pos] + "`. Did you mean `" + (y === 62 ? "&gt;" : "&rbrace;") + '` or `{"' + this.input[this.pos] + '"}`?');
                default:
                  m(y) ? (p += this.input.slice(x, this.pos), p += this.jsx_readNewLine(true), x = this.pos) : ++this.pos;
              }
            }
          }
          jsx_readNewLine(p) {
            let x = this.input.charCodeAt(this.pos), y;
            return ++this.pos, x === 13 && this.input.charCodeAt(this.pos) === 10 ? (++this.pos, y = p ? `
` : `\r
`) : y = String.fromCharCode(x), this.options.locations && (++this.curLine, this.lineStart = this.pos), y;
          }
          jsx_readString(p) {
            let x = "", y = ++this.pos;
            for (; ; ) {
              this.pos >= this.input.length && this.raise(this.start, "Unterminated string constant");
              let v = this.input.charCodeAt(this.pos);
              if (v === p) break;
              v === 38 ? (x += this.input.slice(y, this.pos), x += this.jsx_readEntity(), y = this.pos) : m(v) ? (x += this.input.slice(y, this.pos), x += this.jsx_readNewLine(false), y = this.pos) : ++this.pos;
            }
            return x += this.input.slice(y, this.pos++), this.finishToken(r.string, x);
          }
          jsx_readEntity() {
            let p = "", x = 0, y, v = this.input[this.pos];
            v !== "&" && this.raise(this.pos, "Entity must start with an ampersand");
            let N = ++this.pos;
            for (; this.pos < this.input.length && x++ < 10; ) {
              if (v = this.input[this.pos++], v === ";") {
                p[0] === "#" ? p[1] === "x" ? (p = p.substr(2), Is.test(p) && (y = String.fromCharCode(parseInt(p, 16)))) : (p = p.substr(1), Ns.test(p) && (y = String.fromCharCode(parseInt(p, 10)))) : y = Ps[p];
                break;
              }
              p += v;
            }
            return y || (this.pos = N, "&");
          }
          jsx_readWord() {
            let p, x = this.pos;
            do
              p = this.input.charCodeAt(++this.pos);
            while (A(p) || p === 45);
            return this.finishToken(n.jsxName, this.input.slice(x, this.pos));
          }
          jsx_parseIdentifier() {
            let p = this.startNode();
            return this.type === n.jsxName ? p.name = this.value : this.type.keyword ? p.name = this.type.keyword : this.unexpected(), this.next(), this.finishNode(p, "JSXIdentifier");
          }
          jsx_parseNamespacedName() {
            let p = this.start, x = this.startLoc, y = this.jsx_parseIdentifier();
            if (!e.allowNamespaces || !this.eat(r.colon)) return y;
            var v = this.startNodeAt(p, x);
            return v.namespace = y, v.name = this.jsx_parseIdentifier(), this.finishNode(v, "JSXNamespacedName");
          }
          jsx_parseElementName() {
            if (this.type === n.jsxTagEnd) return "";
            let p = this.start, x = this.startLoc, y = this.jsx_parseNamespacedName();
            for (this.type === r.dot && y.type === "JSXNamespacedName" && !e.allowNamespacedObjects && this.unexpected(); this.eat(r.dot); ) {
              let v = this.startNodeAt(p, x);
              v.object = y, v.property = this.jsx_parseIdentifier(), y = this.finishNode(v, "JSXMemberExpression");
            }
            return y;
          }
          jsx_parseAttributeValue() {
            switch (this.type) {
              case r.braceL:
                let p = this.jsx_parseExpressionContainer();
                return p.expression.type === "JSXEmptyExpression" && this.raise(p.start, "JSX attributes must only be assigned a non-empty expression"), p;
              case n.jsxTagStart:
              case r.string:
                return this.parseExprAtom();
              default:
                this.raise(this.start, "JSX value should be either an expression or a quoted JSX text");
            }
          }
          jsx_parseEmptyExpression() {
            let p = this.startNodeAt(this.lastTokEnd, this.lastTokEndLoc);
            return this.finishNodeAt(p, "JSXEmptyExpression", this.start, this.startLoc);
          }
          jsx_parseExpressionContainer() {
            let p = this.startNode();
            return this.next(), p.expression = this.type === r.braceR ? this.jsx_parseEmptyExpression() : this.parseExpression(), this.expect(r.braceR), this.finishNode(p, "JSXExpressionContainer");
          }
          jsx_parseAttribute() {
            let p = this.startNode();
            return this.eat(r.braceL) ? (this.expect(r.ellipsis), p.argument = this.parseMaybeAssign(), this.expect(r.braceR), this.finishNode(p, "JSXSpreadAttribute")) : (p.name = this.jsx_parseNamespacedName(), p.value = this.eat(r.eq) ? this.jsx_parseAttributeValue() : null, this.finishNode(p, "JSXAttribute"));
          }
          jsx_parseOpeningElementAt(p, x) {
            let y = this.startNodeAt(p, x);
            y.attributes = [];
            let v = this.jsx_parseElementName();
            for (v && (y.name = v); this.type !== r.slash && this.type !== n.jsxTagEnd; ) y.attributes.push(this.jsx_parseAttribute());
            return y.selfClosing = this.eat(r.slash), this.expect(n.jsxTagEnd), this.finishNode(y, v ? "JSXOpeningElement" : "JSXOpeningFragment");
          }
          jsx_parseClosingElementAt(p, x) {
            let y = this.startNodeAt(p, x), v = this.jsx_parseElementName();
            return v && (y.name = v), this.expect(n.jsxTagEnd), this.finishNode(y, v ? "JSXClosingElement" : "JSXClosingFragment");
          }
          jsx_parseElementAt(p, x) {
            let y = this.startNodeAt(p, x), v = [], N = this.jsx_parseOpeningElementAt(p, x), de = null;
            if (!N.selfClosing) {
              e: for (; ; ) switch (this.type) {
                case n.jsxTagStart:
                  if (p = this.start, x = this.startLoc, this.next(), this.eat(r.slash)) {
                    de = this.jsx_parseClosingElementAt(p, x);
                    break e;
                  }
                  v.push(this.jsx_parseElementAt(p, x));
                  break;
                case n.jsxText:
                  v.push(this.parseExprAtom());
                  break;
                case r.braceL:
                  v.push(this.jsx_parseExpressionContainer());
                  break;
                default:
                  this.unexpected();
              }
              pe(de.name) !== pe(N.name) && this.raise(de.start, "Expected corresponding JSX closing tag for <" + pe(N.name) + ">");
            }
            let De = N.name ? "Element" : "Fragment";
            return y["opening" + De] = N, y["closing" + De] = de, y.children = v, this.type === r.relational && this.value === "<" && this.raise(this.start, "Adjacent JSX elements must be wrapped in an enclosing tag"), this.finishNode(y, "JSX" + De);
          }
          jsx_parseText() {
            let p = this.parseLiteral(this.value);
            return p.type = "JSXText", p;
          }
          jsx_parseElement() {
            let p = this.start, x = this.startLoc;
            return this.next(), this.jsx_parseElementAt(p, x);
          }
          parseExprAtom(p) {
            return this.type === n.jsxText ? this.jsx_parseText() : this.type === n.jsxTagStart ? this.jsx_parseElement() : super.parseExprAtom(p);
          }
          readToken(p) {
            let x = this.curContext();
            if (x === l) return this.jsx_readToken();
            if (x === h || x === c) {
              if (S(p)) return this.jsx_readWord();
              if (p == 62) return ++this.pos, this.finishToken(n.jsxTagEnd);
              if ((p === 34 || p === 39) && x == h) return this.jsx_readString(p);
            }
            return p === 60 && this.exprAllowed && this.input.charCodeAt(this.pos + 1) !== 33 ? (++this.pos, this.finishToken(n.jsxTagStart)) : super.readToken(p);
          }
          updateContext(p) {
            if (this.type == r.braceL) {
              var x = this.curContext();
              x == h ? this.context.push(o.b_expr) : x == l ? this.context.push(o.b_tmpl) : super.updateContext(p), this.exprAllowed = true;
            } else if (this.type === r.slash && p === n.jsxTagStart) this.context.length -= 2, this.context.push(c), this.exprAllowed = false;
            else return super.updateContext(p);
          }
        };
      }
    });
    Bi = {};
    Me(Bi, { parsers: () => Pr });
    ot = {};
    Me(ot, { acorn: () => gr });
    Wi = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
    gt = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
    Ki = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
    vt = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
    Fe = { 3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile", 5: "class enum extends super const export import", 6: "enum", strict: "implements interface let package private protected public static yield", strictBind: "eval arguments" };
    je = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
    Hi = { 5: je, "5module": je + " export import", 6: je + " const class extends export import super" };
    bt = /^in(stanceof)?$/;
    Ji = new RegExp("[" + vt + "]");
    Xi = new RegExp("[" + vt + Ki + "]");
    _ = function(t, i) {
      i === void 0 && (i = {}), this.label = t, this.keyword = i.keyword, this.beforeExpr = !!i.beforeExpr, this.startsExpr = !!i.startsExpr, this.isLoop = !!i.isLoop, this.isAssign = !!i.isAssign, this.prefix = !!i.prefix, this.postfix = !!i.postfix, this.binop = i.binop || null, this.updateContext = null;
    };
    O = { beforeExpr: true };
    L = { startsExpr: true };
    He = {};
    a = { num: new _("num", L), regexp: new _("regexp", L), string: new _("string", L), name: new _("name", L), privateId: new _("privateId", L), eof: new _("eof"), bracketL: new _("[", { beforeExpr: true, startsExpr: true }), bracketR: new _("]"), braceL: new _("{", { beforeExpr: true, startsExpr: true }), braceR: new _("}"), parenL: new _("(", { beforeExpr: true, startsExpr: true }), parenR: new _(")"), comma: new _(",", O), semi: new _(";", O), colon: new _(":", O), dot: new _("."), question: new _("?", O), questionDot: new _("?."), arrow: new _("=>", O), template: new _("template"), invalidTemplate: new _("invalidTemplate"), ellipsis: new _("...", O), backQuote: new _("`", L), dollarBraceL: new _("${", { beforeExpr: true, startsExpr: true }), eq: new _("=", { beforeExpr: true, isAssign: true }), assign: new _("_=", { beforeExpr: true, isAssign: true }), incDec: new _("++/--", { prefix: true, postfix: true, startsExpr: true }), prefix: new _("!/~", { beforeExpr: true, prefix: true, startsExpr: true }), logicalOR: V("||", 1), logicalAND: V("&&", 2), bitwiseOR: V("|", 3), bitwiseXOR: V("^", 4), bitwiseAND: V("&", 5), equality: V("==/!=/===/!==", 6), relational: V("</>/<=/>=", 7), bitShift: V("<</>>/>>>", 8), plusMin: new _("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }), modulo: V("%", 10), star: V("*", 10), slash: V("/", 10), starstar: new _("**", { beforeExpr: true }), coalesce: V("??", 1), _break: C("break"), _case: C("case", O), _catch: C("catch"), _continue: C("continue"), _debugger: C("debugger"), _default: C("default", O), _do: C("do", { isLoop: true, beforeExpr: true }), _else: C("else", O), _finally: C("finally"), _for: C("for", { isLoop: true }), _function: C("function", L), _if: C("if"), _return: C("return", O), _switch: C("switch"), _throw: C("throw", O), _try: C("try"), _var: C("var"), _const: C("const"), _while: C("while", { isLoop: true }), _with: C("with"), _new: C("new", { beforeExpr: true, startsExpr: true }), _this: C("this", L), _super: C("super", L), _class: C("class", L), _extends: C("extends", O), _export: C("export"), _import: C("import", L), _null: C("null", L), _true: C("true", L), _false: C("false", L), _in: C("in", { beforeExpr: true, binop: 7 }), _instanceof: C("instanceof", { beforeExpr: true, binop: 7 }), _typeof: C("typeof", { beforeExpr: true, prefix: true, startsExpr: true }), _void: C("void", { beforeExpr: true, prefix: true, startsExpr: true }), _delete: C("delete", { beforeExpr: true, prefix: true, startsExpr: true }) };
    R = /\r\n?|\n|\u2028|\u2029/;
    zi = new RegExp(R.source, "g");
    Ct = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
    T = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
    _t = Object.prototype;
    Qi = _t.hasOwnProperty;
    Yi = _t.toString;
    te = Object.hasOwn || (function(e, t) {
      return Qi.call(e, t);
    });
    ft = Array.isArray || (function(e) {
      return Yi.call(e) === "[object Array]";
    });
    dt = /* @__PURE__ */ Object.create(null);
    Zi = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
    ue = function(t, i) {
      this.line = t, this.column = i;
    };
    ue.prototype.offset = function(t) {
      return new ue(this.line, this.column + t);
    };
    be = function(t, i, s) {
      this.start = i, this.end = s, t.sourceFile !== null && (this.source = t.sourceFile);
    };
    qe = { ecmaVersion: null, sourceType: "script", strict: false, onInsertedSemicolon: null, onTrailingComma: null, allowReserved: null, allowReturnOutsideFunction: false, allowImportExportEverywhere: false, allowAwaitOutsideFunction: null, allowSuperOutsideMethod: null, allowHashBang: false, checkPrivateFields: true, locations: false, startLocation: null, onToken: null, onComment: null, ranges: false, program: null, sourceFile: null, directSourceFile: null, preserveParens: false };
    mt = false;
    X = 1;
    z = 2;
    Je = 4;
    At = 8;
    Xe = 16;
    kt = 32;
    Se = 64;
    Tt = 128;
    Q = 256;
    he = 512;
    wt = 1024;
    Ce = X | z | Q;
    xe = 0;
    Qe = 1;
    K = 2;
    Pt = 3;
    It = 4;
    Nt = 5;
    k = function(t, i, s) {
      this.options = t = $i(t), this.sourceFile = t.sourceFile, this.keywords = H(Hi[t.ecmaVersion >= 6 ? 6 : t.sourceType === "module" ? "5module" : 5]);
      var r = "";
      t.allowReserved !== true && (r = Fe[t.ecmaVersion >= 6 ? 6 : t.ecmaVersion === 5 ? 5 : 3], t.sourceType === "module" && (r += " await")), this.reservedWords = H(r);
      var n = (r ? r + " " : "") + Fe.strict;
      this.reservedWordsStrict = H(n), this.reservedWordsStrictBind = H(n + " " + Fe.strictBind), this.input = String(i), this.containsEsc = false, this.pos = s || 0, this.curLine = 1, t.startLocation ? (this.lineStart = this.pos - t.startLocation.column, this.curLine = t.startLocation.line) : s ? (this.lineStart = this.input.lastIndexOf(`
`, s - 1) + 1, this.options.locations && (this.curLine = this.input.slice(0, this.lineStart).split(R).length)) : this.lineStart = 0, this.type = a.eof, this.value = null, this.start = this.end = this.pos, this.startLoc = this.endLoc = this.curPosition(), this.lastTokEndLoc = this.lastTokStartLoc = null, this.lastTokStart = this.lastTokEnd = this.pos, this.context = this.initialContext(), this.exprAllowed = true, this.inModule = t.sourceType === "module", this.strict = this.inModule || t.strict === true || this.strictDirective(this.pos), this.potentialArrowAt = -1, this.potentialArrowInForAwait = false, this.yieldPos = this.awaitPos = this.awaitIdentPos = 0, this.labels = [], this.undefinedExports = /* @__PURE__ */ Object.create(null), this.pos === 0 && t.allowHashBang && this.input.slice(0, 2) === "#!" && this.skipLineComment(2), this.scopeStack = [], this.enterScope(this.options.sourceType === "commonjs" ? z : X), this.regexpState = null, this.privateNameStack = [];
    };
    B = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
    k.prototype.parse = function() {
      var t = this, i = this.options.program || this.startNode();
      return this.nextToken(), this.catchStackOverflow(function() {
        return t.parseTopLevel(i);
      });
    };
    B.inFunction.get = function() {
      return (this.currentVarScope().flags & z) > 0;
    };
    B.inGenerator.get = function() {
      return (this.currentVarScope().flags & At) > 0;
    };
    B.inAsync.get = function() {
      return (this.currentVarScope().flags & Je) > 0;
    };
    B.canAwait.get = function() {
      for (var e = this.scopeStack.length - 1; e >= 0; e--) {
        var t = this.scopeStack[e], i = t.flags;
        if (i & (Q | he)) return false;
        if (i & z) return (i & Je) > 0;
      }
      return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
    };
    B.allowReturn.get = function() {
      return !!(this.inFunction || this.options.allowReturnOutsideFunction && this.currentVarScope().flags & X);
    };
    B.allowSuper.get = function() {
      var e = this.currentThisScope(), t = e.flags;
      return (t & Se) > 0 || this.options.allowSuperOutsideMethod;
    };
    B.allowDirectSuper.get = function() {
      return (this.currentThisScope().flags & Tt) > 0;
    };
    B.treatFunctionsAsVar.get = function() {
      return this.treatFunctionsAsVarInScope(this.currentScope());
    };
    B.allowNewDotTarget.get = function() {
      for (var e = this.scopeStack.length - 1; e >= 0; e--) {
        var t = this.scopeStack[e], i = t.flags;
        if (i & (Q | he) || i & z && !(i & Xe)) return true;
      }
      return false;
    };
    B.allowUsing.get = function() {
      var e = this.currentScope(), t = e.flags;
      return !(t & wt || !this.inModule && t & X);
    };
    B.inClassStaticBlock.get = function() {
      return (this.currentVarScope().flags & Q) > 0;
    };
    k.extend = function() {
      for (var t = [], i = arguments.length; i--; ) t[i] = arguments[i];
      for (var s = this, r = 0; r < t.length; r++) s = t[r](s);
      return s;
    };
    k.parse = function(t, i) {
      return new this(i, t).parse();
    };
    k.parseExpressionAt = function(t, i, s) {
      var r = new this(s, t, i);
      return r.nextToken(), r.parseExpression();
    };
    k.tokenizer = function(t, i) {
      return new this(i, t);
    };
    Object.defineProperties(k.prototype, B);
    I = k.prototype;
    ts = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
    I.strictDirective = function(e) {
      if (this.options.ecmaVersion < 5) return false;
      for (; ; ) {
        T.lastIndex = e, e += T.exec(this.input)[0].length;
        var t = ts.exec(this.input.slice(e));
        if (!t) return false;
        if ((t[1] || t[2]) === "use strict") {
          T.lastIndex = e + t[0].length;
          var i = T.exec(this.input), s = i.index + i[0].length, r = this.input.charAt(s);
          return r === ";" || r === "}" || R.test(i[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(r) || r === "!" && this.input.charAt(s + 1) === "=" || r === "i" && is(this, s));
        }
        e += t[0].length, T.lastIndex = e, e += T.exec(this.input)[0].length, this.input[e] === ";" && e++;
      }
    };
    I.eat = function(e) {
      return this.type === e ? (this.next(), true) : false;
    };
    I.isContextual = function(e) {
      return this.type === a.name && this.value === e && !this.containsEsc;
    };
    I.eatContextual = function(e) {
      return this.isContextual(e) ? (this.next(), true) : false;
    };
    I.catchStackOverflow = function(e) {
      try {
        return e();
      } catch (t) {
        if (t instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(t.message) || /\btoo much recursion\b/i.test(t.message))) this.raise(this.start, "Not enough stack space to parse input");
        else throw t;
      }
    };
    I.expectContextual = function(e) {
      this.eatContextual(e) || this.unexpected();
    };
    I.canInsertSemicolon = function() {
      return this.type === a.eof || this.type === a.braceR || R.test(this.input.slice(this.lastTokEnd, this.start));
    };
    I.insertSemicolon = function() {
      if (this.canInsertSemicolon()) return this.options.onInsertedSemicolon && this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc), true;
    };
    I.semicolon = function() {
      !this.eat(a.semi) && !this.insertSemicolon() && this.unexpected();
    };
    I.afterTrailingComma = function(e, t) {
      if (this.type === e) return this.options.onTrailingComma && this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc), t || this.next(), true;
    };
    I.expect = function(e) {
      this.eat(e) || this.unexpected();
    };
    I.unexpected = function(e) {
      this.raise(e ?? this.start, "Unexpected token");
    };
    _e = function() {
      this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
    };
    I.checkPatternErrors = function(e, t) {
      if (e) {
        e.trailingComma > -1 && this.raiseRecoverable(e.trailingComma, "Comma is not permitted after the rest element");
        var i = t ? e.parenthesizedAssign : e.parenthesizedBind;
        i > -1 && this.raiseRecoverable(i, t ? "Assigning to rvalue" : "Parenthesized pattern");
      }
    };
    I.checkExpressionErrors = function(e, t) {
      if (!e) return false;
      var i = e.shorthandAssign, s = e.doubleProto;
      if (!t) return i >= 0 || s >= 0;
      i >= 0 && this.raise(i, "Shorthand property assignments are valid only in destructuring patterns"), s >= 0 && this.raiseRecoverable(s, "Redefinition of __proto__ property");
    };
    I.checkYieldAwaitInDefaultParams = function() {
      this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos) && this.raise(this.yieldPos, "Yield expression cannot be a default value"), this.awaitPos && this.raise(this.awaitPos, "Await expression cannot be a default value");
    };
    I.isSimpleAssignTarget = function(e) {
      return e.type === "ParenthesizedExpression" ? this.isSimpleAssignTarget(e.expression) : e.type === "Identifier" || e.type === "MemberExpression";
    };
    d = k.prototype;
    d.parseTopLevel = function(e) {
      var t = /* @__PURE__ */ Object.create(null);
      for (e.body || (e.body = []); this.type !== a.eof; ) {
        var i = this.parseStatement(null, true, t);
        e.body.push(i);
      }
      if (this.inModule) for (var s = 0, r = Object.keys(this.undefinedExports); s < r.length; s += 1) {
        var n = r[s];
        this.raiseRecoverable(this.undefinedExports[n].start, "Export '" + n + "' is not defined");
      }
      return this.adaptDirectivePrologue(e.body), this.next(), e.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType, this.finishNode(e, "Program");
    };
    Ye = { kind: "loop" };
    ss = { kind: "switch" };
    d.isLet = function(e) {
      if (this.options.ecmaVersion < 6 || !this.isContextual("let")) return false;
      T.lastIndex = this.pos;
      var t = T.exec(this.input), i = this.pos + t[0].length, s = this.fullCharCodeAt(i);
      if (s === 91 || s === 92) return true;
      if (e) return false;
      if (s === 123) return true;
      if (j(s)) {
        var r = i;
        do
          i += s <= 65535 ? 1 : 2;
        while (G(s = this.fullCharCodeAt(i)));
        if (s === 92) return true;
        var n = this.input.slice(r, i);
        if (!bt.test(n)) return true;
      }
      return false;
    };
    d.isAsyncFunction = function() {
      if (this.options.ecmaVersion < 8 || !this.isContextual("async")) return false;
      T.lastIndex = this.pos;
      var e = T.exec(this.input), t = this.pos + e[0].length, i;
      return !R.test(this.input.slice(this.pos, t)) && this.input.slice(t, t + 8) === "function" && (t + 8 === this.input.length || !(G(i = this.fullCharCodeAt(t + 8)) || i === 92));
    };
    d.isUsingKeyword = function(e, t) {
      if (this.options.ecmaVersion < 17 || !this.isContextual(e ? "await" : "using")) return false;
      T.lastIndex = this.pos;
      var i = T.exec(this.input), s = this.pos + i[0].length;
      if (R.test(this.input.slice(this.pos, s))) return false;
      if (e) {
        var r = s + 5, n;
        if (this.input.slice(s, r) !== "using" || r === this.input.length || G(n = this.fullCharCodeAt(r)) || n === 92) return false;
        T.lastIndex = r;
        var o = T.exec(this.input);
        if (s = r + o[0].length, o && R.test(this.input.slice(r, s))) return false;
      }
      var h = this.fullCharCodeAt(s);
      if (!j(h) && h !== 92) return false;
      var c = s;
      do
        s += h <= 65535 ? 1 : 2;
      while (G(h = this.fullCharCodeAt(s)));
      if (h === 92) return true;
      var l = this.input.slice(c, s);
      if (bt.test(l)) return false;
      if (t && !e && l === "of") {
        T.lastIndex = s;
        var m = T.exec(this.input);
        if (s = s + m[0].length, this.input.charCodeAt(s) !== 61 || (h = this.input.charCodeAt(s + 1)) === 61 || h === 62) return false;
      }
      return true;
    };
    d.isAwaitUsing = function(e) {
      return this.isUsingKeyword(true, e);
    };
    d.isUsing = function(e) {
      return this.isUsingKeyword(false, e);
    };
    d.parseStatement = function(e, t, i) {
      var s = this.type, r = this.startNode(), n;
      switch (this.isLet(e) && (s = a._var, n = "let"), s) {
        case a._break:
        case a._continue:
          return this.parseBreakContinueStatement(r, s.keyword);
        case a._debugger:
          return this.parseDebuggerStatement(r);
        case a._do:
          return this.parseDoStatement(r);
        case a._for:
          return this.parseForStatement(r);
        case a._function:
          return e && (this.strict || e !== "if" && e !== "label") && this.options.ecmaVersion >= 6 && this.unexpected(), this.parseFunctionStatement(r, false, !e);
        case a._class:
          return e && this.unexpected(), this.parseClass(r, true);
        case a._if:
          return this.parseIfStatement(r);
        case a._return:
          return this.parseReturnStatement(r);
        case a._switch:
          return this.parseSwitchStatement(r);
        case a._throw:
          return this.parseThrowStatement(r);
        case a._try:
          return this.parseTryStatement(r);
        case a._const:
        case a._var:
          return n = n || this.value, e && n !== "var" && this.unexpected(), this.parseVarStatement(r, n);
        case a._while:
          return this.parseWhileStatement(r);
        case a._with:
          return this.parseWithStatement(r);
        case a.braceL:
          return this.parseBlock(true, r);
        case a.semi:
          return this.parseEmptyStatement(r);
        case a._export:
        case a._import:
          if (this.options.ecmaVersion > 10 && s === a._import) {
            T.lastIndex = this.pos;
            var o = T.exec(this.input), h = this.pos + o[0].length, c = this.input.charCodeAt(h);
            if (c === 40 || c === 46) return this.parseExpressionStatement(r, this.parseExpression());
          }
          return this.options.allowImportExportEverywhere || (t || this.raise(this.start, "'import' and 'export' may only appear at the top level"), this.inModule || this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'")), s === a._import ? this.parseImport(r) : this.parseExport(r, i);
        default:
          if (this.isAsyncFunction()) return e && this.unexpected(), this.next(), this.parseFunctionStatement(r, true, !e);
          var l = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
          if (l) return this.allowUsing || this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement"), e && this.raise(this.start, "Using declaration is not allowed in single-statement positions"), l === "await using" && (this.canAwait || this.raise(this.start, "Await using cannot appear outside of async function"), this.next()), this.next(), this.parseVar(r, false, l), this.semicolon(), this.finishNode(r, "VariableDeclaration");
          var m = this.value, S = this.parseExpression();
          return s === a.name && S.type === "Identifier" && this.eat(a.colon) ? this.parseLabeledStatement(r, m, S, e) : this.parseExpressionStatement(r, S);
      }
    };
    d.parseBreakContinueStatement = function(e, t) {
      var i = t === "break";
      this.next(), this.eat(a.semi) || this.insertSemicolon() ? e.label = null : this.type !== a.name ? this.unexpected() : (e.label = this.parseIdent(), this.semicolon());
      for (var s = 0; s < this.labels.length; ++s) {
        var r = this.labels[s];
        if ((e.label == null || r.name === e.label.name) && (r.kind != null && (i || r.kind === "loop") || e.label && i)) break;
      }
      return s === this.labels.length && this.raise(e.start, "Unsyntactic " + t), this.finishNode(e, i ? "BreakStatement" : "ContinueStatement");
    };
    d.parseDebuggerStatement = function(e) {
      return this.next(), this.semicolon(), this.finishNode(e, "DebuggerStatement");
    };
    d.parseDoStatement = function(e) {
      return this.next(), this.labels.push(Ye), e.body = this.parseStatement("do"), this.labels.pop(), this.expect(a._while), e.test = this.parseParenExpression(), this.options.ecmaVersion >= 6 ? this.eat(a.semi) : this.semicolon(), this.finishNode(e, "DoWhileStatement");
    };
    d.parseForStatement = function(e) {
      this.next();
      var t = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
      if (this.labels.push(Ye), this.enterScope(0), this.expect(a.parenL), this.type === a.semi) return t > -1 && this.unexpected(t), this.parseFor(e, null);
      var i = this.isLet();
      if (this.type === a._var || this.type === a._const || i) {
        var s = this.startNode(), r = i ? "let" : this.value;
        return this.next(), this.parseVar(s, true, r), this.finishNode(s, "VariableDeclaration"), this.parseForAfterInit(e, s, t);
      }
      var n = this.isContextual("let"), o = false, h = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
      if (h) {
        var c = this.startNode();
        return this.next(), h === "await using" && (this.canAwait || this.raise(this.start, "Await using cannot appear outside of async function"), this.next()), this.parseVar(c, true, h), this.finishNode(c, "VariableDeclaration"), this.parseForAfterInit(e, c, t);
      }
      var l = this.containsEsc, m = new _e(), S = this.start, A = t > -1 ? this.parseExprSubscripts(m, "await") : this.parseExpression(true, m);
      return this.type === a._in || (o = this.options.ecmaVersion >= 6 && this.isContextual("of")) ? (t > -1 ? (this.type === a._in && this.unexpected(t), e.await = true) : o && this.options.ecmaVersion >= 8 && (A.start === S && !l && A.type === "Identifier" && A.name === "async" ? this.unexpected() : this.options.ecmaVersion >= 9 && (e.await = false)), n && o && this.raise(A.start, "The left-hand side of a for-of loop may not start with 'let'."), this.toAssignable(A, false, m), this.checkLValPattern(A), this.parseForIn(e, A)) : (this.checkExpressionErrors(m, true), t > -1 && this.unexpected(t), this.parseFor(e, A));
    };
    d.parseForAfterInit = function(e, t, i) {
      return (this.type === a._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && t.declarations.length === 1 ? (this.type === a._in ? ((t.kind === "using" || t.kind === "await using") && !t.declarations[0].init && this.raise(this.start, "Using declaration is not allowed in for-in loops"), this.options.ecmaVersion >= 9 && i > -1 && this.unexpected(i)) : this.options.ecmaVersion >= 9 && (e.await = i > -1), this.parseForIn(e, t)) : (i > -1 && this.unexpected(i), this.parseFor(e, t));
    };
    d.parseFunctionStatement = function(e, t, i) {
      return this.next(), this.parseFunction(e, oe | (i ? 0 : We), false, t);
    };
    d.parseIfStatement = function(e) {
      return this.next(), e.test = this.parseParenExpression(), e.consequent = this.parseStatement("if"), e.alternate = this.eat(a._else) ? this.parseStatement("if") : null, this.finishNode(e, "IfStatement");
    };
    d.parseReturnStatement = function(e) {
      return this.allowReturn || this.raise(this.start, "'return' outside of function"), this.next(), this.eat(a.semi) || this.insertSemicolon() ? e.argument = null : (e.argument = this.parseExpression(), this.semicolon()), this.finishNode(e, "ReturnStatement");
    };
    d.parseSwitchStatement = function(e) {
      this.next(), e.discriminant = this.parseParenExpression(), e.cases = [], this.expect(a.braceL), this.labels.push(ss), this.enterScope(wt);
      for (var t, i = false; this.type !== a.braceR; ) if (this.type === a._case || this.type === a._default) {
        var s = this.type === a._case;
        t && this.finishNode(t, "SwitchCase"), e.cases.push(t = this.startNode()), t.consequent = [], this.next(), s ? t.test = this.parseExpression() : (i && this.raiseRecoverable(this.lastTokStart, "Multiple default clauses"), i = true, t.test = null), this.expect(a.colon);
      } else t || this.unexpected(), t.consequent.push(this.parseStatement(null));
      return this.exitScope(), t && this.finishNode(t, "SwitchCase"), this.next(), this.labels.pop(), this.finishNode(e, "SwitchStatement");
    };
    d.parseThrowStatement = function(e) {
      return this.next(), R.test(this.input.slice(this.lastTokEnd, this.start)) && this.raise(this.lastTokEnd, "Illegal newline after throw"), e.argument = this.parseExpression(), this.semicolon(), this.finishNode(e, "ThrowStatement");
    };
    rs = [];
    d.parseCatchClauseParam = function() {
      var e = this.parseBindingAtom(), t = e.type === "Identifier";
      return this.enterScope(t ? kt : 0), this.checkLValPattern(e, t ? It : K), this.expect(a.parenR), e;
    };
    d.parseTryStatement = function(e) {
      if (this.next(), e.block = this.parseBlock(), e.handler = null, this.type === a._catch) {
        var t = this.startNode();
        this.next(), this.eat(a.parenL) ? t.param = this.parseCatchClauseParam() : (this.options.ecmaVersion < 10 && this.unexpected(), t.param = null, this.enterScope(0)), t.body = this.parseBlock(false), this.exitScope(), e.handler = this.finishNode(t, "CatchClause");
      }
      return e.finalizer = this.eat(a._finally) ? this.parseBlock() : null, !e.handler && !e.finalizer && this.raise(e.start, "Missing catch or finally clause"), this.finishNode(e, "TryStatement");
    };
    d.parseVarStatement = function(e, t, i) {
      return this.next(), this.parseVar(e, false, t, i), this.semicolon(), this.finishNode(e, "VariableDeclaration");
    };
    d.parseWhileStatement = function(e) {
      return this.next(), e.test = this.parseParenExpression(), this.labels.push(Ye), e.body = this.parseStatement("while"), this.labels.pop(), this.finishNode(e, "WhileStatement");
    };
    d.parseWithStatement = function(e) {
      return this.strict && this.raise(this.start, "'with' in strict mode"), this.next(), e.object = this.parseParenExpression(), e.body = this.parseStatement("with"), this.finishNode(e, "WithStatement");
    };
    d.parseEmptyStatement = function(e) {
      return this.next(), this.finishNode(e, "EmptyStatement");
    };
    d.parseLabeledStatement = function(e, t, i, s) {
      for (var r = 0, n = this.labels; r < n.length; r += 1) {
        var o = n[r];
        o.name === t && this.raise(i.start, "Label '" + t + "' is already declared");
      }
      for (var h = this.type.isLoop ? "loop" : this.type === a._switch ? "switch" : null, c = this.labels.length - 1; c >= 0; c--) {
        var l = this.labels[c];
        if (l.statementStart === e.start) l.statementStart = this.start, l.kind = h;
        else break;
      }
      return this.labels.push({ name: t, kind: h, statementStart: this.start }), e.body = this.parseStatement(s ? s.indexOf("label") === -1 ? s + "label" : s : "label"), this.labels.pop(), e.label = i, this.finishNode(e, "LabeledStatement");
    };
    d.parseExpressionStatement = function(e, t) {
      return e.expression = t, this.semicolon(), this.finishNode(e, "ExpressionStatement");
    };
    d.parseBlock = function(e, t, i) {
      for (e === void 0 && (e = true), t === void 0 && (t = this.startNode()), t.body = [], this.expect(a.braceL), e && this.enterScope(0); this.type !== a.braceR; ) {
        var s = this.parseStatement(null);
        t.body.push(s);
      }
      return i && (this.strict = false), this.next(), e && this.exitScope(), this.finishNode(t, "BlockStatement");
    };
    d.parseFor = function(e, t) {
      return e.init = t, this.expect(a.semi), e.test = this.type === a.semi ? null : this.parseExpression(), this.expect(a.semi), e.update = this.type === a.parenR ? null : this.parseExpression(), this.expect(a.parenR), e.body = this.parseStatement("for"), this.exitScope(), this.labels.pop(), this.finishNode(e, "ForStatement");
    };
    d.parseForIn = function(e, t) {
      var i = this.type === a._in;
      return this.next(), t.type === "VariableDeclaration" && t.declarations[0].init != null && (!i || this.options.ecmaVersion < 8 || this.strict || t.kind !== "var" || t.declarations[0].id.type !== "Identifier") && this.raise(t.start, (i ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"), e.left = t, e.right = i ? this.parseExpression() : this.parseMaybeAssign(), this.expect(a.parenR), e.body = this.parseStatement("for"), this.exitScope(), this.labels.pop(), this.finishNode(e, i ? "ForInStatement" : "ForOfStatement");
    };
    d.parseVar = function(e, t, i, s) {
      for (e.declarations = [], e.kind = i; ; ) {
        var r = this.startNode();
        if (this.parseVarId(r, i), this.eat(a.eq) ? r.init = this.parseMaybeAssign(t) : !s && i === "const" && !(this.type === a._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) ? this.unexpected() : !s && (i === "using" || i === "await using") && this.options.ecmaVersion >= 17 && this.type !== a._in && !this.isContextual("of") ? this.raise(this.lastTokEnd, "Missing initializer in " + i + " declaration") : !s && r.id.type !== "Identifier" && !(t && (this.type === a._in || this.isContextual("of"))) ? this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value") : r.init = null, e.declarations.push(this.finishNode(r, "VariableDeclarator")), !this.eat(a.comma)) break;
      }
      return e;
    };
    d.parseVarId = function(e, t) {
      e.id = t === "using" || t === "await using" ? this.parseIdent() : this.parseBindingAtom(), this.checkLValPattern(e.id, t === "var" ? Qe : K, false);
    };
    oe = 1;
    We = 2;
    Lt = 4;
    d.parseFunction = function(e, t, i, s, r) {
      this.initFunction(e), (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !s) && (this.type === a.star && t & We && this.unexpected(), e.generator = this.eat(a.star)), this.options.ecmaVersion >= 8 && (e.async = !!s), t & oe && (e.id = t & Lt && this.type !== a.name ? null : this.parseIdent(), e.id && !(t & We) && this.checkLValSimple(e.id, this.strict || e.generator || e.async ? this.treatFunctionsAsVar ? Qe : K : Pt));
      var n = this.yieldPos, o = this.awaitPos, h = this.awaitIdentPos;
      return this.yieldPos = 0, this.awaitPos = 0, this.awaitIdentPos = 0, this.enterScope(ze(e.async, e.generator)), t & oe || (e.id = this.type === a.name ? this.parseIdent() : null), this.parseFunctionParams(e), this.parseFunctionBody(e, i, false, r), this.yieldPos = n, this.awaitPos = o, this.awaitIdentPos = h, this.finishNode(e, t & oe ? "FunctionDeclaration" : "FunctionExpression");
    };
    d.parseFunctionParams = function(e) {
      this.expect(a.parenL), e.params = this.parseBindingList(a.parenR, false, this.options.ecmaVersion >= 8), this.checkYieldAwaitInDefaultParams();
    };
    d.parseClass = function(e, t) {
      this.next();
      var i = this.strict;
      this.strict = true, this.parseClassId(e, t), this.parseClassSuper(e);
      var s = this.enterClassBody(), r = this.startNode(), n = false;
      for (r.body = [], this.expect(a.braceL); this.type !== a.braceR; ) {
        var o = this.parseClassElement(e.superClass !== null);
        o && (r.body.push(o), o.type === "MethodDefinition" && o.kind === "constructor" ? (n && this.raiseRecoverable(o.start, "Duplicate constructor in the same class"), n = true) : o.key && o.key.type === "PrivateIdentifier" && as(s, o) && this.raiseRecoverable(o.key.start, "Identifier '#" + o.key.name + "' has already been declared"));
      }
      return this.strict = i, this.next(), e.body = this.finishNode(r, "ClassBody"), this.exitClassBody(), this.finishNode(e, t ? "ClassDeclaration" : "ClassExpression");
    };
    d.parseClassElement = function(e) {
      if (this.eat(a.semi)) return null;
      var t = this.options.ecmaVersion, i = this.startNode(), s = "", r = false, n = false, o = "method", h = false;
      if (this.eatContextual("static")) {
        if (t >= 13 && this.eat(a.braceL)) return this.parseClassStaticBlock(i), i;
        this.isClassElementNameStart() || this.type === a.star ? h = true : s = "static";
      }
      if (i.static = h, !s && t >= 8 && this.eatContextual("async") && ((this.isClassElementNameStart() || this.type === a.star) && !this.canInsertSemicolon() ? n = true : s = "async"), !s && (t >= 9 || !n) && this.eat(a.star) && (r = true), !s && !n && !r) {
        var c = this.value;
        (this.eatContextual("get") || this.eatContextual("set")) && (this.isClassElementNameStart() ? o = c : s = c);
      }
      if (s ? (i.computed = false, i.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc), i.key.name = s, this.finishNode(i.key, "Identifier")) : this.parseClassElementName(i), t < 13 || this.type === a.parenL || o !== "method" || r || n) {
        var l = !i.static && ye(i, "constructor"), m = l && e;
        l && o !== "method" && this.raise(i.key.start, "Constructor can't have get/set modifier"), i.kind = l ? "constructor" : o, this.parseClassMethod(i, r, n, m);
      } else this.parseClassField(i);
      return i;
    };
    d.isClassElementNameStart = function() {
      return this.type === a.name || this.type === a.privateId || this.type === a.num || this.type === a.string || this.type === a.bracketL || this.type.keyword;
    };
    d.parseClassElementName = function(e) {
      this.type === a.privateId ? (this.value === "constructor" && this.raise(this.start, "Classes can't have an element named '#constructor'"), e.computed = false, e.key = this.parsePrivateIdent()) : this.parsePropertyName(e);
    };
    d.parseClassMethod = function(e, t, i, s) {
      var r = e.key;
      e.kind === "constructor" ? (t && this.raise(r.start, "Constructor can't be a generator"), i && this.raise(r.start, "Constructor can't be an async method")) : e.static && ye(e, "prototype") && this.raise(r.start, "Classes may not have a static property named prototype");
      var n = e.value = this.parseMethod(t, i, s);
      return e.kind === "get" && n.params.length !== 0 && this.raiseRecoverable(n.start, "getter should have no params"), e.kind === "set" && n.params.length !== 1 && this.raiseRecoverable(n.start, "setter should have exactly one param"), e.kind === "set" && n.params[0].type === "RestElement" && this.raiseRecoverable(n.params[0].start, "Setter cannot use rest params"), this.finishNode(e, "MethodDefinition");
    };
    d.parseClassField = function(e) {
      return ye(e, "constructor") ? this.raise(e.key.start, "Classes can't have a field named 'constructor'") : e.static && ye(e, "prototype") && this.raise(e.key.start, "Classes can't have a static field named 'prototype'"), this.eat(a.eq) ? (this.enterScope(he | Se), e.value = this.parseMaybeAssign(), this.exitScope()) : e.value = null, this.semicolon(), this.finishNode(e, "PropertyDefinition");
    };
    d.parseClassStaticBlock = function(e) {
      e.body = [];
      var t = this.labels;
      for (this.labels = [], this.enterScope(Q | Se); this.type !== a.braceR; ) {
        var i = this.parseStatement(null);
        e.body.push(i);
      }
      return this.next(), this.exitScope(), this.labels = t, this.finishNode(e, "StaticBlock");
    };
    d.parseClassId = function(e, t) {
      this.type === a.name ? (e.id = this.parseIdent(), t && this.checkLValSimple(e.id, K, false)) : (t === true && this.unexpected(), e.id = null);
    };
    d.parseClassSuper = function(e) {
      e.superClass = this.eat(a._extends) ? this.parseExprSubscripts(null, false) : null;
    };
    d.enterClassBody = function() {
      var e = { declared: /* @__PURE__ */ Object.create(null), used: [] };
      return this.privateNameStack.push(e), e.declared;
    };
    d.exitClassBody = function() {
      var e = this.privateNameStack.pop(), t = e.declared, i = e.used;
      if (this.options.checkPrivateFields) for (var s = this.privateNameStack.length, r = s === 0 ? null : this.privateNameStack[s - 1], n = 0; n < i.length; ++n) {
        var o = i[n];
        te(t, o.name) || (r ? r.used.push(o) : this.raiseRecoverable(o.start, "Private field '#" + o.name + "' must be declared in an enclosing class"));
      }
    };
    d.parseExportAllDeclaration = function(e, t) {
      return this.options.ecmaVersion >= 11 && (this.eatContextual("as") ? (e.exported = this.parseModuleExportName(), this.checkExport(t, e.exported, this.lastTokStart)) : e.exported = null), this.expectContextual("from"), this.type !== a.string && this.unexpected(), e.source = this.parseExprAtom(), this.options.ecmaVersion >= 16 && (e.attributes = this.parseWithClause()), this.semicolon(), this.finishNode(e, "ExportAllDeclaration");
    };
    d.parseExport = function(e, t) {
      if (this.next(), this.eat(a.star)) return this.parseExportAllDeclaration(e, t);
      if (this.eat(a._default)) return this.checkExport(t, "default", this.lastTokStart), e.declaration = this.parseExportDefaultDeclaration(), this.finishNode(e, "ExportDefaultDeclaration");
      if (this.shouldParseExportStatement()) e.declaration = this.parseExportDeclaration(e), e.declaration.type === "VariableDeclaration" ? this.checkVariableExport(t, e.declaration.declarations) : this.checkExport(t, e.declaration.id, e.declaration.id.start), e.specifiers = [], e.source = null, this.options.ecmaVersion >= 16 && (e.attributes = []);
      else {
        if (e.declaration = null, e.specifiers = this.parseExportSpecifiers(t), this.eatContextual("from")) this.type !== a.string && this.unexpected(), e.source = this.parseExprAtom(), this.options.ecmaVersion >= 16 && (e.attributes = this.parseWithClause());
        else {
          for (var i = 0, s = e.specifiers; i < s.length; i += 1) {
            var r = s[i];
            this.checkUnreserved(r.local), this.checkLocalExport(r.local), r.local.type === "Literal" && this.raise(r.local.start, "A string literal cannot be used as an exported binding without `from`.");
          }
          e.source = null, this.options.ecmaVersion >= 16 && (e.attributes = []);
        }
        this.semicolon();
      }
      return this.finishNode(e, "ExportNamedDeclaration");
    };
    d.parseExportDeclaration = function(e) {
      return this.parseStatement(null);
    };
    d.parseExportDefaultDeclaration = function() {
      var e;
      if (this.type === a._function || (e = this.isAsyncFunction())) {
        var t = this.startNode();
        return this.next(), e && this.next(), this.parseFunction(t, oe | Lt, false, e);
      } else if (this.type === a._class) {
        var i = this.startNode();
        return this.parseClass(i, "nullableID");
      } else {
        var s = this.parseMaybeAssign();
        return this.semicolon(), s;
      }
    };
    d.checkExport = function(e, t, i) {
      e && (typeof t != "string" && (t = t.type === "Identifier" ? t.name : t.value), te(e, t) && this.raiseRecoverable(i, "Duplicate export '" + t + "'"), e[t] = true);
    };
    d.checkPatternExport = function(e, t) {
      var i = t.type;
      if (i === "Identifier") this.checkExport(e, t, t.start);
      else if (i === "ObjectPattern") for (var s = 0, r = t.properties; s < r.length; s += 1) {
        var n = r[s];
        this.checkPatternExport(e, n);
      }
      else if (i === "ArrayPattern") for (var o = 0, h = t.elements; o < h.length; o += 1) {
        var c = h[o];
        c && this.checkPatternExport(e, c);
      }
      else i === "Property" ? this.checkPatternExport(e, t.value) : i === "AssignmentPattern" ? this.checkPatternExport(e, t.left) : i === "RestElement" && this.checkPatternExport(e, t.argument);
    };
    d.checkVariableExport = function(e, t) {
      if (e) for (var i = 0, s = t; i < s.length; i += 1) {
        var r = s[i];
        this.checkPatternExport(e, r.id);
      }
    };
    d.shouldParseExportStatement = function() {
      return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
    };
    d.parseExportSpecifier = function(e) {
      var t = this.startNode();
      return t.local = this.parseModuleExportName(), t.exported = this.eatContextual("as") ? this.parseModuleExportName() : t.local, this.checkExport(e, t.exported, t.exported.start), this.finishNode(t, "ExportSpecifier");
    };
    d.parseExportSpecifiers = function(e) {
      var t = [], i = true;
      for (this.expect(a.braceL); !this.eat(a.braceR); ) {
        if (i) i = false;
        else if (this.expect(a.comma), this.afterTrailingComma(a.braceR)) break;
        t.push(this.parseExportSpecifier(e));
      }
      return t;
    };
    d.parseImport = function(e) {
      return this.next(), this.type === a.string ? (e.specifiers = rs, e.source = this.parseExprAtom()) : (e.specifiers = this.parseImportSpecifiers(), this.expectContextual("from"), e.source = this.type === a.string ? this.parseExprAtom() : this.unexpected()), this.options.ecmaVersion >= 16 && (e.attributes = this.parseWithClause()), this.semicolon(), this.finishNode(e, "ImportDeclaration");
    };
    d.parseImportSpecifier = function() {
      var e = this.startNode();
      return e.imported = this.parseModuleExportName(), this.eatContextual("as") ? e.local = this.parseIdent() : (this.checkUnreserved(e.imported), e.local = e.imported), this.checkLValSimple(e.local, K), this.finishNode(e, "ImportSpecifier");
    };
    d.parseImportDefaultSpecifier = function() {
      var e = this.startNode();
      return e.local = this.parseIdent(), this.checkLValSimple(e.local, K), this.finishNode(e, "ImportDefaultSpecifier");
    };
    d.parseImportNamespaceSpecifier = function() {
      var e = this.startNode();
      return this.next(), this.expectContextual("as"), e.local = this.parseIdent(), this.checkLValSimple(e.local, K), this.finishNode(e, "ImportNamespaceSpecifier");
    };
    d.parseImportSpecifiers = function() {
      var e = [], t = true;
      if (this.type === a.name && (e.push(this.parseImportDefaultSpecifier()), !this.eat(a.comma))) return e;
      if (this.type === a.star) return e.push(this.parseImportNamespaceSpecifier()), e;
      for (this.expect(a.braceL); !this.eat(a.braceR); ) {
        if (t) t = false;
        else if (this.expect(a.comma), this.afterTrailingComma(a.braceR)) break;
        e.push(this.parseImportSpecifier());
      }
      return e;
    };
    d.parseWithClause = function() {
      var e = [];
      if (!this.eat(a._with)) return e;
      this.expect(a.braceL);
      for (var t = {}, i = true; !this.eat(a.braceR); ) {
        if (i) i = false;
        else if (this.expect(a.comma), this.afterTrailingComma(a.braceR)) break;
        var s = this.parseImportAttribute(), r = s.key.type === "Identifier" ? s.key.name : s.key.value;
        te(t, r) && this.raiseRecoverable(s.key.start, "Duplicate attribute key '" + r + "'"), t[r] = true, e.push(s);
      }
      return e;
    };
    d.parseImportAttribute = function() {
      var e = this.startNode();
      return e.key = this.type === a.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never"), this.expect(a.colon), this.type !== a.string && this.unexpected(), e.value = this.parseExprAtom(), this.finishNode(e, "ImportAttribute");
    };
    d.parseModuleExportName = function() {
      if (this.options.ecmaVersion >= 13 && this.type === a.string) {
        var e = this.parseLiteral(this.value);
        return Zi.test(e.value) && this.raise(e.start, "An export name cannot include a lone surrogate."), e;
      }
      return this.parseIdent(true);
    };
    d.adaptDirectivePrologue = function(e) {
      for (var t = 0; t < e.length && this.isDirectiveCandidate(e[t]); ++t) e[t].directive = e[t].expression.raw.slice(1, -1);
    };
    d.isDirectiveCandidate = function(e) {
      return this.options.ecmaVersion >= 5 && e.type === "ExpressionStatement" && e.expression.type === "Literal" && typeof e.expression.value == "string" && (this.input[e.start] === '"' || this.input[e.start] === "'");
    };
    M = k.prototype;
    M.toAssignable = function(e, t, i) {
      if (this.options.ecmaVersion >= 6 && e) switch (e.type) {
        case "Identifier":
          this.inAsync && e.name === "await" && this.raise(e.start, "Cannot use 'await' as identifier inside an async function");
          break;
        case "ObjectPattern":
        case "ArrayPattern":
        case "AssignmentPattern":
        case "RestElement":
          break;
        case "ObjectExpression":
          e.type = "ObjectPattern", i && this.checkPatternErrors(i, true);
          for (var s = 0, r = e.properties; s < r.length; s += 1) {
            var n = r[s];
            this.toAssignable(n, t), n.type === "RestElement" && (n.argument.type === "ArrayPattern" || n.argument.type === "ObjectPattern") && this.raise(n.argument.start, "Unexpected token");
          }
          break;
        case "Property":
          e.kind !== "init" && this.raise(e.key.start, "Object pattern can't contain getter or setter"), this.toAssignable(e.value, t);
          break;
        case "ArrayExpression":
          e.type = "ArrayPattern", i && this.checkPatternErrors(i, true), this.toAssignableList(e.elements, t);
          break;
        case "SpreadElement":
          e.type = "RestElement", this.toAssignable(e.argument, t), e.argument.type === "AssignmentPattern" && this.raise(e.argument.start, "Rest elements cannot have a default value");
          break;
        case "AssignmentExpression":
          e.operator !== "=" && this.raise(e.left.end, "Only '=' operator can be used for specifying default value."), e.type = "AssignmentPattern", delete e.operator, this.toAssignable(e.left, t);
          break;
        case "ParenthesizedExpression":
          this.toAssignable(e.expression, t, i);
          break;
        case "ChainExpression":
          this.raiseRecoverable(e.start, "Optional chaining cannot appear in left-hand side");
          break;
        case "MemberExpression":
          if (!t) break;
        default:
          this.raise(e.start, "Assigning to rvalue");
      }
      else i && this.checkPatternErrors(i, true);
      return e;
    };
    M.toAssignableList = function(e, t) {
      for (var i = e.length, s = 0; s < i; s++) {
        var r = e[s];
        r && this.toAssignable(r, t);
      }
      if (i) {
        var n = e[i - 1];
        this.options.ecmaVersion === 6 && t && n && n.type === "RestElement" && n.argument.type !== "Identifier" && this.unexpected(n.argument.start);
      }
      return e;
    };
    M.parseSpread = function(e) {
      var t = this.startNode();
      return this.next(), t.argument = this.parseMaybeAssign(false, e), this.finishNode(t, "SpreadElement");
    };
    M.parseRestBinding = function() {
      var e = this.startNode();
      return this.next(), this.options.ecmaVersion === 6 && this.type !== a.name && this.unexpected(), e.argument = this.parseBindingAtom(), this.finishNode(e, "RestElement");
    };
    M.parseBindingAtom = function() {
      if (this.options.ecmaVersion >= 6) switch (this.type) {
        case a.bracketL:
          var e = this.startNode();
          return this.next(), e.elements = this.parseBindingList(a.bracketR, true, true), this.finishNode(e, "ArrayPattern");
        case a.braceL:
          return this.parseObj(true);
      }
      return this.parseIdent();
    };
    M.parseBindingList = function(e, t, i, s) {
      for (var r = [], n = true; !this.eat(e); ) if (n ? n = false : this.expect(a.comma), t && this.type === a.comma) r.push(null);
      else {
        if (i && this.afterTrailingComma(e)) break;
        if (this.type === a.ellipsis) {
          var o = this.parseRestBinding();
          this.parseBindingListItem(o), r.push(o), this.type === a.comma && this.raiseRecoverable(this.start, "Comma is not permitted after the rest element"), this.expect(e);
          break;
        } else r.push(this.parseAssignableListItem(s));
      }
      return r;
    };
    M.parseAssignableListItem = function(e) {
      var t = this.parseMaybeDefault(this.start, this.startLoc);
      return this.parseBindingListItem(t), t;
    };
    M.parseBindingListItem = function(e) {
      return e;
    };
    M.parseMaybeDefault = function(e, t, i) {
      if (i = i || this.parseBindingAtom(), this.options.ecmaVersion < 6 || !this.eat(a.eq)) return i;
      var s = this.startNodeAt(e, t);
      return s.left = i, s.right = this.parseMaybeAssign(), this.finishNode(s, "AssignmentPattern");
    };
    M.checkLValSimple = function(e, t, i) {
      t === void 0 && (t = xe);
      var s = t !== xe;
      switch (e.type) {
        case "Identifier":
          this.strict && this.reservedWordsStrictBind.test(e.name) && this.raiseRecoverable(e.start, (s ? "Binding " : "Assigning to ") + e.name + " in strict mode"), s && (t === K && e.name === "let" && this.raiseRecoverable(e.start, "let is disallowed as a lexically bound name"), i && (te(i, e.name) && this.raiseRecoverable(e.start, "Argument name clash"), i[e.name] = true), t !== Nt && this.declareName(e.name, t, e.start));
          break;
        case "ChainExpression":
          this.raiseRecoverable(e.start, "Optional chaining cannot appear in left-hand side");
          break;
        case "MemberExpression":
          s && this.raiseRecoverable(e.start, "Binding member expression");
          break;
        case "ParenthesizedExpression":
          return s && this.raiseRecoverable(e.start, "Binding parenthesized expression"), this.checkLValSimple(e.expression, t, i);
        default:
          this.raise(e.start, (s ? "Binding" : "Assigning to") + " rvalue");
      }
    };
    M.checkLValPattern = function(e, t, i) {
      switch (t === void 0 && (t = xe), e.type) {
        case "ObjectPattern":
          for (var s = 0, r = e.properties; s < r.length; s += 1) {
            var n = r[s];
            this.checkLValInnerPattern(n, t, i);
          }
          break;
        case "ArrayPattern":
          for (var o = 0, h = e.elements; o < h.length; o += 1) {
            var c = h[o];
            c && this.checkLValInnerPattern(c, t, i);
          }
          break;
        default:
          this.checkLValSimple(e, t, i);
      }
    };
    M.checkLValInnerPattern = function(e, t, i) {
      switch (t === void 0 && (t = xe), e.type) {
        case "Property":
          this.checkLValInnerPattern(e.value, t, i);
          break;
        case "AssignmentPattern":
          this.checkLValPattern(e.left, t, i);
          break;
        case "RestElement":
          this.checkLValPattern(e.argument, t, i);
          break;
        default:
          this.checkLValPattern(e, t, i);
      }
    };
    F = function(t, i, s, r, n) {
      this.token = t, this.isExpr = !!i, this.preserveSpace = !!s, this.override = r, this.generator = !!n;
    };
    E = { b_stat: new F("{", false), b_expr: new F("{", true), b_tmpl: new F("${", false), p_stat: new F("(", false), p_expr: new F("(", true), q_tmpl: new F("`", true, true, function(e) {
      return e.tryReadTemplateToken();
    }), f_stat: new F("function", false), f_expr: new F("function", true), f_expr_gen: new F("function", true, false, null, true), f_gen: new F("function", false, false, null, true) };
    ie = k.prototype;
    ie.initialContext = function() {
      return [E.b_stat];
    };
    ie.curContext = function() {
      return this.context[this.context.length - 1];
    };
    ie.braceIsBlock = function(e) {
      var t = this.curContext();
      return t === E.f_expr || t === E.f_stat ? true : e === a.colon && (t === E.b_stat || t === E.b_expr) ? !t.isExpr : e === a._return || e === a.name && this.exprAllowed ? R.test(this.input.slice(this.lastTokEnd, this.start)) : e === a._else || e === a.semi || e === a.eof || e === a.parenR || e === a.arrow ? true : e === a.braceL ? t === E.b_stat : e === a._var || e === a._const || e === a.name ? false : !this.exprAllowed;
    };
    ie.inGeneratorContext = function() {
      for (var e = this.context.length - 1; e >= 1; e--) {
        var t = this.context[e];
        if (t.token === "function") return t.generator;
      }
      return false;
    };
    ie.updateContext = function(e) {
      var t, i = this.type;
      i.keyword && e === a.dot ? this.exprAllowed = false : (t = i.updateContext) ? t.call(this, e) : this.exprAllowed = i.beforeExpr;
    };
    ie.overrideContext = function(e) {
      this.curContext() !== e && (this.context[this.context.length - 1] = e);
    };
    a.parenR.updateContext = a.braceR.updateContext = function() {
      if (this.context.length === 1) {
        this.exprAllowed = true;
        return;
      }
      var e = this.context.pop();
      e === E.b_stat && this.curContext().token === "function" && (e = this.context.pop()), this.exprAllowed = !e.isExpr;
    };
    a.braceL.updateContext = function(e) {
      this.context.push(this.braceIsBlock(e) ? E.b_stat : E.b_expr), this.exprAllowed = true;
    };
    a.dollarBraceL.updateContext = function() {
      this.context.push(E.b_tmpl), this.exprAllowed = true;
    };
    a.parenL.updateContext = function(e) {
      var t = e === a._if || e === a._for || e === a._with || e === a._while;
      this.context.push(t ? E.p_stat : E.p_expr), this.exprAllowed = true;
    };
    a.incDec.updateContext = function() {
    };
    a._function.updateContext = a._class.updateContext = function(e) {
      e.beforeExpr && e !== a._else && !(e === a.semi && this.curContext() !== E.p_stat) && !(e === a._return && R.test(this.input.slice(this.lastTokEnd, this.start))) && !((e === a.colon || e === a.braceL) && this.curContext() === E.b_stat) ? this.context.push(E.f_expr) : this.context.push(E.f_stat), this.exprAllowed = false;
    };
    a.colon.updateContext = function() {
      this.curContext().token === "function" && this.context.pop(), this.exprAllowed = true;
    };
    a.backQuote.updateContext = function() {
      this.curContext() === E.q_tmpl ? this.context.pop() : this.context.push(E.q_tmpl), this.exprAllowed = false;
    };
    a.star.updateContext = function(e) {
      if (e === a._function) {
        var t = this.context.length - 1;
        this.context[t] === E.f_expr ? this.context[t] = E.f_expr_gen : this.context[t] = E.f_gen;
      }
      this.exprAllowed = true;
    };
    a.name.updateContext = function(e) {
      var t = false;
      this.options.ecmaVersion >= 6 && e !== a.dot && (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) && (t = true), this.exprAllowed = t;
    };
    g = k.prototype;
    g.checkPropClash = function(e, t, i) {
      if (!(this.options.ecmaVersion >= 9 && e.type === "SpreadElement") && !(this.options.ecmaVersion >= 6 && (e.computed || e.method || e.shorthand))) {
        var s = e.key, r;
        switch (s.type) {
          case "Identifier":
            r = s.name;
            break;
          case "Literal":
            r = String(s.value);
            break;
          default:
            return;
        }
        var n = e.kind;
        if (this.options.ecmaVersion >= 6) {
          r === "__proto__" && n === "init" && (t.proto && (i ? i.doubleProto < 0 && (i.doubleProto = s.start) : this.raiseRecoverable(s.start, "Redefinition of __proto__ property")), t.proto = true);
          return;
        }
        r = "$" + r;
        var o = t[r];
        if (o) {
          var h;
          n === "init" ? h = this.strict && o.init || o.get || o.set : h = o.init || o[n], h && this.raiseRecoverable(s.start, "Redefinition of property");
        } else o = t[r] = { init: false, get: false, set: false };
        o[n] = true;
      }
    };
    g.parseExpression = function(e, t) {
      var i = this;
      return this.catchStackOverflow(function() {
        var s = i.start, r = i.startLoc, n = i.parseMaybeAssign(e, t);
        if (i.type === a.comma) {
          var o = i.startNodeAt(s, r);
          for (o.expressions = [n]; i.eat(a.comma); ) o.expressions.push(i.parseMaybeAssign(e, t));
          return i.finishNode(o, "SequenceExpression");
        }
        return n;
      });
    };
    g.parseMaybeAssign = function(e, t, i) {
      if (this.isContextual("yield")) {
        if (this.inGenerator) return this.parseYield(e);
        this.exprAllowed = false;
      }
      var s = false, r = -1, n = -1, o = -1;
      t ? (r = t.parenthesizedAssign, n = t.trailingComma, o = t.doubleProto, t.parenthesizedAssign = t.trailingComma = -1) : (t = new _e(), s = true);
      var h = this.start, c = this.startLoc;
      (this.type === a.parenL || this.type === a.name) && (this.potentialArrowAt = this.start, this.potentialArrowInForAwait = e === "await");
      var l = this.parseMaybeConditional(e, t);
      if (i && (l = i.call(this, l, h, c)), this.type.isAssign) {
        var m = this.startNodeAt(h, c);
        return m.operator = this.value, this.type === a.eq && (l = this.toAssignable(l, false, t)), s || (t.parenthesizedAssign = t.trailingComma = -1, t.shorthandAssign >= l.start && (t.shorthandAssign = -1), t.doubleProto >= l.start && (t.doubleProto = -1)), this.type === a.eq ? this.checkLValPattern(l) : this.checkLValSimple(l), m.left = l, this.next(), m.right = this.parseMaybeAssign(e), o > -1 && (t.doubleProto = o), this.finishNode(m, "AssignmentExpression");
      } else s && this.checkExpressionErrors(t, true);
      return r > -1 && (t.parenthesizedAssign = r), n > -1 && (t.trailingComma = n), l;
    };
    g.parseMaybeConditional = function(e, t) {
      var i = this.start, s = this.startLoc, r = this.parseExprOps(e, t);
      if (this.checkExpressionErrors(t)) return r;
      if (!(r.type === "ArrowFunctionExpression" && r.start === i) && this.eat(a.question)) {
        var n = this.startNodeAt(i, s);
        return n.test = r, n.consequent = this.parseMaybeAssign(), this.expect(a.colon), n.alternate = this.parseMaybeAssign(e), this.finishNode(n, "ConditionalExpression");
      }
      return r;
    };
    g.parseExprOps = function(e, t) {
      var i = this.start, s = this.startLoc, r = this.parseMaybeUnary(t, false, false, e);
      return this.checkExpressionErrors(t) || r.start === i && r.type === "ArrowFunctionExpression" ? r : this.parseExprOp(r, i, s, -1, e);
    };
    g.parseExprOp = function(e, t, i, s, r) {
      var n = this.type.binop;
      if (n != null && (!r || this.type !== a._in) && n > s) {
        var o = this.type === a.logicalOR || this.type === a.logicalAND, h = this.type === a.coalesce;
        h && (n = a.logicalAND.binop);
        var c = this.value;
        this.next();
        var l = this.start, m = this.startLoc, S = this.parseExprOp(this.parseMaybeUnary(null, false, false, r), l, m, n, r), A = this.buildBinary(t, i, e, S, c, o || h);
        return (o && this.type === a.coalesce || h && (this.type === a.logicalOR || this.type === a.logicalAND)) && this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses"), this.parseExprOp(A, t, i, s, r);
      }
      return e;
    };
    g.buildBinary = function(e, t, i, s, r, n) {
      s.type === "PrivateIdentifier" && this.raise(s.start, "Private identifier can only be left side of binary expression");
      var o = this.startNodeAt(e, t);
      return o.left = i, o.operator = r, o.right = s, this.finishNode(o, n ? "LogicalExpression" : "BinaryExpression");
    };
    g.parseMaybeUnary = function(e, t, i, s) {
      var r = this.start, n = this.startLoc, o;
      if (this.isContextual("await") && this.canAwait) o = this.parseAwait(s), t = true;
      else if (this.type.prefix) {
        var h = this.startNode(), c = this.type === a.incDec;
        h.operator = this.value, h.prefix = true, this.next(), h.argument = this.parseMaybeUnary(null, true, c, s), this.checkExpressionErrors(e, true), c ? this.checkLValSimple(h.argument) : this.strict && h.operator === "delete" && Rt(h.argument) ? this.raiseRecoverable(h.start, "Deleting local variable in strict mode") : h.operator === "delete" && Ke(h.argument) ? this.raiseRecoverable(h.start, "Private fields can not be deleted") : t = true, o = this.finishNode(h, c ? "UpdateExpression" : "UnaryExpression");
      } else if (!t && this.type === a.privateId) (s || this.privateNameStack.length === 0) && this.options.checkPrivateFields && this.unexpected(), o = this.parsePrivateIdent(), this.type !== a._in && this.unexpected();
      else {
        if (o = this.parseExprSubscripts(e, s), this.checkExpressionErrors(e)) return o;
        for (; this.type.postfix && !this.canInsertSemicolon(); ) {
          var l = this.startNodeAt(r, n);
          l.operator = this.value, l.prefix = false, l.argument = o, this.checkLValSimple(o), this.next(), o = this.finishNode(l, "UpdateExpression");
        }
      }
      if (!i && !(o.type === "ArrowFunctionExpression" && o.start === r) && this.eat(a.starstar)) if (t) this.unexpected(this.lastTokStart);
      else return this.buildBinary(r, n, o, this.parseMaybeUnary(null, false, false, s), "**", false);
      else return o;
    };
    g.parseExprSubscripts = function(e, t) {
      var i = this.start, s = this.startLoc, r = -1, n = -1;
      e && (r = e.doubleProto, n = e.shorthandAssign, e.doubleProto = e.shorthandAssign = -1);
      var o = this.parseExprAtom(e, t);
      if (o.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") return o;
      var h = this.parseSubscripts(o, i, s, false, t);
      return e && (h.end > o.end && (this.checkExpressionErrors(e, true), e.parenthesizedAssign >= h.start && (e.parenthesizedAssign = -1), e.parenthesizedBind >= h.start && (e.parenthesizedBind = -1), e.trailingComma >= h.start && (e.trailingComma = -1)), r > -1 && (e.doubleProto = r), n > -1 && (e.shorthandAssign = n)), h;
    };
    g.parseSubscripts = function(e, t, i, s, r) {
      for (var n = this.options.ecmaVersion >= 8 && e.type === "Identifier" && e.name === "async" && this.lastTokEnd === e.end && !this.canInsertSemicolon() && e.end - e.start === 5 && this.potentialArrowAt === e.start, o = false; ; ) {
        var h = this.parseSubscript(e, t, i, s, n, o, r);
        if (h.optional && (o = true), h.end === e.end || h.type === "ArrowFunctionExpression") {
          if (o) {
            var c = this.startNodeAt(t, i);
            c.expression = h, h = this.finishNode(c, "ChainExpression");
          }
          return h;
        }
        e = h, n = false;
      }
    };
    g.shouldParseAsyncArrow = function() {
      return !this.canInsertSemicolon() && this.eat(a.arrow);
    };
    g.parseSubscriptAsyncArrow = function(e, t, i, s) {
      return this.parseArrowExpression(this.startNodeAt(e, t), i, true, s);
    };
    g.parseSubscript = function(e, t, i, s, r, n, o) {
      var h = this.options.ecmaVersion >= 11, c = h && this.eat(a.questionDot);
      s && c && this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
      var l = this.eat(a.bracketL);
      if (l || c && this.type !== a.parenL && this.type !== a.backQuote || this.eat(a.dot)) {
        var m = this.startNodeAt(t, i);
        m.object = e, l ? (m.property = this.parseExpression(), this.expect(a.bracketR)) : this.type === a.privateId && e.type !== "Super" ? m.property = this.parsePrivateIdent() : m.property = this.parseIdent(this.options.allowReserved !== "never"), m.computed = !!l, h && (m.optional = c), e = this.finishNode(m, "MemberExpression");
      } else if (!s && this.eat(a.parenL)) {
        var S = new _e(), A = this.yieldPos, p = this.awaitPos, x = this.awaitIdentPos;
        this.yieldPos = 0, this.awaitPos = 0, this.awaitIdentPos = 0;
        var y = this.parseExprList(a.parenR, this.options.ecmaVersion >= 8, false, S);
        if (r && !c && this.shouldParseAsyncArrow()) return this.checkPatternErrors(S, false), this.checkYieldAwaitInDefaultParams(), this.awaitIdentPos > 0 && this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function"), this.yieldPos = A, this.awaitPos = p, this.awaitIdentPos = x, this.parseSubscriptAsyncArrow(t, i, y, o);
        this.checkExpressionErrors(S, true), this.yieldPos = A || this.yieldPos, this.awaitPos = p || this.awaitPos, this.awaitIdentPos = x || this.awaitIdentPos;
        var v = this.startNodeAt(t, i);
        v.callee = e, v.arguments = y, h && (v.optional = c), e = this.finishNode(v, "CallExpression");
      } else if (this.type === a.backQuote) {
        (c || n) && this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
        var N = this.startNodeAt(t, i);
        N.tag = e, N.quasi = this.parseTemplate({ isTagged: true }), e = this.finishNode(N, "TaggedTemplateExpression");
      }
      return e;
    };
    g.parseExprAtom = function(e, t, i) {
      this.type === a.slash && this.readRegexp();
      var s, r = this.potentialArrowAt === this.start;
      switch (this.type) {
        case a._super:
          return this.allowSuper || this.raise(this.start, "'super' keyword outside a method"), s = this.startNode(), this.next(), this.type === a.parenL && !this.allowDirectSuper && this.raise(s.start, "super() call outside constructor of a subclass"), this.type !== a.dot && this.type !== a.bracketL && this.type !== a.parenL && this.unexpected(), this.finishNode(s, "Super");
        case a._this:
          return s = this.startNode(), this.next(), this.finishNode(s, "ThisExpression");
        case a.name:
          var n = this.start, o = this.startLoc, h = this.containsEsc, c = this.parseIdent(false);
          if (this.options.ecmaVersion >= 8 && !h && c.name === "async" && !this.canInsertSemicolon() && this.eat(a._function)) return this.overrideContext(E.f_expr), this.parseFunction(this.startNodeAt(n, o), 0, false, true, t);
          if (r && !this.canInsertSemicolon()) {
            if (this.eat(a.arrow)) return this.parseArrowExpression(this.startNodeAt(n, o), [c], false, t);
            if (this.options.ecmaVersion >= 8 && c.name === "async" && this.type === a.name && !h && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) return c = this.parseIdent(false), (this.canInsertSemicolon() || !this.eat(a.arrow)) && this.unexpected(), this.parseArrowExpression(this.startNodeAt(n, o), [c], true, t);
          }
          return c;
        case a.regexp:
          var l = this.value;
          return s = this.parseLiteral(l.value), s.regex = { pattern: l.pattern, flags: l.flags }, s;
        case a.num:
        case a.string:
          return this.parseLiteral(this.value);
        case a._null:
        case a._true:
        case a._false:
          return s = this.startNode(), s.value = this.type === a._null ? null : this.type === a._true, s.raw = this.type.keyword, this.next(), this.finishNode(s, "Literal");
        case a.parenL:
          var m = this.start, S = this.parseParenAndDistinguishExpression(r, t);
          return e && (e.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(S) && (e.parenthesizedAssign = m), e.parenthesizedBind < 0 && (e.parenthesizedBind = m)), S;
        case a.bracketL:
          return s = this.startNode(), this.next(), s.elements = this.parseExprList(a.bracketR, true, true, e), this.finishNode(s, "ArrayExpression");
        case a.braceL:
          return this.overrideContext(E.b_expr), this.parseObj(false, e);
        case a._function:
          return s = this.startNode(), this.next(), this.parseFunction(s, 0);
        case a._class:
          return this.parseClass(this.startNode(), false);
        case a._new:
          return this.parseNew();
        case a.backQuote:
          return this.parseTemplate();
        case a._import:
          return this.options.ecmaVersion >= 11 ? this.parseExprImport(i) : this.unexpected();
        default:
          return this.parseExprAtomDefault();
      }
    };
    g.parseExprAtomDefault = function() {
      this.unexpected();
    };
    g.parseExprImport = function(e) {
      var t = this.startNode();
      if (this.containsEsc && this.raiseRecoverable(this.start, "Escape sequence in keyword import"), this.next(), this.type === a.parenL && !e) return this.parseDynamicImport(t);
      if (this.type === a.dot) {
        var i = this.startNodeAt(t.start, t.loc && t.loc.start);
        return i.name = "import", t.meta = this.finishNode(i, "Identifier"), this.parseImportMeta(t);
      } else this.unexpected();
    };
    g.parseDynamicImport = function(e) {
      if (this.next(), e.source = this.parseMaybeAssign(), this.options.ecmaVersion >= 16) this.eat(a.parenR) ? e.options = null : (this.expect(a.comma), this.afterTrailingComma(a.parenR) ? e.options = null : (e.options = this.parseMaybeAssign(), this.eat(a.parenR) || (this.expect(a.comma), this.afterTrailingComma(a.parenR) || this.unexpected())));
      else if (!this.eat(a.parenR)) {
        var t = this.start;
        this.eat(a.comma) && this.eat(a.parenR) ? this.raiseRecoverable(t, "Trailing comma is not allowed in import()") : this.unexpected(t);
      }
      return this.finishNode(e, "ImportExpression");
    };
    g.parseImportMeta = function(e) {
      this.next();
      var t = this.containsEsc;
      return e.property = this.parseIdent(true), e.property.name !== "meta" && this.raiseRecoverable(e.property.start, "The only valid meta property for import is 'import.meta'"), t && this.raiseRecoverable(e.start, "'import.meta' must not contain escaped characters"), this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere && this.raiseRecoverable(e.start, "Cannot use 'import.meta' outside a module"), this.finishNode(e, "MetaProperty");
    };
    g.parseLiteral = function(e) {
      var t = this.startNode();
      return t.value = e, t.raw = this.input.slice(this.start, this.end), t.raw.charCodeAt(t.raw.length - 1) === 110 && (t.bigint = t.value != null ? t.value.toString() : t.raw.slice(0, -1).replace(/_/g, "")), this.next(), this.finishNode(t, "Literal");
    };
    g.parseParenExpression = function() {
      this.expect(a.parenL);
      var e = this.parseExpression();
      return this.expect(a.parenR), e;
    };
    g.shouldParseArrow = function(e) {
      return !this.canInsertSemicolon();
    };
    g.parseParenAndDistinguishExpression = function(e, t) {
      var i = this.start, s = this.startLoc, r, n = this.options.ecmaVersion >= 8;
      if (this.options.ecmaVersion >= 6) {
        this.next();
        var o = this.start, h = this.startLoc, c = [], l = true, m = false, S = new _e(), A = this.yieldPos, p = this.awaitPos, x;
        for (this.yieldPos = 0, this.awaitPos = 0; this.type !== a.parenR; ) if (l ? l = false : this.expect(a.comma), n && this.afterTrailingComma(a.parenR, true)) {
          m = true;
          break;
        } else if (this.type === a.ellipsis) {
          x = this.start, c.push(this.parseParenItem(this.parseRestBinding())), this.type === a.comma && this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
          break;
        } else c.push(this.parseMaybeAssign(false, S, this.parseParenItem));
        var y = this.lastTokEnd, v = this.lastTokEndLoc;
        if (this.expect(a.parenR), e && this.shouldParseArrow(c) && this.eat(a.arrow)) return this.checkPatternErrors(S, false), this.checkYieldAwaitInDefaultParams(), this.yieldPos = A, this.awaitPos = p, this.parseParenArrowList(i, s, c, t);
        (!c.length || m) && this.unexpected(this.lastTokStart), x && this.unexpected(x), this.checkExpressionErrors(S, true), this.yieldPos = A || this.yieldPos, this.awaitPos = p || this.awaitPos, c.length > 1 ? (r = this.startNodeAt(o, h), r.expressions = c, this.finishNodeAt(r, "SequenceExpression", y, v)) : r = c[0];
      } else r = this.parseParenExpression();
      if (this.options.preserveParens) {
        var N = this.startNodeAt(i, s);
        return N.expression = r, this.finishNode(N, "ParenthesizedExpression");
      } else return r;
    };
    g.parseParenItem = function(e) {
      return e;
    };
    g.parseParenArrowList = function(e, t, i, s) {
      return this.parseArrowExpression(this.startNodeAt(e, t), i, false, s);
    };
    ns = [];
    g.parseNew = function() {
      this.containsEsc && this.raiseRecoverable(this.start, "Escape sequence in keyword new");
      var e = this.startNode();
      if (this.next(), this.options.ecmaVersion >= 6 && this.type === a.dot) {
        var t = this.startNodeAt(e.start, e.loc && e.loc.start);
        t.name = "new", e.meta = this.finishNode(t, "Identifier"), this.next();
        var i = this.containsEsc;
        return e.property = this.parseIdent(true), e.property.name !== "target" && this.raiseRecoverable(e.property.start, "The only valid meta property for new is 'new.target'"), i && this.raiseRecoverable(e.start, "'new.target' must not contain escaped characters"), this.allowNewDotTarget || this.raiseRecoverable(e.start, "'new.target' can only be used in functions and class static block"), this.finishNode(e, "MetaProperty");
      }
      var s = this.start, r = this.startLoc;
      return e.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), s, r, true, false), e.callee.type === "Super" && this.raiseRecoverable(s, "Invalid use of 'super'"), this.eat(a.parenL) ? e.arguments = this.parseExprList(a.parenR, this.options.ecmaVersion >= 8, false) : e.arguments = ns, this.finishNode(e, "NewExpression");
    };
    g.parseTemplateElement = function(e) {
      var t = e.isTagged, i = this.startNode();
      return this.type === a.invalidTemplate ? (t || this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal"), i.value = { raw: this.value.replace(/\r\n?/g, `
`), cooked: null }) : i.value = { raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, `
`), cooked: this.value }, this.next(), i.tail = this.type === a.backQuote, this.finishNode(i, "TemplateElement");
    };
    g.parseTemplate = function(e) {
      e === void 0 && (e = {});
      var t = e.isTagged;
      t === void 0 && (t = false);
      var i = this.startNode();
      this.next(), i.expressions = [];
      var s = this.parseTemplateElement({ isTagged: t });
      for (i.quasis = [s]; !s.tail; ) this.type === a.eof && this.raise(this.pos, "Unterminated template literal"), this.expect(a.dollarBraceL), i.expressions.push(this.parseExpression()), this.expect(a.braceR), i.quasis.push(s = this.parseTemplateElement({ isTagged: t }));
      return this.next(), this.finishNode(i, "TemplateLiteral");
    };
    g.isAsyncProp = function(e) {
      return !e.computed && e.key.type === "Identifier" && e.key.name === "async" && (this.type === a.name || this.type === a.num || this.type === a.string || this.type === a.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === a.star) && !R.test(this.input.slice(this.lastTokEnd, this.start));
    };
    g.parseObj = function(e, t) {
      var i = this.startNode(), s = true, r = {};
      for (i.properties = [], this.next(); !this.eat(a.braceR); ) {
        if (s) s = false;
        else if (this.expect(a.comma), this.options.ecmaVersion >= 5 && this.afterTrailingComma(a.braceR)) break;
        var n = this.parseProperty(e, t);
        e || this.checkPropClash(n, r, t), i.properties.push(n);
      }
      return this.finishNode(i, e ? "ObjectPattern" : "ObjectExpression");
    };
    g.parseProperty = function(e, t) {
      var i = this.startNode(), s, r, n, o;
      if (this.options.ecmaVersion >= 9 && this.eat(a.ellipsis)) return e ? (i.argument = this.parseIdent(false), this.type === a.comma && this.raiseRecoverable(this.start, "Comma is not permitted after the rest element"), this.finishNode(i, "RestElement")) : (i.argument = this.parseMaybeAssign(false, t), this.type === a.comma && t && t.trailingComma < 0 && (t.trailingComma = this.start), this.finishNode(i, "SpreadElement"));
      this.options.ecmaVersion >= 6 && (i.method = false, i.shorthand = false, (e || t) && (n = this.start, o = this.startLoc), e || (s = this.eat(a.star)));
      var h = this.containsEsc;
      return this.parsePropertyName(i), !e && !h && this.options.ecmaVersion >= 8 && !s && this.isAsyncProp(i) ? (r = true, s = this.options.ecmaVersion >= 9 && this.eat(a.star), this.parsePropertyName(i)) : r = false, this.parsePropertyValue(i, e, s, r, n, o, t, h), this.finishNode(i, "Property");
    };
    g.parseGetterSetter = function(e) {
      var t = e.key.name;
      this.parsePropertyName(e), e.value = this.parseMethod(false), e.kind = t;
      var i = e.kind === "get" ? 0 : 1;
      if (e.value.params.length !== i) {
        var s = e.value.start;
        e.kind === "get" ? this.raiseRecoverable(s, "getter should have no params") : this.raiseRecoverable(s, "setter should have exactly one param");
      } else e.kind === "set" && e.value.params[0].type === "RestElement" && this.raiseRecoverable(e.value.params[0].start, "Setter cannot use rest params");
    };
    g.parsePropertyValue = function(e, t, i, s, r, n, o, h) {
      (i || s) && this.type === a.colon && this.unexpected(), this.eat(a.colon) ? (e.value = t ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, o), e.kind = "init") : this.options.ecmaVersion >= 6 && this.type === a.parenL ? (t && this.unexpected(), e.method = true, e.value = this.parseMethod(i, s), e.kind = "init") : !t && !h && this.options.ecmaVersion >= 5 && !e.computed && e.key.type === "Identifier" && (e.key.name === "get" || e.key.name === "set") && this.type !== a.comma && this.type !== a.braceR && this.type !== a.eq ? ((i || s) && this.unexpected(), this.parseGetterSetter(e)) : this.options.ecmaVersion >= 6 && !e.computed && e.key.type === "Identifier" ? ((i || s) && this.unexpected(), this.checkUnreserved(e.key), e.key.name === "await" && !this.awaitIdentPos && (this.awaitIdentPos = r), t ? e.value = this.parseMaybeDefault(r, n, this.copyNode(e.key)) : this.type === a.eq && o ? (o.shorthandAssign < 0 && (o.shorthandAssign = this.start), e.value = this.parseMaybeDefault(r, n, this.copyNode(e.key))) : e.value = this.copyNode(e.key), e.kind = "init", e.shorthand = true) : this.unexpected();
    };
    g.parsePropertyName = function(e) {
      if (this.options.ecmaVersion >= 6) {
        if (this.eat(a.bracketL)) return e.computed = true, e.key = this.parseMaybeAssign(), this.expect(a.bracketR), e.key;
        e.computed = false;
      }
      return e.key = this.type === a.num || this.type === a.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
    };
    g.initFunction = function(e) {
      e.id = null, this.options.ecmaVersion >= 6 && (e.generator = e.expression = false), this.options.ecmaVersion >= 8 && (e.async = false);
    };
    g.parseMethod = function(e, t, i) {
      var s = this.startNode(), r = this.yieldPos, n = this.awaitPos, o = this.awaitIdentPos;
      return this.initFunction(s), this.options.ecmaVersion >= 6 && (s.generator = e), this.options.ecmaVersion >= 8 && (s.async = !!t), this.yieldPos = 0, this.awaitPos = 0, this.awaitIdentPos = 0, this.enterScope(ze(t, s.generator) | Se | (i ? Tt : 0)), this.expect(a.parenL), s.params = this.parseBindingList(a.parenR, false, this.options.ecmaVersion >= 8), this.checkYieldAwaitInDefaultParams(), this.parseFunctionBody(s, false, true, false), this.yieldPos = r, this.awaitPos = n, this.awaitIdentPos = o, this.finishNode(s, "FunctionExpression");
    };
    g.parseArrowExpression = function(e, t, i, s) {
      var r = this.yieldPos, n = this.awaitPos, o = this.awaitIdentPos;
      return this.enterScope(ze(i, false) | Xe), this.initFunction(e), this.options.ecmaVersion >= 8 && (e.async = !!i), this.yieldPos = 0, this.awaitPos = 0, this.awaitIdentPos = 0, e.params = this.toAssignableList(t, true), this.parseFunctionBody(e, true, false, s), this.yieldPos = r, this.awaitPos = n, this.awaitIdentPos = o, this.finishNode(e, "ArrowFunctionExpression");
    };
    g.parseFunctionBody = function(e, t, i, s) {
      var r = t && this.type !== a.braceL, n = this.strict, o = false;
      if (r) e.body = this.parseMaybeAssign(s), e.expression = true, this.checkParams(e, false);
      else {
        var h = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(e.params);
        (!n || h) && (o = this.strictDirective(this.end), o && h && this.raiseRecoverable(e.start, "Illegal 'use strict' directive in function with non-simple parameter list"));
        var c = this.labels;
        this.labels = [], o && (this.strict = true), this.checkParams(e, !n && !o && !t && !i && this.isSimpleParamList(e.params)), this.strict && e.id && this.checkLValSimple(e.id, Nt), e.body = this.parseBlock(false, void 0, o && !n), e.expression = false, this.adaptDirectivePrologue(e.body.body), this.labels = c;
      }
      this.exitScope();
    };
    g.isSimpleParamList = function(e) {
      for (var t = 0, i = e; t < i.length; t += 1) {
        var s = i[t];
        if (s.type !== "Identifier") return false;
      }
      return true;
    };
    g.checkParams = function(e, t) {
      for (var i = /* @__PURE__ */ Object.create(null), s = 0, r = e.params; s < r.length; s += 1) {
        var n = r[s];
        this.checkLValInnerPattern(n, Qe, t ? null : i);
      }
    };
    g.parseExprList = function(e, t, i, s) {
      for (var r = [], n = true; !this.eat(e); ) {
        if (n) n = false;
        else if (this.expect(a.comma), t && this.afterTrailingComma(e)) break;
        var o = void 0;
        i && this.type === a.comma ? o = null : this.type === a.ellipsis ? (o = this.parseSpread(s), s && this.type === a.comma && s.trailingComma < 0 && (s.trailingComma = this.start)) : o = this.parseMaybeAssign(false, s), r.push(o);
      }
      return r;
    };
    g.checkUnreserved = function(e) {
      var t = e.start, i = e.end, s = e.name;
      if (this.inGenerator && s === "yield" && this.raiseRecoverable(t, "Cannot use 'yield' as identifier inside a generator"), this.inAsync && s === "await" && this.raiseRecoverable(t, "Cannot use 'await' as identifier inside an async function"), !(this.currentThisScope().flags & Ce) && s === "arguments" && this.raiseRecoverable(t, "Cannot use 'arguments' in class field initializer"), this.inClassStaticBlock && (s === "arguments" || s === "await") && this.raise(t, "Cannot use " + s + " in class static initialization block"), this.keywords.test(s) && this.raise(t, "Unexpected keyword '" + s + "'"), !(this.options.ecmaVersion < 6 && this.input.slice(t, i).indexOf("\\") !== -1)) {
        var r = this.strict ? this.reservedWordsStrict : this.reservedWords;
        r.test(s) && (!this.inAsync && s === "await" && this.raiseRecoverable(t, "Cannot use keyword 'await' outside an async function"), this.raiseRecoverable(t, "The keyword '" + s + "' is reserved"));
      }
    };
    g.parseIdent = function(e) {
      var t = this.parseIdentNode();
      return this.next(!!e), this.finishNode(t, "Identifier"), e || (this.checkUnreserved(t), t.name === "await" && !this.awaitIdentPos && (this.awaitIdentPos = t.start)), t;
    };
    g.parseIdentNode = function() {
      var e = this.startNode();
      return this.type === a.name ? e.name = this.value : this.type.keyword ? (e.name = this.type.keyword, (e.name === "class" || e.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46) && this.context.pop(), this.type = a.name) : this.unexpected(), e;
    };
    g.parsePrivateIdent = function() {
      var e = this.startNode();
      return this.type === a.privateId ? e.name = this.value : this.unexpected(), this.next(), this.finishNode(e, "PrivateIdentifier"), this.options.checkPrivateFields && (this.privateNameStack.length === 0 ? this.raise(e.start, "Private field '#" + e.name + "' must be declared in an enclosing class") : this.privateNameStack[this.privateNameStack.length - 1].used.push(e)), e;
    };
    g.parseYield = function(e) {
      this.yieldPos || (this.yieldPos = this.start);
      var t = this.startNode();
      return this.next(), this.type === a.semi || this.canInsertSemicolon() || this.type !== a.star && !this.type.startsExpr ? (t.delegate = false, t.argument = null) : (t.delegate = this.eat(a.star), t.argument = this.parseMaybeAssign(e)), this.finishNode(t, "YieldExpression");
    };
    g.parseAwait = function(e) {
      this.awaitPos || (this.awaitPos = this.start);
      var t = this.startNode();
      return this.next(), t.argument = this.parseMaybeUnary(null, true, false, e), this.finishNode(t, "AwaitExpression");
    };
    ge = k.prototype;
    ge.raise = function(e, t) {
      var i = Et(this.input, e);
      t += " (" + i.line + ":" + i.column + ")", this.sourceFile && (t += " in " + this.sourceFile);
      var s = new SyntaxError(t);
      throw s.pos = e, s.loc = i, s.raisedAt = this.pos, s;
    };
    ge.raiseRecoverable = ge.raise;
    ge.curPosition = function() {
      if (this.options.locations) return new ue(this.curLine, this.pos - this.lineStart);
    };
    J = k.prototype;
    os = function(t) {
      this.flags = t, this.var = [], this.lexical = [], this.functions = [];
    };
    J.enterScope = function(e) {
      this.scopeStack.push(new os(e));
    };
    J.exitScope = function() {
      this.scopeStack.pop();
    };
    J.treatFunctionsAsVarInScope = function(e) {
      return e.flags & z || !this.inModule && e.flags & X;
    };
    J.declareName = function(e, t, i) {
      var s = false;
      if (t === K) {
        var r = this.currentScope();
        s = r.lexical.indexOf(e) > -1 || r.functions.indexOf(e) > -1 || r.var.indexOf(e) > -1, r.lexical.push(e), this.inModule && r.flags & X && delete this.undefinedExports[e];
      } else if (t === It) {
        var n = this.currentScope();
        n.lexical.push(e);
      } else if (t === Pt) {
        var o = this.currentScope();
        this.treatFunctionsAsVar ? s = o.lexical.indexOf(e) > -1 : s = o.lexical.indexOf(e) > -1 || o.var.indexOf(e) > -1, o.functions.push(e);
      } else for (var h = this.scopeStack.length - 1; h >= 0; --h) {
        var c = this.scopeStack[h];
        if (c.lexical.indexOf(e) > -1 && !(c.flags & kt && c.lexical[0] === e) || !this.treatFunctionsAsVarInScope(c) && c.functions.indexOf(e) > -1) {
          s = true;
          break;
        }
        if (c.var.push(e), this.inModule && c.flags & X && delete this.undefinedExports[e], c.flags & Ce) break;
      }
      s && this.raiseRecoverable(i, "Identifier '" + e + "' has already been declared");
    };
    J.checkLocalExport = function(e) {
      this.scopeStack[0].lexical.indexOf(e.name) === -1 && this.scopeStack[0].var.indexOf(e.name) === -1 && (this.undefinedExports[e.name] = e);
    };
    J.currentScope = function() {
      return this.scopeStack[this.scopeStack.length - 1];
    };
    J.currentVarScope = function() {
      for (var e = this.scopeStack.length - 1; ; e--) {
        var t = this.scopeStack[e];
        if (t.flags & (Ce | he | Q)) return t;
      }
    };
    J.currentThisScope = function() {
      for (var e = this.scopeStack.length - 1; ; e--) {
        var t = this.scopeStack[e];
        if (t.flags & (Ce | he | Q) && !(t.flags & Xe)) return t;
      }
    };
    Ee = function(t, i, s) {
      this.type = "", this.start = i, this.end = 0, t.options.locations && (this.loc = new be(t, s)), t.options.directSourceFile && (this.sourceFile = t.options.directSourceFile), t.options.ranges && (this.range = [i, 0]);
    };
    ce = k.prototype;
    ce.startNode = function() {
      return new Ee(this, this.start, this.startLoc);
    };
    ce.startNodeAt = function(e, t) {
      return new Ee(this, e, t);
    };
    ce.finishNode = function(e, t) {
      return Vt.call(this, e, t, this.lastTokEnd, this.lastTokEndLoc);
    };
    ce.finishNodeAt = function(e, t, i, s) {
      return Vt.call(this, e, t, i, s);
    };
    ce.copyNode = function(e) {
      var t = new Ee(this, e.start, this.startLoc);
      for (var i in e) t[i] = e[i];
      return t;
    };
    us = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
    Ot = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
    Dt = Ot + " Extended_Pictographic";
    Bt = Dt;
    Mt = Bt + " EBase EComp EMod EPres ExtPict";
    Ft = Mt;
    hs = Ft;
    cs = { 9: Ot, 10: Dt, 11: Bt, 12: Mt, 13: Ft, 14: hs };
    ps = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
    ls = { 9: "", 10: "", 11: "", 12: "", 13: "", 14: ps };
    xt = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
    jt = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
    Ut = jt + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
    Gt = Ut + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
    qt = Gt + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
    Wt = qt + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
    fs = Wt + " " + us;
    ds = { 9: jt, 10: Ut, 11: Gt, 12: qt, 13: Wt, 14: fs };
    Kt = {};
    for (me = 0, Ue = [9, 10, 11, 12, 13, 14]; me < Ue.length; me += 1) yt = Ue[me], ms(yt);
    f = k.prototype;
    ve = function(t, i) {
      this.parent = t, this.base = i || this;
    };
    ve.prototype.separatedFrom = function(t) {
      for (var i = this; i; i = i.parent) for (var s = t; s; s = s.parent) if (i.base === s.base && i !== s) return true;
      return false;
    };
    ve.prototype.sibling = function() {
      return new ve(this.parent, this.base);
    };
    U = function(t) {
      this.parser = t, this.validFlags = "gim" + (t.options.ecmaVersion >= 6 ? "uy" : "") + (t.options.ecmaVersion >= 9 ? "s" : "") + (t.options.ecmaVersion >= 13 ? "d" : "") + (t.options.ecmaVersion >= 15 ? "v" : ""), this.unicodeProperties = Kt[t.options.ecmaVersion >= 14 ? 14 : t.options.ecmaVersion], this.source = "", this.flags = "", this.start = 0, this.switchU = false, this.switchV = false, this.switchN = false, this.pos = 0, this.lastIntValue = 0, this.lastStringValue = "", this.lastAssertionIsQuantifiable = false, this.numCapturingParens = 0, this.maxBackReference = 0, this.groupNames = /* @__PURE__ */ Object.create(null), this.backReferenceNames = [], this.branchID = null;
    };
    U.prototype.reset = function(t, i, s) {
      var r = s.indexOf("v") !== -1, n = s.indexOf("u") !== -1;
      this.start = t | 0, this.source = i + "", this.flags = s, r && this.parser.options.ecmaVersion >= 15 ? (this.switchU = true, this.switchV = true, this.switchN = true) : (this.switchU = n && this.parser.options.ecmaVersion >= 6, this.switchV = false, this.switchN = n && this.parser.options.ecmaVersion >= 9);
    };
    U.prototype.raise = function(t) {
      this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + t);
    };
    U.prototype.at = function(t, i) {
      i === void 0 && (i = false);
      var s = this.source, r = s.length;
      if (t >= r) return -1;
      var n = s.charCodeAt(t);
      if (!(i || this.switchU) || n <= 55295 || n >= 57344 || t + 1 >= r) return n;
      var o = s.charCodeAt(t + 1);
      return o >= 56320 && o <= 57343 ? (n << 10) + o - 56613888 : n;
    };
    U.prototype.nextIndex = function(t, i) {
      i === void 0 && (i = false);
      var s = this.source, r = s.length;
      if (t >= r) return r;
      var n = s.charCodeAt(t), o;
      return !(i || this.switchU) || n <= 55295 || n >= 57344 || t + 1 >= r || (o = s.charCodeAt(t + 1)) < 56320 || o > 57343 ? t + 1 : t + 2;
    };
    U.prototype.current = function(t) {
      return t === void 0 && (t = false), this.at(this.pos, t);
    };
    U.prototype.lookahead = function(t) {
      return t === void 0 && (t = false), this.at(this.nextIndex(this.pos, t), t);
    };
    U.prototype.advance = function(t) {
      t === void 0 && (t = false), this.pos = this.nextIndex(this.pos, t);
    };
    U.prototype.eat = function(t, i) {
      return i === void 0 && (i = false), this.current(i) === t ? (this.advance(i), true) : false;
    };
    U.prototype.eatChars = function(t, i) {
      i === void 0 && (i = false);
      for (var s = this.pos, r = 0, n = t; r < n.length; r += 1) {
        var o = n[r], h = this.at(s, i);
        if (h === -1 || h !== o) return false;
        s = this.nextIndex(s, i);
      }
      return this.pos = s, true;
    };
    f.validateRegExpFlags = function(e) {
      for (var t = e.validFlags, i = e.flags, s = false, r = false, n = 0; n < i.length; n++) {
        var o = i.charAt(n);
        t.indexOf(o) === -1 && this.raise(e.start, "Invalid regular expression flag"), i.indexOf(o, n + 1) > -1 && this.raise(e.start, "Duplicate regular expression flag"), o === "u" && (s = true), o === "v" && (r = true);
      }
      this.options.ecmaVersion >= 15 && s && r && this.raise(e.start, "Invalid regular expression flag");
    };
    f.validateRegExpPattern = function(e) {
      this.regexp_pattern(e), !e.switchN && this.options.ecmaVersion >= 9 && xs(e.groupNames) && (e.switchN = true, this.regexp_pattern(e));
    };
    f.regexp_pattern = function(e) {
      e.pos = 0, e.lastIntValue = 0, e.lastStringValue = "", e.lastAssertionIsQuantifiable = false, e.numCapturingParens = 0, e.maxBackReference = 0, e.groupNames = /* @__PURE__ */ Object.create(null), e.backReferenceNames.length = 0, e.branchID = null, this.regexp_disjunction(e), e.pos !== e.source.length && (e.eat(41) && e.raise("Unmatched ')'"), (e.eat(93) || e.eat(125)) && e.raise("Lone quantifier brackets")), e.maxBackReference > e.numCapturingParens && e.raise("Invalid escape");
      for (var t = 0, i = e.backReferenceNames; t < i.length; t += 1) {
        var s = i[t];
        e.groupNames[s] || e.raise("Invalid named capture referenced");
      }
    };
    f.regexp_disjunction = function(e) {
      var t = this.options.ecmaVersion >= 16;
      for (t && (e.branchID = new ve(e.branchID, null)), this.regexp_alternative(e); e.eat(124); ) t && (e.branchID = e.branchID.sibling()), this.regexp_alternative(e);
      t && (e.branchID = e.branchID.parent), this.regexp_eatQuantifier(e, true) && e.raise("Nothing to repeat"), e.eat(123) && e.raise("Lone quantifier brackets");
    };
    f.regexp_alternative = function(e) {
      for (; e.pos < e.source.length && this.regexp_eatTerm(e); ) ;
    };
    f.regexp_eatTerm = function(e) {
      return this.regexp_eatAssertion(e) ? (e.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(e) && e.switchU && e.raise("Invalid quantifier"), true) : (e.switchU ? this.regexp_eatAtom(e) : this.regexp_eatExtendedAtom(e)) ? (this.regexp_eatQuantifier(e), true) : false;
    };
    f.regexp_eatAssertion = function(e) {
      var t = e.pos;
      if (e.lastAssertionIsQuantifiable = false, e.eat(94) || e.eat(36)) return true;
      if (e.eat(92)) {
        if (e.eat(66) || e.eat(98)) return true;
        e.pos = t;
      }
      if (e.eat(40) && e.eat(63)) {
        var i = false;
        if (this.options.ecmaVersion >= 9 && (i = e.eat(60)), e.eat(61) || e.eat(33)) return this.regexp_disjunction(e), e.eat(41) || e.raise("Unterminated group"), e.lastAssertionIsQuantifiable = !i, true;
      }
      return e.pos = t, false;
    };
    f.regexp_eatQuantifier = function(e, t) {
      return t === void 0 && (t = false), this.regexp_eatQuantifierPrefix(e, t) ? (e.eat(63), true) : false;
    };
    f.regexp_eatQuantifierPrefix = function(e, t) {
      return e.eat(42) || e.eat(43) || e.eat(63) || this.regexp_eatBracedQuantifier(e, t);
    };
    f.regexp_eatBracedQuantifier = function(e, t) {
      var i = e.pos;
      if (e.eat(123)) {
        var s = 0, r = -1;
        if (this.regexp_eatDecimalDigits(e) && (s = e.lastIntValue, e.eat(44) && this.regexp_eatDecimalDigits(e) && (r = e.lastIntValue), e.eat(125))) return r !== -1 && r < s && !t && e.raise("numbers out of order in {} quantifier"), true;
        e.switchU && !t && e.raise("Incomplete quantifier"), e.pos = i;
      }
      return false;
    };
    f.regexp_eatAtom = function(e) {
      return this.regexp_eatPatternCharacters(e) || e.eat(46) || this.regexp_eatReverseSolidusAtomEscape(e) || this.regexp_eatCharacterClass(e) || this.regexp_eatUncapturingGroup(e) || this.regexp_eatCapturingGroup(e);
    };
    f.regexp_eatReverseSolidusAtomEscape = function(e) {
      var t = e.pos;
      if (e.eat(92)) {
        if (this.regexp_eatAtomEscape(e)) return true;
        e.pos = t;
      }
      return false;
    };
    f.regexp_eatUncapturingGroup = function(e) {
      var t = e.pos;
      if (e.eat(40)) {
        if (e.eat(63)) {
          if (this.options.ecmaVersion >= 16) {
            var i = this.regexp_eatModifiers(e), s = e.eat(45);
            if (i || s) {
              for (var r = 0; r < i.length; r++) {
                var n = i.charAt(r);
                i.indexOf(n, r + 1) > -1 && e.raise("Duplicate regular expression modifiers");
              }
              if (s) {
                var o = this.regexp_eatModifiers(e);
                !i && !o && e.current() === 58 && e.raise("Invalid regular expression modifiers");
                for (var h = 0; h < o.length; h++) {
                  var c = o.charAt(h);
                  (o.indexOf(c, h + 1) > -1 || i.indexOf(c) > -1) && e.raise("Duplicate regular expression modifiers");
                }
              }
            }
          }
          if (e.eat(58)) {
            if (this.regexp_disjunction(e), e.eat(41)) return true;
            e.raise("Unterminated group");
          }
        }
        e.pos = t;
      }
      return false;
    };
    f.regexp_eatCapturingGroup = function(e) {
      if (e.eat(40)) {
        if (this.options.ecmaVersion >= 9 ? this.regexp_groupSpecifier(e) : e.current() === 63 && e.raise("Invalid group"), this.regexp_disjunction(e), e.eat(41)) return e.numCapturingParens += 1, true;
        e.raise("Unterminated group");
      }
      return false;
    };
    f.regexp_eatModifiers = function(e) {
      for (var t = "", i = 0; (i = e.current()) !== -1 && ys(i); ) t += q(i), e.advance();
      return t;
    };
    f.regexp_eatExtendedAtom = function(e) {
      return e.eat(46) || this.regexp_eatReverseSolidusAtomEscape(e) || this.regexp_eatCharacterClass(e) || this.regexp_eatUncapturingGroup(e) || this.regexp_eatCapturingGroup(e) || this.regexp_eatInvalidBracedQuantifier(e) || this.regexp_eatExtendedPatternCharacter(e);
    };
    f.regexp_eatInvalidBracedQuantifier = function(e) {
      return this.regexp_eatBracedQuantifier(e, true) && e.raise("Nothing to repeat"), false;
    };
    f.regexp_eatSyntaxCharacter = function(e) {
      var t = e.current();
      return Ht(t) ? (e.lastIntValue = t, e.advance(), true) : false;
    };
    f.regexp_eatPatternCharacters = function(e) {
      for (var t = e.pos, i = 0; (i = e.current()) !== -1 && !Ht(i); ) e.advance();
      return e.pos !== t;
    };
    f.regexp_eatExtendedPatternCharacter = function(e) {
      var t = e.current();
      return t !== -1 && t !== 36 && !(t >= 40 && t <= 43) && t !== 46 && t !== 63 && t !== 91 && t !== 94 && t !== 124 ? (e.advance(), true) : false;
    };
    f.regexp_groupSpecifier = function(e) {
      if (e.eat(63)) {
        this.regexp_eatGroupName(e) || e.raise("Invalid group");
        var t = this.options.ecmaVersion >= 16, i = e.groupNames[e.lastStringValue];
        if (i) if (t) for (var s = 0, r = i; s < r.length; s += 1) {
          var n = r[s];
          n.separatedFrom(e.branchID) || e.raise("Duplicate capture group name");
        }
        else e.raise("Duplicate capture group name");
        t ? (i || (e.groupNames[e.lastStringValue] = [])).push(e.branchID) : e.groupNames[e.lastStringValue] = true;
      }
    };
    f.regexp_eatGroupName = function(e) {
      if (e.lastStringValue = "", e.eat(60)) {
        if (this.regexp_eatRegExpIdentifierName(e) && e.eat(62)) return true;
        e.raise("Invalid capture group name");
      }
      return false;
    };
    f.regexp_eatRegExpIdentifierName = function(e) {
      if (e.lastStringValue = "", this.regexp_eatRegExpIdentifierStart(e)) {
        for (e.lastStringValue += q(e.lastIntValue); this.regexp_eatRegExpIdentifierPart(e); ) e.lastStringValue += q(e.lastIntValue);
        return true;
      }
      return false;
    };
    f.regexp_eatRegExpIdentifierStart = function(e) {
      var t = e.pos, i = this.options.ecmaVersion >= 11, s = e.current(i);
      return e.advance(i), s === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(e, i) && (s = e.lastIntValue), gs(s) ? (e.lastIntValue = s, true) : (e.pos = t, false);
    };
    f.regexp_eatRegExpIdentifierPart = function(e) {
      var t = e.pos, i = this.options.ecmaVersion >= 11, s = e.current(i);
      return e.advance(i), s === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(e, i) && (s = e.lastIntValue), vs(s) ? (e.lastIntValue = s, true) : (e.pos = t, false);
    };
    f.regexp_eatAtomEscape = function(e) {
      return this.regexp_eatBackReference(e) || this.regexp_eatCharacterClassEscape(e) || this.regexp_eatCharacterEscape(e) || e.switchN && this.regexp_eatKGroupName(e) ? true : (e.switchU && (e.current() === 99 && e.raise("Invalid unicode escape"), e.raise("Invalid escape")), false);
    };
    f.regexp_eatBackReference = function(e) {
      var t = e.pos;
      if (this.regexp_eatDecimalEscape(e)) {
        var i = e.lastIntValue;
        if (e.switchU) return i > e.maxBackReference && (e.maxBackReference = i), true;
        if (i <= e.numCapturingParens) return true;
        e.pos = t;
      }
      return false;
    };
    f.regexp_eatKGroupName = function(e) {
      if (e.eat(107)) {
        if (this.regexp_eatGroupName(e)) return e.backReferenceNames.push(e.lastStringValue), true;
        e.raise("Invalid named reference");
      }
      return false;
    };
    f.regexp_eatCharacterEscape = function(e) {
      return this.regexp_eatControlEscape(e) || this.regexp_eatCControlLetter(e) || this.regexp_eatZero(e) || this.regexp_eatHexEscapeSequence(e) || this.regexp_eatRegExpUnicodeEscapeSequence(e, false) || !e.switchU && this.regexp_eatLegacyOctalEscapeSequence(e) || this.regexp_eatIdentityEscape(e);
    };
    f.regexp_eatCControlLetter = function(e) {
      var t = e.pos;
      if (e.eat(99)) {
        if (this.regexp_eatControlLetter(e)) return true;
        e.pos = t;
      }
      return false;
    };
    f.regexp_eatZero = function(e) {
      return e.current() === 48 && !Ae(e.lookahead()) ? (e.lastIntValue = 0, e.advance(), true) : false;
    };
    f.regexp_eatControlEscape = function(e) {
      var t = e.current();
      return t === 116 ? (e.lastIntValue = 9, e.advance(), true) : t === 110 ? (e.lastIntValue = 10, e.advance(), true) : t === 118 ? (e.lastIntValue = 11, e.advance(), true) : t === 102 ? (e.lastIntValue = 12, e.advance(), true) : t === 114 ? (e.lastIntValue = 13, e.advance(), true) : false;
    };
    f.regexp_eatControlLetter = function(e) {
      var t = e.current();
      return Jt(t) ? (e.lastIntValue = t % 32, e.advance(), true) : false;
    };
    f.regexp_eatRegExpUnicodeEscapeSequence = function(e, t) {
      t === void 0 && (t = false);
      var i = e.pos, s = t || e.switchU;
      if (e.eat(117)) {
        if (this.regexp_eatFixedHexDigits(e, 4)) {
          var r = e.lastIntValue;
          if (s && r >= 55296 && r <= 56319) {
            var n = e.pos;
            if (e.eat(92) && e.eat(117) && this.regexp_eatFixedHexDigits(e, 4)) {
              var o = e.lastIntValue;
              if (o >= 56320 && o <= 57343) return e.lastIntValue = (r - 55296) * 1024 + (o - 56320) + 65536, true;
            }
            e.pos = n, e.lastIntValue = r;
          }
          return true;
        }
        if (s && e.eat(123) && this.regexp_eatHexDigits(e) && e.eat(125) && bs(e.lastIntValue)) return true;
        s && e.raise("Invalid unicode escape"), e.pos = i;
      }
      return false;
    };
    f.regexp_eatIdentityEscape = function(e) {
      if (e.switchU) return this.regexp_eatSyntaxCharacter(e) ? true : e.eat(47) ? (e.lastIntValue = 47, true) : false;
      var t = e.current();
      return t !== 99 && (!e.switchN || t !== 107) ? (e.lastIntValue = t, e.advance(), true) : false;
    };
    f.regexp_eatDecimalEscape = function(e) {
      e.lastIntValue = 0;
      var t = e.current();
      if (t >= 49 && t <= 57) {
        do
          e.lastIntValue = 10 * e.lastIntValue + (t - 48), e.advance();
        while ((t = e.current()) >= 48 && t <= 57);
        return true;
      }
      return false;
    };
    Xt = 0;
    W = 1;
    D = 2;
    f.regexp_eatCharacterClassEscape = function(e) {
      var t = e.current();
      if (Ss(t)) return e.lastIntValue = -1, e.advance(), W;
      var i = false;
      if (e.switchU && this.options.ecmaVersion >= 9 && ((i = t === 80) || t === 112)) {
        e.lastIntValue = -1, e.advance();
        var s;
        if (e.eat(123) && (s = this.regexp_eatUnicodePropertyValueExpression(e)) && e.eat(125)) return i && s === D && e.raise("Invalid property name"), s;
        e.raise("Invalid property name");
      }
      return Xt;
    };
    f.regexp_eatUnicodePropertyValueExpression = function(e) {
      var t = e.pos;
      if (this.regexp_eatUnicodePropertyName(e) && e.eat(61)) {
        var i = e.lastStringValue;
        if (this.regexp_eatUnicodePropertyValue(e)) {
          var s = e.lastStringValue;
          return this.regexp_validateUnicodePropertyNameAndValue(e, i, s), W;
        }
      }
      if (e.pos = t, this.regexp_eatLoneUnicodePropertyNameOrValue(e)) {
        var r = e.lastStringValue;
        return this.regexp_validateUnicodePropertyNameOrValue(e, r);
      }
      return Xt;
    };
    f.regexp_validateUnicodePropertyNameAndValue = function(e, t, i) {
      te(e.unicodeProperties.nonBinary, t) || e.raise("Invalid property name"), e.unicodeProperties.nonBinary[t].test(i) || e.raise("Invalid property value");
    };
    f.regexp_validateUnicodePropertyNameOrValue = function(e, t) {
      if (e.unicodeProperties.binary.test(t)) return W;
      if (e.switchV && e.unicodeProperties.binaryOfStrings.test(t)) return D;
      e.raise("Invalid property name");
    };
    f.regexp_eatUnicodePropertyName = function(e) {
      var t = 0;
      for (e.lastStringValue = ""; zt(t = e.current()); ) e.lastStringValue += q(t), e.advance();
      return e.lastStringValue !== "";
    };
    f.regexp_eatUnicodePropertyValue = function(e) {
      var t = 0;
      for (e.lastStringValue = ""; Cs(t = e.current()); ) e.lastStringValue += q(t), e.advance();
      return e.lastStringValue !== "";
    };
    f.regexp_eatLoneUnicodePropertyNameOrValue = function(e) {
      return this.regexp_eatUnicodePropertyValue(e);
    };
    f.regexp_eatCharacterClass = function(e) {
      if (e.eat(91)) {
        var t = e.eat(94), i = this.regexp_classContents(e);
        return e.eat(93) || e.raise("Unterminated character class"), t && i === D && e.raise("Negated character class may contain strings"), true;
      }
      return false;
    };
    f.regexp_classContents = function(e) {
      return e.current() === 93 ? W : e.switchV ? this.regexp_classSetExpression(e) : (this.regexp_nonEmptyClassRanges(e), W);
    };
    f.regexp_nonEmptyClassRanges = function(e) {
      for (; this.regexp_eatClassAtom(e); ) {
        var t = e.lastIntValue;
        if (e.eat(45) && this.regexp_eatClassAtom(e)) {
          var i = e.lastIntValue;
          e.switchU && (t === -1 || i === -1) && e.raise("Invalid character class"), t !== -1 && i !== -1 && t > i && e.raise("Range out of order in character class");
        }
      }
    };
    f.regexp_eatClassAtom = function(e) {
      var t = e.pos;
      if (e.eat(92)) {
        if (this.regexp_eatClassEscape(e)) return true;
        if (e.switchU) {
          var i = e.current();
          (i === 99 || Zt(i)) && e.raise("Invalid class escape"), e.raise("Invalid escape");
        }
        e.pos = t;
      }
      var s = e.current();
      return s !== 93 ? (e.lastIntValue = s, e.advance(), true) : false;
    };
    f.regexp_eatClassEscape = function(e) {
      var t = e.pos;
      if (e.eat(98)) return e.lastIntValue = 8, true;
      if (e.switchU && e.eat(45)) return e.lastIntValue = 45, true;
      if (!e.switchU && e.eat(99)) {
        if (this.regexp_eatClassControlLetter(e)) return true;
        e.pos = t;
      }
      return this.regexp_eatCharacterClassEscape(e) || this.regexp_eatCharacterEscape(e);
    };
    f.regexp_classSetExpression = function(e) {
      var t = W, i;
      if (!this.regexp_eatClassSetRange(e)) if (i = this.regexp_eatClassSetOperand(e)) {
        i === D && (t = D);
        for (var s = e.pos; e.eatChars([38, 38]); ) {
          if (e.current() !== 38 && (i = this.regexp_eatClassSetOperand(e))) {
            i !== D && (t = W);
            continue;
          }
          e.raise("Invalid character in character class");
        }
        if (s !== e.pos) return t;
        for (; e.eatChars([45, 45]); ) this.regexp_eatClassSetOperand(e) || e.raise("Invalid character in character class");
        if (s !== e.pos) return t;
      } else e.raise("Invalid character in character class");
      for (; ; ) if (!this.regexp_eatClassSetRange(e)) {
        if (i = this.regexp_eatClassSetOperand(e), !i) return t;
        i === D && (t = D);
      }
    };
    f.regexp_eatClassSetRange = function(e) {
      var t = e.pos;
      if (this.regexp_eatClassSetCharacter(e)) {
        var i = e.lastIntValue;
        if (e.eat(45) && this.regexp_eatClassSetCharacter(e)) {
          var s = e.lastIntValue;
          return i !== -1 && s !== -1 && i > s && e.raise("Range out of order in character class"), true;
        }
        e.pos = t;
      }
      return false;
    };
    f.regexp_eatClassSetOperand = function(e) {
      return this.regexp_eatClassSetCharacter(e) ? W : this.regexp_eatClassStringDisjunction(e) || this.regexp_eatNestedClass(e);
    };
    f.regexp_eatNestedClass = function(e) {
      var t = e.pos;
      if (e.eat(91)) {
        var i = e.eat(94), s = this.regexp_classContents(e);
        if (e.eat(93)) return i && s === D && e.raise("Negated character class may contain strings"), s;
        e.pos = t;
      }
      if (e.eat(92)) {
        var r = this.regexp_eatCharacterClassEscape(e);
        if (r) return r;
        e.pos = t;
      }
      return null;
    };
    f.regexp_eatClassStringDisjunction = function(e) {
      var t = e.pos;
      if (e.eatChars([92, 113])) {
        if (e.eat(123)) {
          var i = this.regexp_classStringDisjunctionContents(e);
          if (e.eat(125)) return i;
        } else e.raise("Invalid escape");
        e.pos = t;
      }
      return null;
    };
    f.regexp_classStringDisjunctionContents = function(e) {
      for (var t = this.regexp_classString(e); e.eat(124); ) this.regexp_classString(e) === D && (t = D);
      return t;
    };
    f.regexp_classString = function(e) {
      for (var t = 0; this.regexp_eatClassSetCharacter(e); ) t++;
      return t === 1 ? W : D;
    };
    f.regexp_eatClassSetCharacter = function(e) {
      var t = e.pos;
      if (e.eat(92)) return this.regexp_eatCharacterEscape(e) || this.regexp_eatClassSetReservedPunctuator(e) ? true : e.eat(98) ? (e.lastIntValue = 8, true) : (e.pos = t, false);
      var i = e.current();
      return i < 0 || i === e.lookahead() && _s(i) || Es(i) ? false : (e.advance(), e.lastIntValue = i, true);
    };
    f.regexp_eatClassSetReservedPunctuator = function(e) {
      var t = e.current();
      return As(t) ? (e.lastIntValue = t, e.advance(), true) : false;
    };
    f.regexp_eatClassControlLetter = function(e) {
      var t = e.current();
      return Ae(t) || t === 95 ? (e.lastIntValue = t % 32, e.advance(), true) : false;
    };
    f.regexp_eatHexEscapeSequence = function(e) {
      var t = e.pos;
      if (e.eat(120)) {
        if (this.regexp_eatFixedHexDigits(e, 2)) return true;
        e.switchU && e.raise("Invalid escape"), e.pos = t;
      }
      return false;
    };
    f.regexp_eatDecimalDigits = function(e) {
      var t = e.pos, i = 0;
      for (e.lastIntValue = 0; Ae(i = e.current()); ) e.lastIntValue = 10 * e.lastIntValue + (i - 48), e.advance();
      return e.pos !== t;
    };
    f.regexp_eatHexDigits = function(e) {
      var t = e.pos, i = 0;
      for (e.lastIntValue = 0; Qt(i = e.current()); ) e.lastIntValue = 16 * e.lastIntValue + Yt(i), e.advance();
      return e.pos !== t;
    };
    f.regexp_eatLegacyOctalEscapeSequence = function(e) {
      if (this.regexp_eatOctalDigit(e)) {
        var t = e.lastIntValue;
        if (this.regexp_eatOctalDigit(e)) {
          var i = e.lastIntValue;
          t <= 3 && this.regexp_eatOctalDigit(e) ? e.lastIntValue = t * 64 + i * 8 + e.lastIntValue : e.lastIntValue = t * 8 + i;
        } else e.lastIntValue = t;
        return true;
      }
      return false;
    };
    f.regexp_eatOctalDigit = function(e) {
      var t = e.current();
      return Zt(t) ? (e.lastIntValue = t - 48, e.advance(), true) : (e.lastIntValue = 0, false);
    };
    f.regexp_eatFixedHexDigits = function(e, t) {
      var i = e.pos;
      e.lastIntValue = 0;
      for (var s = 0; s < t; ++s) {
        var r = e.current();
        if (!Qt(r)) return e.pos = i, false;
        e.lastIntValue = 16 * e.lastIntValue + Yt(r), e.advance();
      }
      return true;
    };
    Ze = function(t) {
      this.type = t.type, this.value = t.value, this.start = t.start, this.end = t.end, t.options.locations && (this.loc = new be(t, t.startLoc, t.endLoc)), t.options.ranges && (this.range = [t.start, t.end]);
    };
    b = k.prototype;
    b.next = function(e) {
      !e && this.type.keyword && this.containsEsc && this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword), this.options.onToken && this.options.onToken(new Ze(this)), this.lastTokEnd = this.end, this.lastTokStart = this.start, this.lastTokEndLoc = this.endLoc, this.lastTokStartLoc = this.startLoc, this.nextToken();
    };
    b.getToken = function() {
      return this.next(), new Ze(this);
    };
    typeof Symbol < "u" && (b[Symbol.iterator] = function() {
      var e = this;
      return { next: function() {
        var t = e.getToken();
        return { done: t.type === a.eof, value: t };
      } };
    });
    b.nextToken = function() {
      var e = this.curContext();
      if ((!e || !e.preserveSpace) && this.skipSpace(), this.start = this.pos, this.options.locations && (this.startLoc = this.curPosition()), this.pos >= this.input.length) return this.finishToken(a.eof);
      if (e.override) return e.override(this);
      this.readToken(this.fullCharCodeAtPos());
    };
    b.readToken = function(e) {
      return j(e, this.options.ecmaVersion >= 6) || e === 92 ? this.readWord() : this.getTokenFromCode(e);
    };
    b.fullCharCodeAt = function(e) {
      var t = this.input.charCodeAt(e);
      if (t <= 55295 || t >= 56320) return t;
      var i = this.input.charCodeAt(e + 1);
      return i <= 56319 || i >= 57344 ? t : (t << 10) + i - 56613888;
    };
    b.fullCharCodeAtPos = function() {
      return this.fullCharCodeAt(this.pos);
    };
    b.skipBlockComment = function() {
      var e = this.options.onComment && this.curPosition(), t = this.pos, i = this.input.indexOf("*/", this.pos += 2);
      if (i === -1 && this.raise(this.pos - 2, "Unterminated comment"), this.pos = i + 2, this.options.locations) for (var s = void 0, r = t; (s = St(this.input, r, this.pos)) > -1; ) ++this.curLine, r = this.lineStart = s;
      this.options.onComment && this.options.onComment(true, this.input.slice(t + 2, i), t, this.pos, e, this.curPosition());
    };
    b.skipLineComment = function(e) {
      for (var t = this.pos, i = this.options.onComment && this.curPosition(), s = this.input.charCodeAt(this.pos += e); this.pos < this.input.length && !ee(s); ) s = this.input.charCodeAt(++this.pos);
      this.options.onComment && this.options.onComment(false, this.input.slice(t + e, this.pos), t, this.pos, i, this.curPosition());
    };
    b.skipSpace = function() {
      e: for (; this.pos < this.input.length; ) {
        var e = this.input.charCodeAt(this.pos);
        switch (e) {
          case 32:
          case 160:
            ++this.pos;
            break;
          case 13:
            this.input.charCodeAt(this.pos + 1) === 10 && ++this.pos;
          case 10:
          case 8232:
          case 8233:
            ++this.pos, this.options.locations && (++this.curLine, this.lineStart = this.pos);
            break;
          case 47:
            switch (this.input.charCodeAt(this.pos + 1)) {
              case 42:
                this.skipBlockComment();
                break;
              case 47:
                this.skipLineComment(2);
                break;
              default:
                break e;
            }
            break;
          default:
            if (e > 8 && e < 14 || e >= 5760 && Ct.test(String.fromCharCode(e))) ++this.pos;
            else break e;
        }
      }
    };
    b.finishToken = function(e, t) {
      this.end = this.pos, this.options.locations && (this.endLoc = this.curPosition());
      var i = this.type;
      this.type = e, this.value = t, this.updateContext(i);
    };
    b.readToken_dot = function() {
      var e = this.input.charCodeAt(this.pos + 1);
      if (e >= 48 && e <= 57) return this.readNumber(true);
      var t = this.input.charCodeAt(this.pos + 2);
      return this.options.ecmaVersion >= 6 && e === 46 && t === 46 ? (this.pos += 3, this.finishToken(a.ellipsis)) : (++this.pos, this.finishToken(a.dot));
    };
    b.readToken_slash = function() {
      var e = this.input.charCodeAt(this.pos + 1);
      return this.exprAllowed ? (++this.pos, this.readRegexp()) : e === 61 ? this.finishOp(a.assign, 2) : this.finishOp(a.slash, 1);
    };
    b.readToken_mult_modulo_exp = function(e) {
      var t = this.input.charCodeAt(this.pos + 1), i = 1, s = e === 42 ? a.star : a.modulo;
      return this.options.ecmaVersion >= 7 && e === 42 && t === 42 && (++i, s = a.starstar, t = this.input.charCodeAt(this.pos + 2)), t === 61 ? this.finishOp(a.assign, i + 1) : this.finishOp(s, i);
    };
    b.readToken_pipe_amp = function(e) {
      var t = this.input.charCodeAt(this.pos + 1);
      if (t === e) {
        if (this.options.ecmaVersion >= 12) {
          var i = this.input.charCodeAt(this.pos + 2);
          if (i === 61) return this.finishOp(a.assign, 3);
        }
        return this.finishOp(e === 124 ? a.logicalOR : a.logicalAND, 2);
      }
      return t === 61 ? this.finishOp(a.assign, 2) : this.finishOp(e === 124 ? a.bitwiseOR : a.bitwiseAND, 1);
    };
    b.readToken_caret = function() {
      var e = this.input.charCodeAt(this.pos + 1);
      return e === 61 ? this.finishOp(a.assign, 2) : this.finishOp(a.bitwiseXOR, 1);
    };
    b.readToken_plus_min = function(e) {
      var t = this.input.charCodeAt(this.pos + 1);
      return t === e ? t === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || R.test(this.input.slice(this.lastTokEnd, this.pos))) ? (this.skipLineComment(3), this.skipSpace(), this.nextToken()) : this.finishOp(a.incDec, 2) : t === 61 ? this.finishOp(a.assign, 2) : this.finishOp(a.plusMin, 1);
    };
    b.readToken_lt_gt = function(e) {
      var t = this.input.charCodeAt(this.pos + 1), i = 1;
      return t === e ? (i = e === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2, this.input.charCodeAt(this.pos + i) === 61 ? this.finishOp(a.assign, i + 1) : this.finishOp(a.bitShift, i)) : t === 33 && e === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45 ? (this.skipLineComment(4), this.skipSpace(), this.nextToken()) : (t === 61 && (i = 2), this.finishOp(a.relational, i));
    };
    b.readToken_eq_excl = function(e) {
      var t = this.input.charCodeAt(this.pos + 1);
      return t === 61 ? this.finishOp(a.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2) : e === 61 && t === 62 && this.options.ecmaVersion >= 6 ? (this.pos += 2, this.finishToken(a.arrow)) : this.finishOp(e === 61 ? a.eq : a.prefix, 1);
    };
    b.readToken_question = function() {
      var e = this.options.ecmaVersion;
      if (e >= 11) {
        var t = this.input.charCodeAt(this.pos + 1);
        if (t === 46) {
          var i = this.input.charCodeAt(this.pos + 2);
          if (i < 48 || i > 57) return this.finishOp(a.questionDot, 2);
        }
        if (t === 63) {
          if (e >= 12) {
            var s = this.input.charCodeAt(this.pos + 2);
            if (s === 61) return this.finishOp(a.assign, 3);
          }
          return this.finishOp(a.coalesce, 2);
        }
      }
      return this.finishOp(a.question, 1);
    };
    b.readToken_numberSign = function() {
      var e = this.options.ecmaVersion, t = 35;
      if (e >= 13 && (++this.pos, t = this.fullCharCodeAtPos(), j(t, true) || t === 92)) return this.finishToken(a.privateId, this.readWord1());
      this.raise(this.pos, "Unexpected character '" + q(t) + "'");
    };
    b.getTokenFromCode = function(e) {
      switch (e) {
        case 46:
          return this.readToken_dot();
        case 40:
          return ++this.pos, this.finishToken(a.parenL);
        case 41:
          return ++this.pos, this.finishToken(a.parenR);
        case 59:
          return ++this.pos, this.finishToken(a.semi);
        case 44:
          return ++this.pos, this.finishToken(a.comma);
        case 91:
          return ++this.pos, this.finishToken(a.bracketL);
        case 93:
          return ++this.pos, this.finishToken(a.bracketR);
        case 123:
          return ++this.pos, this.finishToken(a.braceL);
        case 125:
          return ++this.pos, this.finishToken(a.braceR);
        case 58:
          return ++this.pos, this.finishToken(a.colon);
        case 96:
          if (this.options.ecmaVersion < 6) break;
          return ++this.pos, this.finishToken(a.backQuote);
        case 48:
          var t = this.input.charCodeAt(this.pos + 1);
          if (t === 120 || t === 88) return this.readRadixNumber(16);
          if (this.options.ecmaVersion >= 6) {
            if (t === 111 || t === 79) return this.readRadixNumber(8);
            if (t === 98 || t === 66) return this.readRadixNumber(2);
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
          return this.readNumber(false);
        case 34:
        case 39:
          return this.readString(e);
        case 47:
          return this.readToken_slash();
        case 37:
        case 42:
          return this.readToken_mult_modulo_exp(e);
        case 124:
        case 38:
          return this.readToken_pipe_amp(e);
        case 94:
          return this.readToken_caret();
        case 43:
        case 45:
          return this.readToken_plus_min(e);
        case 60:
        case 62:
          return this.readToken_lt_gt(e);
        case 61:
        case 33:
          return this.readToken_eq_excl(e);
        case 63:
          return this.readToken_question();
        case 126:
          return this.finishOp(a.prefix, 1);
        case 35:
          return this.readToken_numberSign();
      }
      this.raise(this.pos, "Unexpected character '" + q(e) + "'");
    };
    b.finishOp = function(e, t) {
      var i = this.input.slice(this.pos, this.pos + t);
      return this.pos += t, this.finishToken(e, i);
    };
    b.readRegexp = function() {
      for (var e, t, i = this.pos; ; ) {
        this.pos >= this.input.length && this.raise(i, "Unterminated regular expression");
        var s = this.input.charAt(this.pos);
        if (R.test(s) && this.raise(i, "Unterminated regular expression"), e) e = false;
        else {
          if (s === "[") t = true;
          else if (s === "]" && t) t = false;
          else if (s === "/" && !t) break;
          e = s === "\\";
        }
        ++this.pos;
      }
      var r = this.input.slice(i, this.pos);
      ++this.pos;
      var n = this.pos, o = this.readWord1();
      this.containsEsc && this.unexpected(n);
      var h = this.regexpState || (this.regexpState = new U(this));
      h.reset(i, r, o), this.validateRegExpFlags(h), this.validateRegExpPattern(h);
      var c = null;
      try {
        c = new RegExp(r, o);
      } catch {
      }
      return this.finishToken(a.regexp, { pattern: r, flags: o, value: c });
    };
    b.readInt = function(e, t, i) {
      for (var s = this.options.ecmaVersion >= 12 && t === void 0, r = i && this.input.charCodeAt(this.pos) === 48, n = this.pos, o = 0, h = 0, c = 0, l = t ?? 1 / 0; c < l; ++c, ++this.pos) {
        var m = this.input.charCodeAt(this.pos), S = void 0;
        if (s && m === 95) {
          r && this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals"), h === 95 && this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore"), c === 0 && this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits"), h = m;
          continue;
        }
        if (m >= 97 ? S = m - 97 + 10 : m >= 65 ? S = m - 65 + 10 : m >= 48 && m <= 57 ? S = m - 48 : S = 1 / 0, S >= e) break;
        h = m, o = o * e + S;
      }
      return s && h === 95 && this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits"), this.pos === n || t != null && this.pos - n !== t ? null : o;
    };
    b.readRadixNumber = function(e) {
      var t = this.pos;
      this.pos += 2;
      var i = this.readInt(e);
      return i == null && this.raise(this.start + 2, "Expected number in radix " + e), this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110 ? (i = $t(this.input.slice(t, this.pos)), ++this.pos) : j(this.fullCharCodeAtPos()) && this.raise(this.pos, "Identifier directly after number"), this.finishToken(a.num, i);
    };
    b.readNumber = function(e) {
      var t = this.pos;
      !e && this.readInt(10, void 0, true) === null && this.raise(t, "Invalid number");
      var i = this.pos - t >= 2 && this.input.charCodeAt(t) === 48;
      i && this.strict && this.raise(t, "Invalid number");
      var s = this.input.charCodeAt(this.pos);
      if (!i && !e && this.options.ecmaVersion >= 11 && s === 110) {
        var r = $t(this.input.slice(t, this.pos));
        return ++this.pos, j(this.fullCharCodeAtPos()) && this.raise(this.pos, "Identifier directly after number"), this.finishToken(a.num, r);
      }
      i && /[89]/.test(this.input.slice(t, this.pos)) && (i = false), s === 46 && !i && (++this.pos, this.readInt(10), s = this.input.charCodeAt(this.pos)), (s === 69 || s === 101) && !i && (s = this.input.charCodeAt(++this.pos), (s === 43 || s === 45) && ++this.pos, this.readInt(10) === null && this.raise(t, "Invalid number")), j(this.fullCharCodeAtPos()) && this.raise(this.pos, "Identifier directly after number");
      var n = ks(this.input.slice(t, this.pos), i);
      return this.finishToken(a.num, n);
    };
    b.readCodePoint = function() {
      var e = this.input.charCodeAt(this.pos), t;
      if (e === 123) {
        this.options.ecmaVersion < 6 && this.unexpected();
        var i = ++this.pos;
        t = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos), ++this.pos, t > 1114111 && this.invalidStringToken(i, "Code point out of bounds");
      } else t = this.readHexChar(4);
      return t;
    };
    b.readString = function(e) {
      for (var t = "", i = ++this.pos; ; ) {
        this.pos >= this.input.length && this.raise(this.start, "Unterminated string constant");
        var s = this.input.charCodeAt(this.pos);
        if (s === e) break;
        s === 92 ? (t += this.input.slice(i, this.pos), t += this.readEscapedChar(false), i = this.pos) : s === 8232 || s === 8233 ? (this.options.ecmaVersion < 10 && this.raise(this.start, "Unterminated string constant"), ++this.pos, this.options.locations && (this.curLine++, this.lineStart = this.pos)) : (ee(s) && this.raise(this.start, "Unterminated string constant"), ++this.pos);
      }
      return t += this.input.slice(i, this.pos++), this.finishToken(a.string, t);
    };
    ei = {};
    b.tryReadTemplateToken = function() {
      this.inTemplateElement = true;
      try {
        this.readTmplToken();
      } catch (e) {
        if (e === ei) this.readInvalidTemplateToken();
        else throw e;
      }
      this.inTemplateElement = false;
    };
    b.invalidStringToken = function(e, t) {
      if (this.inTemplateElement && this.options.ecmaVersion >= 9) throw ei;
      this.raise(e, t);
    };
    b.readTmplToken = function() {
      for (var e = "", t = this.pos; ; ) {
        this.pos >= this.input.length && this.raise(this.start, "Unterminated template");
        var i = this.input.charCodeAt(this.pos);
        if (i === 96 || i === 36 && this.input.charCodeAt(this.pos + 1) === 123) return this.pos === this.start && (this.type === a.template || this.type === a.invalidTemplate) ? i === 36 ? (this.pos += 2, this.finishToken(a.dollarBraceL)) : (++this.pos, this.finishToken(a.backQuote)) : (e += this.input.slice(t, this.pos), this.finishToken(a.template, e));
        if (i === 92) e += this.input.slice(t, this.pos), e += this.readEscapedChar(true), t = this.pos;
        else if (ee(i)) {
          switch (e += this.input.slice(t, this.pos), ++this.pos, i) {
            case 13:
              this.input.charCodeAt(this.pos) === 10 && ++this.pos;
            case 10:
              e += `
`;
              break;
            default:
              e += String.fromCharCode(i);
              break;
          }
          this.options.locations && (++this.curLine, this.lineStart = this.pos), t = this.pos;
        } else ++this.pos;
      }
    };
    b.readInvalidTemplateToken = function() {
      for (; this.pos < this.input.length; this.pos++) switch (this.input[this.pos]) {
        case "\\":
          ++this.pos;
          break;
        case "$":
          if (this.input[this.pos + 1] !== "{") break;
        case "`":
          return this.finishToken(a.invalidTemplate, this.input.slice(this.start, this.pos));
        case "\r":
          this.input[this.pos + 1] === `
` && ++this.pos;
        case `
`:
        case "\u2028":
        case "\u2029":
          ++this.curLine, this.lineStart = this.pos + 1;
          break;
      }
      this.raise(this.start, "Unterminated template");
    };
    b.readEscapedChar = function(e) {
      var t = this.input.charCodeAt(++this.pos);
      switch (++this.pos, t) {
        case 110:
          return `
`;
        case 114:
          return "\r";
        case 120:
          return String.fromCharCode(this.readHexChar(2));
        case 117:
          return q(this.readCodePoint());
        case 116:
          return "	";
        case 98:
          return "\b";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 13:
          this.input.charCodeAt(this.pos) === 10 && ++this.pos;
        case 10:
          return this.options.locations && (this.lineStart = this.pos, ++this.curLine), "";
        case 56:
        case 57:
          if (this.strict && this.invalidStringToken(this.pos - 1, "Invalid escape sequence"), e) {
            var i = this.pos - 1;
            this.invalidStringToken(i, "Invalid escape sequence in template string");
          }
        default:
          if (t >= 48 && t <= 55) {
            var s = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0], r = parseInt(s, 8);
            return r > 255 && (s = s.slice(0, -1), r = parseInt(s, 8)), this.pos += s.length - 1, t = this.input.charCodeAt(this.pos), (s !== "0" || t === 56 || t === 57) && (this.strict || e) && this.invalidStringToken(this.pos - 1 - s.length, e ? "Octal literal in template string" : "Octal literal in strict mode"), String.fromCharCode(r);
          }
          return ee(t) ? (this.options.locations && (this.lineStart = this.pos, ++this.curLine), "") : String.fromCharCode(t);
      }
    };
    b.readHexChar = function(e) {
      var t = this.pos, i = this.readInt(16, e);
      return i === null && this.invalidStringToken(t, "Bad character escape sequence"), i;
    };
    b.readWord1 = function() {
      this.containsEsc = false;
      for (var e = "", t = true, i = this.pos, s = this.options.ecmaVersion >= 6; this.pos < this.input.length; ) {
        var r = this.fullCharCodeAtPos();
        if (G(r, s)) this.pos += r <= 65535 ? 1 : 2;
        else if (r === 92) {
          this.containsEsc = true, e += this.input.slice(i, this.pos);
          var n = this.pos;
          this.input.charCodeAt(++this.pos) !== 117 && this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX"), ++this.pos;
          var o = this.readCodePoint();
          (t ? j : G)(o, s) || this.invalidStringToken(n, "Invalid Unicode escape"), e += q(o), i = this.pos;
        } else break;
        t = false;
      }
      return e + this.input.slice(i, this.pos);
    };
    b.readWord = function() {
      var e = this.readWord1(), t = a.name;
      return this.keywords.test(e) && (t = He[e]), this.finishToken(t, e);
    };
    Ts = "8.19.0";
    k.acorn = { Parser: k, version: Ts, defaultOptions: qe, Position: ue, SourceLocation: be, getLineInfo: Et, Node: Ee, TokenType: _, tokTypes: a, keywordTypes: He, TokContext: F, tokContexts: E, isIdentifierChar: G, isIdentifierStart: j, Token: Ze, isNewLine: ee, lineBreak: R, lineBreakG: zi, nonASCIIwhitespace: Ct };
    Li = lt(et(), 1);
    ke = Rs;
    se = (e, t) => (i, s, ...r) => i | 1 && s == null ? void 0 : (t.call(s) ?? s[e]).apply(s, r);
    Vs = Array.prototype.findLast ?? function(e) {
      for (let t = this.length - 1; t >= 0; t--) {
        let i = this[t];
        if (e(i, t, this)) return i;
      }
    };
    Os = se("findLast", function() {
      if (Array.isArray(this)) return Vs;
    });
    ai = Os;
    we = /* @__PURE__ */ Symbol.for("comments");
    Bs = se("at", function() {
      if (Array.isArray(this) || typeof this == "string") return Ds;
    });
    Pe = Bs;
    Ms = 5;
    Fs = 8;
    js = 8;
    ni = (e) => (t) => t.label ? P(t.label) : w(t) + e;
    Us = (e) => e.__contentEnd ?? re(e);
    oi = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
    Gs = new Map([["BreakStatement", ni(Ms)], ["ContinueStatement", ni(Fs)], ["DebuggerStatement", (e) => w(e) + js], ["VariableDeclaration", (e) => P(Pe(0, e.declarations, -1))], ...oi.map((e) => [e, Us])]);
    tt = Y(oi);
    ae = Y(["Block", "CommentBlock", "MultiLine"]);
    ui = Y(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
    qs = /* @__PURE__ */ new WeakMap();
    Ws = String.prototype.replaceAll ?? function(e, t) {
      return e.global ? this.replace(e, t) : this.split(e).join(t);
    };
    Ks = se("replaceAll", function() {
      if (typeof this == "string") return Ws;
    });
    Z = Ks;
    ci = Hs;
    Xs = /* @__PURE__ */ new WeakMap();
    li = /* @__PURE__ */ new WeakMap();
    mi = Ys;
    le = null;
    Zs = 10;
    for (let e = 0; e <= Zs; e++) fe();
    xi = $s;
    u = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
    yi = { ArrayExpression: u[0], AssignmentExpression: u[1], BinaryExpression: u[1], InterpreterDirective: [], Directive: u[2], DirectiveLiteral: [], BlockStatement: u[3], BreakStatement: u[4], CallExpression: u[5], CatchClause: ["param", "body"], ConditionalExpression: u[6], ContinueStatement: u[4], DebuggerStatement: [], DoWhileStatement: u[7], EmptyStatement: [], ExpressionStatement: u[8], File: ["program"], ForInStatement: u[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: u[10], FunctionExpression: u[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: u[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: u[1], MemberExpression: u[11], NewExpression: u[5], Program: u[3], ObjectExpression: u[12], ObjectMethod: u[13], ObjectProperty: u[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: u[15], SequenceExpression: u[16], ParenthesizedExpression: u[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: u[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: u[15], UpdateExpression: u[15], VariableDeclaration: ["declarations"], VariableDeclarator: u[17], WhileStatement: u[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: u[18], ClassExpression: u[19], ClassDeclaration: u[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: u[20], ExportSpecifier: ["local", "exported"], ForOfStatement: u[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: u[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: u[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: u[15], AwaitExpression: u[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: u[11], OptionalCallExpression: u[5], ClassProperty: u[21], ClassPrivateProperty: u[21], ClassPrivateMethod: u[13], PrivateName: u[22], StaticBlock: u[18], ImportAttribute: u[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: u[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: u[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: u[26], DeclareModule: u[27], DeclareModuleExports: u[28], DeclareTypeAlias: u[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: u[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: u[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: u[30], GenericTypeAnnotation: u[25], InferredPredicate: [], InterfaceExtends: u[25], InterfaceDeclaration: u[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: u[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: u[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: u[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: u[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: u[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: u[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: u[29], TypeAnnotation: u[28], TypeCastExpression: u[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: u[35], TypeParameterInstantiation: u[35], UnionTypeAnnotation: u[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: u[27], EnumBooleanBody: u[36], EnumNumberBody: u[36], EnumStringBody: u[36], EnumSymbolBody: u[36], EnumBooleanMember: u[17], EnumNumberMember: u[17], EnumStringMember: u[17], EnumDefaultedMember: u[22], IndexedAccessType: u[37], OptionalIndexedAccessType: u[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: u[8], JSXSpreadChild: u[8], JSXIdentifier: [], JSXMemberExpression: u[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: u[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: u[38], Decorator: u[8], DoExpression: u[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: u[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: u[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: u[39], TSDeclareMethod: u[40], TSQualifiedName: u[1], TSCallSignatureDeclaration: u[41], TSConstructSignatureDeclaration: u[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: u[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: u[41], TSConstructorType: u[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: u[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: u[36], TSArrayType: u[24], TSTupleType: u[33], TSOptionalType: u[28], TSRestType: u[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: u[31], TSIntersectionType: u[31], TSConditionalType: u[43], TSInferType: u[44], TSParenthesizedType: u[28], TSTypeOperator: u[28], TSIndexedAccessType: u[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: u[45], TSLiteralType: u[46], TSClassImplements: u[47], TSInterfaceHeritage: u[47], TSInterfaceDeclaration: u[26], TSInterfaceBody: u[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: u[47], TSAsExpression: u[34], TSSatisfiesExpression: u[34], TSTypeAssertion: u[34], TSEnumBody: u[36], TSEnumDeclaration: u[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: u[27], TSModuleBlock: u[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: u[48], TSExternalModuleReference: u[8], TSNonNullExpression: u[8], TSExportAssignment: u[8], TSNamespaceExportDeclaration: u[22], TSTypeAnnotation: u[28], TSTypeParameterInstantiation: u[35], TSTypeParameterDeclaration: u[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: u[8], Literal: [], MethodDefinition: u[14], PrivateIdentifier: [], Property: u[23], PropertyDefinition: u[21], AccessorProperty: u[38], TSAbstractAccessorProperty: u[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: u[23], TSAbstractPropertyDefinition: u[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: u[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: u[8], AsExpression: u[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: u[30], ConditionalTypeAnnotation: u[43], ConstructorTypeAnnotation: u[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: u[27], DeclareHook: u[22], DeclareNamespace: u[27], EnumBigIntMember: u[17], EnumBody: u[36], ExportAssignment: u[8], ExternalModuleReference: u[8], HookDeclaration: u[39], HookTypeAnnotation: u[50], ImportEqualsDeclaration: u[48], ImportType: ["source"], InferTypeAnnotation: u[44], KeyofTypeAnnotation: u[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: u[22], MatchExpression: u[51], MatchExpressionCase: u[52], MatchIdentifierPattern: u[22], MatchInstanceObjectPattern: u[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: u[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: u[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: u[15], MatchStatement: u[51], MatchStatementCase: u[52], MatchUnaryPattern: u[15], MatchWildcardPattern: [], NamespaceExportDeclaration: u[22], NeverTypeAnnotation: [], NonNullExpression: u[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: u[21], QualifiedTypeofIdentifier: u[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: u[0], RecordDeclarationImplements: u[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: u[12], SatisfiesExpression: u[34], TemplateLiteralTypeAnnotation: u[45], TupleTypeElement: u[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: u[28], TypePredicate: u[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: u[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: u[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: u[23], NGRoot: u[54], JsExpressionRoot: u[54], JsonRoot: u[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: u[28], TSJSDocNonNullableType: u[28], EnumBigIntBody: u[36] };
    er = xi(yi);
    gi = er;
    vi = Ie;
    Ua = Y(["RegExpLiteral", "BigIntLiteral", "NumericLiteral", "StringLiteral", "DirectiveLiteral", "Literal", "JSXText", "TemplateElement", "StringLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation"]);
    Ne = tr;
    sr = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    at = sr;
    rr = /\*\/$/;
    ar = /^\/\*\*?/;
    nr = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
    or = /(^|\s+)\/\/([^\n\r]*)/g;
    Si = /^(\r?\n)+/;
    ur = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
    Ci = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
    hr = /(\r?\n|^) *\* ?/g;
    cr = [];
    Ai = ["noformat", "noprettier"];
    ki = ["format", "prettier"];
    Ti = pr;
    Le = lr;
    Re = "module";
    Ni = "commonjs";
    Ve = [Re, Ni];
    fr = { ecmaVersion: "latest", allowReserved: true, allowReturnOutsideFunction: true, allowSuperOutsideMethod: true, checkPrivateFields: false, locations: false, ranges: true, preserveParens: true };
    mr = () => (nt ?? (nt = k.extend((0, Li.default)())), nt);
    gr = Le(yr);
    ct = {};
    Me(ct, { espree: () => wr });
    Oi = lt(et(), 1);
    Ri = [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    vr = Pe(0, Ri, -1);
    $ = /* @__PURE__ */ Symbol("espree's internal state");
    ut = /* @__PURE__ */ Symbol("espree's esprimaFinishNode");
    ht = () => (e) => {
      let t = Object.assign({}, e.acorn.tokTypes);
      return e.acornJsx && Object.assign(t, e.acornJsx.tokTypes), class extends e {
        constructor(s, r) {
          (typeof s != "object" || s === null) && (s = {}), typeof r != "string" && !(r instanceof String) && (r = String(r));
          let n = s.sourceType, o = Vi(s), h = o.ecmaFeatures || {}, c = null, l = { originalSourceType: n || o.sourceType, tokens: c ? [] : null, comments: o.comment === true ? [] : null, impliedStrict: h.impliedStrict === true && o.ecmaVersion >= 5, ecmaVersion: o.ecmaVersion, jsxAttrValueToken: false, lastToken: null, templateElements: [] };
          super({ ecmaVersion: o.ecmaVersion, sourceType: o.sourceType, ranges: o.ranges, locations: o.locations, allowReserved: o.allowReserved, allowReturnOutsideFunction: o.allowReturnOutsideFunction, onToken(m) {
            c && c.onToken(m, l), m.type !== t.eof && (l.lastToken = m);
          }, onComment(m, S, A, p, x, y) {
            if (l.comments) {
              let v = _r(m, S, A, p, x, y, r);
              l.comments.push(v);
            }
          } }, r), this[$] = l;
        }
        tokenize() {
          do
            this.next();
          while (this.type !== t.eof);
          this.next();
          let s = this[$], r = s.tokens;
          return s.comments && (r.comments = s.comments), r;
        }
        finishNode(s, r) {
          let n = super.finishNode(s, r);
          return this[ut](n);
        }
        finishNodeAt(s, r, n, o) {
          let h = super.finishNodeAt(s, r, n, o);
          return this[ut](h);
        }
        parse() {
          let s = this[$], n = super.parse();
          return n.sourceType = s.originalSourceType, s.comments && (n.comments = s.comments), s.tokens && (n.tokens = s.tokens), this[$].templateElements.forEach((o) => {
            let c = o.tail ? 1 : 2;
            o.start += -1, o.end += c, o.range && (o.range[0] += -1, o.range[1] += c), o.loc && (o.loc.start.column += -1, o.loc.end.column += c);
          }), n;
        }
        parseTopLevel(s) {
          return this[$].impliedStrict && (this.strict = true), super.parseTopLevel(s);
        }
        raise(s, r) {
          let n = e.acorn.getLineInfo(this.input, s), o = new SyntaxError(r);
          throw o.index = s, o.lineNumber = n.line, o.column = n.column + 1, o;
        }
        raiseRecoverable(s, r) {
          this.raise(s, r);
        }
        unexpected(s) {
          let r = "Unexpected token";
          if (s != null) {
            if (this.pos = s, this.options.locations) for (; this.pos < this.lineStart; ) this.lineStart = this.input.lastIndexOf(`
`, this.lineStart - 2) + 1, --this.curLine;
            this.nextToken();
          }
          this.end > this.start && (r += ` ${this.input.slice(this.start, this.end)}`), this.raise(this.start, r);
        }
        jsx_readString(s) {
          let r = super.jsx_readString(s);
          return this.type === t.string && (this[$].jsxAttrValueToken = true), r;
        }
        [ut](s) {
          return s.type === "TemplateElement" && this[$].templateElements.push(s), s.type.includes("Function") && !("generator" in s) && (s.generator = false), s;
        }
      };
    };
    Er = { _regular: null, _jsx: null, get regular() {
      if (this._regular === null) {
        let e = ht();
        this._regular = k.extend(e);
      }
      return this._regular;
    }, get jsx() {
      if (this._jsx === null) {
        let e = ht(), t = (0, Oi.default)();
        this._jsx = k.extend(t, e);
      }
      return this._jsx;
    }, get(e) {
      return !!(e && e.ecmaFeatures && e.ecmaFeatures.jsx) ? this.jsx : this.regular;
    } };
    Ar = { ecmaVersion: "latest", range: true, loc: false, comment: true, tokens: false, ecmaFeatures: { jsx: true, impliedStrict: false } };
    wr = Le(Tr);
    Pr = { ...ot, ...ct };
  }
});
init_acorn();
export {
  Bi as default,
  Pr as parsers
};
