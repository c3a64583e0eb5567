import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/**
 * Outbound calls cannot be turned inward: a webhook URL a person types must not make Moat POST to itself, the
 * machine's other services, the private network or a cloud metadata endpoint. Addresses are judged as numbers, so
 * every spelling of one (decimal, hex, octal IPv4 — the URL parser normalises those — IPv4-mapped IPv6) is the same.
 */

/** IPv4 ranges that are not the public internet, as [first octets, prefix length, what]. */
const IPV4_REFUSED: readonly [number[], number, string][] = [
  [[0], 8, 'an unspecified address'],
  [[10], 8, 'a private address'],
  [[100, 64], 10, 'a carrier-grade NAT address'],
  [[127], 8, 'a loopback address'],
  [[169, 254], 16, 'a link-local or metadata address'],
  [[172, 16], 12, 'a private address'],
  [[192, 0, 0], 24, 'a protocol-assignment address'],
  [[192, 168], 16, 'a private address'],
  [[198, 18], 15, 'a benchmarking address'],
  [[224], 4, 'a multicast address'],
  [[240], 4, 'a reserved or broadcast address'],
];

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function ipv4Refusal(address: string): string | undefined {
  const n = ipv4Number(address);
  for (const [octets, prefix, what] of IPV4_REFUSED) {
    const base = ipv4Number([...octets, 0, 0, 0, 0].slice(0, 4).join('.'));
    const size = 2 ** (32 - prefix);
    if (n >= base && n < base + size) return what;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (with any embedded IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4Number(v4[1]!);
    text = `${text.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':').filter(Boolean) : [];
  const right = tail ? tail.split(':').filter(Boolean) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) => parseInt(g, 16));
}

function ipv6Refusal(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (g.every((x) => x === 0)) return 'an unspecified address';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'a loopback address';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judged as the IPv4 address they carry.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    return ipv4Refusal(`${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`);
  }
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'a private (unique local) address';
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  if (first === 0x64 && g[1] === 0xff9b) return 'a NAT64 address';
  return undefined;
}

/** Why an IP address is not on the public internet, or undefined when it is. */
export function addressRefusal(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return ipv4Refusal(address);
  if (family === 6) return ipv6Refusal(address);
  return 'not an IP address';
}

/**
 * Why a webhook URL may not be stored, judged without any lookup: a scheme other than http(s), or a host that is
 * an internal address or a name for this machine. Names are resolved, and their addresses judged, at delivery.
 */
export function webhookUrlRefusal(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https webhooks are sent';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(host)) {
    const refusal = addressRefusal(host);
    return refusal ? `the host is ${refusal}` : undefined;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || !host.includes('.')) {
    return 'the host names this machine or the local network';
  }
  return undefined;
}

export class AddressRefused extends Error {
  readonly code = 'EADDRREFUSED_BY_MOAT';
}

/**
 * A `lookup` for node:http(s) that resolves the host and refuses internal addresses. The socket connects to the
 * address this returns, so what is checked is what is connected to: a name that answered a public address when the
 * URL was stored and a private one now (DNS rebinding) is refused at the moment of the call.
 */
export function guardedLookup(
  hostname: string,
  options: { family?: number | string; all?: boolean },
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { ...options, all: true } as { all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const list = addresses as LookupAddress[];
    const refused = list.map((a) => addressRefusal(a.address)).find(Boolean);
    if (refused || list.length === 0) return callback(new AddressRefused(`${hostname} resolves to ${refused ?? 'nothing'}`), '');
    if (options.all) return callback(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
}
