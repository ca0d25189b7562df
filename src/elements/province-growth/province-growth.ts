import { ProvinceGrowth } from './province-growth.component.js';
import { defineElement } from '../../core/define.js';

export { ProvinceGrowth };

defineElement('province-growth', ProvinceGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'province-growth': ProvinceGrowth;
  }
}
