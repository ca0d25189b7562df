import { TradeFigure } from './trade-figure.component.js';
import { defineElement } from '../../core/define.js';

export { TradeFigure };

defineElement('trade-figure', TradeFigure);

declare global {
  interface HTMLElementTagNameMap {
    'trade-figure': TradeFigure;
  }
}
