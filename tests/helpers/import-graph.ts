import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** What a bundle built from one entry carries: the project's files (relative to the root) and the packages. */
export interface ImportGraph {
  files: string[];
  packages: string[];
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Whether an import or re-export brings values; `import type` and all-`type` specifiers bring none. */
function bringsValues(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const named = node.exportClause;
    return !named || !ts.isNamedExports(named) || named.elements.some((element) => !element.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/** Every module specifier a file imports for its values, dynamic imports included (an IIFE build inlines them). */
function valueSpecifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (bringsValues(node) && ts.isStringLiteral(node.moduleSpecifier))
        found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a project import names (`@/` is the root), or null when none exists. */
function resolveFile(specifier: string, from: string, root: string): string | null {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : join(dirname(from), specifier);
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((ending) => base + ending).find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Follows an entry's value imports through the project, as a bundler would, to tell which files and packages the
 * bundle carries without building it; a specifier that is neither relative nor `@/` is a package, not followed.
 */
export function importGraph(entry: string, root: string): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (files.has(path)) continue;
    files.add(path);
    for (const specifier of valueSpecifiers(path)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('@/')) {
        packages.add(specifier);
        continue;
      }
      const file = resolveFile(specifier, path, root);
      if (!file) throw new Error(`${relative(root, path)} imports ${specifier}, which is no file`);
      pending.push(file);
    }
  }
  return { files: [...files].map((path) => relative(root, path)).sort(), packages: [...packages].sort() };
}
