import { afterEach } from 'vitest';
import { fixtureCleanup } from '@open-wc/testing';

// @open-wc cleans fixtures through mocha's global afterEach; under Vitest it is registered here.
afterEach(() => {
  fixtureCleanup();
});
