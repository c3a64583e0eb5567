import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's first render loads its lazy chunks (the charts' ECharts among them): on a 2-core machine busy with the rest
// of CI that took past testing-library's default 1 s wait (a findByRole of the reports' first chart failed so). A wait
// for what never comes still fails, after 5 s.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
