import { DEFAULT_POLICY } from '../../domain/policy';
import { createOrg, uniqueSuffix, type Member, type Org, type TestMoat } from './moat';

export interface MatchOrg extends Org {
  centerLead: Member;
  teamLead: Member;
  presalesP2: Member;
  presalesP3: Member;
  hotlineLead: Member;
  hotlineAgent: Member;
  centerId: string;
}

/**
 * The organisation plus what Match needs: a delivery center for the project industry (its own, so parallel
 * files do not share), a hotline, and priced presales people (rate levels from the default rate card).
 */
export async function createMatchOrg(moat: TestMoat, industry = `finance-${uniqueSuffix()}`): Promise<MatchOrg & { industry: string }> {
  const org = await createOrg(moat);
  const tag = uniqueSuffix();
  const person = async (name: string, body: Record<string, unknown>): Promise<Member> => {
    const reply = await moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, managerId: org.director.id, ...body });
    if (reply.status !== 201) throw new Error(`creating ${name}: ${JSON.stringify(reply.body)}`);
    return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
  };
  const centerLead = await person('center-lead', { roles: ['manager', 'delivery'] });
  const center = await moat.admin.post('/api/delivery-centers', { name: `Center ${tag}`, industry, leadId: centerLead.id });
  if (center.status !== 201) throw new Error(`creating center: ${JSON.stringify(center.body)}`);
  const hotlineLead = await person('hotline-lead', { roles: ['hotline', 'manager'] });
  const hotline = await moat.admin.post('/api/hotlines', { name: `Hotline ${tag}`, leadId: hotlineLead.id, officeIds: [org.officeId] });
  if (hotline.status !== 201) throw new Error(`creating hotline: ${JSON.stringify(hotline.body)}`);
  return {
    ...org,
    industry,
    centerLead,
    centerId: center.body.id,
    teamLead: await person('team-lead', { roles: ['presales', 'manager'], rateLevel: 'P4', deliveryCenterId: center.body.id }),
    presalesP2: await person('presales-p2', { roles: ['presales'], rateLevel: 'P2', officeId: org.officeId, skills: ['core-banking'] }),
    presalesP3: await person('presales-p3', { roles: ['presales'], rateLevel: 'P3', deliveryCenterId: center.body.id }),
    hotlineLead,
    hotlineAgent: await person('hotline-agent', { roles: ['hotline'], rateLevel: 'H1' }),
  };
}

/** 2,500 CNY a day for presales P2 in the default rate card, in fen. */
export const P2_DAY = DEFAULT_POLICY.rateCard.entries.find((e) => e.role === 'presales' && e.level === 'P2')!.rate.amount;
export const P3_DAY = DEFAULT_POLICY.rateCard.entries.find((e) => e.role === 'presales' && e.level === 'P3')!.rate.amount;
