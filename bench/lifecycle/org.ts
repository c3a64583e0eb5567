import type { Api, Person } from './client';

export interface Organisation {
  officeId: string;
  sales: Person;
  presales: Person;
  /**
   * The people booked by the projects' resource requests (rate level P2), one per project: a person records at most
   * one day per date across all their bookings.
   */
  bookable: Person[];
  /** Lead of the finance delivery center: the dispatcher of tier A/B finance projects. */
  centerLead: Person;
  /** Appointed at dispatch; approves the project's resource requests (一票到底). */
  teamLead: Person;
}

/**
 * An office with its manager, sales and presales people, a finance delivery center with its lead and a team lead,
 * and `bookableCount` presales people to book — created by the admin through the API.
 */
/** Creates people as the admin, each with an e-mail address unique to the run (`suffix`). */
export function personCreator(api: Api, adminToken: string, suffix: string) {
  return (name: string, roles: string[], extra: Record<string, string> = {}) =>
    api.call<Person>('POST', '/api/people', adminToken, {
      name,
      email: `${name.toLowerCase().replace(/\s+/g, '.')}.${suffix}@bench.moat.local`,
      roles,
      ...extra,
    });
}

export async function createOrganisation(api: Api, adminToken: string, suffix: string, bookableCount: number): Promise<Organisation> {
  const person = personCreator(api, adminToken, suffix);
  const manager = await person('Bench Manager', ['manager']);
  const office = await api.call<{ id: string }>('POST', '/api/offices', adminToken, {
    name: `Bench office ${suffix}`,
    region: 'Bench region',
    managerId: manager.id,
  });
  const sales = await person('Bench Sales', ['sales'], { managerId: manager.id, officeId: office.id });
  const presales = await person('Bench Presales', ['presales'], {
    managerId: manager.id,
    officeId: office.id,
    rateLevel: 'P2',
  });
  // The bench database is fresh, so this is the only center for the projects' industry.
  const centerLead = await person('Bench Center Lead', ['manager', 'delivery'], { managerId: manager.id });
  const center = await api.call<{ id: string }>('POST', '/api/delivery-centers', adminToken, {
    name: `Bench finance center ${suffix}`,
    industry: 'finance',
    leadId: centerLead.id,
  });
  const teamLead = await person('Bench Team Lead', ['presales', 'manager'], {
    managerId: centerLead.id,
    deliveryCenterId: center.id,
    rateLevel: 'P4',
  });
  const bookable: Person[] = [];
  for (let i = 0; i < bookableCount; i++) {
    bookable.push(await person(`Bench Booked ${i + 1}`, ['presales'], { managerId: manager.id, officeId: office.id, rateLevel: 'P2' }));
  }
  return { officeId: office.id, sales, presales, bookable, centerLead, teamLead };
}
