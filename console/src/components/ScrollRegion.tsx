import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways inside this box rather than widening the page. The box takes
 * keyboard focus (arrow keys scroll it) and is named, so the scrolled part is reachable without a mouse — antd's
 * own `scroll.x` container is not focusable, which axe reports (scrollable-region-focusable).
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }} className="scroll-region">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
