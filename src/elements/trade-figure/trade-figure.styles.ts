import { css } from 'lit';

/**
 * The card inside the shared frame. The card is a size container, so every line scales with the room
 * the frame leaves it (cqw/cqh, clamped): the same box fits a 320 px phone column and a 1000 px page.
 */
export const figureStyles = css`
  .card {
    position: absolute;
    inset: 0;
    container: figure-card / size;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: clamp(1px, 3cqh, 8px);
    min-width: 0;
  }
  .card p {
    margin: 0;
    max-width: 60em;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    row-gap: clamp(0px, 2cqh, 4px);
  }
  .value {
    color: var(--_highlight);
    font-weight: 700;
    line-height: 1.05;
    font-size: clamp(18px, min(11cqw, 34cqh), 64px);
    letter-spacing: -0.01em;
    font-variant-numeric: lining-nums;
  }
  .qualifier,
  .unit {
    font-size: 0.5em;
    font-weight: 600;
    letter-spacing: 0;
  }
  .change {
    color: var(--_text);
    font-weight: 600;
    font-size: clamp(12px, min(4.6cqw, 12cqh), 22px);
    line-height: 1.2;
  }
  .label {
    color: var(--_text);
    font-size: clamp(12px, min(4.2cqw, 11cqh), 18px);
    line-height: 1.25;
  }
  .mark {
    align-self: flex-start;
    color: var(--_muted);
    font-size: clamp(11px, min(3.6cqw, 9.5cqh), 15px);
    line-height: 1.25;
    padding-inline-start: 6px;
    border-inline-start: 3px solid var(--_highlight);
  }
  .mark::first-letter {
    text-transform: uppercase;
  }
`;
