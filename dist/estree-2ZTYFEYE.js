import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/estree.mjs
function Gc(e) {
  return Array.isArray(e) && e.length > 0;
}
function S(e) {
  let t = new Set(e);
  return (r) => t.has(r?.type);
}
function qc(e) {
  return this[e < 0 ? this.length + e : e];
}
function z(e, t, r) {
  if (!e.has(t)) {
    let n = r(t);
    e.set(t, n);
  }
  return e.get(t);
}
function Hc(e) {
  let t = [];
  return e.this && t.push(e.this), t.push(...e.params), e.rest && t.push(e.rest), t;
}
function te(e) {
  return z(Xc, e, Hc);
}
function ss(e, t) {
  let { node: r } = e, n = 0, o = () => t(e, n++);
  r.this && e.call(o, "this"), e.each(o, "params"), r.rest && e.call(o, "rest");
}
function us(e) {
  if (e.rest) return true;
  let t = te(e);
  return w(0, t, -1)?.type === "RestElement";
}
function or({ node: e, parent: t }) {
  return e?.type !== "EmptyStatement" ? false : t.type === "IfStatement" ? t.consequent === e || t.alternate === e : t.type === "DoWhileStatement" || t.type === "ForInStatement" || t.type === "ForOfStatement" || t.type === "ForStatement" || t.type === "LabeledStatement" || t.type === "WithStatement" || t.type === "WhileStatement" ? t.body === e : false;
}
function ze(e) {
  return e.method && e.kind === "init" || e.kind === "get" || e.kind === "set";
}
function _t(e) {
  return e.range?.[1] ?? e.end;
}
function b(e) {
  let t = e.range?.[0] ?? e.start, r = (e.declaration?.decorators ?? e.decorators)?.[0];
  return r ? Math.min(b(r), t) : t;
}
function B(e) {
  let { type: t } = e;
  return t === "IfStatement" ? B(e.alternate ?? e.consequent) : t === "ForInStatement" || t === "ForOfStatement" || t === "ForStatement" || t === "LabeledStatement" || t === "WithStatement" || t === "WhileStatement" ? B(e.body) : Qc.get(t)?.(e) ?? _t(e);
}
function Nt(e, t) {
  let r = b(e);
  return Jo(r) && r === b(t);
}
function Zc(e, t) {
  let r = B(e);
  return Jo(r) && r === B(t);
}
function Uo(e, t) {
  return Nt(e, t) && Zc(e, t);
}
function Fe(e) {
  return e.extra?.raw ?? e.raw;
}
function ls(e) {
  return e.type === "BigIntLiteral" || e.type === "Literal" && !!e.bigint;
}
function ms(e) {
  return e.type === "BooleanLiteral" || e.type === "Literal" && typeof e.value == "boolean";
}
function xe(e) {
  return e.type === "NumericLiteral" || e.type === "Literal" && typeof e.value == "number";
}
function rn(e) {
  return e.type === "RegExpLiteral" || e.type === "Literal" && !!e.regex;
}
function G(e) {
  return e?.type === "StringLiteral" || e?.type === "Literal" && typeof e.value == "string";
}
function vr(e) {
  if (e.type !== "ImportSpecifier" && e.type !== "ExportSpecifier") return false;
  let { local: t, [e.type === "ImportSpecifier" ? "imported" : "exported"]: r } = e;
  return t.type !== r.type || !Uo(t, r) ? false : G(t) ? t.value === r.value && Fe(t) === Fe(r) : t.type === "Identifier" ? t.name === r.name : false;
}
function ol(e, t) {
  return el(e) || tl(e, t) || rl(e, t) ? false : e.type === "EmptyStatement" ? or({ node: e, parent: t[0] }) : !(nl(e, t) || e.type === "TSTypeAnnotation" && t[0].type === "TSPropertySignature");
}
function il(e) {
  let t = e.type || e.kind || "(unknown type)", r = String(e.name || e.id && (typeof e.id == "object" ? e.id.name : e.id) || e.key && (typeof e.key == "object" ? e.key.name : e.key) || e.value && (typeof e.value == "object" ? "" : String(e.value)) || e.operator || "");
  return r.length > 20 && (r = r.slice(0, 19) + "\u2026"), t + (r ? " " + r : "");
}
function qo(e, t) {
  return (e.comments ?? (e.comments = [])).push(t), t.printed = false, t.nodeDescription = il(e), true;
}
function X(e, t) {
  return t.leading = true, t.trailing = false, qo(e, t);
}
function he(e, t, r) {
  return t.leading = false, t.trailing = false, r && (t.marker = r), qo(e, t);
}
function Y(e, t) {
  return t.leading = false, t.trailing = true, qo(e, t);
}
function ln(e) {
  return (t, r, n) => {
    if (r === false) return false;
    let o = !!n?.backwards, { length: i } = t, s = r;
    for (; s >= 0 && s < i; ) {
      let u = t.charAt(s);
      if (e instanceof RegExp) {
        if (!e.test(u)) return s;
      } else if (!e.includes(u)) return s;
      o ? s-- : s++;
    }
    return s === -1 || s === i ? s : false;
  };
}
function sl(e, t) {
  if (t === false) return false;
  if (e.charAt(t) === "/" && e.charAt(t + 1) === "*") {
    for (let r = t + 2; r < e.length; ++r) if (e.charAt(r) === "*" && e.charAt(r + 1) === "/") return r + 2;
  }
  return t;
}
function ul(e, t, r) {
  if (t === false) return false;
  let n = !!r?.backwards, o = e.charAt(t);
  if (n) {
    if (e.charAt(t - 1) === "\r" && o === `
`) return t - 2;
    if (Ss(o)) return t - 1;
  } else {
    if (o === "\r" && e.charAt(t + 1) === `
`) return t + 2;
    if (Ss(o)) return t + 1;
  }
  return t;
}
function al(e, t) {
  return t === false ? false : e.charAt(t) === "/" && e.charAt(t + 1) === "/" ? hs(e, t) : t;
}
function pl(e, t) {
  let r = null, n = t;
  for (; n !== r; ) r = n, n = pt(e, n), n = pr(e, n), n = cr(e, n), n = ct(e, n);
  return n;
}
function cl(e, t) {
  let r = Ht(e, t);
  return r === false ? "" : e.charAt(r);
}
function ll(e, t, r = {}) {
  let n = pt(e, r.backwards ? t - 1 : t, r), o = ct(e, n, r);
  return n !== o;
}
function ml(e, t, r) {
  for (let n = t; n < r; ++n) if (e.charAt(n) === `
`) return true;
  return false;
}
function Dl(e) {
  let t;
  return e.type === "ImportExpression" || Et(e) ? (t = [e.source], e.options && t.push(e.options)) : dt(e) ? t = [e.expression] : e.type === "DeclareClassExtendsCall" ? t = [e.argument] : t = e.arguments, t;
}
function pe(e) {
  return z(fl, e, Dl);
}
function Rr(e, t) {
  let { node: r } = e;
  r.type === "ImportExpression" || Et(r) ? (e.call(() => t(e, 0), "source"), r.options && e.call(() => t(e, 1), "options")) : dt(r) ? e.call(() => t(e, 0), "expression") : r.type === "DeclareClassExtendsCall" ? e.call(() => t(e, 0), "argument") : e.each(t, "arguments");
}
function Yo(e, t) {
  if (e.type === "ImportExpression" || Et(e)) {
    if (t === 0 || t === (e.options ? -2 : -1)) return ["source"];
    if (e.options && (t === 1 || t === -1)) return ["options"];
    throw new RangeError("Invalid argument index");
  }
  if (dt(e)) {
    if (t === 0 || t === -1) return ["expression"];
  } else if (e.type === "DeclareClassExtendsCall") {
    if (t === 0 || t === -1) return ["argument"];
  } else if (t < 0 && (t = e.arguments.length + t), t >= 0 && t < e.arguments.length) return ["arguments", t];
  throw new RangeError("Invalid argument index");
}
function dl(e) {
  return $(0, e, /[^\n]/g, " ");
}
function Cl(e, t) {
  if (t.length === 0) return e;
  let r = "", n = 0;
  for (let o of t) {
    let i = b(o), s = B(o);
    r += e.slice(n, i) + bs(e.slice(i, s)), n = s;
  }
  return r + e.slice(n);
}
function oe(e) {
  let t = e[Bs];
  return z(Fl, t, (r) => Cl(e.originalText, r));
}
function Ps(e, t) {
  let r = B(e) - 1;
  if (t.originalText[r] === ")") return r;
}
function xl(e, t) {
  if (Ps(e, t) === void 0) return;
  let n = oe(t), o = B(e.typeArguments ?? e.callee), i = n.indexOf("(", o);
  if (i !== -1) return i;
}
function Is(e, t, r) {
  let n = Ps(e, r);
  if (n === void 0 || B(t) > n) return false;
  let o = xl(e, r);
  return o === void 0 ? false : b(t) > o;
}
function mn(e) {
  return e.type === "LogicalExpression" && e.operator === "??";
}
function Ue(e) {
  return e?.type === "ObjectProperty" || e?.type === "Property" && !ze(e);
}
function Ft(e) {
  return e.value.trim() === "prettier-ignore" && !e.unignore;
}
function lr(e) {
  return z(Al, e, (t) => ce(t) && t.value[0] === "*" && /@(?:type|satisfies)\b/.test(t.value));
}
function fn({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, options: o }) {
  if ((t?.type === "ForInStatement" || t?.type === "ForOfStatement") && r === t.left && n === t.right) {
    let i = oe(o).indexOf(t.type === "ForInStatement" ? "in" : "of", B(r));
    return b(e) > i ? X(n, e) : Y(r, e), true;
  }
  if ((t?.type === "ForInStatement" || t?.type === "ForOfStatement" || t?.type === "ForStatement") && n && n === t.body) {
    let i = oe(o).lastIndexOf(")", b(n));
    if (b(e) > i) return X(n, e);
  }
  return false;
}
function Dn(e, t) {
  return e.type === "BlockStatement" ? mr(e, t) : X(e, t);
}
function mr(e, t) {
  let r;
  return e.type === "BlockStatement" || e.type === "TSModuleBlock" ? r = e.body.find(({ type: n }) => n !== "EmptyStatement") : e.type === "ClassBody" || e.type === "StructBody" || e.type === "TSInterfaceBody" ? r = e.body[0] : e.type === "RecordDeclarationBody" ? r = e.elements[0] : e.type === "ObjectTypeAnnotation" ? r = e.properties[0] : cn(e) && (r = e.members[0]), r ? X(r, t) : he(e, t), true;
}
function yn({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  return r?.type !== "IfStatement" || !n ? false : _e(o, B(e)) === ")" ? Y(t, e) : n === r.consequent ? X(n, e) : t === r.consequent && n === r.alternate ? Tl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) : false;
}
function Tl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  let s = oe(i).indexOf("else", B(r.consequent));
  return b(e) >= s ? X(n, e) : !(t.type === "BlockStatement") && Wr(e, o) && !re(o, B(t), b(e)) ? Y(t, e) : he(r, e);
}
function En({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return r?.type === "SwitchStatement" && r.cases.length === 0 && !n && t === r.discriminant && _e(o, B(e)) === "}" ? he(r, e) : false;
}
function dn({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return (r?.type === "WhileStatement" || r?.type === "WithStatement") && n ? _e(o, B(e)) === ")" ? Y(t, e) : r.body === n ? X(n, e) : false : false;
}
function Xo(e, { comment: t, text: r, options: n }) {
  if (ue(e) && Ho(t, r) && !Ft(t)) {
    let i = oe(n).slice(B(t), b(e));
    return /^[ \t]*$/.test(i);
  }
  return false;
}
function Cn(e, t) {
  return X(Xo(e, t) ? e.types[0] : e, t.comment);
}
function gl(e) {
  return [Ko, Gs, Vo, Ms, vs, Bl, yn, dn, En, Os, _s, fn, Ll, Ol, $o, Ws, _l, Ns, Rs, bl, Us, zo, Qo, Hs, Zo].some((t) => t(e));
}
function hl(e) {
  return [Ko, Vo, vs, Ms, Ws, yn, dn, En, Os, _s, fn, Rs, wl, Ml, $o, Js, Jl, Gl, Ul, Us, zo, Yl, Ys, qs, Qo, vl, Zo].some((t) => t(e));
}
function Sl(e) {
  return [Ko, Gs, Vo, yn, dn, En, fn, Ns, $o, Js, zo, Il, Pl, Rl, Ys, qs, Qo, Hs, Zo].some((t) => t(e));
}
function Vo({ comment: e, followingNode: t, enclosingNode: r }) {
  return t && lr(e) ? X(r?.type === "ConditionalExpression" && mn(t) ? t.left : t, e) : false;
}
function Os({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return r?.type !== "TryStatement" && r?.type !== "CatchClause" || !n ? false : r.type === "CatchClause" && t ? Y(t, e) : n.type === "BlockStatement" ? mr(n, e) : n.type === "TryStatement" ? Dn(n.finalizer, e) : n.type === "CatchClause" ? Dn(n.body, e) : false;
}
function Bl({ comment: e, enclosingNode: t, followingNode: r }) {
  return N(t) && r?.type === "Identifier" ? X(t, e) : false;
}
function bl({ comment: e, enclosingNode: t, followingNode: r, options: n }) {
  return !n.experimentalTernaries || !(t?.type === "ConditionalExpression" || Qe(t)) ? false : r?.type === "ConditionalExpression" || Qe(r) ? he(t, e) : false;
}
function Ms({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  let s = t && !re(o, B(t), b(e));
  return (!t || !s) && (r?.type === "ConditionalExpression" || Qe(r)) && n ? i.experimentalTernaries && r.alternate === n && !(ce(e) && !re(i.originalText, b(e), B(e))) ? he(r, e) : X(n, e) : false;
}
function _s({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, options: o }) {
  if (n && (ks(r) || pn(r) || xs(r)) && n === r.body) return mr(r.body, e);
  if (ks(r)) {
    let { decorators: i } = r;
    if (j(i) && n?.type !== "Decorator") return Y(w(0, i, -1), e);
    if (n && t) {
      let { superClass: s } = r;
      if (s && n === s && (t === r.id || t === r.typeParameters)) return Y(t, e);
      for (let u of ["implements", "extends", "mixins"]) {
        let a = r[u]?.[0];
        if (n === a) if (t === r.id || t === r.typeParameters || t === s) {
          if (oe(o).slice(B(e), b(a)).trim() === u) return Y(t, e);
        } else return he(r, e, u);
      }
    }
  }
  return false;
}
function Ns({ placement: e, comment: t, precedingNode: r, enclosingNode: n, followingNode: o, text: i }) {
  return n && r && _e(i, B(t)) === "(" && (n.type === "Property" || n.type === "TSDeclareMethod" || sn(n)) && r.type === "Identifier" && n.key === r && _e(i, B(r)) !== ":" ? Y(r, t) : ws(n) && !o && e === "remaining" ? Y(_e(i, B(t)) === "(" ? r : n, t) : r?.type === "Decorator" && ws(n) && (Ne(t) || e === "ownLine") ? Y(r, t) : false;
}
function Pl({ comment: e, precedingNode: t, enclosingNode: r, text: n }) {
  return _e(n, B(e)) !== "(" ? false : t && js(r) ? Y(t, e) : false;
}
function Il({ comment: e, enclosingNode: t, text: r }) {
  if (t?.type !== "ArrowFunctionExpression") return false;
  let n = Ht(r, B(e));
  return n !== false && r.slice(n, n + 2) === "=>" ? he(t, e, "commentBeforeArrow") : false;
}
function Ls(e, t, r) {
  let n = b(t), o = B(e);
  if (n >= o) return false;
  let i = B(t), s = b(e);
  if (i <= s) return false;
  let u = oe(r);
  return u.slice(0, b(t)).trimEnd().endsWith("(") && u.slice(B(t)).trimStart().startsWith(")");
}
function Ko({ comment: e, enclosingNode: t, options: r }) {
  if (!t) return false;
  if (Ct(t) && pe(t).length === 0 && Ls(t, e, r)) return he(t, e);
  let n = Xs(t) || kl(t) || t.type === "HookTypeAnnotation" ? t : t.type === "MethodDefinition" || sn(t) || t.type === "Property" && ze(t) ? t.value : void 0;
  return n && te(n).length === 0 && Ls(n, e, r) ? he(n, e) : false;
}
function vs({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return t?.type === "FunctionTypeParam" && (r?.type === "FunctionTypeAnnotation" || r?.type === "ConstructorTypeAnnotation" || r?.type === "HookTypeAnnotation") && n?.type !== "FunctionTypeParam" ? Y(t, e) : t?.type === "ComponentTypeParameter" && (r?.type === "DeclareComponent" || r?.type === "ComponentTypeAnnotation") && n?.type !== "ComponentTypeParameter" ? Y(t, e) : (t?.type === "Identifier" || t?.type === "AssignmentPattern" || t?.type === "ObjectPattern" || t?.type === "ArrayPattern" || t?.type === "RestElement" || an(t)) && (Xs(r) || (r?.type === "TSAbstractMethodDefinition" || r?.type === "MethodDefinition") && r.value.type === "TSEmptyBodyFunctionExpression") && _e(o, B(e)) === ")" ? Y(t, e) : (t?.type === "ComponentParameter" || t?.type === "RestElement") && (r?.type === "ComponentDeclaration" || r?.type === "DeclareComponent") && _e(o, B(e)) === ")" ? Y(t, e) : !ce(e) && n?.type === "BlockStatement" && js(r) && (r.type === "MethodDefinition" ? r.value.body : r.body) === n && Ht(o, B(e)) === b(n) ? mr(n, e) : false;
}
function Rs({ comment: e, enclosingNode: t }) {
  return t?.type === "LabeledStatement" ? X(t, e) : false;
}
function wl({ comment: e, precedingNode: t, enclosingNode: r, options: n }) {
  return Pt(r) && r.callee === t && r.arguments.length > 0 && Is(r, e, n) ? X(r.arguments[0], e) : false;
}
function Ll({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return ue(r) ? (Ft(e) && (n.prettierIgnore = true, e.unignore = true), t ? Y(t, e) : false) : (ue(n) && Ft(e) && (n.types[0].prettierIgnore = true, e.unignore = true), false);
}
function Ol({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return r && r.type === "MatchOrPattern" ? (Ft(e) && (n.prettierIgnore = true, e.unignore = true), t ? Y(t, e) : false) : (n && n.type === "MatchOrPattern" && Ft(e) && (n.types[0].prettierIgnore = true, e.unignore = true), false);
}
function Ml({ comment: e, enclosingNode: t }) {
  return Ue(t) ? X(t, e) : false;
}
function $o({ comment: e, enclosingNode: t, ast: r, isLastComment: n }) {
  return r?.body?.length === 0 ? (n ? he(r, e) : X(r, e), true) : t?.type === "Program" && t.body.length === 0 && !j(t.directives) ? (n ? he(t, e) : X(t, e), true) : false;
}
function Ws({ comment: e, precedingNode: t, enclosingNode: r, text: n }) {
  if (r?.type === "ImportSpecifier" || r?.type === "ExportSpecifier") return X(r, e);
  let o = t?.type === "ImportSpecifier" && r?.type === "ImportDeclaration", i = t?.type === "ExportSpecifier" && r?.type === "ExportNamedDeclaration";
  return (o || i) && J(n, B(e)) ? Y(t, e) : false;
}
function _l({ comment: e, enclosingNode: t }) {
  return t?.type === "AssignmentPattern" ? X(t, e) : false;
}
function Js(e) {
  let { comment: t, enclosingNode: r, followingNode: n, options: o, placement: i } = e;
  if (Nl(r) && n && i === "endOfLine" && (jl(n) || ce(t))) return Cn(n, e);
  if (nn(r) && n) {
    let s = r.id, u = oe(o).indexOf("=", B(s));
    if (b(t) >= u) return Cn(n, e);
  }
  return false;
}
function vl({ comment: e, enclosingNode: t, followingNode: r }) {
  return t?.type === "TaggedTemplateExpression" && r === t.quasi ? X(r, e) : false;
}
function Rl({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, text: o }) {
  return !n && (t?.type === "TSMethodSignature" || t?.type === "TSDeclareFunction" || sn(t)) && (!r || r !== t.returnType) && _e(o, B(e)) === ";" ? Y(t, e) : false;
}
function Gs({ comment: e, enclosingNode: t, followingNode: r }) {
  if (Ft(e) && t?.type === "TSMappedType" && r === t.key) return t.prettierIgnore = true, e.unignore = true, true;
}
function Wl(e, t, r) {
  let n = oe(r).indexOf("[", b(e));
  return B(t) < n;
}
function zo({ comment: e, enclosingNode: t, options: r }) {
  if (t?.type === "TSMappedType" && Wl(t, e, r)) return he(t, e);
}
function Jl({ comment: e, enclosingNode: t, followingNode: r }) {
  return !t || t.type !== "SwitchCase" || t.test || !r || r !== t.consequent[0] ? false : r.type === "BlockStatement" && Ne(e) ? mr(r, e) : he(t, e);
}
function Gl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return ue(t) && (ds(r) && !n || bt(r) || ue(r)) ? Y(w(0, t.types, -1), e) : false;
}
function Us({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, text: o }) {
  if (t && n && (t.type === "ObjectPattern" || t.type === "ArrayPattern") && t.typeAnnotation === n && ur(n)) return _e(o, B(e)) === (t.type === "ObjectPattern" ? "}" : "]") ? r ? Y(r, e) : he(t, e) : X(n, e);
}
function Ul({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return !n && r?.type === "UnaryExpression" && (t?.type === "LogicalExpression" || t?.type === "BinaryExpression") && re(o, b(r.argument), b(t.right)) && Wr(e, o) && !re(o, b(t.right), b(e)) ? Y(t.right, e) : false;
}
function qs(e) {
  let { enclosingNode: t, followingNode: r, comment: n, options: o, placement: i } = e;
  if (!r) return false;
  let s, u;
  switch (t?.type) {
    case "TSPropertySignature":
      s = t.key, u = t.typeAnnotation;
      break;
    case "TSMappedType":
      s = t.nameType ?? t.constraint, u = t.typeAnnotation;
      break;
    case "ObjectTypeProperty":
    case "ObjectTypeIndexer":
      s = t.key, u = t.value;
      break;
    case "ObjectTypeInternalSlot":
      s = t.id, u = t.value;
      break;
    case "ObjectTypeMappedTypeProperty":
      s = t.nameType ?? t.sourceType, u = t.propType;
      break;
    default:
      return false;
  }
  return i === "endOfLine" && (ue(r) || bt(r)) ? X(r, n) : u && ce(n) && oe(o).indexOf(":", B(s)) < b(n) ? Cn(r, e) : false;
}
function Qo({ enclosingNode: e, precedingNode: t, followingNode: r, comment: n, text: o }) {
  if (fe(e) && t === e.expression && !Wr(n, o)) return r ? X(r, n) : Y(e, n), true;
}
function ql(e, t, r) {
  let n = oe(r).lastIndexOf("=>", b(t.body));
  return B(e) < n;
}
function Yl({ comment: e, enclosingNode: t, followingNode: r, precedingNode: n, options: o }) {
  return t?.type !== "ArrowFunctionExpression" || !r || !n || ql(e, t, o) ? false : Dn(r, e);
}
function Hl(e, t) {
  let r = e;
  for (let n of t) {
    if (n.type === "AssignmentExpression" && n.right === r || n.type === "ArrowFunctionExpression" && n.body === r) {
      r = n;
      continue;
    }
    return n.type === "ExpressionStatement" && n.expression === r ? n : void 0;
  }
}
function Zo({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n }) {
  return !r && t?.type === "SequenceExpression" && n === t.expressions[0] ? X(t, e) : false;
}
function Ys({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, ancestors: o }) {
  if (!n && t && r) {
    if (t.type === "ExpressionStatement" && t.expression === r) return Y(t, e);
    let i = r.type === "AssignmentExpression";
    if (i && t.type === "AssignmentExpression" && t.right === r || r.type === "ArrowFunctionExpression" && t.type === "ArrowFunctionExpression" && t.body === r) {
      let u = Hl(t, o.slice(1));
      if (u) return Y(u, e);
    }
    let s = r.type === "SequenceExpression";
    if ((s || i) && (t.type === "ArrowFunctionExpression" && t.body === r || t.type === "VariableDeclarator" && t.init === r || t.type === "ReturnStatement" && t.argument === r || t.type === "AssignmentExpression" && t.right === r)) return Y(s ? w(0, r.expressions, -1) : r.right, e);
  }
  return false;
}
function Hs(e) {
  let { followingNode: t, comment: r } = e;
  return Xo(t, e) ? X(t.types[0], r) : false;
}
function Vl(e, { parser: t }) {
  if (t === "flow" || t === "hermes" || t === "babel-flow") return e = $(0, e, /[\s(]/g, ""), e === "" || e === "/*" || e === "/*::";
}
function F(e, t, r) {
  if (!j(e?.comments)) return false;
  let n = $s(t, r);
  return n ? e.comments.some(n) : true;
}
function ne(e, t, r) {
  if (!Array.isArray(e?.comments)) return [];
  let n = $s(t, r);
  return n ? e.comments.filter(n) : e.comments;
}
function xt(e) {
  return e?.prettierIgnore || F(e, x.PrettierIgnore);
}
function Fn(e) {
  let { node: t } = e;
  return (t.type === "FunctionExpression" || t.type === "ArrowFunctionExpression") && (e.key === "callee" && M(e.parent) || e.key === "tag" && e.parent.type === "TaggedTemplateExpression");
}
function fr(e) {
  return Kl.get(e);
}
function Jr(e, t) {
  return !(fr(t) !== fr(e) || e === "**" || zs[e] && zs[t] || t === "%" && xn[e] || e === "%" && xn[t] || t !== e && xn[t] && xn[e] || An[e] && An[t] || e === ">" && t === "<");
}
function Qs(e) {
  return !!An[e] || e === "|" || e === "^" || e === "&";
}
function De(e, t) {
  switch (e.type) {
    case "BinaryExpression":
    case "LogicalExpression":
    case "AssignmentExpression":
    case "NGPipeExpression":
      return De(e.left, t);
    case "MemberExpression":
    case "OptionalMemberExpression":
      return De(e.object, t);
    case "TaggedTemplateExpression":
      return e.tag.type === "FunctionExpression" ? false : De(e.tag, t);
    case "CallExpression":
    case "OptionalCallExpression":
      return e.callee.type === "FunctionExpression" ? false : De(e.callee, t);
    case "ConditionalExpression":
      return De(e.test, t);
    case "UpdateExpression":
      return !e.prefix && De(e.argument, t);
    case "BindExpression":
      return e.object && De(e.object, t);
    case "SequenceExpression":
      return De(e.expressions[0], t);
    case "ChainExpression":
    case "TSNonNullExpression":
    case "NonNullExpression":
    case "TSSatisfiesExpression":
    case "TSAsExpression":
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
      return De(e.expression, t);
    default:
      return t(e);
  }
}
function $l(e) {
  let { key: t, parent: r } = e;
  return t === "object" && r.type === "MemberExpression" && !r.optional || t === "callee" && r.type === "CallExpression" && !r.optional || t === "callee" && r.type === "NewExpression" || t === "tag" && r.type === "TaggedTemplateExpression" || t === "expression" && be(r);
}
function Ql(e) {
  let { node: t } = e, r = t;
  for (; be(r); ) if (r = r.expression, Zs(r)) return false;
  return zl(r) ? Zs(t) ? true : !(e.key === "expression" && be(e.parent)) : false;
}
function Zl(e) {
  return e.node.type === "ChainExpression" || Ql(e);
}
function eu(e) {
  return Zl(e) && $l(e);
}
function tu(e) {
  let { node: t } = e;
  if (t.type !== "Identifier") return false;
  if (t.extra?.parenthesized && /^PRETTIER_HTML_PLACEHOLDER_\d+_\d+_IN_JS$/.test(t.name)) return true;
  let { key: r, parent: n } = e;
  if (r === "left" && (t.name === "async" && !n.await || t.name === "let") && n.type === "ForOfStatement") return true;
  if (t.name === "let") {
    let o = e.findAncestor((i) => i.type === "ForOfStatement" || i.type === "ForInStatement");
    if (o && De(o.left, (i) => i === t)) return true;
  }
  if (r === "object" && t.name === "let" && n.type === "MemberExpression" && n.computed && !n.optional) {
    let o = e.findAncestor((i) => i.type === "ExpressionStatement" || i.type === "ForStatement" || i.type === "ForInStatement");
    if (o) {
      let i = o.type === "ExpressionStatement" ? o.expression : o.type === "ForStatement" ? o.init : o.left;
      if (De(i, (s) => s === t)) return true;
    }
  }
  if (t.name === "await") {
    let o = e.findAncestor((i) => i.type === "ExpressionStatement");
    if (o) {
      let { expression: i } = o;
      if (De(i, (s) => s === t)) return true;
    }
  }
  return !!(r === "expression" && fe(n) && em.has(t.name) && e.findAncestor((o) => !fe(o)).type === "ExpressionStatement");
}
function tm(e) {
  return e !== null && typeof e == "object";
}
function* rm(e, t) {
  let { getVisitorKeys: r, filter: n = () => true } = t, o = (i) => Tn(i) && n(i);
  for (let i of r(e)) {
    let s = e[i];
    if (Array.isArray(s)) for (let u of s) o(u) && (yield u);
    else o(s) && (yield s);
  }
}
function* nm(e, t) {
  let r = [e];
  for (let n = 0; n < r.length; n++) {
    let o = r[n];
    for (let i of rm(o, t)) yield i, r.push(i);
  }
}
function ru(e, { getVisitorKeys: t, predicate: r }) {
  for (let n of nm(e, { getVisitorKeys: t })) if (r(n)) return true;
  return false;
}
function Ur(e) {
  if (Gr !== null && typeof Gr.property) {
    let t = Gr;
    return Gr = Ur.prototype = null, t;
  }
  return Gr = Ur.prototype = e ?? /* @__PURE__ */ Object.create(null), new Ur();
}
function ei(e) {
  return Ur(e);
}
function im(e, t = "type") {
  ei(e);
  function r(n) {
    let o = n[t], i = e[o];
    if (!Array.isArray(i)) throw Object.assign(new Error(`Missing visitor keys for '${o}'.`), { node: n });
    return i;
  }
  return r;
}
function Xt(e, t) {
  return t(e) || ru(e, { getVisitorKeys: hn, predicate: t });
}
function Dr(e) {
  return e.type === "AssignmentExpression" || e.type === "BinaryExpression" || e.type === "LogicalExpression" || e.type === "NGPipeExpression" || e.type === "ConditionalExpression" || M(e) || N(e) || e.type === "SequenceExpression" || e.type === "TaggedTemplateExpression" || e.type === "BindExpression" || e.type === "UpdateExpression" && !e.prefix || fe(e) || Ge(e) || e.type === "TSInstantiationExpression";
}
function ou(e) {
  return e.expressions ? e.expressions[0] : e.left ?? e.test ?? e.callee ?? e.object ?? e.tag ?? e.argument ?? e.expression;
}
function Sn(e) {
  if (e.expressions) return ["expressions", 0];
  if (e.left) return ["left"];
  if (e.test) return ["test"];
  if (e.object) return ["object"];
  if (e.callee) return ["callee"];
  if (e.tag) return ["tag"];
  if (e.argument) return ["argument"];
  if (e.expression) return ["expression"];
  throw new Error("Unexpected node has no left side.");
}
function Ie(e, t) {
  return q(t) ? xt(t) : F(t, x.Leading, (r) => J(e, B(r)));
}
function um(e, t) {
  if (Ie(t.originalText, e) || F(e, x.Leading, (r) => re(t.originalText, b(r), B(r))) && !q(e)) return true;
  if (Dr(e)) {
    let r = e, n;
    for (; n = ou(r); ) if (r = n, Ie(t.originalText, r)) return true;
  }
  return false;
}
function Bn(e, t) {
  return z(am, e, (r) => um(r, t));
}
function we(e) {
  for (; Ge(e); ) e = e.expression;
  return e;
}
function iu(e, t, r) {
  let { node: n, key: o, parent: i } = e;
  switch (i.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "YieldExpression":
      if (cm(e, t)) return false;
      break;
    case "ParenthesizedExpression":
      return false;
    case "ClassDeclaration":
    case "ClassExpression":
    case "StructDeclaration":
      if (o === "superClass") {
        let s = we(n);
        if (s.type === "ArrowFunctionExpression" || s.type === "AssignmentExpression" || s.type === "AwaitExpression" || s.type === "BinaryExpression" || s.type === "ConditionalExpression" || s.type === "LogicalExpression" || s.type === "NewExpression" || s.type === "ObjectExpression" || s.type === "SequenceExpression" || s.type === "TaggedTemplateExpression" || s.type === "UnaryExpression" || s.type === "UpdateExpression" || s.type === "YieldExpression" || s.type === "ClassExpression" && j(s.decorators)) return true;
      }
      break;
    case "ExportDefaultDeclaration":
      if (su(e, t, r)) return true;
      break;
    case "Decorator":
      if (o === "expression" && !lm(n)) return true;
      break;
    case "TypeAnnotation":
      if (e.match(void 0, void 0, (s, u) => u === "returnType" && s.type === "ArrowFunctionExpression") && !(n.type === "NullableTypeAnnotation" && e.call(() => r(e, t), "typeAnnotation")) && mm(n)) return true;
      break;
    case "VariableDeclarator":
      if (o === "init" && e.match(void 0, void 0, (s, u) => u === "declarations" && s.type === "VariableDeclaration", (s, u) => u === "left" && s.type === "ForInStatement")) return true;
      break;
    case "BinaryExpression":
      if (!(o === "right" && n.type === "TSInstantiationExpression" && (i.operator === "instanceof" || i.operator === "in")) && pm(n)) return true;
      break;
    case "TSInstantiationExpression":
      if (o === "expression" && (n.type === "AwaitExpression" || n.type === "YieldExpression")) return true;
      break;
  }
}
function pm(e) {
  for (; e; ) if (e.type === "UnaryExpression" || e.type === "AwaitExpression" || e.type === "YieldExpression") e = e.argument;
  else if (e.type === "TSTypeAssertion") e = e.expression;
  else break;
  return e?.type === "TSInstantiationExpression";
}
function cm(e, t) {
  let { key: r, parent: n } = e;
  if (!(r === "argument" && (jt(n) || n.type === "YieldExpression"))) return false;
  let { node: o } = e;
  return !!((o.type === "SequenceExpression" || o.type === "AssignmentExpression") && Bn(o, t));
}
function su(e, t, r) {
  let { node: n, parent: o } = e;
  return n.type === "FunctionExpression" || n.type === "ClassExpression" ? o.type === "ExportDefaultDeclaration" || !r(e, t) : !Dr(n) || o.type !== "ExportDefaultDeclaration" && r(e, t) ? false : e.call(() => su(e, t, r), ...Sn(n));
}
function lm(e) {
  return e.type === "ChainExpression" && (e = e.expression), ti(e) || M(e) && !e.optional && ti(e.callee);
}
function ti(e) {
  return e.type === "Identifier" ? true : N(e) ? !e.computed && !e.optional && e.property.type === "Identifier" && ti(e.object) : false;
}
function mm(e) {
  return Xt(e, (t) => t.type === "ObjectTypeAnnotation" && Xt(t, (r) => r.type === "FunctionTypeAnnotation" || r.type === "ConstructorTypeAnnotation"));
}
function uu(e, t) {
  if (e.isRoot) return false;
  let { node: r, key: n, parent: o } = e;
  if (t.__isInHtmlInterpolation && !t.bracketSpacing && ym(r) && qr(e)) return true;
  if (fm(r)) return false;
  if (r.type === "Identifier") return tu(e);
  if (r.type === "ObjectExpression" || r.type === "FunctionExpression" || r.type === "ClassExpression" || r.type === "DoExpression" || r.type === "UnaryExpression" && r.operator === "throw") {
    let s = e.findAncestor((u) => u.type === "ExpressionStatement")?.expression;
    if (s && De(s, (u) => u === r)) return true;
  }
  if (r.type === "ObjectExpression") {
    let s = e.findAncestor((u) => u.type === "ArrowFunctionExpression")?.body;
    if (s && s.type !== "SequenceExpression" && s.type !== "AssignmentExpression" && De(s, (u) => u === r)) return true;
  }
  let i = iu(e, t, uu);
  if (typeof i == "boolean") return i;
  switch (r.type) {
    case "UpdateExpression":
      if (o.type === "UnaryExpression") return r.prefix && (r.operator === "++" && o.operator === "+" || r.operator === "--" && o.operator === "-");
    case "UnaryExpression":
      switch (o.type) {
        case "UnaryExpression":
          return r.operator === o.operator && (r.operator === "+" || r.operator === "-");
        case "BindExpression":
          return true;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "TaggedTemplateExpression":
          return true;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "BinaryExpression":
          return n === "left" && r.type === "UnaryExpression" && (o.operator === "in" || o.operator === "instanceof") ? true : n === "left" && o.operator === "**";
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
          return true;
        default:
          return false;
      }
    case "BinaryExpression":
      if (o.type === "UpdateExpression" || r.operator === "in" && Dm(e)) return true;
      if (r.operator === "|>" && r.extra?.parenthesized) {
        let s = e.grandparent;
        if (s.type === "BinaryExpression" && s.operator === "|>") return true;
      }
    case "TSTypeAssertion":
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
    case "LogicalExpression":
      switch (o.type) {
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
          return !fe(r);
        case "ConditionalExpression":
          return fe(r) || mn(r);
        case "CallExpression":
        case "NewExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ClassExpression":
        case "ClassDeclaration":
        case "StructDeclaration":
          return n === "superClass";
        case "TSTypeAssertion":
        case "TaggedTemplateExpression":
        case "JSXSpreadAttribute":
        case "SpreadElement":
        case "BindExpression":
        case "AwaitExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
        case "UpdateExpression":
          return true;
        case "UnaryExpression":
          if (!F(r)) return true;
          break;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "AssignmentExpression":
        case "AssignmentPattern":
          return n === "left" && (r.type === "TSTypeAssertion" || fe(r));
        case "LogicalExpression":
          if (r.type === "LogicalExpression") return o.operator !== r.operator;
        case "BinaryExpression": {
          let { operator: s, type: u } = r;
          if (!s && u !== "TSTypeAssertion") return true;
          let a = fr(s), l = o.operator, f = fr(l);
          return !!(f > a || n === "right" && f === a || f === a && !Jr(l, s) || f < a && s === "%" && (l === "+" || l === "-") || Qs(l));
        }
        default:
          return false;
      }
      break;
    case "SequenceExpression":
      return o.type !== "ForStatement";
    case "YieldExpression":
      if (o.type === "AwaitExpression" || o.type === "TSTypeAssertion") return true;
    case "AwaitExpression":
      switch (o.type) {
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "LogicalExpression":
        case "SpreadElement":
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "BindExpression":
          return true;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ConditionalExpression":
          return n === "test";
        case "BinaryExpression":
          return !(!r.argument && o.operator === "|>");
        default:
          return false;
      }
    case "TSFunctionType":
      if (e.match((s) => s.type === "TSFunctionType", (s, u) => u === "typeAnnotation" && s.type === "TSTypeAnnotation", (s, u) => u === "returnType" && s.type === "ArrowFunctionExpression")) return true;
    case "TSConditionalType":
    case "TSConstructorType":
    case "ConditionalTypeAnnotation":
      if (n === "extendsType" && Qe(r) && o.type === r.type || n === "constraint" && r.type === "TSConditionalType" && o.type === "TSTypeParameter" || n === "bound" && r.type === "ConditionalTypeAnnotation" && o.type === "TypeParameter" && o.usesExtendsBound || n === "checkType" && Qe(o)) return true;
      if (n === "extendsType" && o.type === "TSConditionalType") {
        let { typeAnnotation: s } = r.returnType || r.typeAnnotation;
        if (s.type === "TSTypePredicate" && s.typeAnnotation && (s = s.typeAnnotation.typeAnnotation), s.type === "TSInferType" && s.typeParameter.constraint) return true;
      }
    case "TSUnionType":
    case "TSIntersectionType":
      if (ue(o) || bt(o)) return true;
    case "TSInferType":
      if (r.type === "TSInferType") {
        if (o.type === "TSRestType") return false;
        if (n === "types" && (o.type === "TSUnionType" || o.type === "TSIntersectionType") && r.typeParameter.type === "TSTypeParameter" && r.typeParameter.constraint) return true;
      }
    case "TSTypeOperator":
      return o.type === "TSArrayType" || Yt(o) || o.type === "TSRestType" || n === "objectType" && o.type === "TSIndexedAccessType" || o.type === "TSTypeOperator" || o.type === "TSTypeAnnotation" && e.grandparent.type.startsWith("TSJSDoc");
    case "TSTypeQuery":
      return n === "objectType" && o.type === "TSIndexedAccessType" || n === "elementType" && o.type === "TSArrayType";
    case "TypeOperator":
      return o.type === "ArrayTypeAnnotation" || o.type === "NullableTypeAnnotation" || Yt(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType") || o.type === "TypeOperator";
    case "TypeofTypeAnnotation":
    case "KeyofTypeAnnotation":
      return n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType") || n === "elementType" && o.type === "ArrayTypeAnnotation" || r.type === "KeyofTypeAnnotation" && Yt(o);
    case "ArrayTypeAnnotation":
      return o.type === "NullableTypeAnnotation";
    case "IntersectionTypeAnnotation":
    case "UnionTypeAnnotation":
      return o.type === "TypeOperator" || o.type === "KeyofTypeAnnotation" || o.type === "ArrayTypeAnnotation" || o.type === "NullableTypeAnnotation" || o.type === "IntersectionTypeAnnotation" || o.type === "UnionTypeAnnotation" || Yt(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType");
    case "InferTypeAnnotation":
    case "NullableTypeAnnotation":
      if (o.type === "ArrayTypeAnnotation" || Yt(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType")) return true;
      break;
    case "ComponentTypeAnnotation":
    case "ConstructorTypeAnnotation":
    case "FunctionTypeAnnotation": {
      if (r.type === "ComponentTypeAnnotation" && (r.rendersType === null || r.rendersType === void 0)) return false;
      if (e.match(void 0, (u, a) => a === "typeAnnotation" && u.type === "TypeAnnotation", (u, a) => a === "returnType" && u.type === "ArrowFunctionExpression") || e.match(void 0, (u, a) => a === "typeAnnotation" && u.type === "NullableTypeAnnotation", (u, a) => a === "typeAnnotation" && u.type === "TypeAnnotation", (u, a) => a === "returnType" && u.type === "ArrowFunctionExpression") || e.match(void 0, (u, a) => a === "typeAnnotation" && u.type === "TypePredicate", (u, a) => a === "typeAnnotation" && u.type === "TypeAnnotation", (u, a) => a === "returnType" && u.type === "ArrowFunctionExpression")) return true;
      let s = o.type === "NullableTypeAnnotation" ? e.grandparent : o;
      return s.type === "UnionTypeAnnotation" || s.type === "IntersectionTypeAnnotation" || s.type === "ArrayTypeAnnotation" || Yt(s) || n === "objectType" && (s.type === "IndexedAccessType" || s.type === "OptionalIndexedAccessType") || n === "checkType" && o.type === "ConditionalTypeAnnotation" || n === "extendsType" && o.type === "ConditionalTypeAnnotation" && r.returnType?.type === "InferTypeAnnotation" && r.returnType.typeParameter.bound || s.type === "NullableTypeAnnotation" || o.type === "FunctionTypeParam" && o.name === null && te(r).some((u) => u.typeAnnotation?.type === "NullableTypeAnnotation");
    }
    case "OptionalIndexedAccessType":
      return n === "objectType" && o.type === "IndexedAccessType";
    case "StringLiteral":
    case "NumericLiteral":
    case "Literal":
      if (typeof r.value == "string" && o.type === "ExpressionStatement" && typeof o.directive != "string") {
        let s = e.grandparent;
        return s.type === "Program" || s.type === "BlockStatement";
      }
      return n === "object" && N(o) && xe(r);
    case "AssignmentExpression":
      return !((n === "init" || n === "update") && o.type === "ForStatement" || n === "expression" && r.left.type !== "ObjectPattern" && o.type === "ExpressionStatement" || n === "key" && o.type === "TSPropertySignature" || o.type === "AssignmentExpression" || n === "expressions" && o.type === "SequenceExpression" && e.match(void 0, void 0, (s, u) => (u === "init" || u === "update") && s.type === "ForStatement") || n === "value" && o.type === "Property" && e.match(void 0, void 0, (s, u) => u === "properties" && s.type === "ObjectPattern") || o.type === "NGChainedExpression" || n === "node" && o.type === "JsExpressionRoot");
    case "ConditionalExpression":
      switch (o.type) {
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "SpreadElement":
        case "BinaryExpression":
        case "LogicalExpression":
        case "NGPipeExpression":
        case "AwaitExpression":
        case "JSXSpreadAttribute":
        case "TSTypeAssertion":
        case "TypeCastExpression":
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
          return true;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ConditionalExpression":
          return t.experimentalTernaries ? false : n === "test";
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        default:
          return false;
      }
    case "FunctionExpression":
      switch (o.type) {
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "TaggedTemplateExpression":
          return true;
        case "ExportDefaultDeclaration":
          return n === "declaration";
        default:
          return false;
      }
    case "ArrowFunctionExpression":
      switch (o.type) {
        case "BinaryExpression":
          return o.operator !== "|>" || r.extra?.parenthesized;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "BindExpression":
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "LogicalExpression":
        case "AwaitExpression":
        case "TSTypeAssertion":
        case "MatchExpressionCase":
          return true;
        case "TSInstantiationExpression":
          return n === "expression";
        case "ConditionalExpression":
          return n === "test";
        default:
          return false;
      }
    case "ClassExpression":
      switch (o.type) {
        case "NewExpression":
          return n === "callee";
        case "ExportDefaultDeclaration":
          return n === "declaration";
        default:
          return false;
      }
    case "OptionalMemberExpression":
    case "OptionalCallExpression":
    case "ChainExpression":
    case "TSNonNullExpression":
    case "NonNullExpression":
      if (eu(e)) return true;
    case "CallExpression":
    case "MemberExpression":
    case "TaggedTemplateExpression":
    case "ImportExpression":
      if (n === "callee" && (o.type === "BindExpression" || o.type === "NewExpression")) {
        let s = r;
        for (; s; ) switch (s.type) {
          case "CallExpression":
          case "ImportExpression":
            return true;
          case "MemberExpression":
          case "OptionalMemberExpression":
          case "BindExpression":
            s = s.object;
            break;
          case "TaggedTemplateExpression":
            s = s.tag;
            break;
          case "TSNonNullExpression":
          case "NonNullExpression":
            s = s.expression;
            break;
          default:
            return false;
        }
      }
      return false;
    case "BindExpression":
      return n === "callee" && (o.type === "BindExpression" || o.type === "NewExpression") || n === "object" && N(o);
    case "NGPipeExpression":
      return !(o.type === "NGRoot" || o.type === "NGMicrosyntaxExpression" || o.type === "ObjectProperty" && !r.extra?.parenthesized || V(o) || n === "arguments" && M(o) || n === "right" && o.type === "NGPipeExpression" || n === "property" && o.type === "MemberExpression" || o.type === "AssignmentExpression");
    case "JSXFragment":
    case "JSXElement":
      return n === "callee" || n === "left" && o.type === "BinaryExpression" && o.operator === "<" || !V(o) && o.type !== "ArrowFunctionExpression" && o.type !== "AssignmentExpression" && o.type !== "AssignmentPattern" && o.type !== "BinaryExpression" && o.type !== "ConditionalExpression" && o.type !== "ExpressionStatement" && o.type !== "JsExpressionRoot" && o.type !== "JSXAttribute" && o.type !== "JSXElement" && o.type !== "JSXExpressionContainer" && o.type !== "JSXFragment" && o.type !== "LogicalExpression" && !Pt(o) && !Ue(o) && !jt(o) && o.type !== "TypeCastExpression" && o.type !== "VariableDeclarator" && o.type !== "YieldExpression" && o.type !== "MatchExpressionCase" && !(n === "declaration" && o.type === "ExportDefaultDeclaration");
    case "TSInstantiationExpression":
      if (n === "object" && N(o) || n === "callee" && o.type === "CallExpression" || n === "callee" && o.type === "NewExpression" || n === "tag" && o.type === "TaggedTemplateExpression" || n === "expression" && (be(o) || o.type === "TSInstantiationExpression") || n === "superClass" && (ar(o) || o.type === "StructDeclaration")) return true;
      break;
    case "MatchOrPattern":
      return o.type === "MatchAsPattern";
  }
  return false;
}
function Dm(e) {
  let t = 0, { node: r } = e;
  for (; r; ) {
    let n = e.getParentNode(t++);
    if (n?.type === "ForStatement" && n.init === r) return true;
    r = n;
  }
  return false;
}
function ym(e) {
  return ae(e);
}
function qr(e) {
  let { parent: t, key: r } = e;
  switch (t.type) {
    case "NGPipeExpression":
      if (r === "arguments" && e.isLast) return e.callParent(qr);
      break;
    case "ObjectProperty":
      if (r === "value") return e.callParent(() => e.key === "properties" && e.isLast);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      if (r === "right") return e.callParent(qr);
      break;
    case "ConditionalExpression":
      if (r === "alternate") return e.callParent(qr);
      break;
    case "UnaryExpression":
      if (t.prefix && e.callParent(qr)) return true;
      break;
  }
  return false;
}
function Em(e) {
  if (typeof e == "string") return Ze;
  if (Array.isArray(e)) return je;
  if (!e) return;
  let { type: t } = e;
  if (bn.has(t)) return t;
}
function Cm(e) {
  let t = e === null ? "null" : typeof e;
  if (t !== "string" && t !== "object") return `Unexpected doc '${t}', 
Expected it to be 'string' or 'object'.`;
  if (He(e)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(e);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = dm([...bn].map((o) => `'${o}'`));
  return `Unexpected doc.type '${e.type}'.
Expected it to be ${n}.`;
}
function Fm(e, t, r, n) {
  let o = [e];
  for (; o.length > 0; ) {
    let i = o.pop();
    if (i === au) {
      r(o.pop());
      continue;
    }
    r && o.push(i, au);
    let s = He(i);
    if (!s) throw new Rt(i);
    if (t?.(i) !== false) switch (s) {
      case je:
      case qe: {
        let u = s === je ? i : i.parts;
        for (let a = u.length, l = a - 1; l >= 0; --l) o.push(u[l]);
        break;
      }
      case ve:
        o.push(i.flatContents, i.breakContents);
        break;
      case Se:
        if (n && i.expandedStates) for (let u = i.expandedStates.length, a = u - 1; a >= 0; --a) o.push(i.expandedStates[a]);
        else o.push(i.contents);
        break;
      case tt:
      case et:
      case rt:
      case Re:
      case nt:
        o.push(i.contents);
        break;
      case Ze:
      case lt:
      case mt:
      case Ve:
      case Ae:
      case Ye:
        break;
      default:
        throw new Rt(i);
    }
  }
}
function It(e, t) {
  if (typeof e == "string") return t(e);
  let r = /* @__PURE__ */ new Map();
  return n(e);
  function n(i) {
    return z(r, i, o);
  }
  function o(i) {
    switch (He(i)) {
      case je:
        return t(i.map(n));
      case qe:
        return t({ ...i, parts: i.parts.map(n) });
      case ve:
        return t({ ...i, breakContents: n(i.breakContents), flatContents: n(i.flatContents) });
      case Se: {
        let { expandedStates: s, contents: u } = i;
        return s ? (s = s.map(n), u = s[0]) : u = n(u), t({ ...i, contents: u, expandedStates: s });
      }
      case tt:
      case et:
      case rt:
      case Re:
      case nt:
        return t({ ...i, contents: n(i.contents) });
      case Ze:
      case lt:
      case mt:
      case Ve:
      case Ae:
      case Ye:
        return t(i);
      default:
        throw new Rt(i);
    }
  }
}
function cu(e, t, r) {
  let n = r, o = false;
  function i(s) {
    if (o) return false;
    let u = t(s);
    u !== void 0 && (o = true, n = u);
  }
  return Pn(e, i), n;
}
function xm(e) {
  if (e.type === Se && e.break || e.type === Ae && e.hard || e.type === Ye) return true;
}
function le(e) {
  return cu(e, xm, false);
}
function pu(e) {
  if (e.length > 0) {
    let t = w(0, e, -1);
    !t.expandedStates && !t.break && (t.break = "propagated");
  }
  return null;
}
function lu(e) {
  let t = /* @__PURE__ */ new Set(), r = [];
  function n(i) {
    if (i.type === Ye && pu(r), i.type === Se) {
      if (r.push(i), t.has(i)) return false;
      t.add(i);
    }
  }
  function o(i) {
    i.type === Se && r.pop().break && pu(r);
  }
  Pn(e, n, o, true);
}
function Am(e) {
  return e.type === Ae && !e.hard ? e.soft ? "" : " " : e.type === ve ? e.flatContents : e;
}
function Vt(e) {
  return It(e, Am);
}
function Tm(e) {
  switch (He(e)) {
    case qe: {
      let { parts: t } = e;
      if (t.every((r) => r === "")) return "";
      if (t.length === 1) return t[0];
      break;
    }
    case Se:
      if (!e.contents && !e.id && !e.break && !e.expandedStates) return "";
      if (e.contents.type === Se && e.contents.id === e.id && e.contents.break === e.break && e.contents.expandedStates === e.expandedStates) return e.contents;
      break;
    case tt:
    case et:
    case rt:
    case nt:
      if (!e.contents) return "";
      break;
    case ve:
      if (!e.flatContents && !e.breakContents) return "";
      break;
    case je: {
      let t = [];
      for (let r of e) {
        if (!r) continue;
        let [n, ...o] = Array.isArray(r) ? r : [r];
        typeof n == "string" && typeof w(0, t, -1) == "string" ? t[t.length - 1] += n : t.push(n), t.push(...o);
      }
      return t.length === 0 ? "" : t.length === 1 ? t[0] : t;
    }
    case Ze:
    case lt:
    case mt:
    case Ve:
    case Ae:
    case Re:
    case Ye:
      break;
    default:
      throw new Rt(e);
  }
  return e;
}
function yr(e) {
  return It(e, (t) => Tm(t));
}
function Ke(e, t = Er) {
  return It(e, (r) => typeof r == "string" ? L(t, r.split(`
`)) : r);
}
function gm(e) {
  if (e.type === Ae) return true;
}
function mu(e) {
  return cu(e, gm, false);
}
function In(e, t) {
  return e.type === Re ? { ...e, contents: t(e.contents) } : t(e);
}
function fu(e) {
  let t = true;
  return Pn(e, (r) => {
    switch (He(r)) {
      case Ze:
        if (r === "") break;
      case mt:
      case Ve:
      case Ae:
      case Ye:
        return t = false, false;
    }
  }), t;
}
function D(e) {
  return Be(e), { type: et, contents: e };
}
function ye(e, t) {
  return yu(e), Be(t), { type: tt, contents: t, n: e };
}
function Eu(e) {
  return ye(Number.NEGATIVE_INFINITY, e);
}
function du(e) {
  return ye({ type: "root" }, e);
}
function wn(e) {
  return ye(-1, e);
}
function Cu(e, t, r) {
  Be(e);
  let n = e;
  if (t > 0) {
    for (let o = 0; o < Math.floor(t / r); ++o) n = D(n);
    n = ye(t % r, n), n = ye(Number.NEGATIVE_INFINITY, n);
  }
  return n;
}
function Ln(e) {
  return Du(e), { type: qe, parts: e };
}
function p(e, t = {}) {
  return Be(e), kn(t.expandedStates, true), { type: Se, id: t.id, contents: e, break: !!t.shouldBreak, expandedStates: t.expandedStates };
}
function ft(e, t) {
  return p(e[0], { ...t, expandedStates: e });
}
function O(e, t = "", r = {}) {
  return Be(e), t !== "" && Be(t), { type: ve, breakContents: e, flatContents: t, groupId: r.groupId };
}
function kt(e, t) {
  return Be(e), { type: rt, contents: e, groupId: t.groupId, negate: t.negate };
}
function L(e, t) {
  Be(e), kn(t);
  let r = [];
  for (let n = 0; n < t.length; n++) n !== 0 && r.push(e), r.push(t[n]);
  return r;
}
function At(e, t) {
  return Be(t), e ? { type: Re, label: e, contents: t } : t;
}
function oi(e) {
  return Be(e), { type: nt, contents: e };
}
function Fu(e) {
  return e === Sm ? bm : e === Bm ? Pm : km;
}
function Om(e) {
  let t = e[0], r = e[1];
  for (let n = 0; n < e.length; n += 2) {
    let o = e[n], i = e[n + 1];
    if (Bu >= o && Bu <= i) return [o, i];
    i - o > r - t && (t = o, r = i);
  }
  return [t, r];
}
function jm(e) {
  if (!e) return 0;
  if (!_m.test(e)) return e.length;
  let t = 0;
  e = e.replace(xu(), (r) => (t += bu(r) ? 1 : 2, ""));
  for (let r of e) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || Nm.test(r) || (t += On(n) || ui(n) ? 2 : 1);
  }
  return t;
}
function Pu(e, t, r) {
  let n = t.type === 1 ? e.queue.slice(0, -1) : [...e.queue, t], o = "", i = 0, s = 0, u = 0;
  for (let y of n) switch (y.type) {
    case 0:
      f(), r.useTabs ? a(1) : l(r.tabWidth);
      break;
    case 3: {
      let { string: h } = y;
      f(), o += h, i += h.length;
      break;
    }
    case 2: {
      let { width: h } = y;
      s += 1, u += h;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${y.type}'.`);
  }
  return C(), { ...e, value: o, length: i, queue: n };
  function a(y) {
    o += "	".repeat(y), i += r.tabWidth * y;
  }
  function l(y) {
    o += " ".repeat(y), i += y;
  }
  function f() {
    r.useTabs ? m() : C();
  }
  function m() {
    s > 0 && a(s), g();
  }
  function C() {
    u > 0 && l(u), g();
  }
  function g() {
    s = 0, u = 0;
  }
}
function Iu(e, t, r) {
  if (!t) return e;
  if (t.type === "root") return { ...e, root: e };
  if (t === Number.NEGATIVE_INFINITY) return e.root;
  let n;
  return typeof t == "number" ? t < 0 ? n = Rm : n = { type: 2, width: t } : n = { type: 3, string: t }, Pu(e, n, r);
}
function ku(e, t) {
  return Pu(e, vm, t);
}
function Wm(e) {
  let t = 0;
  for (let r = e.length - 1; r >= 0; r--) {
    let n = e[r];
    if (n === " " || n === "	") t++;
    else break;
  }
  return t;
}
function Mn(e) {
  let t = Wm(e);
  return { text: t === 0 ? e : e.slice(0, e.length - t), count: t };
}
function _n(e, t, r, n, o, i) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let s = t.length, u = false, a = [e], l = "";
  for (; r >= 0; ) {
    if (a.length === 0) {
      if (s === 0) return true;
      a.push(t[--s]);
      continue;
    }
    let { mode: f, doc: m } = a.pop(), C = He(m);
    switch (C) {
      case Ze:
        m && (u && (l += " ", r -= 1, u = false), l += m, r -= Tt(m));
        break;
      case je:
      case qe: {
        let g = C === je ? m : m.parts, y = m[ci] ?? 0;
        for (let h = g.length - 1; h >= y; h--) a.push({ mode: f, doc: g[h] });
        break;
      }
      case et:
      case tt:
      case rt:
      case Re:
        a.push({ mode: f, doc: m.contents });
        break;
      case mt: {
        let { text: g, count: y } = Mn(l);
        l = g, r += y;
        break;
      }
      case Se: {
        if (i && m.break) return false;
        let g = m.break ? ot : f, y = m.expandedStates && g === ot ? w(0, m.expandedStates, -1) : m.contents;
        a.push({ mode: g, doc: y });
        break;
      }
      case ve: {
        let y = (m.groupId ? o[m.groupId] || gt : f) === ot ? m.breakContents : m.flatContents;
        y && a.push({ mode: f, doc: y });
        break;
      }
      case Ae:
        if (f === ot || m.hard) return true;
        m.soft || (u = true);
        break;
      case nt:
        n = true;
        break;
      case Ve:
        if (n) return false;
        break;
    }
  }
  return false;
}
function li(e, t) {
  let r = /* @__PURE__ */ Object.create(null), n = t.printWidth, o = Fu(t.endOfLine), i = 0, s = [{ indent: ai, mode: ot, doc: e }], u = false, a = [], l = new wu();
  for (lu(e); s.length > 0; ) {
    let { indent: y, mode: h, doc: A } = s.pop();
    switch (He(A)) {
      case Ze: {
        let k = o !== `
` ? $(0, A, `
`, o) : A;
        k && (l.write(k), s.length > 0 && (i += Tt(k)));
        break;
      }
      case je:
        for (let k = A.length - 1; k >= 0; k--) s.push({ indent: y, mode: h, doc: A[k] });
        break;
      case lt:
        l.markPosition();
        break;
      case et:
        s.push({ indent: ku(y, t), mode: h, doc: A.contents });
        break;
      case tt:
        s.push({ indent: Iu(y, A.n, t), mode: h, doc: A.contents });
        break;
      case mt:
        i -= l.trim();
        break;
      case Se: {
        let k = (function() {
          if (h === gt && !u) return { indent: y, mode: A.break ? ot : gt, doc: A.contents };
          u = false;
          let P = n - i, U = a.length > 0, H = { indent: y, mode: gt, doc: A.contents };
          if (!A.break && _n(H, s, P, U, r)) return H;
          if (!A.expandedStates) return { indent: y, mode: ot, doc: A.contents };
          if (!A.break) for (let me = 1; me < A.expandedStates.length - 1; me++) {
            let de = { indent: y, mode: gt, doc: A.expandedStates[me] };
            if (_n(de, s, P, U, r)) return de;
          }
          return { indent: y, mode: ot, doc: w(0, A.expandedStates, -1) };
        })();
        s.push(k), A.id && (r[A.id] = k.mode);
        break;
      }
      case qe: {
        let k = n - i, I = A[ci] ?? 0, { parts: P } = A, U = P.length - I;
        if (U === 0) break;
        let H = P[I + 0], me = P[I + 1], de = { indent: y, mode: gt, doc: H }, ee = { indent: y, mode: ot, doc: H }, Te = _n(de, [], k, a.length > 0, r, true);
        if (U === 1) {
          Te ? s.push(de) : s.push(ee);
          break;
        }
        let Ce = { indent: y, mode: gt, doc: me }, St = { indent: y, mode: ot, doc: me };
        if (U === 2) {
          Te ? s.push(Ce, de) : s.push(St, ee);
          break;
        }
        let Mt = P[I + 2], _ = { indent: y, mode: h, doc: { ...A, [ci]: I + 2 } }, Me = _n({ indent: y, mode: gt, doc: [H, me, Mt] }, [], k, a.length > 0, r, true);
        s.push(_), Me ? s.push(Ce, de) : Te ? s.push(St, de) : s.push(St, ee);
        break;
      }
      case ve:
      case rt: {
        let k = A.groupId ? r[A.groupId] : h;
        if (k === ot) {
          let I = A.type === ve ? A.breakContents : A.negate ? A.contents : D(A.contents);
          I && s.push({ indent: y, mode: h, doc: I });
        }
        if (k === gt) {
          let I = A.type === ve ? A.flatContents : A.negate ? D(A.contents) : A.contents;
          I && s.push({ indent: y, mode: h, doc: I });
        }
        break;
      }
      case nt:
        a.push({ indent: y, mode: h, doc: A.contents });
        break;
      case Ve:
        a.length > 0 && s.push({ indent: y, mode: h, doc: ni });
        break;
      case Ae:
        switch (h) {
          case gt:
            if (!A.hard) {
              A.soft || (l.write(" "), i += 1);
              break;
            }
            u = true;
          case ot:
            if (a.length > 0) {
              s.push({ indent: y, mode: h, doc: A }, ...a.reverse()), a.length = 0;
              break;
            }
            A.literal ? (l.write(o), i = 0, y.root && (y.root.value && l.write(y.root.value), i = y.root.length)) : (l.trim(), l.write(o + y.value), i = y.length);
            break;
        }
        break;
      case Re:
        s.push({ indent: y, mode: h, doc: A.contents });
        break;
      case Ye:
        break;
      default:
        throw new Rt(A);
    }
    s.length === 0 && a.length > 0 && (s.push(...a.reverse()), a.length = 0);
  }
  let { text: f, positions: m } = l.finish();
  if (m.length !== 2) return { formatted: f };
  let [C, g] = m;
  return { formatted: f, cursorNodeStart: C, cursorNodeText: f.slice(C, g) };
}
function dr(e) {
  return (e.type === "ObjectTypeProperty" || e.type === "ObjectTypeInternalSlot") && !e.static && !e.method && e.kind !== "get" && e.kind !== "set" && e.value.type === "FunctionTypeAnnotation";
}
function Jm(e, t) {
  let r = null, n = t;
  for (; n !== r; ) r = n, n = gs(e, n), n = pr(e, n), n = pt(e, n);
  return n = cr(e, n), n = ct(e, n), n !== false && J(e, n);
}
function Um({ type: e }) {
  return e.startsWith("TS") && e.endsWith("Keyword");
}
function Cr(e) {
  return jn(e) || Nn(e) || Lu(e) || (e.type === "GenericTypeAnnotation" || e.type === "TSTypeReference") && !e.typeArguments;
}
function Ou(e) {
  return e.type === "TypeAnnotation" && e.typeAnnotation.type === "FunctionTypeAnnotation" && !e.static && !Nt(e, e.typeAnnotation);
}
function qm(e, t) {
  let r = t.split(".");
  for (let n = r.length - 1; n >= 0; n--) {
    let o = r[n];
    if (n === 0) return e.type === "Identifier" && e.name === o;
    if (n === 1 && e.type === "MetaProperty" && e.property.type === "Identifier" && e.property.name === o) {
      e = e.meta;
      continue;
    }
    if (e.type === "MemberExpression" && !e.optional && !e.computed && e.property.type === "Identifier" && e.property.name === o) {
      e = e.object;
      continue;
    }
    return false;
  }
}
function Fr(e, t) {
  return t.some((r) => qm(e, r));
}
function Hm(e) {
  return Fr(e, Ym);
}
function Xm(e) {
  return e.type === "Identifier" && (e.name === "beforeEach" || e.name === "beforeAll" || e.name === "afterEach" || e.name === "afterAll");
}
function mi(e) {
  return M(e) && e.callee.type === "Identifier" && ["async", "inject", "fakeAsync", "waitForAsync"].includes(e.callee.name);
}
function Vm(e) {
  return e.type === "FunctionExpression" || e.type === "ArrowFunctionExpression" && e.body.type === "BlockStatement";
}
function $t(e, t) {
  if (e?.type !== "CallExpression" || e.optional) return false;
  let r = pe(e);
  if (r.some((n) => F(n))) return false;
  if (r.length === 1) {
    if (mi(e) && $t(t)) return vt(r[0]);
    if (Xm(e.callee)) return mi(r[0]);
  } else if ((r.length === 2 || r.length === 3) && (r[0].type === "TemplateLiteral" || G(r[0])) && Hm(e.callee)) return r[2] && !xe(r[2]) ? false : (r.length === 2 ? vt(r[1]) : Vm(r[1]) && te(r[1]).length <= 1) || mi(r[1]);
  return false;
}
function Km(e, t) {
  let r = t - 1;
  r = pt(e, r, { backwards: true }), r = ct(e, r, { backwards: true }), r = pt(e, r, { backwards: true });
  let n = ct(e, r, { backwards: true });
  return r !== n;
}
function Di(e, t) {
  let r = e.node;
  return r.printed = true, t.printer.printComment(e, t);
}
function $m(e, t) {
  let r = e.node, n = [Di(e, t)], { printer: o, originalText: i, locStart: s, locEnd: u } = t;
  if (o.isBlockComment?.(r)) {
    let f = " ";
    J(i, u(r)) && (J(i, s(r), { backwards: true }) ? f = d : f = T), n.push(f);
  } else n.push(d);
  let l = ct(i, pt(i, u(r)));
  return l !== false && J(i, l) && n.push(d), n;
}
function zm(e, t, r) {
  let n = e.node, o = Di(e, t), { printer: i, originalText: s, locStart: u } = t, a = i.isBlockComment?.(n);
  if (r?.hasLineSuffix && !r?.isBlock || J(s, u(n), { backwards: true })) {
    let l = Hr(s, u(n));
    return { doc: oi([d, l ? d : "", o]), isBlock: a, hasLineSuffix: true };
  }
  return !a || r?.hasLineSuffix ? { doc: [oi([" ", o]), We], isBlock: a, hasLineSuffix: true } : { doc: [" ", o], isBlock: a, hasLineSuffix: false };
}
function R(e, t, r = {}) {
  let { originalText: n, locStart: o } = t, { indent: i = false, marker: s, filter: u = fi, separator: a = ({ comment: C }) => Hr(n, o(C)) ? [d, d] : d } = r, l = new Set(e.node?.comments?.filter((C) => !(C.leading || C.trailing || C.marker !== s || !u(C))));
  if (l.size === 0) return "";
  let f = [], m;
  return e.each(({ node: C }) => {
    l.has(C) && (m && f.push(typeof a == "function" ? a({ previous: m, comment: C }) : a), f.push(Di(e, t)), m = C);
  }, "comments"), i ? D([d, f]) : f;
}
function vn(e, t, r) {
  let n = t[/* @__PURE__ */ Symbol.for("printedComments")], o = r?.filter ?? fi, i = new Set(e.node?.comments?.filter((s) => !n?.has(s) && s.leading && o(s)));
  return i.size === 0 ? "" : e.map(({ node: s }) => i.has(s) ? $m(e, t) : "", "comments").filter(Boolean);
}
function Mu(e, t, r) {
  let n = e.node?.comments, o = new Set(n?.filter((f) => f.trailing)), i = t[/* @__PURE__ */ Symbol.for("printedComments")], s = r?.filter ?? fi, u = new Set(n?.filter((f) => o.has(f) && !i?.has(f) && s(f)));
  if (u.size === 0) return "";
  let a = [], l;
  return e.each(({ node: f }) => {
    o.has(f) && (l = zm(e, t, l), u.has(f) && a.push(l.doc));
  }, "comments"), a;
}
function Rn(e, t, r) {
  return { leading: vn(e, t, r), trailing: Mu(e, t, r) };
}
function Z(e, t, r, n) {
  let o = vn(e, r, n), i = Mu(e, r, n);
  return o || i ? In(t, (s) => [o, s, i]) : t;
}
function Wn(e, t = "es5") {
  return e.trailingComma === "es5" && t === "es5" || e.trailingComma === "all" && (t === "all" || t === "es5");
}
function K(e) {
  let { node: t } = e;
  return !t.optional || t.type === "Identifier" && t === e.parent.key ? "" : M(t) || N(t) && t.computed || t.type === "OptionalIndexedAccessType" ? "?." : "?";
}
function Jn(e) {
  return e.node.definite || e.match(void 0, (t, r) => r === "id" && t.type === "VariableDeclarator" && t.definite) ? "!" : "";
}
function Q(e) {
  return Zm(e) ? "declare " : "";
}
function Wt({ node: e }) {
  return e.abstract || ef(e) ? "abstract " : "";
}
function Lt(e) {
  let t = e.accessibility ?? e.tsAccessibility;
  return t ? t + " " : "";
}
function tf(e) {
  return F(e) || !_u(e) ? false : (e = e.argument, e = _u(e) ? e.argument : e, e.type === "LogicalExpression");
}
function xr(e, t, r) {
  let { node: n } = e, o = n.type === "WithStatement" ? "object" : "test", i = r(o);
  return tf(n[o]) ? i : p([D([E, i]), E]);
}
function Jt(e, t, r) {
  let { node: n } = e;
  return F(n, x.Dangling, r) ? [D([E, R(e, t, { filter: r })]), F(n, x.Dangling | x.Line, r) ? d : E] : "";
}
function Le(e, t = "es5") {
  return Wn(e, t) ? O(",") : "";
}
function v(e) {
  return e.semi ? ";" : "";
}
function $e(e, t, r, n, o) {
  let i = e.node, s = te(i), u = o && i.typeParameters ? r("typeParameters") : "";
  if (s.length === 0) return [u, "(", Jt(e, t, rf), ")"];
  let { parent: a } = e, l = $t(a), f = Nu(i), m = [];
  if (ss(e, (y, h) => {
    let A = h === s.length - 1;
    A && i.rest && m.push("..."), m.push(r()), !A && (m.push(","), l || f ? m.push(" ") : Ee(s[h], t) ? m.push(d, d) : m.push(T));
  }), n && !of(e)) {
    if (le(u) || le(m)) throw new wt();
    return p([Vt(u), "(", Vt(m), ")"]);
  }
  let C = s.every((y) => !j(y.decorators));
  return f && C ? [u, "(", ...m, ")"] : l ? [u, "(", ...m, ")"] : i.type !== "ConstructorTypeAnnotation" && (dr(a) || Ou(a) || a.type === "TypeAlias" || a.type === "UnionTypeAnnotation" || a.type === "IntersectionTypeAnnotation" || a.type === "FunctionTypeAnnotation" && a.returnType === i) && s.length === 1 && s[0].name === null && i.this !== s[0] && s[0].typeAnnotation && i.typeParameters === null && Cr(s[0].typeAnnotation) && !i.rest ? t.arrowParens === "always" || i.type === "HookTypeAnnotation" ? ["(", ...m, ")"] : m : [u, "(", D([E, ...m]), !us(i) && e.root.type !== "NGRoot" ? Le(t, "all") : "", E, ")"];
}
function Nu(e) {
  if (!e) return false;
  let t = te(e);
  if (t.length !== 1) return false;
  let [r] = t;
  return !F(r) && (r.type === "ObjectPattern" || r.type === "ArrayPattern" || r.type === "Identifier" && ur(r.typeAnnotation) && Xe(r.typeAnnotation.typeAnnotation) || r.type === "FunctionTypeParam" && Xe(r.typeAnnotation) && r !== e.rest || r.type === "AssignmentPattern" && (r.left.type === "ObjectPattern" || r.left.type === "ArrayPattern") && (r.right.type === "Identifier" || ae(r.right) && r.right.properties.length === 0 || V(r.right) && r.right.elements.length === 0));
}
function nf(e) {
  let t;
  return e.returnType ? (t = e.returnType, t.typeAnnotation && (t = t.typeAnnotation)) : e.typeAnnotation && (t = e.typeAnnotation), t;
}
function Ot(e, t) {
  let r = nf(e);
  if (!r) return false;
  let n = e.typeParameters?.params;
  if (n) {
    if (n.length > 1) return false;
    if (n.length === 1) {
      let o = n[0];
      if (o.constraint || o.default) return false;
    }
  }
  return te(e).length === 1 && (Xe(r) || le(t));
}
function of(e) {
  return e.match((t) => t.type === "ArrowFunctionExpression" && t.body.type === "BlockStatement", (t, r) => {
    if (t.type === "CallExpression" && r === "arguments" && t.arguments.length === 1 && t.callee.type === "CallExpression") {
      let n = t.callee.callee;
      return n.type === "Identifier" || n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && n.property.type === "Identifier";
    }
    return false;
  }, (t, r) => t.type === "VariableDeclarator" && r === "init" || t.type === "ExportDefaultDeclaration" && r === "declaration" || Es(t) && r === "expression" || t.type === "AssignmentExpression" && r === "right" && t.left.type === "MemberExpression" && t.left.object.type === "Identifier" && t.left.object.name === "module" && t.left.property.type === "Identifier" && t.left.property.name === "exports", (t) => t.type !== "VariableDeclaration" || t.kind === "const" && t.declarations.length === 1);
}
function ju(e) {
  let t = te(e);
  return t.length > 1 && t.some(an);
}
function zt(e, t) {
  return (t === "params" || t === "this" || t === "rest") && Nu(e);
}
function af(e) {
  return e.length === 1 ? e : e.toLowerCase().replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2").replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1").replace(/^([+-])?\./, "$10.").replace(/(\.\d+?)0+(?=e|$)/, "$1").replace(/\.(?=e|$)/, "");
}
function Gn(e, t) {
  let { preferred: r, alternate: n } = t === true || t === "'" ? pf : cf, { length: o } = e, i = 0, s = 0;
  for (let u = 0; u < o; u++) {
    let a = e.charCodeAt(u);
    a === r.codePoint ? i++ : a === n.codePoint && s++;
  }
  return (i > s ? n : r).character;
}
function mf(e, t) {
  let r = t === '"' ? "'" : '"', n = $(0, e, lf, (o, i, s) => i ? i === r ? r : o : s === t ? "\\" + s : s);
  return t + n + t;
}
function ff(e, t) {
  Je(/^(?<quote>["']).*\k<quote>$/s.test(e));
  let r = e.slice(1, -1), n;
  return t.parser === "json" || t.parser === "jsonc" || t.parser === "json-stringify" || t.parser === "json5" && t.quoteProps === "preserve" && !t.singleQuote ? n = '"' : t.__isInHtmlAttribute ? n = "'" : n = Gn(r, t.singleQuote), e.charAt(0) === n ? e : Gu(r, n);
}
function Ei(e) {
  return e.type === "ObjectTypeProperty" && e.method && !e.computed && (Uu(e.key) || Df(e.key));
}
function yf(e) {
  return e.type === "TSMethodSignature" && !e.computed && Uu(e.key);
}
function di(e) {
  return yf(e) || Ei(e);
}
function Xu(e) {
  return /^(?:\d+|\d+\.\d+)$/.test(e);
}
function df(e, t) {
  let r = Xr(e);
  if (r.type === "Identifier") return !di(e);
  if (!xe(r) || Ef(t)) return false;
  let n = Gt(Fe(r));
  return String(r.value) === n && Xu(n);
}
function Vu(e, t) {
  let { parser: r } = t;
  if (r === "json" || r === "jsonc") return false;
  let n = Xr(e);
  if (!G(n)) return false;
  let { value: o } = n;
  return it(Fe(n), t).slice(1, -1) !== o || di(e) ? false : !!(!(r === "babel-ts" && e.type === "ClassProperty" || (r === "typescript" || r === "oxc-ts" || r === "yuku-ts") && e.type === "PropertyDefinition") && vu(o) || (r === "babel" || r === "acorn" || r === "oxc" || r === "yuku" || r === "espree" || r === "meriyah" || r === "__babel_estree") && e.type !== "ImportAttribute" && Xu(o) && String(Number(o)) === o);
}
function Ku(e, t) {
  return z(Cf, e.parent, () => e.siblings.some((r) => {
    if (Hu(r)) return false;
    let n = Xr(r);
    return G(n) && !Vu(r, t);
  }));
}
function Ff(e, t) {
  return (t.parser === "json" || t.parser === "jsonc" || t.quoteProps === "consistent" && Ku(e, t)) && df(e.node, t);
}
function xf(e, t) {
  return (t.quoteProps === "as-needed" || t.quoteProps === "consistent" && !Ku(e, t)) && Vu(e.node, t);
}
function Oe(e, t, r) {
  let { node: n } = e, o = Yu(n);
  if (Hu(n)) return ["[", r(o), "]"];
  if (Ff(e, t)) {
    let i = Xr(n), s = it(JSON.stringify(i.type === "Identifier" ? i.name : String(i.value)), t);
    return e.call(() => Z(e, s, t), o);
  }
  if (xf(e, t)) {
    let { value: i } = Xr(n), s = /^\d/.test(i) ? Gt(i) : i;
    return e.call(() => Z(e, s, t), o);
  }
  return r(o);
}
function Ci(e) {
  return e.key === "elementTypes" && ir(e.parent) && e.parent.elementTypes.length > 1;
}
function Qt(e) {
  let { types: t } = e;
  if (t.some((n) => F(n))) return false;
  let r = t.find((n) => Tf(n));
  return r ? t.every((n) => n === r || Af(n)) : false;
}
function Un(e) {
  let { key: t, node: r, parent: n } = e;
  return !(Qt(r) || t === "types" && ue(n) || t === "types" && bt(n) || Ci(e));
}
function qn(e, t, r, n) {
  let { node: o } = e;
  if (Qt(o)) return L(" | ", e.map(r, "types"));
  let i = p(e.map(({ isFirst: s }) => {
    let u = s ? O("| ") : [T, "| "], a = r();
    return F(e.node, x.Leading) ? [u, ye(2, Z(e, a, t))] : [u, Z(e, ye(2, a), t)];
  }, "types"));
  return Un(e) && (i = Z(e, i, t)), ie(e, t) ? p([D([E, i]), E]) : Ci(e) ? p([D([O(["(", E]), i]), E, O(")")]) : n?.assignmentLayout === "break-after-operator" || !gf(e) ? i : p(D([E, i]));
}
function gf(e) {
  let { key: t, parent: r } = e;
  return !(t === "typeAnnotation" && r.type === "TSTypeAssertion" || t === "elementTypes" && ir(r) || (t === "trueType" || t === "falseType") && Qe(r) || t === "params" && Cs(r) || t === "typeAnnotation" && r.type === "FunctionTypeParam" && !r.name && e.grandparent.this !== r || e.match(void 0, (n, o) => o === "typeAnnotation" && n.type === "FunctionTypeParam", (n, o) => o === "params" && n.type === "FunctionTypeAnnotation", (n, o) => o === "value" && n.type === "ObjectTypeProperty" && dr(n)));
}
function $u(e) {
  return Cr(e) || Xe(e) ? true : ue(e) ? Qt(e) : false;
}
function W(e, t, r = "typeAnnotation") {
  let { node: { [r]: n } } = e;
  if (!n) return "";
  let o = false;
  if (ur(n)) {
    let i = e.call(zu, r);
    (i === "=>" || i === ":" && F(n, x.Leading)) && (o = true), hf.add(n);
  }
  return o ? [" ", t(r)] : t(r);
}
function Yn(e, t, r) {
  let n = zu(e);
  return n ? [n, " ", r("typeAnnotation")] : r("typeAnnotation");
}
function Ar(e, t, r, n) {
  if (Sf(e)) return Hn(e, t, r);
  let { node: o } = e, i = false;
  if (o.type === "FunctionExpression" && n?.expandLastArg) {
    let { parent: m } = e;
    M(m) && (pe(m).length > 1 || te(o).every((C) => C.type === "Identifier" && !C.typeAnnotation)) && (i = true);
  }
  let s = $e(e, t, r, i), u = Vn(e, r), a = Ot(o, u), f = o.type === "HookDeclaration" ? "hook" : "function";
  return [Q(e), o.async ? "async " : "", f, o.generator ? "*" : "", " ", o.id ? r("id") : "", r("typeParameters"), p([a ? p(s) : s, u]), o.body ? " " : "", r("body"), o.declare || !o.body ? v(t) : ""];
}
function Vr(e, t, r) {
  let { node: n } = e, { kind: o } = n, i = n.value || n, s = [];
  return !o || o === "init" || o === "method" || o === "constructor" ? i.async && s.push("async ") : (Je(o === "get" || o === "set"), s.push(o, " ")), i.generator && s.push("*"), s.push(Oe(e, t, r), n.optional ? "?" : "", n === i ? Hn(e, t, r) : r("value")), s;
}
function Hn(e, t, r) {
  let { node: n } = e, o = $e(e, t, r), i = Vn(e, r), s = ju(n), u = Ot(n, i), a = [r("typeParameters"), p([s ? p(o, { shouldBreak: true }) : u ? p(o) : o, i])];
  return n.body ? a.push(" ", r("body")) : a.push(v(t)), a;
}
function Bf(e) {
  let t = te(e);
  return t.length === 1 && !e.typeParameters && !F(e, x.Dangling) && t[0].type === "Identifier" && !t[0].typeAnnotation && !F(t[0]) && !t[0].optional && !e.predicate && !e.returnType;
}
function Xn(e, t) {
  if (t.arrowParens === "always") return false;
  if (t.arrowParens === "avoid") {
    let { node: r } = e;
    return Bf(r);
  }
  return false;
}
function Vn(e, t) {
  let { node: r } = e, o = [W(e, t, "returnType")];
  return r.predicate && o.push(t("predicate")), o;
}
function Qu(e, t) {
  if (t.semi) return false;
  let { node: r } = e;
  if (r.type !== "ExpressionStatement" || xi(e, t) || Ti(e, t) || Ai(e, t)) return false;
  let { key: n, parent: o } = e;
  return n === "body" && (o.type === "Program" || o.type === "BlockStatement" || o.type === "StaticBlock" || o.type === "TSModuleBlock") || n === "consequent" && o.type === "SwitchCase";
}
function Kn(e, t) {
  return Qu(e, t) && e.call(() => ea(e, t), "expression");
}
function Zu(e, t) {
  if (!Qu(e, t)) return false;
  let r = t.originalText[b(e.node)];
  return bf.has(r);
}
function ea(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "ParenthesizedExpression":
    case "TypeCastExpression":
    case "TSTypeAssertion":
    case "ArrayExpression":
    case "ArrayPattern":
    case "TemplateLiteral":
    case "TemplateElement":
    case "RegExpLiteral":
      return true;
    case "ArrowFunctionExpression":
      if (!Xn(e, t)) return true;
      break;
    case "UnaryExpression": {
      let { prefix: n, operator: o } = r;
      if (n && (o === "+" || o === "-")) return true;
      break;
    }
    case "BindExpression":
      if (!r.object) return true;
      break;
    case "Literal":
      if (r.regex) return true;
      break;
    default:
      if (q(r)) return true;
  }
  return ie(e, t) ? true : Dr(r) ? e.call(() => ea(e, t), ...Sn(r)) : false;
}
function xi(e, t) {
  return (t.parentParser === "markdown" || t.parentParser === "mdx") && Fi(e) && q(e.node.expression);
}
function Ai(e, t) {
  return t.__isHtmlInlineEventHandler && Fi(e);
}
function Ti(e, t) {
  return (t.parser === "__vue_event_binding" || t.parser === "__vue_ts_event_binding") && Fi(e);
}
function $n(e, t) {
  if (!Kn(e, t)) return false;
  let r = w(0, ne(e.node, x.Leading), -1);
  return !!(r && lr(r));
}
function If(e, t) {
  let { key: r, parent: n } = e;
  if (r === "types" && ue(n) || r === "argument" && n.type === "JSXSpreadAttribute" || r === "expression" && n.type === "JSXSpreadChild" || r === "superClass" && (ar(n) || n.type === "StructDeclaration") || (r === "id" || r === "typeParameters") && Pf(n) || r === "patterns" && n.type === "MatchOrPattern" || Fn(e)) return true;
  let { node: o } = e;
  return xt(o) ? false : o.type === "ExpressionStatement" ? $n(e, t) : ue(o) ? Un(e) : !!q(o);
}
function kf(e, t, r = 0) {
  let n = 0;
  for (let o = r; o < e.length; ++o) e[o] === "	" ? n = n + t - n % t : n++;
  return n;
}
function wf(e, t) {
  let r = e.lastIndexOf(`
`);
  return r === -1 ? 0 : ra(e.slice(r + 1).match(/^[\t ]*/)[0], t);
}
function Tr(e, t, r) {
  if (_f(e)) {
    let i = Lf(e, t, r);
    if (i) return i;
  }
  let n = ua(e, t, r), o = e.map(({ isLast: i, index: s }) => [r(), i ? "" : n[s]], "quasis");
  return [se, "`", ...o, "`"];
}
function ia(e, t, r) {
  let n = r("quasi"), { node: o } = e, i = "", s = ne(o.quasi, x.Leading)[0];
  return s && (re(t.originalText, B(o.typeArguments ?? o.tag), b(s)) ? i = E : i = " "), At(n.label && { tagged: true, ...n.label }, [r("tag"), r("typeArguments"), i, se, n]);
}
function Lf(e, t, r) {
  let { node: n } = e, o = n.quasis[0].value.raw.trim().split(/\s*\|\s*/);
  if (o.length > 1 || o.some((i) => i.length > 0)) {
    t.__inJestEach = true;
    let i = ua(e, t, r);
    t.__inJestEach = false;
    let s = i.map((m) => li(m, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted), u = [{ hasLineBreak: false, cells: [] }];
    for (let m = 1; m < n.quasis.length; m++) {
      let C = w(0, u, -1), g = s[m - 1];
      C.cells.push(g), g.includes(`
`) && (C.hasLineBreak = true), n.quasis[m].value.raw.includes(`
`) && u.push({ hasLineBreak: false, cells: [] });
    }
    let a = Math.max(o.length, ...u.map((m) => m.cells.length)), l = Array.from({ length: a }, () => 0), f = [{ cells: o }, ...u.filter((m) => m.cells.length > 0)];
    for (let m of f) if (!m.hasLineBreak) for (let [C, g] of m.cells.entries()) l[C] = Math.max(l[C], Tt(g));
    return [se, "`", D([d, L(d, f.map((m) => L(" | ", m.cells.map((C, g) => m.hasLineBreak ? C : C + " ".repeat(l[g] - Tt(C))))))]), d, "`"];
  }
}
function Mf(e, t) {
  let { parent: r, index: n } = e;
  return z(Of, r, (i) => {
    let { tabWidth: s } = t, u = 0;
    return i.quasis.map((l) => {
      let f = l.value.raw, m = f.includes(`
`) ? na(f, s) : u;
      return u = m, { indentSize: m, previousQuasiText: f };
    });
  })[n];
}
function sa(e, t, r, n = true) {
  let { node: o, index: i } = e, s = r(), u = e.parent, { quasis: a } = u, l = B(a[i]), f = b(a[i + 1]), m = re(t.originalText, l, f);
  if (!m) {
    let y = li(s, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted;
    y.includes(`
`) ? m = true : s = y;
  }
  if (m && (F(o) || o.type === "Identifier" || N(we(o)) || o.type === "ConditionalExpression" || o.type === "SequenceExpression" || fe(o) || Pe(o)) && (s = [D([E, s]), E]), !n) return p(["${", s, se, "}"]);
  let { indentSize: C, previousQuasiText: g } = Mf(e, t);
  return t.__inJestEach && (C = Math.max(C, t.tabWidth)), s = C === 0 && g.endsWith(`
`) ? ye(Number.NEGATIVE_INFINITY, s) : Cu(s, C, t.tabWidth), p(["${", s, se, "}"]);
}
function ua(e, t, r) {
  return e.map(() => sa(e, t, r), Ds(e.node) ? "types" : "expressions");
}
function gr(e, t, r) {
  return e.map(() => sa(e, t, r, false), "expressions");
}
function zn(e, t) {
  return It(e, (r) => typeof r == "string" ? t ? $(0, r, /(\\*)`/g, "$1$1\\`") : gi(r) : r);
}
function gi(e) {
  return $(0, e, /([\\`]|\$\{)/g, "\\$1");
}
function _f({ node: e, parent: t }) {
  return e.type === "TemplateLiteral" && t.type === "TaggedTemplateExpression" && t.quasi === e && t.tag.type === "MemberExpression" && t.tag.property.type === "Identifier" && t.tag.property.name === "each" && (t.tag.object.type === "Identifier" && oa.test(t.tag.object.name) || t.tag.object.type === "MemberExpression" && t.tag.object.property.type === "Identifier" && (t.tag.object.property.name === "only" || t.tag.object.property.name === "skip") && t.tag.object.object.type === "Identifier" && oa.test(t.tag.object.object.name));
}
function aa(e) {
  let t = (n) => n.type === "TemplateLiteral", r = (n, o) => Ue(n) && !n.computed && n.key.type === "Identifier" && n.key.name === "styles" && o === "value";
  return e.match(t, (n, o) => V(n) && o === "elements", r, ...Si) || e.match(t, r, ...Si);
}
function Bi(e) {
  return e.match((t) => t.type === "TemplateLiteral", (t, r) => Ue(t) && !t.computed && t.key.type === "Identifier" && t.key.name === "template" && r === "value", ...Si);
}
function hi(e, t) {
  return F(e, x.Block | x.Leading, ({ value: r }) => r === ` ${t} `);
}
function Qn({ node: e, parent: t }, r) {
  return hi(e, r) || Nf(t) && hi(t, r) || t.type === "ExpressionStatement" && hi(t, r);
}
function Nf(e) {
  return e.type === "AsConstExpression" || e.type === "TSAsExpression" && e.typeAnnotation.type === "TSTypeReference" && e.typeAnnotation.typeName.type === "Identifier" && e.typeAnnotation.typeName.name === "const";
}
async function ca(e, t, r, n) {
  let { node: o } = r, i = "";
  for (let [l, f] of o.quasis.entries()) {
    let { raw: m } = f.value;
    l > 0 && (i += "@prettier-placeholder-" + (l - 1) + "-id"), i += m;
  }
  let s = await e(i, { parser: "scss" }), u = gr(r, n, t), a = jf(s, u);
  if (!a) throw new Error("Couldn't insert all the expressions");
  return ["`", D([d, a]), E, "`"];
}
function jf(e, t) {
  if (!j(t)) return e;
  let r = 0, n = It(yr(e), (o) => typeof o != "string" || !o.includes("@prettier-placeholder") ? o : o.split(/@prettier-placeholder-(\d+)-id/).map((i, s) => s % 2 === 0 ? Ke(i) : (r++, t[i])));
  return t.length === r ? n : null;
}
function vf(e) {
  return e.match(void 0, (t, r) => r === "quasi" && t.type === "TaggedTemplateExpression" && Fr(t.tag, ["css", "css.global", "css.resolve"])) || e.match(void 0, (t, r) => r === "expression" && t.type === "JSXExpressionContainer", (t, r) => r === "children" && t.type === "JSXElement" && t.openingElement.name.type === "JSXIdentifier" && t.openingElement.name.name === "style" && t.openingElement.attributes.some((n) => n.type === "JSXAttribute" && n.name.type === "JSXIdentifier" && n.name.name === "jsx"));
}
function Zn(e) {
  return e.type === "Identifier" && e.name === "styled";
}
function pa(e) {
  return /^[A-Z]/.test(e.object.name) && e.property.name === "extend";
}
function Rf({ parent: e }) {
  if (!e || e.type !== "TaggedTemplateExpression") return false;
  let t = e.tag.type === "ParenthesizedExpression" ? e.tag.expression : e.tag;
  switch (t.type) {
    case "MemberExpression":
      return Zn(t.object) || pa(t);
    case "CallExpression":
      return Zn(t.callee) || t.callee.type === "MemberExpression" && (t.callee.object.type === "MemberExpression" && (Zn(t.callee.object.object) || pa(t.callee.object)) || t.callee.object.type === "CallExpression" && Zn(t.callee.object.callee));
    case "Identifier":
      return t.name === "css";
    default:
      return false;
  }
}
function Wf({ parent: e, grandparent: t }) {
  return t?.type === "JSXAttribute" && e.type === "JSXExpressionContainer" && t.name.type === "JSXIdentifier" && t.name.name === "css";
}
async function ma(e, t, r, n) {
  let { node: o } = r, i = o.quasis.length, s = gr(r, n, t), u = [];
  for (let a = 0; a < i; a++) {
    let l = o.quasis[a], f = a === 0, m = a === i - 1, C = l.value.cooked, g = C.split(`
`), y = g.length;
    if (!m && /#[^\n\r]*$/.test(g[y - 1])) return null;
    let h = y > 2 && g[0].trim() === "" && g[1].trim() === "", A = y > 2 && g[y - 1].trim() === "" && g[y - 2].trim() === "", k = g.every((P) => /^\s*(?:#[^\n\r]*)?$/.test(P)), I;
    k ? I = Jf(g) : I = await e(C, { parser: "graphql" }), I ? (I = zn(I, false), !f && h && u.push(""), u.push(I), !m && A && u.push("")) : !f && !m && h && u.push(""), m || u.push(s[a]);
  }
  return ["`", D([d, L(d, u)]), d, "`"];
}
function Jf(e) {
  let t = [], r = false, n = e.map((o) => o.trim());
  for (let [o, i] of n.entries()) i !== "" && (n[o - 1] === "" && r ? t.push([d, i]) : t.push(i), r = true);
  return t.length === 0 ? null : L(d, t);
}
function fa({ node: e, parent: t }) {
  return Qn({ node: e, parent: t }, "GraphQL") || t && (t.type === "TaggedTemplateExpression" && (t.tag.type === "MemberExpression" && t.tag.object.name === "graphql" && t.tag.property.name === "experimental" || t.tag.type === "Identifier" && (t.tag.name === "gql" || t.tag.name === "graphql")) || t.type === "CallExpression" && t.callee.type === "Identifier" && t.callee.name === "graphql");
}
async function Da(e, t, r, n, o) {
  let { node: i } = n, s = bi;
  bi = bi + 1 >>> 0;
  let u = (k) => `PRETTIER_HTML_PLACEHOLDER_${k}_${s}_IN_JS`, a = i.quasis.map((k, I, P) => I === P.length - 1 ? k.value.cooked : k.value.cooked + u(I)).join(""), l = gr(n, o, r), f = new RegExp(u("(\\d+)"), "g"), m = 0, C = await t(a, { parser: e, __onHtmlRoot(k) {
    m = k.children.length;
  } }), g = It(C, (k) => {
    if (typeof k != "string") return k;
    let I = [], P = k.split(f);
    for (let U = 0; U < P.length; U++) {
      let H = P[U];
      if (U % 2 === 0) {
        H && (H = gi(H), o.__embeddedInHtml && (H = $(0, H, /<\/(?=script\b)/gi, "<\\/")), I.push(H));
        continue;
      }
      let me = Number(H);
      I.push(l[me]);
    }
    return I;
  }), y = /^\s/.test(a) ? " " : "", h = /\s$/.test(a) ? " " : "", A = o.htmlWhitespaceSensitivity === "ignore" ? d : y && h ? T : null;
  return A ? p(["`", D([A, p(g)]), A, "`"]) : At({ hug: false }, p(["`", y, m > 1 ? D(p(g)) : p(g), h, "`"]));
}
function ya(e) {
  return Qn(e, "HTML") || e.match((t) => t.type === "TemplateLiteral", (t, r) => t.type === "TaggedTemplateExpression" && t.tag.type === "Identifier" && t.tag.name === "html" && r === "quasi");
}
async function Ca(e, t, r) {
  let { node: n } = r, o = $(0, n.quasis[0].value.raw, /((?:\\\\)*)\\`/g, (a, l) => "\\".repeat(l.length / 2) + "`"), i = Gf(o), s = i !== "";
  s && (o = $(0, o, new RegExp(`^${i}`, "gm"), ""));
  let u = zn(await e(o, { parser: "markdown", __inJsTemplate: true }), true);
  return ["`", s ? D([E, u]) : [Er, Eu(u)], E, "`"];
}
function Gf(e) {
  let t = e.match(/^([^\S\n]*)\S/m);
  return t === null ? "" : t[1];
}
function Fa({ node: e, parent: t }) {
  return t?.type === "TaggedTemplateExpression" && e.quasis.length === 1 && t.tag.type === "Identifier" && (t.tag.name === "md" || t.tag.name === "markdown");
}
function qf(e) {
  let { node: t } = e;
  if (t.type !== "TemplateLiteral" || Hf(t)) return;
  let r = Uf.find(({ test: n }) => n(e));
  if (r) return t.quasis.length === 1 && t.quasis[0].value.raw.trim() === "" ? "``" : r.print;
}
function Yf(e) {
  return async (...t) => {
    let r = await e(...t);
    return r && At({ embed: true, ...r.label }, r);
  };
}
function Hf({ quasis: e }) {
  return e.some(({ value: { cooked: t } }) => t === null);
}
function Aa(e, t) {
  e.type === "ChainExpression" ? Xf(t) : (e.type === "OptionalMemberExpression" || e.type === "OptionalCallExpression") && Vf(t);
}
function Ta(e) {
  if (N(e)) return "object";
  if (M(e)) return "callee";
  if (Ge(e)) return "expression";
}
function eo(e) {
  let t = Ta(e);
  if (t) return e[t];
}
function Xf(e) {
  for (e = eo(e); e.type === "MemberExpression" || e.type === "CallExpression" || be(e); e = eo(e)) {
    let t = Ta(e), r = e[t];
    r.type === "ChainExpression" && (e[t] = r.expression);
  }
}
function Vf(e) {
  for (e = eo(e); e.type === "MemberExpression" || e.type === "CallExpression"; e = eo(e)) e.type = `Optional${e.type}`;
}
function ga(e, t, r) {
  let n = t[r];
  (G(n) || xe(n)) && (e[r] = String(n.value)), n.type === "Identifier" && (e[r] = n.name);
}
function ha(e, t) {
  (e.type === "Property" || e.type === "ObjectProperty" || e.type === "MethodDefinition" || e.type === "ClassProperty" || e.type === "ClassMethod" || e.type === "PropertyDefinition" || e.type === "TSDeclareMethod" || e.type === "TSPropertySignature" || e.type === "TSMethodSignature" || e.type === "ObjectTypeProperty" || e.type === "ImportAttribute" || e.type === "RecordDeclarationProperty" || e.type === "RecordDeclarationStaticProperty") && !e.computed && !Ei(e) && ga(t, e, "key"), e.type === "TSEnumMember" && ga(t, e, "id");
}
function Sa(e, t) {
  e.type === "RegExpLiteral" && (t.flags = [...e.flags].sort().join("")), e.type === "Literal" && "regex" in e && (t.regex.flags = [...e.regex.flags].sort().join(""));
}
function Pi(e, t, r) {
  if (e.type === "Program" && delete t.sourceType, Aa(e, t), ha(e, t), Sa(e, t), (ls(e) || e.type === "BigIntLiteralTypeAnnotation") && "bigint" in e && (t.bigint = e.bigint.toLowerCase()), e.type === "EmptyStatement" && !or({ node: e, parent: r }) || e.type === "JSXText" || e.type === "JSXExpressionContainer" && (e.expression.type === "Literal" || e.expression.type === "StringLiteral") && e.expression.value === " ") return null;
  if (e.type === "JSXElement" && e.openingElement.name.type === "JSXIdentifier" && e.openingElement.name.name === "style" && e.openingElement.attributes.some((o) => o.type === "JSXAttribute" && o.name.name === "jsx")) for (let { type: o, expression: i } of t.children) o === "JSXExpressionContainer" && i.type === "TemplateLiteral" && hr(i);
  e.type === "JSXAttribute" && e.name.name === "css" && e.value.type === "JSXExpressionContainer" && e.value.expression.type === "TemplateLiteral" && hr(t.value.expression), e.type === "JSXAttribute" && G(e.value) && /["']|&quot;|&apos;/.test(e.value.value) && (t.value.value = $(0, e.value.value, /["']|&quot;|&apos;/g, '"'));
  let n = e.expression || e.callee;
  if (e.type === "Decorator" && n.type === "CallExpression" && n.callee.name === "Component" && n.arguments.length === 1) {
    let o = e.expression.arguments[0].properties;
    for (let [i, s] of t.expression.arguments[0].properties.entries()) switch (o[i].key.name) {
      case "styles":
        V(s.value) && hr(s.value.elements[0]);
        break;
      case "template":
        s.value.type === "TemplateLiteral" && hr(s.value);
        break;
    }
  }
  e.type === "TaggedTemplateExpression" && (e.tag.type === "MemberExpression" || e.tag.type === "Identifier" && (e.tag.name === "gql" || e.tag.name === "graphql" || e.tag.name === "css" || e.tag.name === "md" || e.tag.name === "markdown" || e.tag.name === "html") || e.tag.type === "CallExpression") && hr(t.quasi), (e.type === "CallExpression" || e.type === "MemberExpression") && !e.optional && delete t.optional, e.type === "TemplateLiteral" && hr(t);
}
function wa(e) {
  let t = e.match(Ia);
  return t ? t[0].trimStart() : "";
}
function La(e) {
  let r = e.match(Ia)?.[0];
  return r == null ? e : e.slice(r.length);
}
function Oa(e) {
  e = $(0, e.replace(zf, "").replace($f, ""), eD, "$1");
  let r = "";
  for (; r !== e; ) r = e, e = $(0, e, Zf, `
$1 $2
`);
  e = e.replace(Ba, "").trimEnd();
  let n = /* @__PURE__ */ Object.create(null), o = $(0, e, ba, "").replace(Ba, "").trimEnd(), i;
  for (; i = ba.exec(e); ) {
    let s = $(0, i[2], Qf, "");
    if (typeof n[i[1]] == "string" || Array.isArray(n[i[1]])) {
      let u = n[i[1]];
      n[i[1]] = [...ka, ...Array.isArray(u) ? u : [u], s];
    } else n[i[1]] = s;
  }
  return { comments: o, pragmas: n };
}
function Ma({ comments: e = "", pragmas: t = {} }) {
  let s = Object.keys(t), u = s.flatMap((l) => Pa(l, t[l])).map((l) => ` * ${l}
`).join("");
  if (!e) {
    if (s.length === 0) return "";
    if (s.length === 1 && !Array.isArray(t[s[0]])) {
      let l = t[s[0]];
      return `/** ${Pa(s[0], l)[0]} */`;
    }
  }
  let a = e.split(`
`).map((l) => ` * ${l}`).join(`
`) + `
`;
  return `/**
` + (e ? a : "") + (e && s.length > 0 ? ` *
` : "") + u + " */";
}
function Pa(e, t) {
  return [...ka, ...Array.isArray(t) ? t : [t]].map((r) => `@${e} ${r}`.trim());
}
function tD(e) {
  if (!e.startsWith("#!")) return "";
  let t = e.indexOf(`
`);
  return t === -1 ? e : e.slice(0, t);
}
function rD(e) {
  let t = Na(e);
  t && (e = e.slice(t.length + 1));
  let r = wa(e), { pragmas: n, comments: o } = Oa(r);
  return { shebang: t, text: e, pragmas: n, comments: o };
}
function ja(e) {
  let { shebang: t, text: r, pragmas: n, comments: o } = rD(e), i = La(r), s = Ma({ pragmas: { [_a]: "", ...n }, comments: o.trimStart() });
  return (t ? `${t}
` : "") + s + (i.startsWith(`
`) ? `
` : `

`) + i;
}
function nD(e) {
  if (!ce(e)) return [];
  if (!e.value.includes(`
`)) return [];
  let t = [];
  for (let r of `*${e.value}*`.split(`
`)) {
    if (r = r.trimStart(), !r.startsWith("*")) return [];
    t.push(r);
  }
  return t;
}
function Ii(e) {
  return z(oD, e, nD);
}
function to(e) {
  return Ii(e).length > 0;
}
function va(e, t) {
  let r = e.node;
  if (Ne(r)) return t.originalText.slice(b(r), B(r)).trimEnd();
  if (to(r)) return iD(r);
  if (ce(r)) return ["/*", Ke(r.value), "*/"];
  throw new Error("Not a comment: " + JSON.stringify(r));
}
function iD(e) {
  let t = Ii(e), r = e.value[0] === "*" && e.value[1] !== "*";
  return ["/", t.map((n, o) => {
    if (o === 0) return [n.trimEnd(), d];
    if (o === t.length - 1) return [" ", n];
    let i = n.trimEnd(), s = [" ", i];
    return r && i !== "*" && n.endsWith("  ") ? [s, "  ", du(Er)] : [s, d];
  }), "/"];
}
function ki(e) {
  if (typeof e != "string") throw new TypeError("Expected a string");
  return e.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
function er(e) {
  return e.type === "JSXText" && (Zt.hasNonWhitespaceCharacter(Fe(e)) || !/\n/.test(Fe(e)));
}
function Wa(e) {
  let { node: t, parent: r } = e;
  if (!q(t) || !q(r)) return false;
  let { index: n, siblings: o } = e, i;
  for (let s = n; s > 0; s--) {
    let u = o[s - 1];
    if (!(u.type === "JSXText" && !er(u))) {
      i = u;
      break;
    }
  }
  return i?.type === "JSXExpressionContainer" && i.expression.type === "JSXEmptyExpression" && xt(i.expression);
}
function sD(e) {
  return xt(e.node) || Wa(e);
}
function Ja(e) {
  return e.type === "CallExpression" && !e.optional && e.arguments.length === 1 && e.callee.type === "Identifier" && e.callee.name === "Boolean";
}
function Ua(e) {
  return e.type !== "LogicalExpression" || !Br(e) ? false : Pe(e.left) && Jr(e.operator, e.left.operator) ? Ua(e.left) : true;
}
function ro(e, t, r) {
  let { node: n, parent: o, grandparent: i, key: s } = e, u = s !== "body" && (o.type === "IfStatement" || o.type === "WhileStatement" || o.type === "SwitchStatement" || o.type === "DoWhileStatement"), a = Ya(e, t, r, false, u);
  if (u) return a;
  if (qa(e)) return p(a);
  if (s === "callee" && Pt(o) || o.type === "UnaryExpression" && !F(n) || N(o) && !o.computed) return p([D([E, ...a]), E]);
  let l = s === "argument" && on(o) || o.type === "JSXExpressionContainer" && i.type === "JSXAttribute" || n.operator !== "|" && o.type === "JsExpressionRoot" || n.type !== "NGPipeExpression" && (o.type === "NGRoot" && t.parser === "__ng_binding" || o.type === "NGMicrosyntaxExpression" && i.type === "NGMicrosyntax" && i.body.length === 1) || n === o.body && o.type === "ArrowFunctionExpression" || n !== o.body && o.type === "ForStatement" || o.type === "ConditionalExpression" && !jt(i) && !Pt(i) || o.type === "TemplateLiteral" || s === "arguments" && Ja(o), f = o.type === "AssignmentExpression" || o.type === "VariableDeclarator" || o.type === "ClassProperty" || o.type === "PropertyDefinition" || un(o) || o.type === "ClassPrivateProperty" || Ue(o);
  if (l || Ua(n) || !Br(n) && f) return p(a);
  let m = q(n.right), C = a.findIndex((I) => He(I) === Se), g = a.slice(0, C === -1 ? 1 : C + 1), y = a.slice(g.length, m ? -1 : void 0), h = /* @__PURE__ */ Symbol("logicalChain-" + ++uD), A = p([...g, D(y)], { id: h });
  if (!m) return A;
  let k = w(0, a, -1);
  return p([A, kt(k, { groupId: h })]);
}
function Ya(e, t, r, n, o) {
  let { node: i } = e;
  if (!Pe(i)) return [p(r())];
  let s = [], u = i;
  for (; Pe(u.left); ) {
    let l = u.left, f = "operator" in u ? u.operator : void 0, m = "operator" in l ? l.operator : void 0;
    if (!Jr(f, m)) break;
    s.push("left"), u = l;
  }
  let a = [];
  for (let l = s.length; l >= 0; l--) a = e.call(() => pD(e, t, r, a, n || l !== 0, o), ...s.slice(0, l));
  return a;
}
function pD(e, t, r, n, o, i) {
  let { node: s } = e;
  n.length === 0 && n.push(p(r("left")));
  let u = Br(s), a = s.right.type === "ChainExpression" ? s.right.expression : s.right, l = (s.type === "NGPipeExpression" || s.operator === "|>" || cD(e, t)) && !Ie(t.originalText, a), m = !F(a, x.Leading, lr) && Ie(t.originalText, a), C = s.type === "NGPipeExpression" ? "|" : s.operator, g = s.type === "NGPipeExpression" && s.arguments.length > 0 ? p(D([E, ": ", L([T, ": "], e.map(() => ye(2, p(r())), "arguments"))])) : "", y;
  if (u) y = [C, Ie(t.originalText, a) ? D([T, r("right"), g]) : [" ", r("right"), g]];
  else {
    let I = qa(e) ? e.call(() => Ya(e, t, r, true, i), "right") : r("right");
    if (t.experimentalOperatorPosition === "start") {
      let P = "";
      if (m) switch (He(I)) {
        case je:
          P = I[0], I.shift();
          break;
        case Re:
          P = I.contents[0], I.contents.shift();
          break;
      }
      y = [T, P, C, " ", I, g];
    } else y = [l ? T : "", C, l ? " " : T, I, g];
  }
  let { parent: h } = e, A = F(s.left, x.Trailing | x.Line);
  if ((A || !(i && s.type === "LogicalExpression") && h.type !== s.type && s.left.type !== s.type && s.right.type !== s.type) && (y = p(y, { shouldBreak: A })), t.experimentalOperatorPosition === "start" ? n.push(u || m ? " " : "", y) : n.push(l ? "" : " ", y), o && F(s)) {
    let I = yr(Z(e, n, t));
    return I.type === qe ? I.parts : Array.isArray(I) ? I : [I];
  }
  return n;
}
function Br(e) {
  return e.type !== "LogicalExpression" ? false : !!(ae(e.right) && e.right.properties.length > 0 || V(e.right) && e.right.elements.length > 0 || q(e.right));
}
function cD(e, t) {
  return (t.parser === "__vue_expression" || t.parser === "__vue_ts_expression") && Ga(e.node) && !e.hasAncestor((r) => !Ga(r) && r.type !== "JsExpressionRoot");
}
function Xa(e, t, r) {
  let { node: n } = e;
  if (n.type.startsWith("NG")) switch (n.type) {
    case "NGRoot":
      return r("node");
    case "NGPipeExpression":
      return ro(e, t, r);
    case "NGChainedExpression":
      return p(L([";", T], e.map(() => fD(e) ? r() : ["(", r(), ")"], "expressions")));
    case "NGEmptyExpression":
      return "";
    case "NGMicrosyntax":
      return e.map(() => [e.isFirst ? "" : Ha(e) ? " " : [";", T], r()], "body");
    case "NGMicrosyntaxKey":
      return /^[$_a-z][\w$]*(?:-[$_a-z][\w$])*$/i.test(n.name) ? n.name : JSON.stringify(n.name);
    case "NGMicrosyntaxExpression":
      return [r("expression"), n.alias === null ? "" : [" as ", r("alias")]];
    case "NGMicrosyntaxKeyedExpression": {
      let { index: o, parent: i } = e, s = Ha(e) || lD(e) || i.body[0].type === "NGMicrosyntaxExpression" && (n.key.name === "then" || n.key.name === "else" || n.key.name === "as" || o === 2 && n.key.name === "track");
      return [r("key"), s ? " " : ": ", r("expression")];
    }
    case "NGMicrosyntaxLet":
      return ["let ", r("key"), n.value === null ? "" : [" = ", r("value")]];
    case "NGMicrosyntaxAs":
      return [r("key"), " as ", r("alias")];
    default:
      throw new st(n, "Angular");
  }
}
function Ha({ node: e, index: t }) {
  return e.type === "NGMicrosyntaxKeyedExpression" && e.key.name === "of" && t === 1;
}
function lD(e) {
  let { node: t } = e;
  return e.parent.body[1].key.name === "of" && t.type === "NGMicrosyntaxKeyedExpression" && t.key.name === "track" && t.key.type === "NGMicrosyntaxKey";
}
function fD({ node: e }) {
  return Xt(e, mD);
}
function Oi(e, t, r) {
  let { node: n } = e;
  return p([L(T, e.map(r, "decorators")), Ka(n, t) ? d : T]);
}
function Va(e, t, r) {
  return $a(e.node) ? [L(d, e.map(r, "declaration", "decorators")), d] : "";
}
function no(e, t, r) {
  let { node: n, parent: o } = e, { decorators: i } = n;
  if (!j(i) || $a(o) || Sr(e)) return "";
  let s = [];
  return e.key === "declaration" && ys(o) ? F(n, x.Leading) || s.push(d) : (ar(n) || Ka(n, t)) && s.push(We), s.push(L(T, e.map(r, "decorators")), T), s;
}
function Ka(e, t) {
  return e.decorators.some((r) => J(t.originalText, B(r)));
}
function $a(e) {
  if (e.type !== "ExportDefaultDeclaration" && e.type !== "ExportNamedDeclaration" && e.type !== "DeclareExportDeclaration") return false;
  let t = e.declaration?.decorators;
  return j(t) && Nt(e, t[0]);
}
function oo(e) {
  return e.type === "UnaryExpression" && (e.operator === "+" || e.operator === "-") && xe(e.argument);
}
function br(e, t, r) {
  let { node: n } = e, o = [], i = ir(n) ? "elementTypes" : "elements", s = n[i];
  if (s.length === 0 && !n.inexact) o.push(p(["[", Jt(e, t), "]"]));
  else {
    let u = w(0, s, -1), a = u?.type !== "RestElement" && !n.inexact, l = u === null, f = /* @__PURE__ */ Symbol("array"), m = !t.__inJestEach && s.length > 1 && s.every((y, h, A) => {
      if (!V(y) && !ae(y)) return false;
      let k = y?.type, I = A[h + 1];
      if (I && k !== I.type) return false;
      let P = V(y) ? "elements" : "properties";
      return y[P] && y[P].length > 1;
    }) || F(n, x.Dangling | x.Line), C = Mi(n, t), g = a ? l ? "," : Wn(t) ? C ? O(",", "", { groupId: f }) : O(",") : "" : "";
    o.push(p(["[", D([E, C ? yD(e, t, r, g) : [DD(e, t, r, i, n.inexact), g], R(e, t)]), E, "]"], { shouldBreak: m, id: f }));
  }
  return o.push(K(e), W(e, r)), o;
}
function Mi(e, t) {
  return V(e) && e.elements.length > 0 && e.elements.every((r) => r && (xe(r) || oo(r) && !F(r.argument)) && !F(r, x.Trailing | x.Line, (n) => !J(t.originalText, b(n), { backwards: true })));
}
function za({ node: e }, { originalText: t }) {
  let r = B(e);
  if (r === b(e)) return false;
  let { length: n } = t;
  for (; r < n && t[r] !== ","; ) r = pr(t, cr(t, r + 1));
  return Kt(t, r);
}
function DD(e, t, r, n, o) {
  let i = [];
  return e.each(({ node: s, isLast: u }) => {
    i.push(s ? p(r()) : ""), (!u || o) && i.push([",", T, s && za(e, t) ? E : ""]);
  }, n), o && i.push("..."), i;
}
function yD(e, t, r, n) {
  let o = [];
  return e.each(({ isLast: i, next: s }) => {
    o.push([r(), i ? n : ","]), i || o.push(za(e, t) ? [d, d] : F(s, x.Leading | x.Line) ? d : T);
  }, "elements"), Ln(o);
}
function _i(e) {
  return e.quasis.some((t) => t.value.raw.includes(`
`));
}
function io(e, t) {
  return (e.type === "TemplateLiteral" && _i(e) || e.type === "TaggedTemplateExpression" && _i(e.quasi)) && !J(t, b(e), { backwards: true });
}
function Qa(e) {
  return z(ED, e, (t) => t.type === "ConditionalExpression" && !De(t, (r) => r.type === "ObjectExpression"));
}
function Za(e, t, r, n = {}) {
  let o = [], i, s = [], u = false, a = !n.expandLastArg && e.node.body.type === "ArrowFunctionExpression", l;
  (function k() {
    let { node: I } = e, P = CD(e, t, r, n);
    if (o.length === 0) o.push(P);
    else {
      let { leading: U, trailing: H } = Rn(e, t);
      o.push([U, P]), s.unshift(H);
    }
    a && (u || (u = I.returnType && te(I).length > 0 || I.typeParameters || te(I).some((U) => U.type !== "Identifier"))), !a || I.body.type !== "ArrowFunctionExpression" ? (i = r("body", n), l = I.body) : e.call(k, "body");
  })();
  let f = !Ie(t.originalText, l) && (dD(l) || FD(l, i, t) || !u && Qa(l)), m = e.key === "callee" && Ct(e.parent), C = /* @__PURE__ */ Symbol("arrow-chain"), g = xD(e, n, { signatureDocs: o, shouldBreak: u }), y = false, h = false, A = false;
  return a && (m || n.assignmentLayout) && (h = true, A = !F(e.node, x.Leading & x.Line), y = n.assignmentLayout === "chain-tail-arrow-chain" || m && !f), i = AD(e, t, n, { bodyDoc: i, bodyComments: s, functionBody: l, shouldPutBodyOnSameLine: f }), p([p(h ? D([A ? E : "", g]) : g, { shouldBreak: y, id: C }), " =>", a ? kt(i, { groupId: C }) : p(i), a && m ? O(E, "", { groupId: C }) : ""]);
}
function CD(e, t, r, n) {
  let { node: o } = e, i = [];
  if (o.async && i.push("async "), Xn(e, t)) i.push(r(["params", 0]));
  else {
    let u = n.expandLastArg || n.expandFirstArg, a = Vn(e, r);
    if (u) {
      if (le(a)) throw new wt();
      a = p(Vt(a));
    }
    i.push(p([$e(e, t, r, u, true), a]));
  }
  let s = R(e, t, { marker: "commentBeforeArrow", separator: ({ previous: u, comment: a }) => B(u) === b(a) ? "" : " " });
  return s && i.push(" ", s), i;
}
function FD(e, t, r) {
  return V(e) || ae(e) || e.type === "ArrowFunctionExpression" || e.type === "DoExpression" || e.type === "BlockStatement" || q(e) || t.label?.hug !== false && (t.label?.embed || io(e, r.originalText));
}
function xD(e, t, { signatureDocs: r, shouldBreak: n }) {
  if (r.length === 1) return r[0];
  let { parent: o, key: i } = e;
  return i !== "callee" && Ct(o) || Pe(o) ? p([r[0], " =>", D([T, L([" =>", T], r.slice(1))])], { shouldBreak: n }) : i === "callee" && Ct(o) || t.assignmentLayout ? p(L([" =>", T], r), { shouldBreak: n }) : p(D(L([" =>", T], r)), { shouldBreak: n });
}
function AD(e, t, r, { bodyDoc: n, bodyComments: o, functionBody: i, shouldPutBodyOnSameLine: s }) {
  let { node: u, parent: a } = e, l = r.expandLastArg ? Le(t, "all") : "", f = (r.expandLastArg || a.type === "JSXExpressionContainer") && !F(u) ? E : "";
  return s && Qa(i) ? [" ", p([O("", "("), D([E, n]), O("", ")"), l, f]), o] : s ? [" ", n, o] : [D([T, n, o]), l, f];
}
function Kr(e, t) {
  let { printWidth: r } = t;
  if (F(e)) return false;
  let n = r * TD;
  if (e.type === "ThisExpression" || e.type === "Identifier" && e.name.length <= n || oo(e) && !F(e.argument)) return true;
  let o = e.type === "Literal" && "regex" in e && e.regex.pattern || e.type === "RegExpLiteral" && e.pattern;
  return o ? o.length <= n : G(e) ? it(Fe(e), t).length <= n : e.type === "TemplateLiteral" ? e.expressions.length === 0 && e.quasis[0].value.raw.length <= n && !e.quasis[0].value.raw.includes(`
`) : e.type === "UnaryExpression" ? Kr(e.argument, { printWidth: r }) : e.type === "CallExpression" && e.arguments.length === 0 && e.callee.type === "Identifier" ? e.callee.name.length <= n - 2 : sr(e);
}
function Ut(e) {
  return N(e) || e.type === "BindExpression" && !!e.object;
}
function ep(e) {
  if (e.length <= 1) return false;
  let t = 0;
  for (let r of e) if (vt(r)) {
    if (t += 1, t > 1) return true;
  } else if (r = we(r), M(r)) {
    for (let n of pe(r)) if (vt(n)) return true;
  }
  return false;
}
function so(e) {
  let { node: t, parent: r, key: n } = e;
  return n === "callee" && M(t) && M(r) && r.arguments.length > 0 && t.arguments.length > r.arguments.length;
}
function ut(e, t = 2) {
  if (t <= 0) return false;
  let r = (n) => ut(n, t - 1);
  if (e = we(e), rn(e)) return Tt(e.pattern ?? e.regex.pattern) <= 5;
  if (sr(e) || hD(e) || e.type === "ArgumentPlaceholder") return true;
  if (e.type === "TemplateLiteral") return e.quasis.every((n) => !n.value.raw.includes(`
`)) && e.expressions.every(r);
  if (ae(e)) return e.properties.every((n) => !n.computed && (n.shorthand || n.value && r(n.value)));
  if (V(e)) return e.elements.every((n) => n === null || r(n));
  if (Ct(e)) {
    if (e.type === "ImportExpression" || ut(e.callee, t)) {
      let n = pe(e);
      return n.length <= t && n.every(r);
    }
    return false;
  }
  return N(e) ? ut(e.object, t) && ut(e.property, t) : e.type === "UnaryExpression" && gD.has(e.operator) || e.type === "UpdateExpression" ? ut(e.argument, t) : false;
}
function SD(e, t, r) {
  let { node: n } = e, o = pe(n);
  if (o.length === 0) return p(["(", Jt(e, t), ")"]);
  let i = o.length - 1;
  if (PD(o)) {
    let m = ["("];
    return Rr(e, (C, g) => {
      m.push(r()), g !== i && m.push(", ");
    }), m.push(")"), m;
  }
  let s = false, u = [];
  Rr(e, ({ node: m }, C) => {
    let g = r();
    C === i || (Ee(m, t) ? (s = true, g = [g, ",", d, d]) : g = [g, ",", T]), u.push(g);
  });
  let a = e.root.type !== "NGRoot" && !(n.type === "ImportExpression" && !n.sync) && n.type !== "DeclareClassExtendsCall" && !Et(n) && !dt(n) ? Le(t, "all") : "";
  function l() {
    return p(["(", D([T, ...u]), a, T, ")"], { shouldBreak: true });
  }
  if (s || e.parent.type !== "Decorator" && ep(o)) return l();
  if (bD(o)) {
    let m = u.slice(1);
    if (m.some(le)) return l();
    let C;
    try {
      C = r(Yo(n, 0), { expandFirstArg: true });
    } catch (g) {
      if (g instanceof wt) return l();
      throw g;
    }
    return le(C) ? [We, ft([["(", p(C, { shouldBreak: true }), ", ", ...m, ")"], l()])] : ft([["(", C, ", ", ...m, ")"], ["(", p(C, { shouldBreak: true }), ", ", ...m, ")"], l()]);
  }
  if (BD(o, u, t)) {
    let m = u.slice(0, -1);
    if (m.some(le)) return l();
    let C;
    try {
      C = r(Yo(n, -1), { expandLastArg: true });
    } catch (g) {
      if (g instanceof wt) return l();
      throw g;
    }
    return le(C) ? [We, ft([["(", ...m, p(C, { shouldBreak: true }), ")"], l()])] : ft([["(", ...m, C, ")"], ["(", ...m, p(C, { shouldBreak: true }), ")"], l()]);
  }
  let f = ["(", D([E, ...u]), a, E, ")"];
  return so(e) ? f : p(f, { shouldBreak: u.some(le) || s });
}
function uo(e, t = false) {
  if (ae(e) && (e.properties.length > 0 || F(e)) || V(e) && (e.elements.length > 0 || F(e)) || (fe(e) || e.type === "TSTypeAssertion") && uo(e.expression) || e.type === "FunctionExpression" || e.type === "DoExpression" || e.type === "ModuleExpression") return true;
  if (e.type === "ArrowFunctionExpression") {
    let { body: r } = e;
    if (r.type === "BlockStatement" || q(r) || ae(r) || V(r) || r.type === "ArrowFunctionExpression" && uo(r, true) || !t && (r.type === "ConditionalExpression" || M(we(r)))) return true;
  }
  return false;
}
function BD(e, t, r) {
  if (e.length === 1) {
    let i = w(0, t, -1);
    if (i.label?.embed && i.label?.hug !== false) return true;
  }
  let n = w(0, e, -1), o = w(0, e, -2);
  return !F(n, x.Leading) && !F(n, x.Trailing) && uo(n) && (!o || o.type !== n.type) && (e.length !== 2 || o.type !== "ArrowFunctionExpression" || !V(n)) && !(e.length > 1 && Mi(n, r));
}
function bD(e) {
  if (e.length !== 2) return false;
  let [t, r] = e;
  return t.type === "ModuleExpression" && ID(r) ? true : !F(t) && (t.type === "FunctionExpression" || t.type === "ArrowFunctionExpression" && t.body.type === "BlockStatement") && r.type !== "FunctionExpression" && r.type !== "ArrowFunctionExpression" && r.type !== "ConditionalExpression" && rp(r) && !uo(r);
}
function rp(e) {
  if (e.type === "ParenthesizedExpression") return rp(e.expression);
  if (fe(e) || e.type === "TypeCastExpression") {
    let { typeAnnotation: t } = e;
    if (t.type === "TypeAnnotation" && (t = t.typeAnnotation), t.type === "TSArrayType" && (t = t.elementType, t.type === "TSArrayType" && (t = t.elementType)), t.type === "GenericTypeAnnotation" || t.type === "TSTypeReference") {
      let { typeArguments: r } = t;
      r?.params.length === 1 && (t = r.params[0]);
    }
    return Cr(t) && ut(e.expression, 1);
  }
  return Ct(e) && pe(e).length > 1 ? false : Pe(e) ? ut(e.left, 1) && ut(e.right, 1) : rn(e) || ut(e);
}
function PD(e) {
  return e.length === 2 ? tp(e, 0) : e.length === 3 ? e[0].type === "Identifier" && tp(e, 1) : false;
}
function tp(e, t) {
  let r = e[t], n = e[t + 1];
  return r.type === "ArrowFunctionExpression" && te(r).length === 0 && r.body.type === "BlockStatement" && n.type === "ArrayExpression" && e.every((o) => !F(o));
}
function ID(e) {
  if (!(e.type === "ObjectExpression" && e.properties.length === 1)) return false;
  let [t] = e.properties;
  return Ue(t) ? !t.computed && (t.key.type === "Identifier" && t.key.name === "type" || G(t.key) && t.key.value === "type") && G(t.value) && t.value.value === "module" : false;
}
function np(e, t, r) {
  return [r("object"), p(D([E, Ni(e, t, r)]))];
}
function Ni(e, t, r) {
  return ["::", r("callee")];
}
function wD(e) {
  let { node: t, ancestors: r } = e;
  for (let n of r) {
    if (!(N(n) && n.object === t || be(n) && n.expression === t)) return n.type === "NewExpression" && n.callee === t;
    t = n;
  }
  return false;
}
function op(e, t, r) {
  let n = r("object"), o = ji(e, t, r), { node: i } = e, s = e.findAncestor((l) => !(N(l) || be(l))), u = e.findAncestor((l) => !Ge(l)), a = s.type === "BindExpression" || s.type === "AssignmentExpression" && s.left.type !== "Identifier" || wD(e) || i.computed || i.object.type === "Identifier" && i.property.type === "Identifier" && !N(u) || (u.type === "AssignmentExpression" || u.type === "VariableDeclarator") && (kD(we(i.object)) || n.label?.memberChain);
  return At(n.label, [n, se, a ? o : p(D([E, o]))]);
}
function ji(e, t, r) {
  let n = r("property"), { node: o } = e, i = K(e);
  return o.computed ? !o.property || xe(o.property) ? [i, "[", n, "]"] : p([i, "[", D([E, n]), E, "]"]) : [i, ".", n];
}
function LD(e, t, r) {
  let n = (e.parent.type === "ChainExpression" ? e.grandparent : e.parent).type === "ExpressionStatement", o = [];
  function i(_) {
    let { originalText: ge } = t, Me = Ht(ge, B(_));
    return ge.charAt(Me) === ")" ? Me !== false && Kt(ge, Me + 1) : Ee(_, t);
  }
  function s() {
    let { node: _ } = e;
    if (M(_) && (Ut(_.callee) || M(_.callee)) && !ie(e, t)) {
      let ge = i(_);
      o.unshift({ node: _, hasTrailingEmptyLine: ge, printed: [Z(e, [K(e), r("typeArguments"), $r(e, t, r)], t), ge ? d : ""] }), e.call(s, "callee");
    } else Ut(_) && !ie(e, t) ? (o.unshift({ node: _, printed: Z(e, N(_) ? ji(e, t, r) : Ni(e, t, r), t) }), e.call(s, "object")) : _.type === "ChainExpression" && !ie(e, t) ? e.call(s, "expression") : be(_) && !ie(e, t) ? (o.unshift({ node: _, printed: Z(e, "!", t) }), e.call(s, "expression")) : o.unshift({ node: _, printed: r() });
  }
  let { node: u } = e;
  o.unshift({ node: u, printed: [K(e), r("typeArguments"), $r(e, t, r)] }), u.callee && e.call(s, "callee");
  let a = [], l = [o[0]], f = 1;
  for (; f < o.length && (be(o[f].node) || o[f].node.type === "ChainExpression" || M(o[f].node) || N(o[f].node) && o[f].node.computed && xe(o[f].node.property)); ++f) l.push(o[f]);
  if (!M(o[0].node)) for (; f + 1 < o.length && (Ut(o[f].node) && Ut(o[f + 1].node)); ++f) l.push(o[f]);
  a.push(l), l = [];
  let m = false;
  for (; f < o.length; ++f) {
    if (m && Ut(o[f].node)) {
      if (o[f].node.computed && xe(o[f].node.property)) {
        l.push(o[f]);
        continue;
      }
      a.push(l), l = [], m = false;
    }
    (M(o[f].node) || o[f].node.type === "ImportExpression") && (m = true), l.push(o[f]), F(o[f].node, x.Trailing) && !be(o[f + 1]?.node) && (a.push(l), l = [], m = false);
  }
  l.length > 0 && a.push(l);
  function C(_) {
    return /^[A-Z]|^[$_]+$/.test(_);
  }
  function g(_) {
    return _.length <= t.tabWidth;
  }
  function y(_) {
    let ge = _[1][0]?.node.computed;
    if (_[0].length === 1) {
      let Bt = _[0][0].node;
      return (Bt.type === "ThisExpression" || Bt.type === "Identifier" && (C(Bt.name) || n && g(Bt.name) || ge)) && !F(Bt, x.Trailing);
    }
    let Me = w(0, _[0], -1).node;
    return N(Me) && Me.property.type === "Identifier" && (C(Me.property.name) || ge);
  }
  let h = a.length >= 2 && !F(a[1][0].node) && y(a);
  function A(_) {
    return _.map((ge) => ge.printed);
  }
  function k(_) {
    return _.length === 0 ? "" : D([d, L(d, _.map(A))]);
  }
  let I = a.map(A), P = I, U = h ? 3 : 2, H = a.flat(), me = H.slice(1, -1).some((_) => F(_.node, x.Leading)) || H.slice(0, -1).some((_) => F(_.node, x.Trailing)) || a[U] && F(a[U][0].node, x.Leading);
  if (a.length <= U && !me && a.every((_) => !w(0, _, -1).hasTrailingEmptyLine)) return so(e) ? P : p(P);
  let de = w(0, a[h ? 1 : 0], -1).node, ee = !M(de) && i(de), Te = [A(a[0]), h ? a.slice(1, 2).map(A) : "", ee ? d : "", k(a.slice(h ? 2 : 1))], Ce = o.map(({ node: _ }) => _).filter(M);
  function St() {
    let _ = w(0, w(0, a, -1), -1).node, ge = w(0, I, -1);
    return M(_) && le(ge) && Ce.slice(0, -1).some((Me) => Me.arguments.some(vt));
  }
  let Mt;
  return me || Ce.length > 2 && Ce.some((_) => _.arguments.some((ge) => !ut(ge))) || I.slice(0, -1).some(le) || St() ? Mt = p(Te) : Mt = [le(P) || ee ? We : "", ft([P, Te])], At({ memberChain: true }, Mt);
}
function Dt(e, t, r) {
  let { node: n } = e, o = n.type === "NewExpression", i = K(e), s = pe(n), u = n.type !== "TSImportType" && n.typeArguments ? [r("typeArguments"), se] : "", a = s.length === 1 && io(s[0], t.originalText);
  if (a || MD(e) || _D(e) || $t(n, e.parent)) {
    let m = [];
    if (Rr(e, () => {
      m.push(r());
    }), !(a && m[0].label?.embed)) return [sp(e, r), i, u, "(", L(", ", m), ")"];
  }
  let l = n.type === "ImportExpression" || Et(n) || dt(n);
  if (!l && !o && Ut(n.callee) && !e.call(() => ie(e, t), "callee", ...n.callee.type === "ChainExpression" ? ["expression"] : [])) return ip(e, t, r);
  let f = [sp(e, r), i, u, $r(e, t, r)];
  return l || M(n.callee) ? p(f) : f;
}
function sp(e, t) {
  let { node: r } = e;
  return r.type === "ImportExpression" ? `import${r.phase ? `.${r.phase}` : ""}${r.sync ? ".sync" : ""}` : Et(r) ? "import" : dt(r) ? "require" : [r.type === "NewExpression" ? "new " : "", t("callee"), se];
}
function MD(e) {
  let { node: t } = e;
  if (!(t.type === "ImportExpression" || Et(t) || dt(t) || t.type === "CallExpression" && !t.optional && Fr(t.callee, OD))) return false;
  let r = pe(t);
  return r.length === 1 && G(r[0]) && !F(r[0]);
}
function _D(e) {
  let { node: t } = e;
  if (t.type !== "CallExpression" || t.optional || t.callee.type !== "Identifier") return false;
  let r = pe(t);
  return t.callee.name === "require" ? (r.length === 1 && G(r[0]) || r.length > 1) && !F(r[0]) : t.callee.name === "define" && e.parent.type === "ExpressionStatement" ? r.length === 1 || r.length === 2 && r[0].type === "ArrayExpression" || r.length === 3 && G(r[0]) && r[1].type === "ArrayExpression" : false;
}
function at(e, t, r, n, o, i) {
  let s = ND(e, t, r, n, i), u = i ? r(i, { assignmentLayout: s }) : "";
  switch (s) {
    case "break-after-operator":
      return p([p(n), o, p(D([T, u]))]);
    case "never-break-after-operator":
      return p([p(n), o, " ", u]);
    case "fluid": {
      let a = /* @__PURE__ */ Symbol("assignment");
      return p([p(n), o, p(D(T), { id: a }), se, kt(u, { groupId: a })]);
    }
    case "break-lhs":
      return p([n, o, " ", p(u)]);
    case "chain":
      return [p(n), o, T, u];
    case "chain-tail":
      return [p(n), o, D([T, u])];
    case "chain-tail-arrow-chain":
      return [p(n), o, u];
    case "only-left":
      return n;
  }
}
function pp(e, t, r) {
  let { node: n } = e;
  return at(e, t, r, r("left"), [" ", n.operator], "right");
}
function cp(e, t, r) {
  return at(e, t, r, r("id"), " =", "init");
}
function ND(e, t, r, n, o) {
  let { node: i } = e, s = i[o];
  if (!s) return "only-left";
  let u = !ao(s);
  if (e.match(ao, lp, (C) => !u || C.type !== "ExpressionStatement" && C.type !== "VariableDeclaration")) return u ? s.type === "ArrowFunctionExpression" && s.body.type === "ArrowFunctionExpression" ? "chain-tail-arrow-chain" : "chain-tail" : "chain";
  if (!u && ao(s.right) || ue(s) && !Qt(s) || Ie(t.originalText, s) || F(s, x.Leading, to)) return "break-after-operator";
  if (i.type === "ImportAttribute" || s.type === "CallExpression" && s.callee.name === "require" || e.root.type === "JsonRoot") return "never-break-after-operator";
  let f = mu(n);
  if (vD(i) || JD(i) || vi(i) && f) return "break-lhs";
  let m = GD(i, n, t);
  return e.call(() => jD(e, t, r, m), o) ? "break-after-operator" : RD(i) ? "break-lhs" : !f && (m || s.type === "TemplateLiteral" || s.type === "TaggedTemplateExpression" || ms(s) || xe(s) || s.type === "ClassExpression") ? "never-break-after-operator" : "fluid";
}
function jD(e, t, r, n) {
  let o = e.node;
  if (Pe(o) && !Br(o)) return true;
  switch (o.type) {
    case "StringLiteralTypeAnnotation":
    case "SequenceExpression":
      return true;
    case "TSConditionalType":
    case "ConditionalTypeAnnotation":
      if (!t.experimentalTernaries && !qD(o)) break;
      return true;
    case "ConditionalExpression": {
      if (!t.experimentalTernaries) {
        let { test: l } = o;
        return Pe(l) && !Br(l);
      }
      let { consequent: u, alternate: a } = o;
      return u.type === "ConditionalExpression" || a.type === "ConditionalExpression";
    }
    case "ClassExpression":
      return j(o.decorators);
  }
  if (n) return false;
  let i = o, s = [];
  for (; ; ) if (i.type === "UnaryExpression" || i.type === "AwaitExpression" || i.type === "YieldExpression" && i.argument !== null) i = i.argument, s.push("argument");
  else if (be(i)) i = i.expression, s.push("expression");
  else break;
  return !!(G(i) || e.call(() => mp(e, t, r), ...s));
}
function vD(e) {
  if (lp(e)) {
    let t = e.left || e.id;
    return t.type === "ObjectPattern" && t.properties.length > 2 && t.properties.some((r) => Ue(r) && (!r.shorthand || r.value?.type === "AssignmentPattern"));
  }
  return false;
}
function ao(e) {
  return e.type === "AssignmentExpression";
}
function lp(e) {
  return ao(e) || e.type === "VariableDeclarator";
}
function RD(e) {
  let t = WD(e);
  if (j(t)) {
    let r = e.type === "TSTypeAliasDeclaration" ? "constraint" : "bound";
    if (t.length > 1 && t.some((n) => n[r] || n.default)) return true;
  }
  return false;
}
function WD(e) {
  if (nn(e)) return e.typeParameters?.params;
}
function JD(e) {
  if (e.type !== "VariableDeclarator") return false;
  let { typeAnnotation: t } = e.id;
  if (!t || !t.typeAnnotation) return false;
  let r = up(t.typeAnnotation);
  return j(r) && r.length > 1 && r.some((n) => j(up(n)) || n.type === "TSConditionalType");
}
function vi(e) {
  return e.type === "VariableDeclarator" && e.init?.type === "ArrowFunctionExpression";
}
function up(e) {
  let t;
  switch (e.type) {
    case "GenericTypeAnnotation":
    case "TSTypeReference":
      t = e.typeArguments;
      break;
  }
  return t?.params;
}
function mp(e, t, r, n = false) {
  let { node: o } = e, i = () => mp(e, t, r, true);
  if (Ge(o)) return e.call(i, "expression");
  if (M(o)) {
    if (Dt(e, t, r).label?.memberChain) return false;
    let u = pe(o);
    return !(u.length === 0 || u.length === 1 && Kr(u[0], t)) || UD(o, r) ? false : e.call(i, "callee");
  }
  return N(o) ? e.call(i, "object") : n && (o.type === "Identifier" || o.type === "ThisExpression");
}
function GD(e, t, r) {
  return Ue(e) ? (t = yr(t), typeof t == "string" && Tt(t) < r.tabWidth + 3) : false;
}
function UD(e, t) {
  let r = e.typeArguments?.params;
  if (j(r)) {
    if (r.length > 1) return true;
    if (r.length === 1) {
      let n = r[0];
      if (ue(n) || bt(n) || n.type === "TSTypeLiteral" || n.type === "ObjectTypeAnnotation") return true;
    }
    if (le(t("typeArguments"))) return true;
  }
  return false;
}
function ap(e) {
  switch (e.type) {
    case "FunctionTypeAnnotation":
    case "ConstructorTypeAnnotation":
    case "TSFunctionType":
    case "TSConstructorType":
      return !!e.typeParameters;
    case "GenericTypeAnnotation":
    case "TSTypeReference":
      return !!e.typeArguments;
    default:
      return false;
  }
}
function qD(e) {
  return ap(e.checkType) || ap(e.extendsType);
}
function fp(e, t, r) {
  let { node: n } = e, o = ["await"];
  if (n.argument) {
    o.push(" ", r("argument"));
    let { parent: i } = e;
    if (M(i) && i.callee === n || N(i) && i.object === n) {
      o = [D([E, ...o]), E];
      let s = e.findAncestor((u) => u.type === "AwaitExpression" || u.type === "BlockStatement");
      if (s?.type !== "AwaitExpression" || !De(s.argument, (u) => u === n)) return p(o);
    }
  }
  return o;
}
function zr(e, t, r, n) {
  let { node: o } = e, i = [], s = Dp(0, o[n], (u) => u.type !== "EmptyStatement");
  return e.each(({ node: u }) => {
    u.type !== "EmptyStatement" && (i.push(r()), u !== s && (i.push(d), Ee(u, t) && i.push(d)));
  }, n), i;
}
function po(e, t, r) {
  let n = XD(e, t, r), { node: o, parent: i } = e;
  if (o.type === "Program" && i?.type !== "ModuleExpression") return n ? [n, d] : "";
  let s = [];
  if (o.type === "StaticBlock" && s.push("static "), s.push("{"), n) s.push(D([d, n]), d);
  else {
    let u = e.grandparent;
    i.type === "ArrowFunctionExpression" || i.type === "FunctionExpression" || i.type === "FunctionDeclaration" || i.type === "ComponentDeclaration" || i.type === "HookDeclaration" || i.type === "ObjectMethod" || i.type === "ClassMethod" || i.type === "ClassPrivateMethod" || i.type === "ForStatement" || i.type === "WhileStatement" || i.type === "DoWhileStatement" || i.type === "DoExpression" || i.type === "ModuleExpression" || i.type === "CatchClause" && !u.finalizer || pn(i) || i.type === "MatchStatementCase" || o.type === "StaticBlock" || s.push(d);
  }
  return s.push("}"), s;
}
function XD(e, t, r) {
  let { node: n } = e, o = j(n.directives), i = n.body.some((a) => a.type !== "EmptyStatement"), s = F(n, x.Dangling);
  if (!o && !i && !s) return "";
  let u = [];
  return o && (u.push(zr(e, t, r, "directives")), (i || s) && (u.push(d), Ee(w(0, n.directives, -1), t) && u.push(d))), i && u.push(zr(e, t, r, "body")), s && u.push(R(e, t)), u;
}
function VD(e) {
  let t = /* @__PURE__ */ new WeakMap();
  return (r) => z(t, r, () => Symbol(e));
}
function dp(e, t) {
  let { node: r } = e;
  if (r.type === "ClassBody" || r.type === "StructBody" || r.type === "TSInterfaceBody") {
    e.each(t, "body");
    return;
  }
  if (r.type === "TSTypeLiteral") {
    e.each(t, "members");
    return;
  }
  if (r.type === "RecordDeclarationBody") {
    e.each(t, "elements");
    return;
  }
  if (r.type === "ObjectTypeAnnotation") {
    let n = Ep.flatMap((o) => e.map(({ node: i, index: s }) => ({ node: i, loc: b(i), selector: [o, s] }), o)).sort((o, i) => o.loc - i.loc);
    for (let [o, { node: i, selector: s }] of n.entries()) e.call(() => t({ node: i, next: n[o + 1]?.node, isLast: o === n.length - 1 }), ...s);
  }
}
function Cp(e) {
  if (e.type === "ObjectTypeAnnotation") return Ep.some((r) => j(e[r]));
  let t = e.type === "RecordDeclarationBody" ? e.elements : e.body;
  return j(t);
}
function tr(e, t, r) {
  let { node: n } = e, o = [], i = n.type === "ObjectTypeAnnotation", s = n.type === "RecordDeclarationBody", u = !xp(e), a = u ? T : d, l = F(n, x.Dangling), [f, m] = i && n.exact ? ["{|", "|}"] : "{}", C = true, g;
  if (dp(e, ({ node: y, next: h, isLast: A }) => {
    if (g ?? (g = y), C && (C = false), o.push(r()), !s && u && i) {
      let { parent: k } = e;
      k.inexact || !A ? o.push(",") : o.push(Le(t));
    }
    s && y.type !== "MethodDefinition" && o.push(","), !s && !u && (KD({ node: y, next: h }, t) || Tp({ node: y, next: h }, t)) && o.push(";"), A || (o.push(a), Ee(y, t) && o.push(d));
  }), l && o.push(R(e, t)), n.type === "ObjectTypeAnnotation" && n.inexact) {
    C && (C = false);
    let y;
    F(n, x.Dangling) ? y = [F(n, x.Line) || J(t.originalText, B(w(0, ne(n), -1))) ? d : T, "..."] : y = [g ? T : "", "..."], o.push(y);
  }
  if (u) {
    let y = F(n, x.Dangling | x.Line) || t.objectWrap === "preserve" && g && re(t.originalText, b(n), b(g)), h;
    if (o.length === 0) h = f + m;
    else {
      let A = !t.bracketSpacing || C && !y ? E : T;
      h = [f, D([A, ...o]), A, m];
    }
    return e.match(void 0, (A, k) => k === "typeAnnotation", (A, k) => k === "typeAnnotation", zt) || e.match(void 0, (A, k) => A.type === "FunctionTypeParam" && k === "typeAnnotation", zt) ? h : p(h, { shouldBreak: y });
  }
  return [f, o.length > 0 ? [D([d, o]), d] : "", m];
}
function xp(e) {
  let { node: t } = e;
  if (t.type === "ObjectTypeAnnotation") {
    let { key: r, parent: n } = e;
    return r === "body" && (n.type === "InterfaceDeclaration" || n.type === "DeclareInterface" || n.type === "DeclareClass");
  }
  return t.type === "ClassBody" || t.type === "StructBody" || t.type === "TSInterfaceBody" || t.type === "RecordDeclarationBody";
}
function ke(e, t) {
  let { parent: r } = e;
  return e.callParent(xp) ? r.type === "ObjectTypeAnnotation" ? ";" : v(t) : r.type === "TSTypeLiteral" ? e.isLast ? t.semi ? O(";") : "" : t.semi || Tp({ node: e.node, next: e.next }, t) ? ";" : O("", ";") : "";
}
function KD({ node: e, next: t }, r) {
  if (r.semi || !Fp(e)) return false;
  if (!e.value && Ap(e)) return true;
  if (!t || t.static || t.accessibility || t.readonly) return false;
  if (!t.computed && t.key?.type === "Identifier") {
    let { name: n } = t.key;
    if (n === "in" || n === "instanceof") return true;
  }
  if (Fp(t) && t.type !== "AbstractPropertyDefinition" && !t.static && t.variance && !t.declare) return true;
  switch (t.type) {
    case "ClassProperty":
    case "PropertyDefinition":
    case "AbstractPropertyDefinition":
    case "TSAbstractPropertyDefinition":
      return t.computed;
    case "MethodDefinition":
    case "AbstractMethodDefinition":
    case "TSAbstractMethodDefinition":
    case "ClassMethod":
    case "ClassPrivateMethod": {
      if ((t.value ? t.value.async : t.async) || t.kind === "get" || t.kind === "set") return false;
      let o = t.value ? t.value.generator : t.generator;
      return !!(t.computed || o);
    }
    case "TSIndexSignature":
      return true;
  }
  return false;
}
function Tp({ node: e, next: t }, r) {
  return r.semi || !$D(e) ? false : Ap(e) ? true : t && t.type === "TSCallSignatureDeclaration" ? !(e.type === "TSPropertySignature" && e.typeAnnotation) : false;
}
function Pr(e, t, r) {
  let n = ZD(e, t, r), { node: o } = e;
  if (o.type === "ClassExpression" && j(o.decorators)) {
    let i = no(e, t, r);
    return ie(e, t) ? [D([E, i, n]), E] : [i, n];
  }
  return n;
}
function ZD(e, t, r) {
  let { node: n } = e, o = QD(n), i = o ? "interface" : n.type === "RecordDeclaration" ? "record" : n.type === "StructDeclaration" ? "struct" : "class", s = [Q(e), Wt(e), i], u = hp(e), a = [], l = [];
  if (n.type !== "InterfaceTypeAnnotation") {
    n.id && a.push(" ");
    for (let m of ["id", "typeParameters"]) if (n[m]) {
      let { leading: C, trailing: g } = e.call(() => Rn(e, t), m);
      a.push(C, r(m), D(g));
    }
  }
  if (n.superClass) {
    let m = [ry(e, t, r)];
    n.superTypeArguments && m.push(r("superTypeArguments")), m = ["extends ", q(n.superClass) && !xt(n.superClass) ? m : e.call(() => Z(e, m, t), "superClass")], u ? l.push(T, p(m)) : l.push(" ", m);
  } else l.push(Ri(e, t, r, "extends"));
  l.push(Ri(e, t, r, "mixins"), Ri(e, t, r, "implements"));
  let f;
  return u ? (f = zD(n), s.push(p([...a, D(l)], { id: f }))) : s.push(...a, ...l), !o && u && Cp(n.body) ? s.push(O(d, " ", { groupId: f })) : s.push(" "), s.push(r("body")), s;
}
function gp(e) {
  let t = e.superClass ? 1 : 0;
  for (let r of ["extends", "mixins", "implements"]) if (Array.isArray(e[r]) && (t += e[r].length), t > 1) return true;
  return t > 1;
}
function ey(e) {
  let { node: t } = e;
  if (F(t.id, x.Trailing) || F(t.typeParameters, x.Trailing) || F(t.superClass) || gp(t)) return true;
  if (t.superClass) return e.parent.type === "AssignmentExpression" ? false : !t.superTypeArguments && N(we(t.superClass));
  let r = t.extends?.[0] ?? t.mixins?.[0] ?? t.implements?.[0];
  return r ? r.type === "InterfaceExtends" && r.id.type === "QualifiedTypeIdentifier" && !r.typeArguments || (r.type === "TSClassImplements" || r.type === "TSInterfaceHeritage") && N(r.expression) && !r.typeArguments : false;
}
function hp(e) {
  return z(ty, e.node, () => ey(e));
}
function Ri(e, t, r, n) {
  let { node: o } = e;
  if (!j(o[n])) return "";
  let i = R(e, t, { marker: n }), s = L([",", T], e.map(r, n));
  if (!gp(o)) {
    let u = [`${n} `, i, s];
    return hp(e) ? [T, p(u)] : [" ", u];
  }
  return [T, i, i && d, n, p(D([T, s]))];
}
function ry(e, t, r) {
  let n = r("superClass"), { parent: o } = e;
  return o.type === "AssignmentExpression" ? p(O(["(", D([E, n]), E, ")"], n)) : n;
}
function Ir(e, t, r) {
  let { node: n } = e, o = [];
  return j(n.decorators) && o.push(Oi(e, t, r)), o.push(Lt(n)), n.static && o.push("static "), o.push(Wt(e)), n.override && o.push("override "), o.push(Vr(e, t, r)), o;
}
function kr(e, t, r) {
  let { node: n } = e, o = [];
  j(n.decorators) && o.push(Oi(e, t, r)), o.push(Q(e), Lt(n)), n.static && o.push("static "), o.push(Wt(e)), n.override && o.push("override "), n.readonly && o.push("readonly "), n.variance && o.push(r("variance")), (n.type === "ClassAccessorProperty" || n.type === "AccessorProperty" || n.type === "TSAbstractAccessorProperty") && o.push("accessor "), o.push(Oe(e, t, r), K(e), Jn(e), W(e, r));
  let i = un(n) || n.type === "TSAbstractAccessorProperty";
  return [at(e, t, r, o, " =", i ? void 0 : "value"), v(t)];
}
function ny(e, t) {
  let r = ne(e, x.Leading);
  if (r.length === 0) return false;
  let [n] = r, o = t.originalText, i = b(n);
  return re(o, i, B(n)) || J(o, i, { backwards: true });
}
function ht(e, t, r, n = "body") {
  return e.call(({ node: o }) => {
    let i = r();
    if (o.type === "EmptyStatement") return F(o, x.Leading) ? [" ", i] : i;
    let s = o.type === "BlockStatement";
    return ny(o, t) ? s ? [d, i] : D([d, i]) : s || o.type === "IfStatement" && e.parent.type === "IfStatement" && e.key === "alternate" ? [" ", i] : D([T, i]);
  }, n);
}
function bp(e, t, r) {
  return [p(["do", ht(e, t, r)]), e.node.body.type === "BlockStatement" ? " " : d, "while (", xr(e, t, r), ")", v(t)];
}
function Wi(e) {
  return oy(e) ? Wi(e.expression) : e;
}
function Ip(e) {
  return e.type === "MemberExpression" || e.type === "OptionalMemberExpression" || e.type === "Identifier" && e.name !== "undefined";
}
function iy(e, t) {
  if (Ti(e, t)) {
    let r = Wi(e.node.expression);
    return Pp(r) || Ip(r);
  }
  return !(!t.semi || xi(e, t) || Ai(e, t));
}
function kp(e, t, r) {
  let n = [r("expression")];
  if (Kn(e, t)) {
    if ($n(e, t)) {
      let { node: o } = e, i = w(0, ne(o, x.Leading), -1), s = vn(e, t, { filter: (u) => u === i });
      return Z(e, [";", s, ...n], t, { filter: (u) => u !== i });
    }
    n.unshift(";");
  } else iy(e, t) && n.push(";");
  return n;
}
function wp(e, t, r) {
  let { node: n } = e, o = ht(e, t, r), i = R(e, t), s = i ? [i, E] : "";
  return !n.init && !n.test && !n.update ? [s, p(["for (;;)", o])] : [s, p(["for (", p([D([E, r("init"), ";", T, r("test"), ";", n.update ? [T, r("update")] : ""]), E]), ")", o])];
}
function Lp(e, t, r) {
  let { node: n } = e, o = n.type === "ForOfStatement";
  return p(["for", o && n.await ? " await" : "", " (", r("left"), ye(1, se), " ", o ? "of" : "in", " ", r("right"), ")", ht(e, t, r)]);
}
function Op(e, t, r) {
  if (t.__isVueBindings || t.__isVueForBindingLeft) {
    let n = e.map(r, "program", "body", 0, "params");
    if (n.length === 1) return n[0];
    let o = L([",", T], n);
    return t.__isVueForBindingLeft ? ["(", D([E, p(o)]), E, ")"] : o;
  }
  if (t.__isEmbeddedTypescriptGenericParameters) {
    let n = e.map(r, "program", "body", 0, "typeParameters", "params");
    return L([",", T], n);
  }
}
function sy(e) {
  return e.match(({ name: t }) => t === "of", (t, r) => t.type === "VariableDeclarator" && r === "id", (t, r) => t.type === "VariableDeclaration" && t.kind === "using" && r === "declarations", (t, r) => t.type === "ForOfStatement" && r === "left") || e.match(({ name: t }) => t === "async", (t, r) => t.type === "ExportDefaultSpecifier" && r === "exported", (t, r) => t.type === "ExportNamedDeclaration" && r === "specifiers");
}
function Mp(e, t, r) {
  return [ay(e), K(e), Jn(e), W(e, r)];
}
function co(e) {
  return Ne(w(0, ne(e, x.Dangling), -1));
}
function Np(e, t, r) {
  let { node: n } = e, o = p(["if (", xr(e, t, r), ")", Sp(e, t, r)]);
  if (!n.alternate) return o;
  let { consequent: i } = n, s = i.type === "BlockStatement", u = [o], a = s;
  s || (u.push(d), a = false);
  let l = ne(n, x.Dangling);
  if (l.length > 0) {
    let [f] = l;
    _p(f, t) ? u.push(s ? [d, d] : d) : J(t.originalText, b(f), { backwards: true }) ? u.push(s ? d : "") : u.push(" "), u.push(R(e, t), co(n) || J(t.originalText, B(w(0, l, -1))) ? d : " "), a = false;
  }
  return u.push(a ? " " : "", "else", p(Bp(e, t, r))), u;
}
function Rp(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "RegExpLiteral":
      return jp(r);
    case "BigIntLiteral":
      return lo(r.extra.raw);
    case "NumericLiteral":
      return Gt(r.extra.raw);
    case "StringLiteral":
      return Ke(it(r.extra.raw, t));
    case "NullLiteral":
      return "null";
    case "BooleanLiteral":
      return String(r.value);
    case "DirectiveLiteral":
      return vp(r.extra.raw, t);
    case "Literal": {
      if (r.regex) return jp(r.regex);
      if (r.bigint) return lo(r.raw);
      let { value: n } = r;
      return typeof n == "number" ? Gt(r.raw) : typeof n == "string" ? py(e) ? vp(r.raw, t) : Ke(it(r.raw, t)) : String(n);
    }
  }
}
function py(e) {
  if (e.key !== "expression") return;
  let { parent: t } = e;
  return t.type === "ExpressionStatement" && typeof t.directive == "string";
}
function lo(e) {
  return e.toLowerCase();
}
function jp({ pattern: e, flags: t }) {
  return t = [...t].sort().join(""), `/${e}/${t}`;
}
function vp(e, t) {
  let r = e.slice(1, -1);
  if (r === cy || !(r.includes('"') || r.includes("'"))) {
    let n = t.singleQuote ? "'" : '"';
    return n + r + n;
  }
  return e;
}
function yt(e, t, r) {
  let { node: n, parent: o } = e, i = cn(n), s = Wp(n), u = n.type === "EnumBody" && n.hasUnknownMembers, a = i ? "members" : s ? "attributes" : jr(n) ? "exportsFilter" : "properties", l = n[a], f = i || n.type === "ObjectPattern" && o.type !== "FunctionDeclaration" && o.type !== "FunctionExpression" && o.type !== "ArrowFunctionExpression" && o.type !== "ObjectMethod" && o.type !== "ClassMethod" && o.type !== "ClassPrivateMethod" && o.type !== "AssignmentPattern" && o.type !== "CatchClause" && n.properties.some((h) => h.value && (h.value.type === "ObjectPattern" || h.value.type === "ArrayPattern")) || n.type !== "ObjectPattern" && t.objectWrap === "preserve" && l.length > 0 && ly(n, l[0], t), m = [], C = e.map(({ node: h }) => {
    let A = [...m, r()];
    return m = [",", T], Ee(h, t) && m.push(d), A;
  }, a);
  if (u) {
    let h;
    if (F(n, x.Dangling)) {
      let A = F(n, x.Line);
      h = [R(e, t), A || J(t.originalText, B(w(0, ne(n), -1))) ? d : T, "..."];
    } else h = ["..."];
    C.push([...m, ...h]);
  }
  let g = !(u || w(0, l, -1)?.type === "RestElement"), y;
  if (C.length === 0) y = p(["{", Jt(e, t), "}", K(e), W(e, r)]);
  else {
    let h = t.bracketSpacing ? T : E;
    y = ["{", D([h, ...C]), g ? Le(t) : "", h, "}", K(e), W(e, r)];
  }
  return e.match((h) => h.type === "ObjectPattern" && !j(h.decorators), zt) || Xe(n) && (e.match(void 0, (h, A) => A === "typeAnnotation", (h, A) => A === "typeAnnotation", zt) || e.match(void 0, (h, A) => h.type === "FunctionTypeParam" && A === "typeAnnotation", zt)) || !f && e.match((h) => h.type === "ObjectPattern", (h) => h.type === "AssignmentExpression" || h.type === "VariableDeclarator") ? y : p(y, { shouldBreak: f });
}
function ly(e, t, r) {
  let n = r.originalText, o = b(t), i = b(e);
  return Wp(e) && (i = oe(r).lastIndexOf("{", o)), re(n, i, o);
}
function Jp(e, t, r) {
  let { node: n } = e;
  return ["import", n.phase ? ` ${n.phase}` : "", Gi(n), qp(e, t, r), Up(e, t, r), Hp(e, t, r), v(t)];
}
function mo(e, t, r) {
  let { node: n } = e, o = [Va(e, t, r), Q(e), "export", n.phase ? ` ${n.phase}` : "", Gp(n) ? " default" : ""], { declaration: i, exported: s } = n;
  return F(n, x.Dangling) && (o.push(" ", R(e, t)), co(n) && o.push(d)), i ? o.push(" ", r("declaration")) : (o.push(Dy(n)), n.type === "ExportAllDeclaration" || n.type === "DeclareExportAllDeclaration" ? (o.push(" *"), s && o.push(" as ", r("exported"))) : o.push(qp(e, t, r)), o.push(Up(e, t, r), Hp(e, t, r))), o.push(fy(n, t)), o;
}
function fy(e, t) {
  return !e.declaration || Gp(e) && !my(e.declaration) ? v(t) : "";
}
function Ji(e, t = true) {
  return e && e !== "value" ? `${t ? " " : ""}${e}${t ? "" : " "}` : "";
}
function Gi(e, t) {
  return Ji(e.importKind, t);
}
function Dy(e) {
  return Ji(e.exportKind);
}
function Up(e, t, r) {
  let { node: n } = e;
  return n.source ? [Yp(n, t) ? " from" : "", " ", r("source")] : "";
}
function qp(e, t, r) {
  let { node: n } = e;
  if (!Yp(n, t)) return "";
  let o = [" "];
  if (j(n.specifiers)) {
    let i = [], s = [];
    e.each(({ node: u }) => {
      if (jr(u) || u.type === "ExportDefaultSpecifier" || u.type === "ImportDefaultSpecifier") i.push(r());
      else if (u.type === "ExportSpecifier" || u.type === "ImportSpecifier") s.push(r());
      else throw new st(u, "specifier");
    }, "specifiers"), o.push(L(", ", i)), s.length > 0 && (i.length > 0 && o.push(", "), s.length > 1 || i.length > 0 || n.specifiers.some((a) => F(a)) ? o.push(p(["{", D([t.bracketSpacing ? T : E, L([",", T], s)]), Le(t), t.bracketSpacing ? T : E, "}"])) : o.push(["{", t.bracketSpacing ? " " : "", ...s, t.bracketSpacing ? " " : "", "}"]));
  } else o.push("{}");
  return o;
}
function Yp(e, t) {
  return e.type !== "ImportDeclaration" || j(e.specifiers) || e.importKind === "type" ? true : oe(t).slice(b(e), b(e.source)).trimEnd().endsWith("from");
}
function yy(e, t) {
  let r = oe(t).slice(B(e.source), e.attributes?.[0] ? b(e.attributes[0]) : B(e)).trimStart();
  return r.startsWith("assert") ? "assert" : r.startsWith("with") || j(e.attributes) ? "with" : void 0;
}
function Hp(e, t, r) {
  let { node: n } = e;
  if (!n.source) return "";
  let o = yy(n, t);
  if (!o) return "";
  let i = yt(e, t, r);
  return Ey(n) && (i = Vt(i)), [` ${o} `, i];
}
function Xp(e, t, r) {
  let { node: n } = e, { type: o } = n, i = o.startsWith("Import"), s = i ? "imported" : "local", u = i ? "local" : "exported", a = n[s], l = n[u], f = "", m = "";
  return jr(n) ? n.exportsFilter ? f = yt(e, t, r) : f = "*" : a && (f = r(s)), l && !vr(n) && (m = r(u)), [Ji(o === "ImportSpecifier" ? n.importKind : n.exportKind, false), f, f && m ? " as " : "", m];
}
function fo(e, t, r) {
  let { node: n } = e;
  return n.shorthand ? r("value") : at(e, t, r, Oe(e, t, r), ":", "value");
}
function wr(e, t) {
  return ["...", t("argument"), W(e, t)];
}
function dy(e, t, r) {
  let { node: n } = e, o = r();
  return Bn(n, t) ? ["(", D([d, o]), d, ")"] : Pe(n) || t.experimentalTernaries && n.type === "ConditionalExpression" && (n.consequent.type === "ConditionalExpression" || n.alternate.type === "ConditionalExpression") ? p([O("("), D([E, o]), E, O(")")]) : o;
}
function Ui(e, t, r) {
  return e.node.argument ? [" ", e.call(() => dy(e, t, r), "argument")] : "";
}
function Vp(e, t, r) {
  return ["return", Ui(e, t, r), v(t)];
}
function Kp(e, t, r) {
  return ["throw", Ui(e, t, r), v(t)];
}
function $p(e, t, r) {
  return ["yield", e.node.delegate ? "*" : "", Ui(e, t, r)];
}
function Cy(e, t) {
  let { key: r, parent: n } = e;
  return !!(r === "argument" && on(n) && ie(e, t) || r === "body" && n.type === "ArrowFunctionExpression");
}
function zp(e, t, r) {
  let { parent: n } = e;
  if (n.type === "ExpressionStatement" || n.type === "ForStatement") {
    let i = [];
    return e.each(({ isFirst: s }) => {
      s ? i.push(r()) : i.push(",", D([T, r()]));
    }, "expressions"), p(i);
  }
  let o = L([",", T], e.map(r, "expressions"));
  return Cy(e, t) ? p(O([D([E, o]), E], o)) : p(o);
}
function Qp(e, t, r) {
  return [p(["switch (", D([E, r("discriminant")]), E, ")"]), " {", e.node.cases.length > 0 ? D([d, L(d, e.map(({ node: n, isLast: o }) => [r(), !o && Ee(n, t) ? d : ""], "cases"))]) : R(e, t, { indent: true }), d, "}"];
}
function Zp(e, t, r) {
  let { node: n } = e, o = [];
  n.test ? o.push("case ", r("test"), ":") : o.push("default:"), F(n, x.Dangling) && o.push(" ", R(e, t));
  let i = n.consequent.filter((s) => s.type !== "EmptyStatement");
  if (i.length > 0) {
    let s = zr(e, t, r, "consequent");
    o.push(i.length === 1 && i[0].type === "BlockStatement" ? [" ", s] : D([d, s]));
  }
  return o;
}
function ec(e, t) {
  let r = 0;
  for (let n in e) {
    let o = e[n];
    if (Tn(o) && typeof o.type == "string" && (r++, r += ec(o, t - r)), r > t) return r;
  }
  return r;
}
function qi(e, t = 5) {
  return ec(e, t) <= t;
}
function Fy(e) {
  let t = [e];
  for (let r = 0; r < t.length; r++) {
    let n = t[r];
    for (let o of ["test", "consequent", "alternate"]) {
      let i = n[o];
      if (q(i)) return true;
      i.type === "ConditionalExpression" && t.push(i);
    }
  }
  return false;
}
function xy(e, t, r) {
  let { node: n } = e, o = n.type === "ConditionalExpression", i = o ? "alternate" : "falseType", { parent: s } = e, u = o ? r("test") : [r("checkType"), " ", "extends", " ", r("extendsType")];
  return s.type === n.type && s[i] === n ? ye(2, u) : u;
}
function Ty(e) {
  let { node: t } = e;
  if (t.type !== "ConditionalExpression") return false;
  let r, n = t;
  for (let o = 0; !r; o++) {
    let i = e.getParentNode(o);
    if (Ge(i) && i.expression === n || M(i) && i.callee === n || N(i) && i.object === n) {
      n = i;
      continue;
    }
    i.type === "NewExpression" && i.callee === n || fe(i) && i.expression === n ? (r = e.getParentNode(o + 1), n = i) : r = i;
  }
  return n === t ? false : r[Ay.get(r.type)] === n;
}
function tc(e, t, r) {
  let { node: n } = e, o = n.type === "ConditionalExpression", i = o ? "consequent" : "trueType", s = o ? "alternate" : "falseType", u = o ? ["test"] : ["checkType", "extendsType"], a = n[i], l = n[s], f = [], m = false, { parent: C } = e, g = C.type === n.type && u.some((ee) => C[ee] === n), y = C.type === n.type && !g, h, A, k = 0;
  do
    A = h || n, h = e.getParentNode(k), k++;
  while (h && h.type === n.type && u.every((ee) => h[ee] !== A));
  let I = h || C, P = A;
  if (o && (q(n[u[0]]) || q(a) || q(l) || Fy(P))) {
    m = true, y = true;
    let ee = (Ce) => [O("("), D([E, Ce]), E, O(")")], Te = (Ce) => Ce.type === "NullLiteral" || Ce.type === "Literal" && Ce.value === null || Ce.type === "Identifier" && Ce.name === "undefined";
    f.push(" ? ", Te(a) ? r(i) : ee(r(i)), " : ", l.type === n.type || Te(l) ? r(s) : ee(r(s)));
  } else {
    let ee = (Ce) => t.useTabs ? D(r(Ce)) : ye(2, r(Ce)), Te = [T, "? ", a.type === n.type ? O("", "(") : "", ee(i), a.type === n.type ? O("", ")") : "", T, ": ", ee(s)];
    f.push(C.type !== n.type || C[s] === n || g ? Te : t.useTabs ? wn(D(Te)) : ye(Math.max(0, t.tabWidth - 2), Te));
  }
  let U = (ee) => C === I ? p(ee) : ee, H = !m && (N(C) || C.type === "NGPipeExpression" && C.left === n) && !C.computed, me = Ty(e), de = U([xy(e, t, r), y ? f : D(f), o && H && !me ? E : ""]);
  return g || me ? p([D([E, de]), E]) : de;
}
function gy(e, t) {
  return (N(t) || t.type === "NGPipeExpression" && t.left === e) && !t.computed;
}
function hy(e, t, r, n) {
  return [...e.map((i) => ne(i)), ne(t), ne(r)].flat().some((i) => ce(i) && re(n.originalText, b(i), B(i)));
}
function By(e) {
  let { node: t } = e;
  if (t.type !== "ConditionalExpression") return false;
  let r, n = t;
  for (let o = 0; !r; o++) {
    let i = e.getParentNode(o);
    if (Ge(i) && i.expression === n || M(i) && i.callee === n || N(i) && i.object === n) {
      n = i;
      continue;
    }
    i.type === "NewExpression" && i.callee === n || fe(i) && i.expression === n ? (r = e.getParentNode(o + 1), n = i) : r = i;
  }
  return n === t ? false : r[Sy.get(r.type)] === n;
}
function Lr(e, t, r, n) {
  if (!t.experimentalTernaries) return tc(e, t, r);
  let { node: o } = e, i = o.type === "ConditionalExpression", s = Qe(o), u = i ? "consequent" : "trueType", a = i ? "alternate" : "falseType", l = i ? ["test"] : ["checkType", "extendsType"], f = o[u], m = o[a], C = l.map((Nr) => o[Nr]), { parent: g } = e, y = g.type === o.type, h = y && l.some((Nr) => g[Nr] === o), A = y && g[a] === o, k = f.type === o.type, I = m.type === o.type, P = I || A, U = t.tabWidth > 2 || t.useTabs, H, me, de = 0;
  do
    me = H || o, H = e.getParentNode(de), de++;
  while (H && H.type === o.type && l.every((Nr) => H[Nr] !== me));
  let ee = H || g, Te = n && n.assignmentLayout && n.assignmentLayout !== "break-after-operator" && (g.type === "AssignmentExpression" || g.type === "VariableDeclarator" || g.type === "ClassProperty" || g.type === "PropertyDefinition" || g.type === "ClassPrivateProperty" || g.type === "ObjectProperty" || g.type === "Property"), Ce = jt(g) && !(k || I), St = i && ee.type === "JSXExpressionContainer" && e.grandparent.type !== "JSXAttribute", Mt = By(e), _ = gy(o, g), ge = s && ie(e, t), Me = U ? t.useTabs ? "	" : " ".repeat(t.tabWidth - 1) : "", Bt = hy(C, f, m, t) || k || I, Mr = !P && !y && !s && (St ? f.type === "NullLiteral" || f.type === "Literal" && f.value === null : Kr(f, t) && qi(o.test, 3)), ts = P || A || s && !y || y && i && qi(o.test, 1) || Mr, Zr = [];
  F(o.test, x.Dangling) && e.call(() => {
    Zr.push(R(e, t));
  }, "test"), F(o, x.Dangling) && Zr.push(R(e, t));
  let rs = /* @__PURE__ */ Symbol("test"), jc = /* @__PURE__ */ Symbol("consequent"), en = /* @__PURE__ */ Symbol("test-and-consequent"), vc = i ? [Yi(r("test")), o.test.type === "ConditionalExpression" ? We : ""] : [r("checkType"), " ", "extends", " ", Qe(o.extendsType) || o.extendsType.type === "TSMappedType" ? r("extendsType") : p(Yi(r("extendsType")))], ns = p([vc, " ?"], { id: rs }), Rc = r(u), tn = D([k || St && (q(f) || y || P) ? d : T, Rc]), Wc = ts ? p([ns, P ? tn : O(tn, p(tn, { id: jc }), { groupId: rs })], { id: en }) : [ns, tn], vo = r(a), os = Mr ? O(vo, wn(Yi(vo)), { groupId: en }) : vo, _r = [Wc, Zr.length > 0 ? [D([d, Zr]), d] : I ? d : Mr ? O(T, " ", { groupId: en }) : T, ":", I || !U ? " " : ts ? O(Me, O(P || Mr ? " " : Me, " "), { groupId: en }) : O(Me, " "), I ? os : p([D(os), St && !Mr ? E : ""]), _ && !Mt ? E : "", Bt ? We : ""];
  return Te && !Bt ? p(D([E, p(_r)])) : Te || Ce ? p(D(_r)) : Mt || s && h ? p([D([E, _r]), ge ? E : ""]) : g === ee ? p(_r) : _r;
}
function rc(e, t, r) {
  let { node: n } = e;
  return ["try ", r("block"), n.handler ? [" ", r("handler")] : "", n.finalizer ? [" finally ", r("finalizer")] : ""];
}
function nc(e, t, r) {
  let { node: n } = e;
  if (n.param) {
    let o = F(n.param, (s) => !ce(s) || s.leading && J(t.originalText, B(s)) || s.trailing && J(t.originalText, b(s), { backwards: true })), i = r("param");
    return ["catch ", o ? ["(", D([E, i]), E, ") "] : ["(", i, ") "], r("body")];
  }
  return ["catch ", r("body")];
}
function Do({ key: e, parent: t }) {
  return e === "init" && t.type === "ForStatement" || e === "left" && (t.type === "ForInStatement" || t.type === "ForOfStatement");
}
function yo(e, t, r) {
  let { node: n } = e, o = e.map(r, "declarations"), i = Do(e), s = n.declarations.some((a) => a.init), u;
  return o.length === 1 && !F(n.declarations[0]) ? u = o[0] : u = D(o[0]), p([Q(e), n.kind, u ? [" ", u] : "", D(o.slice(1).map((a) => [",", s && !i ? d : T, a])), i ? "" : v(t)]);
}
function oc(e, t, r) {
  let { node: n } = e, o = n.type === "WithStatement" ? "with" : "while";
  return p([o, " (", xr(e, t, r), ")", ht(e, t, r)]);
}
function ic(e, t, r, n) {
  let { node: o } = e;
  if (sr(o)) return Rp(e, t);
  switch (o.type) {
    case "JsExpressionRoot":
      return r("node");
    case "JsonRoot":
      return [R(e, t), r("node"), d];
    case "File":
      return Op(e, t, r) ?? r("program");
    case "ExpressionStatement":
      return kp(e, t, r);
    case "ChainExpression":
      return r("expression");
    case "ParenthesizedExpression":
      return !F(o.expression) && (ae(o.expression) || V(o.expression)) ? ["(", r("expression"), ")"] : p(["(", D([E, r("expression")]), E, ")"]);
    case "AssignmentExpression":
      return pp(e, t, r);
    case "VariableDeclarator":
      return cp(e, t, r);
    case "BinaryExpression":
    case "LogicalExpression":
      return ro(e, t, r);
    case "AssignmentPattern":
      return [r("left"), " = ", r("right")];
    case "OptionalMemberExpression":
    case "MemberExpression":
      return op(e, t, r);
    case "MetaProperty":
      return [r("meta"), ".", r("property")];
    case "BindExpression":
      return np(e, t, r);
    case "Identifier":
      return Mp(e, t, r);
    case "V8IntrinsicIdentifier":
      return ["%", o.name];
    case "SpreadElement":
      return wr(e, r);
    case "RestElement":
      return wr(e, r);
    case "FunctionDeclaration":
    case "FunctionExpression":
      return Ar(e, t, r, n);
    case "ArrowFunctionExpression":
      return Za(e, t, r, n);
    case "YieldExpression":
      return $p(e, t, r);
    case "AwaitExpression":
      return fp(e, t, r);
    case "ExportDefaultDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
      return mo(e, t, r);
    case "ImportDeclaration":
      return Jp(e, t, r);
    case "ImportSpecifier":
    case "ExportSpecifier":
    case "ImportNamespaceSpecifier":
    case "ExportNamespaceSpecifier":
    case "ImportDefaultSpecifier":
    case "ExportDefaultSpecifier":
      return Xp(e, t, r);
    case "ImportAttribute":
      return fo(e, t, r);
    case "Program":
    case "BlockStatement":
    case "StaticBlock":
      return po(e, t, r);
    case "ClassBody":
    case "StructBody":
      return tr(e, t, r);
    case "ThrowStatement":
      return Kp(e, t, r);
    case "ReturnStatement":
      return Vp(e, t, r);
    case "NewExpression":
    case "ImportExpression":
    case "OptionalCallExpression":
    case "CallExpression":
      return Dt(e, t, r);
    case "ObjectExpression":
    case "ObjectPattern":
      return yt(e, t, r);
    case "Property":
      return ze(o) ? Vr(e, t, r) : fo(e, t, r);
    case "ObjectProperty":
      return fo(e, t, r);
    case "ObjectMethod":
      return Vr(e, t, r);
    case "Decorator":
      return ["@", r("expression")];
    case "ArrayExpression":
    case "ArrayPattern":
      return br(e, t, r);
    case "SequenceExpression":
      return zp(e, t, r);
    case "ThisExpression":
      return "this";
    case "Super":
      return "super";
    case "Directive":
      return [r("value"), v(t)];
    case "UnaryExpression": {
      let i = [o.operator];
      /[a-z]$/.test(o.operator) && i.push(" ");
      let s = r("argument");
      return F(o.argument) ? i.push(p(["(", D([E, s]), E, ")"])) : i.push(s), i;
    }
    case "UpdateExpression":
      return [o.prefix ? o.operator : "", r("argument"), o.prefix ? "" : o.operator];
    case "ConditionalExpression":
      return Lr(e, t, r, n);
    case "VariableDeclaration":
      return yo(e, t, r);
    case "IfStatement":
      return Np(e, t, r);
    case "ForStatement":
      return wp(e, t, r);
    case "WithStatement":
    case "WhileStatement":
      return oc(e, t, r);
    case "DoWhileStatement":
      return bp(e, t, r);
    case "ForInStatement":
    case "ForOfStatement":
      return Lp(e, t, r);
    case "DoExpression":
      return [o.async ? "async " : "", "do ", r("body")];
    case "BreakStatement":
    case "ContinueStatement":
      return [o.type === "BreakStatement" ? "break" : "continue", o.label ? [" ", r("label")] : "", v(t)];
    case "LabeledStatement":
      return [r("label"), `:${o.body.type === "EmptyStatement" && !F(o.body, x.Leading) ? "" : " "}`, r("body")];
    case "TryStatement":
      return rc(e, t, r);
    case "CatchClause":
      return nc(e, t, r);
    case "SwitchStatement":
      return Qp(e, t, r);
    case "SwitchCase":
      return Zp(e, t, r);
    case "DebuggerStatement":
      return ["debugger", v(t)];
    case "ClassDeclaration":
    case "ClassExpression":
    case "StructDeclaration":
      return Pr(e, t, r);
    case "ClassMethod":
    case "ClassPrivateMethod":
    case "MethodDefinition":
      return Ir(e, t, r);
    case "ClassProperty":
    case "PropertyDefinition":
    case "ClassPrivateProperty":
    case "ClassAccessorProperty":
    case "AccessorProperty":
      return kr(e, t, r);
    case "TemplateElement":
      return Ke(o.value.raw);
    case "TemplateLiteral":
      return Tr(e, t, r);
    case "TaggedTemplateExpression":
      return ia(e, t, r);
    case "PrivateIdentifier":
      return ["#", o.name];
    case "PrivateName":
      return ["#", r("id")];
    case "TopicReference":
      return "%";
    case "ArgumentPlaceholder":
      return "?";
    case "ModuleExpression":
      return ["module ", r("body")];
    case "VoidPattern":
      return "void";
    case "EmptyStatement":
      if (or(e)) return ";";
    default:
      throw new st(o, "ESTree");
  }
}
function Eo(e) {
  return [e("elementType"), "[]"];
}
function Co(e, t, r) {
  let { parent: n, node: o, key: i } = e, u = o.type === "AsConstExpression" ? "const" : r("typeAnnotation"), a = [r("expression"), " ", fs(o) ? "satisfies" : "as"];
  return !ue(o.typeAnnotation) && Ie(t.originalText, o.typeAnnotation) ? a.push(D([d, u])) : a.push(" ", u), i === "callee" && Pt(n) || i === "object" && N(n) ? p([D([E, ...a]), E]) : a;
}
function sc(e, t, r) {
  let { node: n } = e, o = [Q(e), n.async ? "async " : "", "component"];
  n.id && o.push(" ", r("id")), o.push(r("typeParameters"));
  let i = $e(e, t, r);
  return n.rendersType ? o.push(p([i, " ", r("rendersType")])) : o.push(p([i])), n.body && o.push(" ", r("body")), n.type === "DeclareComponent" && o.push(v(t)), o;
}
function uc(e, t, r) {
  let { node: n } = e;
  return n.shorthand ? r("local") : [r("name"), " as ", r("local")];
}
function ac(e, t, r) {
  let { node: n } = e, o = [];
  return n.name && o.push(r("name"), n.optional ? "?: " : ": "), o.push(r("typeAnnotation")), o;
}
function pc(e, t, r) {
  let { node: n } = e;
  return [n.explicitType ? `of ${n.explicitType} ` : "", yt(e, t, r)];
}
function Fo(e, t, r) {
  let { node: n } = e, o = n.type === "TSEnumMember", i = o ? Oe(e, t, r) : r("id"), s = o ? "initializer" : "init";
  return n[s] ? [i, " = ", r(s)] : i;
}
function xo(e, t) {
  let { node: r } = e;
  return [Q(e), r.const ? "const " : "", "enum ", t("id"), " ", t("body")];
}
function Ao(e, t, r) {
  return ["export = ", r("expression"), e.node.expression.type === "DeclareFunction" ? "" : v(t)];
}
function To(e, t, r) {
  let { node: n } = e, o = [Wt(e)];
  (Fs(n) || n.type === "TSConstructSignatureDeclaration") && o.push("new ");
  let i = $e(e, t, r, false, true), s = [];
  return n.type === "FunctionTypeAnnotation" || n.type === "ConstructorTypeAnnotation" ? n.returnType && s.push(n.type === "ConstructorTypeAnnotation" || by(e) ? " => " : ": ", r("returnType")) : s.push(W(e, r, "returnType")), Ot(n, s) && (i = p(i)), o.push(i, s), [p(o), n.type === "TSConstructSignatureDeclaration" || n.type === "TSCallSignatureDeclaration" ? ke(e, t) : ""];
}
function by(e) {
  let { node: t, parent: r } = e;
  return t.type === "FunctionTypeAnnotation" && r.type !== "AbstractMethodDefinition" && !((r.type === "ObjectTypeProperty" || r.type === "ObjectTypeInternalSlot") && r.method) && (dr(r) || !((r.type === "ObjectTypeProperty" || r.type === "ObjectTypeInternalSlot") && !r.variance && !r.optional && Nt(r, t) || r.type === "ObjectTypeCallProperty" || r.type === "TypeAnnotation" && (e.grandparent?.type === "DeclareFunction" || e.getParentNode(2)?.type === "DeclareFunction")));
}
function lc(e, t, r) {
  return [Q(e), "hook", e.node.id ? [" ", r("id")] : "", v(t)];
}
function cc(e) {
  let { node: t } = e;
  return t.type === "HookTypeAnnotation" && e.getParentNode(2)?.type === "DeclareHook";
}
function mc(e, t, r) {
  let { node: n } = e, o = $e(e, t, r, false, true), i = [cc(e) ? ": " : " => ", r("returnType")];
  return p([cc(e) ? "" : "hook ", Ot(n, i) ? p(o) : o, i]);
}
function go(e, t, r) {
  let { node: n } = e;
  return [n.type === "ImportEqualsDeclaration" && n.isExport ? "export " : "", "import ", Gi(n, false), r("id"), " = ", r("moduleReference"), v(t)];
}
function ho(e, t, r) {
  return [r("objectType"), K(e), "[", r("indexType"), "]"];
}
function So(e, t, r) {
  return ["infer ", r("typeParameter")];
}
function Bo(e, t, r) {
  let n = false;
  return p(e.map(({ isFirst: o, previous: i, node: s, index: u }) => {
    let a = r();
    if (o) return a;
    let l = Xe(s), f = Xe(i);
    return f && l ? [" & ", n ? D(a) : a] : !f && !l || Ie(t.originalText, s) ? t.experimentalOperatorPosition === "start" ? D([T, "& ", a]) : D([" &", T, a]) : (u > 1 && (n = true), [" & ", u > 1 ? D(a) : a]);
  }, "types"));
}
function Py(e) {
  switch (e) {
    case null:
      return "";
    case "PlusOptional":
      return "+?";
    case "MinusOptional":
      return "-?";
    case "Optional":
      return "?";
  }
}
function Dc(e, t, r) {
  let { node: n } = e, o = F(n.variance, x.Trailing), s = !F(n.variance, x.Trailing | x.Line) && (o || n.variance && n.variance.kind !== "plus" && n.variance.kind !== "minus") ? " " : "";
  return [p([n.variance ? [n.varianceOp ?? "", r("variance"), se, s] : "", p(["[", D([E, r("keyTparam"), " in ", r("sourceType"), n.nameType ? [" as ", r("nameType")] : ""]), E, "]"]), Py(n.optional), ": ", r("propType")]), ke(e, t)];
}
function fc(e, t) {
  return e === "+" || e === "-" ? e + t : t;
}
function yc(e, t, r) {
  let { node: n } = e, o = false;
  if (t.objectWrap === "preserve") {
    let u = oe(t), a = b(n) + 1, l = u.slice(a), f = a + l.search(/\S/);
    re(t.originalText, a, f) && (o = true);
  }
  let i = [], s = ne(n, x.Dangling);
  if (s.length > 0) {
    let u = w(0, s, -1), a = R(e, t);
    i.push(...a.slice(0, -1), p([w(0, a, -1), Ne(u) || J(t.originalText, B(u)) ? d : T]));
  }
  return p(["{", D([t.bracketSpacing ? T : E, ...i, p([n.readonly ? [fc(n.readonly, "readonly"), " "] : "", p(["[", D([E, r("key"), " in ", r("constraint"), n.nameType ? [" as ", r("nameType")] : ""]), E, "]"]), n.optional ? fc(n.optional, "?") : "", n.typeAnnotation ? ": " : "", r("typeAnnotation")]), t.semi ? O(";") : ""]), t.bracketSpacing ? T : E, "}"], { shouldBreak: o });
}
function Ec(e, t, r) {
  let { node: n } = e;
  return [p(["match (", D([E, r("argument")]), E, ")"]), " {", n.cases.length > 0 ? D([d, L(d, e.map(({ node: o, isLast: i }) => [r(), !i && Ee(o, t) ? d : ""], "cases"))]) : "", d, "}"];
}
function dc(e, t, r) {
  let { node: n } = e, o = F(n, x.Dangling) ? [" ", R(e, t)] : [], i = n.type === "MatchStatementCase" ? [" ", r("body")] : D([T, r("body"), ","]);
  return [r("pattern"), n.guard ? p([D([T, "if (", r("guard"), ")"])]) : "", p([" =>", o, i])];
}
function Cc(e, t, r) {
  let { node: n } = e;
  switch (n.type) {
    case "MatchOrPattern":
      return Ly(e, t, r);
    case "MatchAsPattern":
      return [r("pattern"), " as ", r("target")];
    case "MatchWildcardPattern":
      return ["_"];
    case "MatchLiteralPattern":
      return r("literal");
    case "MatchUnaryPattern":
      return [n.operator, r("argument")];
    case "MatchIdentifierPattern":
      return r("id");
    case "MatchMemberPattern": {
      let o = n.property.type === "Identifier" ? [".", r("property")] : ["[", D([E, r("property")]), E, "]"];
      return p([r("base"), o]);
    }
    case "MatchBindingPattern":
      return [n.kind, " ", r("id")];
    case "MatchObjectPattern":
    case "MatchInstanceObjectPattern":
      return Iy(e, t, r);
    case "MatchInstancePattern":
      return p([r("targetConstructor"), " ", r("properties")]);
    case "MatchArrayPattern": {
      let o = e.map(r, "elements");
      return n.rest && o.push(r("rest")), p(["[", D([E, L([",", T], o)]), n.rest ? "" : O(","), E, "]"]);
    }
    case "MatchObjectPatternProperty":
      return n.shorthand ? r("pattern") : p([r("key"), ":", D([T, r("pattern")])]);
    case "MatchRestPattern": {
      let o = ["..."];
      return n.argument && o.push(r("argument")), o;
    }
  }
}
function Iy(e, t, r) {
  let { node: n } = e, o = e.map(r, "properties");
  return n.rest && o.push(r("rest")), p(["{", D([E, L([",", T], o)]), n.rest ? "" : O(","), E, "}"]);
}
function ky(e) {
  let { patterns: t } = e;
  if (t.some((n) => F(n))) return false;
  let r = t.find((n) => n.type === "MatchObjectPattern");
  return r ? t.every((n) => n === r || Fc(n)) : false;
}
function wy(e) {
  return Fc(e) || e.type === "MatchObjectPattern" ? true : e.type === "MatchOrPattern" ? ky(e) : false;
}
function Ly(e, t, r) {
  let { node: n } = e, { parent: o } = e, i = o.type !== "MatchStatementCase" && o.type !== "MatchExpressionCase" && o.type !== "MatchArrayPattern" && o.type !== "MatchObjectPatternProperty" && !Ie(t.originalText, n), s = wy(n), u = e.map(() => {
    let l = r();
    return s || (l = ye(2, l)), Z(e, l, t);
  }, "patterns");
  if (s) return L(" | ", u);
  let a = [O(["| "]), L([T, "| "], u)];
  return ie(e, t) ? p([D([O([E]), a]), E]) : o.type === "MatchArrayPattern" && o.elements.length > 1 ? p([D([O(["(", E]), a]), E, O(")")]) : p(i ? D(a) : a);
}
function Oy(e) {
  if (e.type === "DeclareModule") return "module";
  if (e.type === "DeclareNamespace") return e.global ? "" : e.keyword ?? "namespace";
  if (e.type === "TSModuleDeclaration") return e.kind === "global" ? "" : e.kind;
}
function bo(e, t, r) {
  let { node: n } = e, o = Oy(n);
  return [Q(e), o ? `${o} ` : "", r("id"), n.body ? [" ", p(r("body"))] : v(t)];
}
function Po(e, t, r) {
  return ["export as namespace ", r("id"), v(t)];
}
function Io(e, t, r) {
  return [r("expression"), "!"];
}
function xc(e, t, r) {
  let { node: n } = e, o = [Q(e), "opaque type ", r("id"), r("typeParameters")];
  if (n.supertype && o.push(": ", r("supertype")), n.lowerBound || n.upperBound) {
    let i = [];
    n.lowerBound && i.push(D([T, "super ", r("lowerBound")])), n.upperBound && i.push(D([T, "extends ", r("upperBound")])), o.push(p(i));
  }
  return n.impltype && o.push(" = ", r("impltype")), o.push(v(t)), o;
}
function ko(e, t, r) {
  let { node: n } = e, o = [Q(e), Lt(n), n.static ? "static " : "", n.override ? "override " : "", n.readonly ? "readonly " : "", n.variance ? r("variance") : ""];
  return n.type === "TSParameterProperty" ? [...o, r("parameter")] : (o.push(r("key"), K(e), W(e, r)), at(e, t, r, o, " =", "value"));
}
function wo(e, t, r) {
  let { node: n } = e;
  return ["...", ...n.type === "TupleTypeSpreadElement" && n.label ? [r("label"), ": "] : [], r("typeAnnotation")];
}
function Lo(e, t, r) {
  let { node: n } = e;
  return [n.variance ? r("variance") : "", r("label"), n.optional ? "?" : "", ": ", r("elementType")];
}
function Oo(e, t, r) {
  let { node: n } = e, o = [Q(e), "type ", r("id"), r("typeParameters")], i = n.type === "TSTypeAliasDeclaration" ? "typeAnnotation" : "right";
  return [at(e, t, r, o, " =", i), v(t)];
}
function My(e, t, r) {
  let { node: n } = e;
  return te(n).length === 1 && n.type.startsWith("TS") && !n[r][0].constraint && e.parent.type === "ArrowFunctionExpression" && !(t.filepath && /\.ts$/.test(t.filepath));
}
function rr(e, t, r, n) {
  let { node: o } = e, i = o[n];
  if (!i) return "";
  if (!Array.isArray(i)) return r(n);
  let s = $t(e.grandparent), u = e.match((f) => !(f[n].length === 1 && Xe(f[n][0])), void 0, (f, m) => m === "typeAnnotation", (f) => f.type === "Identifier", vi);
  if (i.length === 0 || !u && (s || i.length === 1 && (i[0].type === "NullableTypeAnnotation" || $u(i[0]))) && !i.some((f) => {
    let m = ne(f, (C) => C.leading || C.trailing);
    return m.length > 0 && (m.some((C) => Ne(C)) || J(t.originalText, B(w(0, m, -1))));
  })) return ["<", L(", ", e.map(r, n)), _y(e, t), ">"];
  let l = o.type === "TSTypeParameterInstantiation" ? "" : My(e, t, n) ? "," : Le(t);
  return p(["<", D([E, L([",", T], e.map(r, n))]), l, E, ">"]);
}
function _y(e, t) {
  let { node: r } = e;
  if (!F(r, x.Dangling)) return "";
  let n = !F(r, x.Line), o = R(e, t, { indent: !n });
  return n ? o : [o, d];
}
function Mo(e, t, r) {
  let { node: n } = e, o = [n.const ? "const " : ""], i = n.type === "TSTypeParameter" ? r("name") : n.name;
  if (n.variance && o.push(r("variance")), n.in && o.push("in "), n.out && o.push("out "), o.push(i), n.bound && (n.usesExtendsBound ? o.push(" extends ") : o.push(": "), o.push(W(e, r, "bound"))), n.constraint) {
    let s = /* @__PURE__ */ Symbol("constraint");
    o.push(" extends", p(D(T), { id: s }), se, kt(r("constraint"), { groupId: s }));
  }
  if (n.default) {
    let s = /* @__PURE__ */ Symbol("default");
    o.push(" =", p(D(T), { id: s }), se, kt(r("default"), { groupId: s }));
  }
  return p(o);
}
function _o(e, t) {
  let { node: r } = e;
  return [r.type === "TSTypePredicate" && r.asserts ? "asserts " : r.type === "TypePredicate" && r.kind ? `${r.kind} ` : "", t("parameterName"), r.typeAnnotation ? [" is ", W(e, t)] : ""];
}
function No({ node: e }, t) {
  let r = e.type === "TSTypeQuery" ? "exprName" : "argument";
  return ["typeof ", t(r), t("typeArguments")];
}
function Ac(e, t, r, n) {
  let { node: o } = e;
  if (Nn(o)) return o.type.slice(0, -14).toLowerCase();
  switch (o.type) {
    case "ComponentDeclaration":
    case "DeclareComponent":
    case "ComponentTypeAnnotation":
      return sc(e, t, r);
    case "ComponentParameter":
      return uc(e, t, r);
    case "ComponentTypeParameter":
      return ac(e, t, r);
    case "HookDeclaration":
      return Ar(e, t, r);
    case "DeclareHook":
      return lc(e, t, r);
    case "HookTypeAnnotation":
      return mc(e, t, r);
    case "DeclareFunction":
      return [Q(e), "function ", o.id ? r("id") : W(e, r), r("predicate"), v(t)];
    case "DeclareModuleExports":
      return ["declare module.exports", W(e, r), v(t)];
    case "DeclareModule":
    case "DeclareNamespace":
      return bo(e, t, r);
    case "DeclareVariable":
      return Array.isArray(o.declarations) ? yo(e, t, r) : [Q(e), o.kind ?? "var", " ", r("id"), v(t)];
    case "DeclareExportDeclaration":
    case "DeclareExportAllDeclaration":
      return mo(e, t, r);
    case "DeclareOpaqueType":
    case "OpaqueType":
      return xc(e, t, r);
    case "DeclareTypeAlias":
    case "TypeAlias":
      return Oo(e, t, r);
    case "IntersectionTypeAnnotation":
      return Bo(e, t, r);
    case "UnionTypeAnnotation":
      return qn(e, t, r, n);
    case "ConditionalTypeAnnotation":
      return Lr(e, t, r);
    case "InferTypeAnnotation":
      return So(e, t, r);
    case "FunctionTypeAnnotation":
    case "ConstructorTypeAnnotation":
      return To(e, t, r);
    case "TemplateLiteralTypeAnnotation":
      return Tr(e, t, r);
    case "TupleTypeAnnotation":
      return br(e, t, r);
    case "TupleTypeLabeledElement":
      return Lo(e, t, r);
    case "TupleTypeElement":
      return [r("elementType"), o.optional ? "?" : ""];
    case "TupleTypeSpreadElement":
      return wo(e, t, r);
    case "GenericTypeAnnotation":
      return [r("id"), rr(e, t, r, "typeArguments")];
    case "IndexedAccessType":
    case "OptionalIndexedAccessType":
      return ho(e, t, r);
    case "TypeAnnotation":
      return Yn(e, t, r);
    case "TypeParameter":
      return Mo(e, t, r);
    case "TypeofTypeAnnotation":
      return No(e, r);
    case "ExistsTypeAnnotation":
      return "*";
    case "ArrayTypeAnnotation":
      return Eo(r);
    case "DeclareEnum":
    case "EnumDeclaration":
      return xo(e, r);
    case "EnumBody":
      return pc(e, t, r);
    case "EnumBooleanMember":
    case "EnumNumberMember":
    case "EnumBigIntMember":
    case "EnumStringMember":
    case "EnumDefaultedMember":
      return Fo(e, t, r);
    case "FunctionTypeParam": {
      let i = o.name ? r("name") : e.parent.this === o ? "this" : "";
      return [i, K(e), i ? ": " : "", r("typeAnnotation")];
    }
    case "DeclareClass":
    case "DeclareInterface":
    case "InterfaceDeclaration":
    case "InterfaceTypeAnnotation":
    case "RecordDeclaration":
      return Pr(e, t, r);
    case "AbstractMethodDefinition":
      return Ir(e, t, r);
    case "ParameterProperty":
      return ko(e, t, r);
    case "AbstractPropertyDefinition":
      return kr(e, t, r);
    case "ObjectTypeAnnotation":
    case "RecordDeclarationBody":
      return tr(e, t, r);
    case "ClassImplements":
    case "InterfaceExtends":
      return [r("id"), r("typeArguments")];
    case "DeclareClassExtendsCall":
      return Dt(e, t, r);
    case "RecordDeclarationImplements":
      return [r("id"), r("typeArguments")];
    case "NullableTypeAnnotation":
      return ["?", r("typeAnnotation")];
    case "Variance": {
      let { kind: i } = o;
      return Je(i === "plus" || i === "minus" || i === "readonly" || i === "writeonly" || i === "in" || i === "out" || i === "in out"), i === "plus" || i === "minus" ? i === "plus" ? "+" : "-" : e.parent.type === "ObjectTypeMappedTypeProperty" ? i : `${i} `;
    }
    case "KeyofTypeAnnotation":
      return ["keyof ", r("argument")];
    case "ObjectTypeCallProperty":
      return [o.static ? "static " : "", r("value"), ke(e, t)];
    case "ObjectTypeMappedTypeProperty":
      return Dc(e, t, r);
    case "ObjectTypePrivateField":
      return [Oe(e, t, r), ke(e, t)];
    case "ObjectTypeIndexer":
      return [p([o.static ? "static " : "", o.variance ? r("variance") : "", "[", r("id"), o.id ? ": " : "", r("key"), "]", K(e), ": ", r("value")]), ke(e, t)];
    case "ObjectTypeProperty": {
      let i = "";
      o.proto ? i = "proto " : o.static && (i = "static ");
      let s = p([Lt(o), i, Wt(e), o.override ? "override " : "", o.kind !== "init" ? o.kind + " " : "", o.variance ? r("variance") : "", Oe(e, t, r), K(e), ze(o) || !o.value ? "" : ": ", r("value")]);
      return [at(e, t, r, s, " =", "init"), ke(e, t)];
    }
    case "ObjectTypeInternalSlot":
      return [p([o.static ? "static " : "", "[[", r("id"), "]]", K(e), o.method ? "" : ": ", r("value")]), ke(e, t)];
    case "ObjectTypeSpreadProperty":
      return wr(e, r);
    case "QualifiedTypeofIdentifier":
    case "QualifiedTypeIdentifier":
      return [r("qualification"), ".", r("id")];
    case "ImportType":
      return Dt(e, t, r);
    case "ImportEqualsDeclaration":
      return go(e, t, r);
    case "ExternalModuleReference":
      return Dt(e, t, r);
    case "ExportAssignment":
      return Ao(e, t, r);
    case "NamespaceExportDeclaration":
      return Po(e, t, r);
    case "NullLiteralTypeAnnotation":
      return "null";
    case "BooleanLiteralTypeAnnotation":
      return String(o.value);
    case "StringLiteralTypeAnnotation":
      return Ke(it(Fe(o), t));
    case "NumberLiteralTypeAnnotation":
      return Gt(Fe(o));
    case "BigIntLiteralTypeAnnotation":
      return lo(Fe(o));
    case "TypeCastExpression":
      return ["(", r("expression"), W(e, r), ")"];
    case "NonNullExpression":
      return Io(e, t, r);
    case "TypePredicate":
      return _o(e, r);
    case "TypeOperator":
      return [o.operator, " ", r("typeAnnotation")];
    case "TypeParameterDeclaration":
    case "TypeParameterInstantiation":
      return rr(e, t, r, "params");
    case "InferredPredicate":
    case "DeclaredPredicate":
      return [e.key === "predicate" && e.parent.type !== "DeclareFunction" && !e.parent.returnType ? ": " : " ", "%checks", ...o.type === "DeclaredPredicate" ? ["(", r("value"), ")"] : []];
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
      return Co(e, t, r);
    case "MatchExpression":
    case "MatchStatement":
      return Ec(e, t, r);
    case "MatchExpressionCase":
    case "MatchStatementCase":
      return dc(e, t, r);
    case "MatchOrPattern":
    case "MatchAsPattern":
    case "MatchWildcardPattern":
    case "MatchLiteralPattern":
    case "MatchUnaryPattern":
    case "MatchIdentifierPattern":
    case "MatchInstancePattern":
    case "MatchInstanceObjectPattern":
    case "MatchMemberPattern":
    case "MatchBindingPattern":
    case "MatchObjectPattern":
    case "MatchObjectPatternProperty":
    case "MatchRestPattern":
    case "MatchArrayPattern":
      return Cc(e, t, r);
    case "RecordExpression":
      return [r("recordConstructor"), r("typeArguments"), " ", r("properties")];
    case "RecordExpressionProperties":
      return yt(e, t, r);
    case "RecordDeclarationProperty":
    case "RecordDeclarationStaticProperty": {
      let i = o.type === "RecordDeclarationStaticProperty", s = i ? "value" : "defaultValue";
      return [i ? "static " : "", Oe(e, t, r), W(e, r), o[s] ? [" = ", r(s)] : ""];
    }
  }
}
function Hi(e) {
  if (Go(e) && e.__contentEnd) return true;
  let { type: t } = e;
  return t === "BreakStatement" || t === "ContinueStatement" || t === "DebuggerStatement" || t === "VariableDeclaration" ? true : t === "IfStatement" ? Hi(e.alternate ?? e.consequent) : t === "ForInStatement" || t === "ForOfStatement" || t === "ForStatement" || t === "LabeledStatement" || t === "WithStatement" || t === "WhileStatement" ? Hi(e.body) : false;
}
function Tc(e) {
  return !Do(e) && Hi(e.node);
}
function gc(e, t) {
  let { node: r } = e, n = t.originalText.slice(b(r), B(r));
  return t.semi ? Tc(e) && (n += ";") : Zu(e, t) && (n = `;${n}`), r.type === "ClassExpression" && j(r.decorators) ? [D([E, n]), E] : n;
}
function Ny(e, t, r) {
  let { node: n } = e;
  if (n.type === "JSXElement" && zy(n)) return [r("openingElement"), r("closingElement")];
  let o = n.type === "JSXElement" ? r("openingElement") : r("openingFragment"), i = n.type === "JSXElement" ? r("closingElement") : r("closingFragment");
  if (n.children.length === 1 && n.children[0].type === "JSXExpressionContainer" && (n.children[0].expression.type === "TemplateLiteral" || n.children[0].expression.type === "TaggedTemplateExpression")) return [o, ...e.map(r, "children"), i];
  n.children = n.children.map((P) => Qy(P) ? { type: "JSXText", value: " ", raw: " " } : P);
  let s = n.children.some(q), u = n.children.filter((P) => P.type === "JSXExpressionContainer").length > 1, a = n.type === "JSXElement" && n.openingElement.attributes.length > 1, l = le(o) || s || a || u, f = e.parent.rootMarker === "mdx", m = t.singleQuote ? "{' '}" : '{" "}', C = f ? T : O([m, E], " "), g = n.openingElement?.name?.name === "fbt", y = jy(e, t, r, C, g), h = n.children.some((P) => er(P));
  for (let P = y.length - 2; P >= 0; P--) {
    let U = y[P] === "" && y[P + 1] === "", H = y[P] === d && y[P + 1] === "" && y[P + 2] === d, me = (y[P] === E || y[P] === d) && y[P + 1] === "" && y[P + 2] === C, de = y[P] === C && y[P + 1] === "" && (y[P + 2] === E || y[P + 2] === d), ee = y[P] === C && y[P + 1] === "" && y[P + 2] === C, Te = y[P] === E && y[P + 1] === "" && y[P + 2] === d || y[P] === d && y[P + 1] === "" && y[P + 2] === E;
    H && h || U || me || ee || Te ? y.splice(P, 2) : de && y.splice(P + 1, 2);
  }
  for (; y.length > 0 && Xi(w(0, y, -1)); ) y.pop();
  for (; y.length > 1 && Xi(y[0]) && Xi(y[1]); ) y.shift(), y.shift();
  let A = [""];
  for (let [P, U] of y.entries()) {
    if (U === C) {
      if (P === 1 && fu(y[P - 1])) {
        if (y.length === 2) {
          A.push([A.pop(), m]);
          continue;
        }
        A.push([m, d], "");
        continue;
      }
      if (P === y.length - 1) {
        A.push([A.pop(), m]);
        continue;
      }
      if (y[P - 1] === "" && y[P - 2] === d) {
        A.push([A.pop(), m]);
        continue;
      }
    }
    P % 2 === 0 ? A.push([A.pop(), U]) : A.push(U, ""), le(U) && (l = true);
  }
  let k = h ? Ln(A) : p(A, { shouldBreak: true });
  if (t.cursorNode?.type === "JSXText" && n.children.includes(t.cursorNode) ? k = [Yr, k, Yr] : t.nodeBeforeCursor?.type === "JSXText" && n.children.includes(t.nodeBeforeCursor) ? k = [Yr, k] : t.nodeAfterCursor?.type === "JSXText" && n.children.includes(t.nodeAfterCursor) && (k = [k, Yr]), f) return k;
  let I = p([o, D([d, k]), d, i]);
  return l ? I : ft([p([o, ...y, i]), I]);
}
function jy(e, t, r, n, o) {
  let i = "", s = [i];
  function u(l) {
    i = l, s.push([s.pop(), l]);
  }
  function a(l) {
    l !== "" && (i = l, s.push(l, ""));
  }
  return e.each(({ node: l, next: f }) => {
    if (l.type === "JSXText") {
      let m = Fe(l);
      if (er(l)) {
        let C = Zt.split(m, true);
        if (C[0] === "") {
          if (C.shift(), /\n/.test(C[0])) {
            let y = Zt.getTrailingWhitespace(m);
            a(Sc(o, C[1], l, y && !/\n/.test(y) ? void 0 : f));
          } else a(n);
          C.shift();
        }
        let g;
        if (w(0, C, -1) === "" && (C.pop(), g = C.pop()), C.length === 0) return;
        for (let [y, h] of C.entries()) y % 2 === 1 ? a(T) : u(h);
        g !== void 0 ? /\n/.test(g) ? a(Sc(o, i, l, f)) : a(n) : a(hc(o, i, l, f));
      } else /\n/.test(m) ? m.match(/\n/g).length > 1 && a(d) : a(n);
    } else {
      let m = r();
      if (u(m), f && er(f)) {
        let g = Zt.trim(Fe(f)), [y] = Zt.split(g);
        a(hc(o, y, l, f));
      } else a(d);
    }
  }, "children"), s;
}
function hc(e, t, r, n) {
  return e ? "" : r.type === "JSXElement" && !r.closingElement || n?.type === "JSXElement" && !n.closingElement ? t.length === 1 ? E : d : E;
}
function Sc(e, t, r, n) {
  return e ? d : t.length === 1 ? r.type === "JSXElement" && !r.closingElement || n?.type === "JSXElement" && !n.closingElement ? d : E : d;
}
function Ry(e, t, r) {
  let { parent: n } = e;
  if (vy(n)) return t;
  let o = Wy(e), i = ie(e, r);
  return p([i ? "" : O("("), D([E, t]), E, i ? "" : O(")")], { shouldBreak: o });
}
function Wy(e) {
  return e.match(void 0, (t, r) => r === "body" && t.type === "ArrowFunctionExpression", (t, r) => r === "arguments" && M(t)) && (e.match(void 0, void 0, void 0, (t, r) => r === "expression" && t.type === "JSXExpressionContainer") || e.match(void 0, void 0, void 0, (t, r) => r === "expression" && t.type === "ChainExpression", (t, r) => r === "expression" && t.type === "JSXExpressionContainer"));
}
function Jy(e, t, r) {
  let { node: n } = e, o = [r("name")];
  if (n.value) {
    let i;
    if (G(n.value)) {
      let s = Fe(n.value), u = $(0, $(0, s.slice(1, -1), "&apos;", "'"), "&quot;", '"'), a = Gn(u, t.jsxSingleQuote);
      u = a === '"' ? $(0, u, '"', "&quot;") : $(0, u, "'", "&apos;"), i = e.call(() => Z(e, Ke(a + u + a), t), "value");
    } else i = r("value");
    o.push("=", i);
  }
  return o;
}
function Gy(e, t, r) {
  let { node: n } = e, o = (i, s) => i.type === "JSXEmptyExpression" || !F(i) && (V(i) || ae(i) || i.type === "ArrowFunctionExpression" || i.type === "AwaitExpression" && (o(i.argument, i) || i.argument.type === "JSXElement") || M(we(i)) || i.type === "FunctionExpression" || i.type === "TemplateLiteral" || i.type === "TaggedTemplateExpression" || i.type === "DoExpression" || q(s) && (i.type === "ConditionalExpression" || Pe(i)));
  return o(n.expression, e.parent) ? p(["{", r("expression"), se, "}"]) : p(["{", D([E, r("expression")]), E, se, "}"]);
}
function Uy(e, t, r) {
  let { node: n } = e, o = F(n.name) || F(n.typeArguments);
  if (n.selfClosing && n.attributes.length === 0 && !o) return ["<", r("name"), r("typeArguments"), " />"];
  if (n.attributes?.length === 1 && G(n.attributes[0].value) && !n.attributes[0].value.value.includes(`
`) && !o && !F(n.attributes[0])) return p(["<", r("name"), r("typeArguments"), " ", ...e.map(r, "attributes"), n.selfClosing ? " />" : ">"]);
  let i = n.attributes?.some((u) => G(u.value) && u.value.value.includes(`
`)), s = t.singleAttributePerLine && n.attributes.length > 1 ? d : T;
  return p(["<", Bc(e, t, r), r("typeArguments"), D(e.map(({ isFirst: u, previous: a }) => [u ? s : Ee(a, t) ? [d, d] : s, r()], "attributes")), ...Yy(n, t, o)], { shouldBreak: i });
}
function qy(e, t, r) {
  return ["</", Bc(e, t, r), ">"];
}
function Yy(e, t, r) {
  return e.selfClosing ? [T, "/>"] : Hy(e, t, r) ? [">"] : [E, ">"];
}
function Hy(e, t, r) {
  let n = e.attributes.length > 0 && F(w(0, e.attributes, -1), x.Trailing);
  return e.attributes.length === 0 && !r || (t.bracketSameLine || t.jsxBracketSameLine) && (!r || e.attributes.length > 0) && !n;
}
function Bc(e, t, r) {
  let { node: n } = e, o = n.name, i = r("name");
  return F(o, x.Leading | x.Line) ? [D([d, i]), n.type === "JSXClosingElement" ? d : ""] : F(o, x.Leading | x.Block) ? [" ", i] : i;
}
function Xy(e, t) {
  let { node: r } = e, n = F(r), o = F(r, x.Line), i = r.type === "JSXOpeningFragment";
  return [i ? "<" : "</", D([o ? d : n && !i ? " " : "", R(e, t)]), o ? d : "", ">"];
}
function Vy(e, t, r) {
  let n = Z(e, Ny(e, t, r), t);
  return Ry(e, n, t);
}
function Ky(e, t) {
  let { node: r } = e, n = F(r, x.Line);
  return [R(e, t, { indent: n }), n ? d : ""];
}
function $y(e, t, r) {
  let { node: n } = e;
  return ["{", e.call(({ node: o }) => {
    let i = ["...", r()];
    return F(o) ? [D([E, Z(e, i, t)]), E] : i;
  }, n.type === "JSXSpreadAttribute" ? "argument" : "expression"), "}"];
}
function bc(e, t, r) {
  let { node: n } = e;
  if (n.type.startsWith("JSX")) switch (n.type) {
    case "JSXAttribute":
      return Jy(e, t, r);
    case "JSXIdentifier":
      return n.name;
    case "JSXNamespacedName":
      return L(":", [r("namespace"), r("name")]);
    case "JSXMemberExpression":
      return L(".", [r("object"), r("property")]);
    case "JSXSpreadAttribute":
    case "JSXSpreadChild":
      return $y(e, t, r);
    case "JSXExpressionContainer":
      return Gy(e, t, r);
    case "JSXFragment":
    case "JSXElement":
      return Vy(e, t, r);
    case "JSXOpeningElement":
      return Uy(e, t, r);
    case "JSXClosingElement":
      return qy(e, t, r);
    case "JSXOpeningFragment":
    case "JSXClosingFragment":
      return Xy(e, t);
    case "JSXEmptyExpression":
      return Ky(e, t);
    case "JSXText":
      throw new Error("JSXText should be handled by JSXElement");
    default:
      throw new st(n, "JSX");
  }
}
function zy(e) {
  if (e.children.length === 0) return true;
  if (e.children.length > 1) return false;
  let t = e.children[0];
  return t.type === "JSXText" && !er(t);
}
function Qy(e) {
  return e.type === "JSXExpressionContainer" && G(e.expression) && e.expression.value === " " && !F(e.expression);
}
function Pc(e, t, r) {
  let { node: n } = e, o = n.parameters.length > 1 ? Le(t) : "", i = p([D([E, L([", ", E], e.map(r, "parameters"))]), o, E]), s = e.key === "body" && e.parent.type === "ClassBody";
  return [p([s && n.static ? "static " : "", n.readonly ? "readonly " : "", "[", n.parameters ? i : "", "]", W(e, r)]), ke(e, t)];
}
function Vi(e, t, r) {
  let { node: n } = e;
  return [n.postfix ? "" : r, W(e, t), n.postfix ? r : ""];
}
function Ic(e, t, r) {
  let { node: n } = e, o = [], i = n.kind && n.kind !== "method" ? `${n.kind} ` : "";
  o.push(Lt(n), i, Oe(e, t, r), K(e));
  let s = $e(e, t, r, false, true), u = W(e, r, "returnType"), a = Ot(n, u);
  return o.push(a ? p(s) : s), n.returnType && o.push(p(u)), [p(o), ke(e, t)];
}
function kc(e, t, r) {
  let { node: n } = e, o = !(V(n.expression) || ae(n.expression)), i = p(["<", D([E, r("typeAnnotation")]), E, ">"]), s = [O("("), D([E, r("expression")]), E, O(")")];
  return o ? ft([[i, r("expression")], [i, p(s, { shouldBreak: true })], [i, r("expression")]]) : p([i, r("expression")]);
}
function wc(e, t, r, n) {
  let { node: o } = e;
  if (o.type.startsWith("TS")) {
    if (jn(o)) return o.type.slice(2, -7).toLowerCase();
    switch (o.type) {
      case "TSThisType":
        return "this";
      case "TSTypeAssertion":
        return kc(e, t, r);
      case "TSDeclareFunction":
        return Ar(e, t, r);
      case "TSExportAssignment":
        return Ao(e, t, r);
      case "TSModuleBlock":
        return po(e, t, r);
      case "TSInterfaceBody":
      case "TSTypeLiteral":
        return tr(e, t, r);
      case "TSTypeAliasDeclaration":
        return Oo(e, t, r);
      case "TSQualifiedName":
        return [r("left"), ".", r("right")];
      case "TSAbstractMethodDefinition":
      case "TSDeclareMethod":
        return Ir(e, t, r);
      case "TSAbstractAccessorProperty":
      case "TSAbstractPropertyDefinition":
        return kr(e, t, r);
      case "TSInterfaceHeritage":
      case "TSClassImplements":
      case "TSInstantiationExpression":
        return [r("expression"), r("typeArguments")];
      case "TSTemplateLiteralType":
        return Tr(e, t, r);
      case "TSNamedTupleMember":
        return Lo(e, t, r);
      case "TSRestType":
        return wo(e, t, r);
      case "TSOptionalType":
        return [r("typeAnnotation"), "?"];
      case "TSInterfaceDeclaration":
        return Pr(e, t, r);
      case "TSTypeParameterDeclaration":
      case "TSTypeParameterInstantiation":
        return rr(e, t, r, "params");
      case "TSTypeParameter":
        return Mo(e, t, r);
      case "TSAsExpression":
      case "TSSatisfiesExpression":
        return Co(e, t, r);
      case "TSArrayType":
        return Eo(r);
      case "TSPropertySignature":
        return [p([o.readonly ? "readonly " : "", Oe(e, t, r), K(e), W(e, r)]), ke(e, t)];
      case "TSParameterProperty":
        return ko(e, t, r);
      case "TSTypeQuery":
        return No(e, r);
      case "TSIndexSignature":
        return Pc(e, t, r);
      case "TSTypePredicate":
        return _o(e, r);
      case "TSNonNullExpression":
        return Io(e, t, r);
      case "TSImportType":
        return [Dt(e, t, r), o.qualifier ? [".", r("qualifier")] : "", rr(e, t, r, "typeArguments")];
      case "TSLiteralType":
        return r("literal");
      case "TSIndexedAccessType":
        return ho(e, t, r);
      case "TSTypeOperator":
        return [o.operator, " ", r("typeAnnotation")];
      case "TSMappedType":
        return yc(e, t, r);
      case "TSMethodSignature":
        return Ic(e, t, r);
      case "TSNamespaceExportDeclaration":
        return Po(e, t, r);
      case "TSEnumDeclaration":
        return xo(e, r);
      case "TSEnumBody":
        return yt(e, t, r);
      case "TSEnumMember":
        return Fo(e, t, r);
      case "TSImportEqualsDeclaration":
        return go(e, t, r);
      case "TSExternalModuleReference":
        return Dt(e, t, r);
      case "TSModuleDeclaration":
        return bo(e, t, r);
      case "TSConditionalType":
        return Lr(e, t, r);
      case "TSInferType":
        return So(e, t, r);
      case "TSIntersectionType":
        return Bo(e, t, r);
      case "TSUnionType":
        return qn(e, t, r, n);
      case "TSFunctionType":
      case "TSCallSignatureDeclaration":
      case "TSConstructorType":
      case "TSConstructSignatureDeclaration":
        return To(e, t, r);
      case "TSTupleType":
        return br(e, t, r);
      case "TSTypeReference":
        return [r("typeName"), rr(e, t, r, "typeArguments")];
      case "TSTypeAnnotation":
        return Yn(e, t, r);
      case "TSEmptyBodyFunctionExpression":
        return Hn(e, t, r);
      case "TSJSDocAllType":
        return "*";
      case "TSJSDocUnknownType":
        return "?";
      case "TSJSDocNullableType":
        return Vi(e, r, "?");
      case "TSJSDocNonNullableType":
        return Vi(e, r, "!");
      default:
        throw new st(o, "TypeScript");
    }
  }
}
function Zy(e, t, r, n) {
  for (let o of [Xa, bc, Ac, wc, ic]) {
    let i = o(e, t, r, n);
    if (i !== void 0) return i;
  }
}
function Ki(e, t, r, n) {
  e.isRoot && t.__onHtmlBindingRoot?.(e.node, t);
  let { node: o } = e, i = Sr(e) ? gc(e, t) : Zy(e, t, r, n);
  if (!i) return "";
  if (eE(o)) return i;
  i = tE(e, t, i);
  let s = o.type !== "ClassExpression" && j(o.decorators) ? no(e, t, r) : "", u = ie(e, t);
  return !s && !u ? i : In(i, (a) => [u ? "(" : "", s ? p([s, a]) : a, u ? ")" : ""]);
}
function tE(e, t, r) {
  let { node: n } = e;
  return (F(n, x.Leading) || F(n, x.Trailing)) && Fn(e) ? [D([E, Z(e, r, t)]), E] : r;
}
function Qr(e) {
  return e.extra.raw;
}
function Zi(e, t) {
  let { type: r } = e;
  if (r === "ObjectProperty") {
    let { key: n } = e;
    if (n.type === "Identifier") {
      let { name: o } = n;
      t.key = { type: "StringLiteral", value: o, extra: { rawValue: o } };
    } else if (n.type === "NumericLiteral") {
      let o = Qr(n);
      String(Number(o)) === o && (t.key = { type: "StringLiteral", value: o, extra: { rawValue: o } });
    }
  }
  if (r === "StringLiteral" && delete t.extra.raw, r === "UnaryExpression" && e.operator === "+") return t.argument;
  if ((r === "ArrayExpression" || r === "ObjectExpression") && (t.extra ?? (t.extra = {}), e.extra?.trailingComma && delete t.extra.trailingComma), r === "ArrayExpression") {
    for (let [n, o] of e.elements.entries()) o === null && t.elements.splice(n, 0, { type: "NullLiteral" });
    return;
  }
  if (r === "TemplateLiteral") {
    let n = e.quasis[0].value.cooked;
    return { type: "StringLiteral", value: n, extra: { rawValue: n } };
  }
}
function es(e, t, r) {
  let { node: n } = e;
  switch (n.type) {
    case "JsonRoot":
      return [r("node"), d];
    case "ArrayExpression": {
      if (n.elements.length === 0) return "[]";
      let o = e.map(() => e.node === null ? "null" : r(), "elements");
      return ["[", D([d, L([",", d], o)]), d, "]"];
    }
    case "ObjectExpression":
      return n.properties.length === 0 ? "{}" : ["{", D([d, L([",", d], e.map(r, "properties"))]), d, "}"];
    case "ObjectProperty":
      return [r("key"), ": ", r("value")];
    case "UnaryExpression":
      return [n.operator === "+" ? "" : n.operator, r("argument")];
    case "NullLiteral":
      return "null";
    case "BooleanLiteral":
      return n.value ? "true" : "false";
    case "StringLiteral":
      return it(Qr(n), t);
    case "NumericLiteral": {
      let o = Qr(n);
      return Mc(e) && String(Number(o)) === o ? `"${o}"` : o;
    }
    case "Identifier":
      return Mc(e) ? JSON.stringify(n.name) : n.name;
    case "TemplateLiteral":
      return r(["quasis", 0]);
    case "TemplateElement":
      return JSON.stringify(n.value.cooked);
    default:
      throw new st(n, "JSON");
  }
}
function Mc(e) {
  return e.key === "key" && e.parent.type === "ObjectProperty";
}
var Jc, Ro, Nc, is, zi, j, Uc, Je, nr, Yc, w, Xc, as, Jo, Vc, Kc, $c, ps, zc, cs, Qc, Go, fe, fs, ue, bt, ir, Qe, Ds, Et, dt, nn, jt, on, ys, Es, sn, un, an, be, Yt, V, ae, sr, Xe, vt, q, Pe, M, N, Pt, Ct, Ge, ds, Cs, ur, pn, Fs, ar, jr, xs, cn, el, tl, rl, As, nl, Ts, ud, pt, gs, hs, pr, Ss, ct, cr, Ht, _e, J, re, fl, Bs, yl, El, $, bs, Fl, ce, Ne, Al, Ho, Wr, ks, ws, js, kl, Nl, jl, Xs, Xl, Vs, Ks, x, $s, Kl, zs, xn, An, Zs, zl, em, Tn, Gr, om, gn, c, nu, sm, hn, am, fm, ie, Ze, je, lt, et, tt, mt, Se, qe, ve, rt, nt, Ve, Ae, Re, Ye, bn, He, dm, ri, Rt, au, Pn, Be, kn, Du, yu, We, Yr, T, E, ni, d, hm, Er, se, Sm, Bm, bm, Pm, Im, km, xu, Au, Tu, gu, hu, Su, ii, si, Bu, wm, Lm, On, ui, Mm, bu, _m, Nm, Tt, vm, Rm, ai, pi, wu, ot, gt, ci, wt, Kt, Ee, Gm, Nn, Lu, jn, Ym, Hr, fi, Qm, Zm, ef, _u, rf, sf, uf, vu, Gt, Ru, Wu, pf, cf, lf, Gu, it, Df, Uu, qu, Yu, Xr, Hu, Ef, Cf, Af, Tf, hf, zu, Sf, bf, Fi, Pf, ta, ra, na, Of, oa, Si, la, bi, Ea, da, Uf, xa, Kf, hr, $f, zf, Ia, Qf, Ba, Zf, ba, eD, ka, _a, Na, oD, wi, Ra, Zt, Sr, Li, st, uD, aD, qa, Ga, mD, ED, dD, TD, gD, hD, $r, kD, ip, OD, YD, HD, Dp, yp, Ep, Fp, Ap, $D, zD, QD, ty, Sp, Bp, oy, Pp, uy, ay, _p, cy, Wp, Gp, my, Ey, Ay, Sy, Yi, Fc, Xi, vy, eE, rE, $i, Qi, jo, Lc, nE, Oc, oE, iE, Or, qt, sE, _c, uE, aE;
var init_estree = __esm({
  "node_modules/prettier/plugins/estree.mjs"() {
    Jc = Object.defineProperty;
    Ro = (e, t) => {
      for (var r in t) Jc(e, r, { get: t[r], enumerable: true });
    };
    Nc = {};
    Ro(Nc, { languages: () => aE, options: () => _c, printers: () => uE });
    is = [{ name: "JavaScript", type: "programming", aceMode: "javascript", extensions: [".js", "._js", ".bones", ".cjs", ".es", ".es6", ".gs", ".jake", ".javascript", ".jsb", ".jscad", ".jsfl", ".jslib", ".jsm", ".jspre", ".jss", ".mjs", ".njs", ".pac", ".sjs", ".ssjs", ".xsjs", ".xsjslib", ".start.frag", ".end.frag", ".wxs"], filenames: ["Jakefile", "start.frag", "end.frag"], tmScope: "source.js", aliases: ["js", "node"], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", interpreters: ["bun", "chakra", "d8", "deno", "gjs", "js", "node", "nodejs", "qjs", "rhino", "v8", "v8-shell", "zx"], parsers: ["babel", "acorn", "espree", "meriyah", "babel-flow", "babel-ts", "flow", "typescript"], vscodeLanguageIds: ["javascript", "mongo"], linguistLanguageId: 183 }, { name: "Flow", type: "programming", aceMode: "javascript", extensions: [".js.flow"], filenames: [], tmScope: "source.js", aliases: [], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", interpreters: ["bun", "chakra", "d8", "deno", "gjs", "js", "node", "nodejs", "qjs", "rhino", "v8", "v8-shell"], parsers: ["flow", "babel-flow"], vscodeLanguageIds: ["javascript"], linguistLanguageId: 183 }, { name: "JSX", type: "programming", aceMode: "javascript", extensions: [".jsx"], filenames: void 0, tmScope: "source.js.jsx", aliases: void 0, codemirrorMode: "jsx", codemirrorMimeType: "text/jsx", interpreters: void 0, parsers: ["babel", "babel-flow", "babel-ts", "flow", "typescript", "espree", "meriyah"], vscodeLanguageIds: ["javascriptreact"], group: "JavaScript", linguistLanguageId: 183 }, { name: "TypeScript", type: "programming", aceMode: "typescript", extensions: [".ts", ".cts", ".mts"], tmScope: "source.ts", aliases: ["ts"], codemirrorMode: "javascript", codemirrorMimeType: "application/typescript", interpreters: ["bun", "deno", "ts-node", "tsx", "node"], parsers: ["typescript", "babel-ts"], vscodeLanguageIds: ["typescript"], linguistLanguageId: 378 }, { name: "TSX", type: "programming", aceMode: "tsx", extensions: [".tsx"], tmScope: "source.tsx", aliases: ["typescriptreact"], codemirrorMode: "jsx", codemirrorMimeType: "text/typescript-jsx", group: "TypeScript", parsers: ["typescript", "babel-ts"], vscodeLanguageIds: ["typescriptreact"], linguistLanguageId: 94901924 }];
    zi = {};
    Ro(zi, { estree: () => $i });
    j = Gc;
    Uc = () => {
    };
    Je = Uc;
    nr = (e, t) => (r, n, ...o) => r | 1 && n == null ? void 0 : (t.call(n) ?? n[e]).apply(n, o);
    Yc = nr("at", function() {
      if (Array.isArray(this) || typeof this == "string") return qc;
    });
    w = Yc;
    Xc = /* @__PURE__ */ new WeakMap();
    as = (e) => e?.type === "TSAsExpression" && e.typeAnnotation.type === "TSTypeReference" && e.typeAnnotation.typeName.type === "Identifier" && e.typeAnnotation.typeName.name === "const";
    Jo = (e) => Number.isSafeInteger(e) && e >= 0;
    Vc = 5;
    Kc = 8;
    $c = 8;
    ps = (e) => (t) => t.label ? B(t.label) : b(t) + e;
    zc = (e) => e.__contentEnd ?? _t(e);
    cs = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
    Qc = new Map([["BreakStatement", ps(Vc)], ["ContinueStatement", ps(Kc)], ["DebuggerStatement", (e) => b(e) + $c], ["VariableDeclaration", (e) => B(w(0, e.declarations, -1))], ...cs.map((e) => [e, zc])]);
    Go = S(cs);
    fe = S(["TSAsExpression", "TSSatisfiesExpression", "AsExpression", "AsConstExpression", "SatisfiesExpression"]);
    fs = S(["SatisfiesExpression", "TSSatisfiesExpression"]);
    ue = S(["TSUnionType", "UnionTypeAnnotation"]);
    bt = S(["TSIntersectionType", "IntersectionTypeAnnotation"]);
    ir = S(["TupleTypeAnnotation", "TSTupleType"]);
    Qe = S(["TSConditionalType", "ConditionalTypeAnnotation"]);
    Ds = S(["TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
    Et = S(["TSImportType", "ImportType"]);
    dt = S(["TSExternalModuleReference", "ExternalModuleReference"]);
    nn = S(["TSTypeAliasDeclaration", "TypeAlias"]);
    jt = S(["ReturnStatement", "ThrowStatement"]);
    on = S(["ReturnStatement", "ThrowStatement", "YieldExpression", "UnaryExpression"]);
    ys = S(["ExportDefaultDeclaration", "DeclareExportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportAllDeclaration"]);
    Es = S(["TSExportAssignment", "ExportAssignment"]);
    sn = S(["AbstractMethodDefinition", "TSAbstractMethodDefinition"]);
    un = S(["AbstractPropertyDefinition", "TSAbstractPropertyDefinition"]);
    an = S(["TSParameterProperty", "ParameterProperty"]);
    be = S(["TSNonNullExpression", "NonNullExpression"]);
    Yt = (e) => e?.type === "TSOptionalType" || e?.type === "TupleTypeElement" && e.optional === true;
    V = S(["ArrayExpression"]);
    ae = S(["ObjectExpression"]);
    sr = S(["Literal", "BooleanLiteral", "BigIntLiteral", "DirectiveLiteral", "NullLiteral", "NumericLiteral", "RegExpLiteral", "StringLiteral"]);
    Xe = S(["ObjectTypeAnnotation", "TSTypeLiteral", "TSMappedType"]);
    vt = S(["FunctionExpression", "ArrowFunctionExpression"]);
    q = S(["JSXElement", "JSXFragment"]);
    Pe = S(["BinaryExpression", "LogicalExpression", "NGPipeExpression"]);
    M = S(["CallExpression", "OptionalCallExpression"]);
    N = S(["MemberExpression", "OptionalMemberExpression"]);
    Pt = S(["CallExpression", "OptionalCallExpression", "NewExpression"]);
    Ct = S(["CallExpression", "OptionalCallExpression", "NewExpression", "ImportExpression"]);
    Ge = S(["ChainExpression", "TSNonNullExpression", "NonNullExpression"]);
    ds = S(["TSArrayType", "ArrayTypeAnnotation"]);
    Cs = S(["TSTypeParameterInstantiation", "TypeParameterInstantiation"]);
    ur = S(["TSTypeAnnotation", "TypeAnnotation"]);
    pn = S(["TSModuleDeclaration", "DeclareModule", "DeclareNamespace"]);
    Fs = S(["TSConstructorType", "ConstructorTypeAnnotation"]);
    ar = S(["ClassDeclaration", "ClassExpression"]);
    jr = S(["ImportNamespaceSpecifier", "ExportNamespaceSpecifier"]);
    xs = S(["TSEnumDeclaration", "EnumDeclaration", "DeclareEnum"]);
    cn = S(["TSEnumBody", "EnumBody"]);
    el = S(["File", "TemplateElement", "TSEmptyBodyFunctionExpression", "ChainExpression"]);
    tl = (e, [t]) => t?.type === "ComponentParameter" && t.shorthand && t.name === e && t.local !== t.name || t?.type === "MatchObjectPatternProperty" && t.shorthand && t.key === e || t?.type === "ObjectProperty" && t.shorthand && t.key === e && t.value !== t.key || t?.type === "Property" && t.shorthand && t.key === e && !ze(t) && t.value !== t.key || t?.type === "ImportSpecifier" && vr(t) && t.local === e && t.local !== t.imported || t?.type === "ExportSpecifier" && vr(t) && t.exported === e && t.local !== t.exported;
    rl = (e, [t]) => !!(e.type === "FunctionExpression" && t.type === "MethodDefinition" && t.value === e && te(e).length === 0 && !e.returnType && !j(e.typeParameters) && e.body);
    As = (e, [t]) => t?.typeAnnotation === e && as(t);
    nl = (e, [t, ...r]) => As(e, [t]) || t?.typeName === e && As(t, r);
    Ts = ol;
    ud = ln(/\s/);
    pt = ln(" 	");
    gs = ln(",; 	");
    hs = ln(/[^\n\r]/);
    pr = sl;
    Ss = (e) => e === `
` || e === "\r" || e === "\u2028" || e === "\u2029";
    ct = ul;
    cr = al;
    Ht = pl;
    _e = cl;
    J = ll;
    re = ml;
    fl = /* @__PURE__ */ new WeakMap();
    Bs = /* @__PURE__ */ Symbol.for("comments");
    yl = String.prototype.replaceAll ?? function(e, t) {
      return e.global ? this.replace(e, t) : this.split(e).join(t);
    };
    El = nr("replaceAll", function() {
      if (typeof this == "string") return yl;
    });
    $ = El;
    bs = dl;
    Fl = /* @__PURE__ */ new WeakMap();
    ce = S(["Block", "CommentBlock", "MultiLine"]);
    Ne = S(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
    Al = /* @__PURE__ */ new WeakMap();
    Ho = (e, t) => ce(e) && !re(t, b(e), B(e));
    Wr = (e, t) => Ne(e) || Ho(e, t);
    ks = S(["ClassDeclaration", "ClassExpression", "StructDeclaration", "DeclareClass", "DeclareInterface", "InterfaceDeclaration", "RecordDeclaration", "TSInterfaceDeclaration"]);
    ws = S(["ClassMethod", "ClassProperty", "PropertyDefinition", "AbstractPropertyDefinition", "AbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractMethodDefinition", "TSDeclareMethod", "MethodDefinition", "ClassAccessorProperty", "AccessorProperty", "TSAbstractAccessorProperty", "TSParameterProperty", "ParameterProperty"]);
    js = S(["FunctionDeclaration", "FunctionExpression", "ClassMethod", "MethodDefinition", "ObjectMethod", "ComponentDeclaration", "HookDeclaration"]);
    kl = S(["ComponentDeclaration", "DeclareComponent", "ComponentTypeAnnotation"]);
    Nl = S(["VariableDeclarator", "AssignmentExpression", "TypeAlias", "TSTypeAliasDeclaration"]);
    jl = S(["ObjectExpression", "ArrayExpression", "TemplateLiteral", "TaggedTemplateExpression", "ObjectTypeAnnotation", "TSTypeLiteral"]);
    Xs = S(["ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration", "ObjectMethod", "ClassMethod", "TSDeclareFunction", "TSCallSignatureDeclaration", "TSConstructSignatureDeclaration", "TSMethodSignature", "TSConstructorType", "ConstructorTypeAnnotation", "TSFunctionType", "FunctionTypeAnnotation", "TSDeclareMethod", "HookDeclaration"]);
    Xl = { endOfLine: hl, ownLine: gl, remaining: Sl };
    Vs = Xl;
    Ks = Vl;
    x = { Leading: 2, Trailing: 4, Dangling: 8, Block: 16, Line: 32, PrettierIgnore: 64, First: 128, Last: 256 };
    $s = (e, t) => {
      if (typeof e == "function" && (t = e, e = 0), e || t) return (r, n, o) => !(e & x.Leading && !r.leading || e & x.Trailing && !r.trailing || e & x.Dangling && (r.leading || r.trailing) || e & x.Block && !ce(r) || e & x.Line && !Ne(r) || e & x.First && n !== 0 || e & x.Last && n !== o.length - 1 || e & x.PrettierIgnore && !Ft(r) || t && !t(r));
    };
    Kl = new Map([["|>"], ["??"], ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "===", "!=", "!=="], ["<", ">", "<=", ">=", "in", "instanceof"], [">>", "<<", ">>>"], ["+", "-"], ["*", "/", "%"], ["**"]].flatMap((e, t) => e.map((r) => [r, t])));
    zs = { "==": true, "!=": true, "===": true, "!==": true };
    xn = { "*": true, "/": true, "%": true };
    An = { ">>": true, ">>>": true, "<<": true };
    Zs = (e) => e.extra?.parenthesized;
    zl = S(["OptionalCallExpression", "OptionalMemberExpression"]);
    em = /* @__PURE__ */ new Set(["await", "interface", "module", "using", "yield", "let", "component", "hook", "type"]);
    Tn = tm;
    Gr = null;
    om = 10;
    for (let e = 0; e <= om; e++) Ur();
    gn = im;
    c = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
    nu = { ArrayExpression: c[0], AssignmentExpression: c[1], BinaryExpression: c[1], InterpreterDirective: [], Directive: c[2], DirectiveLiteral: [], BlockStatement: c[3], BreakStatement: c[4], CallExpression: c[5], CatchClause: ["param", "body"], ConditionalExpression: c[6], ContinueStatement: c[4], DebuggerStatement: [], DoWhileStatement: c[7], EmptyStatement: [], ExpressionStatement: c[8], File: ["program"], ForInStatement: c[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: c[10], FunctionExpression: c[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: c[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: c[1], MemberExpression: c[11], NewExpression: c[5], Program: c[3], ObjectExpression: c[12], ObjectMethod: c[13], ObjectProperty: c[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: c[15], SequenceExpression: c[16], ParenthesizedExpression: c[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: c[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: c[15], UpdateExpression: c[15], VariableDeclaration: ["declarations"], VariableDeclarator: c[17], WhileStatement: c[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: c[18], ClassExpression: c[19], ClassDeclaration: c[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: c[20], ExportSpecifier: ["local", "exported"], ForOfStatement: c[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: c[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: c[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: c[15], AwaitExpression: c[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: c[11], OptionalCallExpression: c[5], ClassProperty: c[21], ClassPrivateProperty: c[21], ClassPrivateMethod: c[13], PrivateName: c[22], StaticBlock: c[18], ImportAttribute: c[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: c[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: c[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: c[26], DeclareModule: c[27], DeclareModuleExports: c[28], DeclareTypeAlias: c[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: c[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: c[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: c[30], GenericTypeAnnotation: c[25], InferredPredicate: [], InterfaceExtends: c[25], InterfaceDeclaration: c[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: c[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: c[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: c[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: c[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: c[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: c[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: c[29], TypeAnnotation: c[28], TypeCastExpression: c[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: c[35], TypeParameterInstantiation: c[35], UnionTypeAnnotation: c[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: c[27], EnumBooleanBody: c[36], EnumNumberBody: c[36], EnumStringBody: c[36], EnumSymbolBody: c[36], EnumBooleanMember: c[17], EnumNumberMember: c[17], EnumStringMember: c[17], EnumDefaultedMember: c[22], IndexedAccessType: c[37], OptionalIndexedAccessType: c[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: c[8], JSXSpreadChild: c[8], JSXIdentifier: [], JSXMemberExpression: c[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: c[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: c[38], Decorator: c[8], DoExpression: c[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: c[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: c[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: c[39], TSDeclareMethod: c[40], TSQualifiedName: c[1], TSCallSignatureDeclaration: c[41], TSConstructSignatureDeclaration: c[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: c[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: c[41], TSConstructorType: c[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: c[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: c[36], TSArrayType: c[24], TSTupleType: c[33], TSOptionalType: c[28], TSRestType: c[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: c[31], TSIntersectionType: c[31], TSConditionalType: c[43], TSInferType: c[44], TSParenthesizedType: c[28], TSTypeOperator: c[28], TSIndexedAccessType: c[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: c[45], TSLiteralType: c[46], TSClassImplements: c[47], TSInterfaceHeritage: c[47], TSInterfaceDeclaration: c[26], TSInterfaceBody: c[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: c[47], TSAsExpression: c[34], TSSatisfiesExpression: c[34], TSTypeAssertion: c[34], TSEnumBody: c[36], TSEnumDeclaration: c[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: c[27], TSModuleBlock: c[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: c[48], TSExternalModuleReference: c[8], TSNonNullExpression: c[8], TSExportAssignment: c[8], TSNamespaceExportDeclaration: c[22], TSTypeAnnotation: c[28], TSTypeParameterInstantiation: c[35], TSTypeParameterDeclaration: c[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: c[8], Literal: [], MethodDefinition: c[14], PrivateIdentifier: [], Property: c[23], PropertyDefinition: c[21], AccessorProperty: c[38], TSAbstractAccessorProperty: c[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: c[23], TSAbstractPropertyDefinition: c[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: c[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: c[8], AsExpression: c[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: c[30], ConditionalTypeAnnotation: c[43], ConstructorTypeAnnotation: c[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: c[27], DeclareHook: c[22], DeclareNamespace: c[27], EnumBigIntMember: c[17], EnumBody: c[36], ExportAssignment: c[8], ExternalModuleReference: c[8], HookDeclaration: c[39], HookTypeAnnotation: c[50], ImportEqualsDeclaration: c[48], ImportType: ["source"], InferTypeAnnotation: c[44], KeyofTypeAnnotation: c[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: c[22], MatchExpression: c[51], MatchExpressionCase: c[52], MatchIdentifierPattern: c[22], MatchInstanceObjectPattern: c[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: c[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: c[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: c[15], MatchStatement: c[51], MatchStatementCase: c[52], MatchUnaryPattern: c[15], MatchWildcardPattern: [], NamespaceExportDeclaration: c[22], NeverTypeAnnotation: [], NonNullExpression: c[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: c[21], QualifiedTypeofIdentifier: c[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: c[0], RecordDeclarationImplements: c[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: c[12], SatisfiesExpression: c[34], TemplateLiteralTypeAnnotation: c[45], TupleTypeElement: c[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: c[28], TypePredicate: c[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: c[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: c[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: c[23], NGRoot: c[54], JsExpressionRoot: c[54], JsonRoot: c[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: c[28], TSJSDocNonNullableType: c[28], EnumBigIntBody: c[36] };
    sm = gn(nu);
    hn = sm;
    am = /* @__PURE__ */ new WeakMap();
    fm = S(["BlockStatement", "BreakStatement", "ComponentDeclaration", "ClassBody", "StructBody", "ClassDeclaration", "StructDeclaration", "ClassMethod", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ContinueStatement", "DebuggerStatement", "DeclareComponent", "DeclareClass", "DeclareExportAllDeclaration", "DeclareExportDeclaration", "DeclareFunction", "DeclareHook", "DeclareInterface", "DeclareModule", "DeclareModuleExports", "DeclareNamespace", "DeclareVariable", "DeclareEnum", "DoWhileStatement", "EnumDeclaration", "ExportAllDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExpressionStatement", "ForInStatement", "ForOfStatement", "ForStatement", "FunctionDeclaration", "HookDeclaration", "IfStatement", "ImportDeclaration", "InterfaceDeclaration", "LabeledStatement", "MethodDefinition", "ReturnStatement", "SwitchStatement", "ThrowStatement", "TryStatement", "TSDeclareFunction", "TSEnumDeclaration", "ImportEqualsDeclaration", "TSImportEqualsDeclaration", "TSInterfaceDeclaration", "TSModuleDeclaration", "TSNamespaceExportDeclaration", "NamespaceExportDeclaration", "TypeAlias", "VariableDeclaration", "WhileStatement", "WithStatement"]);
    ie = uu;
    Ze = "string";
    je = "array";
    lt = "cursor";
    et = "indent";
    tt = "align";
    mt = "trim";
    Se = "group";
    qe = "fill";
    ve = "if-break";
    rt = "indent-if-break";
    nt = "line-suffix";
    Ve = "line-suffix-boundary";
    Ae = "line";
    Re = "label";
    Ye = "break-parent";
    bn = /* @__PURE__ */ new Set([lt, et, tt, mt, Se, qe, ve, rt, nt, Ve, Ae, Re, Ye]);
    He = Em;
    dm = (e) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(e);
    ri = class extends Error {
      name = "InvalidDocError";
      constructor(t) {
        super(Cm(t)), this.doc = t;
      }
    };
    Rt = ri;
    au = {};
    Pn = Fm;
    Be = Je;
    kn = Je;
    Du = Je;
    yu = Je;
    We = { type: Ye };
    Yr = { type: lt };
    T = { type: Ae };
    E = { type: Ae, soft: true };
    ni = { type: Ae, hard: true };
    d = [ni, We];
    hm = { type: Ae, hard: true, literal: true };
    Er = [hm, We];
    se = { type: Ve };
    Sm = "cr";
    Bm = "crlf";
    bm = "\r";
    Pm = `\r
`;
    Im = `
`;
    km = Im;
    xu = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    Au = 12288;
    Tu = 65510;
    gu = [12288, 12288, 65281, 65376, 65504, 65510];
    hu = 4352;
    Su = 262141;
    ii = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
    si = (e, t) => {
      let r = 0, n = Math.floor(e.length / 2) - 1;
      for (; r <= n; ) {
        let o = Math.floor((r + n) / 2), i = o * 2;
        if (t < e[i]) n = o - 1;
        else if (t > e[i + 1]) r = o + 1;
        else return true;
      }
      return false;
    };
    Bu = 19968;
    [wm, Lm] = Om(ii);
    On = (e) => e < Au || e > Tu ? false : si(gu, e);
    ui = (e) => e >= wm && e <= Lm ? true : e < hu || e > Su ? false : si(ii, e);
    Mm = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
    bu = (e) => Mm.test(e);
    _m = /[^\x20-\x7F]/;
    Nm = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
    Tt = jm;
    vm = { type: 0 };
    Rm = { type: 1 };
    ai = { value: "", length: 0, queue: [], get root() {
      return ai;
    } };
    pi = class {
      #e = [];
      #t = "";
      #n = 0;
      #o = [];
      #r = [];
      #i() {
        let t = this.#t;
        t !== "" && (this.#e.push(t), this.#n += t.length, this.#t = "");
        for (let r of this.#r) this.#o.push(Math.min(r, this.#n));
        this.#r.length = 0;
      }
      markPosition() {
        if (this.#o.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
        this.#r.push(this.#n + this.#t.length);
      }
      write(t) {
        this.#t += t;
      }
      trim() {
        let { text: t, count: r } = Mn(this.#t);
        return this.#t = t, this.#i(), r;
      }
      finish() {
        return this.#i(), { text: this.#e.join(""), positions: this.#o };
      }
    };
    wu = pi;
    ot = /* @__PURE__ */ Symbol("MODE_BREAK");
    gt = /* @__PURE__ */ Symbol("MODE_FLAT");
    ci = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
    wt = class extends Error {
      name = "ArgExpansionBailout";
    };
    Kt = Jm;
    Ee = (e, { originalText: t }) => {
      let r = B(e);
      if (Kt(t, r)) return true;
      let n = _t(e);
      return n === r ? false : Kt(t, n);
    };
    Gm = S(["AnyTypeAnnotation", "ThisTypeAnnotation", "NumberTypeAnnotation", "VoidTypeAnnotation", "BooleanTypeAnnotation", "BigIntTypeAnnotation", "SymbolTypeAnnotation", "StringTypeAnnotation", "NeverTypeAnnotation", "UndefinedTypeAnnotation", "UnknownTypeAnnotation", "EmptyTypeAnnotation", "MixedTypeAnnotation"]);
    Nn = Gm;
    Lu = S(["TSThisType", "NullLiteralTypeAnnotation", "BooleanLiteralTypeAnnotation", "StringLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "TSLiteralType", "TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
    jn = Um;
    Ym = ["it", "it.only", "it.skip", "describe", "describe.only", "describe.skip", "test", "test.only", "test.skip", "test.fixme", "test.step", "test.describe", "test.describe.only", "test.describe.skip", "test.describe.fixme", "test.describe.parallel", "test.describe.parallel.only", "test.describe.serial", "test.describe.serial.only", "skip", "xit", "xdescribe", "xtest", "fit", "fdescribe", "ftest"];
    Hr = Km;
    fi = () => true;
    Qm = S(["DeclareClass", "DeclareComponent", "DeclareFunction", "DeclareHook", "DeclareVariable", "DeclareExportDeclaration", "DeclareExportAllDeclaration", "DeclareOpaqueType", "DeclareTypeAlias", "DeclareEnum", "DeclareInterface", "DeclareModule", "DeclareNamespace"]);
    Zm = (e) => {
      let { node: t } = e;
      return Qm(t) ? e.parent.type !== "DeclareExportDeclaration" && !t.implicitDeclare : t.declare;
    };
    ef = S(["AbstractMethodDefinition", "AbstractPropertyDefinition", "TSAbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"]);
    _u = (e) => e.type === "UnaryExpression" && e.operator === "!";
    rf = (e) => e.marker !== "commentBeforeArrow";
    sf = /^[\$A-Z_a-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC][\$0-9A-Z_a-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D01-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF6\u1CF8\u1CF9\u1D00-\u1DF5\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u200C\u200D\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]*$/;
    uf = (e) => sf.test(e);
    vu = uf;
    Gt = af;
    Ru = Object.freeze({ character: "'", codePoint: 39 });
    Wu = Object.freeze({ character: '"', codePoint: 34 });
    pf = Object.freeze({ preferred: Ru, alternate: Wu });
    cf = Object.freeze({ preferred: Wu, alternate: Ru });
    lf = /\\(["'\\])|(["'])/g;
    Gu = mf;
    it = ff;
    Df = (e) => e.type === "Identifier" && e.name === "new";
    Uu = (e) => G(e) && e.value === "new";
    qu = (e) => e.type === "TSEnumMember";
    Yu = (e) => qu(e) ? "id" : "key";
    Xr = (e) => e[Yu(e)];
    Hu = (e) => !qu(e) && e.computed;
    Ef = ({ parser: e }) => e === "typescript" || e === "babel-ts" || e === "oxc-ts" || e === "yuku-ts";
    Cf = /* @__PURE__ */ new WeakMap();
    Af = S(["VoidTypeAnnotation", "TSVoidKeyword", "NullLiteralTypeAnnotation", "TSNullKeyword"]);
    Tf = S(["ObjectTypeAnnotation", "TSTypeLiteral", "GenericTypeAnnotation", "TSTypeReference"]);
    hf = /* @__PURE__ */ new WeakSet();
    zu = (e) => e.match((t) => t.type === "TSTypeAnnotation", (t, r) => (r === "returnType" || r === "typeAnnotation") && (t.type === "TSFunctionType" || t.type === "TSConstructorType")) ? "=>" : e.match((t) => t.type === "TSTypeAnnotation", (t, r) => r === "typeAnnotation" && (t.type === "TSJSDocNullableType" || t.type === "TSJSDocNonNullableType" || t.type === "TSTypePredicate")) || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "Identifier", (t, r) => r === "id" && t.type === "DeclareFunction") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "DeclareFunction") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "Identifier", (t, r) => r === "id" && t.type === "DeclareHook") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "bound" && t.type === "TypeParameter" && t.usesExtendsBound) ? "" : ":";
    Sf = ({ node: e, key: t, parent: r }) => t === "value" && e.type === "FunctionExpression" && (r.type === "ObjectMethod" || r.type === "ClassMethod" || r.type === "ClassPrivateMethod" || r.type === "MethodDefinition" || r.type === "TSAbstractMethodDefinition" || r.type === "TSDeclareMethod" || r.type === "Property" && ze(r));
    bf = new Set("[(`+-/<:");
    Fi = ({ node: e, parent: t }) => e.type === "ExpressionStatement" && t.type === "Program" && t.body.length === 1 && (Array.isArray(t.directives) && t.directives.length === 0 || !t.directives);
    Pf = S(["ClassDeclaration", "ClassExpression", "StructDeclaration", "DeclareClass", "DeclareInterface", "InterfaceDeclaration", "RecordDeclaration", "TSInterfaceDeclaration"]);
    ta = If;
    ra = kf;
    na = wf;
    Of = /* @__PURE__ */ new WeakMap();
    oa = /^[fx]?(?:describe|it|test)$/;
    Si = [(e, t) => t === "properties" && e.type === "ObjectExpression", (e, t) => t === "arguments" && e.type === "CallExpression" && e.callee.type === "Identifier" && e.callee.name === "Component", (e, t) => t === "expression" && e.type === "Decorator"];
    la = (e) => vf(e) || Rf(e) || Wf(e) || aa(e);
    bi = 0;
    Ea = Da.bind(void 0, "html");
    da = Da.bind(void 0, "angular");
    Uf = [{ test: la, print: ca }, { test: fa, print: ma }, { test: ya, print: Ea }, { test: Bi, print: da }, { test: Fa, print: Ca }].map(({ test: e, print: t }) => ({ test: e, print: Yf(t) }));
    xa = qf;
    Kf = /* @__PURE__ */ new Set(["range", "raw", "comments", "extra", "start", "end", "loc", "errors", "tokens", "trailingComma", "docblock", "__contentEnd"]);
    hr = (e) => {
      for (let t of e.quasis) delete t.value;
    };
    Pi.ignoredProperties = Kf;
    $f = /\*\/$/;
    zf = /^\/\*\*?/;
    Ia = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
    Qf = /(^|\s+)\/\/([^\n\r]*)/g;
    Ba = /^(\r?\n)+/;
    Zf = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
    ba = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
    eD = /(\r?\n|^) *\* ?/g;
    ka = [];
    _a = "format";
    Na = tD;
    oD = /* @__PURE__ */ new WeakMap();
    wi = class {
      #e;
      constructor(t) {
        this.#e = new Set(t);
      }
      getLeadingWhitespaceCount(t) {
        let r = this.#e, n = 0;
        for (let o = 0; o < t.length && r.has(t.charAt(o)); o++) n++;
        return n;
      }
      getTrailingWhitespaceCount(t) {
        let r = this.#e, n = 0;
        for (let o = t.length - 1; o >= 0 && r.has(t.charAt(o)); o--) n++;
        return n;
      }
      getLeadingWhitespace(t) {
        let r = this.getLeadingWhitespaceCount(t);
        return t.slice(0, r);
      }
      getTrailingWhitespace(t) {
        let r = this.getTrailingWhitespaceCount(t);
        return t.slice(t.length - r);
      }
      hasLeadingWhitespace(t) {
        return this.#e.has(t.charAt(0));
      }
      hasTrailingWhitespace(t) {
        return this.#e.has(w(0, t, -1));
      }
      trimStart(t) {
        let r = this.getLeadingWhitespaceCount(t);
        return t.slice(r);
      }
      trimEnd(t) {
        let r = this.getTrailingWhitespaceCount(t);
        return t.slice(0, t.length - r);
      }
      trim(t) {
        return this.trimEnd(this.trimStart(t));
      }
      split(t, r = false) {
        let n = `[${ki([...this.#e].join(""))}]+`, o = new RegExp(r ? `(${n})` : n);
        return t.split(o);
      }
      hasWhitespaceCharacter(t) {
        let r = this.#e;
        return Array.prototype.some.call(t, (n) => r.has(n));
      }
      hasNonWhitespaceCharacter(t) {
        let r = this.#e;
        return Array.prototype.some.call(t, (n) => !r.has(n));
      }
      isWhitespaceOnly(t) {
        let r = this.#e;
        return Array.prototype.every.call(t, (n) => r.has(n));
      }
      #t(t) {
        let r = Number.POSITIVE_INFINITY;
        for (let n of t.split(`
`)) {
          if (n.length === 0) continue;
          let o = this.getLeadingWhitespaceCount(n);
          if (o === 0) return 0;
          n.length !== o && o < r && (r = o);
        }
        return r === Number.POSITIVE_INFINITY ? 0 : r;
      }
      dedentString(t) {
        let r = this.#t(t);
        return r === 0 ? t : t.split(`
`).map((n) => n.slice(r)).join(`
`);
      }
    };
    Ra = wi;
    Zt = new Ra(` 
\r	`);
    Sr = sD;
    Li = class extends Error {
      name = "UnexpectedNodeError";
      constructor(t, r, n = "type") {
        super(`Unexpected ${r} node ${n}: ${JSON.stringify(t[n])}.`), this.node = t;
      }
    };
    st = Li;
    uD = 0;
    aD = /* @__PURE__ */ new WeakMap();
    qa = (e) => e.node.type === "BinaryExpression" && e.node.operator === "|>" && z(aD, e.root, () => Xt(e.node, (t) => t.type === "TopicReference"));
    Ga = (e) => e.type === "BinaryExpression" && e.operator === "|";
    mD = S(["CallExpression", "OptionalCallExpression", "AssignmentExpression"]);
    ED = /* @__PURE__ */ new WeakMap();
    dD = (e) => e.type === "SequenceExpression";
    TD = 0.25;
    gD = /* @__PURE__ */ new Set(["!", "-", "+", "~"]);
    hD = S(["Identifier", "ThisExpression", "Super", "PrivateName", "PrivateIdentifier"]);
    $r = SD;
    kD = (e) => M(e) && pe(e).length > 0;
    ip = LD;
    OD = ["require", "require.resolve", "require.resolve.paths", "import.meta.resolve"];
    YD = Array.prototype.findLast ?? function(e) {
      for (let t = this.length - 1; t >= 0; t--) {
        let r = this[t];
        if (e(r, t, this)) return r;
      }
    };
    HD = nr("findLast", function() {
      if (Array.isArray(this)) return YD;
    });
    Dp = HD;
    yp = VD;
    Ep = ["properties", "indexers", "callProperties", "internalSlots"];
    Fp = S(["ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"]);
    Ap = (e) => {
      if (e.computed || e.typeAnnotation) return false;
      let { type: t, name: r } = e.key;
      return t === "Identifier" && (r === "static" || r === "get" || r === "set");
    };
    $D = S(["TSPropertySignature"]);
    zD = yp("heritageGroup");
    QD = S(["TSInterfaceDeclaration", "DeclareInterface", "InterfaceDeclaration", "InterfaceTypeAnnotation"]);
    ty = /* @__PURE__ */ new WeakMap();
    Sp = (e, t, r) => ht(e, t, r, "consequent");
    Bp = (e, t, r) => ht(e, t, r, "alternate");
    oy = S(["TSAsExpression", "TSTypeAssertion", "TSNonNullExpression", "TSInstantiationExpression", "TSSatisfiesExpression"]);
    Pp = S(["FunctionExpression", "ArrowFunctionExpression"]);
    uy = (e) => `${e.slice(0, -1)}\\u{${e.codePointAt(e.length - 1).toString(16)}}`;
    ay = (e) => {
      let { node: { name: t } } = e;
      return sy(e) ? uy(t) : t;
    };
    _p = (e, { originalText: t }) => Hr(t, b(e));
    cy = "use strict";
    Wp = S(["ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportDeclaration", "DeclareExportAllDeclaration"]);
    Gp = (e) => e.type === "ExportDefaultDeclaration" || e.type === "DeclareExportDeclaration" && e.default;
    my = S(["ClassDeclaration", "StructDeclaration", "ComponentDeclaration", "FunctionDeclaration", "TSInterfaceDeclaration", "DeclareClass", "DeclareComponent", "DeclareFunction", "DeclareHook", "HookDeclaration", "TSDeclareFunction", "EnumDeclaration"]);
    Ey = (e) => {
      let { attributes: t } = e;
      if (t.length !== 1) return false;
      let [r] = t, { type: n, key: o, value: i } = r;
      return n === "ImportAttribute" && (o.type === "Identifier" && o.name === "type" || G(o) && o.value === "type") && G(i) && !F(r) && !F(o) && !F(i);
    };
    Ay = /* @__PURE__ */ new Map([["AssignmentExpression", "right"], ["VariableDeclarator", "init"], ["ReturnStatement", "argument"], ["ThrowStatement", "argument"], ["UnaryExpression", "argument"], ["YieldExpression", "argument"], ["AwaitExpression", "argument"]]);
    Sy = /* @__PURE__ */ new Map([["AssignmentExpression", "right"], ["VariableDeclarator", "init"], ["ReturnStatement", "argument"], ["ThrowStatement", "argument"], ["UnaryExpression", "argument"], ["YieldExpression", "argument"], ["AwaitExpression", "argument"]]);
    Yi = (e) => [O("("), D([E, e]), E, O(")")];
    Fc = S(["MatchWildcardPattern", "MatchLiteralPattern", "MatchUnaryPattern", "MatchIdentifierPattern"]);
    Xi = (e) => e === "" || e === T || e === d || e === E;
    vy = S(["ArrayExpression", "JSXAttribute", "JSXElement", "JSXExpressionContainer", "JSXFragment", "ExpressionStatement", "NewExpression", "CallExpression", "OptionalCallExpression", "ConditionalExpression", "JsExpressionRoot", "MatchExpressionCase"]);
    eE = S(["ClassMethod", "ClassPrivateMethod", "ClassProperty", "ClassAccessorProperty", "StructDeclaration", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractAccessorProperty", "PropertyDefinition", "TSAbstractPropertyDefinition", "ClassPrivateProperty", "MethodDefinition", "AbstractMethodDefinition", "TSAbstractMethodDefinition", "TSDeclareMethod"]);
    rE = { experimental_avoidAstMutation: true, experimental_locForRangeFormat: { locStart: b, locEnd: _t } };
    $i = { features: rE, massageAstNode: Pi, canAttachComment: Ts, handleComments: Vs, isGap: Ks, willPrintOwnComments: ta, embed: xa, insertPragma: ja, printComment: va, printPrettierIgnored: Ki, print: Ki, getVisitorKeys: hn, isBlockComment: ce, hasPrettierIgnore: Sr };
    Qi = [{ name: "JSON.stringify", type: "data", aceMode: "json", extensions: [".importmap"], filenames: ["package.json", "package-lock.json", "composer.json"], tmScope: "source.json", aliases: ["geojson", "jsonl", "sarif", "topojson"], codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json-stringify"], vscodeLanguageIds: ["json"], linguistLanguageId: 174 }, { name: "JSON", type: "data", aceMode: "json", extensions: [".json", ".4DForm", ".4DProject", ".avsc", ".geojson", ".gltf", ".har", ".ice", ".JSON-tmLanguage", ".json.example", ".mcmeta", ".sarif", ".slnlaunch", ".tact", ".tfstate", ".tfstate.backup", ".topojson", ".webapp", ".webmanifest", ".yy", ".yyp"], filenames: [".all-contributorsrc", ".arcconfig", ".auto-changelog", ".c8rc", ".htmlhintrc", ".imgbotconfig", ".nycrc", ".releaserc", ".secrets.baseline", ".tern-config", ".tern-project", ".watchmanconfig", ".babelrc", ".jscsrc", ".jshintrc", ".jslintrc", ".swcrc"], tmScope: "source.json", aliases: ["geojson", "jsonl", "sarif", "topojson"], codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json"], vscodeLanguageIds: ["json"], linguistLanguageId: 174 }, { name: "JSON with Comments", type: "data", aceMode: "javascript", extensions: [".jsonc", ".code-snippets", ".code-workspace", ".hujson", ".sublime-build", ".sublime-color-scheme", ".sublime-commands", ".sublime-completions", ".sublime-keymap", ".sublime-macro", ".sublime-menu", ".sublime-mousemap", ".sublime-project", ".sublime-settings", ".sublime-theme", ".sublime-workspace", ".sublime_metrics", ".sublime_session"], filenames: [], tmScope: "source.json.comments", aliases: ["jsonc"], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", group: "JSON", parsers: ["jsonc"], vscodeLanguageIds: ["jsonc"], linguistLanguageId: 423 }, { name: "JSON5", type: "data", aceMode: "json5", extensions: [".json5"], tmScope: "source.js", codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json5"], vscodeLanguageIds: ["json5"], linguistLanguageId: 175 }];
    jo = {};
    Ro(jo, { estree: () => $i, "estree-json": () => iE });
    Lc = { JsonRoot: ["node"], ArrayExpression: ["elements"], ObjectExpression: ["properties"], ObjectProperty: ["key", "value"], UnaryExpression: ["argument"], NullLiteral: [], BooleanLiteral: [], StringLiteral: [], NumericLiteral: [], Identifier: [], TemplateLiteral: ["quasis"], TemplateElement: [] };
    nE = gn(Lc);
    Oc = nE;
    oE = /* @__PURE__ */ new Set(["start", "end", "loc", "comments", "leadingComments", "trailingComments", "innerComments", "errors", "range", "tokens"]);
    Zi.ignoredProperties = oE;
    iE = { massageAstNode: Zi, print: es, getVisitorKeys: Oc };
    Or = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
    qt = "JavaScript";
    sE = { arrowParens: { category: qt, type: "choice", default: "always", description: "Include parentheses around a sole arrow function parameter.", choices: [{ value: "always", description: "Always include parens. Example: `(x) => x`" }, { value: "avoid", description: "Omit parens when possible. Example: `x => x`" }] }, bracketSameLine: Or.bracketSameLine, objectWrap: Or.objectWrap, bracketSpacing: Or.bracketSpacing, jsxBracketSameLine: { category: qt, type: "boolean", description: "Put > on the last line instead of at a new line.", deprecated: "2.4.0" }, semi: { category: qt, type: "boolean", default: true, description: "Print semicolons.", oppositeDescription: "Do not print semicolons, except at the beginning of lines which may need them." }, experimentalOperatorPosition: { category: qt, type: "choice", default: "end", description: "Where to print operators when binary expressions wrap lines.", choices: [{ value: "start", description: "Print operators at the start of new lines." }, { value: "end", description: "Print operators at the end of previous lines." }] }, experimentalTernaries: { category: qt, type: "boolean", default: false, description: "Use curious ternaries, with the question mark after the condition.", oppositeDescription: "Default behavior of ternaries; keep question marks on the same line as the consequent." }, singleQuote: Or.singleQuote, jsxSingleQuote: { category: qt, type: "boolean", default: false, description: "Use single quotes in JSX." }, quoteProps: { category: qt, type: "choice", default: "as-needed", description: "Change when properties in objects are quoted.", choices: [{ value: "as-needed", description: "Only add quotes around object properties where required." }, { value: "consistent", description: "If at least one property in an object requires quotes, quote all properties." }, { value: "preserve", description: "Respect the input use of quotes in object properties." }] }, trailingComma: { category: qt, type: "choice", default: "all", description: "Print trailing commas wherever possible when multi-line.", choices: [{ value: "all", description: "Trailing commas wherever possible (including function arguments)." }, { value: "es5", description: "Trailing commas where valid in ES5 (objects, arrays, etc.)" }, { value: "none", description: "No trailing commas." }] }, singleAttributePerLine: Or.singleAttributePerLine };
    _c = sE;
    uE = { ...zi, ...jo };
    aE = [...is, ...Qi];
  }
});
init_estree();
export {
  Nc as default,
  aE as languages,
  _c as options,
  uE as printers
};
