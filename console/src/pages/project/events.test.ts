import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { describeEvent } from './events';
import type { TimelineEntry } from './queries';

const names: Record<string, string> = { lead: 'Lin Tao', sales: 'Chen Jie', boss: 'Zhao Min' };
const nameOf = (id: string | null | undefined) => (id ? (names[id] ?? id) : '—');
const entry = (type: string, data: Record<string, unknown>): TimelineEntry => ({ seq: 1, type, actorId: 'lead', at: '2026-04-01T01:00:00.000Z', data }) as TimelineEntry;

describe('the timeline of promises (不随意许诺, 交付移交)', () => {
  it('titles and details each event in English and Chinese', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    const en = (type: string, data: Record<string, unknown>) => describeEvent(entry(type, data), t, nameOf, 'en');
    const two = [{ item: 'a', dueDate: '2026-06-30' }, { item: 'b', dueDate: '2026-07-31' }];
    expect(en('feasibility_signed', { approved: true, note: 'fine', commitments: two })).toEqual({ title: 'Feasibility signed', detail: 'Feasible: fine (2 commitments)' });
    expect(en('commitments_changed', { commitments: [two[0]], reason: 'scope cut', amends: '2026-04-01T00:00:00.000Z' })).toEqual({
      title: 'Commitments changed',
      detail: '1 commitment after the sign-off: the gate reopened — scope cut',
    });
    expect(en('delivery_handoff_offered', { toPersonId: 'lead', via: 'team_lead', dueAt: '2026-04-04T01:00:00.000Z', commitments: two }).detail).toMatch(
      /^To Lin Tao \(the delivery team lead\), to accept by .*; 2 commitments$/,
    );
    expect(en('delivery_handoff_accepted', { toPersonId: 'boss', onBehalfOf: 'lead' }).detail).toBe('Zhao Min answers for delivery, for Lin Tao');
    expect(en('delivery_handoff_declined', { personId: 'lead', reason: 'no people' })).toEqual({ title: 'Delivery handoff declined', detail: 'Lin Tao: no people' });
    expect(en('go_live_recorded', { liveOn: '2026-05-02', outcomes: [{ kept: true }, { kept: false }] }).detail).toBe('Live on 2026-05-02: 1 of 2 commitments kept');

    await i18n.changeLanguage('zh-CN');
    const zh = describeEvent(entry('go_live_recorded', { liveOn: '2026-05-02', outcomes: [{ kept: true }] }), i18n.t.bind(i18n), nameOf, 'zh-CN');
    expect(zh).toEqual({ title: '记录上线', detail: '2026-05-02 上线：1 项承诺兑现 1 项' });
  });
});
