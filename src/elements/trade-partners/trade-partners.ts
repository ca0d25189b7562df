import { TradePartners } from './trade-partners.component.js';
import { defineElement } from '../../core/define.js';

export { TradePartners };

defineElement('trade-partners', TradePartners);

declare global {
  interface HTMLElementTagNameMap {
    'trade-partners': TradePartners;
  }
}
