import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

let registered = false;

/**
 * The one place Chart.js parts are registered: only what the widgets draw (bars on category and
 * linear scales), so bundlers shake the rest. No tooltip plugin: values are labelled on the bars. Chart.defaults is never touched:
 * options go per chart, because the host page may run its own Chart.js.
 */
export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale);
    registered = true;
  }
  return Chart;
}

export { Chart };
