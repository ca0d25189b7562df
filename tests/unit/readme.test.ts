import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
// @ts-expect-error: a plain ESM script without types
import { updateReadme } from '../../scripts/docs.mjs';

describe('README', () => {
  it('has the reference tables generated from the current JSDoc (run `npm run docs` when this fails)', () => {
    if (!existsSync('custom-elements.json')) execSync('npm run analyze --silent', { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const readme = readFileSync('README.md', 'utf8');
    expect(updateReadme(readme, manifest)).toBe(readme);
  });

  it('names the two commands that CI and newcomers rely on', () => {
    const readme = readFileSync('README.md', 'utf8');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(ci).toMatch(/^npm test \|\| status=\$\?$/m);
  });
});
