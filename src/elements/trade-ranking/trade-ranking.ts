import { TradeRanking } from './trade-ranking.component.js';
import { defineElement } from '../../core/define.js';

export { TradeRanking };

defineElement('trade-ranking', TradeRanking);

declare global {
  interface HTMLElementTagNameMap {
    'trade-ranking': TradeRanking;
  }
}
