import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { usePersonName } from '../../components/directory';
import { formatMoneyList } from '../../components/moneyList';
import { WindowPicker, type DateWindow } from '../../components/WindowPicker';
import { formatMoney } from '../../format';
import { useSimulate, useSimulation, type Simulation } from './queries';

type Report = NonNullable<Simulation['report']>;
type Outcome = Report['current'];
type Changed = Report['changed'][number];

const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** One line of the comparison: a measure, its value now and under the candidate (as shown, and raw for the CSV). */
interface Measure {
  key: string;
  label: string;
  current: string;
  candidate: string;
  differs: boolean;
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

function lastYear(): DateWindow {
  const to = new Date();
  const from = new Date(to);
  from.setUTCFullYear(to.getUTCFullYear() - 1);
  return { from: utcDay(from), to: utcDay(to) };
}

function measures(t: (key: string, options?: Record<string, unknown>) => string, report: Report, language: string): Measure[] {
  const { current, candidate } = report;
  const rows: Measure[] = [];
  const add = (key: string, label: string, a: string, b: string) => rows.push({ key, label, current: a, candidate: b, differs: a !== b });
  const n = (value: number) => new Intl.NumberFormat(language).format(value);
  for (const tier of TIERS) {
    add(`tier-${tier}`, t('admin.whatIf.tierProjects', { tier }), n(current.tiers[tier].projects), n(candidate.tiers[tier].projects));
    add(`pipeline-${tier}`, t('admin.whatIf.tierPipeline', { tier }), formatMoneyList(current.tiers[tier].pipeline, language), formatMoneyList(candidate.tiers[tier].pipeline, language));
  }
  add('budget', t('admin.whatIf.budget'), formatMoneyList(current.budget, language), formatMoneyList(candidate.budget, language));
  const posts = [...new Set([...Object.keys(current.approvalsByPost), ...Object.keys(candidate.approvalsByPost)])].sort();
  for (const post of posts) {
    const count = (o: Outcome) => n((o.approvalsByPost as Record<string, number | undefined>)[post] ?? 0);
    add(`post-${post}`, t('admin.whatIf.approvalsBy', { post: t(`admin.whatIf.posts.${post}`) }), count(current), count(candidate));
  }
  add('exceptions', t('admin.whatIf.exceptions'), n(current.overBudgetExceptions), n(candidate.overBudgetExceptions));
  const levels = Math.max(current.escalationsByLevel.length, candidate.escalationsByLevel.length);
  for (let level = 0; level < levels; level++) {
    add(`escalation-${level}`, t(level === 0 ? 'admin.whatIf.reminders' : 'admin.whatIf.escalationLevel', { level }), n(current.escalationsByLevel[level] ?? 0), n(candidate.escalationsByLevel[level] ?? 0));
  }
  for (const role of ['sales_owner', 'presales_lead', 'delivery_manager'] as const) {
    add(`credit-${role}`, t('admin.whatIf.credit', { role: t(`admin.whatIf.roles.${role}`) }), formatMoneyList(current.credit[role], language), formatMoneyList(candidate.credit[role], language));
  }
  const gini = (o: Outcome) => o.fairness.map((f) => `${f.currency} ${f.gini.toFixed(3)}`).join(' · ') || '—';
  add('gini', t('admin.whatIf.gini'), gini(current), gini(candidate));
  if (current.unclassified > 0 || candidate.unclassified > 0) add('unclassified', t('admin.whatIf.unclassified'), n(current.unclassified), n(candidate.unclassified));
  return rows;
}

/**
 * What-if (试算): the candidate typed in the editor tried on the projects opened in a window, beside the policy in
 * force — the comparison as a chart and tables, the projects that would change, and publishing with the simulation
 * linked in the new version's reason.
 */
export function WhatIf({ candidate, onPublish }: { candidate: Record<string, unknown> | undefined; onPublish: (simulation: Simulation) => void }) {
  const { t, i18n } = useTranslation();
  const [window, setWindow] = useState<DateWindow>(lastYear);
  /** The answer to the last run, and the document it tried as sent (publishing with it needs that very document). */
  const [answer, setAnswer] = useState<{ view: Simulation; sent: string }>();
  const simulate = useSimulate();
  const followed = useSimulation(answer?.view.status === 'running' ? answer.view.id : undefined);
  const simulation = followed.data ?? answer?.view;
  const tried = answer !== undefined && candidate !== undefined && answer.sent === JSON.stringify(candidate);

  const run = () => {
    if (!candidate) return;
    const sent = JSON.stringify(candidate);
    simulate.mutate({ document: candidate, ...window }, { onSuccess: (view) => setAnswer({ view, sent }) });
  };

  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('admin.whatIf.title')}</h3>} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('admin.whatIf.help')}</Typography.Paragraph>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <WindowPicker window={window} onChange={setWindow} />
        <Button onClick={run} disabled={!candidate} loading={simulate.isPending}>
          {t('admin.whatIf.run')}
        </Button>
      </Space>
      {simulate.isError && <Alert type="error" showIcon role="alert" title={errorMessage(t, simulate.error)} />}
      {followed.isError && <Alert type="error" showIcon role="alert" title={errorMessage(t, followed.error)} />}
      {simulation?.status === 'running' && (
        <div role="status">
          <Typography.Text>{t('admin.whatIf.running', { done: simulation.done, total: simulation.total })}</Typography.Text>
          <Progress percent={simulation.percent} aria-label={t('admin.whatIf.progress')} />
        </div>
      )}
      {simulation?.status === 'failed' && <Alert type="error" showIcon role="alert" title={t('admin.whatIf.failed', { error: simulation.error ?? '' })} />}
      {simulation?.status === 'done' && simulation.report && (
        <Results simulation={simulation} report={simulation.report} language={i18n.language} />
      )}
      {simulation?.status === 'done' && (
        <Space wrap style={{ marginTop: 12 }}>
          <Button type="primary" disabled={!tried} onClick={() => onPublish(simulation)}>
            {t('admin.whatIf.publish')}
          </Button>
          {!tried && <Typography.Text type="secondary">{t('admin.whatIf.edited')}</Typography.Text>}
        </Space>
      )}
    </Card>
  );
}

function Results({ simulation, report, language }: { simulation: Simulation; report: Report; language: string }) {
  const { t } = useTranslation();
  const nameOf = usePersonName();
  const rows = measures(t, report, language);
  const columns: DataColumn<Measure>[] = [
    { key: 'measure', title: t('admin.whatIf.measure'), value: (m) => m.label, render: (m) => (m.differs ? <strong>{m.label}</strong> : m.label) },
    { key: 'current', title: t('admin.whatIf.current', { version: simulation.currentVersion }), value: (m) => m.current, align: 'right' },
    { key: 'candidate', title: t('admin.whatIf.candidate'), value: (m) => m.candidate, align: 'right' },
  ];
  const currency = report.current.budget[0]?.currency ?? 'CNY';
  const minorIn = (list: Outcome['budget']) => list.find((m) => m.currency === currency)?.amount ?? 0;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('admin.whatIf.current', { version: simulation.currentVersion }), t('admin.whatIf.candidate')] },
    xAxis: { type: 'category', data: TIERS.map((tier) => t('admin.whatIf.tier', { tier })) },
    yAxis: [{ type: 'value', name: t('admin.whatIf.projects') }],
    series: [
      { name: t('admin.whatIf.current', { version: simulation.currentVersion }), type: 'bar', data: TIERS.map((tier) => report.current.tiers[tier].projects), itemStyle: { color: '#595959' } },
      { name: t('admin.whatIf.candidate'), type: 'bar', data: TIERS.map((tier) => report.candidate.tiers[tier].projects), itemStyle: { color: '#0958d9' } },
    ],
  };
  const money = (amount: number | null, c: string) => (amount === null ? '—' : formatMoney({ amount, currency: c }, language));
  const side = (c: Changed['current']) => `${c.tier ?? '—'} · ${money(c.budget, c.currency)} · ${c.dispatchTo ? t(`admin.whatIf.posts.${c.dispatchTo}`) : '—'}`;
  const changedColumns: DataColumn<Changed>[] = [
    { key: 'project', title: t('admin.whatIf.project'), value: (c) => c.name, render: (c) => <Link to={`/projects/${c.projectId}`}>{c.name}</Link> },
    { key: 'tier', title: t('admin.whatIf.tierChange'), value: (c) => `${c.current.tier ?? ''} → ${c.candidate.tier ?? ''}` },
    { key: 'budget', title: t('admin.whatIf.budgetChange'), value: (c) => `${money(c.current.budget, c.current.currency)} → ${money(c.candidate.budget, c.candidate.currency)}` },
    {
      key: 'dispatch',
      title: t('admin.whatIf.dispatchChange'),
      value: (c) => `${side(c.current)} → ${side(c.candidate)}`,
      render: (c) =>
        c.current.dispatchTo === c.candidate.dispatchTo ? (
          t(`admin.whatIf.posts.${c.candidate.dispatchTo ?? 'director'}`)
        ) : (
          <>
            {c.current.dispatcherId ? nameOf(c.current.dispatcherId) : '—'} → {c.candidate.dispatcherId ? nameOf(c.candidate.dispatcherId) : '—'}
          </>
        ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Paragraph>
        {t('admin.whatIf.summary', { projects: report.projects, changed: report.changed.length, from: simulation.from, to: simulation.to })}
      </Typography.Paragraph>
      <ChartPanel<Measure>
        title={t('admin.whatIf.comparison')}
        chartLabel={t('admin.whatIf.chartLabel')}
        option={option}
        columns={columns}
        rows={rows}
        rowKey={(m) => m.key}
        csvName={`what-if-${simulation.id}`}
        footer={<Typography.Text type="secondary">{t('admin.whatIf.budgetNote', { budget: formatMoney({ amount: minorIn(report.candidate.budget) - minorIn(report.current.budget), currency }, language) })}</Typography.Text>}
      />
      <ChartPanel<Changed>
        title={t('admin.whatIf.changed', { count: report.changed.length })}
        columns={changedColumns}
        rows={report.changed}
        rowKey={(c) => c.projectId}
        csvName={`what-if-${simulation.id}-changed`}
        emptyText={t('admin.whatIf.nothingChanges')}
      />
    </Space>
  );
}
