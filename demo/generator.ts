// demo/generator.html: the embed-code generator, with the widgets from src/ for the live preview.
import '../src/index.js';
import manifest from '../custom-elements.json';
import { version } from '../package.json';
import { mountEmbedGenerator, type Manifest } from './embed-generator.js';

const query = new URLSearchParams(location.search);
mountEmbedGenerator(document.getElementById('generator')!, {
  manifest: manifest as Manifest,
  cdnBase: query.get('cdn-base') ?? `https://cdn.jsdelivr.net/npm/trade-widgets@${version}/dist/cdn/`,
  embedBase: query.get('embed-base') ?? `https://www.example.com/trade-widgets@${version}/`,
  initialTag: query.get('widget') ?? undefined,
});
