import { Alert, App, Button, Card, Descriptions, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime } from '../../format';
import { documentPath, jsonDiff, type Json, type JsonChange } from './jsonDiff';
import { usePolicy, usePolicyVersion, usePolicyVersions, usePublishPolicy, useValidatePolicy } from './queries';
import { ReasonDialog } from './ReasonDialog';
import { WhatIf } from './WhatIf';

const KIND_COLOURS = { added: '#237804', removed: '#cf1322', changed: '#ad4e00' } as const;

export interface Problem {
  path: string;
  message: string;
}

/** The text typed as a policy document: an object, or why it is not one. */
export function parseDocument(text: string): { ok: true; document: Record<string, unknown> } | { ok: false; message: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'not an object' };
    return { ok: true, document: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const show = (value: Json | undefined) => (value === undefined ? '—' : JSON.stringify(value));

/** A list of changes between two documents, as a table. */
function DiffTable({ changes, label }: { changes: JsonChange[]; label: string }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Typography.Paragraph>{t('admin.policy.noChanges')}</Typography.Paragraph>;
  return (
    <ScrollRegion label={label} minWidth={640}>
      <Table<JsonChange>
        size="small"
        rowKey={(c) => `${c.kind}:${c.path}`}
        dataSource={changes}
        pagination={changes.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        columns={[
          { key: 'path', title: t('admin.policy.path'), render: (_, c) => <code>{c.path || '/'}</code> },
          { key: 'kind', title: t('admin.policy.change'), render: (_, c) => <Tag variant="solid" color={KIND_COLOURS[c.kind]}>{t(`admin.policy.kinds.${c.kind}`)}</Tag> },
          { key: 'before', title: t('admin.policy.before'), render: (_, c) => <code style={{ wordBreak: 'break-all' }}>{show(c.before)}</code> },
          { key: 'after', title: t('admin.policy.after'), render: (_, c) => <code style={{ wordBreak: 'break-all' }}>{show(c.after)}</code> },
        ]}
      />
    </ScrollRegion>
  );
}

/**
 * The policy (versioned data): the version in force and its history, the difference between any two versions, and a
 * JSON editor whose problems the API names field by field before anything is published.
 */
export function PolicySection() {
  const { t, i18n } = useTranslation();
  const policy = usePolicy();
  const versions = usePolicyVersions();
  const nameOf = usePersonName();
  if (policy.isPending || versions.isPending) return <Skeleton active />;
  if (policy.isError) return <Alert type="error" showIcon title={errorMessage(t, policy.error)} />;
  if (versions.isError) return <Alert type="error" showIcon title={errorMessage(t, versions.error)} />;
  const current = versions.data.find((v) => v.version === policy.data.version);
  return (
    <section aria-labelledby="policy-title">
      <Typography.Title level={2} id="policy-title" style={{ fontSize: 18 }}>
        {t('admin.policy.title', { version: policy.data.version })}
      </Typography.Title>
      {current && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'at', label: t('admin.policy.publishedAt'), children: formatDateTime(current.createdAt, i18n.language) },
            { key: 'by', label: t('admin.policy.publishedBy'), children: current.createdBy ? nameOf(current.createdBy) : t('admin.policy.system') },
            { key: 'reason', label: t('common.reason'), children: current.reason ?? '—' },
          ]}
        />
      )}
      <History versions={versions.data} />
      <Editor key={policy.data.version} current={policy.data.document as unknown as Json} />
    </section>
  );
}

function History({ versions }: { versions: NonNullable<ReturnType<typeof usePolicyVersions>['data']> }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const sorted = useMemo(() => [...versions].sort((a, b) => b.version - a.version), [versions]);
  const [from, setFrom] = useState<number | undefined>(sorted[1]?.version);
  const [to, setTo] = useState<number | undefined>(sorted[0]?.version);
  const before = usePolicyVersion(from);
  const after = usePolicyVersion(to);
  const options = sorted.map((v) => ({ value: v.version, label: t('admin.policy.versionLabel', { version: v.version }) }));
  const changes = before.data && after.data ? jsonDiff(before.data.document as unknown as Json, after.data.document as unknown as Json) : undefined;
  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('admin.policy.history')}</h3>} style={{ marginTop: 16 }}>
      <ScrollRegion label={t('admin.policy.historyLabel')} minWidth={560}>
        <Table
          size="small"
          rowKey="version"
          dataSource={sorted}
          pagination={sorted.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            { key: 'version', title: t('admin.policy.version'), dataIndex: 'version' },
            { key: 'at', title: t('admin.policy.publishedAt'), render: (_, v) => formatDateTime(v.createdAt, i18n.language) },
            { key: 'by', title: t('admin.policy.publishedBy'), render: (_, v) => (v.createdBy ? nameOf(v.createdBy) : t('admin.policy.system')) },
            { key: 'reason', title: t('common.reason'), render: (_, v) => v.reason ?? '—' },
          ]}
        />
      </ScrollRegion>
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
        {t('admin.policy.compare')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={t('admin.policy.compareFrom')} value={from} onChange={setFrom} options={options} style={{ width: 140 }} placeholder={t('admin.policy.compareFrom')} />
        <span aria-hidden>→</span>
        <Select aria-label={t('admin.policy.compareTo')} value={to} onChange={setTo} options={options} style={{ width: 140 }} placeholder={t('admin.policy.compareTo')} />
      </Space>
      {from === undefined || to === undefined ? (
        <Typography.Paragraph type="secondary">{t('admin.policy.onlyOne')}</Typography.Paragraph>
      ) : before.isError || after.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, before.error ?? after.error)} />
      ) : !changes ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <DiffTable changes={changes} label={t('admin.policy.diffLabel', { from, to })} />
      )}
    </Card>
  );
}

function Editor({ current }: { current: Json }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const original = useMemo(() => JSON.stringify(current, null, 2), [current]);
  const [text, setText] = useState(original);
  const [problems, setProblems] = useState<Problem[] | undefined>();
  const [publishing, setPublishing] = useState(false);
  /** Publishing from a what-if: its id goes with the document, and the API links it in the reason. */
  const [simulationId, setSimulationId] = useState<string>();
  const validate = useValidatePolicy();
  const publish = usePublishPolicy();
  useEffect(() => setText(original), [original]);
  const parsed = parseDocument(text);
  const changes = parsed.ok ? jsonDiff(current, parsed.document as Json) : [];

  const check = () => {
    if (!parsed.ok) return;
    validate.mutate(parsed.document, {
      onSuccess: (answer) => setProblems(answer.problems),
      onError: (error) => void message.error(errorMessage(t, error)),
    });
  };
  const valid = problems !== undefined && problems.length === 0;
  const problemsId = 'policy-problems';

  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('admin.policy.edit')}</h3>} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('admin.policy.editHelp')}</Typography.Paragraph>
      <label htmlFor="policy-json" style={{ display: 'block', marginBottom: 4 }}>
        {t('admin.policy.document')}
      </label>
      <Input.TextArea
        id="policy-json"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setProblems(undefined);
        }}
        autoSize={{ minRows: 12, maxRows: 30 }}
        spellCheck={false}
        status={!parsed.ok || (problems && problems.length > 0) ? 'error' : undefined}
        aria-invalid={!parsed.ok || (problems !== undefined && problems.length > 0)}
        aria-describedby={problemsId}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}
      />
      <div id={problemsId} role="status" style={{ marginTop: 12 }}>
        {!parsed.ok && <Alert type="error" showIcon title={t('admin.policy.notJson', { message: parsed.message })} />}
        {parsed.ok && problems && problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('admin.policy.problems', { count: problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('admin.policy.problemsLabel')}>
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <code>{documentPath(p.path) || '/'}</code>: {p.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {parsed.ok && valid && <Alert type="success" showIcon title={t('admin.policy.valid')} />}
      </div>
      <Space wrap style={{ marginTop: 12 }}>
        <Button onClick={check} disabled={!parsed.ok} loading={validate.isPending}>
          {t('admin.policy.check')}
        </Button>
        <Button type="primary" disabled={!valid || changes.length === 0} onClick={() => setPublishing(true)}>
          {t('admin.policy.publish')}
        </Button>
        <Button
          onClick={() => {
            setText(original);
            setProblems(undefined);
          }}
          disabled={text === original}
        >
          {t('admin.policy.revert')}
        </Button>
      </Space>
      {parsed.ok && (
        <>
          <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
            {t('admin.policy.pending', { count: changes.length })}
          </Typography.Title>
          <DiffTable changes={changes} label={t('admin.policy.pendingLabel')} />
        </>
      )}
      <WhatIf
        candidate={parsed.ok ? parsed.document : undefined}
        onPublish={(simulation) => {
          setSimulationId(simulation.id);
          setPublishing(true);
        }}
      />
      {publishing && parsed.ok && (
        <ReasonDialog
          title={t('admin.policy.publishTitle')}
          okText={t('admin.policy.publish')}
          pending={publish.isPending}
          onClose={() => {
            setPublishing(false);
            setSimulationId(undefined);
          }}
          onSubmit={(reason, fail) =>
            publish.mutate(
              { document: parsed.document, reason, simulationId },
              {
                onSuccess: (answer) => {
                  void message.success(t('admin.policy.published', { version: answer.version }));
                  setPublishing(false);
                  setSimulationId(undefined);
                  setProblems(undefined);
                },
                onError: (error) => {
                  // A 400 names the document's problems by path: they belong under the editor, not in the dialog.
                  const inDocument = error instanceof ApiError ? error.details.filter((d) => d.path?.startsWith('body.document')) : [];
                  if (inDocument.length > 0) {
                    setProblems(inDocument.map((d) => ({ path: d.path!, message: d.message })));
                    setPublishing(false);
                  } else fail(error);
                },
              },
            )
          }
        />
      )}
    </Card>
  );
}
