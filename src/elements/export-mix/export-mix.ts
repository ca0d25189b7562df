import { ExportMix } from './export-mix.component.js';
import { defineElement } from '../../core/define.js';

export { ExportMix };

defineElement('export-mix', ExportMix);

declare global {
  interface HTMLElementTagNameMap {
    'export-mix': ExportMix;
  }
}
