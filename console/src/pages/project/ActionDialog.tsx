/*
 * The project page's action dialogs: one form per command (advance, handoff, close, tier, deadline, reassign,
 * feasibility, dispatch, redispatch, resource request, time, budget, final value, scores, team, quality) in one switch.
 * Long because (about 430 lines) the sixteen forms share the submission, the field errors and the Escape handling around them.
 * The promises (change the commitments, the delivery handoff, the go-live) have theirs in PromiseDialogs.tsx.
 */
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleDirectory, usePersonName } from '../../components/directory';
import { showFieldErrors } from '../../components/fieldErrors';
import { parseYuan, yuanRule } from '../../components/money';
import { useSubmissionKey } from '../../components/submissionKey';
import { formatMoney } from '../../format';
import type { Role } from '../../session';
import { QualityFields, qualityFactorsOf } from '../../components/QualityFields';
import { CommitmentsField, commitmentsOf } from './Commitments';
import { CommandModal } from './CommandModal';
import { useProjectCommand, useStageLabel, type AvailableAction, type Command, type OtherAction, type ProjectDetail } from './queries';

// Every role a resource may be requested for (RoleSchema of the API, less the ones that run the organisation).
const RESOURCE_ROLES: readonly Role[] = ['presales', 'solution', 'test', 'delivery', 'after_sales', 'custom_dev', 'hotline'];
const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;

type Values = Record<string, unknown>;

interface Props {
  project: ProjectDetail;
  /** Any action but those of PromiseDialogs.tsx. */
  action: OtherAction;
  onClose: () => void;
  onDone: (action: AvailableAction['action']) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const optional = (value: unknown) => text(value) || undefined;

/**
 * The dialog of one action of the project page: the form its command route takes, validated like the API, the
 * API's field errors shown on the fields, one Idempotency-Key per submission. Escape or Cancel closes it.
 */
export function ActionDialog({ project, action, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const stageLabel = useStageLabel(project);
  const [form] = Form.useForm<Values>();
  const command = useProjectCommand(project.id);
  const submission = useSubmissionKey();
  const people = usePeopleDirectory();
  const nameOf = usePersonName();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const currency = project.expectedValue.currency;

  const peopleWith = (role?: Role | null) =>
    (people.data ?? [])
      .filter((p) => !p.deactivatedAt && (!role || p.roles.includes(role)))
      .map((p) => ({ value: p.id, label: p.name }));
  const required = (key: string) => ({ required: true, whitespace: true, message: t(`project.form.${key}`) });
  const money = (value: unknown) => {
    const parsed = parseYuan(text(value));
    return parsed.ok ? parsed.minorUnits : 0;
  };
  const moneyRule = (isRequired = true) => yuanRule((problem) => t(`project.form.money.${problem}`), isRequired);
  const missing = action.action === 'score' ? action.missing : [];
  // The people who may serve on a project team: those holding a function a resource is requested for; not the lead.
  const teamCandidates = (people.data ?? [])
    .filter((p) => !p.deactivatedAt && p.roles.some((r) => RESOURCE_ROLES.includes(r)) && !project.team.some((m) => m.lead && m.personId === p.id))
    .map((p) => ({ value: p.id, label: p.name }));

  const commandOf = (v: Values): Command => {
    switch (action.action) {
      case 'advance':
        return { action: 'advance', body: { nomineeId: optional(v.nomineeId), fromStage: project.stage } };
      case 'proposeHandoff':
        return { action: 'proposeHandoff', body: { toPersonId: text(v.toPersonId), reason: text(v.reason) } };
      case 'close': {
        const won = v.outcome === 'won';
        return {
          action: 'close',
          body: {
            outcome: won ? 'won' : 'lost',
            reason: optional(v.reason),
            finalValue: won && text(v.finalValue) ? { amount: money(v.finalValue), currency } : undefined,
            presalesLeadId: won ? optional(v.presalesLeadId) : undefined,
            deliveryManagerId: won ? optional(v.deliveryManagerId) : undefined,
          },
        };
      }
      case 'overrideTier':
        return { action: 'overrideTier', body: { tier: v.tier as (typeof TIERS)[number], reason: text(v.reason) } };
      case 'extendDeadline':
        return { action: 'extendDeadline', body: { until: (v.until as Dayjs).toISOString(), reason: text(v.reason) } };
      case 'reassign':
        return { action: 'reassign', body: { toPersonId: text(v.toPersonId), reason: text(v.reason) } };
      case 'signFeasibility':
        // A positive sign-off signs the list in the dialog (不随意许诺); a negative one promises nothing.
        return {
          action: 'signFeasibility',
          body: v.approved === false ? { approved: false, note: text(v.note) } : { approved: true, note: text(v.note), commitments: commitmentsOf(v.commitments) },
        };
      case 'dispatch':
        return { action: 'dispatch', body: { teamLeadId: text(v.teamLeadId), comment: optional(v.comment) } };
      case 'redispatch':
        return { action: 'redispatch', body: { note: text(v.note) } };
      case 'requestResource':
        return {
          action: 'requestResource',
          body: {
            role: v.role as Role,
            days: Number(v.days),
            personId: optional(v.personId),
            skills: (v.skills as string[] | undefined) ?? [],
            note: text(v.note),
            extendsBookingId: optional(v.extendsBookingId),
          },
        };
      case 'recordTime':
        return { action: 'recordTime', body: { bookingId: text(v.bookingId), date: (v.date as Dayjs).format('YYYY-MM-DD'), days: Number(v.days) } };
      case 'setBudget':
        return { action: 'setBudget', body: { amount: money(v.amount), reason: text(v.reason) } };
      case 'correctFinalValue':
        return { action: 'correctFinalValue', body: { amount: money(v.amount), reason: text(v.reason) } };
      case 'score':
        return {
          action: 'score',
          body: {
            scores: missing
              .filter((personId) => v[`score_${personId}`] !== undefined)
              .map((personId) => ({ personId, score: Number(v[`score_${personId}`]), comment: text(v[`comment_${personId}`]) })),
          },
        };
      case 'nameTeam':
        return { action: 'nameTeam', body: { memberIds: (v.memberIds as string[] | undefined) ?? [], reason: text(v.reason) } };
      case 'rescoreQuality':
        return { action: 'rescoreQuality', body: { factors: qualityFactorsOf(v), reason: text(v.reason) } };
    }
  };

  // Where an API path below `body` lands on this form: the first segment, or a score's row.
  const fieldOf = (sent: Command) => (path: string[]) => {
    if (sent.action === 'score' && path[0] === 'scores') {
      const row = sent.body.scores[Number(path[1])];
      return row ? `${path[2] === 'comment' ? 'comment' : 'score'}_${row.personId}` : undefined;
    }
    // A commitment's row is inside a list: its message goes beside the form.
    if (path[0] === 'commitments') return undefined;
    const field = path[0] === 'finalValue' ? 'finalValue' : path[0] === 'factors' ? path[1] : path[0];
    return field && field in form.getFieldsValue() ? field : undefined;
  };

  const submit = (values: Values) => {
    const sent = commandOf(values);
    if (sent.action === 'score' && sent.body.scores.length === 0) {
      form.setFields([{ name: `score_${missing[0]}`, errors: [t('project.form.scoreOne')] }]);
      return;
    }
    setUnplaced([]);
    command.mutate(
      { command: sent, key: submission.keyFor(sent) },
      {
        onSuccess: () => {
          submission.done();
          onDone(action.action);
        },
        onError: (error) => setUnplaced(showFieldErrors(form, error, fieldOf(sent))),
      },
    );
  };

  const reason = (name = 'reason', key = 'reasonRequired', label = 'project.form.reason') => (
    <Form.Item name={name} label={t(label)} rules={[required(key)]}>
      <Input.TextArea rows={3} maxLength={name === 'note' && action.action === 'signFeasibility' ? 4000 : 2000} />
    </Form.Item>
  );
  const personField = (name: string, label: string, role?: Role | null, isRequired = true) => (
    <Form.Item name={name} label={label} rules={isRequired ? [{ required: true, message: t('project.form.personRequired') }] : []}>
      <Select showSearch={{ optionFilterProp: 'label' }} allowClear={!isRequired} options={peopleWith(role)} />
    </Form.Item>
  );
  const moneyField = (name: string, label: string, isRequired = true, extra?: string) => (
    <Form.Item name={name} label={label} rules={[...(isRequired ? [{ required: true, message: t('project.form.money.empty') }] : []), moneyRule(isRequired)]} extra={extra}>
      <Input inputMode="decimal" prefix="¥" />
    </Form.Item>
  );

  const body = () => {
    switch (action.action) {
      case 'advance':
        return (
          <>
            <Typography.Paragraph>{t('project.dialogs.advanceBody', { stage: stageLabel(action.nextStage) })}</Typography.Paragraph>
            {action.nomineeRole && personField('nomineeId', t('project.form.nominee', { role: t(`roles.${action.nomineeRole}`) }), action.nomineeRole)}
          </>
        );
      case 'proposeHandoff':
        return (
          <>
            {personField('toPersonId', t('project.form.handoffTo', { role: t(`roles.${action.role}`) }), action.role)}
            {reason()}
          </>
        );
      case 'reassign':
        return (
          <>
            {personField('toPersonId', t('project.form.reassignTo', { role: t(`roles.${action.role}`) }), action.role)}
            {reason()}
          </>
        );
      case 'close':
        return (
          <>
            <Form.Item name="outcome" label={t('project.form.outcome')} initialValue={action.canWin ? 'won' : 'lost'}>
              <Radio.Group
                options={[
                  { value: 'won', label: t('project.form.won'), disabled: !action.canWin },
                  { value: 'lost', label: t('project.form.lost') },
                ]}
              />
            </Form.Item>
            {!action.canWin && <Typography.Paragraph type="secondary">{t('project.dialogs.cannotWinYet')}</Typography.Paragraph>}
            <Form.Item noStyle dependencies={['outcome']}>
              {({ getFieldValue }) =>
                getFieldValue('outcome') === 'won' && (
                  <>
                    {moneyField('finalValue', t('project.form.finalValue'), false, t('project.form.finalValueHint', { value: formatMoney(project.expectedValue, i18n.language) }))}
                    {personField('presalesLeadId', t('project.form.presalesLead'), null, false)}
                    {personField('deliveryManagerId', t('project.form.deliveryManager'), null, false)}
                  </>
                )
              }
            </Form.Item>
            <Form.Item name="reason" label={t('project.form.closeReason')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'overrideTier':
        return (
          <>
            <Form.Item name="tier" label={t('common.tier')} rules={[{ required: true, message: t('project.form.tierRequired') }]}>
              <Select options={TIERS.filter((tier) => tier !== project.tier).map((tier) => ({ value: tier, label: tier }))} />
            </Form.Item>
            {reason()}
          </>
        );
      case 'extendDeadline':
        return (
          <>
            <Form.Item name="until" label={t('project.form.until')} rules={[{ required: true, message: t('project.form.untilRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            {reason()}
          </>
        );
      case 'signFeasibility':
        return (
          <>
            <Form.Item name="approved" label={t('project.form.feasible')} initialValue={true}>
              <Radio.Group
                options={[
                  { value: true, label: t('project.form.feasibleYes') },
                  { value: false, label: t('project.form.feasibleNo') },
                ]}
              />
            </Form.Item>
            {reason('note', 'feasibilityNoteRequired', 'project.form.feasibilityNote')}
            <Form.Item noStyle dependencies={['approved']}>
              {({ getFieldValue }) => getFieldValue('approved') !== false && <CommitmentsField initial={project.promises.commitments} />}
            </Form.Item>
          </>
        );
      case 'dispatch':
        return (
          <>
            {personField('teamLeadId', t('project.form.teamLead'))}
            <Form.Item name="comment" label={t('common.comment')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'redispatch':
        return reason('note', 'redispatchNoteRequired', 'project.form.redispatchNote');
      case 'requestResource':
        return (
          <>
            <Form.Item name="role" label={t('project.form.role')} rules={[{ required: true, message: t('project.form.roleRequired') }]}>
              <Select options={RESOURCE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
            </Form.Item>
            <Form.Item
              name="days"
              label={t('project.form.days')}
              rules={[
                { required: true, message: t('project.form.daysRequired') },
                { validator: async (_, value: number | null) => quarterDays(value, 1000, t('project.form.daysQuarter')) },
              ]}
            >
              <InputNumber min={0.25} max={1000} step={0.25} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="skills" label={t('project.form.skills')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
            </Form.Item>
            {personField('personId', t('project.form.wantedPerson'), null, false)}
            {project.bookings.length > 0 && (
              <Form.Item name="extendsBookingId" label={t('project.form.extendsBooking')}>
                <Select
                  allowClear
                  options={project.bookings.map((b) => ({ value: b.id, label: `${nameOf(b.personId)} · ${t(`roles.${b.role}`)} · ${t('project.daysCount', { count: b.days })}` }))}
                />
              </Form.Item>
            )}
            {reason('note', 'resourceNoteRequired', 'project.form.resourceNote')}
            {action.assignsDirectly && <Typography.Paragraph type="secondary">{t('project.form.assignsDirectly')}</Typography.Paragraph>}
          </>
        );
      case 'rescoreQuality':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('project.dialogs.qualityBody')}</Typography.Paragraph>
            <QualityFields initial={project.quality?.factors} />
            {reason('reason', 'reasonRequired', 'project.form.qualityReason')}
          </>
        );
      case 'nameTeam':
        return (
          <>
            <Form.Item name="memberIds" label={t('project.form.teamMembers')} initialValue={project.team.filter((m) => m.named).map((m) => m.personId)}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={teamCandidates} />
            </Form.Item>
            {reason('reason', 'reasonRequired', 'project.form.teamReason')}
          </>
        );
      case 'recordTime':
        return (
          <>
            <Form.Item
              name="bookingId"
              label={t('project.form.booking')}
              initialValue={action.bookingIds.length === 1 ? action.bookingIds[0] : undefined}
              rules={[{ required: true, message: t('project.form.bookingRequired') }]}
            >
              <Select
                options={action.bookingIds.map((id) => {
                  const b = project.bookings.find((booking) => booking.id === id);
                  return { value: id, label: b ? `${nameOf(b.personId)} · ${t(`roles.${b.role}`)} · ${b.daysWorked}/${b.days}` : id.slice(0, 8) };
                })}
              />
            </Form.Item>
            <Form.Item name="date" label={t('project.form.date')} rules={[{ required: true, message: t('project.form.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="days"
              label={t('project.form.days')}
              initialValue={1}
              rules={[
                { required: true, message: t('project.form.daysRequired') },
                { validator: async (_, value: number | null) => quarterDays(value, 1, t('project.form.daysPerEntry')) },
              ]}
            >
              <InputNumber min={0.25} max={1} step={0.25} style={{ width: '100%' }} />
            </Form.Item>
          </>
        );
      case 'setBudget':
        return (
          <>
            {moneyField('amount', t('project.form.budget'), true, t('project.form.currentBudget', { value: formatMoney(project.budget, i18n.language) }))}
            {reason()}
          </>
        );
      case 'correctFinalValue':
        return (
          <>
            {moneyField('amount', t('project.form.finalValue'))}
            {reason()}
          </>
        );
      case 'score':
        return (
          <>
            <Typography.Paragraph>{t('project.dialogs.scoreBody')}</Typography.Paragraph>
            {missing.map((personId) => (
              <fieldset key={personId} className="project-score-row">
                <legend>{nameOf(personId)}</legend>
                <Form.Item name={`score_${personId}`} label={t('project.form.score')}>
                  <Radio.Group options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
                </Form.Item>
                <Form.Item name={`comment_${personId}`} label={t('common.comment')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </fieldset>
            ))}
          </>
        );
    }
  };

  return (
    <CommandModal<Values>
      action={action.action}
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={command.isPending}
      error={command.error}
      unplaced={unplaced}
      danger={action.action === 'close'}
      width={action.action === 'signFeasibility' ? 680 : undefined}
    >
      {body()}
    </CommandModal>
  );
}

/** The API's quarter-day rule (0.25, 0.5, … up to `max`). */
async function quarterDays(value: number | null, max: number, message: string): Promise<void> {
  if (value === null || value === undefined) return;
  if (value <= 0 || value > max || Math.round(value * 4) !== value * 4) throw new Error(message);
}
