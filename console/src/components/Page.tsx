import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A screen: a section named by its one level-1 heading (screen readers announce it; tests find it by name). */
export function Page({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className={className}>
      <Typography.Title level={1} id="page-title" style={{ fontSize: 24 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}
