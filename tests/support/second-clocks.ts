import ts from "typescript";

const isClockCall = (n: ts.Node) =>
  (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "Date" && (n.arguments?.length ?? 0) === 0) ||
  (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.getText() === "Date.now");

/** `new Date()` / `Date.now()` inside a function that already has a `now`, except where that `now` is made. */
export function secondClocks(text: string, file = "x.ts"): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) {
      const nowSources: ts.Node[] = [];
      for (const p of node.parameters) if (ts.isIdentifier(p.name) && p.name.text === "now") nowSources.push(p);
      const body = (node as ts.FunctionLikeDeclaration).body;
      const collectDecl = (n: ts.Node) => {
        if (n !== node && ts.isFunctionLike(n)) return;
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "now") nowSources.push(n);
        ts.forEachChild(n, collectDecl);
      };
      if (body) collectDecl(body);
      if (nowSources.length && body) {
        const allowed = (n: ts.Node) => nowSources.some((s) => n.pos >= s.pos && n.end <= s.end);
        const scan = (n: ts.Node) => {
          if (isClockCall(n) && !allowed(n)) {
            const { line } = sf.getLineAndCharacterOfPosition(n.getStart());
            found.add(`${file}:${line + 1}`);
          }
          ts.forEachChild(n, scan);
        };
        scan(body);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found];
}
