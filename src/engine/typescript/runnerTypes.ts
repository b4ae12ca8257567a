import type * as TS from 'typescript';
import { compactDeclaration } from './compact.js';
import type { TypeScript } from './compiler.js';

type NamedTypeDeclaration = TS.InterfaceDeclaration | TS.TypeAliasDeclaration | TS.EnumDeclaration | TS.ClassDeclaration;

/**
 * Decides how the runner gets the types that tool signatures mention: `import type` from the module that
 * exports them (so the type-check sees the real types), a copy when they are not exported, and the source
 * text of every user-declared type involved, one line each, for the model to read.
 */
export class RunnerTypes {
  /** Runner-level type name → what it stands for. */
  private readonly bindings = new Map<string, TS.Symbol>();
  /** Module specifier → local name → exported name. */
  private readonly imports = new Map<string, Map<string, string>>();
  private readonly copies: string[] = [];
  private readonly declarationTexts = new Map<TS.Node, string>();
  private readonly exportNamesByFile = new Map<TS.SourceFile, Map<TS.Symbol, string>>();

  constructor(
    private readonly ts: TypeScript,
    private readonly program: TS.Program,
    private readonly checker: TS.TypeChecker,
    private readonly toolsFile: TS.SourceFile,
  ) {}

  /** Whether the type written at `location` means the same in the runner; arranges imports and copies so it does. */
  isPortable(type: TS.Node, location: TS.Node): boolean {
    const { ts } = this;
    let portable = true;
    const visit = (node: TS.Node): void => {
      if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || node.kind === ts.SyntaxKind.ThisType) portable = false;
      else if (ts.isTypeReferenceNode(node) && !this.isNameAvailable(node.typeName, location)) portable = false;
      else if (
        ts.isExpressionWithTypeArguments(node) &&
        !(ts.isIdentifier(node.expression) && this.isNameAvailable(node.expression, location))
      ) {
        portable = false;
      }
      if (portable) ts.forEachChild(node, visit);
    };
    visit(type);
    return portable;
  }

  /** Source text of every user-declared type that signatures mention, directly or through other types. */
  declarations(): string[] {
    return [...this.declarationTexts.values()];
  }

  /** What the runner must contain before the tool wrappers. */
  prelude(): string[] {
    const importLines = [...this.imports].map(([from, names]) => {
      const list = [...names].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
      return `import type { ${list.join(', ')} } from ${JSON.stringify(from)};`;
    });
    return [...importLines, ...this.copies];
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
    this.collect(declaration);
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
      this.addImport(from, name, exported.name);
      return true;
    }
    const copyable = (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && declaration.name.text === name;
    if (copyable && this.isPortable(declaration, declaration)) {
      this.copies.push(compactDeclaration(ts, declaration));
      return true;
    }
    this.bindings.delete(name);
    return false;
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

  /** Records a declaration's source for the model, and the user-declared types it mentions. */
  private collect(declaration: NamedTypeDeclaration): void {
    const { ts } = this;
    if (this.declarationTexts.has(declaration)) return;
    this.declarationTexts.set(declaration, compactDeclaration(ts, declaration));
    const visit = (node: TS.Node): void => {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : undefined;
      if (name && ts.isIdentifier(name)) {
        const local = this.checker.resolveName(name.text, declaration, ts.SymbolFlags.Type, false);
        const target = local && local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
        const referenced = target?.declarations?.[0];
        if (
          referenced &&
          isNamedTypeDeclaration(ts, referenced) &&
          !this.program.isSourceFileFromExternalLibrary(referenced.getSourceFile()) &&
          !this.isGlobal(referenced)
        ) {
          this.collect(referenced);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(declaration, visit);
  }
}

function isNamedTypeDeclaration(ts: TypeScript, node: TS.Node): node is NamedTypeDeclaration {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isClassDeclaration(node);
}

function leftmost(ts: TypeScript, name: TS.EntityName): TS.Identifier {
  return ts.isIdentifier(name) ? name : leftmost(ts, name.left);
}
