/**
 * Custom Elements Manifest (`npm run analyze`): the CLI flags in package.json choose the files;
 * this plugin makes the manifest say what a user of the element needs, and nothing else:
 * - a Lit property declared `@property({ type: Number }) threshold = SOME_CONSTANT` gets the type
 *   `number` (the analyzer infers none from a constant) and the constant's value as its default;
 * - a type alias of string literals (`Theme`) is spelled out (`'light' | 'dark' | 'auto'`), so
 *   Storybook, the embed-code generator and editors can offer the choices;
 * - private and protected members, and the static `styles`, are left out (internals, not API);
 * - only events documented with `@event` are listed (the analyzer also reports the generic
 *   `dispatchEvent(new CustomEvent(name))` of the base class as an event called "name");
 * - modules that are not entry points of the package (src/core/…, an element's chart and data
 *   modules) keep their classes only (the elements' bases), not their internal functions and constants.
 */
export default {
  plugins: [tradeWidgetsManifest()],
};

function tradeWidgetsManifest() {
  const litTypes = new Map(); // "Class.field" -> 'number' | 'boolean' | 'string'
  const aliases = new Map(); // alias name -> "'a' | 'b'"
  const constants = new Map(); // const name -> literal text, or null when ambiguous

  const unions = new Map(); // const name -> "'a' | 'b'" (items of a string array, keys of an object)
  const aliasSources = new Map(); // alias name -> { constant, of: 'items' | 'keys' }

  const LIT_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };

  /** The constant an alias takes its members from: `(typeof X)[number]` (items) or `keyof typeof X` (keys). */
  function constantOfAlias(ts, type) {
    const unwrap = (t) => (ts.isParenthesizedTypeNode(t) ? unwrap(t.type) : t);
    type = unwrap(type);
    if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      const query = unwrap(type.objectType);
      if (ts.isTypeQueryNode(query)) return { constant: query.exprName.getText(), of: 'items' };
    }
    if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.KeyOfKeyword) {
      const query = unwrap(type.type);
      if (ts.isTypeQueryNode(query)) return { constant: query.exprName.getText(), of: 'keys' };
    }
    return undefined;
  }

  /** `['a', 'b'] as const` → items "'a' | 'b'"; `{ a: …, 'b-c': … } as const (satisfies …)` → keys. */
  function literalUnion(ts, expression) {
    while (ts.isAsExpression(expression) || ts.isSatisfiesExpression?.(expression) || ts.isParenthesizedExpression(expression)) expression = expression.expression;
    const quote = (texts) => (texts.length ? { items: texts.map((text) => `'${text}'`).join(' | ') } : undefined);
    if (ts.isArrayLiteralExpression(expression) && expression.elements.every((e) => ts.isStringLiteral(e))) {
      return quote(expression.elements.map((e) => e.text));
    }
    if (ts.isObjectLiteralExpression(expression) && expression.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))) {
      const keys = quote(expression.properties.map((p) => p.name.text));
      return keys && { keys: keys.items };
    }
    return undefined;
  }

  /** Aliases taken from constants, once every module has been read. */
  function resolveAliasSources() {
    for (const [alias, { constant, of }] of aliasSources) {
      const union = unions.get(constant)?.[of];
      if (union) aliases.set(alias, union);
    }
  }

  function literalText(ts, node) {
    if (!node) return undefined;
    if (ts.isNumericLiteral(node)) return String(Number(node.text.replace(/_/g, '')));
    if (ts.isStringLiteral(node)) return `'${node.text}'`;
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
      return String(-Number(node.operand.text.replace(/_/g, '')));
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) return 'true';
    if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
    return undefined;
  }

  function spellOut(text) {
    if (!text) return text;
    return text
      .split('|')
      .map((part) => part.trim())
      .map((part) => aliases.get(part) ?? part)
      .join(' | ');
  }

  return {
    name: 'trade-widgets-manifest',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const members = node.type.types;
        if (members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
          aliases.set(node.name.text, members.map((t) => `'${t.literal.text}'`).join(' | '));
        }
      }
      // `type MixView = (typeof MIX_VIEWS)[number]` and `type FigureId = keyof typeof CARD_FIGURES`:
      // the choices live once, in a constant, and are spelled out from it.
      if (ts.isTypeAliasDeclaration(node)) {
        const source = constantOfAlias(ts, node.type);
        if (source) aliasSources.set(node.name.text, source);
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const union = literalUnion(ts, node.initializer);
        if (union) unions.set(node.name.text, union);
      }
      if (ts.isVariableStatement(node) && ts.isSourceFile(node.parent) && node.declarationList.flags & ts.NodeFlags.Const) {
        for (const declaration of node.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name)) continue;
          const value = literalText(ts, declaration.initializer);
          if (value === undefined) continue;
          const name = declaration.name.text;
          constants.set(name, constants.has(name) && constants.get(name) !== value ? null : value);
        }
      }
      if (ts.isPropertyDeclaration(node) && node.parent && ts.isClassDeclaration(node.parent) && node.parent.name) {
        for (const decorator of ts.getDecorators?.(node) ?? []) {
          const call = decorator.expression;
          if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
          const options = call.arguments[0];
          if (!options || !ts.isObjectLiteralExpression(options)) continue;
          for (const option of options.properties) {
            if (ts.isPropertyAssignment(option) && option.name.getText() === 'type' && LIT_TYPES[option.initializer.getText()]) {
              litTypes.set(`${node.parent.name.text}.${node.name.getText()}`, LIT_TYPES[option.initializer.getText()]);
            }
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      resolveAliasSources();
      const entryPoint = (path) => path === 'src/index.ts' || /^src\/elements\/([^/]+)\/\1(\.component)?\.ts$/.test(path);
      for (const module of customElementsManifest.modules) {
        if (entryPoint(module.path)) continue;
        module.declarations = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class');
        const kept = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter((entry) => entry.declaration?.module !== module.path || kept.has(entry.declaration.name));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations.length || module.exports.length);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const owner = (item) => item.inheritedFrom?.name ?? declaration.name;
          const fix = (item, field) => {
            if (!item.type?.text) {
              const type = litTypes.get(`${owner(item)}.${field}`);
              if (type) item.type = { text: type };
            } else {
              item.type.text = spellOut(item.type.text);
            }
            if (item.default !== undefined && constants.get(item.default)) item.default = constants.get(item.default);
          };
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !(member.static && member.name === 'styles') && !member.name.startsWith('#'),
            );
            for (const member of declaration.members) if (member.kind === 'field') fix(member, member.name);
          }
          for (const attribute of declaration.attributes ?? []) fix(attribute, attribute.fieldName ?? attribute.name);
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
        }
      }
    },
  };
}
