import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/angular.mjs
function Vi(t30) {
  return typeof t30 == "string" ? (e) => e === t30 : (e) => t30.test(e);
}
function zn(t30, e, n) {
  let s = Vi(e);
  for (let r = n; r < t30.length; r++) {
    let i = t30[r];
    if (s(i)) return r;
  }
  throw new Error(`Cannot find character ${e} from index ${n} in ${JSON.stringify(t30)}`);
}
function Gn(t30) {
  return t30.slice(0, 1).toLowerCase() + t30.slice(1);
}
function ze(t30) {
  let { start: e, end: n } = t30;
  return { start: e, end: n, range: [e, n] };
}
function jn(t30) {
  return !!t30.extra?.parenthesized;
}
function ke(t30) {
  return t30.type === "TSNonNullExpression" && !jn(t30) ? ke(t30.expression) : (t30.type === "OptionalCallExpression" || t30.type === "OptionalMemberExpression") && !jn(t30);
}
function Ui() {
  return ne || (ne = Lt(), q(E.HTML, void 0, [["iframe", ["srcdoc"]], ["*", ["innerHTML", "outerHTML"]]]), q(E.STYLE, void 0, [["*", ["style"]]]), q(E.URL, void 0, [["*", ["formAction"]], ["area", ["href"]], ["a", ["href", "xlink:href"]], ["form", ["action"]]]), q(E.URL, qi, [["*", ["href", "xlink:href"]]]), q(E.RESOURCE_URL, void 0, [["base", ["href"]], ["embed", ["src"]], ["frame", ["src"]], ["iframe", ["src"]], ["link", ["href"]], ["object", ["codebase", "data"]]]), q(E.URL, Dt, [["a", ["href", "xlink:href"]]]), q(E.ATTRIBUTE_NO_BINDING, Dt, [["animate", ["attributeName", "values", "to", "from"]], ["set", ["to", "attributeName"]], ["animateMotion", ["attributeName"]], ["animateTransform", ["attributeName"]]]), q(E.ATTRIBUTE_NO_BINDING, void 0, [["unknown", ["attributeName", "values", "to", "from", "sandbox", "allow", "allowFullscreen", "referrerPolicy", "csp", "fetchPriority", "credentialless"]], ["iframe", ["sandbox", "allow", "allowFullscreen", "referrerPolicy", "csp", "fetchPriority", "credentialless"]]]), ne);
}
function q(t30, e, n) {
  let s = e ?? Pt;
  for (let [r, i] of n) {
    let l = r.toLowerCase();
    for (let c of i) {
      let f = c.toLowerCase(), d = ne[f] ?? (ne[f] = Lt()), g = d[s] ?? (d[s] = Lt());
      g[l] = t30;
    }
  }
}
function Hi(t30, e, n) {
  let r = Ui()[e.toLowerCase()];
  if (!r) return E.NONE;
  let i = t30.toLowerCase(), l;
  if (n) {
    let c = r[n];
    c && (l = c[i] ?? c[Xn]);
  }
  if (l === void 0) {
    let c = r[Pt];
    c && (l = c[i] ?? c[Xn]);
  }
  if (l === void 0 && (!n || n === Pt)) {
    let c = r[Dt];
    c && (l = c[i]);
  }
  return l ?? E.NONE;
}
function Wi(t30, e) {
  return t30 == null || e == null ? t30 == e : t30.isEquivalent(e);
}
function ji(t30, e, n) {
  let s = t30.length;
  if (s !== e.length) return false;
  for (let r = 0; r < s; r++) if (!n(t30[r], e[r])) return false;
  return true;
}
function he(t30, e) {
  return ji(t30, e, (n, s) => n.isEquivalent(s));
}
function Gi(t30) {
  return t30.replace(zi, (...e) => e[1].toUpperCase());
}
function ho(t30) {
  return t30 >= er && t30 <= tr || t30 == lr;
}
function Y(t30) {
  return to <= t30 && t30 <= no;
}
function Yt(t30) {
  return t30 >= or && t30 <= ar || t30 >= Cn && t30 <= bn;
}
function ds(t30) {
  return t30 === sr || t30 === nr || t30 === Qt;
}
function gt(t30, e = true) {
  if (t30[0] != ":") return [null, t30];
  let n = t30.indexOf(":", 1);
  if (n === -1) {
    if (e) throw new Error(`Unsupported format "${t30}" expecting ":namespace:name"`);
    return [null, t30];
  }
  return [t30.slice(1, n), t30.slice(n + 1)];
}
function Ss(t30) {
  return gt(t30)[1] === "ng-container";
}
function ys(t30) {
  return gt(t30)[1] === "ng-content";
}
function _o(t30) {
  return { kind: u.Statement, statement: t30, ...Io };
}
function Do(t30, e) {
  ht(t30, (n, s) => (e(n, s), n), G.None);
}
function Nt(t30, e, n) {
  for (let s = 0; s < t30.expressions.length; s++) t30.expressions[s] = (t30.expressions[s], void 0);
}
function ht(t30, e, n) {
  switch (t30.kind) {
    case u.StyleProp:
    case u.StyleMap:
    case u.ClassProp:
    case u.ClassMap:
    case u.AnimationString:
    case u.AnimationBinding:
    case u.Binding:
      t30.expression instanceof ve ? Nt(t30.expression, e, n) : t30.expression = (t30.expression, void 0);
      break;
    case u.Property:
    case u.DomProperty:
    case u.Attribute:
      t30.expression instanceof ve ? Nt(t30.expression, e, n) : t30.expression = (t30.expression, void 0), t30.sanitizer = t30.sanitizer && (t30.sanitizer, void 0);
      break;
    case u.TwoWayProperty:
      t30.expression = (t30.expression, void 0), t30.sanitizer = t30.sanitizer && (t30.sanitizer, void 0);
      break;
    case u.I18nExpression:
      t30.expression = (t30.expression, void 0);
      break;
    case u.InterpolateText:
      Nt(t30.interpolation, e, n);
      break;
    case u.Statement:
      gn(t30.statement, e, n);
      break;
    case u.Variable:
      t30.initializer = (t30.initializer, void 0);
      break;
    case u.Conditional:
      for (let s of t30.conditions) s.expr !== null && (s.expr = (s.expr, void 0));
      t30.processed !== null && (t30.processed = (t30.processed, void 0)), t30.contextValue !== null && (t30.contextValue = (t30.contextValue, void 0));
      break;
    case u.Boundary:
      for (let s of t30.conditions) s.expr !== null && (s.expr = (s.expr, void 0));
      t30.processed !== null && (t30.processed = (t30.processed, void 0));
      break;
    case u.Animation:
    case u.AnimationListener:
    case u.Listener:
    case u.TwoWayListener:
      for (let s of t30.handlerOps) ht(s, e, n | G.InChildOperation);
      break;
    case u.ExtractedAttribute:
      t30.expression = t30.expression && (t30.expression, void 0), t30.trustedValueFn = t30.trustedValueFn && (t30.trustedValueFn, void 0);
      break;
    case u.RepeaterCreate:
      if (t30.trackByOps === null) t30.track = (t30.track, void 0);
      else for (let s of t30.trackByOps) ht(s, e, n | G.InChildOperation);
      t30.trackByFn !== null && (t30.trackByFn = (t30.trackByFn, void 0));
      break;
    case u.Repeater:
      t30.collection = (t30.collection, void 0);
      break;
    case u.Defer:
      t30.loadingConfig !== null && (t30.loadingConfig = (t30.loadingConfig, void 0)), t30.placeholderConfig !== null && (t30.placeholderConfig = (t30.placeholderConfig, void 0)), t30.resolverFn !== null && (t30.resolverFn = (t30.resolverFn, void 0));
      break;
    case u.I18nMessage:
      for (let [s, r] of t30.params) t30.params.set(s, void 0);
      for (let [s, r] of t30.postprocessingParams) t30.postprocessingParams.set(s, void 0);
      break;
    case u.DeferWhen:
      t30.expr = (t30.expr, void 0);
      break;
    case u.StoreLet:
      t30.value = (t30.value, void 0);
      break;
    case u.ForeignComponent:
      for (let [s, r] of t30.props) t30.props.set(s, void 0);
      break;
    case u.Advance:
    case u.Container:
    case u.ContainerEnd:
    case u.ContainerStart:
    case u.DeferOn:
    case u.DisableBindings:
    case u.Element:
    case u.ElementEnd:
    case u.ElementStart:
    case u.EnableBindings:
    case u.I18n:
    case u.I18nApply:
    case u.I18nContext:
    case u.I18nEnd:
    case u.I18nStart:
    case u.IcuEnd:
    case u.IcuStart:
    case u.Namespace:
    case u.Pipe:
    case u.Projection:
    case u.ProjectionDef:
    case u.EnableIncrementalHydrationRuntime:
    case u.Template:
    case u.Content:
    case u.Text:
    case u.I18nAttributes:
    case u.IcuPlaceholder:
    case u.DeclareLet:
    case u.SourceLocation:
    case u.ConditionalCreate:
    case u.ConditionalBranchCreate:
    case u.Control:
    case u.ControlCreate:
    case u.BoundaryCreate:
    case u.BoundaryErrorCreate:
      break;
    default:
      throw new Error(`AssertionError: transformExpressionsInOp doesn't handle ${u[t30.kind]}`);
  }
}
function gn(t30, e, n) {
  if (t30 instanceof Ye) t30.expr = (t30.expr, void 0);
  else if (t30 instanceof Ke) t30.value = (t30.value, void 0);
  else if (t30 instanceof Gt) t30.value !== void 0 && (t30.value = (t30.value, void 0));
  else if (t30 instanceof Xt) {
    t30.condition = (t30.condition, void 0);
    for (let s of t30.trueCase) gn(s, e, n);
    for (let s of t30.falseCase) gn(s, e, n);
  } else throw new Error(`Unhandled statement kind: ${t30.constructor.name}`);
}
function Ie(t30, e, n) {
  return new P(t30, e, m.Character, n, String.fromCharCode(n));
}
function Mo(t30, e, n) {
  return new P(t30, e, m.Identifier, 0, n);
}
function $o(t30, e, n) {
  return new P(t30, e, m.PrivateIdentifier, 0, n);
}
function Ro(t30, e, n) {
  return new P(t30, e, m.Keyword, 0, n);
}
function U(t30, e, n) {
  return new P(t30, e, m.Operator, 0, n);
}
function Fo(t30, e, n) {
  return new P(t30, e, m.Number, n, "");
}
function Oo(t30, e, n) {
  return new P(t30, e, m.Error, 0, n);
}
function Vo(t30, e, n) {
  return new P(t30, e, m.RegExpBody, 0, n);
}
function qo(t30, e, n) {
  return new P(t30, e, m.RegExpFlags, 0, n);
}
function Vs(t30) {
  return or <= t30 && t30 <= ar || Cn <= t30 && t30 <= bn || t30 == mt || t30 == xn;
}
function qs(t30) {
  return Yt(t30) || Y(t30) || t30 == mt || t30 == xn;
}
function Uo(t30) {
  return t30 == io || t30 == so;
}
function Ho(t30) {
  return t30 == ir || t30 == rr;
}
function Wo(t30) {
  switch (t30) {
    case ao:
      return Xe;
    case oo:
      return Ji;
    case lo:
      return Qi;
    case co:
      return er;
    case po:
      return Xi;
    default:
      return t30;
  }
}
function jo(t30) {
  let e = parseInt(t30);
  if (isNaN(e)) throw new Error("Invalid integer literal when parsing " + t30);
  return e;
}
function W(t30) {
  return t30.start.toString() || "(unknown)";
}
function re(t30, e, n, s) {
  n.length > 0 && (n = ` ${n} `);
  let r = W(s), i = `Parser Error: ${t30}${n}[${e}] in ${r}`;
  return new Fe(s, i);
}
function zo(t30) {
  let e = /* @__PURE__ */ new Map(), n = 0, s = 0, r = 0;
  for (; r < t30.length; ) {
    let i = t30[r];
    if (i.type === 9) {
      let [l, c] = i.parts;
      n += c.length, s += l.length;
    } else {
      let l = i.parts.reduce((c, f) => c + f.length, 0);
      s += l, n += l;
    }
    e.set(s, n), r++;
  }
  return e;
}
function Ge(t30) {
  let e = t30.toLowerCase(), [n, s] = gt(e, false);
  return n === Go || n === Xo ? `:${n}:${s}` : s;
}
function ta(t30) {
  switch (t30) {
    case "width":
    case "height":
    case "minWidth":
    case "minHeight":
    case "maxWidth":
    case "maxHeight":
    case "left":
    case "top":
    case "bottom":
    case "right":
    case "fontSize":
    case "outlineWidth":
    case "outlineOffset":
    case "paddingTop":
    case "paddingLeft":
    case "paddingBottom":
    case "paddingRight":
    case "marginTop":
    case "marginLeft":
    case "marginBottom":
    case "marginRight":
    case "borderRadius":
    case "borderWidth":
    case "borderTopWidth":
    case "borderLeftWidth":
    case "borderRightWidth":
    case "borderBottomWidth":
    case "textIndent":
      return true;
    default:
      return false;
  }
}
function $(t30) {
  return (e) => e.kind === t30;
}
function Re(t30, e) {
  return (n) => n.kind === t30 && e === n.expression instanceof ve;
}
function na(t30) {
  return (t30.kind === u.Property || t30.kind === u.TwoWayProperty) && !(t30.expression instanceof ve);
}
function dt(t30) {
  return t30.slice(t30.length - 1);
}
function mr(t30) {
  let e = new tt(t30, ra), n = new et(e, 0, 0, 0), s = n.moveBy(t30.length);
  return { text: t30, file: e, start: n, end: s, sourceSpan: new nt(n, s) };
}
function gr() {
  return dr ?? (dr = new we(new Ue()));
}
function oa(t30) {
  let e = ia(t30);
  return e === null ? [] : [{ type: "CommentLine", value: t30.slice(e + 2), ...ze({ start: e, end: t30.length }) }];
}
function vr(t30) {
  let { result: e } = t30;
  if (e.errors.length !== 0) {
    let [n] = e.errors;
    if (!(n instanceof Fe)) throw n;
    let { message: s } = n;
    {
      let l = s.match(/ in .*?@\d+:\d+$/);
      l && (s = s.slice(0, l.index));
    }
    let r = t30.start;
    {
      let l = s.match(/at column (?<index>\d+)/);
      l && (s = s.slice(0, l.index), r = r.moveBy(Number(l.groups.index)));
    }
    let i = new SyntaxError(s.trim(), { cause: n });
    throw Object.assign(i, { location: r, span: n.span }), i.cause ?? (i.cause = n), i;
  }
  return t30;
}
function ga(t30) {
  return this[t30 < 0 ? this.length + t30 : t30];
}
function ai(t30) {
  return t30 instanceof qe;
}
function li(t30) {
  return t30 instanceof ge;
}
function di(t30, e) {
  return new wa(t30, e).expressions;
}
function ya(t30, e) {
  let n = new SyntaxError(t30 + " (" + e.loc.start.line + ":" + e.loc.start.column + ")");
  return Object.assign(n, e);
}
function ce(t30) {
  let e = new Set(t30);
  return (n) => e.has(n?.type);
}
function Ce(t30) {
  return t30.range?.[1] ?? t30.end;
}
function C(t30) {
  let e = t30.range?.[0] ?? t30.start, n = (t30.declaration?.decorators ?? t30.decorators)?.[0];
  return n ? Math.min(C(n), e) : e;
}
function b(t30) {
  let { type: e } = t30;
  return e === "IfStatement" ? b(t30.alternate ?? t30.consequent) : e === "ForInStatement" || e === "ForOfStatement" || e === "ForStatement" || e === "LabeledStatement" || e === "WithStatement" || e === "WhileStatement" ? b(t30.body) : Aa.get(e)?.(t30) ?? Ce(t30);
}
function Ae(t30, e, n) {
  if (!t30.has(e)) {
    let s = n(e);
    t30.set(e, s);
  }
  return t30.get(e);
}
function yi(t30) {
  return Ae(_a, t30, (e) => be(e) && e.value[0] === "*" && /@(?:type|satisfies)\b/.test(e.value));
}
function Da(t30) {
  return Ei(0, t30, /[^\n]/g, " ");
}
function Pa(t30, e) {
  if (e.length === 0) return t30;
  let n = "", s = 0;
  for (let r of e) {
    let i = C(r), l = b(r);
    n += t30.slice(s, i) + xi(t30.slice(i, l)), s = l;
  }
  return n + t30.slice(s);
}
function Ci(t30) {
  let e = t30[At];
  return Ae(La, e, (n) => Pa(t30.originalText, n));
}
function Ba(t30) {
  if (!be(t30)) return [];
  if (!t30.value.includes(`
`)) return [];
  let e = [];
  for (let n of `*${t30.value}*`.split(`
`)) {
    if (n = n.trimStart(), !n.startsWith("*")) return [];
    e.push(n);
  }
  return e;
}
function Ma(t30) {
  return Ae(bi, t30, Ba);
}
function Ai(t30) {
  bi.delete(t30);
}
function $n(t30) {
  return Ma(t30).length > 0;
}
function Ti(t30) {
  if (t30.length < 2) return;
  let e;
  for (let n = t30.length - 1; n >= 0; n--) {
    let s = t30[n];
    if (e && b(s) === C(e) && $n(s) && $n(e) && (t30.splice(n + 1, 1), s.value += "*//*" + e.value, s.range = [C(s), b(e)], Ai(s)), !Si(s) && !be(s)) throw new TypeError(`Unknown comment type: "${s.type}".`);
    e = s;
  }
}
function $a(t30) {
  return t30 !== null && typeof t30 == "object";
}
function We(t30) {
  if (He !== null && typeof He.property) {
    let e = He;
    return He = We.prototype = null, e;
  }
  return He = We.prototype = t30 ?? /* @__PURE__ */ Object.create(null), new We();
}
function Rn(t30) {
  return We(t30);
}
function Fa(t30, e = "type") {
  Rn(t30);
  function n(s) {
    let r = s[e], i = t30[r];
    if (!Array.isArray(i)) throw Object.assign(new Error(`Missing visitor keys for '${r}'.`), { node: s });
    return i;
  }
  return n;
}
function Tt(t30, e) {
  if (!ki(t30)) return t30;
  if (Array.isArray(t30)) {
    for (let s = 0; s < t30.length; s++) t30[s] = Tt(t30[s], e);
    return t30;
  }
  if (e.onEnter) {
    let s = e.onEnter(t30) ?? t30;
    if (s !== t30) return Tt(s, e);
    t30 = s;
  }
  let n = Ni(t30);
  for (let s = 0; s < n.length; s++) t30[n[s]] = Tt(t30[n[s]], e);
  return e.onLeave && (t30 = e.onLeave(t30) || t30), t30;
}
function Va(t30, e) {
  let { text: n, astType: s } = e, { comments: r } = t30;
  Ti(r);
  let i = t30.type === "File" ? t30.program : t30;
  i.interpreter && (r.unshift(i.interpreter), delete i.interpreter), t30.hashbang && ((s === "oxc-ts" || s === "yuku-js" || s === "yuku-ts") && r.unshift(t30.hashbang), delete t30.hashbang);
  let l;
  return t30 = Di(t30, { onEnter(c) {
    qa(c, r, n);
    let { type: f } = c;
    switch (f) {
      case "ParenthesizedExpression": {
        let { expression: d } = c, g = C(c);
        if (d.type === "TypeCastExpression") return d.range = [g, b(c)], d;
        let D = false;
        if (s !== "oxc-ts") {
          if (!l) {
            l = [];
            for (let x of r) yi(x) && l.push(b(x));
          }
          let T = wi(0, l, (x) => x <= g);
          D = T && n.slice(T, g).trim().length === 0;
        }
        return D ? void 0 : (d.extra = { ...d.extra, parenthesized: true }, d);
      }
      case "TemplateLiteral":
        if (c.expressions.length !== c.quasis.length - 1) throw new Error("Malformed template literal.");
        break;
      case "TemplateElement":
        if (s === "flow" || s === "hermes" || s === "espree" || s === "typescript" || s === "oxc-ts" || s === "yuku-ts") {
          let d = C(c) + 1, g = b(c) - (c.tail ? 1 : 2);
          c.range = [d, g];
        }
        break;
      case "TSParenthesizedType":
        return c.typeAnnotation;
      case "TSUnionType":
      case "TSIntersectionType":
        if (c.types.length === 1) return c.types[0];
        break;
      case "TupleTypeAnnotation":
        c.types && !c.elementTypes && (c.elementTypes = c.types, delete c.types);
        break;
      case "ImportDeclaration":
        s === "hermes" && c.assertions && !c.attributes && (c.attributes = c.assertions, delete c.assertions);
        break;
      case "TypeParameter":
        s !== "flow" && c.bound?.type === "TypeAnnotation" && (c.bound = c.bound.typeAnnotation);
        break;
      case "EnumBooleanBody":
      case "EnumNumberBody":
      case "EnumBigIntBody":
      case "EnumStringBody":
      case "EnumSymbolBody":
        s === "hermes" && ((c.explicitType || f === "EnumSymbolBody") && (c.explicitType = f.slice(4, -4).toLowerCase()), c.type = "EnumBody");
        break;
      case "GenericTypeAnnotation":
      case "ClassImplements":
      case "InterfaceExtends":
        s !== "flow" && c.typeParameters && !c.typeArguments && (c.typeArguments = c.typeParameters, delete c.typeParameters);
    }
  }, onLeave(c) {
    switch (c.type) {
      case "LogicalExpression":
        if (Pi(c)) return Fn(c);
        break;
    }
  } }), t30;
}
function Pi(t30) {
  return t30.type === "LogicalExpression" && t30.right.type === "LogicalExpression" && t30.operator === t30.right.operator;
}
function Fn(t30) {
  return Pi(t30) ? Fn({ type: "LogicalExpression", operator: t30.operator, left: Fn({ type: "LogicalExpression", operator: t30.operator, left: t30.left, right: t30.right.left, range: [C(t30.left), b(t30.right.left)] }), right: t30.right.right, range: [C(t30), b(t30)] }) : t30;
}
function qa(t30, e, n) {
  if (!Mn(t30)) return;
  let s = Ce(t30);
  if (n[s - 1] !== ";") return;
  let r = Ci({ [At]: e, originalText: n });
  s -= 1;
  let i = r.slice(C(t30), s), l = i.trimEnd();
  t30.__contentEnd = s - (i.length - l.length);
}
function Ua(t30) {
  let { type: e = "JsExpressionRoot", expression: n, comments: s = n?.comments ?? [], text: r, rootMarker: i } = t30, l = { type: e, comments: s, range: [0, r.length], rootMarker: i };
  return n && (delete n.comments, l.node = n), l;
}
function Ha(t30) {
  if (!t30?.location) return t30;
  let { message: e, location: { line: n, col: s } } = t30;
  return mi(e, { loc: { start: { line: n + 1, column: Math.max(s, 1) } }, cause: t30 });
}
function kt(t30) {
  return { astFormat: "estree", parse(e) {
    let n;
    try {
      n = t30(e);
    } catch (i) {
      throw Ha(i);
    }
    let { comments: s } = n;
    delete n.comments, t30 === bt && n.type !== "NGChainedExpression" && (n = { ...n, type: "NGChainedExpression", expressions: [n] });
    let r = Bi({ type: "NGRoot", expression: n, comments: s, text: e });
    return Li(r, { text: e });
  }, locStart: C, locEnd: b };
}
var Ri, Fi, Oi, Un, Hn, _t, J, je, It, S, Wn, Mi, On, Ya, E, ne, Dt, qi, Pt, Xn, Lt, Jn, Qn, Yn, Kn, Zn, es, ts, ns, ss, rs, is, os, as, h, A, Bt, Mt, $t, Rt, Ft, Qe, Ot, Vt, y, qt, Ut, Ht, Wt, jt, zt, fe, de, Gt, Ye, Ke, Xt, ls, o, p, zi, Jt, Ka, _e, er, Xe, Xi, Ji, Qi, tr, Yi, nr, Ki, xn, Zi, cs, sr, K, M, us, rr, H, ir, Q, Ze, Z, De, eo, _, ps, hs, to, no, Cn, so, bn, pe, Je, se, ro, mt, or, io, oo, ao, lo, co, uo, po, ar, Pe, fs, ee, lr, Qt, et, tt, nt, st, Fe, ie, w, Oe, L, me, Kt, Zt, en, Le, tn, rt, nn, Be, sn, B, rn, on, an, fo, k, Me, it, ot, at, ln, lt, cn, ct, ut, pt, Ve, un, pn, hn, V, j, ge, qe, fn, ms, gs, R, vs, ws, mo, Es, xs, Cs, go, cr, vo, dn, wo, So, An, tl, nl, yo, sl, Eo, rl, xo, il, Tn, ol, al, ll, Co, bo, Ao, To, ko, cl, ul, pl, hl, fl, u, oe, bs, As, F, Ts, ks, _s, Is, O, Ns, Ds, mn, Io, No, ur, Se, vt, dl, ml, gl, ve, ae, Ps, Ls, Bs, Ms, $s, G, vl, Rs, Fs, wl, Sl, yl, El, xl, Cl, bl, Al, Tl, kl, Po, Lo, Os, pr, _l, Il, m, z, Bo, Ue, P, $e, Ne, vn, wn, Sn, we, ue, Us, te, yn, Go, Xo, En, Jo, Qo, Yo, Ko, Zo, hr, ea, ft, Nl, Dl, Pl, Ll, Bl, Ml, $l, Hs, Rl, Ws, js, fr, Fl, Ol, zs, Gs, Vl, Xs, Js, Qs, Ys, Ks, sa, ql, Ul, Hl, Zs, ra, dr, ia, wt, wr, Sr, yr, Er, xr, St, Cr, br, Ar, aa, Tr, kr, la, _r, ca, ua, Ir, Nr, Dr, Pr, Lr, Br, Mr, $r, Rr, pa, ha, fa, da, yt, Fr, Or, Vr, qr, Ur, Hr, Wr, jr, zr, Gr, Xr, Jr, Qr, kn, Yr, Kr, Zr, ei, ma, ti, ni, si, Et, ri, ii, oi, ye, va, xt, Ee, le, v, ci, N, In, Nn, Dn, ui, pi, hi, fi, xe, wa, Ct, bt, Pn, Sa, Ln, Bn, mi, Ea, xa, Ca, gi, ba, vi, Aa, Mn, Ta, ka, wi, At, be, Si, _a, Ia, Na, Ei, xi, La, bi, ki, He, Ra, _i, a, Ii, Oa, Ni, Di, Ep, Li, Bi, Wa, ja, za, Ga;
var init_angular = __esm({
  "node_modules/prettier/plugins/angular.mjs"() {
    Ri = Object.defineProperty;
    Fi = Object.getPrototypeOf;
    Oi = Reflect.get;
    Un = (t30) => {
      throw TypeError(t30);
    };
    Hn = (t30, e) => {
      for (var n in e) Ri(t30, n, { get: e[n], enumerable: true });
    };
    _t = (t30, e, n) => e.has(t30) || Un("Cannot " + n);
    J = (t30, e, n) => (_t(t30, e, "read from private field"), n ? n.call(t30) : e.get(t30));
    je = (t30, e, n) => e.has(t30) ? Un("Cannot add the same private member more than once") : e instanceof WeakSet ? e.add(t30) : e.set(t30, n);
    It = (t30, e, n, s) => (_t(t30, e, "write to private field"), s ? s.call(t30, n) : e.set(t30, n), n);
    S = (t30, e, n) => (_t(t30, e, "access private method"), n);
    Wn = (t30, e, n) => Oi(Fi(t30), n, e);
    Mi = {};
    Hn(Mi, { parsers: () => On });
    On = {};
    Hn(On, { __ng_action: () => Wa, __ng_binding: () => ja, __ng_directive: () => Ga, __ng_interpolation: () => za });
    Ya = new RegExp(`(\\:not\\()|(([\\.\\#]?)[-\\w]+)|(?:\\[([-.\\w*\\\\$]+)(?:=(["']?)([^\\]"']*)\\5)?\\])|(\\))|(\\s*,\\s*)`, "g");
    (function(t30) {
      t30[t30.NONE = 0] = "NONE", t30[t30.HTML = 1] = "HTML", t30[t30.STYLE = 2] = "STYLE", t30[t30.SCRIPT = 3] = "SCRIPT", t30[t30.URL = 4] = "URL", t30[t30.RESOURCE_URL = 5] = "RESOURCE_URL", t30[t30.ATTRIBUTE_NO_BINDING = 6] = "ATTRIBUTE_NO_BINDING";
    })(E || (E = {}));
    Dt = "svg";
    qi = "math";
    Pt = "";
    Xn = "*";
    Lt = () => /* @__PURE__ */ Object.create(null);
    (function(t30) {
      t30[t30.Emulated = 0] = "Emulated", t30[t30.None = 2] = "None", t30[t30.ShadowDom = 3] = "ShadowDom", t30[t30.ExperimentalIsolatedShadowDom = 4] = "ExperimentalIsolatedShadowDom";
    })(Jn || (Jn = {}));
    (function(t30) {
      t30[t30.OnPush = 0] = "OnPush", t30[t30.Default = 1] = "Default", t30[t30.Eager = 1] = "Eager";
    })(Qn || (Qn = {}));
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.SignalBased = 1] = "SignalBased", t30[t30.HasDecoratorInputTransform = 2] = "HasDecoratorInputTransform";
    })(Yn || (Yn = {}));
    Kn = { name: "custom-elements" };
    Zn = { name: "no-errors-schema" };
    (function(t30) {
      t30[t30.Error = 0] = "Error", t30[t30.Warning = 1] = "Warning", t30[t30.Ignore = 2] = "Ignore";
    })(es || (es = {}));
    (function(t30) {
      t30[t30.Directive = 0] = "Directive", t30[t30.Component = 1] = "Component", t30[t30.Injectable = 2] = "Injectable", t30[t30.Pipe = 3] = "Pipe", t30[t30.NgModule = 4] = "NgModule", t30[t30.Service = 5] = "Service";
    })(ts || (ts = {}));
    (function(t30) {
      t30[t30.Directive = 0] = "Directive", t30[t30.Pipe = 1] = "Pipe", t30[t30.NgModule = 2] = "NgModule";
    })(ns || (ns = {}));
    (function(t30) {
      t30[t30.Emulated = 0] = "Emulated", t30[t30.None = 2] = "None", t30[t30.ShadowDom = 3] = "ShadowDom", t30[t30.ExperimentalIsolatedShadowDom = 4] = "ExperimentalIsolatedShadowDom";
    })(ss || (ss = {}));
    (function(t30) {
      t30[t30.Little = 0] = "Little", t30[t30.Big = 1] = "Big";
    })(rs || (rs = {}));
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.Const = 1] = "Const";
    })(is || (is = {}));
    (function(t30) {
      t30[t30.Dynamic = 0] = "Dynamic", t30[t30.Bool = 1] = "Bool", t30[t30.String = 2] = "String", t30[t30.Int = 3] = "Int", t30[t30.Number = 4] = "Number", t30[t30.Function = 5] = "Function", t30[t30.Inferred = 6] = "Inferred", t30[t30.None = 7] = "None";
    })(os || (os = {}));
    (function(t30) {
      t30[t30.Minus = 0] = "Minus", t30[t30.Plus = 1] = "Plus";
    })(as || (as = {}));
    (function(t30) {
      t30[t30.Equals = 0] = "Equals", t30[t30.NotEquals = 1] = "NotEquals", t30[t30.Assign = 2] = "Assign", t30[t30.Identical = 3] = "Identical", t30[t30.NotIdentical = 4] = "NotIdentical", t30[t30.Minus = 5] = "Minus", t30[t30.Plus = 6] = "Plus", t30[t30.Divide = 7] = "Divide", t30[t30.Multiply = 8] = "Multiply", t30[t30.Modulo = 9] = "Modulo", t30[t30.And = 10] = "And", t30[t30.Or = 11] = "Or", t30[t30.BitwiseOr = 12] = "BitwiseOr", t30[t30.BitwiseAnd = 13] = "BitwiseAnd", t30[t30.Lower = 14] = "Lower", t30[t30.LowerEquals = 15] = "LowerEquals", t30[t30.Bigger = 16] = "Bigger", t30[t30.BiggerEquals = 17] = "BiggerEquals", t30[t30.NullishCoalesce = 18] = "NullishCoalesce", t30[t30.Exponentiation = 19] = "Exponentiation", t30[t30.In = 20] = "In", t30[t30.InstanceOf = 21] = "InstanceOf", t30[t30.AdditionAssignment = 22] = "AdditionAssignment", t30[t30.SubtractionAssignment = 23] = "SubtractionAssignment", t30[t30.MultiplicationAssignment = 24] = "MultiplicationAssignment", t30[t30.DivisionAssignment = 25] = "DivisionAssignment", t30[t30.RemainderAssignment = 26] = "RemainderAssignment", t30[t30.ExponentiationAssignment = 27] = "ExponentiationAssignment", t30[t30.AndAssignment = 28] = "AndAssignment", t30[t30.OrAssignment = 29] = "OrAssignment", t30[t30.NullishCoalesceAssignment = 30] = "NullishCoalesceAssignment";
    })(h || (h = {}));
    A = class {
      leadingComments;
      type;
      sourceSpan;
      constructor(e, n, s) {
        this.leadingComments = s, this.type = e || null, this.sourceSpan = n || null;
      }
      prop(e, n) {
        return new qt(this, e, null, n);
      }
      key(e, n, s) {
        return new Ut(this, e, n, s);
      }
      callFn(e, n, s, r) {
        return new $t(this, e, null, n, s, r);
      }
      instantiate(e, n, s, r) {
        return new Rt(this, e, n, s);
      }
      conditional(e, n = null, s, r) {
        return new Vt(this, e, n, null, s);
      }
      equals(e, n) {
        return new y(h.Equals, this, e, null, n);
      }
      notEquals(e, n) {
        return new y(h.NotEquals, this, e, null, n);
      }
      identical(e, n) {
        return new y(h.Identical, this, e, null, n);
      }
      notIdentical(e, n) {
        return new y(h.NotIdentical, this, e, null, n);
      }
      minus(e, n) {
        return new y(h.Minus, this, e, null, n);
      }
      plus(e, n) {
        return new y(h.Plus, this, e, null, n);
      }
      divide(e, n) {
        return new y(h.Divide, this, e, null, n);
      }
      multiply(e, n) {
        return new y(h.Multiply, this, e, null, n);
      }
      modulo(e, n) {
        return new y(h.Modulo, this, e, null, n);
      }
      power(e, n) {
        return new y(h.Exponentiation, this, e, null, n);
      }
      and(e, n) {
        return new y(h.And, this, e, null, n);
      }
      bitwiseOr(e, n) {
        return new y(h.BitwiseOr, this, e, null, n);
      }
      bitwiseAnd(e, n) {
        return new y(h.BitwiseAnd, this, e, null, n);
      }
      or(e, n) {
        return new y(h.Or, this, e, null, n);
      }
      lower(e, n) {
        return new y(h.Lower, this, e, null, n);
      }
      lowerEquals(e, n) {
        return new y(h.LowerEquals, this, e, null, n);
      }
      bigger(e, n) {
        return new y(h.Bigger, this, e, null, n);
      }
      biggerEquals(e, n) {
        return new y(h.BiggerEquals, this, e, null, n);
      }
      isBlank(e) {
        return this.equals(TYPED_NULL_EXPR, e);
      }
      nullishCoalesce(e, n) {
        return new y(h.NullishCoalesce, this, e, null, n);
      }
      toStmt(e) {
        return new Ye(this, null, e);
      }
    };
    Bt = class t extends A {
      name;
      constructor(e, n, s, r) {
        super(n, s, r), this.name = e;
      }
      isEquivalent(e) {
        return e instanceof t && this.name === e.name;
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitReadVarExpr(this, n);
      }
      clone() {
        return new t(this.name, this.type, this.sourceSpan);
      }
      set(e) {
        return new y(h.Assign, this, e, null, this.sourceSpan);
      }
    };
    Mt = class t2 extends A {
      expr;
      constructor(e, n, s, r) {
        super(n, s, r), this.expr = e;
      }
      visitExpression(e, n) {
        return e.visitTypeofExpr(this, n);
      }
      isEquivalent(e) {
        return e instanceof t2 && e.expr.isEquivalent(this.expr);
      }
      isConstant() {
        return this.expr.isConstant();
      }
      clone() {
        return new t2(this.expr.clone());
      }
    };
    $t = class t3 extends A {
      fn;
      args;
      pure;
      isOptional;
      constructor(e, n, s, r, i = false, l, c = false) {
        super(s, r, l), this.fn = e, this.args = n, this.pure = i, this.isOptional = c;
      }
      get receiver() {
        return this.fn;
      }
      isEquivalent(e) {
        return e instanceof t3 && this.fn.isEquivalent(e.fn) && he(this.args, e.args) && this.pure === e.pure;
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitInvokeFunctionExpr(this, n);
      }
      clone() {
        return new t3(this.fn.clone(), this.args.map((e) => e.clone()), this.type, this.sourceSpan, this.pure, [], this.isOptional);
      }
    };
    Rt = class t4 extends A {
      classExpr;
      args;
      constructor(e, n, s, r, i) {
        super(s, r, i), this.classExpr = e, this.args = n;
      }
      isEquivalent(e) {
        return e instanceof t4 && this.classExpr.isEquivalent(e.classExpr) && he(this.args, e.args);
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitInstantiateExpr(this, n);
      }
      clone() {
        return new t4(this.classExpr.clone(), this.args.map((e) => e.clone()), this.type, this.sourceSpan);
      }
    };
    Ft = class t5 extends A {
      body;
      flags;
      constructor(e, n, s, r) {
        super(null, s, r), this.body = e, this.flags = n;
      }
      isEquivalent(e) {
        return e instanceof t5 && this.body === e.body && this.flags === e.flags;
      }
      isConstant() {
        return true;
      }
      visitExpression(e, n) {
        return e.visitRegularExpressionLiteral(this, n);
      }
      clone() {
        return new t5(this.body, this.flags, this.sourceSpan);
      }
    };
    Qe = class t6 extends A {
      value;
      constructor(e, n, s, r) {
        super(n, s, r), this.value = e;
      }
      isEquivalent(e) {
        return e instanceof t6 && this.value === e.value;
      }
      isConstant() {
        return true;
      }
      visitExpression(e, n) {
        return e.visitLiteralExpr(this, n);
      }
      clone() {
        return new t6(this.value, this.type, this.sourceSpan);
      }
    };
    Ot = class t7 extends A {
      value;
      typeParams;
      constructor(e, n, s = null, r, i) {
        super(n, r, i), this.value = e, this.typeParams = s;
      }
      isEquivalent(e) {
        return e instanceof t7 && this.value.name === e.value.name && this.value.moduleName === e.value.moduleName;
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitExternalExpr(this, n);
      }
      clone() {
        return new t7(this.value, this.type, this.typeParams, this.sourceSpan);
      }
    };
    Vt = class t8 extends A {
      condition;
      falseCase;
      trueCase;
      constructor(e, n, s = null, r, i, l) {
        super(r || n.type, i, l), this.condition = e, this.falseCase = s, this.trueCase = n;
      }
      isEquivalent(e) {
        return e instanceof t8 && this.condition.isEquivalent(e.condition) && this.trueCase.isEquivalent(e.trueCase) && Wi(this.falseCase, e.falseCase);
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitConditionalExpr(this, n);
      }
      clone() {
        return new t8(this.condition.clone(), this.trueCase.clone(), this.falseCase?.clone(), this.type, this.sourceSpan);
      }
    };
    y = class t9 extends A {
      operator;
      rhs;
      lhs;
      constructor(e, n, s, r, i, l) {
        super(r || n.type, i, l), this.operator = e, this.rhs = s, this.lhs = n;
      }
      isEquivalent(e) {
        return e instanceof t9 && this.operator === e.operator && this.lhs.isEquivalent(e.lhs) && this.rhs.isEquivalent(e.rhs);
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitBinaryOperatorExpr(this, n);
      }
      clone() {
        return new t9(this.operator, this.lhs.clone(), this.rhs.clone(), this.type, this.sourceSpan);
      }
      isAssignment() {
        let e = this.operator;
        return e === h.Assign || e === h.AdditionAssignment || e === h.SubtractionAssignment || e === h.MultiplicationAssignment || e === h.DivisionAssignment || e === h.RemainderAssignment || e === h.ExponentiationAssignment || e === h.AndAssignment || e === h.OrAssignment || e === h.NullishCoalesceAssignment;
      }
    };
    qt = class t10 extends A {
      receiver;
      name;
      isOptional;
      constructor(e, n, s, r, i, l = false) {
        super(s, r, i), this.receiver = e, this.name = n, this.isOptional = l;
      }
      get index() {
        return this.name;
      }
      isEquivalent(e) {
        return e instanceof t10 && this.receiver.isEquivalent(e.receiver) && this.name === e.name && this.isOptional === e.isOptional;
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitReadPropExpr(this, n);
      }
      set(e) {
        return new y(h.Assign, this.receiver.prop(this.name), e, null, this.sourceSpan);
      }
      clone() {
        return new t10(this.receiver.clone(), this.name, this.type, this.sourceSpan, [], this.isOptional);
      }
    };
    Ut = class t11 extends A {
      receiver;
      index;
      isOptional;
      constructor(e, n, s, r, i, l = false) {
        super(s, r, i), this.receiver = e, this.index = n, this.isOptional = l;
      }
      isEquivalent(e) {
        return e instanceof t11 && this.receiver.isEquivalent(e.receiver) && this.index.isEquivalent(e.index) && this.isOptional === e.isOptional;
      }
      isConstant() {
        return false;
      }
      visitExpression(e, n) {
        return e.visitReadKeyExpr(this, n);
      }
      set(e) {
        return new y(h.Assign, this.receiver.key(this.index), e, null, this.sourceSpan);
      }
      clone() {
        return new t11(this.receiver.clone(), this.index.clone(), this.type, this.sourceSpan, [], this.isOptional);
      }
    };
    Ht = class t12 extends A {
      entries;
      constructor(e, n, s, r) {
        super(n, s, r), this.entries = e;
      }
      isConstant() {
        return this.entries.every((e) => e.isConstant());
      }
      isEquivalent(e) {
        return e instanceof t12 && he(this.entries, e.entries);
      }
      visitExpression(e, n) {
        return e.visitLiteralArrayExpr(this, n);
      }
      clone() {
        return new t12(this.entries.map((e) => e.clone()), this.type, this.sourceSpan);
      }
    };
    Wt = class t13 {
      expression;
      constructor(e) {
        this.expression = e;
      }
      isEquivalent(e) {
        return e instanceof t13 && this.expression.isEquivalent(e.expression);
      }
      clone() {
        return new t13(this.expression.clone());
      }
      isConstant() {
        return this.expression.isConstant();
      }
    };
    jt = class t14 extends A {
      entries;
      valueType = null;
      constructor(e, n, s, r) {
        super(n, s, r), this.entries = e, n && (this.valueType = n.valueType);
      }
      isEquivalent(e) {
        return e instanceof t14 && he(this.entries, e.entries);
      }
      isConstant() {
        return this.entries.every((e) => e.isConstant());
      }
      visitExpression(e, n) {
        return e.visitLiteralMapExpr(this, n);
      }
      clone() {
        let e = this.entries.map((n) => n.clone());
        return new t14(e, this.type, this.sourceSpan);
      }
    };
    zt = class t15 extends A {
      expression;
      constructor(e, n, s) {
        super(null, n, s), this.expression = e;
      }
      isEquivalent(e) {
        return e instanceof t15 && this.expression.isEquivalent(e.expression);
      }
      isConstant() {
        return this.expression.isConstant();
      }
      visitExpression(e, n) {
        return e.visitSpreadElementExpr(this, n);
      }
      clone() {
        return new t15(this.expression.clone(), this.sourceSpan);
      }
    };
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.Final = 1] = "Final", t30[t30.Private = 2] = "Private", t30[t30.Exported = 4] = "Exported", t30[t30.Static = 8] = "Static";
    })(fe || (fe = {}));
    de = class {
      modifiers;
      sourceSpan;
      leadingComments;
      constructor(e = fe.None, n = null, s) {
        this.modifiers = e, this.sourceSpan = n, this.leadingComments = s;
      }
      hasModifier(e) {
        return (this.modifiers & e) !== 0;
      }
      addLeadingComment(e) {
        this.leadingComments = this.leadingComments ?? [], this.leadingComments.push(e);
      }
    };
    Gt = class t16 extends de {
      name;
      value;
      type;
      constructor(e, n, s, r, i, l) {
        super(r, i, l), this.name = e, this.value = n, this.type = s || null;
      }
      isEquivalent(e) {
        return e instanceof t16 && this.name === e.name && (this.value ? !!e.value && this.value.isEquivalent(e.value) : !e.value);
      }
      visitStatement(e, n) {
        return e.visitDeclareVarStmt(this, n);
      }
    };
    Ye = class t17 extends de {
      expr;
      constructor(e, n, s) {
        super(fe.None, n, s), this.expr = e;
      }
      isEquivalent(e) {
        return e instanceof t17 && this.expr.isEquivalent(e.expr);
      }
      visitStatement(e, n) {
        return e.visitExpressionStmt(this, n);
      }
    };
    Ke = class t18 extends de {
      value;
      constructor(e, n = null, s) {
        super(fe.None, n, s), this.value = e;
      }
      isEquivalent(e) {
        return e instanceof t18 && this.value.isEquivalent(e.value);
      }
      visitStatement(e, n) {
        return e.visitReturnStmt(this, n);
      }
    };
    Xt = class t19 extends de {
      condition;
      trueCase;
      falseCase;
      constructor(e, n, s = [], r, i) {
        super(fe.None, r, i), this.condition = e, this.trueCase = n, this.falseCase = s;
      }
      isEquivalent(e) {
        return e instanceof t19 && this.condition.isEquivalent(e.condition) && he(this.trueCase, e.trueCase) && he(this.falseCase, e.falseCase);
      }
      visitStatement(e, n) {
        return e.visitIfStmt(this, n);
      }
    };
    ls = class t20 {
      static INSTANCE = new t20();
      keyOf(e) {
        if (e instanceof Qe && typeof e.value == "string") return `"${e.value}"`;
        if (e instanceof Qe) return String(e.value);
        if (e instanceof Ft) return `/${e.body}/${e.flags ?? ""}`;
        if (e instanceof Ht) {
          let n = [];
          for (let s of e.entries) n.push(this.keyOf(s));
          return `[${n.join(",")}]`;
        } else if (e instanceof jt) {
          let n = [];
          for (let s of e.entries) if (s instanceof Wt) n.push("..." + this.keyOf(s.expression));
          else {
            let r = s.key;
            s.quoted && (r = `"${r}"`), n.push(r + ":" + this.keyOf(s.value));
          }
          return `{${n.join(",")}}`;
        } else {
          if (e instanceof Ot) return `import("${e.value.moduleName}", ${e.value.name})`;
          if (e instanceof Bt) return `read(${e.name})`;
          if (e instanceof Mt) return `typeof(${this.keyOf(e.expr)})`;
          if (e instanceof zt) return `...${this.keyOf(e.expression)}`;
          throw new Error(`${this.constructor.name} does not handle expressions of type ${e.constructor.name}`);
        }
      }
    };
    o = "@angular/core";
    p = class {
      static core = { name: null, moduleName: o };
      static namespaceHTML = { name: "\u0275\u0275namespaceHTML", moduleName: o };
      static namespaceMathML = { name: "\u0275\u0275namespaceMathML", moduleName: o };
      static namespaceSVG = { name: "\u0275\u0275namespaceSVG", moduleName: o };
      static element = { name: "\u0275\u0275element", moduleName: o };
      static elementStart = { name: "\u0275\u0275elementStart", moduleName: o };
      static elementEnd = { name: "\u0275\u0275elementEnd", moduleName: o };
      static foreignComponent = { name: "\u0275\u0275foreignComponent", moduleName: o };
      static foreignContent = { name: "\u0275\u0275foreignContent", moduleName: o };
      static foreignContentFn = { name: "\u0275\u0275foreignContentFn", moduleName: o };
      static domElement = { name: "\u0275\u0275domElement", moduleName: o };
      static domElementStart = { name: "\u0275\u0275domElementStart", moduleName: o };
      static domElementEnd = { name: "\u0275\u0275domElementEnd", moduleName: o };
      static domElementContainer = { name: "\u0275\u0275domElementContainer", moduleName: o };
      static domElementContainerStart = { name: "\u0275\u0275domElementContainerStart", moduleName: o };
      static domElementContainerEnd = { name: "\u0275\u0275domElementContainerEnd", moduleName: o };
      static domTemplate = { name: "\u0275\u0275domTemplate", moduleName: o };
      static domListener = { name: "\u0275\u0275domListener", moduleName: o };
      static advance = { name: "\u0275\u0275advance", moduleName: o };
      static syntheticHostProperty = { name: "\u0275\u0275syntheticHostProperty", moduleName: o };
      static syntheticHostListener = { name: "\u0275\u0275syntheticHostListener", moduleName: o };
      static attribute = { name: "\u0275\u0275attribute", moduleName: o };
      static classProp = { name: "\u0275\u0275classProp", moduleName: o };
      static elementContainerStart = { name: "\u0275\u0275elementContainerStart", moduleName: o };
      static elementContainerEnd = { name: "\u0275\u0275elementContainerEnd", moduleName: o };
      static elementContainer = { name: "\u0275\u0275elementContainer", moduleName: o };
      static styleMap = { name: "\u0275\u0275styleMap", moduleName: o };
      static classMap = { name: "\u0275\u0275classMap", moduleName: o };
      static styleProp = { name: "\u0275\u0275styleProp", moduleName: o };
      static interpolate = { name: "\u0275\u0275interpolate", moduleName: o };
      static interpolate1 = { name: "\u0275\u0275interpolate1", moduleName: o };
      static interpolate2 = { name: "\u0275\u0275interpolate2", moduleName: o };
      static interpolate3 = { name: "\u0275\u0275interpolate3", moduleName: o };
      static interpolate4 = { name: "\u0275\u0275interpolate4", moduleName: o };
      static interpolate5 = { name: "\u0275\u0275interpolate5", moduleName: o };
      static interpolate6 = { name: "\u0275\u0275interpolate6", moduleName: o };
      static interpolate7 = { name: "\u0275\u0275interpolate7", moduleName: o };
      static interpolate8 = { name: "\u0275\u0275interpolate8", moduleName: o };
      static interpolateV = { name: "\u0275\u0275interpolateV", moduleName: o };
      static nextContext = { name: "\u0275\u0275nextContext", moduleName: o };
      static resetView = { name: "\u0275\u0275resetView", moduleName: o };
      static templateCreate = { name: "\u0275\u0275template", moduleName: o };
      static defer = { name: "\u0275\u0275defer", moduleName: o };
      static deferWhen = { name: "\u0275\u0275deferWhen", moduleName: o };
      static deferOnIdle = { name: "\u0275\u0275deferOnIdle", moduleName: o };
      static deferOnImmediate = { name: "\u0275\u0275deferOnImmediate", moduleName: o };
      static deferOnTimer = { name: "\u0275\u0275deferOnTimer", moduleName: o };
      static deferOnHover = { name: "\u0275\u0275deferOnHover", moduleName: o };
      static deferOnInteraction = { name: "\u0275\u0275deferOnInteraction", moduleName: o };
      static deferOnViewport = { name: "\u0275\u0275deferOnViewport", moduleName: o };
      static deferPrefetchWhen = { name: "\u0275\u0275deferPrefetchWhen", moduleName: o };
      static deferPrefetchOnIdle = { name: "\u0275\u0275deferPrefetchOnIdle", moduleName: o };
      static deferPrefetchOnImmediate = { name: "\u0275\u0275deferPrefetchOnImmediate", moduleName: o };
      static deferPrefetchOnTimer = { name: "\u0275\u0275deferPrefetchOnTimer", moduleName: o };
      static deferPrefetchOnHover = { name: "\u0275\u0275deferPrefetchOnHover", moduleName: o };
      static deferPrefetchOnInteraction = { name: "\u0275\u0275deferPrefetchOnInteraction", moduleName: o };
      static deferPrefetchOnViewport = { name: "\u0275\u0275deferPrefetchOnViewport", moduleName: o };
      static deferHydrateWhen = { name: "\u0275\u0275deferHydrateWhen", moduleName: o };
      static deferHydrateNever = { name: "\u0275\u0275deferHydrateNever", moduleName: o };
      static deferHydrateOnIdle = { name: "\u0275\u0275deferHydrateOnIdle", moduleName: o };
      static deferHydrateOnImmediate = { name: "\u0275\u0275deferHydrateOnImmediate", moduleName: o };
      static deferHydrateOnTimer = { name: "\u0275\u0275deferHydrateOnTimer", moduleName: o };
      static deferHydrateOnHover = { name: "\u0275\u0275deferHydrateOnHover", moduleName: o };
      static deferHydrateOnInteraction = { name: "\u0275\u0275deferHydrateOnInteraction", moduleName: o };
      static deferHydrateOnViewport = { name: "\u0275\u0275deferHydrateOnViewport", moduleName: o };
      static deferEnableTimerScheduling = { name: "\u0275\u0275deferEnableTimerScheduling", moduleName: o };
      static enableIncrementalHydrationRuntime = { name: "\u0275\u0275enableIncrementalHydrationRuntime", moduleName: o };
      static conditionalCreate = { name: "\u0275\u0275conditionalCreate", moduleName: o };
      static conditionalBranchCreate = { name: "\u0275\u0275conditionalBranchCreate", moduleName: o };
      static conditional = { name: "\u0275\u0275conditional", moduleName: o };
      static boundaryCreate = { name: "\u0275\u0275boundaryCreate", moduleName: o };
      static boundaryUpdate = { name: "\u0275\u0275boundaryUpdate", moduleName: o };
      static getBoundary = { name: "\u0275\u0275getBoundary", moduleName: o };
      static repeater = { name: "\u0275\u0275repeater", moduleName: o };
      static repeaterCreate = { name: "\u0275\u0275repeaterCreate", moduleName: o };
      static repeaterTrackByIndex = { name: "\u0275\u0275repeaterTrackByIndex", moduleName: o };
      static repeaterTrackByIdentity = { name: "\u0275\u0275repeaterTrackByIdentity", moduleName: o };
      static componentInstance = { name: "\u0275\u0275componentInstance", moduleName: o };
      static text = { name: "\u0275\u0275text", moduleName: o };
      static enableBindings = { name: "\u0275\u0275enableBindings", moduleName: o };
      static disableBindings = { name: "\u0275\u0275disableBindings", moduleName: o };
      static getCurrentView = { name: "\u0275\u0275getCurrentView", moduleName: o };
      static textInterpolate = { name: "\u0275\u0275textInterpolate", moduleName: o };
      static textInterpolate1 = { name: "\u0275\u0275textInterpolate1", moduleName: o };
      static textInterpolate2 = { name: "\u0275\u0275textInterpolate2", moduleName: o };
      static textInterpolate3 = { name: "\u0275\u0275textInterpolate3", moduleName: o };
      static textInterpolate4 = { name: "\u0275\u0275textInterpolate4", moduleName: o };
      static textInterpolate5 = { name: "\u0275\u0275textInterpolate5", moduleName: o };
      static textInterpolate6 = { name: "\u0275\u0275textInterpolate6", moduleName: o };
      static textInterpolate7 = { name: "\u0275\u0275textInterpolate7", moduleName: o };
      static textInterpolate8 = { name: "\u0275\u0275textInterpolate8", moduleName: o };
      static textInterpolateV = { name: "\u0275\u0275textInterpolateV", moduleName: o };
      static restoreView = { name: "\u0275\u0275restoreView", moduleName: o };
      static pureFunction0 = { name: "\u0275\u0275pureFunction0", moduleName: o };
      static pureFunction1 = { name: "\u0275\u0275pureFunction1", moduleName: o };
      static pureFunction2 = { name: "\u0275\u0275pureFunction2", moduleName: o };
      static pureFunction3 = { name: "\u0275\u0275pureFunction3", moduleName: o };
      static pureFunction4 = { name: "\u0275\u0275pureFunction4", moduleName: o };
      static pureFunction5 = { name: "\u0275\u0275pureFunction5", moduleName: o };
      static pureFunction6 = { name: "\u0275\u0275pureFunction6", moduleName: o };
      static pureFunction7 = { name: "\u0275\u0275pureFunction7", moduleName: o };
      static pureFunction8 = { name: "\u0275\u0275pureFunction8", moduleName: o };
      static pureFunctionV = { name: "\u0275\u0275pureFunctionV", moduleName: o };
      static pipeBind1 = { name: "\u0275\u0275pipeBind1", moduleName: o };
      static pipeBind2 = { name: "\u0275\u0275pipeBind2", moduleName: o };
      static pipeBind3 = { name: "\u0275\u0275pipeBind3", moduleName: o };
      static pipeBind4 = { name: "\u0275\u0275pipeBind4", moduleName: o };
      static pipeBindV = { name: "\u0275\u0275pipeBindV", moduleName: o };
      static domProperty = { name: "\u0275\u0275domProperty", moduleName: o };
      static ariaProperty = { name: "\u0275\u0275ariaProperty", moduleName: o };
      static property = { name: "\u0275\u0275property", moduleName: o };
      static control = { name: "\u0275\u0275control", moduleName: o };
      static controlCreate = { name: "\u0275\u0275controlCreate", moduleName: o };
      static animationEnterListener = { name: "\u0275\u0275animateEnterListener", moduleName: o };
      static animationLeaveListener = { name: "\u0275\u0275animateLeaveListener", moduleName: o };
      static animationEnter = { name: "\u0275\u0275animateEnter", moduleName: o };
      static animationLeave = { name: "\u0275\u0275animateLeave", moduleName: o };
      static i18n = { name: "\u0275\u0275i18n", moduleName: o };
      static i18nAttributes = { name: "\u0275\u0275i18nAttributes", moduleName: o };
      static i18nExp = { name: "\u0275\u0275i18nExp", moduleName: o };
      static i18nStart = { name: "\u0275\u0275i18nStart", moduleName: o };
      static i18nEnd = { name: "\u0275\u0275i18nEnd", moduleName: o };
      static i18nApply = { name: "\u0275\u0275i18nApply", moduleName: o };
      static i18nPostprocess = { name: "\u0275\u0275i18nPostprocess", moduleName: o };
      static pipe = { name: "\u0275\u0275pipe", moduleName: o };
      static projection = { name: "\u0275\u0275projection", moduleName: o };
      static projectionDef = { name: "\u0275\u0275projectionDef", moduleName: o };
      static reference = { name: "\u0275\u0275reference", moduleName: o };
      static inject = { name: "\u0275\u0275inject", moduleName: o };
      static injectAttribute = { name: "\u0275\u0275injectAttribute", moduleName: o };
      static directiveInject = { name: "\u0275\u0275directiveInject", moduleName: o };
      static invalidFactory = { name: "\u0275\u0275invalidFactory", moduleName: o };
      static invalidFactoryDep = { name: "\u0275\u0275invalidFactoryDep", moduleName: o };
      static templateRefExtractor = { name: "\u0275\u0275templateRefExtractor", moduleName: o };
      static forwardRef = { name: "forwardRef", moduleName: o };
      static resolveForwardRef = { name: "resolveForwardRef", moduleName: o };
      static replaceMetadata = { name: "\u0275\u0275replaceMetadata", moduleName: o };
      static getReplaceMetadataURL = { name: "\u0275\u0275getReplaceMetadataURL", moduleName: o };
      static \u0275\u0275defineInjectable = { name: "\u0275\u0275defineInjectable", moduleName: o };
      static declareInjectable = { name: "\u0275\u0275ngDeclareInjectable", moduleName: o };
      static InjectableDeclaration = { name: "\u0275\u0275InjectableDeclaration", moduleName: o };
      static defineService = { name: "\u0275\u0275defineService", moduleName: o };
      static declareService = { name: "\u0275\u0275ngDeclareService", moduleName: o };
      static resolveWindow = { name: "\u0275\u0275resolveWindow", moduleName: o };
      static resolveDocument = { name: "\u0275\u0275resolveDocument", moduleName: o };
      static resolveBody = { name: "\u0275\u0275resolveBody", moduleName: o };
      static getComponentDepsFactory = { name: "\u0275\u0275getComponentDepsFactory", moduleName: o };
      static defineComponent = { name: "\u0275\u0275defineComponent", moduleName: o };
      static declareComponent = { name: "\u0275\u0275ngDeclareComponent", moduleName: o };
      static setComponentScope = { name: "\u0275\u0275setComponentScope", moduleName: o };
      static ChangeDetectionStrategy = { name: "ChangeDetectionStrategy", moduleName: o };
      static ViewEncapsulation = { name: "ViewEncapsulation", moduleName: o };
      static ComponentDeclaration = { name: "\u0275\u0275ComponentDeclaration", moduleName: o };
      static FactoryDeclaration = { name: "\u0275\u0275FactoryDeclaration", moduleName: o };
      static declareFactory = { name: "\u0275\u0275ngDeclareFactory", moduleName: o };
      static FactoryTarget = { name: "\u0275\u0275FactoryTarget", moduleName: o };
      static defineDirective = { name: "\u0275\u0275defineDirective", moduleName: o };
      static declareDirective = { name: "\u0275\u0275ngDeclareDirective", moduleName: o };
      static DirectiveDeclaration = { name: "\u0275\u0275DirectiveDeclaration", moduleName: o };
      static InjectorDef = { name: "\u0275\u0275InjectorDef", moduleName: o };
      static InjectorDeclaration = { name: "\u0275\u0275InjectorDeclaration", moduleName: o };
      static defineInjector = { name: "\u0275\u0275defineInjector", moduleName: o };
      static declareInjector = { name: "\u0275\u0275ngDeclareInjector", moduleName: o };
      static NgModuleDeclaration = { name: "\u0275\u0275NgModuleDeclaration", moduleName: o };
      static ModuleWithProviders = { name: "ModuleWithProviders", moduleName: o };
      static defineNgModule = { name: "\u0275\u0275defineNgModule", moduleName: o };
      static declareNgModule = { name: "\u0275\u0275ngDeclareNgModule", moduleName: o };
      static setNgModuleScope = { name: "\u0275\u0275setNgModuleScope", moduleName: o };
      static registerNgModuleType = { name: "\u0275\u0275registerNgModuleType", moduleName: o };
      static PipeDeclaration = { name: "\u0275\u0275PipeDeclaration", moduleName: o };
      static definePipe = { name: "\u0275\u0275definePipe", moduleName: o };
      static declarePipe = { name: "\u0275\u0275ngDeclarePipe", moduleName: o };
      static declareClassMetadata = { name: "\u0275\u0275ngDeclareClassMetadata", moduleName: o };
      static declareClassMetadataAsync = { name: "\u0275\u0275ngDeclareClassMetadataAsync", moduleName: o };
      static setClassMetadata = { name: "\u0275setClassMetadata", moduleName: o };
      static setClassMetadataAsync = { name: "\u0275setClassMetadataAsync", moduleName: o };
      static setClassDebugInfo = { name: "\u0275setClassDebugInfo", moduleName: o };
      static queryRefresh = { name: "\u0275\u0275queryRefresh", moduleName: o };
      static viewQuery = { name: "\u0275\u0275viewQuery", moduleName: o };
      static loadQuery = { name: "\u0275\u0275loadQuery", moduleName: o };
      static contentQuery = { name: "\u0275\u0275contentQuery", moduleName: o };
      static viewQuerySignal = { name: "\u0275\u0275viewQuerySignal", moduleName: o };
      static contentQuerySignal = { name: "\u0275\u0275contentQuerySignal", moduleName: o };
      static queryAdvance = { name: "\u0275\u0275queryAdvance", moduleName: o };
      static twoWayProperty = { name: "\u0275\u0275twoWayProperty", moduleName: o };
      static twoWayBindingSet = { name: "\u0275\u0275twoWayBindingSet", moduleName: o };
      static twoWayListener = { name: "\u0275\u0275twoWayListener", moduleName: o };
      static declareLet = { name: "\u0275\u0275declareLet", moduleName: o };
      static storeLet = { name: "\u0275\u0275storeLet", moduleName: o };
      static readContextLet = { name: "\u0275\u0275readContextLet", moduleName: o };
      static arrowFunction = { name: "\u0275\u0275arrowFunction", moduleName: o };
      static attachSourceLocations = { name: "\u0275\u0275attachSourceLocations", moduleName: o };
      static NgOnChangesFeature = { name: "\u0275\u0275NgOnChangesFeature", moduleName: o };
      static ControlFeature = { name: "\u0275\u0275ControlFeature", moduleName: o };
      static InheritDefinitionFeature = { name: "\u0275\u0275InheritDefinitionFeature", moduleName: o };
      static ProvidersFeature = { name: "\u0275\u0275ProvidersFeature", moduleName: o };
      static HostDirectivesFeature = { name: "\u0275\u0275HostDirectivesFeature", moduleName: o };
      static ExternalStylesFeature = { name: "\u0275\u0275ExternalStylesFeature", moduleName: o };
      static listener = { name: "\u0275\u0275listener", moduleName: o };
      static getInheritedFactory = { name: "\u0275\u0275getInheritedFactory", moduleName: o };
      static sanitizeHtml = { name: "\u0275\u0275sanitizeHtml", moduleName: o };
      static sanitizeStyle = { name: "\u0275\u0275sanitizeStyle", moduleName: o };
      static validateAttribute = { name: "\u0275\u0275validateAttribute", moduleName: o };
      static sanitizeResourceUrl = { name: "\u0275\u0275sanitizeResourceUrl", moduleName: o };
      static sanitizeScript = { name: "\u0275\u0275sanitizeScript", moduleName: o };
      static sanitizeUrl = { name: "\u0275\u0275sanitizeUrl", moduleName: o };
      static sanitizeUrlOrResourceUrl = { name: "\u0275\u0275sanitizeUrlOrResourceUrl", moduleName: o };
      static trustConstantHtml = { name: "\u0275\u0275trustConstantHtml", moduleName: o };
      static trustConstantResourceUrl = { name: "\u0275\u0275trustConstantResourceUrl", moduleName: o };
      static inputDecorator = { name: "Input", moduleName: o };
      static outputDecorator = { name: "Output", moduleName: o };
      static viewChildDecorator = { name: "ViewChild", moduleName: o };
      static viewChildrenDecorator = { name: "ViewChildren", moduleName: o };
      static contentChildDecorator = { name: "ContentChild", moduleName: o };
      static contentChildrenDecorator = { name: "ContentChildren", moduleName: o };
      static InputSignalBrandWriteType = { name: "\u0275INPUT_SIGNAL_BRAND_WRITE_TYPE", moduleName: o };
      static UnwrapDirectiveSignalInputs = { name: "\u0275UnwrapDirectiveSignalInputs", moduleName: o };
      static unwrapWritableSignal = { name: "\u0275unwrapWritableSignal", moduleName: o };
      static assertType = { name: "\u0275assertType", moduleName: o };
    };
    zi = /-+([a-z0-9])/g;
    Jt = class {
      full;
      major;
      minor;
      patch;
      constructor(e) {
        this.full = e;
        let n = e.split(".");
        this.major = n[0], this.minor = n[1], this.patch = n.slice(2).join(".");
      }
    };
    Ka = /* @__PURE__ */ new Map([[h.And, "&&"], [h.Bigger, ">"], [h.BiggerEquals, ">="], [h.BitwiseOr, "|"], [h.BitwiseAnd, "&"], [h.Divide, "/"], [h.Assign, "="], [h.Equals, "=="], [h.Identical, "==="], [h.Lower, "<"], [h.LowerEquals, "<="], [h.Minus, "-"], [h.Modulo, "%"], [h.Exponentiation, "**"], [h.Multiply, "*"], [h.NotEquals, "!="], [h.NotIdentical, "!=="], [h.NullishCoalesce, "??"], [h.Or, "||"], [h.Plus, "+"], [h.In, "in"], [h.InstanceOf, "instanceof"], [h.AdditionAssignment, "+="], [h.SubtractionAssignment, "-="], [h.MultiplicationAssignment, "*="], [h.DivisionAssignment, "/="], [h.RemainderAssignment, "%="], [h.ExponentiationAssignment, "**="], [h.AndAssignment, "&&="], [h.OrAssignment, "||="], [h.NullishCoalesceAssignment, "??="]]);
    _e = 0;
    er = 9;
    Xe = 10;
    Xi = 11;
    Ji = 12;
    Qi = 13;
    tr = 32;
    Yi = 33;
    nr = 34;
    Ki = 35;
    xn = 36;
    Zi = 37;
    cs = 38;
    sr = 39;
    K = 40;
    M = 41;
    us = 42;
    rr = 43;
    H = 44;
    ir = 45;
    Q = 46;
    Ze = 47;
    Z = 58;
    De = 59;
    eo = 60;
    _ = 61;
    ps = 62;
    hs = 63;
    to = 48;
    no = 57;
    Cn = 65;
    so = 69;
    bn = 90;
    pe = 91;
    Je = 92;
    se = 93;
    ro = 94;
    mt = 95;
    or = 97;
    io = 101;
    oo = 102;
    ao = 110;
    lo = 114;
    co = 116;
    uo = 117;
    po = 118;
    ar = 122;
    Pe = 123;
    fs = 124;
    ee = 125;
    lr = 160;
    Qt = 96;
    et = class t21 {
      file;
      offset;
      line;
      col;
      constructor(e, n, s, r) {
        this.file = e, this.offset = n, this.line = s, this.col = r;
      }
      toString() {
        return this.offset != null ? `${this.file.url}@${this.line}:${this.col}` : this.file.url;
      }
      moveBy(e) {
        let n = this.file.content, s = n.length, r = this.offset, i = this.line, l = this.col;
        for (; r > 0 && e < 0; ) if (r--, e++, n.charCodeAt(r) == Xe) {
          i--;
          let f = n.substring(0, r - 1).lastIndexOf(String.fromCharCode(Xe));
          l = f > 0 ? r - f : r;
        } else l--;
        for (; r < s && e > 0; ) {
          let c = n.charCodeAt(r);
          r++, e--, c == Xe ? (i++, l = 0) : l++;
        }
        return new t21(this.file, r, i, l);
      }
      getContext(e, n) {
        let s = this.file.content, r = this.offset;
        if (r != null) {
          r > s.length - 1 && (r = s.length - 1);
          let i = r, l = 0, c = 0;
          for (; l < e && r > 0 && (r--, l++, !(s[r] == `
` && ++c == n)); ) ;
          for (l = 0, c = 0; l < e && i < s.length - 1 && (i++, l++, !(s[i] == `
` && ++c == n)); ) ;
          return { before: s.substring(r, this.offset), after: s.substring(this.offset, i + 1) };
        }
        return null;
      }
    };
    tt = class {
      content;
      url;
      constructor(e, n) {
        this.content = e, this.url = n;
      }
    };
    nt = class {
      start;
      end;
      fullStart;
      details;
      constructor(e, n, s = e, r = null) {
        this.start = e, this.end = n, this.fullStart = s, this.details = r;
      }
      toString() {
        return this.start.file.content.substring(this.start.offset, this.end.offset);
      }
    };
    (function(t30) {
      t30[t30.WARNING = 0] = "WARNING", t30[t30.ERROR = 1] = "ERROR";
    })(st || (st = {}));
    Fe = class extends Error {
      span;
      msg;
      level;
      relatedError;
      constructor(e, n, s = st.ERROR, r) {
        super(n), this.span = e, this.msg = n, this.level = s, this.relatedError = r, Object.setPrototypeOf(this, new.target.prototype);
      }
      contextualMessage() {
        let e = this.span.start.getContext(100, 3);
        return e ? `${this.msg} ("${e.before}[${st[this.level]} ->]${e.after}")` : this.msg;
      }
      toString() {
        let e = this.span.details ? `, ${this.span.details}` : "";
        return `${this.contextualMessage()}: ${this.span.start}${e}`;
      }
    };
    ie = class {
      start;
      end;
      constructor(e, n) {
        this.start = e, this.end = n;
      }
      toAbsolute(e) {
        return new V(e + this.start, e + this.end);
      }
    };
    w = class {
      span;
      sourceSpan;
      constructor(e, n) {
        this.span = e, this.sourceSpan = n;
      }
      toString() {
        return "AST";
      }
    };
    Oe = class extends w {
      nameSpan;
      constructor(e, n, s) {
        super(e, n), this.nameSpan = s;
      }
    };
    L = class extends w {
      visit(e, n = null) {
        return e.visitEmptyExpr?.(this, n);
      }
    };
    me = class extends w {
      visit(e, n = null) {
        return e.visitImplicitReceiver(this, n);
      }
    };
    Kt = class extends w {
      visit(e, n = null) {
        return e.visitThisReceiver?.(this, n);
      }
    };
    Zt = class extends w {
      expressions;
      constructor(e, n, s) {
        super(e, n), this.expressions = s;
      }
      visit(e, n = null) {
        return e.visitChain(this, n);
      }
    };
    en = class extends w {
      condition;
      trueExp;
      falseExp;
      constructor(e, n, s, r, i) {
        super(e, n), this.condition = s, this.trueExp = r, this.falseExp = i;
      }
      visit(e, n = null) {
        return e.visitConditional(this, n);
      }
    };
    Le = class extends Oe {
      receiver;
      name;
      constructor(e, n, s, r, i) {
        super(e, n, s), this.receiver = r, this.name = i;
      }
      visit(e, n = null) {
        return e.visitPropertyRead(this, n);
      }
    };
    tn = class extends Oe {
      receiver;
      name;
      constructor(e, n, s, r, i) {
        super(e, n, s), this.receiver = r, this.name = i;
      }
      visit(e, n = null) {
        return e.visitSafePropertyRead(this, n);
      }
    };
    rt = class extends w {
      receiver;
      key;
      constructor(e, n, s, r) {
        super(e, n), this.receiver = s, this.key = r;
      }
      visit(e, n = null) {
        return e.visitKeyedRead(this, n);
      }
    };
    nn = class extends w {
      receiver;
      key;
      constructor(e, n, s, r) {
        super(e, n), this.receiver = s, this.key = r;
      }
      visit(e, n = null) {
        return e.visitSafeKeyedRead(this, n);
      }
    };
    (function(t30) {
      t30[t30.ReferencedByName = 0] = "ReferencedByName", t30[t30.ReferencedDirectly = 1] = "ReferencedDirectly";
    })(Be || (Be = {}));
    sn = class extends Oe {
      exp;
      name;
      args;
      type;
      constructor(e, n, s, r, i, l, c) {
        super(e, n, c), this.exp = s, this.name = r, this.args = i, this.type = l;
      }
      visit(e, n = null) {
        return e.visitPipe(this, n);
      }
    };
    B = class extends w {
      value;
      constructor(e, n, s) {
        super(e, n), this.value = s;
      }
      visit(e, n = null) {
        return e.visitLiteralPrimitive(this, n);
      }
    };
    rn = class extends w {
      expressions;
      constructor(e, n, s) {
        super(e, n), this.expressions = s;
      }
      visit(e, n = null) {
        return e.visitLiteralArray(this, n);
      }
    };
    on = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n = null) {
        return e.visitSpreadElement(this, n);
      }
    };
    an = class extends w {
      keys;
      values;
      constructor(e, n, s, r) {
        super(e, n), this.keys = s, this.values = r;
      }
      visit(e, n = null) {
        return e.visitLiteralMap(this, n);
      }
    };
    fo = class extends w {
      strings;
      expressions;
      constructor(e, n, s, r) {
        super(e, n), this.strings = s, this.expressions = r;
      }
      visit(e, n = null) {
        return e.visitInterpolation(this, n);
      }
    };
    k = class extends w {
      operation;
      left;
      right;
      constructor(e, n, s, r, i) {
        super(e, n), this.operation = s, this.left = r, this.right = i;
      }
      visit(e, n = null) {
        return e.visitBinary(this, n);
      }
      static isAssignmentOperation(e) {
        return e === "=" || e === "+=" || e === "-=" || e === "*=" || e === "/=" || e === "%=" || e === "**=" || e === "&&=" || e === "||=" || e === "??=";
      }
    };
    Me = class t22 extends k {
      operator;
      expr;
      left = null;
      right = null;
      operation = null;
      static createMinus(e, n, s) {
        return new t22(e, n, "-", s, "-", new B(e, n, 0), s);
      }
      static createPlus(e, n, s) {
        return new t22(e, n, "+", s, "-", s, new B(e, n, 0));
      }
      constructor(e, n, s, r, i, l, c) {
        super(e, n, i, l, c), this.operator = s, this.expr = r;
      }
      visit(e, n = null) {
        return e.visitUnary !== void 0 ? e.visitUnary(this, n) : e.visitBinary(this, n);
      }
    };
    it = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n = null) {
        return e.visitPrefixNot(this, n);
      }
    };
    ot = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n = null) {
        return e.visitTypeofExpression(this, n);
      }
    };
    at = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n = null) {
        return e.visitVoidExpression(this, n);
      }
    };
    ln = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n = null) {
        return e.visitNonNullAssert(this, n);
      }
    };
    lt = class extends w {
      receiver;
      args;
      argumentSpan;
      constructor(e, n, s, r, i) {
        super(e, n), this.receiver = s, this.args = r, this.argumentSpan = i;
      }
      visit(e, n = null) {
        return e.visitCall(this, n);
      }
    };
    cn = class extends w {
      receiver;
      args;
      argumentSpan;
      constructor(e, n, s, r, i) {
        super(e, n), this.receiver = s, this.args = r, this.argumentSpan = i;
      }
      visit(e, n = null) {
        return e.visitSafeCall(this, n);
      }
    };
    ct = class extends w {
      tag;
      template;
      constructor(e, n, s, r) {
        super(e, n), this.tag = s, this.template = r;
      }
      visit(e, n) {
        return e.visitTaggedTemplateLiteral(this, n);
      }
    };
    ut = class extends w {
      elements;
      expressions;
      constructor(e, n, s, r) {
        super(e, n), this.elements = s, this.expressions = r;
      }
      visit(e, n) {
        return e.visitTemplateLiteral(this, n);
      }
    };
    pt = class extends w {
      text;
      constructor(e, n, s) {
        super(e, n), this.text = s;
      }
      visit(e, n) {
        return e.visitTemplateLiteralElement(this, n);
      }
    };
    Ve = class extends w {
      expression;
      constructor(e, n, s) {
        super(e, n), this.expression = s;
      }
      visit(e, n) {
        return e.visitParenthesizedExpression(this, n);
      }
    };
    un = class {
      name;
      span;
      sourceSpan;
      constructor(e, n, s) {
        this.name = e, this.span = n, this.sourceSpan = s;
      }
    };
    pn = class extends w {
      parameters;
      body;
      constructor(e, n, s, r) {
        super(e, n), this.parameters = s, this.body = r;
      }
      visit(e, n) {
        return e.visitArrowFunction(this, n);
      }
    };
    hn = class extends w {
      body;
      flags;
      constructor(e, n, s, r) {
        super(e, n), this.body = s, this.flags = r;
      }
      visit(e, n) {
        return e.visitRegularExpressionLiteral(this, n);
      }
    };
    V = class {
      start;
      end;
      constructor(e, n) {
        this.start = e, this.end = n;
      }
    };
    j = class extends w {
      ast;
      source;
      location;
      errors;
      constructor(e, n, s, r, i) {
        super(new ie(0, n === null ? 0 : n.length), new V(r, n === null ? r : r + n.length)), this.ast = e, this.source = n, this.location = s, this.errors = i;
      }
      visit(e, n = null) {
        return e.visitASTWithSource ? e.visitASTWithSource(this, n) : this.ast.visit(e, n);
      }
      toString() {
        return `${this.source} in ${this.location}`;
      }
    };
    ge = class {
      sourceSpan;
      key;
      value;
      constructor(e, n, s) {
        this.sourceSpan = e, this.key = n, this.value = s;
      }
    };
    qe = class {
      sourceSpan;
      key;
      value;
      constructor(e, n, s) {
        this.sourceSpan = e, this.key = n, this.value = s;
      }
    };
    fn = class {
      visit(e, n) {
        e.visit(this, n);
      }
      visitUnary(e, n) {
        this.visit(e.expr, n);
      }
      visitBinary(e, n) {
        this.visit(e.left, n), this.visit(e.right, n);
      }
      visitChain(e, n) {
        this.visitAll(e.expressions, n);
      }
      visitConditional(e, n) {
        this.visit(e.condition, n), this.visit(e.trueExp, n), this.visit(e.falseExp, n);
      }
      visitPipe(e, n) {
        this.visit(e.exp, n), this.visitAll(e.args, n);
      }
      visitImplicitReceiver(e, n) {
      }
      visitThisReceiver(e, n) {
      }
      visitInterpolation(e, n) {
        this.visitAll(e.expressions, n);
      }
      visitKeyedRead(e, n) {
        this.visit(e.receiver, n), this.visit(e.key, n);
      }
      visitLiteralArray(e, n) {
        this.visitAll(e.expressions, n);
      }
      visitLiteralMap(e, n) {
        this.visitAll(e.values, n);
      }
      visitLiteralPrimitive(e, n) {
      }
      visitPrefixNot(e, n) {
        this.visit(e.expression, n);
      }
      visitTypeofExpression(e, n) {
        this.visit(e.expression, n);
      }
      visitVoidExpression(e, n) {
        this.visit(e.expression, n);
      }
      visitNonNullAssert(e, n) {
        this.visit(e.expression, n);
      }
      visitPropertyRead(e, n) {
        this.visit(e.receiver, n);
      }
      visitSafePropertyRead(e, n) {
        this.visit(e.receiver, n);
      }
      visitSafeKeyedRead(e, n) {
        this.visit(e.receiver, n), this.visit(e.key, n);
      }
      visitCall(e, n) {
        this.visit(e.receiver, n), this.visitAll(e.args, n);
      }
      visitSafeCall(e, n) {
        this.visit(e.receiver, n), this.visitAll(e.args, n);
      }
      visitTemplateLiteral(e, n) {
        for (let s = 0; s < e.elements.length; s++) {
          this.visit(e.elements[s], n);
          let r = s < e.expressions.length ? e.expressions[s] : null;
          r !== null && this.visit(r, n);
        }
      }
      visitTemplateLiteralElement(e, n) {
      }
      visitTaggedTemplateLiteral(e, n) {
        this.visit(e.tag, n), this.visit(e.template, n);
      }
      visitParenthesizedExpression(e, n) {
        this.visit(e.expression, n);
      }
      visitArrowFunction(e, n) {
        this.visit(e.body, n);
      }
      visitRegularExpressionLiteral(e, n) {
      }
      visitSpreadElement(e, n) {
        this.visit(e.expression, n);
      }
      visitEmptyExpr(e, n) {
      }
      visitAll(e, n) {
        for (let s of e) this.visit(s, n);
      }
    };
    (function(t30) {
      t30[t30.DEFAULT = 0] = "DEFAULT", t30[t30.LITERAL_ATTR = 1] = "LITERAL_ATTR", t30[t30.LEGACY_ANIMATION = 2] = "LEGACY_ANIMATION", t30[t30.TWO_WAY = 3] = "TWO_WAY", t30[t30.ANIMATION = 4] = "ANIMATION";
    })(ms || (ms = {}));
    (function(t30) {
      t30[t30.Regular = 0] = "Regular", t30[t30.LegacyAnimation = 1] = "LegacyAnimation", t30[t30.TwoWay = 2] = "TwoWay", t30[t30.Animation = 3] = "Animation";
    })(gs || (gs = {}));
    (function(t30) {
      t30[t30.Property = 0] = "Property", t30[t30.Attribute = 1] = "Attribute", t30[t30.Class = 2] = "Class", t30[t30.Style = 3] = "Style", t30[t30.LegacyAnimation = 4] = "LegacyAnimation", t30[t30.TwoWay = 5] = "TwoWay", t30[t30.Animation = 6] = "Animation";
    })(R || (R = {}));
    (function(t30) {
      t30[t30.Class = 0] = "Class", t30[t30.Function = 1] = "Function";
    })(vs || (vs = {}));
    (function(t30) {
      t30[t30.RAW_TEXT = 0] = "RAW_TEXT", t30[t30.ESCAPABLE_RAW_TEXT = 1] = "ESCAPABLE_RAW_TEXT", t30[t30.PARSABLE_DATA = 2] = "PARSABLE_DATA";
    })(ws || (ws = {}));
    mo = "ctx";
    (function(t30) {
      t30[t30.Inline = 0] = "Inline", t30[t30.SideEffect = 1] = "SideEffect", t30[t30.Omit = 2] = "Omit";
    })(Es || (Es = {}));
    (function(t30) {
      t30[t30.Global = 0] = "Global", t30[t30.Local = 1] = "Local", t30[t30.Isolated = 2] = "Isolated";
    })(xs || (xs = {}));
    (function(t30) {
      t30[t30.Directive = 0] = "Directive", t30[t30.Pipe = 1] = "Pipe", t30[t30.NgModule = 2] = "NgModule";
    })(Cs || (Cs = {}));
    go = "(:(where|is)\\()?";
    cr = "-shadowcsshost";
    vo = "-shadowcsscontext";
    dn = "[^)(]*";
    wo = `(?:\\(${dn}\\)|${dn})+?`;
    So = `(?:\\(${wo}\\)|${dn})+?`;
    An = `(?:\\((${So})\\))`;
    tl = new RegExp("(:nth-[-\\w]+)" + An, "g");
    nl = new RegExp(cr + An + "?([^,{]*)", "gim");
    yo = vo + An + "([^{]*)";
    sl = new RegExp(`${go}(${yo})`, "gim");
    Eo = cr + "-no-combinator";
    rl = new RegExp(`${Eo}(?![^(]*\\))`, "g");
    xo = /(?:>>>)|(?:\/deep\/)|(?:::ng-deep)/g;
    il = new RegExp(xo.source);
    Tn = "%COMMENT%";
    ol = new RegExp(Tn, "g");
    al = new RegExp(`^(?:${Tn})+$`);
    ll = new RegExp(`(\\s*(?:${Tn}\\s*)*)([^;\\{\\}]+?)(\\s*)((?:{%BLOCK%}?\\s*;?)|(?:\\s*;)|$)`, "g");
    Co = "%COMMA_IN_PLACEHOLDER%";
    bo = "%SEMI_IN_PLACEHOLDER%";
    Ao = "%COLON_IN_PLACEHOLDER%";
    To = "%LBRACE_IN_PLACEHOLDER%";
    ko = "%RBRACE_IN_PLACEHOLDER%";
    cl = new RegExp(Co, "g");
    ul = new RegExp(bo, "g");
    pl = new RegExp(Ao, "g");
    hl = new RegExp(To, "g");
    fl = new RegExp(ko, "g");
    (function(t30) {
      t30[t30.ListEnd = 0] = "ListEnd", t30[t30.Statement = 1] = "Statement", t30[t30.Variable = 2] = "Variable", t30[t30.ElementStart = 3] = "ElementStart", t30[t30.Element = 4] = "Element", t30[t30.ForeignComponent = 5] = "ForeignComponent", t30[t30.Template = 6] = "Template", t30[t30.ElementEnd = 7] = "ElementEnd", t30[t30.ContainerStart = 8] = "ContainerStart", t30[t30.Container = 9] = "Container", t30[t30.ContainerEnd = 10] = "ContainerEnd", t30[t30.DisableBindings = 11] = "DisableBindings", t30[t30.ConditionalCreate = 12] = "ConditionalCreate", t30[t30.ConditionalBranchCreate = 13] = "ConditionalBranchCreate", t30[t30.Conditional = 14] = "Conditional", t30[t30.BoundaryCreate = 15] = "BoundaryCreate", t30[t30.BoundaryErrorCreate = 16] = "BoundaryErrorCreate", t30[t30.Boundary = 17] = "Boundary", t30[t30.EnableBindings = 18] = "EnableBindings", t30[t30.Text = 19] = "Text", t30[t30.Listener = 20] = "Listener", t30[t30.InterpolateText = 21] = "InterpolateText", t30[t30.Binding = 22] = "Binding", t30[t30.Property = 23] = "Property", t30[t30.StyleProp = 24] = "StyleProp", t30[t30.ClassProp = 25] = "ClassProp", t30[t30.StyleMap = 26] = "StyleMap", t30[t30.ClassMap = 27] = "ClassMap", t30[t30.Advance = 28] = "Advance", t30[t30.Pipe = 29] = "Pipe", t30[t30.Attribute = 30] = "Attribute", t30[t30.ExtractedAttribute = 31] = "ExtractedAttribute", t30[t30.Defer = 32] = "Defer", t30[t30.DeferOn = 33] = "DeferOn", t30[t30.DeferWhen = 34] = "DeferWhen", t30[t30.I18nMessage = 35] = "I18nMessage", t30[t30.DomProperty = 36] = "DomProperty", t30[t30.Namespace = 37] = "Namespace", t30[t30.ProjectionDef = 38] = "ProjectionDef", t30[t30.EnableIncrementalHydrationRuntime = 39] = "EnableIncrementalHydrationRuntime", t30[t30.Projection = 40] = "Projection", t30[t30.Content = 41] = "Content", t30[t30.RepeaterCreate = 42] = "RepeaterCreate", t30[t30.Repeater = 43] = "Repeater", t30[t30.TwoWayProperty = 44] = "TwoWayProperty", t30[t30.TwoWayListener = 45] = "TwoWayListener", t30[t30.DeclareLet = 46] = "DeclareLet", t30[t30.StoreLet = 47] = "StoreLet", t30[t30.I18nStart = 48] = "I18nStart", t30[t30.I18n = 49] = "I18n", t30[t30.I18nEnd = 50] = "I18nEnd", t30[t30.I18nExpression = 51] = "I18nExpression", t30[t30.I18nApply = 52] = "I18nApply", t30[t30.IcuStart = 53] = "IcuStart", t30[t30.IcuEnd = 54] = "IcuEnd", t30[t30.IcuPlaceholder = 55] = "IcuPlaceholder", t30[t30.I18nContext = 56] = "I18nContext", t30[t30.I18nAttributes = 57] = "I18nAttributes", t30[t30.SourceLocation = 58] = "SourceLocation", t30[t30.Animation = 59] = "Animation", t30[t30.AnimationString = 60] = "AnimationString", t30[t30.AnimationBinding = 61] = "AnimationBinding", t30[t30.AnimationListener = 62] = "AnimationListener", t30[t30.Control = 63] = "Control", t30[t30.ControlCreate = 64] = "ControlCreate";
    })(u || (u = {}));
    (function(t30) {
      t30[t30.LexicalRead = 0] = "LexicalRead", t30[t30.Context = 1] = "Context", t30[t30.TrackContext = 2] = "TrackContext", t30[t30.ReadVariable = 3] = "ReadVariable", t30[t30.NextContext = 4] = "NextContext", t30[t30.Reference = 5] = "Reference", t30[t30.StoreLet = 6] = "StoreLet", t30[t30.ContextLetReference = 7] = "ContextLetReference", t30[t30.BoundaryState = 8] = "BoundaryState", t30[t30.GetCurrentView = 9] = "GetCurrentView", t30[t30.RestoreView = 10] = "RestoreView", t30[t30.ResetView = 11] = "ResetView", t30[t30.PureFunctionExpr = 12] = "PureFunctionExpr", t30[t30.PureFunctionParameterExpr = 13] = "PureFunctionParameterExpr", t30[t30.PipeBinding = 14] = "PipeBinding", t30[t30.PipeBindingVariadic = 15] = "PipeBindingVariadic", t30[t30.SafePropertyRead = 16] = "SafePropertyRead", t30[t30.SafeKeyedRead = 17] = "SafeKeyedRead", t30[t30.SafeNavigationMigration = 18] = "SafeNavigationMigration", t30[t30.SafeTernaryExpr = 19] = "SafeTernaryExpr", t30[t30.EmptyExpr = 20] = "EmptyExpr", t30[t30.AssignTemporaryExpr = 21] = "AssignTemporaryExpr", t30[t30.ReadTemporaryExpr = 22] = "ReadTemporaryExpr", t30[t30.SlotLiteralExpr = 23] = "SlotLiteralExpr", t30[t30.ConditionalCase = 24] = "ConditionalCase", t30[t30.ConstCollected = 25] = "ConstCollected", t30[t30.TwoWayBindingSet = 26] = "TwoWayBindingSet", t30[t30.ForeignContent = 27] = "ForeignContent", t30[t30.ArrowFunction = 28] = "ArrowFunction";
    })(oe || (oe = {}));
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.AlwaysInline = 1] = "AlwaysInline";
    })(bs || (bs = {}));
    (function(t30) {
      t30[t30.Context = 0] = "Context", t30[t30.Identifier = 1] = "Identifier", t30[t30.SavedView = 2] = "SavedView", t30[t30.Alias = 3] = "Alias", t30[t30.BoundaryState = 4] = "BoundaryState";
    })(As || (As = {}));
    (function(t30) {
      t30[t30.Attribute = 0] = "Attribute", t30[t30.ClassName = 1] = "ClassName", t30[t30.StyleProperty = 2] = "StyleProperty", t30[t30.Property = 3] = "Property", t30[t30.Template = 4] = "Template", t30[t30.I18n = 5] = "I18n", t30[t30.LegacyAnimation = 6] = "LegacyAnimation", t30[t30.TwoWayProperty = 7] = "TwoWayProperty", t30[t30.Animation = 8] = "Animation";
    })(F || (F = {}));
    (function(t30) {
      t30[t30.Creation = 0] = "Creation", t30[t30.Postproccessing = 1] = "Postproccessing";
    })(Ts || (Ts = {}));
    (function(t30) {
      t30[t30.I18nText = 0] = "I18nText", t30[t30.I18nAttribute = 1] = "I18nAttribute";
    })(ks || (ks = {}));
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.ElementTag = 1] = "ElementTag", t30[t30.TemplateTag = 2] = "TemplateTag", t30[t30.OpenTag = 4] = "OpenTag", t30[t30.CloseTag = 8] = "CloseTag", t30[t30.ExpressionIndex = 16] = "ExpressionIndex";
    })(_s || (_s = {}));
    (function(t30) {
      t30[t30.HTML = 0] = "HTML", t30[t30.SVG = 1] = "SVG", t30[t30.Math = 2] = "Math";
    })(Is || (Is = {}));
    (function(t30) {
      t30[t30.Idle = 0] = "Idle", t30[t30.Immediate = 1] = "Immediate", t30[t30.Timer = 2] = "Timer", t30[t30.Hover = 3] = "Hover", t30[t30.Interaction = 4] = "Interaction", t30[t30.Viewport = 5] = "Viewport", t30[t30.Never = 6] = "Never";
    })(O || (O = {}));
    (function(t30) {
      t30[t30.RootI18n = 0] = "RootI18n", t30[t30.Icu = 1] = "Icu", t30[t30.Attr = 2] = "Attr";
    })(Ns || (Ns = {}));
    (function(t30) {
      t30[t30.NgTemplate = 0] = "NgTemplate", t30[t30.Structural = 1] = "Structural", t30[t30.Block = 2] = "Block";
    })(Ds || (Ds = {}));
    mn = class t23 {
      static nextListId = 0;
      debugListId = t23.nextListId++;
      head = { kind: u.ListEnd, next: null, prev: null, debugListId: this.debugListId };
      tail = { kind: u.ListEnd, next: null, prev: null, debugListId: this.debugListId };
      constructor() {
        this.head.next = this.tail, this.tail.prev = this.head;
      }
      push(e) {
        if (Array.isArray(e)) {
          for (let s of e) this.push(s);
          return;
        }
        t23.assertIsNotEnd(e), t23.assertIsUnowned(e), e.debugListId = this.debugListId;
        let n = this.tail.prev;
        e.prev = n, n.next = e, e.next = this.tail, this.tail.prev = e;
      }
      prepend(e) {
        if (e.length === 0) return;
        for (let r of e) t23.assertIsNotEnd(r), t23.assertIsUnowned(r), r.debugListId = this.debugListId;
        let n = this.head.next, s = this.head;
        for (let r of e) s.next = r, r.prev = s, s = r;
        s.next = n, n.prev = s;
      }
      *[Symbol.iterator]() {
        let e = this.head.next;
        for (; e !== this.tail; ) {
          t23.assertIsOwned(e, this.debugListId);
          let n = e.next;
          yield e, e = n;
        }
      }
      *reversed() {
        let e = this.tail.prev;
        for (; e !== this.head; ) {
          t23.assertIsOwned(e, this.debugListId);
          let n = e.prev;
          yield e, e = n;
        }
      }
      static replace(e, n) {
        t23.assertIsNotEnd(e), t23.assertIsNotEnd(n), t23.assertIsOwned(e), t23.assertIsUnowned(n), n.debugListId = e.debugListId, e.prev !== null && (e.prev.next = n, n.prev = e.prev), e.next !== null && (e.next.prev = n, n.next = e.next), e.debugListId = null, e.prev = null, e.next = null;
      }
      static replaceWithMany(e, n) {
        if (n.length === 0) {
          t23.remove(e);
          return;
        }
        t23.assertIsNotEnd(e), t23.assertIsOwned(e);
        let s = e.debugListId;
        e.debugListId = null;
        for (let d of n) t23.assertIsNotEnd(d), t23.assertIsUnowned(d);
        let { prev: r, next: i } = e;
        e.prev = null, e.next = null;
        let l = r;
        for (let d of n) t23.assertIsUnowned(d), d.debugListId = s, l.next = d, d.prev = l, d.next = null, l = d;
        let c = n[0], f = l;
        r !== null && (r.next = c, c.prev = r), i !== null && (i.prev = f, f.next = i);
      }
      static remove(e) {
        t23.assertIsNotEnd(e), t23.assertIsOwned(e), e.prev.next = e.next, e.next.prev = e.prev, e.debugListId = null, e.prev = null, e.next = null;
      }
      static insertBefore(e, n) {
        if (Array.isArray(e)) {
          for (let s of e) t23.insertBefore(s, n);
          return;
        }
        if (t23.assertIsOwned(n), n.prev === null) throw new Error("AssertionError: illegal operation on list start");
        t23.assertIsNotEnd(e), t23.assertIsUnowned(e), e.debugListId = n.debugListId, e.prev = null, n.prev.next = e, e.prev = n.prev, e.next = n, n.prev = e;
      }
      static insertAfter(e, n) {
        if (t23.assertIsOwned(n), n.next === null) throw new Error("AssertionError: illegal operation on list end");
        t23.assertIsNotEnd(e), t23.assertIsUnowned(e), e.debugListId = n.debugListId, n.next.prev = e, e.next = n.next, e.prev = n, n.next = e;
      }
      static assertIsUnowned(e) {
        if (e.debugListId !== null) throw new Error(`AssertionError: illegal operation on owned node: ${u[e.kind]}`);
      }
      static assertIsOwned(e, n) {
        if (e.debugListId === null) throw new Error(`AssertionError: illegal operation on unowned node: ${u[e.kind]}`);
        if (n !== void 0 && e.debugListId !== n) throw new Error(`AssertionError: node belongs to the wrong list (expected ${n}, actual ${e.debugListId})`);
      }
      static assertIsNotEnd(e) {
        if (e.kind === u.ListEnd) throw new Error("AssertionError: illegal operation on list head or tail");
      }
    };
    Io = { debugListId: null, prev: null, next: null };
    No = /* @__PURE__ */ Symbol("ConsumesSlot");
    ur = /* @__PURE__ */ Symbol("DependsOnSlotContext");
    Se = /* @__PURE__ */ Symbol("ConsumesVars");
    vt = /* @__PURE__ */ Symbol("UsesVarOffset");
    dl = { [No]: true, numSlotsUsed: 1 };
    ml = { [ur]: true };
    gl = { [Se]: true };
    ve = class {
      strings;
      expressions;
      i18nPlaceholders;
      constructor(e, n, s) {
        if (this.strings = e, this.expressions = n, this.i18nPlaceholders = s, s.length !== 0 && s.length !== n.length) throw new Error(`Expected ${n.length} placeholders to match interpolation expression count, but got ${s.length}`);
      }
    };
    ae = class extends A {
      constructor(e = null) {
        super(null, e);
      }
    };
    Ps = class t24 extends ae {
      target;
      value;
      sourceSpan;
      kind = oe.StoreLet;
      [Se] = true;
      [ur] = true;
      constructor(e, n, s) {
        super(), this.target = e, this.value = n, this.sourceSpan = s;
      }
      visitExpression() {
      }
      isEquivalent(e) {
        return e instanceof t24 && e.target === this.target && e.value.isEquivalent(this.value);
      }
      isConstant() {
        return false;
      }
      transformInternalExpressions(e, n) {
        this.value = (this.value, void 0);
      }
      clone() {
        return new t24(this.target, this.value, this.sourceSpan);
      }
    };
    Ls = class t25 extends ae {
      kind = oe.PureFunctionExpr;
      [Se] = true;
      [vt] = true;
      varOffset = null;
      body;
      args;
      fn = null;
      constructor(e, n) {
        super(), this.body = e, this.args = n;
      }
      visitExpression(e, n) {
        this.body?.visitExpression(e, n);
        for (let s of this.args) s.visitExpression(e, n);
      }
      isEquivalent(e) {
        return !(e instanceof t25) || e.args.length !== this.args.length ? false : e.body !== null && this.body !== null && e.body.isEquivalent(this.body) && e.args.every((n, s) => n.isEquivalent(this.args[s]));
      }
      isConstant() {
        return false;
      }
      transformInternalExpressions(e, n) {
        this.body !== null ? this.body = (this.body, n | G.InChildOperation, void 0) : this.fn !== null && (this.fn = (this.fn, void 0));
        for (let s = 0; s < this.args.length; s++) this.args[s] = (this.args[s], void 0);
      }
      clone() {
        let e = new t25(this.body?.clone() ?? null, this.args.map((n) => n.clone()));
        return e.fn = this.fn?.clone() ?? null, e.varOffset = this.varOffset, e;
      }
    };
    Bs = class t26 extends ae {
      target;
      targetSlot;
      name;
      args;
      kind = oe.PipeBinding;
      [Se] = true;
      [vt] = true;
      varOffset = null;
      constructor(e, n, s, r) {
        super(), this.target = e, this.targetSlot = n, this.name = s, this.args = r;
      }
      visitExpression(e, n) {
        for (let s of this.args) s.visitExpression(e, n);
      }
      isEquivalent() {
        return false;
      }
      isConstant() {
        return false;
      }
      transformInternalExpressions(e, n) {
        for (let s = 0; s < this.args.length; s++) this.args[s] = (this.args[s], void 0);
      }
      clone() {
        let e = new t26(this.target, this.targetSlot, this.name, this.args.map((n) => n.clone()));
        return e.varOffset = this.varOffset, e;
      }
    };
    Ms = class t27 extends ae {
      target;
      targetSlot;
      name;
      args;
      numArgs;
      kind = oe.PipeBindingVariadic;
      [Se] = true;
      [vt] = true;
      varOffset = null;
      constructor(e, n, s, r, i) {
        super(), this.target = e, this.targetSlot = n, this.name = s, this.args = r, this.numArgs = i;
      }
      visitExpression(e, n) {
        this.args.visitExpression(e, n);
      }
      isEquivalent() {
        return false;
      }
      isConstant() {
        return false;
      }
      transformInternalExpressions(e, n) {
        this.args = (this.args, void 0);
      }
      clone() {
        let e = new t27(this.target, this.targetSlot, this.name, this.args.clone(), this.numArgs);
        return e.varOffset = this.varOffset, e;
      }
    };
    $s = class t28 extends ae {
      parameters;
      body;
      kind = oe.ArrowFunction;
      [Se] = true;
      [vt] = true;
      contextName = mo;
      currentViewName = "view";
      varOffset = null;
      ops;
      constructor(e, n) {
        super(), this.parameters = e, this.body = n, this.ops = new mn(), this.ops.push([_o(new Ke(n, n.sourceSpan))]);
      }
      visitExpression(e, n) {
        for (let s of this.ops) Do(s, (r) => {
          r.visitExpression(e, n);
        });
      }
      isEquivalent(e) {
        return e instanceof t28 && e.parameters.length === this.parameters.length && e.parameters.every((n, s) => n.isEquivalent(this.parameters[s])) && e.body.isEquivalent(this.body);
      }
      isConstant() {
        return false;
      }
      transformInternalExpressions(e, n) {
        for (let s of this.ops) ht(s, e, n | (G.InChildOperation | G.InArrowFunctionOperation));
      }
      clone() {
        let e = new t28(this.parameters, this.body);
        return e.varOffset = this.varOffset, e.ops = this.ops, e;
      }
    };
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.InChildOperation = 1] = "InChildOperation", t30[t30.InArrowFunctionOperation = 2] = "InArrowFunctionOperation", t30[t30.InSafeNavigationMigration = 4] = "InSafeNavigationMigration";
    })(G || (G = {}));
    vl = /* @__PURE__ */ new Set([u.Element, u.ElementStart, u.Container, u.ContainerStart, u.Template, u.RepeaterCreate, u.ConditionalCreate, u.ConditionalBranchCreate, u.BoundaryCreate]);
    (function(t30) {
      t30[t30.Tmpl = 0] = "Tmpl", t30[t30.Host = 1] = "Host", t30[t30.Both = 2] = "Both";
    })(Rs || (Rs = {}));
    (function(t30) {
      t30[t30.Full = 0] = "Full", t30[t30.DomOnly = 1] = "DomOnly";
    })(Fs || (Fs = {}));
    wl = /* @__PURE__ */ new Map([[p.ariaProperty, p.ariaProperty], [p.attribute, p.attribute], [p.classProp, p.classProp], [p.element, p.element], [p.elementContainer, p.elementContainer], [p.elementContainerEnd, p.elementContainerEnd], [p.elementContainerStart, p.elementContainerStart], [p.elementEnd, p.elementEnd], [p.elementStart, p.elementStart], [p.domProperty, p.domProperty], [p.i18nExp, p.i18nExp], [p.listener, p.listener], [p.listener, p.listener], [p.property, p.property], [p.styleProp, p.styleProp], [p.syntheticHostListener, p.syntheticHostListener], [p.syntheticHostProperty, p.syntheticHostProperty], [p.templateCreate, p.templateCreate], [p.twoWayProperty, p.twoWayProperty], [p.twoWayListener, p.twoWayListener], [p.declareLet, p.declareLet], [p.conditionalCreate, p.conditionalBranchCreate], [p.conditionalBranchCreate, p.conditionalBranchCreate], [p.domElement, p.domElement], [p.domElementStart, p.domElementStart], [p.domElementEnd, p.domElementEnd], [p.domElementContainer, p.domElementContainer], [p.domElementContainerStart, p.domElementContainerStart], [p.domElementContainerEnd, p.domElementContainerEnd], [p.domListener, p.domListener], [p.domTemplate, p.domTemplate], [p.animationEnter, p.animationEnter], [p.animationLeave, p.animationLeave], [p.animationEnterListener, p.animationEnterListener], [p.animationLeaveListener, p.animationLeaveListener]]);
    Sl = /* @__PURE__ */ new Map([["&&", h.And], [">", h.Bigger], [">=", h.BiggerEquals], ["|", h.BitwiseOr], ["&", h.BitwiseAnd], ["/", h.Divide], ["=", h.Assign], ["==", h.Equals], ["===", h.Identical], ["<", h.Lower], ["<=", h.LowerEquals], ["-", h.Minus], ["%", h.Modulo], ["**", h.Exponentiation], ["*", h.Multiply], ["!=", h.NotEquals], ["!==", h.NotIdentical], ["??", h.NullishCoalesce], ["||", h.Or], ["+", h.Plus], ["in", h.In], ["instanceof", h.InstanceOf], ["+=", h.AdditionAssignment], ["-=", h.SubtractionAssignment], ["*=", h.MultiplicationAssignment], ["/=", h.DivisionAssignment], ["%=", h.RemainderAssignment], ["**=", h.ExponentiationAssignment], ["&&=", h.AndAssignment], ["||=", h.OrAssignment], ["??=", h.NullishCoalesceAssignment]]);
    yl = Object.freeze([]);
    El = /* @__PURE__ */ new Map([["formField", /* @__PURE__ */ new Set([u.Property])], ["formControl", /* @__PURE__ */ new Set([u.Property])], ["formControlName", /* @__PURE__ */ new Set([u.Property, u.Attribute])], ["ngModel", /* @__PURE__ */ new Set([u.Attribute, u.Property, u.TwoWayProperty])]]);
    xl = /* @__PURE__ */ new Set([u.Container, u.ContainerStart, u.Element, u.ElementStart]);
    Cl = /* @__PURE__ */ new Map([[u.ElementEnd, [u.ElementStart, u.Element]], [u.ContainerEnd, [u.ContainerStart, u.Container]], [u.I18nEnd, [u.I18nStart, u.I18n]]]);
    bl = /* @__PURE__ */ new Set([u.Pipe]);
    Al = /* @__PURE__ */ new Map([[O.Idle, { none: p.deferOnIdle, prefetch: p.deferPrefetchOnIdle, hydrate: p.deferHydrateOnIdle }], [O.Immediate, { none: p.deferOnImmediate, prefetch: p.deferPrefetchOnImmediate, hydrate: p.deferHydrateOnImmediate }], [O.Timer, { none: p.deferOnTimer, prefetch: p.deferPrefetchOnTimer, hydrate: p.deferHydrateOnTimer }], [O.Hover, { none: p.deferOnHover, prefetch: p.deferPrefetchOnHover, hydrate: p.deferHydrateOnHover }], [O.Interaction, { none: p.deferOnInteraction, prefetch: p.deferPrefetchOnInteraction, hydrate: p.deferHydrateOnInteraction }], [O.Viewport, { none: p.deferOnViewport, prefetch: p.deferPrefetchOnViewport, hydrate: p.deferHydrateOnViewport }], [O.Never, { none: p.deferHydrateNever, prefetch: p.deferHydrateNever, hydrate: p.deferHydrateNever }]]);
    Tl = [p.pipeBind1, p.pipeBind2, p.pipeBind3, p.pipeBind4];
    kl = { constant: [p.interpolate, p.interpolate1, p.interpolate2, p.interpolate3, p.interpolate4, p.interpolate5, p.interpolate6, p.interpolate7, p.interpolate8], variable: p.interpolateV, mapping: (t30) => {
      if (t30 % 2 === 0) throw new Error("Expected odd number of arguments");
      return (t30 - 1) / 2;
    } };
    Po = /* @__PURE__ */ new Map();
    Lo = "\uE500";
    Po.set("ngsp", Lo);
    (function(t30) {
      t30.HEX = "hexadecimal", t30.DEC = "decimal";
    })(Os || (Os = {}));
    pr = ` \f
\r	\v\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF`;
    _l = new RegExp(`[^${pr}]`);
    Il = new RegExp(`[${pr}]{2,}`, "g");
    (function(t30) {
      t30[t30.Character = 0] = "Character", t30[t30.Identifier = 1] = "Identifier", t30[t30.PrivateIdentifier = 2] = "PrivateIdentifier", t30[t30.Keyword = 3] = "Keyword", t30[t30.String = 4] = "String", t30[t30.Operator = 5] = "Operator", t30[t30.Number = 6] = "Number", t30[t30.RegExpBody = 7] = "RegExpBody", t30[t30.RegExpFlags = 8] = "RegExpFlags", t30[t30.Error = 9] = "Error";
    })(m || (m = {}));
    (function(t30) {
      t30[t30.Plain = 0] = "Plain", t30[t30.TemplateLiteralPart = 1] = "TemplateLiteralPart", t30[t30.TemplateLiteralEnd = 2] = "TemplateLiteralEnd";
    })(z || (z = {}));
    Bo = ["var", "let", "as", "null", "undefined", "true", "false", "if", "else", "this", "typeof", "void", "in", "instanceof"];
    Ue = class {
      tokenize(e) {
        return new vn(e).scan();
      }
    };
    P = class {
      index;
      end;
      type;
      numValue;
      strValue;
      constructor(e, n, s, r, i) {
        this.index = e, this.end = n, this.type = s, this.numValue = r, this.strValue = i;
      }
      isCharacter(e) {
        return this.type === m.Character && this.numValue === e;
      }
      isNumber() {
        return this.type === m.Number;
      }
      isString() {
        return this.type === m.String;
      }
      isOperator(e) {
        return this.type === m.Operator && this.strValue === e;
      }
      isIdentifier() {
        return this.type === m.Identifier;
      }
      isPrivateIdentifier() {
        return this.type === m.PrivateIdentifier;
      }
      isKeyword() {
        return this.type === m.Keyword;
      }
      isKeywordLet() {
        return this.type === m.Keyword && this.strValue === "let";
      }
      isKeywordAs() {
        return this.type === m.Keyword && this.strValue === "as";
      }
      isKeywordNull() {
        return this.type === m.Keyword && this.strValue === "null";
      }
      isKeywordUndefined() {
        return this.type === m.Keyword && this.strValue === "undefined";
      }
      isKeywordTrue() {
        return this.type === m.Keyword && this.strValue === "true";
      }
      isKeywordFalse() {
        return this.type === m.Keyword && this.strValue === "false";
      }
      isKeywordThis() {
        return this.type === m.Keyword && this.strValue === "this";
      }
      isKeywordTypeof() {
        return this.type === m.Keyword && this.strValue === "typeof";
      }
      isKeywordVoid() {
        return this.type === m.Keyword && this.strValue === "void";
      }
      isKeywordIn() {
        return this.type === m.Keyword && this.strValue === "in";
      }
      isKeywordInstanceOf() {
        return this.type === m.Keyword && this.strValue === "instanceof";
      }
      isError() {
        return this.type === m.Error;
      }
      isRegExpBody() {
        return this.type === m.RegExpBody;
      }
      isRegExpFlags() {
        return this.type === m.RegExpFlags;
      }
      toNumber() {
        return this.type === m.Number ? this.numValue : -1;
      }
      isTemplateLiteralPart() {
        return this.isString() && this.kind === z.TemplateLiteralPart;
      }
      isTemplateLiteralEnd() {
        return this.isString() && this.kind === z.TemplateLiteralEnd;
      }
      isTemplateLiteralInterpolationStart() {
        return this.isOperator("${");
      }
      toString() {
        switch (this.type) {
          case m.Character:
          case m.Identifier:
          case m.Keyword:
          case m.Operator:
          case m.PrivateIdentifier:
          case m.String:
          case m.Error:
          case m.RegExpBody:
          case m.RegExpFlags:
            return this.strValue;
          case m.Number:
            return this.numValue.toString();
          default:
            return null;
        }
      }
    };
    $e = class extends P {
      kind;
      constructor(e, n, s, r) {
        super(e, n, m.String, 0, s), this.kind = r;
      }
    };
    Ne = new P(-1, -1, m.Character, 0, "");
    vn = class {
      input;
      tokens = [];
      length;
      peek = 0;
      index = -1;
      braceStack = [];
      constructor(e) {
        this.input = e, this.length = e.length, this.advance();
      }
      scan() {
        let e = this.scanToken();
        for (; e !== null; ) this.tokens.push(e), e = this.scanToken();
        return this.tokens;
      }
      advance() {
        this.peek = ++this.index >= this.length ? _e : this.input.charCodeAt(this.index);
      }
      scanToken() {
        let e = this.input, n = this.length, s = this.peek, r = this.index;
        for (; s <= tr; ) if (++r >= n) {
          s = _e;
          break;
        } else s = e.charCodeAt(r);
        if (this.peek = s, this.index = r, r >= n) return null;
        if (Vs(s)) return this.scanIdentifier();
        if (Y(s)) return this.scanNumber(r);
        let i = r;
        switch (s) {
          case Q:
            return this.advance(), Y(this.peek) ? this.scanNumber(i) : this.peek !== Q ? Ie(i, this.index, Q) : (this.advance(), this.peek === Q ? (this.advance(), U(i, this.index, "...")) : this.error(`Unexpected character [${String.fromCharCode(s)}]`, 0));
          case K:
          case M:
          case pe:
          case se:
          case H:
          case Z:
          case De:
            return this.scanCharacter(i, s);
          case Pe:
            return this.scanOpenBrace(i, s);
          case ee:
            return this.scanCloseBrace(i, s);
          case sr:
          case nr:
            return this.scanString();
          case Qt:
            return this.advance(), this.scanTemplateLiteralPart(i);
          case Ki:
            return this.scanPrivateIdentifier();
          case rr:
            return this.scanComplexOperator(i, "+", _, "=");
          case ir:
            return this.scanComplexOperator(i, "-", _, "=");
          case Ze:
            return this.isStartOfRegex() ? this.scanRegex(r) : this.scanComplexOperator(i, "/", _, "=");
          case Zi:
            return this.scanComplexOperator(i, "%", _, "=");
          case ro:
            return this.scanOperator(i, "^");
          case us:
            return this.scanStar(i);
          case hs:
            return this.scanQuestion(i);
          case eo:
          case ps:
            return this.scanComplexOperator(i, String.fromCharCode(s), _, "=");
          case Yi:
            return this.scanComplexOperator(i, "!", _, "=", _, "=");
          case _:
            return this.scanEquals(i);
          case cs:
            return this.scanComplexOperator(i, "&", cs, "&", _, "=");
          case fs:
            return this.scanComplexOperator(i, "|", fs, "|", _, "=");
          case lr:
            for (; ho(this.peek); ) this.advance();
            return this.scanToken();
        }
        return this.advance(), this.error(`Unexpected character [${String.fromCharCode(s)}]`, 0);
      }
      scanCharacter(e, n) {
        return this.advance(), Ie(e, this.index, n);
      }
      scanOperator(e, n) {
        return this.advance(), U(e, this.index, n);
      }
      scanOpenBrace(e, n) {
        return this.braceStack.push("expression"), this.advance(), Ie(e, this.index, n);
      }
      scanCloseBrace(e, n) {
        return this.advance(), this.braceStack.pop() === "interpolation" ? (this.tokens.push(Ie(e, this.index, ee)), this.scanTemplateLiteralPart(this.index)) : Ie(e, this.index, n);
      }
      scanComplexOperator(e, n, s, r, i, l) {
        this.advance();
        let c = n;
        return this.peek == s && (this.advance(), c += r), i != null && this.peek == i && (this.advance(), c += l), U(e, this.index, c);
      }
      scanEquals(e) {
        this.advance();
        let n = "=";
        if (this.peek === _) this.advance(), n += "=";
        else if (this.peek === ps) return this.advance(), n += ">", U(e, this.index, n);
        return this.peek === _ && (this.advance(), n += "="), U(e, this.index, n);
      }
      scanIdentifier() {
        let e = this.index;
        for (this.advance(); qs(this.peek); ) this.advance();
        let n = this.input.substring(e, this.index);
        return Bo.indexOf(n) > -1 ? Ro(e, this.index, n) : Mo(e, this.index, n);
      }
      scanPrivateIdentifier() {
        let e = this.index;
        if (this.advance(), !Vs(this.peek)) return this.error("Invalid character [#]", -1);
        for (; qs(this.peek); ) this.advance();
        let n = this.input.substring(e, this.index);
        return $o(e, this.index, n);
      }
      scanNumber(e) {
        let n = this.index === e, s = false;
        for (this.advance(); ; ) {
          if (!Y(this.peek)) if (this.peek === mt) {
            if (!Y(this.input.charCodeAt(this.index - 1)) || !Y(this.input.charCodeAt(this.index + 1))) return this.error("Invalid numeric separator", 0);
            s = true;
          } else if (this.peek === Q) n = false;
          else if (Uo(this.peek)) {
            if (this.advance(), Ho(this.peek) && this.advance(), !Y(this.peek)) return this.error("Invalid exponent", -1);
            n = false;
          } else break;
          this.advance();
        }
        let r = this.input.substring(e, this.index);
        s && (r = r.replace(/_/g, ""));
        let i = n ? jo(r) : parseFloat(r);
        return Fo(e, this.index, i);
      }
      scanString() {
        let e = this.index, n = this.peek;
        this.advance();
        let s = "", r = this.index, i = this.input;
        for (; this.peek != n; ) if (this.peek == Je) {
          let c = this.scanStringBackslash(s, r);
          if (typeof c != "string") return c;
          s = c, r = this.index;
        } else {
          if (this.peek == _e) return this.error("Unterminated quote", 0);
          this.advance();
        }
        let l = i.substring(r, this.index);
        return this.advance(), new $e(e, this.index, s + l, z.Plain);
      }
      scanQuestion(e) {
        this.advance();
        let n = "?";
        return this.peek === hs ? (n += "?", this.advance(), this.peek === _ && (n += "=", this.advance())) : this.peek === Q && (n += ".", this.advance()), U(e, this.index, n);
      }
      scanTemplateLiteralPart(e) {
        let n = "", s = this.index;
        for (; this.peek !== Qt; ) if (this.peek === Je) {
          let i = this.scanStringBackslash(n, s);
          if (typeof i != "string") return i;
          n = i, s = this.index;
        } else if (this.peek === xn) {
          let i = this.index;
          if (this.advance(), this.peek === Pe) return this.braceStack.push("interpolation"), this.tokens.push(new $e(e, i, n + this.input.substring(s, i), z.TemplateLiteralPart)), this.advance(), U(i, this.index, this.input.substring(i, this.index));
        } else {
          if (this.peek === _e) return this.error("Unterminated template literal", 0);
          this.advance();
        }
        let r = this.input.substring(s, this.index);
        return this.advance(), new $e(e, this.index, n + r, z.TemplateLiteralEnd);
      }
      error(e, n) {
        let s = this.index + n;
        return Oo(s, this.index, `Lexer Error: ${e} at column ${s} in expression [${this.input}]`);
      }
      scanStringBackslash(e, n) {
        e += this.input.substring(n, this.index);
        let s;
        if (this.advance(), this.peek === uo) {
          let r = this.input.substring(this.index + 1, this.index + 5);
          if (/^[0-9a-f]+$/i.test(r)) s = parseInt(r, 16);
          else return this.error(`Invalid unicode escape [\\u${r}]`, 0);
          for (let i = 0; i < 5; i++) this.advance();
        } else s = Wo(this.peek), this.advance();
        return e += String.fromCharCode(s), e;
      }
      scanStar(e) {
        this.advance();
        let n = "*";
        return this.peek === us ? (n += "*", this.advance(), this.peek === _ && (n += "=", this.advance())) : this.peek === _ && (n += "=", this.advance()), U(e, this.index, n);
      }
      isStartOfRegex() {
        if (this.tokens.length === 0) return true;
        let e = this.tokens[this.tokens.length - 1];
        if (e.isOperator("!")) {
          let n = this.tokens.length > 1 ? this.tokens[this.tokens.length - 2] : null;
          return n === null || n.type !== m.Identifier && !n.isCharacter(M) && !n.isCharacter(se);
        }
        return e.type === m.Operator || e.isCharacter(K) || e.isCharacter(pe) || e.isCharacter(H) || e.isCharacter(Z);
      }
      scanRegex(e) {
        this.advance();
        let n = this.index, s = false, r = false;
        for (; ; ) {
          let f = this.peek;
          if (f === _e) return this.error("Unterminated regular expression", 0);
          if (s) s = false;
          else if (f === Je) s = true;
          else if (f === pe) r = true;
          else if (f === se) r = false;
          else if (f === Ze && !r) break;
          this.advance();
        }
        let i = this.input.substring(n, this.index);
        this.advance();
        let l = Vo(e, this.index, i), c = this.scanRegexFlags(this.index);
        return c !== null ? (this.tokens.push(l), c) : l;
      }
      scanRegexFlags(e) {
        if (!Yt(this.peek)) return null;
        for (; Yt(this.peek); ) this.advance();
        return qo(e, this.index, this.input.substring(e, this.index));
      }
    };
    wn = class {
      strings;
      expressions;
      offsets;
      constructor(e, n, s) {
        this.strings = e, this.expressions = n, this.offsets = s;
      }
    };
    Sn = class {
      templateBindings;
      warnings;
      errors;
      constructor(e, n, s) {
        this.templateBindings = e, this.warnings = n, this.errors = s;
      }
    };
    we = class {
      _lexer;
      _supportsDirectPipeReferences;
      constructor(e, n = false) {
        this._lexer = e, this._supportsDirectPipeReferences = n;
      }
      parseAction(e, n, s) {
        let r = [];
        this._checkNoInterpolation(r, e, n);
        let { stripped: i } = this._stripComments(e), l = this._lexer.tokenize(i), c = new te(e, n, s, l, 1, r, 0, this._supportsDirectPipeReferences).parseChain();
        return new j(c, e, W(n), s, r);
      }
      parseBinding(e, n, s) {
        let r = [], i = this._parseBindingAst(e, n, s, r);
        return new j(i, e, W(n), s, r);
      }
      checkSimpleExpression(e) {
        let n = new yn();
        return e.visit(n), n.errors;
      }
      parseSimpleBinding(e, n, s) {
        let r = [], i = this._parseBindingAst(e, n, s, r), l = this.checkSimpleExpression(i);
        return l.length > 0 && r.push(re(`Host binding expression cannot contain ${l.join(" ")}`, e, "", n)), new j(i, e, W(n), s, r);
      }
      _parseBindingAst(e, n, s, r) {
        this._checkNoInterpolation(r, e, n);
        let { stripped: i } = this._stripComments(e), l = this._lexer.tokenize(i);
        return new te(e, n, s, l, 0, r, 0, this._supportsDirectPipeReferences).parseChain();
      }
      parseTemplateBindings(e, n, s, r, i) {
        let l = this._lexer.tokenize(n), c = [];
        return new te(n, s, i, l, 0, c, 0, this._supportsDirectPipeReferences).parseTemplateBindings({ source: e, span: new V(r, r + e.length) });
      }
      parseInterpolation(e, n, s, r) {
        let i = [], { strings: l, expressions: c, offsets: f } = this.splitInterpolation(e, n, i, r);
        if (c.length === 0) return null;
        let d = [];
        for (let g = 0; g < c.length; ++g) {
          let D = r?.[g * 2 + 1]?.sourceSpan, T = c[g].text, { stripped: x, hasComments: I } = this._stripComments(T), X = this._lexer.tokenize(x);
          if (I && x.trim().length === 0 && X.length === 0) {
            i.push(re("Interpolation expression cannot only contain a comment", e, `at column ${c[g].start} in`, n));
            continue;
          }
          let Te = new te(D ? T : e, D || n, s, X, 0, i, f[g], this._supportsDirectPipeReferences).parseChain();
          d.push(Te);
        }
        return this.createInterpolationAst(l.map((g) => g.text), d, e, W(n), s, i);
      }
      parseInterpolationExpression(e, n, s) {
        let { stripped: r } = this._stripComments(e), i = this._lexer.tokenize(r), l = [], c = new te(e, n, s, i, 0, l, 0, this._supportsDirectPipeReferences).parseChain(), f = ["", ""];
        return this.createInterpolationAst(f, [c], e, W(n), s, l);
      }
      createInterpolationAst(e, n, s, r, i, l) {
        let c = new ie(0, s.length), f = new fo(c, c.toAbsolute(i), e, n);
        return new j(f, s, r, i, l);
      }
      splitInterpolation(e, n, s, r) {
        let i = [], l = [], c = [], f = r ? zo(r) : null, d = 0, g = false, D = false, T = "{{", x = "}}";
        for (; d < e.length; ) if (g) {
          let I = d, X = I + T.length, Te = this._getInterpolationEndIndex(e, x, X);
          if (Te === -1) {
            g = false, D = true;
            break;
          }
          let Vn = Te + x.length, qn = e.substring(X, Te);
          qn.trim().length === 0 && s.push(re("Blank expressions are not allowed in interpolated strings", e, `at column ${d} in`, n)), l.push({ text: qn, start: I, end: Vn });
          let $i = (f?.get(I) ?? I) + T.length;
          c.push($i), d = Vn, g = false;
        } else {
          let I = d;
          d = e.indexOf(T, d), d === -1 && (d = e.length);
          let X = e.substring(I, d);
          i.push({ text: X, start: I, end: d }), g = true;
        }
        if (!g) if (D) {
          let I = i[i.length - 1];
          I.text += e.substring(d), I.end = e.length;
        } else i.push({ text: e.substring(d), start: d, end: e.length });
        return new wn(i, l, c);
      }
      wrapLiteralPrimitive(e, n, s) {
        let r = new ie(0, e == null ? 0 : e.length);
        return new j(new B(r, r.toAbsolute(s), e), e, typeof n == "string" ? n : W(n), s, []);
      }
      _stripComments(e) {
        let n = this._commentStart(e);
        return n != null ? { stripped: e.substring(0, n), hasComments: true } : { stripped: e, hasComments: false };
      }
      _commentStart(e) {
        let n = null;
        for (let s = 0; s < e.length - 1; s++) {
          let r = e.charCodeAt(s), i = e.charCodeAt(s + 1);
          if (r === Je) {
            s++;
            continue;
          }
          if (r === Ze && i == Ze && n == null) return s;
          n === r ? n = null : n == null && ds(r) && (n = r);
        }
        return null;
      }
      _checkNoInterpolation(e, n, s) {
        let r = -1, i = -1;
        for (let l of this._forEachUnquotedChar(n, 0)) if (r === -1) n.startsWith("{{") && (r = l);
        else if (i = this._getInterpolationEndIndex(n, "}}", l), i > -1) break;
        r > -1 && i > -1 && e.push(re("Got interpolation ({{}}) where expression was expected", n, `at column ${r} in`, s));
      }
      _getInterpolationEndIndex(e, n, s) {
        for (let r of this._forEachUnquotedChar(e, s)) {
          if (e.startsWith(n, r)) return r;
          if (e.startsWith("//", r)) return e.indexOf(n, r);
        }
        return -1;
      }
      *_forEachUnquotedChar(e, n) {
        let s = null, r = 0;
        for (let i = n; i < e.length; i++) {
          let l = e[i];
          ds(e.charCodeAt(i)) && (s === null || s === l) && r % 2 === 0 ? s = s === null ? l : null : s === null && (yield i), r = l === "\\" ? r + 1 : 0;
        }
      }
    };
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.Writable = 1] = "Writable";
    })(ue || (ue = {}));
    Us = /* @__PURE__ */ new Set(["d", "g", "i", "m", "s", "u", "v", "y"]);
    te = class {
      input;
      parseSourceSpan;
      absoluteOffset;
      tokens;
      parseFlags;
      errors;
      offset;
      supportsDirectPipeReferences;
      rparensExpected = 0;
      rbracketsExpected = 0;
      rbracesExpected = 0;
      context = ue.None;
      sourceSpanCache = /* @__PURE__ */ new Map();
      index = 0;
      constructor(e, n, s, r, i, l, c, f) {
        this.input = e, this.parseSourceSpan = n, this.absoluteOffset = s, this.tokens = r, this.parseFlags = i, this.errors = l, this.offset = c, this.supportsDirectPipeReferences = f;
      }
      peek(e) {
        let n = this.index + e;
        return n < this.tokens.length ? this.tokens[n] : Ne;
      }
      get next() {
        return this.peek(0);
      }
      get atEOF() {
        return this.index >= this.tokens.length;
      }
      get inputIndex() {
        return this.atEOF ? this.currentEndIndex : this.next.index + this.offset;
      }
      get currentEndIndex() {
        return this.index > 0 ? this.peek(-1).end + this.offset : this.tokens.length === 0 ? this.input.length + this.offset : this.next.index + this.offset;
      }
      get currentAbsoluteOffset() {
        return this.absoluteOffset + this.inputIndex;
      }
      span(e, n) {
        let s = this.currentEndIndex;
        if (n !== void 0 && n > this.currentEndIndex && (s = n), e > s) {
          let r = s;
          s = e, e = r;
        }
        return new ie(e, s);
      }
      sourceSpan(e, n) {
        let s = `${e}@${this.inputIndex}:${n}`;
        return this.sourceSpanCache.has(s) || this.sourceSpanCache.set(s, this.span(e, n).toAbsolute(this.absoluteOffset)), this.sourceSpanCache.get(s);
      }
      advance() {
        this.index++;
      }
      withContext(e, n) {
        this.context |= e;
        let s = n();
        return this.context ^= e, s;
      }
      consumeOptionalCharacter(e) {
        return this.next.isCharacter(e) ? (this.advance(), true) : false;
      }
      peekKeywordLet() {
        return this.next.isKeywordLet();
      }
      peekKeywordAs() {
        return this.next.isKeywordAs();
      }
      expectCharacter(e) {
        this.consumeOptionalCharacter(e) || this.error(`Missing expected ${String.fromCharCode(e)}`);
      }
      consumeOptionalOperator(e) {
        return this.next.isOperator(e) ? (this.advance(), true) : false;
      }
      isAssignmentOperator(e) {
        return e.type === m.Operator && k.isAssignmentOperation(e.strValue);
      }
      expectOperator(e) {
        this.consumeOptionalOperator(e) || this.error(`Missing expected operator ${e}`);
      }
      prettyPrintToken(e) {
        return e === Ne ? "end of input" : `token ${e}`;
      }
      expectIdentifierOrKeyword() {
        let e = this.next;
        return !e.isIdentifier() && !e.isKeyword() ? (e.isPrivateIdentifier() ? this._reportErrorForPrivateIdentifier(e, "expected identifier or keyword") : this.error(`Unexpected ${this.prettyPrintToken(e)}, expected identifier or keyword`), null) : (this.advance(), e.toString());
      }
      expectIdentifierOrKeywordOrString() {
        let e = this.next;
        return !e.isIdentifier() && !e.isKeyword() && !e.isString() ? (e.isPrivateIdentifier() ? this._reportErrorForPrivateIdentifier(e, "expected identifier, keyword or string") : this.error(`Unexpected ${this.prettyPrintToken(e)}, expected identifier, keyword, or string`), "") : (this.advance(), e.toString());
      }
      parseChain() {
        let e = [], n = this.inputIndex;
        for (; this.index < this.tokens.length; ) {
          let s = this.parsePipe();
          if (e.push(s), this.consumeOptionalCharacter(De)) for (this.parseFlags & 1 || this.error("Binding expression cannot contain chained expression"); this.consumeOptionalCharacter(De); ) ;
          else if (this.index < this.tokens.length) {
            let r = this.index;
            if (this.error(`Unexpected token '${this.next}'`), this.index === r) break;
          }
        }
        if (e.length === 0) {
          let s = this.offset, r = this.offset + this.input.length;
          return new L(this.span(s, r), this.sourceSpan(s, r));
        }
        return e.length == 1 ? e[0] : new Zt(this.span(n), this.sourceSpan(n), e);
      }
      parsePipe() {
        let e = this.inputIndex, n = this.parseExpression();
        if (this.consumeOptionalOperator("|")) {
          this.parseFlags & 1 && this.error("Cannot have a pipe in an action expression");
          do {
            let s = this.inputIndex, r = this.expectIdentifierOrKeyword(), i, l;
            r !== null ? i = this.sourceSpan(s) : (r = "", l = this.next.index !== -1 ? this.next.index : this.input.length + this.offset, i = new ie(l, l).toAbsolute(this.absoluteOffset));
            let c = [];
            for (; this.consumeOptionalCharacter(Z); ) c.push(this.parseExpression());
            let f;
            if (this.supportsDirectPipeReferences) {
              let d = r.charCodeAt(0);
              f = d === mt || d >= Cn && d <= bn ? Be.ReferencedDirectly : Be.ReferencedByName;
            } else f = Be.ReferencedByName;
            n = new sn(this.span(e), this.sourceSpan(e, l), n, r, c, f, i);
          } while (this.consumeOptionalOperator("|"));
        }
        return n;
      }
      parseExpression() {
        return this.parseConditional();
      }
      parseConditional() {
        let e = this.inputIndex, n = this.parseLogicalOr();
        if (this.consumeOptionalOperator("?")) {
          let s = this.parsePipe(), r;
          if (this.consumeOptionalCharacter(Z)) r = this.parsePipe();
          else {
            let i = this.inputIndex, l = this.input.substring(e, i);
            this.error(`Conditional expression ${l} requires all 3 expressions`), r = new L(this.span(e), this.sourceSpan(e));
          }
          return new en(this.span(e), this.sourceSpan(e), n, s, r);
        } else return n;
      }
      parseLogicalOr() {
        let e = this.inputIndex, n = this.parseLogicalAnd();
        for (; this.consumeOptionalOperator("||"); ) {
          let s = this.parseLogicalAnd();
          n = new k(this.span(e), this.sourceSpan(e), "||", n, s);
        }
        return n;
      }
      parseLogicalAnd() {
        let e = this.inputIndex, n = this.parseNullishCoalescing();
        for (; this.consumeOptionalOperator("&&"); ) {
          let s = this.parseNullishCoalescing();
          n = new k(this.span(e), this.sourceSpan(e), "&&", n, s);
        }
        return n;
      }
      parseNullishCoalescing() {
        let e = this.inputIndex, n = this.parseEquality();
        for (; this.consumeOptionalOperator("??"); ) {
          let s = this.parseEquality();
          n = new k(this.span(e), this.sourceSpan(e), "??", n, s);
        }
        return n;
      }
      parseEquality() {
        let e = this.inputIndex, n = this.parseRelational();
        for (; this.next.type == m.Operator; ) {
          let s = this.next.strValue;
          switch (s) {
            case "==":
            case "===":
            case "!=":
            case "!==":
              this.advance();
              let r = this.parseRelational();
              n = new k(this.span(e), this.sourceSpan(e), s, n, r);
              continue;
          }
          break;
        }
        return n;
      }
      parseRelational() {
        let e = this.inputIndex, n = this.parseAdditive();
        for (; this.next.type == m.Operator || this.next.isKeywordIn() || this.next.isKeywordInstanceOf(); ) {
          let s = this.next.strValue;
          switch (s) {
            case "<":
            case ">":
            case "<=":
            case ">=":
            case "in":
            case "instanceof":
              this.advance();
              let r = this.parseAdditive();
              n = new k(this.span(e), this.sourceSpan(e), s, n, r);
              continue;
          }
          break;
        }
        return n;
      }
      parseAdditive() {
        let e = this.inputIndex, n = this.parseMultiplicative();
        for (; this.next.type == m.Operator; ) {
          let s = this.next.strValue;
          switch (s) {
            case "+":
            case "-":
              this.advance();
              let r = this.parseMultiplicative();
              n = new k(this.span(e), this.sourceSpan(e), s, n, r);
              continue;
          }
          break;
        }
        return n;
      }
      parseMultiplicative() {
        let e = this.inputIndex, n = this.parseExponentiation();
        for (; this.next.type == m.Operator; ) {
          let s = this.next.strValue;
          switch (s) {
            case "*":
            case "%":
            case "/":
              this.advance();
              let r = this.parseExponentiation();
              n = new k(this.span(e), this.sourceSpan(e), s, n, r);
              continue;
          }
          break;
        }
        return n;
      }
      parseExponentiation() {
        let e = this.inputIndex, n = this.parsePrefix();
        for (; this.next.type == m.Operator && this.next.strValue === "**"; ) {
          (n instanceof Me || n instanceof it || n instanceof ot || n instanceof at) && this.error("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence"), this.advance();
          let s = this.parseExponentiation();
          n = new k(this.span(e), this.sourceSpan(e), "**", n, s);
        }
        return n;
      }
      parsePrefix() {
        if (this.next.type == m.Operator) {
          let e = this.inputIndex, n = this.next.strValue, s;
          switch (n) {
            case "+":
              return this.advance(), s = this.parsePrefix(), Me.createPlus(this.span(e), this.sourceSpan(e), s);
            case "-":
              return this.advance(), s = this.parsePrefix(), Me.createMinus(this.span(e), this.sourceSpan(e), s);
            case "!":
              return this.advance(), s = this.parsePrefix(), new it(this.span(e), this.sourceSpan(e), s);
          }
        } else if (this.next.isKeywordTypeof()) {
          let e = this.inputIndex;
          this.advance();
          let n = this.parsePrefix();
          return new ot(this.span(e), this.sourceSpan(e), n);
        } else if (this.next.isKeywordVoid()) {
          let e = this.inputIndex;
          this.advance();
          let n = this.parsePrefix();
          return new at(this.span(e), this.sourceSpan(e), n);
        }
        return this.parseCallChain();
      }
      parseCallChain() {
        let e = this.inputIndex, n = this.parsePrimary();
        for (; ; ) if (this.consumeOptionalCharacter(Q)) n = this.parseAccessMember(n, e, false);
        else if (this.consumeOptionalOperator("?.")) this.consumeOptionalCharacter(K) ? n = this.parseCall(n, e, true) : n = this.consumeOptionalCharacter(pe) ? this.parseKeyedReadOrWrite(n, e, true) : this.parseAccessMember(n, e, true);
        else if (this.consumeOptionalCharacter(pe)) n = this.parseKeyedReadOrWrite(n, e, false);
        else if (this.consumeOptionalCharacter(K)) n = this.parseCall(n, e, false);
        else if (this.consumeOptionalOperator("!")) n = new ln(this.span(e), this.sourceSpan(e), n);
        else if (this.next.isTemplateLiteralEnd()) n = this.parseNoInterpolationTaggedTemplateLiteral(n, e);
        else if (this.next.isTemplateLiteralPart()) n = this.parseTaggedTemplateLiteral(n, e);
        else return n;
      }
      parsePrimary() {
        let e = this.inputIndex;
        if (this.isArrowFunction()) return this.parseArrowFunction(e);
        if (this.consumeOptionalCharacter(K)) {
          this.rparensExpected++;
          let n = this.parsePipe();
          return this.consumeOptionalCharacter(M) || (this.error("Missing closing parentheses"), this.consumeOptionalCharacter(M)), this.rparensExpected--, new Ve(this.span(e), this.sourceSpan(e), n);
        } else {
          if (this.next.isKeywordNull()) return this.advance(), new B(this.span(e), this.sourceSpan(e), null);
          if (this.next.isKeywordUndefined()) return this.advance(), new B(this.span(e), this.sourceSpan(e), void 0);
          if (this.next.isKeywordTrue()) return this.advance(), new B(this.span(e), this.sourceSpan(e), true);
          if (this.next.isKeywordFalse()) return this.advance(), new B(this.span(e), this.sourceSpan(e), false);
          if (this.next.isKeywordThis()) return this.advance(), new Kt(this.span(e), this.sourceSpan(e));
          if (this.consumeOptionalCharacter(pe)) return this.parseLiteralArray(e);
          if (this.next.isCharacter(Pe)) return this.parseLiteralMap();
          if (this.next.isIdentifier()) return this.parseAccessMember(new me(this.span(e), this.sourceSpan(e)), e, false);
          if (this.next.isNumber()) {
            let n = this.next.toNumber();
            return this.advance(), new B(this.span(e), this.sourceSpan(e), n);
          } else {
            if (this.next.isTemplateLiteralEnd()) return this.parseNoInterpolationTemplateLiteral();
            if (this.next.isTemplateLiteralPart()) return this.parseTemplateLiteral();
            if (this.next.isString() && this.next.kind === z.Plain) {
              let n = this.next.toString();
              return this.advance(), new B(this.span(e), this.sourceSpan(e), n);
            } else return this.next.isPrivateIdentifier() ? (this._reportErrorForPrivateIdentifier(this.next, null), new L(this.span(e), this.sourceSpan(e))) : this.next.isRegExpBody() ? this.parseRegularExpressionLiteral() : this.index >= this.tokens.length ? (this.error(`Unexpected end of expression: ${this.input}`), new L(this.span(e), this.sourceSpan(e))) : (this.error(`Unexpected token ${this.next}`), new L(this.span(e), this.sourceSpan(e)));
          }
        }
      }
      parseLiteralArray(e) {
        this.rbracketsExpected++;
        let n = [];
        do
          if (this.next.isOperator("...")) n.push(this.parseSpreadElement());
          else if (!this.next.isCharacter(se)) n.push(this.parsePipe());
          else break;
        while (this.consumeOptionalCharacter(H));
        return this.rbracketsExpected--, this.expectCharacter(se), new rn(this.span(e), this.sourceSpan(e), n);
      }
      parseLiteralMap() {
        let e = [], n = [], s = this.inputIndex;
        if (this.expectCharacter(Pe), !this.consumeOptionalCharacter(ee)) {
          this.rbracesExpected++;
          do {
            let r = this.inputIndex;
            if (this.next.isOperator("...")) {
              this.advance(), e.push({ kind: "spread", span: this.span(r), sourceSpan: this.sourceSpan(r) }), n.push(this.parsePipe());
              continue;
            }
            let i = this.next.isString(), l = this.expectIdentifierOrKeywordOrString(), c = this.span(r), f = this.sourceSpan(r), d = { kind: "property", key: l, quoted: i, span: c, sourceSpan: f };
            e.push(d), i ? (this.expectCharacter(Z), n.push(this.parsePipe())) : this.consumeOptionalCharacter(Z) ? n.push(this.parsePipe()) : (d.isShorthandInitialized = true, n.push(new Le(c, f, f, new me(c, f), l)));
          } while (this.consumeOptionalCharacter(H) && !this.next.isCharacter(ee));
          this.rbracesExpected--, this.expectCharacter(ee);
        }
        return new an(this.span(s), this.sourceSpan(s), e, n);
      }
      parseAccessMember(e, n, s) {
        let r = this.inputIndex, i = this.withContext(ue.Writable, () => {
          let c = this.expectIdentifierOrKeyword() ?? "";
          return c.length === 0 && this.error("Expected identifier for property access", e.span.end), c;
        }), l = this.sourceSpan(r);
        if (s) return this.isAssignmentOperator(this.next) ? (this.advance(), this.error("The '?.' operator cannot be used in the assignment"), new L(this.span(n), this.sourceSpan(n))) : new tn(this.span(n), this.sourceSpan(n), l, e, i);
        if (this.isAssignmentOperator(this.next)) {
          let c = this.next.strValue;
          if (!(this.parseFlags & 1)) return this.advance(), this.error("Bindings cannot contain assignments"), new L(this.span(n), this.sourceSpan(n));
          let f = new Le(this.span(n), this.sourceSpan(n), l, e, i);
          this.advance();
          let d = this.parseConditional();
          return new k(this.span(n), this.sourceSpan(n), c, f, d);
        } else return new Le(this.span(n), this.sourceSpan(n), l, e, i);
      }
      parseCall(e, n, s) {
        let r = this.inputIndex;
        this.rparensExpected++;
        let i = this.parseCallArguments(), l = this.span(r, this.inputIndex).toAbsolute(this.absoluteOffset);
        this.expectCharacter(M), this.rparensExpected--;
        let c = this.span(n), f = this.sourceSpan(n);
        return s ? new cn(c, f, e, i, l) : new lt(c, f, e, i, l);
      }
      parseCallArguments() {
        if (this.next.isCharacter(M)) return [];
        let e = [];
        do
          e.push(this.next.isOperator("...") ? this.parseSpreadElement() : this.parsePipe());
        while (this.consumeOptionalCharacter(H));
        return e;
      }
      parseSpreadElement() {
        this.next.isOperator("...") || this.error("Spread element must start with '...' operator");
        let e = this.inputIndex;
        this.advance();
        let n = this.parsePipe(), s = this.span(e), r = this.sourceSpan(e);
        return new on(s, r, n);
      }
      expectTemplateBindingKey() {
        let e = "", n = false, s = this.currentAbsoluteOffset;
        do
          e += this.expectIdentifierOrKeywordOrString(), n = this.consumeOptionalOperator("-"), n && (e += "-");
        while (n);
        return { source: e, span: new V(s, s + e.length) };
      }
      parseTemplateBindings(e) {
        let n = [];
        for (n.push(...this.parseDirectiveKeywordBindings(e)); this.index < this.tokens.length; ) {
          let s = this.parseLetBinding();
          if (s) n.push(s);
          else {
            let r = this.expectTemplateBindingKey(), i = this.parseAsBinding(r);
            i ? n.push(i) : (r.source = e.source + r.source.charAt(0).toUpperCase() + r.source.substring(1), n.push(...this.parseDirectiveKeywordBindings(r)));
          }
          this.consumeStatementTerminator();
        }
        return new Sn(n, [], this.errors);
      }
      parseKeyedReadOrWrite(e, n, s) {
        return this.withContext(ue.Writable, () => {
          this.rbracketsExpected++;
          let r = this.parsePipe();
          if (r instanceof L && this.error("Key access cannot be empty"), this.rbracketsExpected--, this.expectCharacter(se), this.isAssignmentOperator(this.next)) {
            let i = this.next.strValue;
            if (s) this.advance(), this.error("The '?.' operator cannot be used in the assignment");
            else {
              let l = new rt(this.span(n), this.sourceSpan(n), e, r);
              this.advance();
              let c = this.parseConditional();
              return new k(this.span(n), this.sourceSpan(n), i, l, c);
            }
          } else return s ? new nn(this.span(n), this.sourceSpan(n), e, r) : new rt(this.span(n), this.sourceSpan(n), e, r);
          return new L(this.span(n), this.sourceSpan(n));
        });
      }
      parseDirectiveKeywordBindings(e) {
        let n = [];
        this.consumeOptionalCharacter(Z);
        let s = this.getDirectiveBoundTarget(), r = this.currentAbsoluteOffset, i = this.parseAsBinding(e);
        i || (this.consumeStatementTerminator(), r = this.currentAbsoluteOffset);
        let l = new V(e.span.start, r);
        return n.push(new qe(l, e, s)), i && n.push(i), n;
      }
      getDirectiveBoundTarget() {
        if (this.next === Ne || this.peekKeywordAs() || this.peekKeywordLet()) return null;
        let e = this.parsePipe(), { start: n, end: s } = e.span, r = this.input.substring(n, s);
        return new j(e, r, W(this.parseSourceSpan), this.absoluteOffset + n, this.errors);
      }
      parseAsBinding(e) {
        if (!this.peekKeywordAs()) return null;
        this.advance();
        let n = this.expectTemplateBindingKey();
        this.consumeStatementTerminator();
        let s = new V(e.span.start, this.currentAbsoluteOffset);
        return new ge(s, n, e);
      }
      parseLetBinding() {
        if (!this.peekKeywordLet()) return null;
        let e = this.currentAbsoluteOffset;
        this.advance();
        let n = this.expectTemplateBindingKey(), s = null;
        this.consumeOptionalOperator("=") && (s = this.expectTemplateBindingKey()), this.consumeStatementTerminator();
        let r = new V(e, this.currentAbsoluteOffset);
        return new ge(r, n, s);
      }
      parseNoInterpolationTaggedTemplateLiteral(e, n) {
        let s = this.parseNoInterpolationTemplateLiteral();
        return new ct(this.span(n), this.sourceSpan(n), e, s);
      }
      parseNoInterpolationTemplateLiteral() {
        let e = this.next.strValue, n = this.inputIndex;
        this.advance();
        let s = this.span(n), r = this.sourceSpan(n);
        return new ut(s, r, [new pt(s, r, e)], []);
      }
      parseTaggedTemplateLiteral(e, n) {
        let s = this.parseTemplateLiteral();
        return new ct(this.span(n), this.sourceSpan(n), e, s);
      }
      parseTemplateLiteral() {
        let e = [], n = [], s = this.inputIndex;
        for (; this.next !== Ne; ) {
          let r = this.next;
          if (r.isTemplateLiteralPart() || r.isTemplateLiteralEnd()) {
            let i = this.inputIndex;
            if (this.advance(), e.push(new pt(this.span(i), this.sourceSpan(i), r.strValue)), r.isTemplateLiteralEnd()) break;
          } else if (r.isTemplateLiteralInterpolationStart()) {
            this.advance(), this.rbracesExpected++;
            let i = this.parsePipe();
            i instanceof L && this.error("Template literal interpolation cannot be empty"), n.push(i), this.expectCharacter(ee), this.rbracesExpected--;
          } else r.isError() ? (this.errors.push(re(r.toString(), this.input, this.getErrorLocationText(this.index), this.parseSourceSpan)), this.advance()) : this.advance();
        }
        return new ut(this.span(s), this.sourceSpan(s), e, n);
      }
      parseRegularExpressionLiteral() {
        let e = this.next;
        if (this.advance(), !e.isRegExpBody()) return new L(this.span(this.inputIndex), this.sourceSpan(this.inputIndex));
        let n = null;
        if (this.next.isRegExpFlags()) {
          n = this.next, this.advance();
          let i = /* @__PURE__ */ new Set();
          for (let l = 0; l < n.strValue.length; l++) {
            let c = n.strValue[l];
            Us.has(c) ? i.has(c) ? this.error(`Duplicate regular expression flag "${c}"`, n.index + l) : i.add(c) : this.error(`Unsupported regular expression flag "${c}". The supported flags are: ` + Array.from(Us, (f) => `"${f}"`).join(", "), n.index + l);
          }
        }
        let s = e.index, r = n ? n.end : e.end;
        return new hn(this.span(s, r), this.sourceSpan(s, r), e.strValue, n ? n.strValue : null);
      }
      parseArrowFunction(e) {
        let n;
        if (this.next.isIdentifier()) {
          let r = this.next;
          this.advance(), n = [this.getArrowFunctionIdentifierArg(r)];
        } else this.next.isCharacter(K) ? (this.rparensExpected++, this.advance(), n = this.parseArrowFunctionParameters(), this.rparensExpected--) : (n = [], this.error(`Unexpected token ${this.next}`));
        this.expectOperator("=>");
        let s;
        if (this.next.isCharacter(Pe)) this.error("Multi-line arrow functions are not supported. If you meant to return an object literal, wrap it with parentheses."), s = new L(this.span(e), this.sourceSpan(e));
        else {
          let r = this.parseFlags;
          this.parseFlags = 1, s = this.parseExpression(), this.parseFlags = r;
        }
        return new pn(this.span(e), this.sourceSpan(e), n, s);
      }
      parseArrowFunctionParameters() {
        let e = [];
        if (!this.consumeOptionalCharacter(M)) for (; this.next !== Ne; ) if (this.next.isIdentifier()) {
          let n = this.next;
          if (this.advance(), e.push(this.getArrowFunctionIdentifierArg(n)), this.consumeOptionalCharacter(M)) break;
          this.expectCharacter(H);
        } else {
          this.error(`Unexpected token ${this.next}`);
          break;
        }
        return e;
      }
      getArrowFunctionIdentifierArg(e) {
        return new un(e.strValue, this.span(e.index), this.sourceSpan(e.index));
      }
      isArrowFunction() {
        let e = this.index, n = this.tokens;
        if (e > n.length - 2) return false;
        if (n[e].isIdentifier() && n[e + 1].isOperator("=>")) return true;
        if (n[e].isCharacter(K)) {
          let s = e + 1;
          for (s; s < n.length && !(!n[s].isIdentifier() && !n[s].isCharacter(H)); s++) ;
          return s < n.length - 1 && n[s].isCharacter(M) && n[s + 1].isOperator("=>");
        }
        return false;
      }
      consumeStatementTerminator() {
        this.consumeOptionalCharacter(De) || this.consumeOptionalCharacter(H);
      }
      error(e, n = this.index) {
        this.errors.push(re(e, this.input, this.getErrorLocationText(n), this.parseSourceSpan)), this.skip();
      }
      getErrorLocationText(e) {
        return e < this.tokens.length ? `at column ${this.tokens[e].index + 1} in` : "at the end of the expression";
      }
      _reportErrorForPrivateIdentifier(e, n) {
        let s = `Private identifiers are not supported. Unexpected private identifier: ${e}`;
        n !== null && (s += `, ${n}`), this.error(s);
      }
      skip() {
        let e = this.next;
        for (; this.index < this.tokens.length && !e.isCharacter(De) && !e.isOperator("|") && (this.rparensExpected <= 0 || !e.isCharacter(M)) && (this.rbracesExpected <= 0 || !e.isCharacter(ee)) && (this.rbracketsExpected <= 0 || !e.isCharacter(se)) && (!(this.context & ue.Writable) || !this.isAssignmentOperator(e)); ) this.next.isError() && this.errors.push(re(this.next.toString(), this.input, this.getErrorLocationText(this.next.index), this.parseSourceSpan)), this.advance(), e = this.next;
      }
    };
    yn = class extends fn {
      errors = [];
      visitPipe() {
        this.errors.push("pipes");
      }
    };
    Go = "svg";
    Xo = "math";
    En = class {
    };
    Jo = "boolean";
    Qo = "number";
    Yo = "string";
    Ko = "object";
    Zo = ["[Element]|textContent,%ariaActiveDescendantElement,%ariaAtomic,%ariaAutoComplete,%ariaBusy,%ariaChecked,%ariaColCount,%ariaColIndex,%ariaColIndexText,%ariaColSpan,%ariaControlsElements,%ariaCurrent,%ariaDescribedByElements,%ariaDescription,%ariaDetailsElements,%ariaDisabled,%ariaErrorMessageElements,%ariaExpanded,%ariaFlowToElements,%ariaHasPopup,%ariaHidden,%ariaInvalid,%ariaKeyShortcuts,%ariaLabel,%ariaLabelledByElements,%ariaLevel,%ariaLive,%ariaModal,%ariaMultiLine,%ariaMultiSelectable,%ariaOrientation,%ariaOwnsElements,%ariaPlaceholder,%ariaPosInSet,%ariaPressed,%ariaReadOnly,%ariaRelevant,%ariaRequired,%ariaRoleDescription,%ariaRowCount,%ariaRowIndex,%ariaRowIndexText,%ariaRowSpan,%ariaSelected,%ariaSetSize,%ariaSort,%ariaValueMax,%ariaValueMin,%ariaValueNow,%ariaValueText,%classList,className,elementTiming,id,innerHTML,*beforecopy,*beforecut,*beforepaste,*fullscreenchange,*fullscreenerror,*search,*webkitfullscreenchange,*webkitfullscreenerror,outerHTML,%part,#scrollLeft,#scrollTop,slot,*message,*mozfullscreenchange,*mozfullscreenerror,*mozpointerlockchange,*mozpointerlockerror,*webglcontextcreationerror,*webglcontextlost,*webglcontextrestored", "[HTMLElement]^[Element]|accessKey,autocapitalize,!autofocus,contentEditable,dir,!draggable,enterKeyHint,!hidden,!inert,innerText,inputMode,lang,nonce,*abort,*animationend,*animationiteration,*animationstart,*auxclick,*beforexrselect,*blur,*cancel,*canplay,*canplaythrough,*change,*click,*close,*contextmenu,*copy,*cuechange,*cut,*dblclick,*drag,*dragend,*dragenter,*dragleave,*dragover,*dragstart,*drop,*durationchange,*emptied,*ended,*error,*focus,*formdata,*gotpointercapture,*input,*invalid,*keydown,*keypress,*keyup,*load,*loadeddata,*loadedmetadata,*loadstart,*lostpointercapture,*mousedown,*mouseenter,*mouseleave,*mousemove,*mouseout,*mouseover,*mouseup,*mousewheel,*paste,*pause,*play,*playing,*pointercancel,*pointerdown,*pointerenter,*pointerleave,*pointermove,*pointerout,*pointerover,*pointerrawupdate,*pointerup,*progress,*ratechange,*reset,*resize,*scroll,*securitypolicyviolation,*seeked,*seeking,*select,*selectionchange,*selectstart,*slotchange,*stalled,*submit,*suspend,*timeupdate,*toggle,*transitioncancel,*transitionend,*transitionrun,*transitionstart,*volumechange,*waiting,*webkitanimationend,*webkitanimationiteration,*webkitanimationstart,*webkittransitionend,*wheel,outerText,popover,!spellcheck,%style,#tabIndex,title,!translate,virtualKeyboardPolicy", "abbr,address,article,aside,b,bdi,bdo,cite,content,code,dd,dfn,dt,em,figcaption,figure,footer,header,hgroup,i,kbd,main,mark,nav,noscript,rb,rp,rt,rtc,ruby,s,samp,search,section,small,strong,sub,sup,u,var,wbr^[HTMLElement]|accessKey,autocapitalize,!autofocus,contentEditable,dir,!draggable,enterKeyHint,!hidden,innerText,inputMode,lang,nonce,*abort,*animationend,*animationiteration,*animationstart,*auxclick,*beforexrselect,*blur,*cancel,*canplay,*canplaythrough,*change,*click,*close,*contextmenu,*copy,*cuechange,*cut,*dblclick,*drag,*dragend,*dragenter,*dragleave,*dragover,*dragstart,*drop,*durationchange,*emptied,*ended,*error,*focus,*formdata,*gotpointercapture,*input,*invalid,*keydown,*keypress,*keyup,*load,*loadeddata,*loadedmetadata,*loadstart,*lostpointercapture,*mousedown,*mouseenter,*mouseleave,*mousemove,*mouseout,*mouseover,*mouseup,*mousewheel,*paste,*pause,*play,*playing,*pointercancel,*pointerdown,*pointerenter,*pointerleave,*pointermove,*pointerout,*pointerover,*pointerrawupdate,*pointerup,*progress,*ratechange,*reset,*resize,*scroll,*securitypolicyviolation,*seeked,*seeking,*select,*selectionchange,*selectstart,*slotchange,*stalled,*submit,*suspend,*timeupdate,*toggle,*transitioncancel,*transitionend,*transitionrun,*transitionstart,*volumechange,*waiting,*webkitanimationend,*webkitanimationiteration,*webkitanimationstart,*webkittransitionend,*wheel,outerText,!spellcheck,%style,#tabIndex,title,!translate,virtualKeyboardPolicy", "media^[HTMLElement]|!autoplay,!controls,%controlsList,%crossOrigin,#currentTime,!defaultMuted,#defaultPlaybackRate,!disableRemotePlayback,!loop,!muted,*encrypted,*waitingforkey,#playbackRate,preload,!preservesPitch,src,%srcObject,#volume", ":svg:^[HTMLElement]|!autofocus,nonce,*abort,*animationend,*animationiteration,*animationstart,*auxclick,*beforexrselect,*blur,*cancel,*canplay,*canplaythrough,*change,*click,*close,*contextmenu,*copy,*cuechange,*cut,*dblclick,*drag,*dragend,*dragenter,*dragleave,*dragover,*dragstart,*drop,*durationchange,*emptied,*ended,*error,*focus,*formdata,*gotpointercapture,*input,*invalid,*keydown,*keypress,*keyup,*load,*loadeddata,*loadedmetadata,*loadstart,*lostpointercapture,*mousedown,*mouseenter,*mouseleave,*mousemove,*mouseout,*mouseover,*mouseup,*mousewheel,*paste,*pause,*play,*playing,*pointercancel,*pointerdown,*pointerenter,*pointerleave,*pointermove,*pointerout,*pointerover,*pointerrawupdate,*pointerup,*progress,*ratechange,*reset,*resize,*scroll,*securitypolicyviolation,*seeked,*seeking,*select,*selectionchange,*selectstart,*slotchange,*stalled,*submit,*suspend,*timeupdate,*toggle,*transitioncancel,*transitionend,*transitionrun,*transitionstart,*volumechange,*waiting,*webkitanimationend,*webkitanimationiteration,*webkitanimationstart,*webkittransitionend,*wheel,%style,#tabIndex", ":svg:graphics^:svg:|", ":svg:animation^:svg:|*begin,*end,*repeat", ":svg:geometry^:svg:|", ":svg:componentTransferFunction^:svg:|", ":svg:gradient^:svg:|", ":svg:textContent^:svg:graphics|", ":svg:textPositioning^:svg:textContent|", "a^[HTMLElement]|charset,coords,download,hash,host,hostname,href,hreflang,name,password,pathname,ping,port,protocol,referrerPolicy,rel,%relList,rev,search,shape,target,text,type,username", "area^[HTMLElement]|alt,coords,download,hash,host,hostname,href,!noHref,password,pathname,ping,port,protocol,referrerPolicy,rel,%relList,search,shape,target,username", "audio^media|", "br^[HTMLElement]|clear", "base^[HTMLElement]|href,target", "body^[HTMLElement]|aLink,background,bgColor,link,*afterprint,*beforeprint,*beforeunload,*blur,*error,*focus,*hashchange,*languagechange,*load,*message,*messageerror,*offline,*online,*pagehide,*pageshow,*popstate,*rejectionhandled,*resize,*scroll,*storage,*unhandledrejection,*unload,text,vLink", "button^[HTMLElement]|!disabled,formAction,formEnctype,formMethod,!formNoValidate,formTarget,name,popoverTargetAction,%popoverTargetElement,type,value", "canvas^[HTMLElement]|#height,#width", "content^[HTMLElement]|select", "dl^[HTMLElement]|!compact", "data^[HTMLElement]|value", "datalist^[HTMLElement]|", "details^[HTMLElement]|!open", "dialog^[HTMLElement]|!open,returnValue", "dir^[HTMLElement]|!compact", "div^[HTMLElement]|align", "embed^[HTMLElement]|align,height,name,src,type,width", "fieldset^[HTMLElement]|!disabled,name", "font^[HTMLElement]|color,face,size", "form^[HTMLElement]|acceptCharset,action,autocomplete,encoding,enctype,method,name,!noValidate,target", "frame^[HTMLElement]|frameBorder,longDesc,marginHeight,marginWidth,name,!noResize,scrolling,src", "frameset^[HTMLElement]|cols,*afterprint,*beforeprint,*beforeunload,*blur,*error,*focus,*hashchange,*languagechange,*load,*message,*messageerror,*offline,*online,*pagehide,*pageshow,*popstate,*rejectionhandled,*resize,*scroll,*storage,*unhandledrejection,*unload,rows", "geolocation^[HTMLElement]|accuracymode,!autolocate,*location,*promptaction,*promptdismiss,*validationstatuschange,!watch", "hr^[HTMLElement]|align,color,!noShade,size,width", "head^[HTMLElement]|", "h1,h2,h3,h4,h5,h6^[HTMLElement]|align", "html^[HTMLElement]|version", "iframe^[HTMLElement]|align,allow,!allowFullscreen,!allowPaymentRequest,csp,!credentialless,frameBorder,height,loading,longDesc,marginHeight,marginWidth,name,referrerPolicy,%sandbox,scrolling,src,srcdoc,width", "img^[HTMLElement]|align,alt,border,%crossOrigin,decoding,#height,#hspace,!isMap,loading,longDesc,lowsrc,name,referrerPolicy,sizes,src,srcset,useMap,#vspace,#width", "input^[HTMLElement]|accept,align,alt,autocomplete,!checked,!defaultChecked,defaultValue,dirName,!disabled,%files,formAction,formEnctype,formMethod,!formNoValidate,formTarget,#height,!incremental,!indeterminate,max,#maxLength,min,#minLength,!multiple,name,pattern,placeholder,popoverTargetAction,%popoverTargetElement,!readOnly,!required,selectionDirection,#selectionEnd,#selectionStart,#size,src,step,type,useMap,value,%valueAsDate,#valueAsNumber,#width", "li^[HTMLElement]|type,#value", "label^[HTMLElement]|htmlFor", "legend^[HTMLElement]|align", "link^[HTMLElement]|as,charset,%crossOrigin,!disabled,href,hreflang,imageSizes,imageSrcset,integrity,media,referrerPolicy,rel,%relList,rev,%sizes,target,type", "map^[HTMLElement]|name", "marquee^[HTMLElement]|behavior,bgColor,direction,height,#hspace,#loop,#scrollAmount,#scrollDelay,!trueSpeed,#vspace,width", "menu^[HTMLElement]|!compact", "meta^[HTMLElement]|content,httpEquiv,media,name,scheme", "meter^[HTMLElement]|#high,#low,#max,#min,#optimum,#value", "ins,del^[HTMLElement]|cite,dateTime", "ol^[HTMLElement]|!compact,!reversed,#start,type", "object^[HTMLElement]|align,archive,border,code,codeBase,codeType,data,!declare,height,#hspace,name,standby,type,useMap,#vspace,width", "optgroup^[HTMLElement]|!disabled,label", "option^[HTMLElement]|!defaultSelected,!disabled,label,!selected,text,value", "output^[HTMLElement]|defaultValue,%htmlFor,name,value", "p^[HTMLElement]|align", "param^[HTMLElement]|name,type,value,valueType", "picture^[HTMLElement]|", "pre^[HTMLElement]|#width", "progress^[HTMLElement]|#max,#value", "q,blockquote,cite^[HTMLElement]|", "script^[HTMLElement]|!async,charset,%crossOrigin,!defer,event,htmlFor,integrity,!noModule,%referrerPolicy,src,text,type", "select^[HTMLElement]|autocomplete,!disabled,#length,!multiple,name,!required,#selectedIndex,#size,value", "selectedcontent^[HTMLElement]|", "slot^[HTMLElement]|name", "source^[HTMLElement]|#height,media,sizes,src,srcset,type,#width", "span^[HTMLElement]|", "style^[HTMLElement]|!disabled,media,type", "search^[HTMLELement]|", "caption^[HTMLElement]|align", "th,td^[HTMLElement]|abbr,align,axis,bgColor,ch,chOff,#colSpan,headers,height,!noWrap,#rowSpan,scope,vAlign,width", "col,colgroup^[HTMLElement]|align,ch,chOff,#span,vAlign,width", "table^[HTMLElement]|align,bgColor,border,%caption,cellPadding,cellSpacing,frame,rules,summary,%tFoot,%tHead,width", "tr^[HTMLElement]|align,bgColor,ch,chOff,vAlign", "tfoot,thead,tbody^[HTMLElement]|align,ch,chOff,vAlign", "template^[HTMLElement]|", "textarea^[HTMLElement]|autocomplete,#cols,defaultValue,dirName,!disabled,#maxLength,#minLength,name,placeholder,!readOnly,!required,#rows,selectionDirection,#selectionEnd,#selectionStart,value,wrap", "time^[HTMLElement]|dateTime", "title^[HTMLElement]|text", "track^[HTMLElement]|!default,kind,label,src,srclang", "ul^[HTMLElement]|!compact,type", "unknown^[HTMLElement]|", "video^media|!disablePictureInPicture,#height,*enterpictureinpicture,*leavepictureinpicture,!playsInline,poster,#width", ":svg:a^:svg:graphics|", ":svg:animate^:svg:animation|", ":svg:animateMotion^:svg:animation|", ":svg:animateTransform^:svg:animation|", ":svg:circle^:svg:geometry|", ":svg:clipPath^:svg:graphics|", ":svg:defs^:svg:graphics|", ":svg:desc^:svg:|", ":svg:discard^:svg:|", ":svg:ellipse^:svg:geometry|", ":svg:feBlend^:svg:|", ":svg:feColorMatrix^:svg:|", ":svg:feComponentTransfer^:svg:|", ":svg:feComposite^:svg:|", ":svg:feConvolveMatrix^:svg:|", ":svg:feDiffuseLighting^:svg:|", ":svg:feDisplacementMap^:svg:|", ":svg:feDistantLight^:svg:|", ":svg:feDropShadow^:svg:|", ":svg:feFlood^:svg:|", ":svg:feFuncA^:svg:componentTransferFunction|", ":svg:feFuncB^:svg:componentTransferFunction|", ":svg:feFuncG^:svg:componentTransferFunction|", ":svg:feFuncR^:svg:componentTransferFunction|", ":svg:feGaussianBlur^:svg:|", ":svg:feImage^:svg:|", ":svg:feMerge^:svg:|", ":svg:feMergeNode^:svg:|", ":svg:feMorphology^:svg:|", ":svg:feOffset^:svg:|", ":svg:fePointLight^:svg:|", ":svg:feSpecularLighting^:svg:|", ":svg:feSpotLight^:svg:|", ":svg:feTile^:svg:|", ":svg:feTurbulence^:svg:|", ":svg:filter^:svg:|", ":svg:foreignObject^:svg:graphics|", ":svg:g^:svg:graphics|", ":svg:image^:svg:graphics|decoding", ":svg:line^:svg:geometry|", ":svg:linearGradient^:svg:gradient|", ":svg:mpath^:svg:|", ":svg:marker^:svg:|", ":svg:mask^:svg:|", ":svg:metadata^:svg:|", ":svg:path^:svg:geometry|", ":svg:pattern^:svg:|", ":svg:polygon^:svg:geometry|", ":svg:polyline^:svg:geometry|", ":svg:radialGradient^:svg:gradient|", ":svg:rect^:svg:geometry|", ":svg:svg^:svg:graphics|#currentScale,#zoomAndPan", ":svg:script^:svg:|type", ":svg:set^:svg:animation|", ":svg:stop^:svg:|", ":svg:style^:svg:|!disabled,media,title,type", ":svg:switch^:svg:graphics|", ":svg:symbol^:svg:|", ":svg:tspan^:svg:textPositioning|", ":svg:text^:svg:textPositioning|", ":svg:textPath^:svg:textContent|", ":svg:title^:svg:|", ":svg:use^:svg:graphics|", ":svg:view^:svg:|#zoomAndPan", "data^[HTMLElement]|value", "keygen^[HTMLElement]|!autofocus,challenge,!disabled,form,keytype,name", "menuitem^[HTMLElement]|type,label,icon,!disabled,!checked,radiogroup,!default", "summary^[HTMLElement]|", "time^[HTMLElement]|dateTime", ":svg:cursor^:svg:|", ":math:^[HTMLElement]|!autofocus,nonce,*abort,*animationend,*animationiteration,*animationstart,*auxclick,*beforeinput,*beforematch,*beforetoggle,*beforexrselect,*blur,*cancel,*canplay,*canplaythrough,*change,*click,*close,*contentvisibilityautostatechange,*contextlost,*contextmenu,*contextrestored,*copy,*cuechange,*cut,*dblclick,*drag,*dragend,*dragenter,*dragleave,*dragover,*dragstart,*drop,*durationchange,*emptied,*ended,*error,*focus,*formdata,*gotpointercapture,*input,*invalid,*keydown,*keypress,*keyup,*load,*loadeddata,*loadedmetadata,*loadstart,*lostpointercapture,*mousedown,*mouseenter,*mouseleave,*mousemove,*mouseout,*mouseover,*mouseup,*mousewheel,*paste,*pause,*play,*playing,*pointercancel,*pointerdown,*pointerenter,*pointerleave,*pointermove,*pointerout,*pointerover,*pointerrawupdate,*pointerup,*progress,*ratechange,*reset,*resize,*scroll,*scrollend,*securitypolicyviolation,*seeked,*seeking,*select,*selectionchange,*selectstart,*slotchange,*stalled,*submit,*suspend,*timeupdate,*toggle,*transitioncancel,*transitionend,*transitionrun,*transitionstart,*volumechange,*waiting,*webkitanimationend,*webkitanimationiteration,*webkitanimationstart,*webkittransitionend,*wheel,%style,#tabIndex", ":math:math^:math:|", ":math:maction^:math:|", ":math:menclose^:math:|", ":math:merror^:math:|", ":math:mfenced^:math:|", ":math:mfrac^:math:|", ":math:mi^:math:|", ":math:mmultiscripts^:math:|", ":math:mn^:math:|", ":math:mo^:math:|", ":math:mover^:math:|", ":math:mpadded^:math:|", ":math:mphantom^:math:|", ":math:mroot^:math:|", ":math:mrow^:math:|", ":math:ms^:math:|", ":math:mspace^:math:|", ":math:msqrt^:math:|", ":math:mstyle^:math:|", ":math:msub^:math:|", ":math:msubsup^:math:|", ":math:msup^:math:|", ":math:mtable^:math:|", ":math:mtd^:math:|", ":math:mtext^:math:|", ":math:mtr^:math:|", ":math:munder^:math:|", ":math:munderover^:math:|", ":math:semantics^:math:|"];
    hr = new Map(Object.entries({ class: "className", for: "htmlFor", formaction: "formAction", innerHtml: "innerHTML", readonly: "readOnly", tabindex: "tabIndex", "aria-activedescendant": "ariaActiveDescendantElement", "aria-atomic": "ariaAtomic", "aria-autocomplete": "ariaAutoComplete", "aria-busy": "ariaBusy", "aria-checked": "ariaChecked", "aria-colcount": "ariaColCount", "aria-colindex": "ariaColIndex", "aria-colindextext": "ariaColIndexText", "aria-colspan": "ariaColSpan", "aria-controls": "ariaControlsElements", "aria-current": "ariaCurrent", "aria-describedby": "ariaDescribedByElements", "aria-description": "ariaDescription", "aria-details": "ariaDetailsElements", "aria-disabled": "ariaDisabled", "aria-errormessage": "ariaErrorMessageElements", "aria-expanded": "ariaExpanded", "aria-flowto": "ariaFlowToElements", "aria-haspopup": "ariaHasPopup", "aria-hidden": "ariaHidden", "aria-invalid": "ariaInvalid", "aria-keyshortcuts": "ariaKeyShortcuts", "aria-label": "ariaLabel", "aria-labelledby": "ariaLabelledByElements", "aria-level": "ariaLevel", "aria-live": "ariaLive", "aria-modal": "ariaModal", "aria-multiline": "ariaMultiLine", "aria-multiselectable": "ariaMultiSelectable", "aria-orientation": "ariaOrientation", "aria-owns": "ariaOwnsElements", "aria-placeholder": "ariaPlaceholder", "aria-posinset": "ariaPosInSet", "aria-pressed": "ariaPressed", "aria-readonly": "ariaReadOnly", "aria-required": "ariaRequired", "aria-roledescription": "ariaRoleDescription", "aria-rowcount": "ariaRowCount", "aria-rowindex": "ariaRowIndex", "aria-rowindextext": "ariaRowIndexText", "aria-rowspan": "ariaRowSpan", "aria-selected": "ariaSelected", "aria-setsize": "ariaSetSize", "aria-sort": "ariaSort", "aria-valuemax": "ariaValueMax", "aria-valuemin": "ariaValueMin", "aria-valuenow": "ariaValueNow", "aria-valuetext": "ariaValueText" }));
    ea = Array.from(hr).reduce((t30, [e, n]) => (t30.set(e, n), t30), /* @__PURE__ */ new Map());
    ft = class extends En {
      _schema = /* @__PURE__ */ new Map();
      _eventSchema = /* @__PURE__ */ new Map();
      _allKnownEvents = null;
      constructor() {
        super(), Zo.forEach((e) => {
          let n = /* @__PURE__ */ new Map(), s = /* @__PURE__ */ new Set(), [r, i] = e.split("|"), l = i.split(","), [c, f] = r.split("^");
          c.split(",").forEach((g) => {
            this._schema.set(g.toLowerCase(), n), this._eventSchema.set(g.toLowerCase(), s);
          });
          let d = f && this._schema.get(f.toLowerCase());
          if (d) {
            for (let [g, D] of d) n.set(g, D);
            for (let g of this._eventSchema.get(f.toLowerCase())) s.add(g);
          }
          l.forEach((g) => {
            if (g.length > 0) switch (g[0]) {
              case "*":
                s.add(g.substring(1));
                break;
              case "!":
                n.set(g.substring(1), Jo);
                break;
              case "#":
                n.set(g.substring(1), Qo);
                break;
              case "%":
                n.set(g.substring(1), Ko);
                break;
              default:
                n.set(g, Yo);
            }
          });
        });
      }
      hasProperty(e, n, s) {
        if (s.some((l) => l.name === Zn.name)) return true;
        let r = Ge(e);
        if (r.includes("-")) {
          if (Ss(r) || ys(r)) return false;
          if (s.some((l) => l.name === Kn.name)) return true;
        }
        return (this._schema.get(r) || this._schema.get("unknown")).has(n);
      }
      hasElement(e, n) {
        if (n.some((r) => r.name === Zn.name)) return true;
        let s = Ge(e);
        return s.includes("-") && (Ss(s) || ys(s) || n.some((r) => r.name === Kn.name)) ? true : this._schema.has(s);
      }
      securityContext(e, n, s) {
        s && (n = this.getMappedPropName(n));
        let [r, i] = gt(e, false);
        return Hi(i, n, r);
      }
      getMappedPropName(e) {
        return hr.get(e) ?? e;
      }
      getDefaultComponentElementName() {
        return "ng-component";
      }
      validateProperty(e) {
        return e.toLowerCase().startsWith("on") ? { error: true, msg: `Binding to event property '${e}' is disallowed for security reasons, please use (${e.slice(2)})=...
If '${e}' is a directive input, make sure the directive is imported by the current module.` } : { error: false };
      }
      validateAttribute(e) {
        return e.toLowerCase().startsWith("on") ? { error: true, msg: `Binding to event attribute '${e}' is disallowed for security reasons, please use (${e.slice(2)})=...` } : { error: false };
      }
      allKnownElementNames() {
        return Array.from(this._schema.keys());
      }
      allKnownAttributesOfElement(e) {
        let n = Ge(e), s = this._schema.get(n) || this._schema.get("unknown");
        return Array.from(s.keys()).map((r) => ea.get(r) ?? r);
      }
      allKnownEventsOfElement(e) {
        let n = Ge(e);
        return Array.from(this._eventSchema.get(n) ?? []);
      }
      isKnownEventOfAnyElement(e) {
        return this._allKnownEvents ?? (this._allKnownEvents = new Set(Array.from(this._eventSchema.values()).flatMap((n) => Array.from(n)))), this._allKnownEvents.has(e.toLowerCase());
      }
      normalizeAnimationStyleProperty(e) {
        return Gi(e);
      }
      normalizeAnimationStyleValue(e, n, s) {
        let r = "", i = s.toString().trim(), l = null;
        if (ta(e) && s !== 0 && s !== "0") if (typeof s == "number") r = "px";
        else {
          let c = s.match(/^[+-]?[\d\.]+([a-z]*)$/);
          c && c[1].length == 0 && (l = `Please provide a CSS unit value for ${n}:${s}`);
        }
        return { error: l, value: i + r };
      }
    };
    Nl = new we(new Ue());
    Dl = [{ test: $(u.StyleMap), transform: dt }, { test: $(u.ClassMap), transform: dt }, { test: $(u.StyleProp) }, { test: $(u.ClassProp) }, { test: Re(u.Attribute, true) }, { test: Re(u.Property, true) }, { test: na }, { test: Re(u.Attribute, false) }, { test: $(u.Control) }];
    Pl = [{ test: Re(u.DomProperty, true) }, { test: Re(u.DomProperty, false) }, { test: $(u.Attribute) }, { test: $(u.StyleMap), transform: dt }, { test: $(u.ClassMap), transform: dt }, { test: $(u.StyleProp) }, { test: $(u.ClassProp) }];
    Ll = /* @__PURE__ */ new Set([u.Listener, u.TwoWayListener, u.AnimationListener, u.StyleMap, u.ClassMap, u.StyleProp, u.ClassProp, u.Property, u.TwoWayProperty, u.DomProperty, u.Attribute, u.Animation, u.Control]);
    Bl = /* @__PURE__ */ new Map([["window", p.resolveWindow], ["document", p.resolveDocument], ["body", p.resolveBody]]);
    Ml = /* @__PURE__ */ new Map([[E.HTML, p.sanitizeHtml], [E.RESOURCE_URL, p.sanitizeResourceUrl], [E.SCRIPT, p.sanitizeScript], [E.STYLE, p.sanitizeStyle], [E.URL, p.sanitizeUrl], [E.ATTRIBUTE_NO_BINDING, p.validateAttribute]]);
    $l = /* @__PURE__ */ new Map([[E.HTML, p.trustConstantHtml], [E.RESOURCE_URL, p.trustConstantResourceUrl]]);
    (function(t30) {
      t30[t30.None = 0] = "None", t30[t30.ViewContextRead = 1] = "ViewContextRead", t30[t30.ViewContextWrite = 2] = "ViewContextWrite", t30[t30.SideEffectful = 4] = "SideEffectful";
    })(Hs || (Hs = {}));
    Rl = /* @__PURE__ */ new Map([[R.Property, F.Property], [R.TwoWay, F.TwoWayProperty], [R.Attribute, F.Attribute], [R.Class, F.ClassName], [R.Style, F.StyleProperty], [R.LegacyAnimation, F.LegacyAnimation], [R.Animation, F.Animation]]);
    (function(t30) {
      t30[t30.NG_CONTENT = 0] = "NG_CONTENT", t30[t30.STYLE = 1] = "STYLE", t30[t30.STYLESHEET = 2] = "STYLESHEET", t30[t30.SCRIPT = 3] = "SCRIPT", t30[t30.OTHER = 4] = "OTHER";
    })(Ws || (Ws = {}));
    (function(t30) {
      t30.IDLE = "idle", t30.TIMER = "timer", t30.INTERACTION = "interaction", t30.IMMEDIATE = "immediate", t30.HOVER = "hover", t30.VIEWPORT = "viewport", t30.NEVER = "never";
    })(js || (js = {}));
    fr = "%COMP%";
    Fl = `_nghost-${fr}`;
    Ol = `_ngcontent-${fr}`;
    (function(t30) {
      t30[t30.Selector = 0] = "Selector", t30[t30.HostDirective = 1] = "HostDirective";
    })(zs || (zs = {}));
    (function(t30) {
      t30[t30.Extract = 0] = "Extract", t30[t30.Merge = 1] = "Merge";
    })(Gs || (Gs = {}));
    Vl = new Jt("22.2.5");
    (function(t30) {
      t30.DIAGNOSTIC = "D", t30.EXPRESSION_TYPE_IDENTIFIER = "T";
    })(Xs || (Xs = {}));
    (function(t30) {
      t30.DIRECTIVE = "DIR", t30.HOST_DIRECTIVE = "HOSTDIR", t30.COMPONENT_COMPLETION = "COMPCOMP", t30.EVENT_PARAMETER = "EP", t30.VARIABLE_AS_EXPRESSION = "VAE";
    })(Js || (Js = {}));
    (function(t30) {
      t30[t30.Error = 0] = "Error", t30[t30.Warning = 1] = "Warning";
    })(Qs || (Qs = {}));
    (function(t30) {
      t30[t30.UseEmitter = 0] = "UseEmitter", t30[t30.CopyClassNodes = 1] = "CopyClassNodes", t30[t30.FallbackToAny = 2] = "FallbackToAny";
    })(Ys || (Ys = {}));
    Ks = class t29 {
      static SINGLETON = new t29();
      static veWillInferAnyFor(e) {
        let n = t29.SINGLETON;
        return e instanceof lt ? e.visit(n) : e.receiver.visit(n);
      }
      visitUnary(e) {
        return e.expr.visit(this);
      }
      visitBinary(e) {
        return e.left.visit(this) || e.right.visit(this);
      }
      visitChain() {
        return false;
      }
      visitConditional(e) {
        return e.condition.visit(this) || e.trueExp.visit(this) || e.falseExp.visit(this);
      }
      visitCall() {
        return true;
      }
      visitSafeCall() {
        return false;
      }
      visitImplicitReceiver() {
        return false;
      }
      visitThisReceiver() {
        return false;
      }
      visitInterpolation(e) {
        return e.expressions.some((n) => n.visit(this));
      }
      visitKeyedRead() {
        return false;
      }
      visitLiteralArray() {
        return true;
      }
      visitLiteralMap() {
        return true;
      }
      visitLiteralPrimitive() {
        return false;
      }
      visitPipe() {
        return true;
      }
      visitPrefixNot(e) {
        return e.expression.visit(this);
      }
      visitTypeofExpression(e) {
        return e.expression.visit(this);
      }
      visitVoidExpression(e) {
        return e.expression.visit(this);
      }
      visitNonNullAssert(e) {
        return e.expression.visit(this);
      }
      visitPropertyRead() {
        return false;
      }
      visitSafePropertyRead() {
        return false;
      }
      visitSafeKeyedRead() {
        return false;
      }
      visitTemplateLiteral() {
        return false;
      }
      visitTemplateLiteralElement() {
        return false;
      }
      visitTaggedTemplateLiteral() {
        return false;
      }
      visitParenthesizedExpression(e) {
        return e.expression.visit(this);
      }
      visitRegularExpressionLiteral() {
        return false;
      }
      visitSpreadElement(e) {
        return e.expression.visit(this);
      }
      visitArrowFunction(e, n) {
        return false;
      }
    };
    sa = ["errors", "dirty", "disabled", "disabledReasons", "hidden", "invalid", "name", "pending", "readonly", "touched", "max", "maxLength", "min", "minLength", "pattern", "required"];
    ql = /* @__PURE__ */ new Set([...sa, "value", "checked"]);
    Ul = new ft();
    Hl = new ft();
    (function(t30) {
      t30[t30.Property = 0] = "Property", t30[t30.Method = 1] = "Method", t30[t30.Element = 2] = "Element", t30[t30.Template = 3] = "Template", t30[t30.Attribute = 4] = "Attribute", t30[t30.Reference = 5] = "Reference", t30[t30.Variable = 6] = "Variable", t30[t30.LetDeclaration = 7] = "LetDeclaration", t30[t30.Component = 8] = "Component", t30[t30.Directive = 9] = "Directive", t30[t30.Input = 10] = "Input", t30[t30.Output = 11] = "Output", t30[t30.Pipe = 12] = "Pipe";
    })(Zs || (Zs = {}));
    ra = "test.html";
    ia = (t30) => we.prototype._commentStart(t30);
    wt = (t30) => (e) => {
      let n = mr(e);
      return vr({ ...n, result: gr()[t30](e, n.sourceSpan, 0), comments: oa(e) });
    };
    wr = wt("parseAction");
    Sr = wt("parseBinding");
    yr = wt("parseSimpleBinding");
    Er = wt("parseInterpolationExpression");
    xr = (t30) => {
      let e = mr(t30);
      return vr({ ...e, result: gr().parseTemplateBindings("", t30, e.sourceSpan, 0, 0), comments: [] });
    };
    St = class {
      text;
      constructor(t30) {
        this.text = t30;
      }
      getCharacterIndex(t30, e) {
        return zn(this.text, t30, e);
      }
      transformSpan(t30) {
        return ze(t30);
      }
      createNode(t30, e) {
        let n = t30.start, s = t30.end, r = t30.range;
        e && (Array.isArray(e) ? ([n, s] = e, r = e) : ({ start: n, end: s } = e.sourceSpan ?? e, r = [n, s]));
        r ? [n, s] = r : typeof n == "number" && typeof s == "number" && (r = [n, s]);
        if (!(typeof n == "number" && typeof s == "number" && r)) throw new Error("Missing location information");
        let i = { ...t30, start: n, end: s, range: r };
        switch (i.type) {
          case "NumericLiteral":
          case "StringLiteral":
          case "RegExpLiteral": {
            let l = this.text.slice(n, s), { value: c } = i;
            i.extra = { ...i.extra, raw: l, rawValue: c };
            break;
          }
        }
        return i;
      }
    };
    Cr = Object.defineProperty;
    br = (t30, e) => {
      let n = {};
      for (var s in t30) Cr(n, s, { get: t30[s], enumerable: true });
      return e || Cr(n, Symbol.toStringTag, { value: "Module" }), n;
    };
    Ar = (t30, e) => ({ type: "ArrayExpression", elements: e.transformChildren(t30.expressions) });
    aa = { id: null, generator: false, async: false, expression: true };
    Tr = (t30, e) => ({ type: "ArrowFunctionExpression", params: t30.parameters.map((n) => e.createNode({ type: "Identifier", name: n.name }, n.sourceSpan)), body: e.transformChild(t30.body), ...aa });
    kr = (t30, e) => e.transformChild(t30.ast);
    la = (t30) => t30 === "&&" || t30 === "||" || t30 === "??";
    _r = (t30, e) => {
      let { operation: n } = t30, [s, r] = e.transformChildren([t30.left, t30.right]);
      return la(n) ? { type: "LogicalExpression", operator: n, left: s, right: r } : k.isAssignmentOperation(n) ? { type: "AssignmentExpression", left: s, right: r, operator: n } : { left: s, right: r, type: "BinaryExpression", operator: n };
    };
    ca = { optional: false };
    ua = { optional: true };
    Ir = ({ optional: t30 }) => (e, n) => {
      let s = n.transformChildren(e.args), r = n.transformChild(e.receiver);
      return t30 || ke(r) ? { type: "OptionalCallExpression", callee: r, arguments: s, optional: t30 } : { type: "CallExpression", callee: r, arguments: s };
    };
    Nr = Ir(ca);
    Dr = Ir(ua);
    Pr = (t30, e) => ({ type: "NGChainedExpression", expressions: e.transformChildren(t30.expressions) });
    Lr = (t30, e) => {
      let [n, s, r] = e.transformChildren([t30.condition, t30.trueExp, t30.falseExp]);
      return { type: "ConditionalExpression", test: n, consequent: s, alternate: r };
    };
    Br = () => ({ type: "NGEmptyExpression" });
    Mr = (t30, e) => {
      let { expressions: n } = t30;
      if (n.length !== 1) throw new Error("Unexpected 'Interpolation'");
      return e.transformChild(n[0]);
    };
    $r = (t30) => {
      let { value: e } = t30;
      switch (typeof e) {
        case "boolean":
          return { type: "BooleanLiteral", value: e };
        case "number":
          return { type: "NumericLiteral", value: e };
        case "object":
          return { type: "NullLiteral" };
        case "string":
          return { type: "StringLiteral", value: e };
        case "undefined":
          return { type: "Identifier", name: "undefined" };
        default:
          throw new Error(`Unexpected 'LiteralPrimitive' value type ${typeof e}`);
      }
    };
    Rr = (t30) => ({ type: "RegExpLiteral", pattern: t30.body, flags: t30.flags ?? "" });
    pa = { computed: true, optional: false };
    ha = { computed: true, optional: true };
    fa = { computed: false, optional: false };
    da = { computed: false, optional: true };
    yt = ({ computed: t30, optional: e }) => (n, s) => {
      let { receiver: r } = n, i;
      if (t30) {
        let { key: c } = n;
        i = s.transformChild(c);
      } else {
        let c = r instanceof me, { name: f, nameSpan: d } = n;
        if (i = s.create({ type: "Identifier", name: f }, d, c ? s.ancestors : []), c) return i;
      }
      let l = s.transformChild(r);
      return e || ke(l) ? { type: "OptionalMemberExpression", optional: e, property: i, object: l, computed: t30 } : { type: "MemberExpression", property: i, object: l, computed: t30 };
    };
    Fr = yt(pa);
    Or = yt(ha);
    Vr = yt(fa);
    qr = yt(da);
    Ur = (t30, e) => ({ type: "TSNonNullExpression", expression: e.transformChild(t30.expression) });
    Hr = (t30, e) => {
      let { keys: n, values: s } = t30, r = (i, l = t30) => e.create(i, l, [t30, ...e.ancestors]);
      return { type: "ObjectExpression", properties: n.map((i, l) => {
        let c = s[l], f = [i.sourceSpan.start, c.sourceSpan.end];
        if (i.kind === "spread") return r({ type: "SpreadElement", argument: e.transformChild(c) }, f);
        let d = !!i.isShorthandInitialized;
        return r({ type: "ObjectProperty", key: r(i.quoted ? { type: "StringLiteral", value: i.key } : { type: "Identifier", name: i.key }, i.sourceSpan), value: e.transformChild(c), shorthand: d, computed: false, method: false }, f);
      }) };
    };
    Wr = (t30, e) => e.transformChild(t30.expression);
    jr = (t30, e) => ({ type: "NGPipeExpression", left: e.transformChild(t30.exp), right: e.create({ type: "Identifier", name: t30.name }, t30.nameSpan), arguments: e.transformChildren(t30.args) });
    zr = (t30, e) => ({ type: "SpreadElement", argument: e.transformChild(t30.expression) });
    Gr = (t30, e) => ({ type: "TaggedTemplateExpression", tag: e.transformChild(t30.tag), quasi: e.transformChild(t30.template) });
    Xr = (t30, e) => ({ type: "TemplateLiteral", quasis: e.transformChildren(t30.elements), expressions: e.transformChildren(t30.expressions) });
    Jr = (t30, e) => {
      let [n] = e.ancestors, { elements: s } = n, r = s.indexOf(t30), i = r === 0, l = r === s.length - 1, c = t30.sourceSpan.end - (l ? 1 : 0), f = t30.sourceSpan.start + (i ? 1 : 0), d = e.text.slice(f, c);
      return { type: "TemplateElement", value: { cooked: t30.text, raw: d }, tail: l, range: [f, c] };
    };
    Qr = () => ({ type: "ThisExpression" });
    kn = (t30) => (e, n) => ({ type: "UnaryExpression", prefix: true, operator: t30, argument: n.transformChild(e.expression) });
    Yr = kn("!");
    Kr = kn("typeof");
    Zr = kn("void");
    ei = (t30, e) => ({ type: "UnaryExpression", prefix: true, argument: e.transformChild(t30.expr), operator: t30.operator });
    ma = (t30) => {
      throw new Error(`Unexpected node type '${t30.constructor.name}'`);
    };
    ti = ma;
    ni = br({ visitASTWithSource: () => kr, visitArrowFunction: () => Tr, visitBinary: () => _r, visitCall: () => Nr, visitChain: () => Pr, visitConditional: () => Lr, visitEmptyExpr: () => Br, visitImplicitReceiver: () => ti, visitInterpolation: () => Mr, visitKeyedRead: () => Fr, visitLiteralArray: () => Ar, visitLiteralMap: () => Hr, visitLiteralPrimitive: () => $r, visitNonNullAssert: () => Ur, visitParenthesizedExpression: () => Wr, visitPipe: () => jr, visitPrefixNot: () => Yr, visitPropertyRead: () => Vr, visitRegularExpressionLiteral: () => Rr, visitSafeCall: () => Dr, visitSafeKeyedRead: () => Or, visitSafePropertyRead: () => qr, visitSpreadElement: () => zr, visitTaggedTemplateLiteral: () => Gr, visitTemplateLiteral: () => Xr, visitTemplateLiteralElement: () => Jr, visitThisReceiver: () => Qr, visitTypeofExpression: () => Kr, visitUnary: () => ei, visitVoidExpression: () => Zr });
    si = ni;
    Et = class _n extends St {
      node;
      ancestors;
      constructor({ node: e, text: n, ancestors: s = [] }) {
        super(n), this.node = e, this.ancestors = s;
      }
      create(e, n, s = this.ancestors) {
        return s[0] instanceof Ve && (e.extra = { ...e.extra, parenthesized: true }), super.createNode(e, e.range ?? n ?? this.node);
      }
      transformChild(e) {
        return new _n({ node: e, ancestors: [this.node, ...this.ancestors], text: this.text }).transform();
      }
      transformChildren(e) {
        return e.map((n) => this.transformChild(n));
      }
      transform() {
        let { node: e } = this, n = e.visit(si, this);
        return this.create(n, this.node);
      }
      static transform(e, n) {
        return new _n({ node: e, text: n, ancestors: [] }).transform();
      }
    };
    ri = class extends Et {
      constructor(t30) {
        super({ node: t30, text: t30.source });
      }
    };
    ii = (t30, e) => Et.transform(t30, e);
    oi = (t30) => new ri(t30).transform();
    ye = (t30, e) => (n, s, ...r) => n | 1 && s == null ? void 0 : (e.call(s) ?? s[t30]).apply(s, r);
    va = ye("at", function() {
      if (Array.isArray(this) || typeof this == "string") return ga;
    });
    xt = va;
    wa = (xe = class extends St {
      constructor(n, s) {
        super(s);
        je(this, v);
        je(this, Ee);
        je(this, le);
        It(this, Ee, n), It(this, le, s);
        for (let r of n) S(this, v, ui).call(this, r);
      }
      get expressions() {
        return S(this, v, hi).call(this);
      }
    }, Ee = /* @__PURE__ */ new WeakMap(), le = /* @__PURE__ */ new WeakMap(), v = /* @__PURE__ */ new WeakSet(), ci = function() {
      return J(this, Ee)[0].key;
    }, N = function(n, s) {
      return Wn(xe.prototype, this, "createNode").call(this, n, s);
    }, In = function(n) {
      return ii(n, this.text);
    }, Nn = function(n) {
      return Gn(n.slice(J(this, v, ci).source.length));
    }, Dn = function(n) {
      let s = J(this, le);
      if (s[n.start] !== '"' && s[n.start] !== "'") return;
      let r = s[n.start], i = false;
      for (let l = n.start + 1; l < s.length; l++) switch (s[l]) {
        case r:
          if (!i) {
            n.end = l + 1;
            return;
          }
        default:
          i = false;
          break;
        case "\\":
          i = !i;
          break;
      }
    }, ui = function(n) {
      S(this, v, Dn).call(this, n.key.span), li(n) && n.value && S(this, v, Dn).call(this, n.value.span);
    }, pi = function(n) {
      if (!n.value || n.value.source) return n.value;
      let s = this.getCharacterIndex(/\S/, n.sourceSpan.start);
      return { source: "$implicit", span: { start: s, end: s } };
    }, hi = function() {
      let n = J(this, Ee), [s] = n, r = J(this, le).slice(s.sourceSpan.start, s.sourceSpan.end).trim().length === 0 ? n.slice(1) : n, i = [], l = null;
      for (let [c, f] of r.entries()) {
        if (l && ai(l) && li(f) && f.value && f.value.source === l.key.source) {
          let d = S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: f.key.source }, f.key.span), g = (x, I) => ({ ...x, ...this.transformSpan({ start: x.start, end: I }) }), D = (x) => ({ ...g(x, d.end), alias: d }), T = i.pop();
          if (T.type === "NGMicrosyntaxExpression") i.push(D(T));
          else if (T.type === "NGMicrosyntaxKeyedExpression") {
            let x = D(T.expression);
            i.push(g({ ...T, expression: x }, x.end));
          } else throw new Error(`Unexpected type ${T.type}`);
        } else i.push(S(this, v, fi).call(this, f, c));
        l = f;
      }
      return S(this, v, N).call(this, { type: "NGMicrosyntax", body: i }, i.length === 0 ? n[0].sourceSpan : { start: i[0].start, end: xt(0, i, -1).end });
    }, fi = function(n, s) {
      if (ai(n)) {
        let { key: r, value: i } = n;
        return i ? s === 0 ? S(this, v, N).call(this, { type: "NGMicrosyntaxExpression", expression: S(this, v, In).call(this, i.ast), alias: null }, i) : S(this, v, N).call(this, { type: "NGMicrosyntaxKeyedExpression", key: S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: S(this, v, Nn).call(this, r.source) }, r.span), expression: S(this, v, N).call(this, { type: "NGMicrosyntaxExpression", expression: S(this, v, In).call(this, i.ast), alias: null }, i) }, [r.span.start, i.sourceSpan.end]) : S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: S(this, v, Nn).call(this, r.source) }, r.span);
      } else {
        let { key: r, sourceSpan: i } = n;
        if (/^let\s$/.test(J(this, le).slice(i.start, i.start + 4))) {
          let { value: l } = n;
          return S(this, v, N).call(this, { type: "NGMicrosyntaxLet", key: S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: r.source }, r.span), value: l ? S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: l.source }, l.span) : null }, [i.start, l ? l.span.end : r.span.end]);
        } else {
          let l = S(this, v, pi).call(this, n);
          return S(this, v, N).call(this, { type: "NGMicrosyntaxAs", key: S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: l.source }, l.span), alias: S(this, v, N).call(this, { type: "NGMicrosyntaxKey", name: r.source }, r.span) }, [l.span.start, r.span.end]);
        }
      }
    }, xe);
    Ct = (t30) => (e) => {
      let { result: n, comments: s } = t30(e);
      return Object.assign(oi(n), { comments: s });
    };
    bt = Ct(wr);
    Pn = Ct(Sr);
    Sa = Ct(yr);
    Ln = Ct(Er);
    Bn = (t30) => di(xr(t30).result.templateBindings, t30);
    mi = ya;
    Ea = 5;
    xa = 8;
    Ca = 8;
    gi = (t30) => (e) => e.label ? b(e.label) : C(e) + t30;
    ba = (t30) => t30.__contentEnd ?? Ce(t30);
    vi = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
    Aa = new Map([["BreakStatement", gi(Ea)], ["ContinueStatement", gi(xa)], ["DebuggerStatement", (t30) => C(t30) + Ca], ["VariableDeclaration", (t30) => b(xt(0, t30.declarations, -1))], ...vi.map((t30) => [t30, ba])]);
    Mn = ce(vi);
    Ta = Array.prototype.findLast ?? function(t30) {
      for (let e = this.length - 1; e >= 0; e--) {
        let n = this[e];
        if (t30(n, e, this)) return n;
      }
    };
    ka = ye("findLast", function() {
      if (Array.isArray(this)) return Ta;
    });
    wi = ka;
    At = /* @__PURE__ */ Symbol.for("comments");
    be = ce(["Block", "CommentBlock", "MultiLine"]);
    Si = ce(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
    _a = /* @__PURE__ */ new WeakMap();
    Ia = String.prototype.replaceAll ?? function(t30, e) {
      return t30.global ? this.replace(t30, e) : this.split(t30).join(e);
    };
    Na = ye("replaceAll", function() {
      if (typeof this == "string") return Ia;
    });
    Ei = Na;
    xi = Da;
    La = /* @__PURE__ */ new WeakMap();
    bi = /* @__PURE__ */ new WeakMap();
    ki = $a;
    He = null;
    Ra = 10;
    for (let t30 = 0; t30 <= Ra; t30++) We();
    _i = Fa;
    a = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
    Ii = { ArrayExpression: a[0], AssignmentExpression: a[1], BinaryExpression: a[1], InterpreterDirective: [], Directive: a[2], DirectiveLiteral: [], BlockStatement: a[3], BreakStatement: a[4], CallExpression: a[5], CatchClause: ["param", "body"], ConditionalExpression: a[6], ContinueStatement: a[4], DebuggerStatement: [], DoWhileStatement: a[7], EmptyStatement: [], ExpressionStatement: a[8], File: ["program"], ForInStatement: a[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: a[10], FunctionExpression: a[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: a[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: a[1], MemberExpression: a[11], NewExpression: a[5], Program: a[3], ObjectExpression: a[12], ObjectMethod: a[13], ObjectProperty: a[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: a[15], SequenceExpression: a[16], ParenthesizedExpression: a[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: a[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: a[15], UpdateExpression: a[15], VariableDeclaration: ["declarations"], VariableDeclarator: a[17], WhileStatement: a[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: a[18], ClassExpression: a[19], ClassDeclaration: a[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: a[20], ExportSpecifier: ["local", "exported"], ForOfStatement: a[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: a[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: a[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: a[15], AwaitExpression: a[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: a[11], OptionalCallExpression: a[5], ClassProperty: a[21], ClassPrivateProperty: a[21], ClassPrivateMethod: a[13], PrivateName: a[22], StaticBlock: a[18], ImportAttribute: a[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: a[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: a[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: a[26], DeclareModule: a[27], DeclareModuleExports: a[28], DeclareTypeAlias: a[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: a[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: a[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: a[30], GenericTypeAnnotation: a[25], InferredPredicate: [], InterfaceExtends: a[25], InterfaceDeclaration: a[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: a[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: a[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: a[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: a[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: a[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: a[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: a[29], TypeAnnotation: a[28], TypeCastExpression: a[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: a[35], TypeParameterInstantiation: a[35], UnionTypeAnnotation: a[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: a[27], EnumBooleanBody: a[36], EnumNumberBody: a[36], EnumStringBody: a[36], EnumSymbolBody: a[36], EnumBooleanMember: a[17], EnumNumberMember: a[17], EnumStringMember: a[17], EnumDefaultedMember: a[22], IndexedAccessType: a[37], OptionalIndexedAccessType: a[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: a[8], JSXSpreadChild: a[8], JSXIdentifier: [], JSXMemberExpression: a[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: a[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: a[38], Decorator: a[8], DoExpression: a[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: a[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: a[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: a[39], TSDeclareMethod: a[40], TSQualifiedName: a[1], TSCallSignatureDeclaration: a[41], TSConstructSignatureDeclaration: a[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: a[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: a[41], TSConstructorType: a[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: a[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: a[36], TSArrayType: a[24], TSTupleType: a[33], TSOptionalType: a[28], TSRestType: a[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: a[31], TSIntersectionType: a[31], TSConditionalType: a[43], TSInferType: a[44], TSParenthesizedType: a[28], TSTypeOperator: a[28], TSIndexedAccessType: a[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: a[45], TSLiteralType: a[46], TSClassImplements: a[47], TSInterfaceHeritage: a[47], TSInterfaceDeclaration: a[26], TSInterfaceBody: a[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: a[47], TSAsExpression: a[34], TSSatisfiesExpression: a[34], TSTypeAssertion: a[34], TSEnumBody: a[36], TSEnumDeclaration: a[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: a[27], TSModuleBlock: a[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: a[48], TSExternalModuleReference: a[8], TSNonNullExpression: a[8], TSExportAssignment: a[8], TSNamespaceExportDeclaration: a[22], TSTypeAnnotation: a[28], TSTypeParameterInstantiation: a[35], TSTypeParameterDeclaration: a[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: a[8], Literal: [], MethodDefinition: a[14], PrivateIdentifier: [], Property: a[23], PropertyDefinition: a[21], AccessorProperty: a[38], TSAbstractAccessorProperty: a[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: a[23], TSAbstractPropertyDefinition: a[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: a[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: a[8], AsExpression: a[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: a[30], ConditionalTypeAnnotation: a[43], ConstructorTypeAnnotation: a[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: a[27], DeclareHook: a[22], DeclareNamespace: a[27], EnumBigIntMember: a[17], EnumBody: a[36], ExportAssignment: a[8], ExternalModuleReference: a[8], HookDeclaration: a[39], HookTypeAnnotation: a[50], ImportEqualsDeclaration: a[48], ImportType: ["source"], InferTypeAnnotation: a[44], KeyofTypeAnnotation: a[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: a[22], MatchExpression: a[51], MatchExpressionCase: a[52], MatchIdentifierPattern: a[22], MatchInstanceObjectPattern: a[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: a[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: a[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: a[15], MatchStatement: a[51], MatchStatementCase: a[52], MatchUnaryPattern: a[15], MatchWildcardPattern: [], NamespaceExportDeclaration: a[22], NeverTypeAnnotation: [], NonNullExpression: a[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: a[21], QualifiedTypeofIdentifier: a[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: a[0], RecordDeclarationImplements: a[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: a[12], SatisfiesExpression: a[34], TemplateLiteralTypeAnnotation: a[45], TupleTypeElement: a[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: a[28], TypePredicate: a[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: a[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: a[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: a[23], NGRoot: a[54], JsExpressionRoot: a[54], JsonRoot: a[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: a[28], TSJSDocNonNullableType: a[28], EnumBigIntBody: a[36] };
    Oa = _i(Ii);
    Ni = Oa;
    Di = Tt;
    Ep = ce(["RegExpLiteral", "BigIntLiteral", "NumericLiteral", "StringLiteral", "DirectiveLiteral", "Literal", "JSXText", "TemplateElement", "StringLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation"]);
    Li = Va;
    Bi = Ua;
    Wa = kt(bt);
    ja = kt(Pn);
    za = kt(Ln);
    Ga = kt(Bn);
  }
});
init_angular();
export {
  Mi as default,
  On as parsers
};
