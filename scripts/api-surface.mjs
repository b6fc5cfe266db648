// The public API surface of every library package, as one sorted line per exported name with its type,
// committed as packages/<name>/api-surface.txt (a subpath export's lines follow, prefixed `[./subpath] `).
//
//   node scripts/api-surface.mjs          check: fails when a surface differs from its committed file; a
//                                         removed or changed line (a breaking change) also needs a pending
//                                         major changeset for that package (minor below 1.0.0)
//   node scripts/api-surface.mjs --write  rewrite the committed files after an intended change
//
// Data is not API: a type alias is recorded as it is declared (`type Activity = (typeof ACTIVITIES)[number]`,
// not the union it expands to) and a constant by its declared type (or `as const data` when its type is its
// value), so adding a code to a list, a message or a label changes no line here.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const write = process.argv.includes('--write');
const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteArrayAsGenericType;

/**
 * The surface of a package: its main entry, then each subpath export with a `@khuyencong/source` file (e.g.
 * `./communes`), its lines prefixed with `[./communes] `.
 */
function packageSurfaceOf(dir, manifest) {
  let text = surfaceOf(dir, join('src', 'index.ts'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source = subpath === '.' ? undefined : target?.['@khuyencong/source'];
    if (typeof source !== 'string') continue;
    const lines = surfaceOf(dir, source)
      .split('\n')
      .filter((line) => line !== '');
    text += lines.map((line) => `[${subpath}] ${line}\n`).join('');
  }
  return text;
}

function surfaceOf(dir, entryFile) {
  const configPath = join(dir, 'tsconfig.build.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const entry = join(dir, entryFile);
  const program = ts.createProgram([entry], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const lines = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    const declaration = symbol.declarations?.[0];
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const kind = symbol.flags & ts.SymbolFlags.Interface ? 'interface' : 'type';
      if (kind === 'interface') {
        const members = checker
          .getPropertiesOfType(type)
          .map(
            (p) =>
              `${p.getName()}${p.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(p, declaration), undefined, FLAGS)}`,
          )
          .sort();
        lines.push(`interface ${name} { ${members.join('; ')} }`);
      } else {
        lines.push(
          `type ${name} = ${declaredText(symbol) ?? checker.typeToString(type, undefined, FLAGS | ts.TypeFormatFlags.InTypeAlias)}`,
        );
      }
    }
    if (symbol.flags & ts.SymbolFlags.Value) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const kind =
        symbol.flags & ts.SymbolFlags.Class
          ? 'class'
          : symbol.flags & ts.SymbolFlags.Function
            ? 'function'
            : 'const';
      const text =
        kind === 'function'
          ? checker
              .getSignaturesOfType(type, ts.SignatureKind.Call)
              .map((s) => checker.signatureToString(s, undefined, FLAGS))
              .join(' & ')
          : (constText(declaration) ?? checker.typeToString(type, undefined, FLAGS));
      lines.push(`${kind} ${name}: ${text}`);
    }
  }
  return `${lines.sort().join('\n')}\n`;
}

function squash(text) {
  return text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

/** The declared text of a type alias (with its type parameters), or undefined for anything else. */
function declaredText(symbol) {
  const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
  if (declaration === undefined) return undefined;
  const parameters = declaration.typeParameters
    ? `<${declaration.typeParameters.map((p) => squash(p.getText())).join(', ')}> `
    : '';
  return `${parameters}${squash(declaration.type.getText())}`;
}

/** A constant's declared type, or `as const data` when its type is its own literal value. */
function constText(declaration) {
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return undefined;
  if (declaration.type !== undefined) return squash(declaration.type.getText());
  let initializer = declaration.initializer;
  // `deepFreeze(data as const)` (from @khuyencong/internal) is the data it freezes.
  if (
    initializer !== undefined &&
    ts.isCallExpression(initializer) &&
    initializer.expression.getText() === 'deepFreeze' &&
    initializer.arguments.length === 1
  ) {
    initializer = initializer.arguments[0];
  }
  if (initializer !== undefined && ts.isSatisfiesExpression(initializer)) {
    initializer = initializer.expression;
  }
  if (
    initializer !== undefined &&
    ts.isAsExpression(initializer) &&
    ts.isTypeReferenceNode(initializer.type) &&
    initializer.type.typeName.getText() === 'const'
  ) {
    return 'as const data';
  }
  return undefined;
}

/**
 * Whether a pending changeset bumps the package enough for a breaking change: `major`, or, while the package is
 * below 1.0.0, `minor` (semver: in 0.y.z anything may change, and Changesets bumps 0.y for breaking changes).
 */
function pendingBreakingBump(packageName, version) {
  const dir = '.changeset';
  const bumps = version.startsWith('0.') ? 'major|minor' : 'major';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .some((file) =>
      new RegExp(`["']${packageName}["']\\s*:\\s*(?:${bumps})`).test(
        readFileSync(join(dir, file), 'utf8'),
      ),
    );
}

let failed = false;
for (const name of readdirSync('packages')) {
  const dir = join('packages', name);
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(dir, 'src', 'index.ts'))) continue;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
  const { name: packageName, version, private: isPrivate } = parsed;
  if (isPrivate) continue;
  const file = join(dir, 'api-surface.txt');
  const current = packageSurfaceOf(dir, parsed);
  if (write) {
    writeFileSync(file, current);
    console.log(`${file}: ${current.split('\n').length - 1} exports written`);
    continue;
  }
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (committed === current) {
    console.log(
      `${packageName}: API surface unchanged (${current.split('\n').length - 1} exports)`,
    );
    continue;
  }
  const now = new Set(current.split('\n'));
  const removed = committed.split('\n').filter((line) => line !== '' && !now.has(line));
  const before = new Set(committed.split('\n'));
  const added = current.split('\n').filter((line) => line !== '' && !before.has(line));
  failed = true;
  console.error(`${packageName}: API surface differs from ${file}`);
  for (const line of removed) console.error(`  - ${line}`);
  for (const line of added) console.error(`  + ${line}`);
  if (removed.length > 0 && !pendingBreakingBump(packageName, version)) {
    console.error(
      `  Breaking: lines were removed or changed. Add a major changeset for ${packageName} (minor below 1.0.0).`,
    );
  }
  console.error('  If the change is intended, run: node scripts/api-surface.mjs --write');
}
process.exit(failed ? 1 : 0);
