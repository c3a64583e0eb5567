/**
 * The one place ECharts is assembled: only the chart types and components the console draws, with the SVG renderer
 * (crisp at any zoom, and it needs no canvas in component tests). Imported only by EChart.tsx, which is loaded
 * lazily, so none of this is in the initial bundle.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { init };
