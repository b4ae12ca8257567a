import path from 'node:path';

import type * as TS from 'typescript';

import { readableDeclaration } from './compact.js';
import type { TypeScript } from './compiler.js';
import { jsdocDeclaration } from './jsdoc-types.js';

type NamedTypeDeclaration =
  TS.InterfaceDeclaration | TS.TypeAliasDeclaration | TS.EnumDeclaration | TS.ClassDeclaration | TS.JSDocTypedefTag | TS.JSDocCallbackTag;

/**
 * The most characters of type declarations shown to the model; the rest are named in a closing line.
 * @internal exported for its tests
 */
export const DECLARATIONS_CAP = 6000;

/** A span of a type's text and the name the runner writes there instead. */
interface Rename {
  start: number;
  end: number;
  name: string;
}

/**
 * Decides how the runner gets the types that tool signatures mention: `import type` from the module that
 * exports them (so the type-check sees the real types), a copy when they are not exported, and the
 * declaration of every user-declared type involved (JSDoc typedefs as TypeScript), for the model to read.
 */
export class RunnerTypes {
  /** Runner-level type name → what it stands for. */
  private readonly bindings = new Map<string, TS.Symbol>();
  /** Module specifier → local name → exported name. */
  private readonly imports = new Map<string, Map<string, string>>();
  private readonly copies: string[] = [];
  /** Enums the runner declares as values, so that the program can compare with their members. */
  private readonly enumValues: string[] = [];
  /** Names of types shown to the model that the runner can neither import nor copy, until a tool's notes take them. */
  private unwritable: string[] = [];
  private readonly declarationTexts = new Map<TS.Node, { name: string; text: string }>();
  private readonly exportNamesByFile = new Map<TS.SourceFile, Map<TS.Symbol, string>>();

  constructor(
    private readonly ts: TypeScript,
    private readonly program: TS.Program,
    private readonly checker: TS.TypeChecker,
    private readonly toolsFile: TS.SourceFile,
  ) {}

  /**
   * The type written (or printed by the checker) at `location` as the runner writes it, with `import("…").T`
   * written as `T`; arranges imports and copies so it means the same there. Undefined when it cannot.
   */
  runnerText(type: TS.TypeNode, location: TS.Node): string | undefined {
    const renames = this.renames(type, location);
    if (!renames) return undefined;
    const text = type.getSourceFile().text;
    const start = type.getStart();
    let result = '';
    let at = start;
    for (const rename of renames) {
      result += text.slice(at, rename.start) + rename.name;
      at = rename.end;
    }
    return result + text.slice(at, type.end);
  }

  /** Declarations of every user-declared type that signatures mention, directly or through other types, up to the cap. */
  declarations(): string[] {
    // Two declarations of one type (a sibling module's and the tools module's) read the same: shown once.
    const entries = [...new Map([...this.declarationTexts.values()].map((entry) => [entry.text, entry])).values()];
    const copies = new Set(this.copies);
    const shown: string[] = [];
    const cut: string[] = [];
    let size = 0;
    for (const entry of entries) {
      if (!copies.has(entry.text) && size + entry.text.length > DECLARATIONS_CAP) {
        cut.push(entry.name);
        continue;
      }
      if (!copies.has(entry.text)) size += entry.text.length;
      shown.push(entry.text);
    }
    if (cut.length === 0) return shown;
    return [
      ...shown,
      `${cut.length} more type${cut.length === 1 ? '' : 's'} not shown (over ${DECLARATIONS_CAP} characters): ${cut.join(', ')}.`,
    ];
  }

  /** What the runner must contain before the tool wrappers. */
  prelude(): string[] {
    const importLines = [...this.imports].map(([from, names]) => {
      const list = [...names].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
      return `import type { ${list.join(', ')} } from ${JSON.stringify(from)};`;
    });
    return [...importLines, ...this.enumValues, ...this.copies];
  }

  /** The types shown since the last call that the runner can neither import nor copy, so the program cannot name them. */
  takeUnwritable(): string[] {
    const names = [...new Set(this.unwritable)];
    this.unwritable = [];
    return names;
  }

  /** Where `type` needs another name in the runner, or undefined when some part of it cannot be written there. */
  private renames(type: TS.Node, location: TS.Node): Rename[] | undefined {
    const { ts } = this;
    const renames: Rename[] = [];
    const unwritable: TS.Node[] = [];
    const visit = (node: TS.Node): void => {
      if (ts.isImportTypeNode(node)) {
        const name = this.importedTypeName(node, location);
        if (name === undefined || !node.qualifier) unwritable.push(node);
        else renames.push({ start: node.getStart(), end: node.qualifier.end, name });
        node.typeArguments?.forEach(visit);
        return;
      }
      if (ts.isTypeQueryNode(node) || node.kind === ts.SyntaxKind.ThisType) unwritable.push(node);
      else if (ts.isTypeReferenceNode(node) && !this.isNameAvailable(node.typeName, location)) unwritable.push(node);
      else if (
        ts.isExpressionWithTypeArguments(node) &&
        !(ts.isIdentifier(node.expression) && this.isNameAvailable(node.expression, location))
      ) {
        unwritable.push(node);
      }
      if (unwritable.length === 0) ts.forEachChild(node, visit);
    };
    visit(type);
    return unwritable.length === 0 ? renames : undefined;
  }

  /** The name the runner gives the type `import("…").Name`, imported from the user's module that exports it. */
  private importedTypeName(node: TS.ImportTypeNode, location: TS.Node): string | undefined {
    const { ts } = this;
    if (node.isTypeOf || !node.qualifier || !ts.isIdentifier(node.qualifier)) return undefined;
    const argument = node.argument;
    if (!ts.isLiteralTypeNode(argument) || !ts.isStringLiteral(argument.literal)) return undefined;
    const file = this.userSourceFile(argument.literal.text, location.getSourceFile());
    const moduleSymbol = file && this.checker.getSymbolAtLocation(file);
    const exported =
      moduleSymbol && this.checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === node.qualifier?.getText());
    if (!exported) return undefined;
    const target = exported.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
    const declaration = target.declarations?.[0];
    if (!declaration || !isNamedTypeDeclaration(ts, declaration)) return undefined;
    this.collect(declaration, target);
    return this.bind(exported.name, target, declaration) ? exported.name : undefined;
  }

  /** The user's module a specifier names (the checker prints them without extension), from `from`. */
  private userSourceFile(specifier: string, from: TS.SourceFile): TS.SourceFile | undefined {
    const wanted = withoutExtension(path.resolve(path.dirname(from.fileName), specifier));
    return this.program
      .getSourceFiles()
      .find(
        (file) =>
          !this.program.isSourceFileFromExternalLibrary(file) &&
          !this.program.isSourceFileDefaultLibrary(file) &&
          (file.fileName === wanted || withoutExtension(file.fileName) === wanted),
      );
  }

  private isNameAvailable(name: TS.EntityName, location: TS.Node): boolean {
    const { ts } = this;
    if (!ts.isIdentifier(name)) return this.isGlobalNamespace(leftmost(ts, name), location);
    const local = this.checker.resolveName(name.text, location, ts.SymbolFlags.Type, false);
    if (!local) return false;
    if (local.flags & ts.SymbolFlags.TypeParameter) return true;
    const target = local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
    const declaration = target.declarations?.[0];
    if (!declaration) return false;
    if (this.isGlobal(declaration)) return !this.bindings.has(name.text);
    if (this.program.isSourceFileFromExternalLibrary(declaration.getSourceFile())) return this.bindPackageImport(name.text, local, target);
    if (!isNamedTypeDeclaration(ts, declaration)) return false;
    this.collect(declaration, target);
    return this.bind(name.text, target, declaration);
  }

  private isGlobalNamespace(name: TS.Identifier, location: TS.Node): boolean {
    const symbol = this.checker.resolveName(name.text, location, this.ts.SymbolFlags.Namespace, false);
    const declaration = symbol?.declarations?.[0];
    return declaration !== undefined && this.isGlobal(declaration) && !this.bindings.has(name.text);
  }

  private isGlobal(declaration: TS.Declaration): boolean {
    const { ts } = this;
    const file = declaration.getSourceFile();
    if (this.program.isSourceFileDefaultLibrary(file) || !ts.isExternalModule(file)) return true;
    for (let node: TS.Node = declaration; !ts.isSourceFile(node);) {
      node = node.parent;
      if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'global') return true;
    }
    return false;
  }

  /** A type from a package: the runner imports it the same way the user's module does. */
  private bindPackageImport(name: string, local: TS.Symbol, target: TS.Symbol): boolean {
    const { ts } = this;
    const specifier = local.declarations?.[0];
    if (!specifier || !ts.isImportSpecifier(specifier)) return false;
    const from = specifier.parent.parent.parent.moduleSpecifier;
    if (!ts.isStringLiteral(from) || from.text.startsWith('.') || from.text.startsWith('/')) return false;
    if (!this.claim(name, target)) return false;
    this.addImport(from.text, name, (specifier.propertyName ?? specifier.name).text);
    return true;
  }

  private bind(name: string, target: TS.Symbol, declaration: NamedTypeDeclaration): boolean {
    const { ts } = this;
    if (this.bindings.has(name)) return this.bindings.get(name) === target;
    this.bindings.set(name, target);
    const exported = this.exportedName(this.toolsFile, target) ?? this.exportedName(declaration.getSourceFile(), target);
    if (exported !== undefined) {
      const from = exported.file === this.toolsFile ? this.toolsFile.fileName : declaration.getSourceFile().fileName;
      const value = ts.isEnumDeclaration(declaration) ? this.enumValue(name, from, exported.name, declaration) : undefined;
      if (value === undefined) this.addImport(from, name, exported.name);
      else this.enumValues.push(value);
      return true;
    }
    const copyable = (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && declaration.name.text === name;
    if (copyable && this.renames(declaration, declaration)?.length === 0) {
      this.copies.push(readableDeclaration(ts, declaration));
      return true;
    }
    this.bindings.delete(name);
    return false;
  }

  /**
   * An exported enum as a value of the real enum's type and a type of its name, so that `Outcome.Failed` compares
   * with a tool's result (a type-only import cannot be a value); undefined when a member's value is not a constant.
   */
  private enumValue(name: string, from: string, exported: string, declaration: TS.EnumDeclaration): string | undefined {
    const { ts } = this;
    const entries: string[] = [];
    for (const member of declaration.members) {
      const value = this.checker.getConstantValue(member);
      if (value === undefined || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) return undefined;
      entries.push(`${JSON.stringify(member.name.text)}: ${JSON.stringify(value)}`);
      // A numeric enum maps its values back to their names too.
      if (typeof value === 'number') entries.push(`${JSON.stringify(String(value))}: ${JSON.stringify(member.name.text)}`);
    }
    const type = `import(${JSON.stringify(from)}).${exported}`;
    return `const ${name} = { ${entries.join(', ')} } as unknown as typeof ${type};\ntype ${name} = ${type};`;
  }

  private claim(name: string, target: TS.Symbol): boolean {
    if (this.bindings.has(name)) return this.bindings.get(name) === target;
    this.bindings.set(name, target);
    return true;
  }

  private addImport(from: string, local: string, exported: string): void {
    const names = this.imports.get(from) ?? new Map<string, string>();
    names.set(local, exported);
    this.imports.set(from, names);
  }

  private exportedName(file: TS.SourceFile, target: TS.Symbol): { file: TS.SourceFile; name: string } | undefined {
    let names = this.exportNamesByFile.get(file);
    if (!names) {
      names = new Map();
      const moduleSymbol = this.checker.getSymbolAtLocation(file);
      for (const exported of moduleSymbol ? this.checker.getExportsOfModule(moduleSymbol) : []) {
        const resolved = exported.flags & this.ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
        if (exported.name !== 'default' && !names.has(resolved)) names.set(resolved, exported.name);
      }
      this.exportNamesByFile.set(file, names);
    }
    const name = names.get(target);
    return name === undefined ? undefined : { file, name };
  }

  /** Records a declaration for the model, and the user-declared types it mentions. */
  private collect(declaration: NamedTypeDeclaration, symbol: TS.Symbol): void {
    const { ts, checker } = this;
    if (this.declarationTexts.has(declaration)) return;
    const entry = { name: symbol.name, text: '' };
    this.declarationTexts.set(declaration, entry);
    entry.text =
      ts.isJSDocTypedefTag(declaration) || ts.isJSDocCallbackTag(declaration)
        ? jsdocDeclaration(
            ts,
            checker,
            declaration,
            symbol,
            (printed, location) => this.runnerText(parseType(ts, printed), location) ?? printed,
          )
        : readableDeclaration(ts, declaration);
    const visit = (node: TS.Node): void => {
      const name = ts.isTypeReferenceNode(node)
        ? node.typeName
        : ts.isExpressionWithTypeArguments(node)
          ? node.expression
          : ts.isImportTypeNode(node)
            ? node.qualifier
            : undefined;
      const local = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      const target = local && local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
      const referenced = target?.declarations?.[0];
      if (
        target &&
        referenced &&
        isNamedTypeDeclaration(ts, referenced) &&
        !this.program.isSourceFileFromExternalLibrary(referenced.getSourceFile()) &&
        !this.isGlobal(referenced)
      ) {
        this.collect(referenced, target);
        // A type shown is a type the program may write, by the name it is shown under.
        if (name && ts.isIdentifier(name) && !this.bind(name.text, target, referenced)) this.unwritable.push(name.text);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(declaration, visit);
  }
}

function isNamedTypeDeclaration(ts: TypeScript, node: TS.Node): node is NamedTypeDeclaration {
  return (
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isJSDocTypedefTag(node) ||
    ts.isJSDocCallbackTag(node)
  );
}

function withoutExtension(file: string): string {
  return file.replace(/\.(d\.)?[cm]?[jt]sx?$/, '');
}

function leftmost(ts: TypeScript, name: TS.EntityName): TS.Identifier {
  return ts.isIdentifier(name) ? name : leftmost(ts, name.left);
}

/** A type as a node of its own one-statement file, for text the checker printed. */
export function parseType(ts: TypeScript, text: string): TS.TypeNode {
  const file = ts.createSourceFile('inferred.ts', `type Inferred = ${text};`, ts.ScriptTarget.Latest, true);
  const [statement] = file.statements;
  return statement && ts.isTypeAliasDeclaration(statement)
    ? statement.type
    : ts.factory.createTypeQueryNode(ts.factory.createIdentifier('unparsable'));
}
