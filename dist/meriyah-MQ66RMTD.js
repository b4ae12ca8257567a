import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/meriyah.mjs
function Ft(t2) {
  return t2 <= 127 ? ui[t2] > 0 : Un(t2);
}
function wt(t2) {
  return t2 <= 127 ? Xn[t2] > 0 : li(t2) || t2 === 8204 || t2 === 8205;
}
function k(t2) {
  return t2.column++, t2.currentChar = t2.source.charCodeAt(++t2.index);
}
function ln(t2) {
  let n = t2.currentChar;
  if ((n & 64512) !== 55296) return 0;
  let i = t2.source.charCodeAt(t2.index + 1);
  return (i & 64512) !== 56320 ? 0 : 65536 + ((n & 1023) << 10) + (i & 1023);
}
function un(t2, n) {
  t2.currentChar = t2.source.charCodeAt(++t2.index), t2.flags |= 1, (n & 4) === 0 && (t2.column = 0, t2.line++);
}
function ut(t2) {
  t2.flags |= 1, t2.currentChar = t2.source.charCodeAt(++t2.index), t2.column = 0, t2.line++;
}
function fi(t2) {
  return t2 === 160 || t2 === 65279 || t2 === 133 || t2 === 5760 || t2 >= 8192 && t2 <= 8203 || t2 === 8239 || t2 === 8287 || t2 === 12288 || t2 === 8201 || t2 === 65519;
}
function K(t2) {
  return t2 < 65 ? t2 - 48 : t2 - 65 + 10 & 15;
}
function ci(t2) {
  switch (t2) {
    case 134283266:
      return "NumericLiteral";
    case 134283267:
      return "StringLiteral";
    case 86021:
    case 86022:
      return "BooleanLiteral";
    case 86023:
      return "NullLiteral";
    case 65540:
      return "RegularExpression";
    case 67174408:
    case 67174409:
    case 132:
      return "TemplateLiteral";
    default:
      return (t2 & 143360) === 143360 ? "Identifier" : (t2 & 4096) === 4096 ? "Keyword" : "Punctuator";
  }
}
function di(t2) {
  let { source: n } = t2;
  t2.currentChar === 35 && n.charCodeAt(t2.index + 1) === 33 && (k(t2), k(t2), fn(t2, n, 0, 4, t2.tokenStart));
}
function Mn(t2, n, i, e, o, l) {
  return e & 2 && t2.report(0), fn(t2, n, i, o, l);
}
function fn(t2, n, i, e, o) {
  let { index: l } = t2;
  for (t2.tokenIndex = t2.index, t2.tokenLine = t2.line, t2.tokenColumn = t2.column; t2.index < t2.end; ) {
    if (B[t2.currentChar] & 8) {
      let u = t2.currentChar === 13;
      ut(t2), u && t2.index < t2.end && t2.currentChar === 10 && (t2.currentChar = n.charCodeAt(++t2.index));
      break;
    } else if ((t2.currentChar ^ 8232) <= 1) {
      ut(t2);
      break;
    }
    k(t2), t2.tokenIndex = t2.index, t2.tokenLine = t2.line, t2.tokenColumn = t2.column;
  }
  if (t2.options.onComment) {
    let u = { start: { line: o.line, column: o.column }, end: { line: t2.tokenLine, column: t2.tokenColumn } };
    t2.options.onComment(jn[e & 255], n.slice(l, t2.tokenIndex), o.index, t2.tokenIndex, u);
  }
  return i | 1;
}
function gi(t2, n, i) {
  let { index: e } = t2;
  for (; t2.index < t2.end; ) if (t2.currentChar < 43) {
    let o = false;
    for (; t2.currentChar === 42; ) if (o || (i &= -5, o = true), k(t2) === 47) {
      if (k(t2), t2.options.onComment) {
        let l = { start: { line: t2.tokenLine, column: t2.tokenColumn }, end: { line: t2.line, column: t2.column } };
        t2.options.onComment(jn[1], n.slice(e, t2.index - 2), e - 2, t2.index, l);
      }
      return t2.tokenIndex = t2.index, t2.tokenLine = t2.line, t2.tokenColumn = t2.column, i;
    }
    if (o) continue;
    B[t2.currentChar] & 8 ? t2.currentChar === 13 ? (i |= 5, ut(t2)) : (un(t2, i), i = i & -5 | 1) : k(t2);
  } else (t2.currentChar ^ 8232) <= 1 ? (i = i & -5 | 1, ut(t2)) : (i &= -5, k(t2));
  t2.report(18);
}
function Vn(t2, n, i) {
  for (; Xn[k(t2)]; ) ;
  if (t2.tokenValue = t2.source.slice(t2.tokenIndex, t2.index), t2.currentChar === 92 || t2.currentChar > 126) return dn(t2, n, 0, i);
  let e = t2.index - t2.tokenIndex;
  return e < Wn || e > Kn ? 208897 : cn.get(t2.tokenValue) ?? 208897;
}
function mi(t2, n) {
  let i = Yn(t2);
  return Ft(i) || t2.report(5), t2.tokenValue = String.fromCodePoint(i), dn(t2, n, 1, B[i] & 4);
}
function dn(t2, n, i, e) {
  let o = t2.index;
  for (; t2.index < t2.end; ) if (t2.currentChar === 92) {
    t2.tokenValue += t2.source.slice(o, t2.index), i = 1;
    let u = Yn(t2);
    wt(u) || t2.report(5), e = e && B[u] & 4, t2.tokenValue += String.fromCodePoint(u), o = t2.index;
  } else {
    let u = ln(t2);
    if (u > 0) wt(u) || t2.report(20, String.fromCodePoint(u)), t2.currentChar = u, t2.index++, t2.column++;
    else if (!wt(t2.currentChar)) break;
    k(t2);
  }
  t2.index <= t2.end && (t2.tokenValue += t2.source.slice(o, t2.index));
  let { length: l } = t2.tokenValue;
  if (e && l >= Wn && l <= Kn) {
    let u = cn.get(t2.tokenValue);
    return u === void 0 ? 208897 | (i ? -2147483648 : 0) : i ? u === 209006 ? (n & 2050) === 0 ? u | -2147483648 : -2147483527 : n & 1 ? u === 36970 || (u & 36864) === 36864 ? -2147483526 : (u & 20480) === 20480 ? n & 262144 && (n & 8) === 0 ? u | -2147483648 : -2147483527 : -2147274629 : n & 262144 && (n & 8) === 0 && (u & 20480) === 20480 ? u | -2147483648 : u === 241771 ? n & 262144 ? -2147274629 : n & 1024 ? -2147483527 : u | -2147483648 : u === 209005 ? -2147274629 : (u & 36864) === 36864 ? u | 12288 | -2147483648 : -2147483527 : u;
  }
  return 208897 | (i ? -2147483648 : 0);
}
function ai(t2) {
  let n = k(t2);
  if (n === 92) return 131;
  let i = ln(t2);
  return i && (n = i), Ft(n) || t2.report(96), 131;
}
function Yn(t2) {
  return t2.source.charCodeAt(t2.index + 1) !== 117 && t2.report(5), t2.currentChar = t2.source.charCodeAt(t2.index += 2), t2.column += 2, ki(t2);
}
function ki(t2) {
  let n = 0, i = t2.currentChar;
  if (i === 123) {
    let u = t2.index - 2;
    for (; B[k(t2)] & 64; ) if (n = n << 4 | K(t2.currentChar), n > 1114111) throw new D({ index: u, line: t2.line, column: t2.column }, t2.currentLocation, 104);
    if (t2.currentChar !== 125) throw new D({ index: u, line: t2.line, column: t2.column }, t2.currentLocation, 7);
    return k(t2), n;
  }
  (B[i] & 64) === 0 && t2.report(7);
  let e = t2.source.charCodeAt(t2.index + 1);
  (B[e] & 64) === 0 && t2.report(7);
  let o = t2.source.charCodeAt(t2.index + 2);
  (B[o] & 64) === 0 && t2.report(7);
  let l = t2.source.charCodeAt(t2.index + 3);
  return (B[l] & 64) === 0 && t2.report(7), n = K(i) << 12 | K(e) << 8 | K(o) << 4 | K(l), t2.currentChar = t2.source.charCodeAt(t2.index += 4), t2.column += 4, n;
}
function Rn(t2, n, i) {
  let e = t2.currentChar, o = 0, l = 9, u = i & 64 ? 0 : 1, f = 0, c = 0;
  if (i & 64) o = "." + Ot(t2, e), e = t2.currentChar, e === 110 && t2.report(12);
  else {
    if (e === 48) if (e = k(t2), (e | 32) === 120) {
      for (i = 136, e = k(t2); B[e] & 4160; ) {
        if (e === 95) {
          c || t2.report(154), c = 0, e = k(t2);
          continue;
        }
        c = 1, o = o * 16 + K(e), f++, e = k(t2);
      }
      (f === 0 || !c) && t2.report(f === 0 ? 21 : 155);
    } else if ((e | 32) === 111) {
      for (i = 132, e = k(t2); B[e] & 4128; ) {
        if (e === 95) {
          c || t2.report(154), c = 0, e = k(t2);
          continue;
        }
        c = 1, o = o * 8 + (e - 48), f++, e = k(t2);
      }
      (f === 0 || !c) && t2.report(f === 0 ? 0 : 155);
    } else if ((e | 32) === 98) {
      for (i = 130, e = k(t2); B[e] & 4224; ) {
        if (e === 95) {
          c || t2.report(154), c = 0, e = k(t2);
          continue;
        }
        c = 1, o = o * 2 + (e - 48), f++, e = k(t2);
      }
      (f === 0 || !c) && t2.report(f === 0 ? 0 : 155);
    } else if (B[e] & 32) for (n & 1 && t2.report(1), i = 1; B[e] & 16; ) {
      if (B[e] & 512) {
        i = 32, u = 0;
        break;
      }
      o = o * 8 + (e - 48), e = k(t2);
    }
    else B[e] & 512 ? (n & 1 && t2.report(1), t2.flags |= 64, i = 32) : e === 95 && t2.report(0);
    if (i & 48) {
      if (u) {
        for (; l >= 0 && B[e] & 4112; ) {
          if (e === 95) {
            if (e = k(t2), e === 95 || i & 32) throw new D(t2.currentLocation, { index: t2.index + 1, line: t2.line, column: t2.column }, 154);
            c = 1;
            continue;
          }
          c = 0, o = 10 * o + (e - 48), e = k(t2), --l;
        }
        if (c) throw new D(t2.currentLocation, { index: t2.index + 1, line: t2.line, column: t2.column }, 155);
        if (l >= 0 && !Ft(e) && e !== 46) return t2.tokenValue = o, t2.options.raw && (t2.tokenRaw = t2.source.slice(t2.tokenIndex, t2.index)), 134283266;
      }
      o += Ot(t2, e), e = t2.currentChar, e === 46 && (k(t2) === 95 && t2.report(0), i = 64, o += "." + Ot(t2, t2.currentChar), e = t2.currentChar);
    }
  }
  let s = t2.index, g = 0;
  if (e === 110 && i & 128) g = 1, e = k(t2);
  else if ((e | 32) === 101) {
    e = k(t2), B[e] & 256 && (e = k(t2));
    let { index: d } = t2;
    (B[e] & 16) === 0 && t2.report(11), o += t2.source.substring(s, d) + Ot(t2, e), e = t2.currentChar;
  }
  return (t2.index < t2.end && B[e] & 16 || Ft(e)) && t2.report(13), g ? (t2.tokenRaw = t2.source.slice(t2.tokenIndex, t2.index), t2.tokenValue = BigInt(H(0, t2.tokenRaw.slice(0, -1), "_", "")), 134283389) : (t2.tokenValue = i & 15 ? o : i & 32 ? parseFloat(t2.source.substring(t2.tokenIndex, t2.index)) : +o, t2.options.raw && (t2.tokenRaw = t2.source.slice(t2.tokenIndex, t2.index)), 134283266);
}
function Ot(t2, n) {
  let i = 0, e = t2.index, o = "";
  for (; B[n] & 4112; ) {
    if (n === 95) {
      let { index: l } = t2;
      if (n = k(t2), n === 95) throw new D(t2.currentLocation, { index: t2.index + 1, line: t2.line, column: t2.column }, 154);
      i = 1, o += t2.source.substring(e, l), e = t2.index;
      continue;
    }
    i = 0, n = k(t2);
  }
  if (i) throw new D(t2.currentLocation, { index: t2.index + 1, line: t2.line, column: t2.column }, 155);
  return o + t2.source.substring(e, t2.index);
}
function hi(t2) {
  let n = t2.index, i = p.Empty;
  t: for (; ; ) {
    let s = t2.currentChar;
    if (k(t2), i & p.Escape) i &= ~p.Escape;
    else switch (s) {
      case 47:
        if (i) break;
        break t;
      case 92:
        i |= p.Escape;
        break;
      case 91:
        i |= p.Class;
        break;
      case 93:
        i &= p.Escape;
        break;
    }
    if ((s === 13 || s === 10 || s === 8232 || s === 8233) && t2.report(34), t2.index >= t2.source.length) return t2.report(34);
  }
  let e = t2.index - 1, o = F.Empty, l = t2.currentChar, { index: u } = t2;
  for (; wt(l); ) {
    switch (l) {
      case 103:
        o & F.Global && t2.report(36, "g"), o |= F.Global;
        break;
      case 105:
        o & F.IgnoreCase && t2.report(36, "i"), o |= F.IgnoreCase;
        break;
      case 109:
        o & F.Multiline && t2.report(36, "m"), o |= F.Multiline;
        break;
      case 117:
        o & F.Unicode && t2.report(36, "u"), o & F.UnicodeSets && t2.report(36, "vu"), o |= F.Unicode;
        break;
      case 118:
        o & F.Unicode && t2.report(36, "uv"), o & F.UnicodeSets && t2.report(36, "v"), o |= F.UnicodeSets;
        break;
      case 121:
        o & F.Sticky && t2.report(36, "y"), o |= F.Sticky;
        break;
      case 115:
        o & F.DotAll && t2.report(36, "s"), o |= F.DotAll;
        break;
      case 100:
        o & F.Indices && t2.report(36, "d"), o |= F.Indices;
        break;
      default:
        t2.report(35);
    }
    l = k(t2);
  }
  let f = t2.source.slice(u, t2.index), c = t2.source.slice(n, e);
  return t2.tokenRegExp = { pattern: c, flags: f }, t2.options.raw && (t2.tokenRaw = t2.source.slice(t2.tokenIndex, t2.index)), t2.tokenValue = Ti(t2, c, f), 65540;
}
function Ti(t2, n, i) {
  try {
    return new RegExp(n, i);
  } catch {
    if (!t2.options.validateRegex) return null;
    t2.report(34);
  }
}
function yi(t2, n, i) {
  let { index: e } = t2, o = "", l = k(t2), u = t2.index;
  for (; (B[l] & 8) === 0; ) {
    if (l === i) return o += t2.source.slice(u, t2.index), k(t2), t2.options.raw && (t2.tokenRaw = t2.source.slice(e, t2.index)), t2.tokenValue = o, 134283267;
    if ((l & 8) === 8 && l === 92) {
      if (o += t2.source.slice(u, t2.index), l = k(t2), l < 127 || l === 8232 || l === 8233) {
        let f = Hn(t2, n, l);
        f >= 0 ? o += String.fromCodePoint(f) : zn(t2, f, 0);
      } else o += String.fromCodePoint(l);
      u = t2.index + 1;
    } else (l === 8232 || l === 8233) && (t2.column = -1, t2.line++);
    t2.index >= t2.end && t2.report(16), l = k(t2);
  }
  t2.report(16);
}
function Hn(t2, n, i, e = 0) {
  switch (i) {
    case 98:
      return 8;
    case 102:
      return 12;
    case 114:
      return 13;
    case 110:
      return 10;
    case 116:
      return 9;
    case 118:
      return 11;
    case 13:
      if (t2.index < t2.end) {
        let o = t2.source.charCodeAt(t2.index + 1);
        o === 10 && (t2.index = t2.index + 1, t2.currentChar = o);
      }
    case 10:
    case 8232:
    case 8233:
      return t2.column = -1, t2.line++, -1;
    case 48:
    case 49:
    case 50:
    case 51: {
      let o = i - 48, l = t2.index + 1, u = t2.column + 1;
      if (l < t2.end) {
        let f = t2.source.charCodeAt(l);
        if ((B[f] & 32) === 0) {
          if (o !== 0 || B[f] & 512) {
            if (n & 1 || e) return -2;
            t2.flags |= 64;
          }
        } else {
          if (n & 1 || e) return -2;
          if (t2.currentChar = f, o = o << 3 | f - 48, l++, u++, l < t2.end) {
            let c = t2.source.charCodeAt(l);
            B[c] & 32 && (t2.currentChar = c, o = o << 3 | c - 48, l++, u++);
          }
          t2.flags |= 64;
        }
        t2.index = l - 1, t2.column = u - 1;
      }
      return o;
    }
    case 52:
    case 53:
    case 54:
    case 55: {
      if (e || n & 1) return -2;
      let o = i - 48, l = t2.index + 1, u = t2.column + 1;
      if (l < t2.end) {
        let f = t2.source.charCodeAt(l);
        B[f] & 32 && (o = o << 3 | f - 48, t2.currentChar = f, t2.index = l, t2.column = u);
      }
      return t2.flags |= 64, o;
    }
    case 120: {
      let o = k(t2);
      if ((B[o] & 64) === 0) return -4;
      let l = K(o), u = k(t2);
      if ((B[u] & 64) === 0) return -4;
      let f = K(u);
      return l << 4 | f;
    }
    case 117: {
      let o = k(t2);
      if (t2.currentChar === 123) {
        let l = 0, u = 0;
        for (; (B[k(t2)] & 64) !== 0; ) {
          if (l = l << 4 | K(t2.currentChar), l > 1114111) return -5;
          u++;
        }
        return u === 0 || t2.currentChar < 1 || t2.currentChar !== 125 ? -4 : l;
      } else {
        if ((B[o] & 64) === 0) return -4;
        let l = t2.source.charCodeAt(t2.index + 1);
        if ((B[l] & 64) === 0) return -4;
        let u = t2.source.charCodeAt(t2.index + 2);
        if ((B[u] & 64) === 0) return -4;
        let f = t2.source.charCodeAt(t2.index + 3);
        return (B[f] & 64) === 0 ? -4 : (t2.index += 3, t2.column += 3, t2.currentChar = t2.source.charCodeAt(t2.index), K(o) << 12 | K(l) << 8 | K(u) << 4 | K(f));
      }
    }
    case 56:
    case 57:
      if (e || n & 1) return -3;
      t2.flags |= 4096;
    default:
      return i;
  }
}
function zn(t2, n, i) {
  switch (n) {
    case -1:
      return;
    case -2:
      t2.report(i ? 2 : 1);
    case -3:
      t2.report(i ? 3 : 14);
    case -4:
      t2.report(7);
    case -5:
      t2.report(104);
  }
}
function $n(t2, n) {
  let { index: i } = t2, e = 67174409, o = "", l = false, u = k(t2);
  for (; u !== 96; ) {
    if (u === 36 && t2.source.charCodeAt(t2.index + 1) === 123) {
      k(t2), e = 67174408;
      break;
    } else if (u === 92) if (u = k(t2), u === 13 && (l = true), u > 126 && u !== 8232 && u !== 8233) o += String.fromCodePoint(u);
    else {
      let { index: c, line: s, column: g } = t2, d = Hn(t2, n | 1, u, 1);
      if (d >= 0) o += String.fromCodePoint(d);
      else if (d !== -1 && n & 64) {
        t2.index = c, t2.line = s, t2.column = g, o = null, u = bi(t2, u, () => {
          l = true;
        }), u < 0 && (e = 67174408);
        break;
      } else zn(t2, d, 1);
    }
    else t2.index < t2.end && (u === 13 && (l = true), u === 13 && t2.source.charCodeAt(t2.index + 1) === 10 && (t2.currentChar = t2.source.charCodeAt(++t2.index)), u === 13 && (u = 10), ((u & 83) < 3 && u === 10 || (u ^ 8232) <= 1) && (t2.column = -1, t2.line++), o += String.fromCodePoint(u));
    t2.index >= t2.end && t2.report(17), u = k(t2);
  }
  k(t2), t2.tokenValue = o;
  let f = t2.source.slice(i + 1, t2.index - (e === 67174409 ? 1 : 2));
  return t2.tokenRaw = l ? H(0, f, /\r\n?/g, `
`) : f, e;
}
function bi(t2, n, i) {
  for (; n !== 96; ) {
    switch (n) {
      case 13:
        i();
        break;
      case 36: {
        let e = t2.index + 1;
        if (e < t2.end && t2.source.charCodeAt(e) === 123) return t2.index = e, t2.column++, -n;
        break;
      }
      case 10:
      case 8232:
      case 8233:
        t2.column = -1, t2.line++;
    }
    t2.index >= t2.end && t2.report(17), n = k(t2);
  }
  return n;
}
function wi(t2, n) {
  return t2.index >= t2.end && t2.report(0), t2.index--, t2.column--, $n(t2, n);
}
function h(t2, n) {
  t2.flags = (t2.flags | 1) ^ 1, t2.startIndex = t2.index, t2.startColumn = t2.column, t2.startLine = t2.line, t2.setToken(Qn(t2, n, 0));
}
function Qn(t2, n, i) {
  let e = t2.index === 0, { source: o } = t2;
  for (; t2.index < t2.end; ) {
    t2.tokenIndex = t2.index, t2.tokenColumn = t2.column, t2.tokenLine = t2.line;
    let l = t2.currentChar;
    if (l <= 126) {
      let u = Ei[l];
      switch (u) {
        case 67174411:
        case 16:
        case 2162700:
        case 1074790415:
        case 69271571:
        case 20:
        case 21:
        case 1074790417:
        case 18:
        case 16842799:
        case 133:
        case 129:
          return k(t2), u;
        case 208897:
          return Vn(t2, n, 0);
        case 4096:
          return Vn(t2, n, 1);
        case 134283266:
          return Rn(t2, n, 144);
        case 134283267:
          return yi(t2, n, l);
        case 132:
          return $n(t2, n);
        case 137:
          return mi(t2, n);
        case 131:
          return ai(t2);
        case 128:
          k(t2);
          break;
        case 130:
          i |= 5, ut(t2);
          break;
        case 136:
          un(t2, i), i = i & -5 | 1;
          break;
        case 8456256: {
          let f = k(t2);
          if (t2.index < t2.end) {
            if (f === 60) return t2.index < t2.end && k(t2) === 61 ? (k(t2), 4194332) : 8390978;
            if (f === 61) return k(t2), 8390718;
            if (f === 33) {
              let c = t2.index + 1;
              if (t2.options.webcompat && !(n & 2) && c + 1 < t2.end && o.charCodeAt(c) === 45 && o.charCodeAt(c + 1) == 45) {
                t2.column += 3, t2.currentChar = o.charCodeAt(t2.index += 3), i = Mn(t2, o, i, n, 2, t2.tokenStart);
                continue;
              }
              return 8456256;
            }
          }
          return 8456256;
        }
        case 1077936155: {
          k(t2);
          let f = t2.currentChar;
          return f === 61 ? k(t2) === 61 ? (k(t2), 8390458) : 8390460 : f === 62 ? (k(t2), 10) : 1077936155;
        }
        case 16842798:
          return k(t2) !== 61 ? 16842798 : k(t2) !== 61 ? 8390461 : (k(t2), 8390459);
        case 8391477:
          return k(t2) !== 61 ? 8391477 : (k(t2), 4194340);
        case 8391476: {
          if (k(t2), t2.index >= t2.end) return 8391476;
          let f = t2.currentChar;
          return f === 61 ? (k(t2), 4194338) : f !== 42 ? 8391476 : k(t2) !== 61 ? 8391735 : (k(t2), 4194335);
        }
        case 8389959:
          return k(t2) !== 61 ? 8389959 : (k(t2), 4194341);
        case 25233968: {
          k(t2);
          let f = t2.currentChar;
          return f === 43 ? (k(t2), 33619993) : f === 61 ? (k(t2), 4194336) : 25233968;
        }
        case 25233969: {
          k(t2);
          let f = t2.currentChar;
          if (f === 45) {
            if (k(t2), t2.currentChar === 62 && (i & 1 || e || t2.getToken() === 1048576 && t2.line > 1)) {
              t2.options.webcompat || t2.report(114), k(t2), i = Mn(t2, o, i, n, 3, t2.tokenStart);
              continue;
            }
            return 33619994;
          }
          return f === 61 ? (k(t2), 4194337) : 25233969;
        }
        case 8457014: {
          if (k(t2), t2.index < t2.end) {
            let f = t2.currentChar;
            if (f === 47) {
              k(t2), i = fn(t2, o, i, 0, t2.tokenStart);
              continue;
            }
            if (f === 42) {
              k(t2), i = gi(t2, o, i);
              continue;
            }
            if (n & 32) return hi(t2);
            if (f === 61) return k(t2), 4259875;
          }
          return 8457014;
        }
        case 67108877: {
          let f = k(t2);
          if (f >= 48 && f <= 57) return Rn(t2, n, 80);
          if (f === 46) {
            let c = t2.index + 1;
            if (c < t2.end && o.charCodeAt(c) === 46) return t2.column += 2, t2.currentChar = o.charCodeAt(t2.index += 2), 14;
          }
          return 67108877;
        }
        case 8389702: {
          k(t2);
          let f = t2.currentChar;
          return f === 124 ? (k(t2), t2.currentChar === 61 ? (k(t2), 4718632) : 8913465) : f === 61 ? (k(t2), 4194342) : 8389702;
        }
        case 8390721: {
          if (k(t2), n & 1048576) return 8390721;
          let f = t2.currentChar;
          if (f === 61) return k(t2), 8390719;
          if (f !== 62) return 8390721;
          if (k(t2), t2.index < t2.end) {
            let c = t2.currentChar;
            if (c === 62) return k(t2) === 61 ? (k(t2), 4194334) : 8390980;
            if (c === 61) return k(t2), 4194333;
          }
          return 8390979;
        }
        case 8390213: {
          k(t2);
          let f = t2.currentChar;
          return f === 38 ? (k(t2), t2.currentChar === 61 ? (k(t2), 4718633) : 8913720) : f === 61 ? (k(t2), 4194343) : 8390213;
        }
        case 22: {
          let f = k(t2);
          if (f === 63) return k(t2), t2.currentChar === 61 ? (k(t2), 4718634) : 276824446;
          if (f === 46) {
            let c = t2.index + 1;
            if (c < t2.end && (f = o.charCodeAt(c), !(f >= 48 && f <= 57))) return k(t2), 67108991;
          }
          return 22;
        }
      }
    } else {
      if ((l ^ 8232) <= 1) {
        i = i & -5 | 1, ut(t2);
        continue;
      }
      let u = ln(t2);
      if (u > 0 && (l = u), Un(l)) return t2.tokenValue = "", dn(t2, n, 0, 0);
      if (fi(l)) {
        k(t2);
        continue;
      }
      t2.report(20, String.fromCodePoint(l));
    }
  }
  return 1048576;
}
function j(t2, n) {
  (t2.flags & 1) === 0 && (t2.getToken() & 1048576) !== 1048576 && t2.report(30, O[t2.getToken() & 255]), L(t2, n, 1074790417) || t2.options.onInsertedSemicolon?.(t2.startIndex);
}
function Zn(t2, n, i, e) {
  return n - i < 13 && e === "use strict" && ((t2.getToken() & 1048576) === 1048576 || t2.flags & 1) ? 1 : 0;
}
function gn(t2, n, i) {
  return t2.getToken() !== i ? 0 : (h(t2, n), 1);
}
function L(t2, n, i) {
  return t2.getToken() !== i ? false : (h(t2, n), true);
}
function b(t2, n, i) {
  t2.getToken() !== i && t2.report(25, O[i & 255]), h(t2, n);
}
function Z(t2, n) {
  let i = n;
  switch (n.type) {
    case "ArrayExpression": {
      i.type = "ArrayPattern";
      let { elements: e } = n;
      for (let o = 0, l = e.length; o < l; ++o) {
        let u = e[o];
        u && Z(t2, u);
      }
      return;
    }
    case "ObjectExpression": {
      i.type = "ObjectPattern";
      let { properties: e } = n;
      for (let o = 0, l = e.length; o < l; ++o) Z(t2, e[o]);
      return;
    }
    case "AssignmentExpression":
      i.type = "AssignmentPattern", n.operator !== "=" && t2.report(71), delete i.operator, Z(t2, n.left);
      return;
    case "Property":
      Z(t2, n.value);
      return;
    case "SpreadElement":
      i.type = "RestElement", Z(t2, n.argument);
  }
}
function gt(t2, n, i, e, o) {
  n & 1 && ((e & 36864) === 36864 && t2.report(120), !o && (e & 537079808) === 537079808 && t2.report(121)), ((e & 20480) === 20480 || e === -2147483527) && t2.report(102), i & 24 && (e & 255) === 73 && t2.report(100), n & 2050 && e === 209006 && t2.report(112), n & 1025 && e === 241771 && t2.report(97, "yield");
}
function vn(t2, n, i) {
  n & 1 && ((i & 36864) === 36864 && t2.report(120), (i & 537079808) === 537079808 && t2.report(121), i === -2147483526 && t2.report(95), i === -2147483527 && t2.report(95)), (i & 20480) === 20480 && t2.report(102), n & 2050 && (i & 2147483647) === 209006 && t2.report(112), n & 1025 && (i & 2147483647) === 241771 && t2.report(97, "yield");
}
function Gn(t2, n, i) {
  return (i & 255) === 110 && (n & 2050 && t2.report(112), (t2.destructible & 128) === 0 && (t2.firstAwaitLocation ?? (t2.firstAwaitLocation = { start: t2.tokenStart, end: t2.currentLocation })), t2.destructible |= 128), i === 241771 && n & 1024 && t2.report(97, "yield"), (i & 20480) === 20480 || (i & 36864) === 36864 || i == -2147483526;
}
function Ci(t2) {
  return t2.type === "MemberExpression" && t2.property.type === "PrivateIdentifier";
}
function rn(t2, n, i, e) {
  let o = 0;
  for (; n; ) {
    if (n.names?.has(i)) return e && !o && t2.report(139, i), 1;
    o = n.loop ? 1 : 0, n = n.parent;
  }
  return 0;
}
function Ai(t2, n, i) {
  let e = n;
  for (; e; ) e.names?.has(i) && t2.report(138, i), e = e.parent;
  (n.names ?? (n.names = /* @__PURE__ */ new Set())).add(i);
}
function Et(t2) {
  switch (t2.type) {
    case "JSXIdentifier":
      return t2.name;
    case "JSXNamespacedName":
      return Et(t2.namespace) + ":" + t2.name.name;
    case "JSXMemberExpression":
      return Et(t2.object) + "." + Et(t2.property);
  }
}
function mt(t2, n) {
  if (t2 & 1025) {
    if (t2 & 2 && n === 209006 || t2 & 1024 && n === 241771) return false;
    if (t2 & 1) return (n & 12288) === 12288;
  }
  return (n & 12288) === 12288 || (n & 36864) === 36864;
}
function Xt(t2, n, i) {
  (i & 537079808) === 537079808 && (n & 1 && t2.report(121), t2.flags |= 512), n & 1 && (i & 255) === 73 && t2.report(99), mt(n, i) || t2.report(0);
}
function Si(t2, n) {
  return t2.startIndex = t2.tokenIndex = t2.index, t2.startColumn = t2.tokenColumn = t2.column, t2.startLine = t2.tokenLine = t2.line, t2.setToken(B[t2.currentChar] & 8192 ? Ii(t2) : Qn(t2, n, 0)), t2.getToken();
}
function Ii(t2) {
  let n = t2.currentChar, i = k(t2), e = t2.index;
  for (; i !== n; ) t2.index >= t2.end && t2.report(16), i === 13 ? (t2.source.charCodeAt(t2.index + 1) === 10 && k(t2), t2.column = -1, t2.line++) : (i === 10 || i === 8232 || i === 8233) && (t2.column = -1, t2.line++), i = k(t2);
  return i !== n && t2.report(16), t2.tokenValue = t2.source.slice(e, t2.index), k(t2), t2.options.raw && (t2.tokenRaw = t2.source.slice(t2.tokenIndex, t2.index)), 134283267;
}
function at(t2) {
  if (t2.startIndex = t2.tokenIndex = t2.index, t2.startColumn = t2.tokenColumn = t2.column, t2.startLine = t2.tokenLine = t2.line, t2.index >= t2.end) {
    t2.setToken(1048576);
    return;
  }
  if (t2.currentChar === 60) {
    k(t2), t2.setToken(8456256);
    return;
  }
  if (t2.currentChar === 123) {
    k(t2), t2.setToken(2162700);
    return;
  }
  t2.currentChar === 125 && t2.report(180), t2.currentChar === 62 && t2.report(181);
  let n = 0, i = false;
  for (; t2.index < t2.end; ) {
    let l = t2.source.charCodeAt(t2.index);
    if (l === 13 ? (n |= 5, i = true, ut(t2)) : l === 10 ? (un(t2, n), n = n & -5 | 1) : l === 8232 || l === 8233 ? (t2.flags |= 1, t2.currentChar = t2.source.charCodeAt(++t2.index), t2.column = 0, t2.line++, n = n & -5 | 1) : k(t2), B[t2.currentChar] & 16384) break;
  }
  t2.tokenIndex === t2.index && t2.report(0);
  let e = t2.source.slice(t2.tokenIndex, t2.index), o = i ? H(0, e, `\r
`, `
`) : e;
  t2.options.raw && (t2.tokenRaw = o), t2.tokenValue = o, t2.setToken(138);
}
function Gt(t2) {
  if (t2.getToken() & 143360) {
    let { index: n } = t2, i = t2.currentChar;
    for (; B[i] & 32770; ) i = k(t2);
    t2.tokenValue += t2.source.slice(n, t2.index), t2.setToken(208897, true);
  }
  return t2.getToken();
}
function Li(t2) {
  if (t2) return t2 === true ? { start: true, end: true, range: true } : { start: t2.start ?? false, end: t2.end ?? false, range: t2.range ?? false };
}
function Di(t2) {
  let { features: n, next: i, ranges: e, module: o, sourceType: l, globalReturn: u, ...f } = { validateRegex: true, features: 0, ...t2 };
  return i && (n |= Ni), e = Li(e), o && !l && (l = "module"), u && (!l || l === "script") && (l = "commonjs"), { ...f, ranges: e, features: n, sourceType: l };
}
function It(t2, n, i, e, o) {
  let l = t2.createScope().createChildScope(512);
  return l.addBlockName(n, i, 1, e, o), l;
}
function Pi(t2, n) {
  return function(i, e, o, l, u) {
    let f = { type: i, value: e }, { ranges: c } = n;
    c && (c.start && (f.start = o), c.end && (f.end = l), c.range && (f.range = [o, l])), n.loc && (f.loc = u), t2.push(f);
  };
}
function Oi(t2, n) {
  return function(i, e, o, l) {
    let u = { token: i }, { ranges: f } = n;
    f && (f.start && (u.start = e), f.end && (u.end = o), f.range && (u.range = [e, o])), n.loc && (u.loc = l), t2.push(u);
  };
}
function Bi(t2, n = {}, i = 0) {
  let e = new pt(t2, n);
  e.options.sourceType === "module" && (i |= 3), e.options.sourceType === "commonjs" && (i |= 69632), e.options.impliedStrict && (i |= 1), di(e);
  let o = e.createScopeIfLexical(), l, u = "script";
  if (i & 2) {
    if (u = "module", l = Vi(e, i | 8, o), o) for (let f of e.exportedBindings) o.hasVariable(f) || e.report(150, f);
  } else l = Mi(e, i | 8, o);
  return e.finishNode({ type: "Program", sourceType: u, body: l }, { index: 0, line: 1, column: 0 }, e.currentLocation);
}
function Mi(t2, n, i) {
  h(t2, n | 32 | 262144);
  let e = [];
  for (; t2.getToken() === 134283267; ) {
    let { index: o, tokenValue: l, tokenStart: u, tokenIndex: f } = t2, c = t2.getToken(), s = _(t2, n);
    if (Zn(t2, o, f, l)) {
      if (n |= 1, t2.flags & 64) throw new D(t2.tokenStart, t2.currentLocation, 9);
      if (t2.flags & 4096) throw new D(t2.tokenStart, t2.currentLocation, 15);
    }
    e.push(an(t2, n, s, c, u));
  }
  for (; t2.getToken() !== 1048576; ) e.push(Nt(t2, n, i, void 0, {}, 4));
  return e;
}
function Vi(t2, n, i) {
  h(t2, n | 32);
  let e = [];
  for (; t2.getToken() === 134283267; ) {
    let { tokenStart: o } = t2, l = t2.getToken();
    e.push(an(t2, n, _(t2, n), l, o));
  }
  for (; t2.getToken() !== 1048576; ) e.push(Ri(t2, n, i));
  return e;
}
function Ri(t2, n, i) {
  t2.getToken() === 133 && Object.assign(t2.leadingDecorators, { start: t2.tokenStart, decorators: Kt(t2, n, void 0) });
  let e;
  switch (t2.getToken()) {
    case 20564:
      e = eo(t2, n, i);
      break;
    case 86106:
      t2.leadingDecorators.decorators.length && t2.report(172), e = to(t2, n, i);
      break;
    default:
      e = Nt(t2, n, i, void 0, {}, 4);
  }
  return e;
}
function Nt(t2, n, i, e, o, l = 2) {
  let u = t2.tokenStart;
  switch (t2.leadingDecorators.decorators.length && t2.getToken() !== 86094 && t2.report(172), t2.getToken()) {
    case 86104:
      return et(t2, n, i, e, 1, 0, 0, u, l);
    case 133:
      t2.features & 1 || t2.report(30, "@");
    case 86094:
      return on(t2, n, i, e, 0);
    case 86090:
      return St(t2, n, i, e, 16);
    case 241737:
      return vi(t2, n, i, e, o, l);
    case 209013:
      return ri(t2, n, i, e, o, l);
    case 209006:
      return (n & 2048 || n & 2 && n & 8) && Gi(t2) ? xi(t2, n, i, e, o, l) : st(t2, n, i, e, o, 1, l);
    case 20564:
      t2.report(103, "export");
    case 86106:
      switch (h(t2, n), t2.getToken()) {
        case 67174411:
          return ne(t2, n, e, u);
        case 67108877:
          return te(t2, n, u);
        default:
          t2.report(103, "import");
      }
    case 209005:
      return xn(t2, n, i, e, o, 1, 1, l);
    default:
      return st(t2, n, i, e, o, 1, l);
  }
}
function st(t2, n, i, e, o, l, u = 0) {
  switch (t2.getToken()) {
    case 86088:
      return pn(t2, n, i, e);
    case 20572:
      return _i(t2, n, e);
    case 20569:
      return Xi(t2, n, i, e, o);
    case 20567:
      return pi(t2, n, i, e, o);
    case 20562:
      return Zi(t2, n, i, e, o);
    case 20578:
      return qi(t2, n, i, e, o);
    case 86110:
      return ji(t2, n, i, e, o);
    case 1074790417:
      return Ji(t2, n);
    case 2162700:
      return At(t2, n, i?.createChildScope(), e, o, t2.tokenStart);
    case 86112:
      return Ui(t2, n, e);
    case 20555:
      return Ki(t2, n, o);
    case 20559:
      return Wi(t2, n, o);
    case 20577:
      return zi(t2, n, i, e, o);
    case 20579:
      return Yi(t2, n, i, e, o);
    case 20560:
      return Hi(t2, n);
    case 209005:
      return xn(t2, n, i, e, o, 0, l, u);
    case 20557:
      t2.report(164);
    case 20566:
      t2.report(165);
    case 86104:
      t2.report(n & 1 ? 76 : t2.options.webcompat ? 77 : 78);
    case 86094:
      t2.report(79);
    default:
      return Fi(t2, n, i, e, o, l, u);
  }
}
function Fi(t2, n, i, e, o, l, u) {
  let { tokenValue: f, tokenStart: c } = t2, s = t2.getToken(), g;
  return s === 241737 ? (g = P(t2, n), n & 1 && t2.report(85), t2.getToken() === 69271571 && t2.report(84)) : g = Y(t2, n, e, 2, 0, 1, 0, 1, t2.tokenStart, 1, 1), sn(t2, n, i, e, o, l, g, s, f, c, u);
}
function sn(t2, n, i, e, o, l, u, f, c, s, g) {
  if (f & 143360 && t2.getToken() === 21) return mn(t2, n, i, e, o, c, u, f, l, s, g);
  let d = M(t2, n, e, u, 0, 0, s);
  return d = R(t2, n, e, 0, 0, s, d), t2.getToken() === 18 && (d = r(t2, n, e, 0, s, d)), ft(t2, n, d, s);
}
function At(t2, n, i, e, o, l = t2.tokenStart, u = "BlockStatement") {
  let f = [];
  for (b(t2, n | 32, 2162700); t2.getToken() !== 1074790415; ) f.push(Nt(t2, n, i, e, { parent: o }));
  return b(t2, n | 32, 1074790415), t2.finishNode({ type: u, body: f }, l);
}
function _i(t2, n, i) {
  (n & 4096) === 0 && t2.report(92);
  let e = t2.tokenStart;
  h(t2, n | 32);
  let o = t2.flags & 1 || t2.getToken() & 1048576 ? null : q(t2, n, i, 0, 1, t2.tokenStart);
  return j(t2, n | 32), t2.finishNode({ type: "ReturnStatement", argument: o }, e);
}
function ft(t2, n, i, e) {
  return j(t2, n | 32), t2.finishNode({ type: "ExpressionStatement", expression: i }, e);
}
function mn(t2, n, i, e, o, l, u, f, c, s, g) {
  gt(t2, n, 0, f, 1), Ai(t2, o, l), h(t2, n | 32);
  let d = c && (n & 1) === 0 && t2.options.webcompat && t2.getToken() === 86104 ? et(t2, n, i?.createChildScope(), e, 0, 0, 0, t2.tokenStart, g) : st(t2, n, i, e, o, c, g);
  return t2.finishNode({ type: "LabeledStatement", label: u, body: d }, s);
}
function xn(t2, n, i, e, o, l, u, f) {
  let { tokenValue: c, tokenStart: s } = t2, g = t2.getToken(), d = P(t2, n);
  if (t2.getToken() === 21) return mn(t2, n, i, e, o, c, d, g, u, s, f);
  let a = t2.flags & 1;
  if (!a) {
    if (t2.getToken() === 86104) return l || t2.report(125), et(t2, n, i, e, 1, 0, 1, s, f);
    if (mt(n, t2.getToken())) return d = fe(t2, n, e, 1, s), t2.getToken() === 18 && (d = r(t2, n, e, 0, s, d)), ft(t2, n, d, s);
  }
  return t2.getToken() === 67174411 ? d = bn(t2, n, e, d, 1, 1, a, s) : t2.getToken() === 10 ? (Xt(t2, n, g), (g & 36864) === 36864 && (t2.flags |= 256), d = Lt(t2, n | 2048, e, t2.tokenValue, d, 0, 1, 0, s)) : t2.assignable = 1, d = M(t2, n, e, d, 0, 0, s), d = R(t2, n, e, 0, 0, s, d), t2.assignable = 1, t2.getToken() === 18 && (d = r(t2, n, e, 0, s, d)), ft(t2, n, d, s);
}
function an(t2, n, i, e, o) {
  let l = t2.startIndex;
  e !== 1074790417 && (t2.assignable = 2, i = M(t2, n, void 0, i, 0, 0, o), t2.getToken() !== 1074790417 && (i = R(t2, n, void 0, 0, 0, o, i), t2.getToken() === 18 && (i = r(t2, n, void 0, 0, o, i))), j(t2, n | 32));
  let u = { type: "ExpressionStatement", expression: i };
  return i.type === "Literal" && typeof i.value == "string" && (u.directive = t2.source.slice(o.index + 1, l - 1)), t2.finishNode(u, o);
}
function Ji(t2, n) {
  let i = t2.tokenStart;
  return h(t2, n | 32), t2.finishNode({ type: "EmptyStatement" }, i);
}
function Ui(t2, n, i) {
  let e = t2.tokenStart;
  h(t2, n | 32), t2.flags & 1 && t2.report(90);
  let o = q(t2, n, i, 0, 1, t2.tokenStart);
  return j(t2, n | 32), t2.finishNode({ type: "ThrowStatement", argument: o }, e);
}
function Xi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n), b(t2, n | 32, 67174411), t2.assignable = 1;
  let u = q(t2, n, e, 0, 1, t2.tokenStart);
  b(t2, n | 32, 16);
  let f = Fn(t2, n, i, e, o), c = null;
  return t2.getToken() === 20563 && (h(t2, n | 32), c = Fn(t2, n, i, e, o)), t2.finishNode({ type: "IfStatement", test: u, consequent: f, alternate: c }, l);
}
function Fn(t2, n, i, e, o) {
  let { tokenStart: l } = t2;
  return n & 1 || !t2.options.webcompat || t2.getToken() !== 86104 ? st(t2, n, i, e, { parent: o }, 0) : et(t2, n, i?.createChildScope(), e, 0, 0, 0, l);
}
function ji(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n), b(t2, n | 32, 67174411);
  let u = q(t2, n, e, 0, 1, t2.tokenStart);
  b(t2, n, 16), b(t2, n, 2162700);
  let f = [], c = 0;
  for (i = i?.createChildScope(8); t2.getToken() !== 1074790415; ) {
    let { tokenStart: s } = t2, g = null, d = [];
    for (L(t2, n | 32, 20556) ? g = q(t2, n, e, 0, 1, t2.tokenStart) : (b(t2, n | 32, 20561), c && t2.report(89), c = 1), b(t2, n | 32, 21); t2.getToken() !== 20556 && t2.getToken() !== 1074790415 && t2.getToken() !== 20561; ) {
      let a = Nt(t2, n | 4, i, e, { parent: o });
      a.type === "VariableDeclaration" && (a.kind === "using" || a.kind === "await using") && t2.report(30, a.kind), d.push(a);
    }
    f.push(t2.finishNode({ type: "SwitchCase", test: g, consequent: d }, s));
  }
  return b(t2, n | 32, 1074790415), t2.finishNode({ type: "SwitchStatement", discriminant: u, cases: f }, l);
}
function qi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n), b(t2, n | 32, 67174411);
  let u = q(t2, n, e, 0, 1, t2.tokenStart);
  b(t2, n | 32, 16);
  let f = Ct(t2, n, i, e, o);
  return t2.finishNode({ type: "WhileStatement", test: u, body: f }, l);
}
function Ct(t2, n, i, e, o) {
  return st(t2, (n | 131072) ^ 131072 | 128, i, e, { loop: 1, parent: o }, 0);
}
function Wi(t2, n, i) {
  (n & 128) === 0 && t2.report(68);
  let e = t2.tokenStart;
  h(t2, n);
  let o = null;
  if ((t2.flags & 1) === 0 && t2.getToken() & 143360) {
    let { tokenValue: l } = t2;
    rn(t2, i, l, 1) || t2.report(140, l), o = P(t2, n | 32);
  }
  return j(t2, n | 32), t2.finishNode({ type: "ContinueStatement", label: o }, e);
}
function Ki(t2, n, i) {
  let e = t2.tokenStart;
  h(t2, n | 32);
  let o = null;
  if ((t2.flags & 1) === 0 && t2.getToken() & 143360) {
    let { tokenValue: l } = t2;
    rn(t2, i, l, 0) || t2.report(140, l), o = P(t2, n | 32);
  } else (n & 132) === 0 && t2.report(69);
  return j(t2, n | 32), t2.finishNode({ type: "BreakStatement", label: o }, e);
}
function Yi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n), n & 1 && t2.report(91), b(t2, n | 32, 67174411);
  let u = q(t2, n, e, 0, 1, t2.tokenStart);
  b(t2, n | 32, 16);
  let f = st(t2, n, i, e, o, 0, 2);
  return t2.finishNode({ type: "WithStatement", object: u, body: f }, l);
}
function Hi(t2, n) {
  let i = t2.tokenStart;
  return h(t2, n | 32), j(t2, n | 32), t2.finishNode({ type: "DebuggerStatement" }, i);
}
function zi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n | 32);
  let u = i?.createChildScope(16), f = At(t2, n, u, e, { parent: o }), { tokenStart: c } = t2, s = L(t2, n | 32, 20557) ? $i(t2, n, i, e, o, c) : null, g = null;
  if (t2.getToken() === 20566) {
    h(t2, n | 32);
    let d = i?.createChildScope(4);
    g = At(t2, n, d, e, { parent: o });
  }
  return !s && !g && t2.report(88), t2.finishNode({ type: "TryStatement", block: f, handler: s, finalizer: g }, l);
}
function $i(t2, n, i, e, o, l) {
  let u = null;
  L(t2, n, 67174411) && (i = i?.createChildScope(4), u = ge(t2, n, i, e, (t2.getToken() & 2097152) === 2097152 ? 256 : 512), t2.getToken() === 18 ? t2.report(86) : t2.getToken() === 1077936155 && t2.report(87), b(t2, n | 32, 16));
  let f = i?.createChildScope(32), c = At(t2, n, f, e, { parent: o });
  return t2.finishNode({ type: "CatchClause", param: u, body: c }, l);
}
function Qi(t2, n, i, e, o) {
  i = i?.createChildScope();
  let l = 38532;
  return n = (n | l) ^ l | 256 | 2048 | 524288 | 65536, At(t2, n, i, e, {}, o, "StaticBlock");
}
function Zi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n | 32);
  let u = Ct(t2, n, i, e, o);
  b(t2, n, 20578), b(t2, n | 32, 67174411);
  let f = q(t2, n, e, 0, 1, t2.tokenStart);
  return b(t2, n | 32, 16), L(t2, n | 32, 1074790417), t2.finishNode({ type: "DoWhileStatement", body: u, test: f }, l);
}
function vi(t2, n, i, e, o, l) {
  let { tokenValue: u, tokenStart: f, currentLocation: c } = t2, s = t2.getToken(), g = P(t2, n);
  if (t2.getToken() & 2240512 && (t2.getToken() & 20480) !== 20480) {
    let d = tt(t2, n, i, e, 8);
    return j(t2, n | 32), t2.finishNode({ type: "VariableDeclaration", kind: "let", declarations: d }, f);
  }
  if (t2.assignable = 1, n & 1 && t2.report(85), t2.getToken() === 21) return mn(t2, n, i, e, o, u, g, s, 1, f, l);
  if (t2.getToken() === 10) {
    let d;
    t2.options.lexical && (d = It(t2, n, u, f, c)), t2.flags = (t2.flags | 128) ^ 128, g = ht(t2, n, d, e, [g], 0, f);
  } else g = M(t2, n, e, g, 0, 0, f), g = R(t2, n, e, 0, 0, f, g);
  return t2.getToken() === 18 && (g = r(t2, n, e, 0, f, g)), ft(t2, n, g, f);
}
function Gi(t2) {
  let { index: n, source: i } = t2, e = n;
  for (; e < t2.end; ) {
    let l = i.charCodeAt(e);
    if (l === 10 || l === 13 || l === 8232 || l === 8233) return false;
    if (/\s/u.test(i[e])) {
      e++;
      continue;
    }
    if (l === 47 && i.charCodeAt(e + 1) === 42) {
      for (e += 2; e < t2.end; ) {
        let u = i.charCodeAt(e);
        if (u === 10 || u === 13 || u === 8232 || u === 8233) return false;
        if (u === 42 && i.charCodeAt(e + 1) === 47) {
          e += 2;
          break;
        }
        e++;
      }
      continue;
    }
    break;
  }
  if (i.slice(e, e + 5) !== "using") return false;
  let o = i.codePointAt(e + 5);
  return o === void 0 || o !== 92 && !wt(o);
}
function _t(t2) {
  return (t2 & 143360) === 143360 && (t2 & 20480) !== 20480;
}
function ri(t2, n, i, e, o, l) {
  let { tokenStart: u, tokenValue: f, currentLocation: c } = t2, s = t2.getToken(), g = P(t2, n);
  if ((t2.flags & 1) === 0 && _t(t2.getToken())) return l & 4 && n & 8 && (n & 2) === 0 && (n & 4096) === 0 && t2.report(30, O[t2.getToken() & 255]), St(t2, n, i, e, 16, l, "using", u, 1);
  if (t2.assignable = 1, t2.getToken() === 10) {
    let d;
    t2.options.lexical && (d = It(t2, n, f, u, c)), t2.flags = (t2.flags | 128) ^ 128;
    let a = ht(t2, n, d, e, [g], 0, u);
    return ft(t2, n, a, u);
  }
  return sn(t2, n, i, e, o, 1, g, s, f, u, l);
}
function xi(t2, n, i, e, o, l) {
  let u = t2.tokenStart;
  n & 524288 && t2.report(179), h(t2, n | 32);
  let f;
  if ((t2.flags & 1) === 0 && t2.getToken() === 209013) {
    let s = t2.tokenStart, g = P(t2, n);
    if ((t2.flags & 1) === 0 && _t(t2.getToken())) return St(t2, n, i, e, 16, l, "await using", u, 1);
    f = M(t2, n, e, g, 0, 0, s);
  } else f = W(t2, n, e, 0, 0, 1);
  t2.getToken() === 8391735 && t2.report(33), t2.assignable = 2;
  let c = t2.finishNode({ type: "AwaitExpression", argument: f }, u);
  return sn(t2, n, i, e, o, 0, c, 1048576, "", u, l);
}
function St(t2, n, i, e, o, l = 0, u, f = t2.tokenStart, c = 0) {
  let s = f;
  c || h(t2, n);
  let g = tt(t2, n, i, e, o, l, u);
  return j(t2, n | 32), t2.finishNode({ type: "VariableDeclaration", kind: u ?? (o & 8 ? "let" : "const"), declarations: g }, s);
}
function pn(t2, n, i, e, o = 0) {
  let l = t2.tokenStart;
  h(t2, n);
  let u = tt(t2, n, i, e, 4, o);
  return j(t2, n | 32), t2.finishNode({ type: "VariableDeclaration", kind: "var", declarations: u }, l);
}
function tt(t2, n, i, e, o, l = 0, u) {
  let f = 1, c = tn(t2, n, i, e, o, l, u), s = [c], g = u && t2.options.lexical ? /* @__PURE__ */ new Set([c.id.name]) : void 0;
  for (; L(t2, n, 18); ) {
    f++;
    let d = tn(t2, n, i, e, o, l, u);
    if (g) {
      let { name: a } = d.id;
      g.has(a) && t2.report(147, a), g.add(a);
    }
    s.push(d);
  }
  return f > 1 && l & 32 && t2.getToken() & 262144 && t2.report(61, O[t2.getToken() & 255]), s;
}
function tn(t2, n, i, e, o, l, u) {
  let { tokenStart: f } = t2, c = t2.getToken(), s = null;
  u && (c & 2097152) === 2097152 && t2.report(50);
  let g = ge(t2, n, i, e, o, l);
  if (t2.getToken() === 1077936155) {
    if (h(t2, n | 32), s = V(t2, n, e, 1, 0, t2.tokenStart, l), l & 32 && (t2.getToken() === 471156 || t2.getToken() === 8673330 && (c & 2097152 || (o & 4) === 0 || n & 1 || !t2.options.webcompat))) throw new D(f, t2.currentLocation, 60, t2.getToken() === 471156 ? "of" : "in");
  } else (o & 16 || (c & 2097152) > 0) && (t2.getToken() & 262144) !== 262144 && t2.report(59, u ?? (o & 16 ? "const" : "destructuring"));
  return t2.finishNode({ type: "VariableDeclarator", id: g, init: s }, f);
}
function pi(t2, n, i, e, o) {
  let l = t2.tokenStart;
  h(t2, n), n & 524288 && t2.getToken() === 209006 && t2.report(179);
  let u = ((n & 2048) > 0 || (n & 2) > 0 && (n & 8) > 0) && L(t2, n, 209006);
  b(t2, n | 32, 67174411), i = i?.createChildScope(1);
  let f = null, c = null, s = 0, g = null, d = t2.getToken() === 86088 || t2.getToken() === 241737 || t2.getToken() === 86090 || t2.getToken() === 209013, a, T = false, w, { tokenStart: E } = t2, I = t2.getToken();
  if (d) if (I === 241737) g = P(t2, n), t2.getToken() & 2240512 && (t2.getToken() & 20480) !== 20480 ? (g = t2.finishNode({ type: "VariableDeclaration", kind: "let", declarations: tt(t2, n | 131072, i, e, 8, 32) }, E), t2.assignable = 1) : n & 1 ? t2.report(67) : (d = false, t2.assignable = 1, g = M(t2, n, e, g, 0, 0, E), t2.getToken() === 471156 && t2.report(117));
  else if (I === 209013) {
    let A = P(t2, n);
    if ((t2.flags & 1) !== 0 || !_t(t2.getToken())) d = false, t2.assignable = 1, g = M(t2, n, e, A, 0, 0, E);
    else if (t2.getToken() === 471156) {
      let N = t2.tokenStart, y = t2.currentLocation, S = t2.getToken(), v = t2.tokenValue, it = P(t2, n);
      if (t2.getToken() !== 1077936155 && t2.getToken() !== 8673330 && t2.getToken() !== 1074790417 && t2.getToken() !== 18) d = false, T = true, t2.assignable = 1, g = A;
      else {
        a = "using", gt(t2, n, 16, S, 0), i?.addBlockName(n, v, 16, N, y, 32);
        let G = null;
        if (t2.getToken() === 1077936155) {
          if (h(t2, n | 32), G = V(t2, n | 131072, e, 1, 0, t2.tokenStart), (t2.getToken() & 262144) === 262144) throw new D(N, t2.currentLocation, 60, t2.getToken() === 471156 ? "of" : "in");
        } else t2.getToken() !== 8673330 && t2.report(59, a);
        let J = [t2.finishNode({ type: "VariableDeclarator", id: it, init: G }, N)], Qt = t2.options.lexical ? /* @__PURE__ */ new Set([v]) : void 0;
        for (; L(t2, n | 131072, 18); ) {
          let Dn = tn(t2, n | 131072, i, e, 16, 32, a);
          if (Qt) {
            let { name: Zt } = Dn.id;
            Qt.has(Zt) && t2.report(147, Zt), Qt.add(Zt);
          }
          J.push(Dn);
        }
        J.length > 1 && t2.getToken() & 262144 && t2.report(61, O[t2.getToken() & 255]), g = t2.finishNode({ type: "VariableDeclaration", kind: a, declarations: J }, E), t2.assignable = 1;
      }
    } else a = "using", g = t2.finishNode({ type: "VariableDeclaration", kind: a, declarations: tt(t2, n | 131072, i, e, 16, 32, a) }, E), t2.assignable = 1;
  } else h(t2, n), g = t2.finishNode(I === 86088 ? { type: "VariableDeclaration", kind: "var", declarations: tt(t2, n | 131072, i, e, 4, 32) } : { type: "VariableDeclaration", kind: "const", declarations: tt(t2, n | 131072, i, e, 16, 32) }, E), t2.assignable = 1;
  else if (I === 209006 && (n & 2048 || n & 2 && n & 8)) {
    n & 524288 && t2.report(179), h(t2, n | 32);
    let A;
    if ((t2.flags & 1) === 0 && t2.getToken() === 209013) {
      let N = t2.tokenStart, y = P(t2, n);
      (t2.flags & 1) === 0 && _t(t2.getToken()) ? (a = "await using", d = true, g = t2.finishNode({ type: "VariableDeclaration", kind: a, declarations: tt(t2, n | 131072, i, e, 16, 32, a) }, E), t2.assignable = 1) : A = M(t2, n, e, y, 0, 0, N);
    } else A = W(t2, n, e, 0, 0, 1);
    d || (t2.getToken() === 8391735 && t2.report(33), t2.assignable = 2, g = t2.finishNode({ type: "AwaitExpression", argument: A }, E));
  } else if (u && I === 209005) {
    let A = P(t2, n);
    t2.assignable = 1, g = M(t2, n | 131072, e, A, 0, 0, E);
  } else if (I === 1074790417) u && t2.report(82);
  else if ((I & 2097152) === 2097152) {
    let A = t2.tokenStart;
    g = I === 2162700 ? $(t2, n, void 0, e, 1, 0, 0, 2, 32) : z(t2, n, void 0, e, 1, 0, 0, 2, 32), s = t2.destructible, s & 64 && t2.report(63), t2.assignable = s & 16 ? 2 : 1, g = M(t2, n | 131072, e, g, 0, 0, A);
  } else g = W(t2, n | 131072, e, 1, 0, 1);
  if (T || (t2.getToken() & 262144) === 262144) {
    if (T || t2.getToken() === 471156) {
      t2.assignable & 2 && t2.report(80, u ? "await" : "of"), Z(t2, g), T || h(t2, n | 32), w = V(t2, n, e, 1, 0, t2.tokenStart), b(t2, n | 32, 16);
      let N = Ct(t2, n, i, e, o);
      return t2.finishNode({ type: "ForOfStatement", left: g, right: w, body: N, await: u }, l);
    }
    a && t2.report(30, "in"), t2.assignable & 2 && t2.report(80, "in"), Z(t2, g), h(t2, n | 32), u && t2.report(82), w = q(t2, n, e, 0, 1, t2.tokenStart), b(t2, n | 32, 16);
    let A = Ct(t2, n, i, e, o);
    return t2.finishNode({ type: "ForInStatement", body: A, left: g, right: w }, l);
  }
  u && t2.report(82), d || (s & 8 && t2.getToken() !== 1077936155 && t2.report(80, "loop"), g = R(t2, n | 131072, e, 0, 0, E, g)), t2.getToken() === 18 && (g = r(t2, n, e, 0, E, g)), b(t2, n | 32, 1074790417), t2.getToken() !== 1074790417 && (f = q(t2, n, e, 0, 1, t2.tokenStart)), b(t2, n | 32, 1074790417), t2.getToken() !== 16 && (c = q(t2, n, e, 0, 1, t2.tokenStart)), b(t2, n | 32, 16);
  let C = Ct(t2, n, i, e, o);
  return t2.finishNode({ type: "ForStatement", init: g, test: f, update: c, body: C }, l);
}
function nn(t2, n, i) {
  return mt(n, t2.getToken()) || t2.report(120), (t2.getToken() & 537079808) === 537079808 && t2.report(121), i?.addBlockName(n, t2.tokenValue, 8, t2.tokenStart, t2.currentLocation), P(t2, n);
}
function to(t2, n, i) {
  let e = t2.tokenStart;
  h(t2, n);
  let o, l = false, u = null, { tokenStart: f } = t2, c = [];
  if (t2.getToken() === 134283267) o = _(t2, n);
  else {
    if (t2.getToken() & 143360) {
      let d = t2.getToken(), { tokenValue: a, tokenStart: T, currentLocation: w } = t2, E = t2.features & 2 && (d & -2147483648) === 0 && a == "defer", I = t2.features & 4 && (d & -2147483648) === 0 && a == "source";
      if (E || I) {
        let C = P(t2, n);
        if (a === "defer") t2.getToken() === 8391476 ? (u = "defer", c = [vt(t2, n, i)]) : t2.getToken() === 209011 || t2.getToken() === 18 ? (i?.addBlockName(n, a, 8, T, w), c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: C }, f)]) : t2.report(108);
        else if (t2.getToken() === 209011) {
          let A = t2.getToken(), N = t2.tokenStart, y = t2.currentLocation, S = P(t2, n);
          t2.getToken() === 209011 ? (gt(t2, n, 16, A, 0), i?.addBlockName(n, S.name, 8, N, y), u = "source", c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: S }, N)]) : (i?.addBlockName(n, a, 8, T, w), c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: C }, f)], t2.getToken() !== 134283267 && t2.report(105, "Import"), o = _(t2, n), l = true);
        } else if (t2.getToken() & 143360) {
          u = "source";
          let A = t2.tokenStart, N = nn(t2, n, i);
          c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: N }, A)];
        } else t2.getToken() === 18 ? (i?.addBlockName(n, a, 8, T, w), c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: C }, f)]) : t2.report(109);
      } else {
        let C = nn(t2, n, i);
        c = [t2.finishNode({ type: "ImportDefaultSpecifier", local: C }, f)];
      }
      if (u === null && !l && L(t2, n, 18)) switch (t2.getToken()) {
        case 8391476:
          c.push(vt(t2, n, i));
          break;
        case 2162700:
          _n(t2, n, i, c);
          break;
        default:
          t2.report(107);
      }
    } else switch (t2.getToken()) {
      case 8391476:
        c = [vt(t2, n, i)];
        break;
      case 2162700:
        _n(t2, n, i, c);
        break;
      case 67174411:
        return ne(t2, n, void 0, e);
      case 67108877:
        return te(t2, n, e);
      default:
        t2.report(30, O[t2.getToken() & 255]);
    }
    l || (o = no(t2, n));
  }
  let s = en(t2, n), g = { type: "ImportDeclaration", specifiers: c, source: o, attributes: s, ...t2.features & 2 || t2.features & 4 ? { phase: u } : null };
  return j(t2, n | 32), t2.finishNode(g, e);
}
function vt(t2, n, i) {
  let { tokenStart: e } = t2;
  if (h(t2, n), b(t2, n, 77932), (t2.getToken() & 134217728) === 134217728) throw new D(e, t2.currentLocation, 30, O[t2.getToken() & 255]);
  return t2.finishNode({ type: "ImportNamespaceSpecifier", local: nn(t2, n, i) }, e);
}
function no(t2, n) {
  return b(t2, n, 209011), t2.getToken() !== 134283267 && t2.report(105, "Import"), _(t2, n);
}
function _n(t2, n, i, e) {
  for (h(t2, n); t2.getToken() & 143360 || t2.getToken() === 134283267; ) {
    let { tokenValue: o, tokenStart: l, currentLocation: u } = t2, f = l, c = t2.getToken(), s = Mt(t2, n), g;
    L(t2, n, 77932) ? ((t2.getToken() & 134217728) === 134217728 || t2.getToken() === 18 ? t2.report(106) : gt(t2, n, 16, t2.getToken(), 0), o = t2.tokenValue, l = t2.tokenStart, u = t2.currentLocation, g = P(t2, n)) : s.type === "Identifier" ? (gt(t2, n, 16, c, 0), g = t2.cloneIdentifier(s)) : t2.report(25, O[108]), i?.addBlockName(n, o, 8, l, u), e.push(t2.finishNode({ type: "ImportSpecifier", local: g, imported: s }, f)), t2.getToken() !== 1074790415 && b(t2, n, 18);
  }
  return b(t2, n, 1074790415), e;
}
function te(t2, n, i) {
  let e = ee(t2, n, t2.finishNode({ type: "Identifier", name: "import" }, i), i);
  return e = M(t2, n, void 0, e, 0, 0, i), e = R(t2, n, void 0, 0, 0, i, e), t2.getToken() === 18 && (e = r(t2, n, void 0, 0, i, e)), ft(t2, n, e, i);
}
function ne(t2, n, i, e) {
  let o = kn(t2, n, i, 0, e);
  return t2.assignable = 2, o = M(t2, n, i, o, 0, 0, e), o = R(t2, n, i, 0, 0, e, o), t2.getToken() === 18 && (o = r(t2, n, i, 0, e, o)), ft(t2, n, o, e);
}
function eo(t2, n, i) {
  let e = t2.leadingDecorators.decorators.length ? t2.leadingDecorators.start : t2.tokenStart;
  h(t2, n | 32);
  let o = L(t2, n | 32, 20561);
  t2.leadingDecorators.decorators.length && t2.getToken() !== 86094 && t2.report(172);
  let l = [], u = null, f = null, c = [];
  if (o) {
    switch (t2.getToken()) {
      case 86104: {
        u = et(t2, n, i, void 0, 1, 1, 0, t2.tokenStart, 4);
        break;
      }
      case 133:
        t2.features & 1 || t2.report(30, "@");
      case 86094:
        u = on(t2, n, i, void 0, 1);
        break;
      case 209005: {
        let { tokenStart: g } = t2;
        u = P(t2, n);
        let { flags: d } = t2;
        if ((d & 1) === 0 && t2.getToken() === 86104) {
          u = et(t2, n, i, void 0, 1, 1, 1, g, 4);
          break;
        }
        t2.getToken() === 10 ? u = Lt(t2, n & -9, void 0, "async", u, 0, 1, 0, g) : (d & 1) === 0 && t2.getToken() === 67174411 ? (u = bn(t2, n, void 0, u, 1, 1, d, g), u = M(t2, n, void 0, u, 0, 0, g), u = R(t2, n, void 0, 0, 0, g, u)) : (d & 1) === 0 && t2.getToken() & 143360 ? (i && (i = It(t2, n, t2.tokenValue, t2.tokenStart, t2.currentLocation)), u = P(t2, n), u = ht(t2, n, i, void 0, [u], 1, g)) : (u = M(t2, n, void 0, u, 0, 0, g), u = R(t2, n, void 0, 0, 0, g, u)), j(t2, n | 32);
        break;
      }
      default:
        u = V(t2, n, void 0, 1, 0, t2.tokenStart), j(t2, n | 32);
    }
    return i && t2.declareUnboundVariable("default"), t2.finishNode({ type: "ExportDefaultDeclaration", declaration: u }, e);
  }
  switch (t2.getToken()) {
    case 8391476: {
      h(t2, n);
      let g = null;
      L(t2, n, 77932) && (i && t2.declareUnboundVariable(t2.tokenValue), g = Mt(t2, n)), b(t2, n, 209011), t2.getToken() !== 134283267 && t2.report(105, "Export"), f = _(t2, n);
      let a = en(t2, n), T = { type: "ExportAllDeclaration", source: f, exported: g, attributes: a };
      return j(t2, n | 32), t2.finishNode(T, e);
    }
    case 2162700: {
      h(t2, n);
      let g = [], d = [], a = 0;
      for (; t2.getToken() & 143360 || t2.getToken() === 134283267; ) {
        let { tokenStart: T, tokenValue: w } = t2, E = Mt(t2, n);
        E.type === "Literal" && (a = 1);
        let I;
        t2.getToken() === 77932 ? (h(t2, n), (t2.getToken() & 143360) === 0 && t2.getToken() !== 134283267 && t2.report(106), i && (g.push(t2.tokenValue), d.push(w)), I = Mt(t2, n)) : (i && (g.push(t2.tokenValue), d.push(t2.tokenValue)), I = E.type === "Literal" ? t2.cloneStringLiteral(E) : t2.cloneIdentifier(E)), l.push(t2.finishNode({ type: "ExportSpecifier", local: E, exported: I }, T)), t2.getToken() !== 1074790415 && b(t2, n, 18);
      }
      b(t2, n, 1074790415), L(t2, n, 209011) ? (t2.getToken() !== 134283267 && t2.report(105, "Export"), f = _(t2, n), c = en(t2, n), i && g.forEach((T) => t2.declareUnboundVariable(T))) : (a && t2.report(174), i && (g.forEach((T) => t2.declareUnboundVariable(T)), d.forEach((T) => t2.addBindingToExports(T)))), j(t2, n | 32);
      break;
    }
    case 133:
      t2.features & 1 || t2.report(30, "@");
    case 86094:
      u = on(t2, n, i, void 0, 2);
      break;
    case 86104:
      u = et(t2, n, i, void 0, 1, 2, 0, t2.tokenStart, 4);
      break;
    case 241737:
      u = St(t2, n, i, void 0, 8, 64);
      break;
    case 86090:
      u = St(t2, n, i, void 0, 16, 64);
      break;
    case 86088:
      u = pn(t2, n, i, void 0, 64);
      break;
    case 209005: {
      let { tokenStart: g } = t2;
      if (h(t2, n), (t2.flags & 1) === 0 && t2.getToken() === 86104) {
        u = et(t2, n, i, void 0, 1, 2, 1, g, 4);
        break;
      }
    }
    default:
      t2.report(30, O[t2.getToken() & 255]);
  }
  let s = { type: "ExportNamedDeclaration", declaration: u, specifiers: l, source: f, attributes: c };
  return t2.finishNode(s, e);
}
function V(t2, n, i, e, o, l, u = 0) {
  let f = Y(t2, n, i, 2, 0, e, o, 1, l, u, n & 131072 ? 0 : 1);
  return f = M(t2, n, i, f, o, 0, l), R(t2, n, i, o, 0, l, f);
}
function r(t2, n, i, e, o, l) {
  let u = [l];
  for (; L(t2, n | 32, 18); ) u.push(V(t2, n, i, 1, e, t2.tokenStart));
  return t2.finishNode({ type: "SequenceExpression", expressions: u }, o);
}
function q(t2, n, i, e, o, l) {
  let u = V(t2, n, i, o, e, l);
  return t2.getToken() === 18 ? r(t2, n, i, e, l, u) : u;
}
function R(t2, n, i, e, o, l, u) {
  let f = t2.getToken();
  if ((f & 4194304) === 4194304) {
    t2.assignable & 2 && t2.report(26), (f & 524288) === 524288 && t2.assignable & 4 && t2.report(26), (!o && f === 1077936155 && u.type === "ArrayExpression" || u.type === "ObjectExpression") && Z(t2, u), h(t2, n | 32);
    let c = V(t2, n, i, 1, e, t2.tokenStart);
    return t2.assignable = 2, t2.finishNode(o ? { type: "AssignmentPattern", left: u, right: c } : { type: "AssignmentExpression", left: u, operator: O[f & 255], right: c }, l);
  }
  return (f & 8388608) === 8388608 && (u = nt(t2, n, i, e, l, 4, f, u)), L(t2, n | 32, 22) && (u = lt(t2, n, i, u, l)), u;
}
function Bt(t2, n, i, e, o, l, u) {
  let f = t2.getToken();
  h(t2, n | 32);
  let c = V(t2, n, i, 1, e, t2.tokenStart);
  return u = t2.finishNode(o ? { type: "AssignmentPattern", left: u, right: c } : { type: "AssignmentExpression", left: u, operator: O[f & 255], right: c }, l), t2.assignable = 2, u;
}
function lt(t2, n, i, e, o) {
  let l = V(t2, (n | 131072) ^ 131072, i, 1, 0, t2.tokenStart);
  b(t2, n | 32, 21), t2.assignable = 1;
  let u = V(t2, n, i, 1, 0, t2.tokenStart);
  return t2.assignable = 2, t2.finishNode({ type: "ConditionalExpression", test: e, consequent: l, alternate: u }, o);
}
function nt(t2, n, i, e, o, l, u, f) {
  if ((t2.flags & 16384) === 16384) return t2.flags = (t2.flags | 16384) ^ 16384, f;
  let c = -((n & 131072) > 0) & 8673330, s, g;
  for (t2.assignable = 2; t2.getToken() & 8388608 && (s = t2.getToken(), g = s & 3840, (s & 524288 && u & 268435456 || u & 524288 && s & 268435456) && t2.report(167), !(g + ((s === 8391735) << 8) - ((c === s) << 12) <= l)); ) h(t2, n | 32), f = t2.finishNode({ type: s & 524288 || s & 268435456 ? "LogicalExpression" : "BinaryExpression", left: f, right: nt(t2, n, i, e, t2.tokenStart, g, s, W(t2, n, i, 0, e, 1, (n & 131072) === 0 && 2048 > g ? 1 : 0)), operator: O[s & 255] }, o);
  return t2.getToken() === 1077936155 && t2.report(26), f;
}
function io(t2, n, i, e, o) {
  e || t2.report(0);
  let { tokenStart: l } = t2, u = t2.getToken();
  h(t2, n | 32);
  let f = W(t2, n, i, 0, o, 1);
  return t2.getToken() === 8391735 && t2.report(33), n & 1 && u === 16863276 && (f.type === "Identifier" ? t2.report(123) : Ci(f) && t2.report(129)), t2.assignable = 2, t2.finishNode({ type: "UnaryExpression", operator: O[u & 255], argument: f, prefix: true }, l);
}
function oo(t2, n, i, e, o, l, u, f) {
  let c = t2.getToken(), s = P(t2, n), { flags: g } = t2;
  if ((g & 1) === 0) {
    if (t2.getToken() === 86104) return oe(t2, n, i, 1, e, f);
    if (mt(n, t2.getToken())) return o || t2.report(0), (t2.getToken() & 36864) === 36864 && (t2.flags |= 256), fe(t2, n, i, l, f);
  }
  return !u && t2.getToken() === 67174411 ? bn(t2, n, i, s, l, 1, g, f) : t2.getToken() === 10 ? (Xt(t2, n, c), u && t2.report(51), (c & 36864) === 36864 && (t2.flags |= 256), Lt(t2, n, i, t2.tokenValue, s, u, l, 0, f)) : (t2.assignable = 1, s);
}
function lo(t2, n, i, e, o, l) {
  if (e && ((t2.destructible & 256) === 0 && (t2.firstYieldLocation ?? (t2.firstYieldLocation = { start: l, end: t2.currentLocation })), t2.destructible |= 256), n & 1024) {
    if (h(t2, n | 32), n & 8192) throw new D(l, t2.startPosition, 32);
    o || t2.report(26), t2.getToken() === 22 && t2.report(126);
    let u = null, f = false;
    return (t2.flags & 1) === 0 ? (f = L(t2, n | 32, 8391476), (t2.getToken() & 77824 || f) && (u = V(t2, n, i, 1, 0, t2.tokenStart))) : t2.getToken() === 8391476 && t2.report(30, O[t2.getToken() & 255]), t2.getToken() & 75497472 && (u === null && (t2.flags & 1) === 0 && t2.report(30, O[t2.getToken() & 255]), t2.flags |= 16384), t2.assignable = 2, t2.finishNode({ type: "YieldExpression", argument: u, delegate: f }, l);
  }
  return n & 1 && t2.report(97, "yield"), yn(t2, n, i, 0, o);
}
function uo(t2, n, i, e, o, l, u) {
  o && ((t2.destructible & 128) === 0 && (t2.firstAwaitLocation ?? (t2.firstAwaitLocation = { start: u, end: t2.currentLocation })), t2.destructible |= 128), n & 524288 && t2.report(179);
  let f = (t2.getToken() & -2147483648) !== 0, c = !f && n & 2050 ? 1 : 0, s = yn(t2, n, i, c, l);
  if (f || s.type === "ArrowFunctionExpression" || (t2.getToken() & 65536) === 0 && (t2.getToken() & 36864) !== 36864) {
    if (n & 2048) throw new D(u, t2.startPosition, 178);
    if (n & 2) throw new D(u, t2.startPosition, 112);
    if (n & 8192 && n & 2048) throw new D(u, t2.startPosition, 112);
    return s;
  }
  if (n & 8192 && (n & 2050 || t2.getToken() & 143360)) throw new D(u, t2.startPosition, 31);
  if (n & 2048 || n & 2 && n & 8) {
    if (e) throw new D(u, t2.startPosition, 0);
    let d = W(t2, n, i, 0, 0, 1);
    return t2.getToken() === 8391735 && t2.report(33), t2.assignable = 2, t2.finishNode({ type: "AwaitExpression", argument: d }, u);
  }
  if (n & 2) throw new D(u, t2.startPosition, 98);
  return s;
}
function jt(t2, n, i, e, o, l, u = 0) {
  let { tokenStart: f } = t2;
  t2.flags &= -4161, b(t2, n | 32, 2162700);
  let c = [];
  if (t2.getToken() !== 1074790415) {
    for (; t2.getToken() === 134283267; ) {
      let { index: s, tokenStart: g, tokenIndex: d, tokenValue: a } = t2, T = t2.getToken(), w = _(t2, n);
      if (Zn(t2, s, d, a)) {
        if (n |= 1, t2.flags & 128) throw new D(g, t2.currentLocation, 66);
        if (t2.flags & 64) throw new D(g, t2.currentLocation, 9);
        if (t2.flags & 4096) throw new D(g, t2.currentLocation, 15);
        l?.reportScopeError();
      }
      c.push(an(t2, n, w, T, g));
    }
    if (n & 1 && (o && ((o & 537079808) === 537079808 && t2.report(121), (o & 36864) === 36864 && t2.report(40)), t2.flags & 512 && t2.report(121), t2.flags & 256)) {
      if (t2.strictReservedRange) throw new D(t2.strictReservedRange[0], t2.strictReservedRange[1], 120);
      t2.report(120);
    }
  }
  for (t2.flags = (t2.flags | 512 | 256 | 64 | 4096) ^ 4928, t2.destructible = (t2.destructible | 256) ^ 256; t2.getToken() !== 1074790415; ) c.push(Nt(t2, n, i, e, {}, 4));
  return b(t2, u & 24 ? n | 32 : n, 1074790415), t2.flags &= -4289, t2.getToken() === 1077936155 && t2.report(26), t2.finishNode({ type: "BlockStatement", body: c }, f);
}
function fo(t2, n) {
  let { tokenStart: i } = t2;
  switch (h(t2, n), t2.getToken()) {
    case 67108991:
      t2.report(169);
    case 67174411: {
      (n & 512) === 0 && t2.report(28), t2.assignable = 2;
      break;
    }
    case 69271571:
    case 67108877: {
      (n & 256) === 0 && t2.report(29), t2.assignable = 1;
      break;
    }
    default:
      t2.report(30, "super");
  }
  return t2.finishNode({ type: "Super" }, i);
}
function W(t2, n, i, e, o, l, u = 0) {
  let f = t2.tokenStart, c = Y(t2, n, i, 2, 0, e, o, l, f, 0, u);
  return M(t2, n, i, c, o, 0, f);
}
function co(t2, n, i, e) {
  (t2.assignable & 2 || i.type === "ArrayExpression" || i.type === "ObjectExpression") && t2.report(55);
  let o = t2.getToken();
  return h(t2, n), t2.assignable = 2, t2.finishNode({ type: "UpdateExpression", argument: i, operator: O[o & 255], prefix: false }, e);
}
function M(t2, n, i, e, o, l, u) {
  if ((t2.getToken() & 33619968) === 33619968 && (t2.flags & 1) === 0) e = co(t2, n, e, u);
  else if ((t2.getToken() & 67108864) === 67108864) {
    if ((t2.flags & 16384) === 16384) return t2.flags = (t2.flags | 16384) ^ 16384, e;
    switch (n = (n | 131072) ^ 131072, t2.getToken()) {
      case 67108877: {
        h(t2, (n | 262144 | 8) ^ 8), n & 16 && t2.getToken() === 131 && t2.tokenValue === "super" && t2.report(175), t2.assignable = (t2.flags & 2048) === 2048 ? 2 : 1;
        let f = qt(t2, n | 64, i, 1);
        e = t2.finishNode({ type: "MemberExpression", object: e, computed: false, property: f, optional: false }, u);
        break;
      }
      case 69271571: {
        if ((t2.flags & 8192) === 8192) return t2.flags = (t2.flags | 8192) ^ 8192, e;
        let f = false;
        (t2.flags & 2048) === 2048 && (f = true, t2.flags = (t2.flags | 2048) ^ 2048), h(t2, n | 32);
        let { tokenStart: c } = t2, s = q(t2, n, i, o, 1, c);
        b(t2, n, 20), t2.assignable = f ? 2 : 1, e = t2.finishNode({ type: "MemberExpression", object: e, computed: true, property: s, optional: false }, u), f && (t2.flags |= 2048);
        break;
      }
      case 67174411: {
        if ((t2.flags & 1024) === 1024) return t2.flags = (t2.flags | 1024) ^ 1024, e;
        let f = false;
        (t2.flags & 2048) === 2048 && (f = true, t2.flags = (t2.flags | 2048) ^ 2048);
        let c = Wt(t2, n, i, o);
        !f && !(n & 1) && t2.options.webcompat ? t2.assignable = 4 : t2.assignable = 2, e = t2.finishNode({ type: "CallExpression", callee: e, arguments: c, optional: false }, u), f && (t2.flags |= 2048);
        break;
      }
      case 67108991: {
        h(t2, (n | 262144 | 8) ^ 8), t2.flags |= 2048, t2.assignable = 2, e = go(t2, n, i, e, u);
        break;
      }
      default:
        (t2.flags & 2048) === 2048 && t2.report(168), t2.assignable = 2, e = t2.finishNode({ type: "TaggedTemplateExpression", tag: e, quasi: t2.getToken() === 67174408 ? Tn(t2, n | 64, i) : hn(t2, n) }, u);
    }
    e = M(t2, n, i, e, 0, 1, u);
  }
  return l === 0 && (t2.flags & 2048) === 2048 && (t2.flags = (t2.flags | 2048) ^ 2048, e = t2.finishNode({ type: "ChainExpression", expression: e }, u)), e;
}
function go(t2, n, i, e, o) {
  let l = false, u;
  if ((t2.getToken() === 69271571 || t2.getToken() === 67174411) && (t2.flags & 2048) === 2048 && (l = true, t2.flags = (t2.flags | 2048) ^ 2048), t2.getToken() === 69271571) {
    h(t2, n | 32);
    let { tokenStart: f } = t2, c = q(t2, n, i, 0, 1, f);
    b(t2, n, 20), t2.assignable = 2, u = t2.finishNode({ type: "MemberExpression", object: e, computed: true, optional: true, property: c }, o);
  } else if (t2.getToken() === 67174411) {
    let f = Wt(t2, n, i, 0);
    t2.assignable = 2, u = t2.finishNode({ type: "CallExpression", callee: e, arguments: f, optional: true }, o);
  } else {
    let f = qt(t2, n, i, 1);
    t2.assignable = 2, u = t2.finishNode({ type: "MemberExpression", object: e, computed: false, optional: true, property: f }, o);
  }
  return l && (t2.flags |= 2048), u;
}
function qt(t2, n, i, e = 0) {
  return (t2.getToken() & 143360) === 0 && t2.getToken() !== -2147483527 && t2.getToken() !== -2147483526 && (t2.getToken() !== 131 || !e) && t2.report(162), t2.getToken() === 131 ? Ut(t2, n, i, 0) : P(t2, n);
}
function so(t2, n, i, e, o, l) {
  e && t2.report(56), o || t2.report(0);
  let u = t2.getToken();
  h(t2, n | 32);
  let f = W(t2, n, i, 0, 0, 1);
  return t2.assignable & 2 && t2.report(55), t2.assignable = 2, t2.finishNode({ type: "UpdateExpression", argument: f, operator: O[u & 255], prefix: true }, l);
}
function Y(t2, n, i, e, o, l, u, f, c, s = 0, g = 0) {
  if ((t2.getToken() & 143360) === 143360) {
    switch (t2.getToken()) {
      case 209006:
      case -2147274642:
        return uo(t2, n, i, o, u, l, c);
      case 241771:
        return lo(t2, n, i, u, l, c);
      case 209005:
        return oo(t2, n, i, u, f, l, o, c);
    }
    let { tokenValue: d } = t2, a = t2.getToken(), T = P(t2, n | 64);
    if (t2.getToken() === 10) return f || t2.report(0), Xt(t2, n, a), (a & 36864) === 36864 && (t2.flags |= 256), Lt(t2, n, i, d, T, o, l, 0, c, s);
    if (n & 16 && !(n & 32768) && !(n & 8192) && t2.tokenValue === "arguments" && !(s & 1 && t2.getToken() === 21)) throw new D(c, t2.startPosition, 132);
    return (a & 255) === 73 && (n & 1 && t2.report(115), e & 24 && t2.report(100)), t2.assignable = n & 1 && (a & 537079808) === 537079808 ? 2 : 1, T;
  }
  if ((t2.getToken() & 134217728) === 134217728) return _(t2, n);
  switch (t2.getToken()) {
    case 33619993:
    case 33619994:
      return so(t2, n, i, o, f, c);
    case 16863276:
    case 16842798:
    case 16842799:
    case 25233968:
    case 25233969:
    case 16863275:
    case 16863277:
      return io(t2, n, i, f, u);
    case 86104:
      return oe(t2, n, i, 0, u, c);
    case 2162700:
      return wo(t2, n, i, l ? 0 : 1, u);
    case 69271571:
      return bo(t2, n, i, l ? 0 : 1, u);
    case 67174411:
      return Co(t2, n, i, l, 1, c, s);
    case 86021:
    case 86022:
    case 86023:
      return To(t2, n);
    case 86111:
      return yo(t2, n);
    case 65540:
      return Io(t2, n);
    case 133:
      t2.features & 1 || t2.report(30, "@");
    case 86094:
      return No(t2, n, i, u, c);
    case 86109:
      return fo(t2, n);
    case 67174409:
      return hn(t2, n);
    case 67174408:
      return Tn(t2, n, i);
    case 86107:
      return Ao(t2, n, i, u);
    case 134283389:
      return ie(t2, n);
    case 131: {
      g || t2.report(30, "PrivateField");
      let { tokenStart: d } = t2, a = Ut(t2, n, i, 0);
      if (t2.getToken() !== 8673330) throw new D(d, t2.startPosition, 151);
      return a;
    }
    case 86106:
      return mo(t2, n, i, o, u, c);
    case 8456256:
      if (t2.options.jsx) return Yt(t2, n, i, 0, t2.tokenStart);
    default:
      if (mt(n, t2.getToken())) return yn(t2, n, i, 0, l);
      t2.report(30, O[t2.getToken() & 255]);
  }
}
function mo(t2, n, i, e, o, l) {
  let u = P(t2, n);
  return t2.getToken() === 67108877 ? ee(t2, n, u, l, i, o, e) : (e && t2.report(144), u = kn(t2, n, i, o, l), t2.assignable = 2, M(t2, n, i, u, o, 0, l));
}
function ee(t2, n, i, e, o, l = 0, u = 0) {
  let f = t2.tokenStart, c = t2.currentLocation;
  h(t2, n);
  let s = t2.getToken(), g = t2.features & 2 && (s & -2147483648) === 0 && t2.tokenValue === "defer", d = t2.features & 4 && (s & -2147483648) === 0 && t2.tokenValue === "source";
  if (g || d) {
    u && t2.report(144), h(t2, n);
    let a = kn(t2, n, o, l, e, t2.tokenValue);
    return t2.assignable = 2, a;
  }
  if ((n & 2) === 0) throw new D(f, c, 171);
  return s !== 209031 && t2.tokenValue !== "meta" ? t2.report(176) : s & -2147483648 && t2.report(177), t2.assignable = 2, t2.finishNode({ type: "MetaProperty", meta: i, property: P(t2, n) }, e);
}
function kn(t2, n, i, e, o, l = null) {
  b(t2, n | 32, 67174411), t2.getToken() === 14 && t2.report(145);
  let u = V(t2, n, i, 1, e, t2.tokenStart), f = null;
  if (t2.getToken() === 18) {
    if (b(t2, n, 18), t2.getToken() !== 16) {
      let s = (n | 131072) ^ 131072;
      f = V(t2, s, i, 1, e, t2.tokenStart);
    }
    L(t2, n, 18);
  }
  let c = { type: "ImportExpression", source: u, options: f, ...t2.features & 2 || t2.features & 4 ? { phase: l } : null };
  return b(t2, n, 16), t2.finishNode(c, o);
}
function en(t2, n) {
  if (!L(t2, n, 20579)) return [];
  b(t2, n, 2162700);
  let i = [], e = /* @__PURE__ */ new Set();
  for (; t2.getToken() !== 1074790415; ) {
    let o = t2.tokenStart, l = ko(t2, n);
    b(t2, n, 21);
    let u = ao(t2, n), f = l.type === "Literal" ? l.value : l.name;
    e.has(f) && t2.report(147, f), e.add(f), i.push(t2.finishNode({ type: "ImportAttribute", key: l, value: u }, o)), t2.getToken() !== 1074790415 && b(t2, n, 18);
  }
  return b(t2, n, 1074790415), i;
}
function ao(t2, n) {
  if (t2.getToken() === 134283267) return _(t2, n);
  t2.report(30, O[t2.getToken() & 255]);
}
function ko(t2, n) {
  if (t2.getToken() === 134283267) return _(t2, n);
  if (t2.getToken() & 143360) return P(t2, n);
  t2.report(30, O[t2.getToken() & 255]);
}
function Mt(t2, n) {
  if (t2.getToken() === 134283267) {
    let i = t2.tokenValue;
    return On(0, i) || t2.report(173), _(t2, n);
  } else {
    if (t2.getToken() & 143360) return P(t2, n);
    t2.report(30, O[t2.getToken() & 255]);
  }
}
function ie(t2, n) {
  let { tokenRaw: i, tokenValue: e, tokenStart: o } = t2;
  h(t2, n), t2.assignable = 2;
  let l = { type: "Literal", value: e, bigint: String(e) };
  return t2.options.raw && (l.raw = i), t2.finishNode(l, o);
}
function hn(t2, n) {
  t2.assignable = 2;
  let { tokenValue: i, tokenRaw: e, tokenStart: o } = t2;
  b(t2, n, 67174409);
  let l = [Vt(t2, i, e, o, true)];
  return t2.finishNode({ type: "TemplateLiteral", expressions: [], quasis: l }, o);
}
function Tn(t2, n, i) {
  n = (n | 131072) ^ 131072;
  let { tokenValue: e, tokenRaw: o, tokenStart: l } = t2;
  b(t2, n & -65 | 32, 67174408);
  let u = [Vt(t2, e, o, l, false)], f = [q(t2, n & -65, i, 0, 1, t2.tokenStart)];
  for (t2.getToken() !== 1074790415 && t2.report(83); t2.setToken(wi(t2, n), true) !== 67174409; ) {
    let { tokenValue: c, tokenRaw: s, tokenStart: g } = t2;
    b(t2, n & -65 | 32, 67174408), u.push(Vt(t2, c, s, g, false)), f.push(q(t2, n, i, 0, 1, t2.tokenStart)), t2.getToken() !== 1074790415 && t2.report(83);
  }
  {
    let { tokenValue: c, tokenRaw: s, tokenStart: g } = t2;
    b(t2, n, 67174409), u.push(Vt(t2, c, s, g, true));
  }
  return t2.assignable = 2, t2.finishNode({ type: "TemplateLiteral", expressions: f, quasis: u }, l);
}
function Vt(t2, n, i, e, o) {
  let l = t2.finishNode({ type: "TemplateElement", value: { cooked: n, raw: i }, tail: o }, e), u = o ? 1 : 2, { ranges: f } = t2.options;
  return f && (f.start && (l.start += 1), f.end && (l.end -= u), f.range && (l.range[0] += 1, l.range[1] -= u)), t2.options.loc && (l.loc.start.column += 1, l.loc.end.column -= u), l;
}
function ho(t2, n, i) {
  let e = t2.tokenStart;
  n = (n | 131072) ^ 131072, b(t2, n | 32, 14);
  let o = V(t2, n, i, 1, 0, t2.tokenStart);
  return t2.assignable = 1, t2.finishNode({ type: "SpreadElement", argument: o }, e);
}
function Wt(t2, n, i, e) {
  h(t2, n | 32);
  let o = [];
  if (t2.getToken() === 16) return h(t2, n | 64), o;
  for (; t2.getToken() !== 16 && (t2.getToken() === 14 ? o.push(ho(t2, n, i)) : o.push(V(t2, n, i, 1, e, t2.tokenStart)), !(t2.getToken() !== 18 || (h(t2, n | 32), t2.getToken() === 16))); ) ;
  return b(t2, n | 64, 16), o;
}
function P(t2, n, i = 0) {
  let { tokenValue: e, tokenStart: o } = t2;
  return h(t2, n | (i ? 32 : 0)), t2.finishNode({ type: "Identifier", name: e }, o);
}
function _(t2, n) {
  let { tokenValue: i, tokenRaw: e, tokenStart: o } = t2;
  if (t2.getToken() === 134283389) return ie(t2, n);
  let l = { type: "Literal", value: i };
  return t2.options.raw && (l.raw = e), h(t2, n), t2.assignable = 2, t2.finishNode(l, o);
}
function To(t2, n) {
  let i = t2.tokenStart, e = O[t2.getToken() & 255], l = { type: "Literal", value: t2.getToken() === 86023 ? null : e === "true" };
  return t2.options.raw && (l.raw = e), h(t2, n), t2.assignable = 2, t2.finishNode(l, i);
}
function yo(t2, n) {
  let { tokenStart: i } = t2;
  return h(t2, n), t2.assignable = 2, t2.finishNode({ type: "ThisExpression" }, i);
}
function et(t2, n, i, e, o, l, u, f, c = 0) {
  h(t2, n | 32);
  let s = o ? gn(t2, n, 8391476) : 0, g = null, d, a = i ? t2.createScope() : void 0;
  if (t2.getToken() === 67174411) (l & 1) === 0 && t2.report(39, "Function");
  else {
    let I = c & 4 && ((n & 8) === 0 || (n & 2) === 0) ? 4 : 64 | (u ? 1024 : 0) | (s ? 1024 : 0);
    vn(t2, n, t2.getToken()), i && (i.addVarOrBlock(n, t2.tokenValue, I, t2.tokenStart, t2.currentLocation, c), a = a?.createChildScope(128), l && l & 2 && t2.declareUnboundVariable(t2.tokenValue)), d = t2.getToken(), t2.getToken() & 143360 ? g = P(t2, n) : t2.report(30, O[t2.getToken() & 255]);
  }
  n = (n | 28416) ^ 28416 | 65536 | (u ? 2048 : 0) | (s ? 1024 : 0) | (s ? 0 : 262144), a = a?.createChildScope(256);
  let T = ue(t2, (n | 8192) & -524289, a, e, 0, 1), w = 524428, E = jt(t2, (n | w) ^ w | 32768 | 4096, a?.createChildScope(64), e, d, a, 8);
  return t2.finishNode({ type: "FunctionDeclaration", id: g, params: T, body: E, async: u === 1, generator: s === 1 }, f);
}
function oe(t2, n, i, e, o, l) {
  h(t2, n | 32);
  let u = gn(t2, n, 8391476), f = (e ? 2048 : 0) | (u ? 1024 : 0), c = null, s, g = t2.createScopeIfLexical(), d = 552704;
  t2.getToken() & 143360 && (vn(t2, (n | d) ^ d | f, t2.getToken()), g = g?.createChildScope(128), s = t2.getToken(), c = P(t2, n)), n = (n | d) ^ d | 65536 | f | (u ? 0 : 262144), g = g?.createChildScope(256);
  let a = ue(t2, (n | 8192) & -524289, g, i, o, 1), T = jt(t2, n & -131229 | 32768 | 4096, g?.createChildScope(64), i, s, g);
  return t2.assignable = 2, t2.finishNode({ type: "FunctionExpression", id: c, params: a, body: T, async: e === 1, generator: u === 1 }, l);
}
function bo(t2, n, i, e, o) {
  let l = z(t2, n, void 0, i, e, o, 0, 2);
  return t2.destructible & 64 && t2.report(63), t2.destructible & 8 && t2.report(62), l.type === "ArrayExpression" && (t2.assignable = 2), l;
}
function z(t2, n, i, e, o, l, u, f, c = 0) {
  let { tokenStart: s } = t2;
  h(t2, n | 32);
  let g = [], d = 0;
  for (n = (n | 131072) ^ 131072; t2.getToken() !== 20; ) if (L(t2, n | 32, 18)) g.push(null);
  else {
    let T, { tokenStart: w, tokenValue: E, currentLocation: I } = t2, C = t2.getToken();
    if (C & 143360) if (T = Y(t2, n, e, f, 0, 1, l, 1, w), t2.getToken() === 1077936155) {
      t2.assignable & 2 && t2.report(26), h(t2, n | 32), i?.addVarOrBlock(n, E, f, w, I, c);
      let A = V(t2, n, e, 1, l, t2.tokenStart);
      T = t2.finishNode(u ? { type: "AssignmentPattern", left: T, right: A } : { type: "AssignmentExpression", operator: "=", left: T, right: A }, w), d |= (t2.destructible & 256 ? 256 : 0) | (t2.destructible & 128 ? 128 : 0);
    } else t2.getToken() === 18 || t2.getToken() === 20 ? (t2.assignable & 2 ? d |= 16 : i?.addVarOrBlock(n, E, f, w, I, c), d |= (t2.destructible & 256 ? 256 : 0) | (t2.destructible & 128 ? 128 : 0)) : (d |= f & 1 ? 32 : (f & 2) === 0 ? 16 : 0, T = M(t2, n, e, T, l, 0, w), t2.getToken() !== 18 && t2.getToken() !== 20 ? (t2.getToken() !== 1077936155 && (d |= 16), T = R(t2, n, e, l, u, w, T)) : t2.getToken() !== 1077936155 && (d |= t2.assignable & 1 ? 32 : 16));
    else C & 2097152 ? (T = t2.getToken() === 2162700 ? $(t2, n, i, e, 0, l, u, f, c) : z(t2, n, i, e, 0, l, u, f, c), d |= t2.destructible, t2.assignable = t2.destructible & 16 ? 2 : 1, t2.getToken() === 18 || t2.getToken() === 20 ? t2.assignable & 2 && (d |= 16) : t2.destructible & 8 ? t2.report(71) : (T = M(t2, n, e, T, l, 0, w), d = t2.assignable & 2 ? 16 : 0, t2.getToken() !== 18 && t2.getToken() !== 20 ? T = R(t2, n, e, l, u, w, T) : t2.getToken() !== 1077936155 && (d |= t2.assignable & 1 ? 32 : 16))) : C === 14 ? (T = kt(t2, n, i, e, 20, f, 0, l, u, c), d |= t2.destructible, t2.getToken() !== 18 && t2.getToken() !== 20 && t2.report(30, O[t2.getToken() & 255])) : (T = W(t2, n, e, 1, 0, 1, n & 131072 ? 0 : 1), t2.getToken() !== 18 && t2.getToken() !== 20 ? (t2.getToken() !== 1077936155 && (d |= 16), T = R(t2, n, e, l, u, w, T), (f & 3) === 0 && C === 67174411 && (d |= 16)) : t2.assignable & 2 ? d |= 16 : C === 67174411 && (d |= t2.assignable & 1 && f & 3 ? 32 : 16));
    if (g.push(T), L(t2, n | 32, 18)) {
      if (t2.getToken() === 20) break;
    } else break;
  }
  b(t2, n, 20);
  let a = t2.finishNode({ type: u ? "ArrayPattern" : "ArrayExpression", elements: g }, s);
  return !o && t2.getToken() & 4194304 ? le(t2, n, e, d, l, u, s, a) : (t2.destructible = d, a);
}
function le(t2, n, i, e, o, l, u, f) {
  t2.getToken() !== 1077936155 && t2.report(26), h(t2, n | 32), e & 16 && t2.report(26), l || Z(t2, f);
  let { tokenStart: c } = t2, s = V(t2, n, i, 1, o, c);
  return t2.destructible = (e | 64 | 8) ^ 72 | (t2.destructible & 128 ? 128 : 0) | (t2.destructible & 256 ? 256 : 0), t2.finishNode(l ? { type: "AssignmentPattern", left: f, right: s } : { type: "AssignmentExpression", left: f, operator: "=", right: s }, u);
}
function kt(t2, n, i, e, o, l, u, f, c, s = 0) {
  let { tokenStart: g } = t2;
  h(t2, n | 32);
  let d = null, a = 0, { tokenValue: T, tokenStart: w, currentLocation: E } = t2, I = t2.getToken();
  if (I & 143360) t2.assignable = 1, d = Y(t2, n, e, l, 0, 1, f, 1, w), I = t2.getToken(), d = M(t2, n, e, d, f, 0, w), t2.getToken() !== 18 && t2.getToken() !== o && (t2.assignable & 2 && t2.getToken() === 1077936155 && t2.report(71), a |= 16, d = R(t2, n, e, f, c, w, d)), t2.assignable & 2 ? a |= 16 : I === o || I === 18 ? i?.addVarOrBlock(n, T, l, w, E, s) : a |= 32, a |= t2.destructible & 128 ? 128 : 0;
  else if (I === o) t2.report(41);
  else if (I & 2097152) d = t2.getToken() === 2162700 ? $(t2, n, i, e, 1, f, c, l, s) : z(t2, n, i, e, 1, f, c, l, s), I = t2.getToken(), I !== 1077936155 && I !== o && I !== 18 ? (t2.destructible & 8 && t2.report(71), d = M(t2, n, e, d, f, 0, w), a |= t2.assignable & 1 ? 0 : 16, (t2.getToken() & 4194304) === 4194304 ? (t2.getToken() !== 1077936155 && (a |= 16), d = R(t2, n, e, f, c, w, d)) : ((t2.getToken() & 8388608) === 8388608 && (d = nt(t2, n, e, 1, w, 4, I, d)), L(t2, n | 32, 22) && (d = lt(t2, n, e, d, w)), a |= t2.assignable & 1 ? 32 : 16)) : a |= o === 1074790415 && I !== 1077936155 ? 16 : t2.destructible;
  else {
    a |= 32, d = W(t2, n, e, 1, f, 1, n & 131072 ? 0 : 1);
    let C = t2.getToken();
    return C === 1077936155 ? (t2.assignable & 2 && t2.report(26), d = R(t2, n, e, f, c, w, d), a |= 16) : (C === 18 ? a |= 16 : C !== o && (d = R(t2, n, e, f, c, w, d)), a |= t2.assignable & 1 ? 32 : 16), t2.destructible = a, t2.getToken() !== o && t2.getToken() !== 18 && t2.report(163), t2.finishNode({ type: c ? "RestElement" : "SpreadElement", argument: d }, g);
  }
  if (t2.getToken() !== o) if (l & 1 && (a |= u ? 16 : 32), L(t2, n | 32, 1077936155)) {
    a & 16 && t2.report(26), Z(t2, d);
    let C = V(t2, n, e, 1, f, t2.tokenStart);
    d = t2.finishNode(c ? { type: "AssignmentPattern", left: d, right: C } : { type: "AssignmentExpression", left: d, operator: "=", right: C }, w), a = 16;
  } else a |= 16;
  return t2.destructible = a, t2.finishNode({ type: c ? "RestElement" : "SpreadElement", argument: d }, g);
}
function Q(t2, n, i, e, o, l) {
  let u = 11264 | ((e & 64) === 0 ? 16896 : 0);
  n = (n | u) ^ u | (e & 8 ? 1024 : 0) | (e & 16 ? 2048 : 0) | (e & 64 ? 16384 : 0) | 256 | 32768 | 65536;
  let f = t2.createScopeIfLexical(256), c = Eo(t2, (n | 8192) & -524289, f, i, e, 1, o);
  f = f?.createChildScope(64);
  let s = jt(t2, n & -655501 | 32768 | 4096, f, i, void 0, f?.parent);
  return t2.finishNode({ type: "FunctionExpression", params: c, body: s, async: (e & 16) > 0, generator: (e & 8) > 0, id: null }, l);
}
function wo(t2, n, i, e, o) {
  let l = $(t2, n, void 0, i, e, o, 0, 2);
  return t2.destructible & 64 && t2.report(63), t2.destructible & 8 && t2.report(62), l.type === "ObjectExpression" && (t2.assignable = 2), l;
}
function $(t2, n, i, e, o, l, u, f, c = 0) {
  let { tokenStart: s } = t2;
  h(t2, n);
  let g = [], d = 0, a = 0;
  for (n = (n | 131072) ^ 131072; t2.getToken() !== 1074790415; ) {
    let { tokenValue: w, tokenStart: E, currentLocation: I } = t2, C = t2.getToken();
    if (C === 14) g.push(kt(t2, n, i, e, 1074790415, f, 0, l, u, c));
    else {
      let A = 0, N = null, y;
      if (t2.getToken() & 143360 || t2.getToken() === -2147483527 || t2.getToken() === -2147483526) if (t2.getToken() === -2147483526 && (d |= 16), N = P(t2, n), t2.getToken() === 18 || t2.getToken() === 1074790415 || t2.getToken() === 1077936155) {
        if (A |= 4, n & 16 && !(n & 32768) && !(n & 8192) && w === "arguments") throw new D(E, I, 132);
        if (n & 1 && (C & 537079808) === 537079808 ? d |= 16 : gt(t2, n, f, C, 0), i?.addVarOrBlock(n, w, f, E, I, c), L(t2, n | 32, 1077936155)) {
          d |= 8;
          let S = V(t2, n, e, 1, l, t2.tokenStart);
          d |= (t2.destructible & 256 ? 256 : 0) | (t2.destructible & 128 ? 128 : 0), y = t2.finishNode({ type: "AssignmentPattern", left: t2.cloneIdentifier(N), right: S }, E);
        } else d |= ((C & 255) === 110 ? 128 : 0) | (C === -2147483527 ? 16 : 0), y = t2.cloneIdentifier(N);
      } else if (L(t2, n | 32, 21)) {
        let { tokenStart: S, currentLocation: v } = t2;
        if (w === "__proto__" && a++, t2.getToken() & 143360) {
          let it = t2.getToken(), G = t2.tokenValue;
          y = Y(t2, n, e, f, 0, 1, l, 1, S);
          let J = t2.getToken();
          y = M(t2, n, e, y, l, 0, S), t2.getToken() === 18 || t2.getToken() === 1074790415 ? J === 1077936155 || J === 1074790415 || J === 18 ? (d |= t2.destructible & 128 ? 128 : 0, t2.assignable & 2 ? d |= 16 : (it & 143360) === 143360 && i?.addVarOrBlock(n, G, f, S, v, c)) : d |= t2.assignable & 1 ? 32 : 16 : (t2.getToken() & 4194304) === 4194304 ? (t2.assignable & 2 ? d |= 16 : J !== 1077936155 ? d |= 32 : i?.addVarOrBlock(n, G, f, S, v, c), y = R(t2, n, e, l, u, S, y)) : (d |= 16, (t2.getToken() & 8388608) === 8388608 && (y = nt(t2, n, e, 1, S, 4, J, y)), L(t2, n | 32, 22) && (y = lt(t2, n, e, y, S)));
        } else (t2.getToken() & 2097152) === 2097152 ? (y = t2.getToken() === 69271571 ? z(t2, n, i, e, 0, l, u, f, c) : $(t2, n, i, e, 0, l, u, f, c), d = t2.destructible, t2.assignable = d & 16 ? 2 : 1, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : t2.destructible & 8 ? t2.report(71) : (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 2 ? 16 : 0, (t2.getToken() & 4194304) === 4194304 ? y = Bt(t2, n, e, l, u, S, y) : ((t2.getToken() & 8388608) === 8388608 && (y = nt(t2, n, e, 1, S, 4, C, y)), L(t2, n | 32, 22) && (y = lt(t2, n, e, y, S)), d |= t2.assignable & 1 ? 32 : 16))) : (y = W(t2, n, e, 1, l, 1, n & 131072 ? 0 : 1), d |= t2.assignable & 1 ? 32 : 16, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 2 ? 16 : 0, t2.getToken() !== 18 && C !== 1074790415 && (t2.getToken() !== 1077936155 && (d |= 16), y = R(t2, n, e, l, u, S, y))));
      } else t2.getToken() === 69271571 ? (d |= 16, C === 209005 && (A |= 16), A |= (C === 209008 ? 256 : C === 209009 ? 512 : 1) | 2, N = dt(t2, n, e, l), d |= t2.assignable, y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.getToken() & 143360 ? (d |= 16, C === -2147483527 && t2.report(95), C === 209005 ? (t2.flags & 1 && t2.report(134), A |= 17) : C === 209008 ? A |= 256 : C === 209009 ? A |= 512 : t2.report(0), N = P(t2, n), y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.getToken() === 67174411 ? (d |= 16, A |= 1, y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.getToken() === 8391476 ? (d |= 16, C === 209008 ? t2.report(42) : C === 209009 ? t2.report(43) : C !== 209005 && t2.report(30, O[52]), h(t2, n), A |= 9 | (C === 209005 ? 16 : 0), t2.getToken() & 143360 ? N = P(t2, n) : (t2.getToken() & 134217728) === 134217728 ? N = _(t2, n) : t2.getToken() === 69271571 ? (A |= 2, N = dt(t2, n, e, l), d |= t2.assignable) : t2.report(30, O[t2.getToken() & 255]), y = Q(t2, n, e, A, l, t2.tokenStart)) : (t2.getToken() & 134217728) === 134217728 ? (C === 209005 && (A |= 16), A |= C === 209008 ? 256 : C === 209009 ? 512 : 1, d |= 16, N = _(t2, n), y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.report(135);
      else if ((t2.getToken() & 134217728) === 134217728) if (N = _(t2, n), t2.getToken() === 21) {
        b(t2, n | 32, 21);
        let { tokenStart: S } = t2;
        if (w === "__proto__" && a++, t2.getToken() & 143360) {
          y = Y(t2, n, e, f, 0, 1, l, 1, S);
          let { tokenValue: v, tokenStart: it, currentLocation: G } = t2, J = t2.getToken();
          y = M(t2, n, e, y, l, 0, S), t2.getToken() === 18 || t2.getToken() === 1074790415 ? J === 1077936155 || J === 1074790415 || J === 18 ? t2.assignable & 2 ? d |= 16 : i?.addVarOrBlock(n, v, f, it, G, c) : d |= t2.assignable & 1 ? 32 : 16 : t2.getToken() === 1077936155 ? (t2.assignable & 2 && (d |= 16), y = R(t2, n, e, l, u, S, y)) : (d |= 16, y = R(t2, n, e, l, u, S, y));
        } else (t2.getToken() & 2097152) === 2097152 ? (y = t2.getToken() === 69271571 ? z(t2, n, i, e, 0, l, u, f, c) : $(t2, n, i, e, 0, l, u, f, c), d = t2.destructible, t2.assignable = d & 16 ? 2 : 1, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : (t2.destructible & 8) !== 8 && (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 2 ? 16 : 0, (t2.getToken() & 4194304) === 4194304 ? y = Bt(t2, n, e, l, u, S, y) : ((t2.getToken() & 8388608) === 8388608 && (y = nt(t2, n, e, 1, S, 4, C, y)), L(t2, n | 32, 22) && (y = lt(t2, n, e, y, S)), d |= t2.assignable & 1 ? 32 : 16))) : (y = W(t2, n, e, 1, 0, 1, n & 131072 ? 0 : 1), d |= t2.assignable & 1 ? 32 : 16, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 1 ? 0 : 16, t2.getToken() !== 18 && t2.getToken() !== 1074790415 && (t2.getToken() !== 1077936155 && (d |= 16), y = R(t2, n, e, l, u, S, y))));
      } else t2.getToken() === 67174411 ? (A |= 1, y = Q(t2, n, e, A, l, t2.tokenStart), d = 16) : t2.report(136);
      else if (t2.getToken() === 69271571) if (N = dt(t2, n, e, l), d |= t2.destructible & 256 ? 256 : 0, A |= 2, t2.getToken() === 21) {
        h(t2, n | 32);
        let { tokenStart: S, tokenValue: v, currentLocation: it } = t2, G = t2.getToken();
        if (t2.getToken() & 143360) {
          y = Y(t2, n, e, f, 0, 1, l, 1, S);
          let J = t2.getToken();
          y = M(t2, n, e, y, l, 0, S), (t2.getToken() & 4194304) === 4194304 ? (d |= t2.assignable & 1 ? J === 1077936155 ? 0 : 32 : 16, y = Bt(t2, n, e, l, u, S, y)) : t2.getToken() === 18 || t2.getToken() === 1074790415 ? J === 1077936155 || J === 1074790415 || J === 18 ? t2.assignable & 2 ? d |= 16 : (G & 143360) === 143360 && i?.addVarOrBlock(n, v, f, S, it, c) : d |= t2.assignable & 1 ? 32 : 16 : (d |= 16, y = R(t2, n, e, l, u, S, y));
        } else (t2.getToken() & 2097152) === 2097152 ? (y = t2.getToken() === 69271571 ? z(t2, n, i, e, 0, l, u, f, c) : $(t2, n, i, e, 0, l, u, f, c), d = t2.destructible, t2.assignable = d & 16 ? 2 : 1, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : d & 8 ? t2.report(62) : (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 2 ? d | 16 : 0, (t2.getToken() & 4194304) === 4194304 ? (t2.getToken() !== 1077936155 && (d |= 16), y = Bt(t2, n, e, l, u, S, y)) : ((t2.getToken() & 8388608) === 8388608 && (y = nt(t2, n, e, 1, S, 4, C, y)), L(t2, n | 32, 22) && (y = lt(t2, n, e, y, S)), d |= t2.assignable & 1 ? 32 : 16))) : (y = W(t2, n, e, 1, 0, 1, n & 131072 ? 0 : 1), d |= t2.assignable & 1 ? 32 : 16, t2.getToken() === 18 || t2.getToken() === 1074790415 ? t2.assignable & 2 && (d |= 16) : (y = M(t2, n, e, y, l, 0, S), d = t2.assignable & 1 ? 0 : 16, t2.getToken() !== 18 && t2.getToken() !== 1074790415 && (t2.getToken() !== 1077936155 && (d |= 16), y = R(t2, n, e, l, u, S, y))));
      } else t2.getToken() === 67174411 ? (A |= 1, y = Q(t2, n, e, A, l, t2.tokenStart), d = 16) : t2.report(44);
      else if (C === 8391476) if (b(t2, n | 32, 8391476), A |= 8, t2.getToken() & 143360) {
        let S = t2.getToken();
        if (N = P(t2, n), A |= 1, t2.getToken() === 67174411) d |= 16, y = Q(t2, n, e, A, l, t2.tokenStart);
        else throw new D(t2.tokenStart, t2.currentLocation, S === 209005 ? 46 : S === 209008 || t2.getToken() === 209009 ? 45 : 47, O[S & 255]);
      } else (t2.getToken() & 134217728) === 134217728 ? (d |= 16, N = _(t2, n), A |= 1, y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.getToken() === 69271571 ? (d |= 16, A |= 3, N = dt(t2, n, e, l), y = Q(t2, n, e, A, l, t2.tokenStart)) : t2.report(128);
      else t2.report(30, O[C & 255]);
      d |= t2.destructible & 128 ? 128 : 0, t2.destructible = d, g.push(t2.finishNode({ type: "Property", key: N, value: y, kind: A & 768 ? A & 512 ? "set" : "get" : "init", computed: (A & 2) > 0, method: (A & 1) > 0, shorthand: (A & 4) > 0 }, E));
    }
    if (d |= t2.destructible, t2.getToken() !== 18) break;
    h(t2, n);
  }
  b(t2, n, 1074790415), a > 1 && (d |= 64);
  let T = t2.finishNode({ type: u ? "ObjectPattern" : "ObjectExpression", properties: g }, s);
  return !o && t2.getToken() & 4194304 ? le(t2, n, e, d, l, u, s, T) : (t2.destructible = d, T);
}
function Eo(t2, n, i, e, o, l, u) {
  b(t2, n, 67174411);
  let f = [];
  if (t2.flags = (t2.flags | 128) ^ 128, t2.strictReservedRange = null, t2.firstAwaitLocation = null, t2.firstYieldLocation = null, t2.getToken() === 16) return o & 512 && t2.report(37, "Setter", "one", ""), h(t2, n), f;
  o & 256 && t2.report(37, "Getter", "no", "s"), o & 512 && t2.getToken() === 14 && t2.report(38), n = (n | 131072) ^ 131072;
  let c = 0, s = 0;
  for (; t2.getToken() !== 18; ) {
    let g = null, { tokenStart: d } = t2;
    if (t2.getToken() & 143360 ? ((n & 1) === 0 && ((t2.getToken() & 36864) === 36864 && (t2.flags |= 256, t2.strictReservedRange ?? (t2.strictReservedRange = [d, t2.currentLocation])), (t2.getToken() & 537079808) === 537079808 && (t2.flags |= 512)), g = wn(t2, n, i, l)) : (t2.getToken() === 2162700 ? g = $(t2, n, i, e, 1, u, 1, l) : t2.getToken() === 69271571 ? g = z(t2, n, i, e, 1, u, 1, l) : t2.getToken() === 14 && (g = kt(t2, n, i, e, 16, l, 0, u, 1)), s = 1, t2.destructible & 48 && t2.report(50)), t2.getToken() === 1077936155) {
      h(t2, n | 32), s = 1;
      let a = V(t2, n, e, 1, 0, t2.tokenStart);
      g = t2.finishNode({ type: "AssignmentPattern", left: g, right: a }, d);
    }
    if (c++, f.push(g), !L(t2, n, 18) || t2.getToken() === 16) break;
  }
  return o & 512 && c !== 1 && t2.report(37, "Setter", "one", ""), i?.reportScopeError(), s && (t2.flags |= 128), b(t2, n, 16), f;
}
function dt(t2, n, i, e) {
  h(t2, n | 32);
  let o = V(t2, (n | 131072) ^ 131072, i, 1, e, t2.tokenStart);
  return b(t2, n, 20), o;
}
function Co(t2, n, i, e, o, l, u) {
  t2.flags = (t2.flags | 128) ^ 128;
  let f = t2.tokenStart;
  h(t2, n | 32 | 262144);
  let c = t2.createScopeIfLexical()?.createChildScope(512);
  if (n = (n | 131072) ^ 131072, L(t2, n, 16)) return Jt(t2, n, c, i, [], e, 0, l, u);
  let s = 0, g = t2.destructible & 384;
  t2.destructible &= -385;
  let d = t2.firstAwaitLocation;
  t2.firstAwaitLocation = null;
  let a = t2.firstYieldLocation;
  t2.firstYieldLocation = null;
  let T, w = [], E = 0, I = 0, C = 0, A = t2.tokenStart;
  for (t2.assignable = 1; t2.getToken() !== 16; ) {
    let { tokenStart: N, currentLocation: y } = t2, S = t2.getToken();
    if (S & 143360) c?.addBlockName(n, t2.tokenValue, 1, N, y), (S & 537079808) === 537079808 ? I = 1 : (S & 36864) === 36864 && (C = 1), T = Y(t2, n, i, o, 0, 1, 1, 1, N, 0), t2.getToken() === 16 || t2.getToken() === 18 ? t2.assignable & 2 && (s |= 16, I = 1) : (t2.getToken() === 1077936155 ? I = 1 : s |= 16, T = M(t2, n, i, T, 1, 0, N), t2.getToken() !== 16 && t2.getToken() !== 18 && (T = R(t2, n, i, 1, 0, N, T)));
    else if ((S & 2097152) === 2097152) T = S === 2162700 ? $(t2, n | 262144, c, i, 0, 1, 0, o) : z(t2, n | 262144, c, i, 0, 1, 0, o), s |= t2.destructible, I = 1, t2.assignable = 2, t2.getToken() !== 16 && t2.getToken() !== 18 && (s & 8 && t2.report(124), T = M(t2, n, i, T, 0, 0, N), s |= 16, t2.getToken() !== 16 && t2.getToken() !== 18 && (T = R(t2, n, i, 0, 0, N, T)));
    else if (S === 14) {
      T = kt(t2, n, c, i, 16, o, 0, 1, 0), t2.destructible & 16 && t2.report(74), I = 1, E && (t2.getToken() === 16 || t2.getToken() === 18) && w.push(T), s |= 8;
      break;
    } else {
      if (s |= 16, T = V(t2, n, i, 1, 1, N), E && (t2.getToken() === 16 || t2.getToken() === 18) && w.push(T), t2.getToken() === 18 && (E || (E = 1, w = [T])), E) {
        for (; L(t2, n | 32, 18); ) w.push(V(t2, n, i, 1, 1, t2.tokenStart));
        t2.assignable = 2, T = t2.finishNode({ type: "SequenceExpression", expressions: w }, A);
      }
      return b(t2, n | 64, 16), t2.destructible = s | g, d && (t2.firstAwaitLocation = d), a && (t2.firstYieldLocation = a), t2.options.preserveParens ? t2.finishNode({ type: "ParenthesizedExpression", expression: T }, f) : T;
    }
    if (E && (t2.getToken() === 16 || t2.getToken() === 18) && w.push(T), !L(t2, n | 32, 18)) break;
    if (E || (E = 1, w = [T]), t2.getToken() === 16) {
      s |= 8;
      break;
    }
  }
  if (E && (t2.assignable = 2, T = t2.finishNode({ type: "SequenceExpression", expressions: w }, A)), b(t2, n | 64, 16), s & 16 && s & 8 && t2.report(153), s |= (t2.destructible & 256 ? 256 : 0) | (t2.destructible & 128 ? 128 : 0), t2.getToken() === 10) {
    if (s & 48 && t2.report(49), n & 2050 && s & 128) {
      let N = t2.firstAwaitLocation;
      if (N) throw new D(N.start, N.end, 31);
      t2.report(31);
    }
    if (n & 1025 && s & 256) {
      let N = t2.firstYieldLocation;
      if (N) throw new D(N.start, N.end, 32);
      t2.report(32);
    }
    return I && (t2.flags |= 128), C && (t2.flags |= 256), t2.destructible |= g, d && (t2.firstAwaitLocation = d), a && (t2.firstYieldLocation = a), Jt(t2, n, c, i, E ? w : [T], e, 0, l, u);
  }
  return s & 64 && t2.report(63), s & 8 && t2.report(146), t2.destructible = (t2.destructible | 256) ^ 256 | s | g, d && (t2.firstAwaitLocation = d), a && (t2.firstYieldLocation = a), t2.options.preserveParens ? t2.finishNode({ type: "ParenthesizedExpression", expression: T }, f) : T;
}
function yn(t2, n, i, e = 0, o = 1) {
  let { tokenValue: l, tokenStart: u, currentLocation: f } = t2, c = 0, s = 0;
  (t2.getToken() & 537079808) === 537079808 ? c = 1 : (t2.getToken() & 36864) === 36864 && (s = 1);
  let g = P(t2, n, e);
  if (t2.assignable = 1, t2.getToken() === 10) {
    o || t2.report(57);
    let d = t2.options.lexical ? It(t2, n, l, u, f) : void 0;
    return c && (t2.flags |= 128), s && (t2.flags |= 256), ht(t2, n, d, i, [g], 0, u);
  }
  return g;
}
function Lt(t2, n, i, e, o, l, u, f, c, s = 0) {
  u || t2.report(57), l && t2.report(51), t2.flags &= -129;
  let g = t2.options.lexical ? It(t2, n, e, c, t2.currentLocation) : void 0;
  return ht(t2, n, g, i, [o], f, c, s);
}
function Jt(t2, n, i, e, o, l, u, f, c = 0) {
  l || t2.report(57);
  for (let s = 0; s < o.length; ++s) Z(t2, o[s]);
  return ht(t2, n, i, e, o, u, f, c);
}
function ht(t2, n, i, e, o, l, u, f = 0) {
  t2.flags & 1 && t2.report(48), b(t2, n | 32, 10);
  let c = 535560;
  n = (n | c) ^ c | (l ? 2048 : 0);
  let s = t2.getToken() !== 2162700, g;
  if (i?.reportScopeError(), s) t2.flags = (t2.flags | 512 | 256 | 64 | 4096) ^ 4928, g = V(t2, n, e, 1, 0, t2.tokenStart);
  else {
    i = i?.createChildScope(64);
    let d = 131212;
    switch (g = jt(t2, (n | d) ^ d | 4096, i, e, void 0, void 0, 16), t2.getToken()) {
      case 69271571:
        (t2.flags & 1) === 0 && t2.report(118), t2.flags |= 8192;
        break;
      case 67108877:
      case 67108991:
      case 67174409:
      case 67174408:
      case 22:
        t2.report(119);
      case 67174411:
        (t2.flags & 1) === 0 && t2.report(118), t2.flags |= 1024;
        break;
    }
    (t2.getToken() & 8388608) === 8388608 && (t2.flags & 1) === 0 && (t2.getToken() !== 8673330 || f !== 32) && t2.report(30, O[t2.getToken() & 255]), (t2.getToken() & 33619968) === 33619968 && t2.report(127);
  }
  return t2.assignable = 2, t2.finishNode({ type: "ArrowFunctionExpression", params: o, body: g, async: l === 1, expression: s, generator: false }, u);
}
function ue(t2, n, i, e, o, l) {
  b(t2, n, 67174411), t2.flags = (t2.flags | 128) ^ 128, t2.strictReservedRange = null, t2.firstAwaitLocation = null, t2.firstYieldLocation = null;
  let u = [];
  if (L(t2, n, 16)) return u;
  n = (n | 131072) ^ 131072;
  let f = 0;
  for (; t2.getToken() !== 18; ) {
    let c, { tokenStart: s } = t2, g = t2.getToken();
    if (g & 143360 ? ((n & 1) === 0 && ((g & 36864) === 36864 && (t2.flags |= 256, t2.strictReservedRange ?? (t2.strictReservedRange = [s, t2.currentLocation])), (g & 537079808) === 537079808 && (t2.flags |= 512)), c = wn(t2, n, i, l | 1)) : (g === 2162700 ? c = $(t2, n, i, e, 1, o, 1, l) : g === 69271571 ? c = z(t2, n, i, e, 1, o, 1, l) : g === 14 ? c = kt(t2, n, i, e, 16, l, 0, o, 1) : t2.report(30, O[g & 255]), f = 1, t2.destructible & 48 && t2.report(50)), t2.getToken() === 1077936155) {
      h(t2, n | 32), f = 1;
      let d = V(t2, n, e, 1, o, t2.tokenStart);
      c = t2.finishNode({ type: "AssignmentPattern", left: c, right: d }, s);
    }
    if (u.push(c), !L(t2, n, 18) || t2.getToken() === 16) break;
  }
  return f && (t2.flags |= 128), (f || n & 1) && i?.reportScopeError(), b(t2, n, 16), u;
}
function Rt(t2, n, i, e, o, l) {
  let u = t2.getToken();
  if (u & 67108864) {
    if (u === 67108877) {
      h(t2, n | 262144), t2.assignable = 1;
      let f = qt(t2, n, i, 1);
      return Rt(t2, n, i, t2.finishNode({ type: "MemberExpression", object: e, computed: false, property: f, optional: false }, l), 0, l);
    } else if (u === 69271571) {
      h(t2, n | 32);
      let { tokenStart: f } = t2, c = q(t2, n, i, o, 1, f);
      return b(t2, n, 20), t2.assignable = 1, Rt(t2, n, i, t2.finishNode({ type: "MemberExpression", object: e, computed: true, property: c, optional: false }, l), 0, l);
    } else if (u === 67174408 || u === 67174409) return t2.assignable = 2, Rt(t2, n, i, t2.finishNode({ type: "TaggedTemplateExpression", tag: e, quasi: t2.getToken() === 67174408 ? Tn(t2, n | 64, i) : hn(t2, n | 64) }, l), 0, l);
  }
  return e;
}
function Ao(t2, n, i, e) {
  let { tokenStart: o } = t2, l = P(t2, n | 32), { tokenStart: u } = t2;
  if (L(t2, n, 67108877)) {
    if (n & 65536 && t2.getToken() === 209030) return t2.assignable = 2, So(t2, n, l, o);
    t2.report(94);
  }
  t2.assignable = 2, (t2.getToken() & 16842752) === 16842752 && t2.report(65, O[t2.getToken() & 255]);
  let f = Y(t2, n, i, 2, 1, 0, e, 1, u);
  n = (n | 131072) ^ 131072;
  let c = Rt(t2, n, i, f, e, u);
  return t2.getToken() === 67108991 && t2.report(170), t2.assignable = 2, t2.finishNode({ type: "NewExpression", callee: c, arguments: t2.getToken() === 67174411 ? Wt(t2, n, i, e) : [] }, o);
}
function So(t2, n, i, e) {
  let o = P(t2, n);
  return t2.finishNode({ type: "MetaProperty", meta: i, property: o }, e);
}
function fe(t2, n, i, e, o) {
  return (t2.getToken() & 255) === 110 && t2.report(31), n & 1025 && t2.getToken() === 241771 && t2.report(32), Xt(t2, n, t2.getToken()), (t2.getToken() & 36864) === 36864 && (t2.flags |= 256), Lt(t2, n & -524289 | 2048, i, t2.tokenValue, P(t2, n), 0, e, 1, o);
}
function bn(t2, n, i, e, o, l, u, f) {
  h(t2, n | 32);
  let c = t2.createScopeIfLexical()?.createChildScope(512), s = t2.firstAwaitLocation;
  t2.firstAwaitLocation = null;
  let g = t2.firstYieldLocation;
  if (t2.firstYieldLocation = null, n = (n | 131072) ^ 131072, L(t2, n, 16)) return t2.getToken() === 10 ? (u & 1 && t2.report(48), Jt(t2, n, c, i, [], o, 1, f)) : (!(n & 1) && t2.options.webcompat ? t2.assignable = 4 : t2.assignable = 2, s && (t2.firstAwaitLocation = s), g && (t2.firstYieldLocation = g), t2.finishNode({ type: "CallExpression", callee: e, arguments: [], optional: false }, f));
  let d = 0, a, T = 0;
  t2.destructible = (t2.destructible | 256 | 128) ^ 384;
  let w = [];
  for (; t2.getToken() !== 16; ) {
    let { tokenStart: E, currentLocation: I } = t2, C = t2.getToken();
    if (C & 143360) c?.addBlockName(n, t2.tokenValue, l, E, I), (C & 537079808) === 537079808 ? t2.flags |= 512 : (C & 36864) === 36864 && (t2.flags |= 256), a = Y(t2, n, i, l, 0, 1, 1, 1, E), t2.getToken() === 16 || t2.getToken() === 18 ? t2.assignable & 2 && (d |= 16, T = 1) : (t2.getToken() === 1077936155 ? T = 1 : d |= 16, a = M(t2, n, i, a, 1, 0, E), t2.getToken() !== 16 && t2.getToken() !== 18 && (a = R(t2, n, i, 1, 0, E, a)));
    else if (C & 2097152) a = C === 2162700 ? $(t2, n, c, i, 0, 1, 0, l) : z(t2, n, c, i, 0, 1, 0, l), d |= t2.destructible, T = 1, t2.getToken() !== 16 && t2.getToken() !== 18 && (d & 8 && t2.report(124), a = M(t2, n, i, a, 0, 0, E), d |= 16, (t2.getToken() & 8388608) === 8388608 && (a = nt(t2, n, i, 1, f, 4, C, a)), L(t2, n | 32, 22) && (a = lt(t2, n, i, a, f)));
    else if (C === 14) a = kt(t2, n, c, i, 16, l, 1, 1, 0), d |= (t2.getToken() === 16 ? 0 : 16) | t2.destructible, T = 1;
    else {
      for (a = V(t2, n, i, 1, 0, E), d = 0, w.push(a); L(t2, n | 32, 18); ) w.push(V(t2, n, i, 1, 0, E));
      return d |= t2.assignable, b(t2, n, 16), t2.destructible = d | 16, !(n & 1) && t2.options.webcompat ? t2.assignable = 4 : t2.assignable = 2, s && (t2.firstAwaitLocation = s), g && (t2.firstYieldLocation = g), t2.finishNode({ type: "CallExpression", callee: e, arguments: w, optional: false }, f);
    }
    if (w.push(a), !L(t2, n | 32, 18)) break;
  }
  if (b(t2, n, 16), d |= (t2.destructible & 256 ? 256 : 0) | (t2.destructible & 128 ? 128 : 0), t2.getToken() === 10) {
    if (d & 48 && t2.report(27), (t2.flags & 1 || u & 1) && t2.report(48), d & 128) {
      let E = t2.firstAwaitLocation;
      if (E) throw new D(E.start, E.end, 31);
      t2.report(31);
    }
    if (n & 1025 && d & 256) {
      let E = t2.firstYieldLocation;
      if (E) throw new D(E.start, E.end, 32);
      t2.report(32);
    }
    return T && (t2.flags |= 128), Jt(t2, n | 2048, c, i, w, o, 1, f);
  }
  return d & 64 && t2.report(63), d & 8 && t2.report(62), !(n & 1) && t2.options.webcompat ? t2.assignable = 4 : t2.assignable = 2, s && (t2.firstAwaitLocation = s), g && (t2.firstYieldLocation = g), t2.finishNode({ type: "CallExpression", callee: e, arguments: w, optional: false }, f);
}
function Io(t2, n) {
  let { tokenRaw: i, tokenRegExp: e, tokenValue: o, tokenStart: l } = t2;
  h(t2, n), t2.assignable = 2;
  let u = { type: "Literal", value: o, regex: e };
  return t2.options.raw && (u.raw = i), t2.finishNode(u, l);
}
function on(t2, n, i, e, o) {
  let l, u;
  t2.leadingDecorators.decorators.length ? (l = t2.leadingDecorators.start, u = [...t2.leadingDecorators.decorators], t2.leadingDecorators.decorators.length = 0) : (l = t2.tokenStart, u = Kt(t2, n, e)), n = (n | 16384 | 1) ^ 16384, b(t2, n, 86094);
  let f = null, c = null, { tokenValue: s, tokenStart: g, currentLocation: d } = t2;
  t2.getToken() & 4096 && t2.getToken() !== 20565 ? (Gn(t2, n, t2.getToken()) && t2.report(120), (t2.getToken() & 537079808) === 537079808 && t2.report(121), i && (i.addBlockName(n, s, 32, g, d), o && o & 2 && t2.declareUnboundVariable(s)), f = P(t2, n)) : (o & 1) === 0 && t2.report(39, "Class");
  let a = n;
  L(t2, n | 32, 20565) ? (c = W(t2, n, e, 0, 0, 0), a |= 512) : a = (a | 512) ^ 512;
  let T = ce(t2, a, n, i, e, 2, 0, 8);
  return t2.finishNode({ type: "ClassDeclaration", id: f, superClass: c, body: T, ...t2.features & 1 ? { decorators: u } : null }, l);
}
function No(t2, n, i, e, o) {
  let l = null, u = null, f = Kt(t2, n, i);
  n = (n | 1 | 16384) ^ 16384, b(t2, n, 86094), t2.getToken() & 4096 && t2.getToken() !== 20565 && (Gn(t2, n, t2.getToken()) && t2.report(120), (t2.getToken() & 537079808) === 537079808 && t2.report(121), l = P(t2, n));
  let c = n;
  L(t2, n | 32, 20565) ? (u = W(t2, n, i, 0, e, 0), c |= 512) : c = (c | 512) ^ 512;
  let s = ce(t2, c, n, void 0, i, 2, e);
  return t2.assignable = 2, t2.finishNode({ type: "ClassExpression", id: l, superClass: u, body: s, ...t2.features & 1 ? { decorators: f } : null }, o);
}
function Kt(t2, n, i) {
  let e = [];
  if (t2.features & 1) for (; t2.getToken() === 133; ) e.push(Lo(t2, n, i));
  return e;
}
function Lo(t2, n, i) {
  let e = t2.tokenStart;
  h(t2, n | 32);
  let o = t2.tokenStart, l;
  if (t2.getToken() === 67174411) l = Y(t2, n, i, 2, 0, 1, 0, 1, e);
  else {
    let u = t2.getToken();
    ((u & 143360) !== 143360 && !mt(n, u) || n & 1 && (u & 36864) === 36864) && t2.report(30, O[u & 255]), u === 209006 && n & 2050 && t2.report(112), u === 241771 && n & 1024 && t2.report(97, "yield");
    let f = P(t2, n | 64);
    for (; t2.getToken() === 67108877; ) {
      h(t2, (n | 262144 | 8) ^ 8);
      let c = qt(t2, n | 64, i, 1);
      f = t2.finishNode({ type: "MemberExpression", object: f, computed: false, property: c, optional: false }, o);
    }
    if (l = f, t2.getToken() === 67174411) {
      let c = Wt(t2, n, i, 0);
      l = t2.finishNode({ type: "CallExpression", callee: f, arguments: c, optional: false }, o);
    }
  }
  return t2.finishNode({ type: "Decorator", expression: l }, e);
}
function ce(t2, n, i, e, o, l, u, f = 0) {
  let { tokenStart: c } = t2, s = t2.createPrivateScopeIfLexical(o);
  b(t2, n | 32, 2162700);
  let g = 655360;
  n = (n | g) ^ g;
  let d = t2.flags & 32;
  t2.flags = (t2.flags | 32) ^ 32;
  let a = [];
  for (; t2.getToken() !== 1074790415; ) {
    let T = t2.tokenStart, w = Kt(t2, n, s);
    if (w.length > 0 && t2.tokenValue === "constructor" && t2.report(111), t2.getToken() === 1074790415 && t2.report(110), L(t2, n, 1074790417)) {
      w.length > 0 && t2.report(122);
      continue;
    }
    a.push(de(t2, n, e, s, i, l, w, 0, u, w.length > 0 ? T : t2.tokenStart));
  }
  return b(t2, f & 8 ? n | 32 : n, 1074790415), s?.validatePrivateIdentifierRefs(), t2.flags = t2.flags & -33 | d, t2.finishNode({ type: "ClassBody", body: a }, c);
}
function de(t2, n, i, e, o, l, u, f, c, s) {
  let g = f ? 32 : 0, d = null, a = t2.getToken();
  if (a & 176128 || a === -2147483527) switch (d = P(t2, n), a) {
    case 36970:
      if (!f && t2.getToken() !== 67174411 && (t2.getToken() & 1048576) !== 1048576 && t2.getToken() !== 1077936155) return de(t2, n, i, e, o, l, u, 1, c, s);
      break;
    case 209005:
      if (t2.getToken() !== 67174411 && (t2.flags & 1) === 0) {
        if ((t2.getToken() & 1073741824) === 1073741824) return ot(t2, n, e, d, g, u, s);
        g |= 16 | (gn(t2, n, 8391476) ? 8 : 0);
      }
      break;
    case 209008:
      if (t2.getToken() !== 67174411) {
        if (t2.getToken() === 8391476 && t2.flags & 1 || (t2.getToken() & 1073741824) === 1073741824) return ot(t2, n, e, d, g, u, s);
        g |= 256;
      }
      break;
    case 209009:
      if (t2.getToken() !== 67174411) {
        if (t2.getToken() === 8391476 && t2.flags & 1 || (t2.getToken() & 1073741824) === 1073741824) return ot(t2, n, e, d, g, u, s);
        g |= 512;
      }
      break;
    case 209010:
      if (t2.getToken() !== 67174411 && (t2.flags & 1) === 0) {
        if ((t2.getToken() & 1073741824) === 1073741824) return ot(t2, n, e, d, g, u, s);
        t2.features & 1 && (g |= 1024);
      }
      break;
  }
  else if (a === 69271571) g |= 2, d = dt(t2, o, e, c);
  else if ((a & 134217728) === 134217728) d = _(t2, n);
  else if (a === 8391476) g |= 8, h(t2, n);
  else if (t2.getToken() === 131) g |= 8192, d = Ut(t2, n | 16, e, 768);
  else if ((t2.getToken() & 1073741824) === 1073741824) g |= 128;
  else {
    if (f && a === 2162700) return Qi(t2, n | 16, i, e, s);
    a === -2147483526 ? d = P(t2, n) : t2.report(30, O[t2.getToken() & 255]);
  }
  if (g & 1816 && (t2.getToken() & 143360 || t2.getToken() === -2147483527 || t2.getToken() === -2147483526 ? d = P(t2, n) : (t2.getToken() & 134217728) === 134217728 ? d = _(t2, n) : t2.getToken() === 69271571 ? (g |= 2, d = dt(t2, o, e, 0)) : t2.getToken() === 131 ? (g |= 8192, d = Ut(t2, n, e, g)) : t2.report(137)), (g & 2) === 0 && (t2.tokenValue === "constructor" ? ((t2.getToken() & 1073741824) === 1073741824 ? t2.report(131) : (g & 32) === 0 && t2.getToken() === 67174411 && (g & 920 ? t2.report(53, "accessor") : (n & 512) === 0 && (t2.flags & 32 ? t2.report(54) : t2.flags |= 32)), g |= 64) : (g & 8192) === 0 && g & 32 && t2.tokenValue === "prototype" && t2.report(52)), g & 1024 || t2.getToken() !== 67174411 && (g & 768) === 0) return ot(t2, n, e, d, g, u, s);
  let T = Q(t2, n | 16, e, g, c, t2.tokenStart);
  return t2.finishNode({ type: "MethodDefinition", kind: (g & 32) === 0 && g & 64 ? "constructor" : g & 256 ? "get" : g & 512 ? "set" : "method", static: (g & 32) > 0, computed: (g & 2) > 0, key: d, value: T, ...t2.features & 1 ? { decorators: u } : null }, s);
}
function Ut(t2, n, i, e) {
  let { tokenStart: o } = t2;
  h(t2, n);
  let { tokenValue: l } = t2;
  return l === "constructor" && t2.report(130), t2.options.lexical && (i || t2.report(4, l), e ? i.addPrivateIdentifier(l, e) : i.addPrivateIdentifierRef(l)), h(t2, n), t2.finishNode({ type: "PrivateIdentifier", name: l }, o);
}
function ot(t2, n, i, e, o, l, u) {
  let f = null;
  if (o & 8 && t2.report(0), t2.getToken() === 1077936155) {
    h(t2, n | 32);
    let { tokenStart: c } = t2;
    t2.getToken() === 537079928 && t2.report(121);
    let s = 44040 | ((o & 64) === 0 ? 16896 : 0);
    n = (n | s) ^ s | (o & 8 ? 1024 : 0) | (o & 16 ? 2048 : 0) | (o & 64 ? 16384 : 0) | 256 | 65536, f = Y(t2, n | 16, i, 2, 0, 1, 0, 1, c, 0, 1), ((t2.getToken() & 1073741824) !== 1073741824 || (t2.getToken() & 4194304) === 4194304) && (f = M(t2, n | 16, i, f, 0, 0, c), f = R(t2, n | 16, i, 0, 0, c, f));
  }
  return j(t2, n), t2.finishNode({ type: o & 1024 ? "AccessorProperty" : "PropertyDefinition", key: e, value: f, static: (o & 32) > 0, computed: (o & 2) > 0, ...t2.features & 1 ? { decorators: l } : null }, u);
}
function ge(t2, n, i, e, o, l = 0) {
  if (t2.getToken() & 143360 || (n & 1) === 0 && t2.getToken() === -2147483526) return wn(t2, n, i, o, l);
  (t2.getToken() & 2097152) !== 2097152 && t2.report(30, O[t2.getToken() & 255]);
  let u = t2.getToken() === 69271571 ? z(t2, n, i, e, 1, 0, 1, o, l) : $(t2, n, i, e, 1, 0, 1, o, l);
  return t2.destructible & 16 && t2.report(50), t2.destructible & 32 && t2.report(50), u;
}
function wn(t2, n, i, e, o = 0) {
  let l = t2.getToken();
  n & 1 && ((l & 537079808) === 537079808 ? t2.report(121) : ((l & 36864) === 36864 || l === -2147483526) && t2.report(120)), (l & 20480) === 20480 && t2.report(102), l === 241771 && (n & 1024 && t2.report(32), n & 2 && t2.report(113)), (l & 255) === 73 && e & 24 && t2.report(100), l === 209006 && (n & 2048 && t2.report(178), n & 2 && t2.report(112));
  let { tokenValue: u, tokenStart: f, currentLocation: c } = t2;
  return h(t2, n), i?.addVarOrBlock(n, u, e, f, c, o), t2.finishNode({ type: "Identifier", name: u }, f);
}
function Yt(t2, n, i, e, o) {
  if (e || b(t2, n, 8456256), t2.getToken() === 8390721) {
    let c = Do(t2, o), [s, g] = Mo(t2, n, i, e);
    return t2.finishNode({ type: "JSXFragment", openingFragment: c, children: s, closingFragment: g }, o);
  }
  t2.getToken() === 8457014 && t2.report(30, O[t2.getToken() & 255]);
  let l = null, u = [], f = Fo(t2, n, i, e, o);
  if (!f.selfClosing) {
    [u, l] = Bo(t2, n, i, e);
    let c = Et(l.name);
    Et(f.name) !== c && t2.report(157, c);
  }
  return t2.finishNode({ type: "JSXElement", children: u, openingElement: f, closingElement: l }, o);
}
function Do(t2, n) {
  return at(t2), t2.finishNode({ type: "JSXOpeningFragment" }, n);
}
function Po(t2, n, i, e) {
  b(t2, n, 8457014);
  let o = me(t2, n);
  return t2.getToken() !== 8390721 && t2.report(25, O[65]), i ? at(t2) : h(t2, n), t2.finishNode({ type: "JSXClosingElement", name: o }, e);
}
function Oo(t2, n, i, e) {
  return b(t2, n, 8457014), t2.getToken() !== 8390721 && t2.report(25, O[65]), i ? at(t2) : h(t2, n), t2.finishNode({ type: "JSXClosingFragment" }, e);
}
function Bo(t2, n, i, e) {
  let o = [];
  for (; ; ) {
    let l = Vo(t2, n, i, e);
    if (l.type === "JSXClosingElement") return [o, l];
    o.push(l);
  }
}
function Mo(t2, n, i, e) {
  let o = [];
  for (; ; ) {
    let l = Ro(t2, n, i, e);
    if (l.type === "JSXClosingFragment") return [o, l];
    o.push(l);
  }
}
function Vo(t2, n, i, e) {
  if (t2.getToken() === 138) return se(t2);
  if (t2.getToken() === 2162700) return En(t2, n, i, 1, 0);
  if (t2.getToken() === 8456256) {
    let { tokenStart: o } = t2;
    return h(t2, n), t2.getToken() === 8457014 ? Po(t2, n, e, o) : Yt(t2, n, i, 1, o);
  }
  t2.report(0);
}
function Ro(t2, n, i, e) {
  if (t2.getToken() === 138) return se(t2);
  if (t2.getToken() === 2162700) return En(t2, n, i, 1, 0);
  if (t2.getToken() === 8456256) {
    let { tokenStart: o } = t2;
    return h(t2, n), t2.getToken() === 8457014 ? Oo(t2, n, e, o) : Yt(t2, n, i, 1, o);
  }
  t2.report(0);
}
function se(t2) {
  let n = t2.tokenStart;
  at(t2);
  let i = { type: "JSXText", value: t2.tokenValue };
  return t2.options.raw && (i.raw = t2.tokenRaw), t2.finishNode(i, n);
}
function Fo(t2, n, i, e, o) {
  (t2.getToken() & 143360) !== 143360 && (t2.getToken() & 4096) !== 4096 && t2.report(0);
  let l = me(t2, n), u = Jo(t2, n, i), f = t2.getToken() === 8457014;
  return f && b(t2, n | 1048576, 8457014), t2.getToken() !== 8390721 && t2.report(25, O[65]), e || !f ? at(t2) : h(t2, n), t2.finishNode({ type: "JSXOpeningElement", name: l, attributes: u, selfClosing: f }, o);
}
function me(t2, n) {
  let { tokenStart: i } = t2;
  Gt(t2);
  let e = Ht(t2, n);
  if (t2.getToken() === 21) return ae(t2, n, e, i);
  for (; L(t2, n, 67108877); ) Gt(t2), e = _o(t2, n, e, i);
  return e;
}
function _o(t2, n, i, e) {
  let o = Ht(t2, n);
  return t2.finishNode({ type: "JSXMemberExpression", object: i, property: o }, e);
}
function Jo(t2, n, i) {
  let e = [];
  for (; t2.getToken() !== 8457014 && t2.getToken() !== 8390721 && t2.getToken() !== 1048576; ) e.push(Xo(t2, n, i));
  return e;
}
function Uo(t2, n, i) {
  let e = t2.tokenStart;
  h(t2, n), b(t2, n, 14);
  let o = V(t2, n, i, 1, 0, t2.tokenStart);
  return b(t2, n, 1074790415), t2.finishNode({ type: "JSXSpreadAttribute", argument: o }, e);
}
function Xo(t2, n, i) {
  let { tokenStart: e } = t2;
  if (t2.getToken() === 2162700) return Uo(t2, n, i);
  Gt(t2);
  let o = null, l = Ht(t2, n);
  if (t2.getToken() === 21 && (l = ae(t2, n, l, e)), t2.getToken() === 1077936155) switch (Si(t2, n)) {
    case 134283267:
      o = _(t2, n);
      break;
    case 8456256:
      o = Yt(t2, n, i, 0, t2.tokenStart);
      break;
    case 2162700:
      o = En(t2, n, i, 0, 1);
      break;
    default:
      t2.report(156);
  }
  return t2.finishNode({ type: "JSXAttribute", value: o, name: l }, e);
}
function ae(t2, n, i, e) {
  b(t2, n, 21);
  let o = Ht(t2, n);
  return t2.finishNode({ type: "JSXNamespacedName", namespace: i, name: o }, e);
}
function En(t2, n, i, e, o) {
  let { tokenStart: l } = t2;
  h(t2, n | 32);
  let { tokenStart: u } = t2;
  if (t2.getToken() === 14) return jo(t2, n, i, l);
  let f;
  return t2.getToken() === 1074790415 ? (o && t2.report(159), f = qo(t2, { index: t2.startIndex, line: t2.startLine, column: t2.startColumn })) : f = V(t2, n, i, 1, 0, u), t2.getToken() !== 1074790415 && t2.report(25, O[15]), e ? at(t2) : h(t2, n), t2.finishNode({ type: "JSXExpressionContainer", expression: f }, l);
}
function jo(t2, n, i, e) {
  b(t2, n, 14);
  let o = V(t2, n, i, 1, 0, t2.tokenStart);
  return b(t2, n, 1074790415), t2.finishNode({ type: "JSXSpreadChild", expression: o }, e);
}
function qo(t2, n) {
  return t2.finishNode({ type: "JSXEmptyExpression" }, n, t2.tokenStart);
}
function Ht(t2, n) {
  let i = t2.tokenStart;
  t2.getToken() & 143360 || t2.report(30, O[t2.getToken() & 255]);
  let { tokenValue: e } = t2;
  return h(t2, n | 1048576), t2.finishNode({ type: "JSXIdentifier", name: e }, i);
}
function ke(t2, n) {
  return Bi(t2, n);
}
function Wo(t2, n) {
  let i = new SyntaxError(t2 + " (" + n.loc.start.line + ":" + n.loc.start.column + ")");
  return Object.assign(i, n);
}
function Te(t2) {
  let n = [];
  for (let i of t2) try {
    return i();
  } catch (e) {
    n.push(e);
  }
  throw Object.assign(new Error("All combinations failed"), { errors: n });
}
function Ho(t2) {
  return this[t2 < 0 ? this.length + t2 : t2];
}
function ct(t2) {
  let n = new Set(t2);
  return (i) => n.has(i?.type);
}
function Tt(t2) {
  return t2.range?.[1] ?? t2.end;
}
function U(t2) {
  let n = t2.range?.[0] ?? t2.start, i = (t2.declaration?.decorators ?? t2.decorators)?.[0];
  return i ? Math.min(U(i), n) : n;
}
function X(t2) {
  let { type: n } = t2;
  return n === "IfStatement" ? X(t2.alternate ?? t2.consequent) : n === "ForInStatement" || n === "ForOfStatement" || n === "ForStatement" || n === "LabeledStatement" || n === "WithStatement" || n === "WhileStatement" ? X(t2.body) : Go.get(n)?.(t2) ?? Tt(t2);
}
function bt(t2, n, i) {
  if (!t2.has(n)) {
    let e = i(n);
    t2.set(n, e);
  }
  return t2.get(n);
}
function Ae(t2) {
  return bt(ro, t2, (n) => yt(n) && n.value[0] === "*" && /@(?:type|satisfies)\b/.test(n.value));
}
function xo(t2) {
  return H(0, t2, /[^\n]/g, " ");
}
function po(t2, n) {
  if (n.length === 0) return t2;
  let i = "", e = 0;
  for (let o of n) {
    let l = U(o), u = X(o);
    i += t2.slice(e, l) + Se(t2.slice(l, u)), e = u;
  }
  return i + t2.slice(e);
}
function Ie(t2) {
  let n = t2[zt];
  return bt(t1, n, (i) => po(t2.originalText, i));
}
function n1(t2) {
  if (!yt(t2)) return [];
  if (!t2.value.includes(`
`)) return [];
  let n = [];
  for (let i of `*${t2.value}*`.split(`
`)) {
    if (i = i.trimStart(), !i.startsWith("*")) return [];
    n.push(i);
  }
  return n;
}
function e1(t2) {
  return bt(Ne, t2, n1);
}
function Le(t2) {
  Ne.delete(t2);
}
function An(t2) {
  return e1(t2).length > 0;
}
function De(t2) {
  if (t2.length < 2) return;
  let n;
  for (let i = t2.length - 1; i >= 0; i--) {
    let e = t2[i];
    if (n && X(e) === U(n) && An(e) && An(n) && (t2.splice(i + 1, 1), e.value += "*//*" + n.value, e.range = [U(e), X(n)], Le(e)), !Ce(e) && !yt(e)) throw new TypeError(`Unknown comment type: "${e.type}".`);
    n = e;
  }
}
function i1(t2) {
  return t2 !== null && typeof t2 == "object";
}
function Pt(t2) {
  if (Dt !== null && typeof Dt.property) {
    let n = Dt;
    return Dt = Pt.prototype = null, n;
  }
  return Dt = Pt.prototype = t2 ?? /* @__PURE__ */ Object.create(null), new Pt();
}
function Sn(t2) {
  return Pt(t2);
}
function l1(t2, n = "type") {
  Sn(t2);
  function i(e) {
    let o = e[n], l = t2[o];
    if (!Array.isArray(l)) throw Object.assign(new Error(`Missing visitor keys for '${o}'.`), { node: e });
    return l;
  }
  return i;
}
function $t(t2, n) {
  if (!Pe(t2)) return t2;
  if (Array.isArray(t2)) {
    for (let e = 0; e < t2.length; e++) t2[e] = $t(t2[e], n);
    return t2;
  }
  if (n.onEnter) {
    let e = n.onEnter(t2) ?? t2;
    if (e !== t2) return $t(e, n);
    t2 = e;
  }
  let i = Me(t2);
  for (let e = 0; e < i.length; e++) t2[i[e]] = $t(t2[i[e]], n);
  return n.onLeave && (t2 = n.onLeave(t2) || t2), t2;
}
function f1(t2, n) {
  let { text: i, astType: e } = n, { comments: o } = t2;
  De(o);
  let l = t2.type === "File" ? t2.program : t2;
  l.interpreter && (o.unshift(l.interpreter), delete l.interpreter), t2.hashbang && ((e === "oxc-ts" || e === "yuku-js" || e === "yuku-ts") && o.unshift(t2.hashbang), delete t2.hashbang);
  let u;
  return t2 = Ve(t2, { onEnter(f) {
    c1(f, o, i);
    let { type: c } = f;
    switch (c) {
      case "ParenthesizedExpression": {
        let { expression: s } = f, g = U(f);
        if (s.type === "TypeCastExpression") return s.range = [g, X(f)], s;
        let d = false;
        if (e !== "oxc-ts") {
          if (!u) {
            u = [];
            for (let T of o) Ae(T) && u.push(X(T));
          }
          let a = ye(0, u, (T) => T <= g);
          d = a && i.slice(a, g).trim().length === 0;
        }
        return d ? void 0 : (s.extra = { ...s.extra, parenthesized: true }, s);
      }
      case "TemplateLiteral":
        if (f.expressions.length !== f.quasis.length - 1) throw new Error("Malformed template literal.");
        break;
      case "TemplateElement":
        if (e === "flow" || e === "hermes" || e === "espree" || e === "typescript" || e === "oxc-ts" || e === "yuku-ts") {
          let s = U(f) + 1, g = X(f) - (f.tail ? 1 : 2);
          f.range = [s, g];
        }
        break;
      case "TSParenthesizedType":
        return f.typeAnnotation;
      case "TSUnionType":
      case "TSIntersectionType":
        if (f.types.length === 1) return f.types[0];
        break;
      case "TupleTypeAnnotation":
        f.types && !f.elementTypes && (f.elementTypes = f.types, delete f.types);
        break;
      case "ImportDeclaration":
        e === "hermes" && f.assertions && !f.attributes && (f.attributes = f.assertions, delete f.assertions);
        break;
      case "TypeParameter":
        e !== "flow" && f.bound?.type === "TypeAnnotation" && (f.bound = f.bound.typeAnnotation);
        break;
      case "EnumBooleanBody":
      case "EnumNumberBody":
      case "EnumBigIntBody":
      case "EnumStringBody":
      case "EnumSymbolBody":
        e === "hermes" && ((f.explicitType || c === "EnumSymbolBody") && (f.explicitType = c.slice(4, -4).toLowerCase()), f.type = "EnumBody");
        break;
      case "GenericTypeAnnotation":
      case "ClassImplements":
      case "InterfaceExtends":
        e !== "flow" && f.typeParameters && !f.typeArguments && (f.typeArguments = f.typeParameters, delete f.typeParameters);
    }
  }, onLeave(f) {
    switch (f.type) {
      case "LogicalExpression":
        if (Re(f)) return In(f);
        break;
    }
  } }), t2;
}
function Re(t2) {
  return t2.type === "LogicalExpression" && t2.right.type === "LogicalExpression" && t2.operator === t2.right.operator;
}
function In(t2) {
  return Re(t2) ? In({ type: "LogicalExpression", operator: t2.operator, left: In({ type: "LogicalExpression", operator: t2.operator, left: t2.left, right: t2.right.left, range: [U(t2.left), X(t2.right.left)] }), right: t2.right.right, range: [U(t2), X(t2)] }) : t2;
}
function c1(t2, n, i) {
  if (!Cn(t2)) return;
  let e = Tt(t2);
  if (i[e - 1] !== ";") return;
  let o = Ie({ [zt]: n, originalText: i });
  e -= 1;
  let l = o.slice(U(t2), e), u = l.trimEnd();
  t2.__contentEnd = e - (l.length - u.length);
}
function Ue(t2) {
  let n = t2.match(m1);
  return n ? n[0].trimStart() : "";
}
function Xe(t2) {
  t2 = H(0, t2.replace(s1, "").replace(g1, ""), h1, "$1");
  let i = "";
  for (; i !== t2; ) i = t2, t2 = H(0, t2, k1, `
$1 $2
`);
  t2 = t2.replace(_e, "").trimEnd();
  let e = /* @__PURE__ */ Object.create(null), o = H(0, t2, Je, "").replace(_e, "").trimEnd(), l;
  for (; l = Je.exec(t2); ) {
    let u = H(0, l[2], a1, "");
    if (typeof e[l[1]] == "string" || Array.isArray(e[l[1]])) {
      let f = e[l[1]];
      e[l[1]] = [...T1, ...Array.isArray(f) ? f : [f], u];
    } else e[l[1]] = u;
  }
  return { comments: o, pragmas: e };
}
function y1(t2) {
  if (!t2.startsWith("#!")) return "";
  let n = t2.indexOf(`
`);
  return n === -1 ? t2 : t2.slice(0, n);
}
function Ke(t2) {
  let n = We(t2);
  n && (t2 = t2.slice(n.length + 1));
  let i = Ue(t2), { pragmas: e, comments: o } = Xe(i);
  return { shebang: n, text: t2, pragmas: e, comments: o };
}
function Ye(t2) {
  let { pragmas: n } = Ke(t2);
  return qe.some((i) => Nn(n, i));
}
function He(t2) {
  let { pragmas: n } = Ke(t2);
  return je.some((i) => Nn(n, i));
}
function b1(t2) {
  return t2 = typeof t2 == "function" ? { parse: t2 } : t2, { astFormat: "estree", hasPragma: Ye, hasIgnorePragma: He, locStart: U, locEnd: X, ...t2 };
}
function ve(t2) {
  if (typeof t2 == "string") {
    if (/\.(?:mjs|mts)$/i.test(t2)) return $e;
    if (/\.(?:cjs|cts)$/i.test(t2)) return Qe;
  }
}
function E1(t2, n) {
  let i = [], e = ke(t2, { ...w1, sourceType: n, onComment: i });
  return e.comments = i, e;
}
function C1(t2) {
  let { description: n, loc: i } = t2;
  return i ? he(n, { loc: { start: { line: i.start.line, column: i.start.column + 1 }, end: { line: i.end.line, column: i.end.column + 1 } }, cause: t2 }) : t2;
}
function A1(t2, n) {
  let i = ve(n?.filepath), e = (i ? [i] : Ze).map((l) => () => E1(t2, l)), o;
  try {
    o = Te(e);
  } catch ({ errors: [l] }) {
    throw C1(l);
  }
  return Fe(o, { text: t2, astType: "meriyah" });
}
var re, Pn, Ge, Ln, x, xe, pe, H, ti, ni, ei, On, Bn, ii, oi, Jn, li, Un, B, ui, Xn, jn, si, D, O, cn, qn, Wn, Kn, p, F, Ei, Ni, rt, xt, pt, V1, he, Ko, Yo, ye, zt, zo, be, $o, Qo, Zo, we, vo, Ee, Go, Cn, yt, Ce, ro, Se, t1, Ne, Pe, Dt, o1, Oe, m, Be, u1, Me, Ve, X2, Fe, d1, Nn, g1, s1, m1, a1, _e, k1, Je, h1, T1, je, qe, We, ze, $e, Qe, Ze, w1, S1;
var init_meriyah = __esm({
  "node_modules/prettier/plugins/meriyah.mjs"() {
    re = Object.defineProperty;
    Pn = (t2, n) => {
      for (var i in n) re(t2, i, { get: n[i], enumerable: true });
    };
    Ge = {};
    Pn(Ge, { parsers: () => Ln });
    Ln = {};
    Pn(Ln, { meriyah: () => S1 });
    x = (t2, n) => (i, e, ...o) => i | 1 && e == null ? void 0 : (n.call(e) ?? e[t2]).apply(e, o);
    xe = String.prototype.replaceAll ?? function(t2, n) {
      return t2.global ? this.replace(t2, n) : this.split(t2).join(n);
    };
    pe = x("replaceAll", function() {
      if (typeof this == "string") return xe;
    });
    H = pe;
    ti = /[\uD800-\uDFFF]/u;
    ni = String.prototype.isWellFormed ?? function() {
      return !ti.test(this);
    };
    ei = x("isWellFormed", function() {
      if (typeof this == "string") return ni;
    });
    On = ei;
    Bn = globalThis.structuredClone ?? ((t2) => ({ ...t2, range: [...t2.range] }));
    ii = "7.4.2";
    oi = { version: ii };
    Jn = ((t2, n) => {
      let i = new Uint32Array(69632), e = 0, o = 0;
      for (; e < 2661; ) {
        let l = t2[e++];
        if (l < 0) o -= l;
        else {
          let u = t2[e++];
          l & 2 && (u = n[u]), l & 1 ? i.fill(u, o, o += t2[e++]) : i[o++] = u;
        }
      }
      return i;
    })([-1, 2, 23, 2, 24, 2, 5, -1, 0, 77595648, 3, 42, 2, 3, 0, 14, 2, 60, 2, 61, 3, 0, 3, 0, 3168796671, 0, 4294956992, 2, 1, 2, 0, 2, 39, 3, 0, 4, 0, 4294966523, 3, 0, 4, 2, 15, 2, 62, 2, 0, 0, 4294842879, 0, 3221225471, 0, 4294902710, 2, 63, 0, 134152192, 3, 0, 2, 0, 4294951935, 3, 0, 2, 0, 2683305983, 0, 2684354047, 2, 16, 2, 0, 0, 4294961151, 3, 0, 2, 2, 17, 2, 0, 0, 608174079, 2, 0, 2, 56, 2, 7, 2, 6, 0, 4286643967, 3, 0, 2, 2, 1, 3, 0, 3, 0, 4294901711, 2, 38, 0, 4089839103, 0, 2961209759, 0, 1342439375, 0, 4294543342, 0, 3547201023, 0, 1577204103, 0, 4194240, 0, 4294688750, 2, 2, 0, 80831, 0, 4261478351, 0, 4294549486, 2, 2, 0, 2969057695, 0, 196559, 0, 3594373100, 0, 3288319768, 0, 8469959, 0, 65472, 2, 3, 0, 4093640191, 0, 929054175, 0, 65487, 0, 4294828015, 0, 4092591615, 0, 1885355487, 0, 982991, 2, 3, 2, 0, 0, 2163244511, 0, 4227923919, 0, 4236247022, 2, 68, 0, 4284449919, 0, 851904, 2, 4, 2, 12, 0, 67076095, -1, 2, 69, 0, 1073741743, 0, 4093607775, -1, 0, 50331649, 0, 3265266687, 2, 32, 0, 4294844415, 0, 4278190047, 2, 18, 2, 139, -1, 3, 0, 2, 2, 28, 2, 0, 2, 10, 2, 0, 2, 14, 2, 20, 3, 0, 10, 2, 71, 2, 0, 2, 72, 2, 73, 2, 74, 2, 0, 2, 75, 2, 0, 2, 11, 0, 261632, 2, 22, 3, 0, 2, 2, 13, 2, 4, 3, 0, 18, 2, 76, 2, 5, 3, 0, 2, 2, 77, 0, 2151677951, 2, 26, 2, 9, 0, 909311, 3, 0, 2, 0, 814743551, 2, 64, 0, 67090432, 3, 0, 2, 2, 40, 2, 0, 2, 6, 2, 0, 2, 29, 2, 8, 0, 268374015, 2, 109, 2, 48, 2, 0, 2, 78, 0, 134153215, -1, 2, 7, 2, 0, 2, 8, 0, 2684354559, 0, 67044351, 0, 3221160064, 2, 0, 2, 27, 3, 0, 2, 2, 50, 0, 1046528, 3, 0, 3, 2, 9, 2, 0, 2, 127, 0, 4294960127, 2, 10, 2, 6, 2, 11, 0, 4294377472, 2, 12, 3, 0, 16, 2, 13, 2, 0, 2, 80, 2, 10, 2, 0, 2, 81, 2, 82, 2, 83, 0, 12288, 2, 51, 0, 1048577, 2, 84, 2, 85, -1, 0, 536805376, 0, 131042, 2, 86, 2, 87, 2, 88, 2, 0, 2, 33, -83, 3, 0, 7, 0, 1046559, 2, 0, 2, 14, 2, 0, 0, 2147516671, 2, 19, 3, 89, 2, 2, 0, -16, 2, 90, 0, 524222462, 2, 4, 2, 0, 0, 4269801471, 2, 4, 3, 0, 2, 2, 25, 2, 15, 3, 0, 2, 2, 57, 2, 0, -1, 2, 16, -16, 3, 0, 206, -2, 3, 0, 692, 2, 70, -1, 2, 16, 2, 10, 3, 0, 8, 2, 92, 2, 133, 2, 0, 0, 3220242431, 3, 0, 3, 2, 17, 2, 93, 2, 94, 3, 0, 2, 2, 95, 2, 0, 2, 10, 2, 96, 2, 0, 0, 4351, 2, 0, 2, 9, 3, 0, 2, 0, 67043391, 0, 3909091327, 2, 0, 2, 21, 2, 9, 2, 18, 3, 0, 2, 0, 67076097, 2, 8, 2, 0, 2, 19, 0, 67059711, 0, 4236247039, 3, 0, 2, 0, 939524103, 0, 8191999, 2, 100, 2, 101, 2, 20, 2, 102, 3, 0, 3, 0, 67057663, 3, 0, 349, 2, 47, 2, 103, 2, 7, -264, 3, 0, 11, 2, 21, 3, 0, 2, 2, 31, -1, 0, 3774349439, 2, 104, 2, 105, 3, 0, 2, 2, 17, 2, 106, 3, 0, 10, 2, 10, 2, 16, 2, 0, 2, 44, 2, 0, 2, 30, 2, 107, 2, 22, 0, 1638399, 0, 57344, 2, 108, 3, 0, 3, 2, 18, 2, 23, 2, 24, 2, 5, 2, 25, 2, 0, 2, 8, 2, 110, -1, 2, 111, 2, 112, 2, 113, -1, 3, 0, 3, 2, 12, -2, 2, 0, 2, 26, -3, 0, 536870912, -4, 2, 18, 2, 0, 2, 27, 0, 1, 2, 0, 2, 55, 2, 6, 2, 12, 2, 10, 2, 0, 2, 114, -1, 3, 0, 4, 2, 10, 2, 28, 2, 115, 2, 7, 2, 0, 2, 116, 2, 0, 2, 117, 2, 118, 2, 119, 2, 0, 2, 9, 3, 0, 9, 2, 19, 2, 29, 2, 30, 2, 120, 2, 46, -2, 2, 121, 2, 122, 2, 29, 2, 19, 2, 8, -2, 2, 123, 2, 29, 3, 31, 2, -1, 2, 0, 2, 37, -2, 0, 4277137519, 0, 2269118463, -1, 3, 18, 2, -1, 2, 32, 2, 36, 2, 0, 3, 29, 2, 2, 34, 2, 17, -3, 3, 0, 2, 2, 33, -1, 2, 0, 2, 34, 2, 0, 2, 34, 2, 0, 2, 45, 2, 0, 0, 4294950463, 2, 35, -7, 2, 0, 0, 203775, 0, 4261476604, 2, 53, 2, 18, 2, 41, 2, 27, 2, 16, 2, 35, 2, 16, 2, 124, 2, 19, 3, 0, 2, 2, 36, 0, 2151677888, 2, 0, 2, 12, 0, 4294901764, 2, 149, 2, 0, 2, 52, 0, 4294902e3, 0, 5242879, 3, 0, 2, 0, 402644511, -1, 2, 128, 2, 37, 0, 3, -1, 2, 129, 2, 130, 2, 0, 0, 67045375, 2, 38, 0, 4226678271, 0, 3766565279, 0, 2039759, 2, 132, 2, 39, 0, 1046437, 0, 6, 3, 0, 2, 0, 3288270847, 0, 3, 3, 0, 2, 0, 67043519, -5, 2, 0, 0, 4282384383, 0, 1056964609, -1, 3, 0, 2, 0, 67043345, -1, 2, 0, 2, 40, 2, 28, 2, 79, 2, 11, 2, 58, 2, 36, -5, 2, 0, 2, 12, -3, 3, 0, 2, 0, 2147484671, 2, 134, 0, 4190109695, 2, 49, -2, 2, 135, 0, 4244635647, 0, 27, 2, 0, 2, 8, 2, 41, 2, 0, 2, 65, 2, 16, 2, 0, 2, 40, 2, 136, -2, 2, 30, -2, 2, 0, 2, 43, 2, 54, 2, 42, 2, 43, 2, 137, 2, 44, 0, 8388351, -2, 2, 138, 0, 3028287487, 2, 45, 2, 140, 0, 33259519, 2, 28, 2, 7, 2, 125, -7, 2, 19, 2, 46, 0, 3355443199, 0, 134152199, -2, 2, 66, -2, 3, 0, 28, 2, 31, -3, 3, 0, 3, 2, 141, 3, 0, 6, 2, 47, 3, 0, 9, 2, 36, -71, 2, 16, 3, 0, 2, 2, 27, 3, 0, 33, 2, 22, 2, 29, 3, 0, 124, 2, 12, 3, 0, 18, 2, 36, -213, 2, 0, 2, 31, -54, 3, 0, 17, 2, 40, 2, 8, 2, 28, 2, 0, 2, 8, 2, 28, 2, 48, 2, 0, 2, 19, 2, 49, 2, 142, 2, 22, -13, 2, 0, 2, 50, -6, 3, 0, 2, -1, 2, 143, 2, 9, -1, 3, 0, 2, 0, 4294936575, 2, 0, 0, 4294934783, -2, 0, 8323099, 3, 0, 230, 2, 12, 2, 51, 2, 0, 0, 1, -2, 3, 0, 3, 2, 34, 3, 0, 28, 2, 17, 2, 0, 2, 34, -240, 2, 144, 3, 0, 9, 2, 145, 2, 146, 2, 147, 3, 0, 11, 2, 7, -72, 3, 0, 3, 2, 148, 0, 1677656575, -130, 2, 23, -16, 2, 0, 2, 21, 2, 36, -14, 0, 384, -1, 0, 4161266656, 0, 4071, 0, 15360, -4, 0, 2550595612, -1, 0, 3, -11, 3, 0, 2, 2, 52, 2, 0, 2, 150, 2, 151, 2, 59, 2, 0, 2, 152, 2, 153, 2, 154, 3, 0, 10, 2, 155, 2, 156, 2, 20, 3, 52, 2, 3, 53, 2, 3, 54, 2, 0, 4294954999, 2, 0, -16, 2, 0, 2, 91, 2, 0, 0, 2105343, 0, 4160749584, 0, 65534, -34, 3, 0, 4, 2, 158, -1, 2, 55, 2, 0, 0, 4194303871, 0, 4294903771, 2, 0, 2, 56, 2, 99, -3, 2, 0, 0, 1073684479, 0, 17407, -9, 2, 16, 2, 57, 2, 0, 2, 31, -14, 2, 16, 2, 31, -6, 2, 16, 2, 12, -6, 2, 8, 0, 3225419775, -7, 2, 159, 3, 0, 6, 0, 8323103, -1, 3, 0, 2, 2, 58, -37, 2, 59, 2, 160, 2, 161, 2, 162, 2, 163, 2, 164, -105, 2, 23, -32, 3, 0, 1335, -1, 3, 0, 136, 2, 8, 3, 0, 180, 2, 21, 3, 0, 233, 2, 165, 3, 0, 18, 2, 10, -77, 3, 0, 16, 2, 10, -47, 3, 0, 154, 2, 6, 3, 0, 264, 2, 31, -1244, 3, 0, 354, -20518, 3, 0, 7, 2, 22, -6130, 3, 5, 2, -1, 0, 69207040, 3, 42, 2, 3, 0, 14, 2, 60, 2, 61, -3, 0, 3168731136, 0, 4294956864, 2, 1, 2, 0, 2, 39, 3, 0, 4, 0, 4294966275, 3, 0, 4, 2, 15, 2, 62, 2, 0, 0, 6655, -1, 2, 16, 2, 63, -1, 2, 0, 0, 2047, 0, 4294885376, 3, 0, 2, 0, 3145727, 0, 2617294944, 0, 4294770688, 2, 22, 2, 55, 3, 0, 2, 0, 131135, 2, 97, 0, 70256639, 0, 71303167, 0, 272, 2, 40, 2, 6, 0, 65279, 2, 0, 2, 64, -1, 2, 98, 2, 65, 0, 4278255616, 0, 4294836227, 0, 4294549473, 0, 600178175, 0, 2952806400, 0, 268632067, 0, 4294543328, 0, 57540095, 0, 1577058304, 0, 1835008, 0, 4294688736, 2, 67, 2, 66, 0, 33554435, 2, 131, 2, 67, 0, 2952790016, 0, 131075, 0, 3594373096, 0, 67094296, 2, 66, -1, 0, 4294828e3, 0, 603979263, 0, 922746880, 0, 3, 0, 4294828001, 0, 602930687, 0, 1879048192, 0, 393219, 0, 4294828016, 0, 671088639, 0, 2154840064, 0, 4227858435, 0, 4236247008, 2, 68, 2, 36, -1, 2, 4, 0, 917503, 2, 36, -1, 2, 69, 0, 537788335, 0, 4026531935, -1, 0, 1, -1, 2, 32, 2, 70, 0, 7936, -3, 2, 0, 0, 2147485695, 0, 1010761728, 0, 4292984930, 0, 16387, 2, 0, 2, 14, 2, 20, 3, 0, 10, 2, 71, 2, 0, 2, 72, 2, 73, 2, 74, 2, 0, 2, 75, 2, 0, 2, 12, -1, 2, 22, 3, 0, 2, 2, 13, 2, 4, 3, 0, 18, 2, 76, 2, 5, 3, 0, 2, 2, 77, 0, 2147745791, 3, 17, 2, 0, 122879, 2, 0, 2, 9, 0, 276824064, -2, 3, 0, 2, 2, 40, 2, 0, 0, 4294903295, 2, 0, 2, 29, 2, 8, -1, 2, 16, 2, 48, 2, 0, 2, 78, 2, 64, -1, 2, 19, 2, 0, 2, 26, -2, 0, 128, -2, 2, 25, 2, 9, 0, 8160, -1, 2, 126, 0, 4227907585, 2, 0, 2, 35, 2, 0, 2, 79, 0, 4227915776, 2, 10, 2, 6, 2, 11, -1, 0, 74440192, 3, 0, 6, -2, 3, 0, 8, 2, 13, 2, 0, 2, 80, 2, 10, 2, 0, 2, 81, 2, 82, 2, 83, -3, 2, 84, 2, 85, -3, 2, 86, 2, 87, 2, 88, 2, 0, 2, 33, -83, 3, 0, 7, 0, 817183, 2, 0, 2, 14, 2, 0, 0, 33023, 2, 19, 3, 89, 2, -17, 2, 90, 0, 524157950, 2, 4, 2, 0, 2, 91, 2, 4, 2, 0, 2, 20, 2, 25, 2, 15, 3, 0, 2, 2, 57, 2, 0, -1, 2, 16, -16, 3, 0, 206, -2, 3, 0, 692, 2, 70, -1, 2, 16, 2, 10, 3, 0, 8, 2, 92, 0, 3072, 2, 0, 0, 2147516415, 2, 10, 3, 0, 2, 2, 22, 2, 93, 2, 94, 3, 0, 2, 2, 95, 2, 0, 2, 10, 2, 96, 0, 4294965179, 0, 7, 2, 0, 2, 9, 2, 94, 2, 9, -1, 0, 1761345536, 2, 97, 0, 4294901823, 2, 36, 2, 18, 2, 98, 2, 34, 2, 99, 0, 2080440287, 2, 0, 2, 33, 2, 157, 0, 3296722943, 2, 0, 0, 1046675455, 0, 939524101, 0, 1837055, 2, 100, 2, 101, 2, 20, 2, 102, 3, 0, 3, 0, 7, 3, 0, 349, 2, 47, 2, 103, 2, 7, -264, 3, 0, 11, 2, 21, 3, 0, 2, 2, 31, -1, 0, 2700607615, 2, 104, 2, 105, 3, 0, 2, 2, 17, 2, 106, 3, 0, 10, 2, 10, 2, 16, 2, 0, 2, 44, 2, 0, 2, 30, 2, 107, -3, 2, 108, 3, 0, 3, 2, 18, -1, 3, 5, 2, 2, 109, 2, 0, 2, 8, 2, 110, -1, 2, 111, 2, 112, 2, 113, -1, 3, 0, 3, 2, 12, -2, 2, 0, 2, 26, -8, 2, 18, 2, 0, 2, 27, -1, 2, 0, 2, 55, 2, 6, 2, 29, 2, 10, 2, 0, 2, 114, -1, 3, 0, 4, 2, 10, 2, 16, 2, 115, 2, 7, 2, 0, 2, 116, 2, 0, 2, 117, 2, 118, 2, 119, 2, 0, 2, 9, 3, 0, 9, 2, 19, 2, 29, 2, 30, 2, 120, 2, 46, -2, 2, 121, 2, 122, 2, 29, 2, 19, 2, 8, -2, 2, 123, 2, 29, 3, 31, 2, -1, 2, 0, 2, 37, -2, 0, 4277075969, 2, 29, -1, 3, 18, 2, -1, 2, 32, 2, 124, 2, 0, 3, 29, 2, 2, 34, 2, 17, -3, 3, 0, 2, 2, 33, -1, 2, 0, 2, 34, 2, 0, 2, 34, 2, 0, 2, 79, 2, 97, 0, 4294934591, 2, 35, -7, 2, 0, 2, 125, 0, 4261413116, 2, 57, 2, 18, 2, 41, 2, 35, 2, 16, 0, 3, 2, 16, 2, 124, 2, 19, 2, 126, 2, 127, -1, 0, 2490368, 2, 126, 2, 22, 2, 16, 2, 33, 2, 126, 2, 36, 0, 4294901904, 0, 4718591, 2, 126, 2, 34, 0, 335544350, -1, 2, 128, 0, 2147487743, 0, 1, -1, 2, 129, 2, 130, 2, 8, -1, 2, 131, 2, 67, 0, 3758161920, 0, 3, 2, 132, 0, 12582911, 0, 655360, -1, 2, 0, 2, 26, 0, 2147485568, 0, 3, 2, 0, 2, 22, 0, 176, -5, 2, 0, 2, 57, 0, 251658240, -1, 2, 0, 2, 22, 0, 16, -1, 2, 0, 0, 16779263, -2, 2, 12, -1, 2, 36, -5, 2, 0, 2, 133, -3, 3, 0, 2, 2, 51, 2, 134, 0, 2147549183, 0, 2, -2, 2, 135, 2, 27, 0, 10, 0, 4294965249, 0, 67633151, 0, 4026597376, 2, 0, 0, 536871935, 2, 16, 2, 0, 2, 40, 2, 136, -5, 2, 0, 0, 1, 2, 54, 2, 57, 0, 1, 2, 137, 2, 22, -3, 2, 138, 2, 27, 2, 139, 2, 140, 0, 16778239, 2, 16, 2, 7, 0, 131072, -7, 2, 34, 0, 4294836212, 2, 9, -3, 2, 66, -2, 3, 0, 28, 2, 31, -3, 3, 0, 3, 2, 141, 3, 0, 6, 2, 47, 3, 0, 9, 2, 36, -71, 2, 16, 3, 0, 2, 2, 27, 3, 0, 33, 2, 22, 0, 126, 3, 0, 124, 2, 12, 3, 0, 18, 2, 36, -213, 2, 10, -55, 3, 0, 17, 2, 40, 2, 8, 2, 16, 2, 0, 2, 8, 2, 16, 2, 56, 2, 0, 2, 22, 2, 79, 2, 142, 2, 22, -13, 2, 0, 2, 70, -6, 3, 0, 2, -1, 2, 143, 2, 9, -1, 3, 0, 2, 0, 67583, -1, 2, 106, -2, 0, 8126475, 3, 0, 230, 2, 12, 2, 51, 2, 0, 0, 1, -2, 3, 0, 3, 2, 34, 3, 0, 28, 2, 17, 2, 0, 2, 34, -240, 2, 144, 3, 0, 9, 2, 145, 2, 146, 2, 147, 3, 0, 11, 2, 7, -72, 3, 0, 3, 2, 148, 2, 149, -187, 3, 0, 2, 2, 52, 2, 0, 2, 150, 2, 151, 2, 59, 2, 0, 2, 152, 2, 153, 2, 154, 3, 0, 10, 2, 155, 2, 156, 2, 20, 3, 52, 2, 3, 53, 2, 3, 54, 2, 2, 157, -57, 3, 0, 4, 2, 158, -1, 2, 55, 2, 0, -1, 2, 16, 2, 0, 2, 56, -4, 2, 0, 0, 1065361407, 0, 16384, -9, 2, 16, 2, 56, 2, 0, 2, 133, -14, 2, 16, 2, 133, -6, 2, 16, 0, 81919, -6, 2, 8, 0, 3223273399, -7, 2, 159, 3, 0, 6, 2, 124, -1, 3, 0, 2, 0, 2063, -37, 2, 59, 2, 160, 2, 161, 2, 162, 2, 163, 2, 164, -138, 3, 0, 1335, -1, 3, 0, 136, 2, 8, 3, 0, 180, 2, 21, 3, 0, 233, 2, 165, 3, 0, 18, 2, 10, -77, 3, 0, 16, 2, 10, -47, 3, 0, 154, 2, 6, 3, 0, 264, 2, 31, -1244, 3, 0, 354, -26654], [4294967295, 4294967291, 4092460543, 4294828031, 4294967294, 134217726, 4294903807, 268435455, 2147483647, 1048575, 1073741823, 3892314111, 134217727, 1061158911, 4294910143, 4294901759, 4294901760, 262143, 536870911, 8388607, 4160749567, 4294918143, 65535, 67043328, 2281701374, 4294967264, 2097151, 131071, 4294902783, 4194303, 255, 67108863, 4294967039, 511, 524287, 63, 127, 3238002687, 4294549487, 4290772991, 33554431, 4294901888, 4286578687, 67043329, 4294770687, 67043583, 4294836223, 4294901775, 2047999, 67043343, 67051519, 2147483648, 4292870143, 4294934527, 4294966783, 4294959104, 16383, 32767, 67047423, 4294967279, 262083, 20511, 58720255, 493567, 1023, 603979775, 65536, 602799615, 805044223, 4294965206, 8191, 1031749119, 4294917631, 2134769663, 4286578493, 4282253311, 4294942719, 33540095, 4294905855, 15, 2868854591, 1608515583, 265232348, 534519807, 2147614720, 4294934528, 1060109444, 4093640016, 17376, 2139062143, 224, 4169138175, 4294909951, 4286578688, 4294967292, 4294965759, 4294836228, 4294966272, 4294967280, 32768, 8289918, 4294934399, 4294915071, 4294965375, 1602223615, 4294967259, 4294443008, 268369920, 4292804608, 4294967232, 486341884, 4294963199, 3087007615, 1073692671, 4128527, 4279238655, 4294902015, 4160684047, 4290246655, 469499899, 4294967231, 4294966591, 2445279231, 3670015, 31, 197631, 4294967288, 16777215, 4294705151, 3221208447, 4294902271, 4294549472, 4294921215, 4095, 4285526655, 4294966527, 1024, 4294705152, 4294966143, 64, 4294966719, 4292935679, 3774873592, 4194303999, 1877934080, 262655, 2555904, 4294902256, 536807423, 67043839, 3758096383, 3959414372, 3755993023, 2080374783, 4294835295, 4294967167, 4160749565, 4087, 8323075, 2147446655, 184024726, 2862017156, 1593309078, 268434431, 268434414, 4294901761]);
    li = (t2) => (Jn[(t2 >>> 5) + 0] >>> t2 & 31 & 1) !== 0;
    Un = (t2) => (Jn[(t2 >>> 5) + 34816] >>> t2 & 31 & 1) !== 0;
    B = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1032, 0, 0, 2056, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8192, 0, 3, 0, 0, 8192, 0, 0, 0, 256, 0, 33024, 0, 0, 242, 242, 114, 114, 114, 114, 114, 114, 594, 594, 0, 0, 16384, 0, 16384, 0, 0, 67, 67, 67, 67, 67, 67, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 1, 0, 0, 4099, 0, 71, 71, 71, 71, 71, 71, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16384, 0, 16384, 0, 0];
    ui = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    Xn = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    jn = ["SingleLine", "MultiLine", "HTMLOpen", "HTMLClose", "HashbangComment"];
    si = { 0: "Unexpected token", 30: "Unexpected token: '%0'", 1: "Octal escape sequences are not allowed in strict mode", 2: "Octal escape sequences are not allowed in template strings", 3: "\\8 and \\9 are not allowed in template strings", 4: "Private identifier #%0 is not defined", 5: "Illegal Unicode escape sequence", 6: "Invalid code point %0", 7: "Invalid hexadecimal escape sequence", 9: "Octal literals are not allowed in strict mode", 8: "Decimal integer literals with a leading zero are forbidden in strict mode", 10: "Expected number in radix %0", 153: "Invalid left-hand side assignment to a destructible right-hand side", 11: "Non-number found after exponent indicator", 12: "Invalid BigIntLiteral", 13: "No identifiers allowed directly after numeric literal", 14: "Escapes \\8 or \\9 are not syntactically valid escapes", 15: "Escapes \\8 or \\9 are not allowed in strict mode", 16: "Unterminated string literal", 17: "Unterminated template literal", 18: "Multiline comment was not closed properly", 19: "The identifier contained dynamic unicode escape that was not closed", 20: "Illegal character '%0'", 21: "Missing hexadecimal digits", 22: "Invalid implicit octal", 23: "Invalid line break in string literal", 24: "Only unicode escapes are legal in identifier names", 25: "Expected '%0'", 26: "Invalid left-hand side in assignment", 27: "Invalid left-hand side in async arrow", 28: 'Calls to super must be in the "constructor" method of a class expression or class declaration that has a superclass', 29: "Member access on super must be in a method", 31: "Await expression not allowed in formal parameter", 32: "Yield expression not allowed in formal parameter", 95: "Unexpected token: 'escaped keyword'", 33: "Unary expressions as the left operand of an exponentiation expression must be disambiguated with parentheses", 125: "Async functions can only be declared at the top level or inside a block", 34: "Unterminated regular expression", 35: "Unexpected regular expression flag", 36: "Duplicate regular expression flag '%0'", 37: "%0 functions must have exactly %1 argument%2", 38: "Setter function argument must not be a rest parameter", 39: "%0 declaration must have a name in this context", 40: "Function name may not contain any reserved words or be eval or arguments in strict mode", 41: "The rest operator is missing an argument", 42: "A getter cannot be a generator", 43: "A setter cannot be a generator", 44: "A computed property name must be followed by a colon or paren", 136: "Object literal keys that are strings or numbers must be a method or have a colon", 46: "Found `* async x(){}` but this should be `async * x(){}`", 45: "Getters and setters can not be generators", 47: "'%0' can not be generator method", 48: "No line break is allowed after '=>'", 49: "The left-hand side of the arrow can only be destructed through assignment", 50: "The binding declaration is not destructible", 51: "Async arrow can not be followed by new expression", 52: "Classes may not have a static property named 'prototype'", 53: "Class constructor may not be a %0", 54: "Duplicate constructor method in class", 55: "Invalid increment/decrement operand", 56: "Invalid use of `new` keyword on an increment/decrement expression", 57: "`=>` is an invalid assignment target", 58: "Rest element may not have a trailing comma", 59: "Missing initializer in %0 declaration", 60: "'for-%0' loop head declarations can not have an initializer", 61: "Invalid left-hand side in for-%0 loop: Must have a single binding", 62: "Invalid shorthand property initializer", 63: "Property name __proto__ appears more than once in object literal", 64: "Let is disallowed as a lexically bound name", 65: "Invalid use of '%0' inside new expression", 66: "Illegal 'use strict' directive in function with non-simple parameter list", 67: 'Identifier "let" disallowed as left-hand side expression in strict mode', 68: "Illegal continue statement", 69: "Illegal break statement", 70: "Cannot have `let[...]` as a var name in strict mode", 71: "Invalid destructuring assignment target", 72: "Rest parameter may not have a default initializer", 73: "The rest argument must the be last parameter", 74: "Invalid rest argument", 76: "In strict mode code, functions can only be declared at top level or inside a block", 77: "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement", 78: "Without web compatibility enabled functions can not be declared at top level, inside a block, or as the body of an if statement", 79: "Class declaration can't appear in single-statement context", 80: "Invalid left-hand side in for-%0", 81: "Invalid assignment in for-%0", 82: "for await (... of ...) is only valid in async functions and async generators", 83: "The first token after the template expression should be a continuation of the template", 85: "`let` declaration not allowed here and `let` cannot be a regular var name in strict mode", 84: "`let \n [` is a restricted production at the start of a statement", 86: "Catch clause requires exactly one parameter, not more (and no trailing comma)", 87: "Catch clause parameter does not support default values", 88: "Missing catch or finally after try", 89: "More than one default clause in switch statement", 90: "Illegal newline after throw", 91: "Strict mode code may not include a with statement", 92: "Illegal return statement", 93: "The left hand side of the for-header binding declaration is not destructible", 94: "new.target only allowed within functions or static blocks", 96: "'#' not followed by identifier", 102: "Invalid keyword", 101: "Can not use 'let' as a class name", 100: "'A lexical declaration can't define a 'let' binding", 99: "Can not use `let` as variable name in strict mode", 97: "'%0' may not be used as an identifier in this context", 98: "Await is only valid in async functions", 103: "The %0 keyword can only be used with the module goal", 104: "Unicode codepoint must not be greater than 0x10FFFF", 105: "%0 source must be string", 106: "Only a identifier or string can be used to indicate alias", 107: "Only '*' or '{...}' can be imported after default", 108: "'import defer' must be followed by a namespace import", 109: "'import source' must be followed by a default import", 110: "Trailing decorator may be followed by method", 111: "Decorators can't be used with a constructor", 112: "Can not use `await` as identifier in module or async func", 113: "Can not use `await` as identifier in module", 114: "HTML comments are only allowed with web compatibility (Annex B)", 115: "The identifier 'let' must not be in expression position in strict mode", 116: "Cannot assign to `eval` and `arguments` in strict mode", 117: "The left-hand side of a for-of loop may not start with 'let'", 118: "Block body arrows can not be immediately invoked without a group", 119: "Block body arrows can not be immediately accessed without a group", 120: "Unexpected strict mode reserved word", 121: "Unexpected eval or arguments in strict mode", 122: "Decorators must not be followed by a semicolon", 123: "Calling delete on expression not allowed in strict mode", 124: "Pattern can not have a tail", 126: "Can not have a `yield` expression on the left side of a ternary", 127: "An arrow function can not have a postfix update operator", 128: "Invalid object literal key character after generator star", 129: "Private fields can not be deleted", 131: "Classes may not have a field called constructor", 130: "Classes may not have a private element named constructor", 132: "A class field initializer or static block may not contain arguments", 133: "Generators can only be declared at the top level or inside a block", 134: "Async methods are a restricted production and cannot have a newline following it", 135: "Unexpected character after object literal property name", 137: "Invalid key token", 138: "Label '%0' has already been declared", 139: "Label '%0' does not denote an iteration statement", 140: "Undefined label '%0'", 141: "Trailing comma is disallowed inside import(...) arguments", 142: "Invalid binding in JSON import", 143: "import() requires exactly one argument", 144: "Cannot use new with import(...)", 145: "... is not allowed in import()", 146: "Expected '=>'", 147: "Duplicate binding '%0'", 148: "Duplicate private identifier #%0", 149: "Cannot export a duplicate name '%0'", 152: "Duplicate %0 for-binding", 150: "Exported binding '%0' needs to refer to a top-level declared variable", 151: "Unexpected private field", 155: "Numeric separators are not allowed at the end of numeric literals", 154: "Only one underscore is allowed as numeric separator", 156: "JSX value should be either an expression or a quoted JSX text", 157: "Expected corresponding JSX closing tag for %0", 158: "Adjacent JSX elements must be wrapped in an enclosing tag", 159: "JSX attributes must only be assigned a non-empty 'expression'", 160: "'%0' has already been declared", 161: "'%0' shadowed a catch clause binding", 162: "Dot property must be an identifier", 163: "Encountered invalid input after spread/rest argument", 164: "Catch without try", 165: "Finally without try", 166: "Expected corresponding closing tag for JSX fragment", 167: "Coalescing and logical operators used together in the same expression must be disambiguated with parentheses", 168: "Invalid tagged template on optional chain", 169: "Invalid optional chain from super property", 170: "Invalid optional chain from new expression", 171: 'Cannot use "import.meta" outside a module', 172: "Leading decorators must be attached to a class declaration", 173: "An export name cannot include a lone surrogate", 174: "A string literal cannot be used as an exported binding without `from`", 175: "Private fields can't be accessed on super", 176: "The only valid meta property for import is 'import.meta'", 177: "'import.meta' must not contain escaped characters", 178: 'cannot use "await" as identifier inside an async function', 179: 'cannot use "await" in static blocks', 180: "Unexpected token `}`. Did you mean `&rbrace;` or `{'}'}`?", 181: "Unexpected token `>`. Did you mean `&gt;` or `{'>'}`?" };
    D = class extends SyntaxError {
      start;
      end;
      range;
      loc;
      description;
      constructor(n, i, e, ...o) {
        let l = H(0, si[e], /%(\d+)/g, (f, c) => o[c]), u = "[" + n.line + ":" + n.column + "-" + i.line + ":" + i.column + "]: " + l;
        super(u), this.start = n.index, this.end = i.index, this.range = [n.index, i.index], this.loc = { start: { line: n.line, column: n.column }, end: { line: i.line, column: i.column } }, this.description = l;
      }
    };
    O = ["end of source", "identifier", "number", "string", "regular expression", "false", "true", "null", "template continuation", "template tail", "=>", "(", "{", ".", "...", "}", ")", ";", ",", "[", "]", ":", "?", "'", '"', "++", "--", "=", "<<=", ">>=", ">>>=", "**=", "+=", "-=", "*=", "/=", "%=", "^=", "|=", "&=", "||=", "&&=", "??=", "typeof", "delete", "void", "!", "~", "+", "-", "in", "instanceof", "*", "%", "/", "**", "&&", "||", "===", "!==", "==", "!=", "<=", ">=", "<", ">", "<<", ">>", ">>>", "&", "|", "^", "var", "let", "const", "break", "case", "catch", "class", "continue", "debugger", "default", "do", "else", "export", "extends", "finally", "for", "function", "if", "import", "new", "return", "super", "switch", "this", "throw", "try", "while", "with", "implements", "interface", "package", "private", "protected", "public", "static", "yield", "as", "async", "await", "constructor", "get", "set", "accessor", "from", "of", "using", "enum", "eval", "arguments", "escaped keyword", "escaped future reserved keyword", "reserved if strict", "#", "BigIntLiteral", "??", "?.", "WhiteSpace", "Illegal", "LineTerminator", "PrivateField", "Template", "@", "target", "meta", "LineFeed", "Escaped", "JSXText"];
    cn = /* @__PURE__ */ new Map([["this", 86111], ["function", 86104], ["if", 20569], ["return", 20572], ["var", 86088], ["else", 20563], ["for", 20567], ["new", 86107], ["in", 8673330], ["typeof", 16863275], ["while", 20578], ["case", 20556], ["break", 20555], ["try", 20577], ["catch", 20557], ["delete", 16863276], ["throw", 86112], ["switch", 86110], ["continue", 20559], ["default", 20561], ["instanceof", 8411187], ["do", 20562], ["void", 16863277], ["finally", 20566], ["async", 209005], ["await", 209006], ["class", 86094], ["const", 86090], ["constructor", 209007], ["debugger", 20560], ["export", 20564], ["extends", 20565], ["false", 86021], ["from", 209011], ["get", 209008], ["implements", 36964], ["import", 86106], ["interface", 36965], ["let", 241737], ["null", 86023], ["of", 471156], ["using", 209013], ["package", 36966], ["private", 36967], ["protected", 36968], ["public", 36969], ["set", 209009], ["static", 36970], ["super", 86109], ["true", 86022], ["with", 20579], ["yield", 241771], ["enum", 86134], ["eval", 537079927], ["as", 77932], ["arguments", 537079928], ["target", 209030], ["meta", 209031], ["accessor", 209010]]);
    qn = [...cn.keys()].map((t2) => t2.length);
    Wn = Math.min(...qn);
    Kn = Math.max(...qn);
    (function(t2) {
      t2[t2.Empty = 0] = "Empty", t2[t2.Escape = 1] = "Escape", t2[t2.Class = 2] = "Class";
    })(p || (p = {}));
    (function(t2) {
      t2[t2.Empty = 0] = "Empty", t2[t2.IgnoreCase = 1] = "IgnoreCase", t2[t2.Global = 2] = "Global", t2[t2.Multiline = 4] = "Multiline", t2[t2.Unicode = 16] = "Unicode", t2[t2.Sticky = 8] = "Sticky", t2[t2.DotAll = 32] = "DotAll", t2[t2.Indices = 64] = "Indices", t2[t2.UnicodeSets = 128] = "UnicodeSets";
    })(F || (F = {}));
    Ei = [129, 129, 129, 129, 129, 129, 129, 129, 129, 128, 136, 128, 128, 130, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 128, 16842798, 134283267, 131, 208897, 8391477, 8390213, 134283267, 67174411, 16, 8391476, 25233968, 18, 25233969, 67108877, 8457014, 134283266, 134283266, 134283266, 134283266, 134283266, 134283266, 134283266, 134283266, 134283266, 134283266, 21, 1074790417, 8456256, 1077936155, 8390721, 22, 133, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 208897, 69271571, 137, 20, 8389959, 208897, 132, 4096, 4096, 4096, 4096, 4096, 4096, 4096, 208897, 4096, 208897, 208897, 4096, 208897, 4096, 208897, 4096, 208897, 4096, 4096, 4096, 208897, 4096, 4096, 208897, 4096, 4096, 2162700, 8389702, 1074790415, 16842799, 129];
    Ni = 7;
    rt = class {
      parser;
      parent;
      refs = /* @__PURE__ */ Object.create(null);
      privateIdentifiers = /* @__PURE__ */ new Map();
      constructor(n, i) {
        this.parser = n, this.parent = i;
      }
      addPrivateIdentifier(n, i) {
        let { privateIdentifiers: e } = this, o = i & 800;
        o & 768 || (o |= 768);
        let l = e.get(n);
        this.hasPrivateIdentifier(n) && ((l & 32) !== (o & 32) || l & o & 768) && this.parser.report(148, n), e.set(n, this.hasPrivateIdentifier(n) ? l | o : o);
      }
      addPrivateIdentifierRef(n) {
        var i;
        (i = this.refs)[n] ?? (i[n] = []), this.refs[n].push(this.parser.tokenStart);
      }
      validatePrivateIdentifierRefs() {
        var n;
        for (let i in this.refs) if (!this.hasPrivateIdentifier(i)) if (this.parent) ((n = this.parent.refs)[i] ?? (n[i] = [])).push(...this.refs[i]);
        else {
          let { index: e, line: o, column: l } = this.refs[i][0];
          throw new D({ index: e, line: o, column: l }, { index: e + i.length, line: o, column: l + i.length }, 4, i);
        }
      }
      hasPrivateIdentifier(n) {
        return this.privateIdentifiers.has(n);
      }
    };
    xt = class t {
      parser;
      type;
      parent;
      scopeError;
      variableBindings = /* @__PURE__ */ new Map();
      constructor(n, i = 2, e) {
        this.parser = n, this.type = i, this.parent = e;
      }
      createChildScope(n) {
        return new t(this.parser, n, this);
      }
      addVarOrBlock(n, i, e, o, l, u) {
        e & 4 ? this.addVarName(n, i, e, o, l) : this.addBlockName(n, i, e, o, l, u), u & 64 && this.parser.declareUnboundVariable(i);
      }
      addVarName(n, i, e, o, l) {
        let { parser: u } = this, f = this;
        for (; f && (f.type & 128) === 0; ) {
          let { variableBindings: c } = f, s = c.get(i);
          if (s && s & 248 && !(u.options.webcompat && (n & 1) === 0 && (e & 128 && s & 68 || s & 128 && e & 68))) throw new D(o, l, 147, i);
          if (f === this && s && s & 1 && e & 1 && f.recordScopeError(147, o, l, i), s && (s & 256 || s & 512 && !u.options.webcompat)) throw new D(o, l, 147, i);
          f.variableBindings.set(i, e), f = f.parent;
        }
      }
      hasVariable(n) {
        return this.variableBindings.has(n);
      }
      addBlockName(n, i, e, o, l, u = 0) {
        let { parser: f } = this, c = this.variableBindings.get(i);
        if (c && (c & 2) === 0) {
          if (e & 1) this.recordScopeError(147, o, l, i);
          else if (!(f.options.webcompat && (n & 1) === 0 && u & 2 && c === 64 && e === 64)) throw new D(o, l, 147, i);
        }
        if (this.type & 64 && this.parent?.hasVariable(i) && (this.parent.variableBindings.get(i) & 2) === 0) throw new D(o, l, 147, i);
        if (this.type & 512 && c && (c & 2) === 0 && e & 1 && this.recordScopeError(147, o, l, i), this.type & 32 && this.parent.variableBindings.get(i) & 768) throw new D(o, l, 161, i);
        this.variableBindings.set(i, e);
      }
      recordScopeError(n, i, e, ...o) {
        this.scopeError ?? (this.scopeError = { type: n, params: o, start: i, end: e });
      }
      reportScopeError() {
        let { scopeError: n } = this;
        if (n) throw new D(n.start, n.end, n.type, ...n.params);
      }
    };
    pt = class {
      source;
      lastOnToken = null;
      options;
      token = 1048576;
      flags = 0;
      features = 0;
      index = 0;
      line = 1;
      column = 0;
      startIndex = 0;
      end = 0;
      tokenIndex = 0;
      startColumn = 0;
      tokenColumn = 0;
      tokenLine = 1;
      startLine = 1;
      tokenValue = "";
      tokenRaw = "";
      tokenRegExp = void 0;
      currentChar = 0;
      exportedNames = /* @__PURE__ */ new Set();
      exportedBindings = /* @__PURE__ */ new Set();
      assignable = 0;
      destructible = 0;
      strictReservedRange = null;
      firstAwaitLocation = null;
      firstYieldLocation = null;
      leadingDecorators = { decorators: [] };
      constructor(n, i = {}) {
        this.source = n, this.end = n.length, this.currentChar = n.charCodeAt(0), this.options = Di(i), this.features = this.options.features, Array.isArray(this.options.onComment) && (this.options.onComment = Pi(this.options.onComment, this.options)), Array.isArray(this.options.onToken) && (this.options.onToken = Oi(this.options.onToken, this.options));
      }
      getToken() {
        return this.token;
      }
      setToken(n, i = false) {
        this.token = n;
        let { onToken: e } = this.options;
        if (e) if (n !== 1048576) {
          let o = { start: { line: this.tokenLine, column: this.tokenColumn }, end: { line: this.line, column: this.column } };
          !i && this.lastOnToken && e(...this.lastOnToken), this.lastOnToken = [ci(n), this.tokenIndex, this.index, o];
        } else this.lastOnToken && (e(...this.lastOnToken), this.lastOnToken = null);
        return n;
      }
      get tokenStart() {
        return { index: this.tokenIndex, line: this.tokenLine, column: this.tokenColumn };
      }
      get startPosition() {
        return { index: this.startIndex, line: this.startLine, column: this.startColumn };
      }
      get currentLocation() {
        return { index: this.index, line: this.line, column: this.column };
      }
      finishNode(n, i, e) {
        let { ranges: o } = this.options;
        if (o) {
          let l = e ? e.index : this.startIndex;
          o.start && (n.start = i.index), o.end && (n.end = l), o.range && (n.range = [i.index, l]);
        }
        return this.options.loc && (n.loc = { start: { line: i.line, column: i.column }, end: e ? { line: e.line, column: e.column } : { line: this.startLine, column: this.startColumn } }, this.options.source && (n.loc.source = this.options.source)), n;
      }
      addBindingToExports(n) {
        this.exportedBindings.add(n);
      }
      declareUnboundVariable(n) {
        let { exportedNames: i } = this;
        i.has(n) && this.report(149, n), i.add(n);
      }
      report(n, ...i) {
        throw new D(this.tokenStart, this.currentLocation, n, ...i);
      }
      createScopeIfLexical(n, i) {
        if (this.options.lexical) return this.createScope(n, i);
      }
      createScope(n, i) {
        return new xt(this, n, i);
      }
      createPrivateScopeIfLexical(n) {
        if (this.options.lexical) return new rt(this, n);
      }
      cloneIdentifier(n) {
        return Bn(n);
      }
      cloneStringLiteral(n) {
        return Bn(n);
      }
    };
    ({ version: V1 } = oi);
    he = Wo;
    Ko = Array.prototype.findLast ?? function(t2) {
      for (let n = this.length - 1; n >= 0; n--) {
        let i = this[n];
        if (t2(i, n, this)) return i;
      }
    };
    Yo = x("findLast", function() {
      if (Array.isArray(this)) return Ko;
    });
    ye = Yo;
    zt = /* @__PURE__ */ Symbol.for("comments");
    zo = x("at", function() {
      if (Array.isArray(this) || typeof this == "string") return Ho;
    });
    be = zo;
    $o = 5;
    Qo = 8;
    Zo = 8;
    we = (t2) => (n) => n.label ? X(n.label) : U(n) + t2;
    vo = (t2) => t2.__contentEnd ?? Tt(t2);
    Ee = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
    Go = new Map([["BreakStatement", we($o)], ["ContinueStatement", we(Qo)], ["DebuggerStatement", (t2) => U(t2) + Zo], ["VariableDeclaration", (t2) => X(be(0, t2.declarations, -1))], ...Ee.map((t2) => [t2, vo])]);
    Cn = ct(Ee);
    yt = ct(["Block", "CommentBlock", "MultiLine"]);
    Ce = ct(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
    ro = /* @__PURE__ */ new WeakMap();
    Se = xo;
    t1 = /* @__PURE__ */ new WeakMap();
    Ne = /* @__PURE__ */ new WeakMap();
    Pe = i1;
    Dt = null;
    o1 = 10;
    for (let t2 = 0; t2 <= o1; t2++) Pt();
    Oe = l1;
    m = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
    Be = { ArrayExpression: m[0], AssignmentExpression: m[1], BinaryExpression: m[1], InterpreterDirective: [], Directive: m[2], DirectiveLiteral: [], BlockStatement: m[3], BreakStatement: m[4], CallExpression: m[5], CatchClause: ["param", "body"], ConditionalExpression: m[6], ContinueStatement: m[4], DebuggerStatement: [], DoWhileStatement: m[7], EmptyStatement: [], ExpressionStatement: m[8], File: ["program"], ForInStatement: m[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: m[10], FunctionExpression: m[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: m[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: m[1], MemberExpression: m[11], NewExpression: m[5], Program: m[3], ObjectExpression: m[12], ObjectMethod: m[13], ObjectProperty: m[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: m[15], SequenceExpression: m[16], ParenthesizedExpression: m[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: m[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: m[15], UpdateExpression: m[15], VariableDeclaration: ["declarations"], VariableDeclarator: m[17], WhileStatement: m[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: m[18], ClassExpression: m[19], ClassDeclaration: m[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: m[20], ExportSpecifier: ["local", "exported"], ForOfStatement: m[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: m[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: m[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: m[15], AwaitExpression: m[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: m[11], OptionalCallExpression: m[5], ClassProperty: m[21], ClassPrivateProperty: m[21], ClassPrivateMethod: m[13], PrivateName: m[22], StaticBlock: m[18], ImportAttribute: m[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: m[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: m[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: m[26], DeclareModule: m[27], DeclareModuleExports: m[28], DeclareTypeAlias: m[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: m[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: m[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: m[30], GenericTypeAnnotation: m[25], InferredPredicate: [], InterfaceExtends: m[25], InterfaceDeclaration: m[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: m[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: m[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: m[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: m[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: m[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: m[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: m[29], TypeAnnotation: m[28], TypeCastExpression: m[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: m[35], TypeParameterInstantiation: m[35], UnionTypeAnnotation: m[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: m[27], EnumBooleanBody: m[36], EnumNumberBody: m[36], EnumStringBody: m[36], EnumSymbolBody: m[36], EnumBooleanMember: m[17], EnumNumberMember: m[17], EnumStringMember: m[17], EnumDefaultedMember: m[22], IndexedAccessType: m[37], OptionalIndexedAccessType: m[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: m[8], JSXSpreadChild: m[8], JSXIdentifier: [], JSXMemberExpression: m[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: m[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: m[38], Decorator: m[8], DoExpression: m[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: m[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: m[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: m[39], TSDeclareMethod: m[40], TSQualifiedName: m[1], TSCallSignatureDeclaration: m[41], TSConstructSignatureDeclaration: m[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: m[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: m[41], TSConstructorType: m[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: m[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: m[36], TSArrayType: m[24], TSTupleType: m[33], TSOptionalType: m[28], TSRestType: m[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: m[31], TSIntersectionType: m[31], TSConditionalType: m[43], TSInferType: m[44], TSParenthesizedType: m[28], TSTypeOperator: m[28], TSIndexedAccessType: m[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: m[45], TSLiteralType: m[46], TSClassImplements: m[47], TSInterfaceHeritage: m[47], TSInterfaceDeclaration: m[26], TSInterfaceBody: m[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: m[47], TSAsExpression: m[34], TSSatisfiesExpression: m[34], TSTypeAssertion: m[34], TSEnumBody: m[36], TSEnumDeclaration: m[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: m[27], TSModuleBlock: m[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: m[48], TSExternalModuleReference: m[8], TSNonNullExpression: m[8], TSExportAssignment: m[8], TSNamespaceExportDeclaration: m[22], TSTypeAnnotation: m[28], TSTypeParameterInstantiation: m[35], TSTypeParameterDeclaration: m[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: m[8], Literal: [], MethodDefinition: m[14], PrivateIdentifier: [], Property: m[23], PropertyDefinition: m[21], AccessorProperty: m[38], TSAbstractAccessorProperty: m[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: m[23], TSAbstractPropertyDefinition: m[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: m[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: m[8], AsExpression: m[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: m[30], ConditionalTypeAnnotation: m[43], ConstructorTypeAnnotation: m[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: m[27], DeclareHook: m[22], DeclareNamespace: m[27], EnumBigIntMember: m[17], EnumBody: m[36], ExportAssignment: m[8], ExternalModuleReference: m[8], HookDeclaration: m[39], HookTypeAnnotation: m[50], ImportEqualsDeclaration: m[48], ImportType: ["source"], InferTypeAnnotation: m[44], KeyofTypeAnnotation: m[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: m[22], MatchExpression: m[51], MatchExpressionCase: m[52], MatchIdentifierPattern: m[22], MatchInstanceObjectPattern: m[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: m[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: m[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: m[15], MatchStatement: m[51], MatchStatementCase: m[52], MatchUnaryPattern: m[15], MatchWildcardPattern: [], NamespaceExportDeclaration: m[22], NeverTypeAnnotation: [], NonNullExpression: m[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: m[21], QualifiedTypeofIdentifier: m[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: m[0], RecordDeclarationImplements: m[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: m[12], SatisfiesExpression: m[34], TemplateLiteralTypeAnnotation: m[45], TupleTypeElement: m[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: m[28], TypePredicate: m[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: m[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: m[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: m[23], NGRoot: m[54], JsExpressionRoot: m[54], JsonRoot: m[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: m[28], TSJSDocNonNullableType: m[28], EnumBigIntBody: m[36] };
    u1 = Oe(Be);
    Me = u1;
    Ve = $t;
    X2 = ct(["RegExpLiteral", "BigIntLiteral", "NumericLiteral", "StringLiteral", "DirectiveLiteral", "Literal", "JSXText", "TemplateElement", "StringLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation"]);
    Fe = f1;
    d1 = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    Nn = d1;
    g1 = /\*\/$/;
    s1 = /^\/\*\*?/;
    m1 = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
    a1 = /(^|\s+)\/\/([^\n\r]*)/g;
    _e = /^(\r?\n)+/;
    k1 = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
    Je = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
    h1 = /(\r?\n|^) *\* ?/g;
    T1 = [];
    je = ["noformat", "noprettier"];
    qe = ["format", "prettier"];
    We = y1;
    ze = b1;
    $e = "module";
    Qe = "commonjs";
    Ze = [$e, Qe];
    w1 = { next: true, ranges: true, webcompat: true, loc: false, raw: true, directives: true, impliedStrict: false, preserveParens: true, lexical: false, jsx: true, validateRegex: false };
    S1 = ze(A1);
  }
});
init_meriyah();
export {
  Ge as default,
  Ln as parsers
};
