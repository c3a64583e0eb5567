import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { init } from './echarts';

export interface EChartProps {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}

/** Screenshots in browser tests must not catch a chart half-way through its animation. */
const animate = typeof navigator === 'undefined' || !navigator.webdriver;

/**
 * One chart, drawn as SVG, named for screen readers as an image (the figures themselves are in the table beside
 * it). Redrawn when the option changes and resized with its box.
 */
export default function EChart({ option, label, height = 320 }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const element = box.current!;
    const instance = init(element, undefined, { renderer: 'svg', height, width: element.clientWidth || 600 });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize({ width: element.clientWidth || 600, height }));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption({ animation: animate, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} data-chart="echarts" style={{ width: '100%', height }} />;
}
