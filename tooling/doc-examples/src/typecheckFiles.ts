import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Type-checks generated example files with the compiler options of the package's `tsconfig.json`
 * (so `@khuyencong/*` imports resolve to `src` through the source condition) and returns the
 * diagnostics as readable lines; an empty array means every example compiles.
 */
export function typecheckFiles(packageRoot: string, files: readonly string[]): string[] {
  const configPath = join(packageRoot, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    isolatedDeclarations: false,
    declaration: false,
    noUnusedLocals: false,
  };
  const program = ts.createProgram({ rootNames: [...files], options });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || files.includes(d.file.fileName))
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (d.file === undefined || d.start === undefined) return message;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      const origin = d.file.text.split('\n')[0]?.replace(/^\/\/ /, '') ?? d.file.fileName;
      return `${origin} (generated line ${line + 1}): ${message}`;
    });
}
