import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Resource } from '@opentelemetry/resources';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { table } from './report';

/**
 * `npm run bench -- --spans`: where an HTTP call's time goes, from the spans Moat already makes (the request, its SQL,
 * its Temporal calls; runtime/tracing.ts). Every span is kept in memory, which costs time of its own: the breakdown
 * is for reading proportions, the headline numbers come from a run without it.
 */
export class SpanCapture {
  private readonly exporter = new InMemorySpanExporter();
  /** What startMoat's `tracing` takes: the worker hands workflow spans, copied out of the sandbox, to it. */
  readonly spanProcessor = new SimpleSpanProcessor(this.exporter);
  readonly resource = Resource.empty();
  private readonly provider = new NodeTracerProvider({ spanProcessors: [this.spanProcessor] });

  /** Before Moat starts, so its tracers find this provider. */
  constructor() {
    this.provider.register();
  }

  reset(): void {
    this.exporter.reset();
  }

  spans(): ReadableSpan[] {
    return this.exporter.getFinishedSpans();
  }

  async stop(): Promise<void> {
    await this.provider.shutdown();
  }
}

const millis = ([seconds, nanos]: [number, number]) => seconds * 1_000 + nanos / 1e6;

/**
 * Spans without a parent here, grouped as server spans (the HTTP calls) and the rest (the worker's activities, which
 * start their own traces when the client sends none): per root, each descendant name's count and time.
 */
export function printSpanBreakdown(spans: ReadableSpan[]): void {
  const children = new Map<string, ReadableSpan[]>();
  for (const span of spans) {
    if (span.parentSpanId) children.set(span.parentSpanId, [...(children.get(span.parentSpanId) ?? []), span]);
  }
  const roots = spans.filter((span) => !span.parentSpanId);
  printRoots('HTTP calls', roots.filter((span) => span.kind === SpanKind.SERVER), children);
  printRoots('the worker\'s own traces (activities, local ones included)', roots.filter((span) => span.kind !== SpanKind.SERVER), children);
}

function printRoots(title: string, roots: ReadableSpan[], children: Map<string, ReadableSpan[]>): void {
  if (roots.length === 0) return;
  const totalMs = roots.reduce((sum, span) => sum + millis(span.duration), 0);
  const byName = new Map<string, { count: number; ms: number }>();
  const add = (name: string, ms: number) => {
    const line = byName.get(name) ?? { count: 0, ms: 0 };
    line.count += 1;
    line.ms += ms;
    byName.set(name, line);
  };
  const visit = (span: ReadableSpan) => {
    for (const child of children.get(span.spanContext().spanId) ?? []) {
      add(child.name.startsWith('pg.query') ? `${child.name} ${statementOf(child)}` : child.name, millis(child.duration));
      visit(child);
    }
  };
  for (const root of roots) {
    add(`(root) ${root.kind === SpanKind.SERVER ? 'any call' : root.name}`, millis(root.duration));
    visit(root);
  }
  const n = roots.length;
  console.log(`\n${title}: ${n} roots, ${(totalMs / n).toFixed(2)} ms each (nested spans counted again under their parents)`);
  const rows = [['per root', 'ms per root', 'share', 'span']];
  for (const [name, line] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    rows.push([(line.count / n).toFixed(2), (line.ms / n).toFixed(2), `${((100 * line.ms) / totalMs).toFixed(0)} %`, name.slice(0, 120)]);
  }
  console.log(table(rows));
}

function statementOf(span: ReadableSpan): string {
  return String(span.attributes['db.statement'] ?? '').replace(/\s+/g, ' ').slice(0, 70);
}
