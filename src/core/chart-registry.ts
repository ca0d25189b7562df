import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

let registered = false;

/**
 * The one place Chart.js parts are registered: only what the widgets draw (bars on category and
 * linear scales, the canvas tooltip), so bundlers shake the rest. Chart.defaults is never touched:
 * options go per chart, because the host page may run its own Chart.js.
 */
export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
    registered = true;
  }
  return Chart;
}

export { Chart };
