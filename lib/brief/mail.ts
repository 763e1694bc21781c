/**
 * Where "Open in Gmail" goes: Gmail's compose window addressed to the team's contact, with the subject
 * and the brief filled in. Gmail's `to` takes one plain address; a contact written as a mailto: link
 * with several addresses or its own cc/bcc goes through mailto: instead, which keeps all of it. A
 * contact that is a web page (or no contact) gives a Gmail window without a recipient.
 */

export const GMAIL_COMPOSE = 'https://mail.google.com/mail/';

export interface RequestMail {
  url: string;
  via: 'gmail' | 'mailto';
}

/** One address Gmail's `to` takes as it is: no comma, no angle brackets, no spaces. */
const PLAIN_ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()".]+(\.[^\s@,;<>()".]+)+$/u;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The plain address of a `mailto:` contact with nothing else in it, else undefined. */
export function plainAddressOf(link: string | undefined): string | undefined {
  if (!link?.toLowerCase().startsWith('mailto:') || link.includes('?')) return undefined;
  const address = decoded(link.slice('mailto:'.length));
  return PLAIN_ADDRESS.test(address) ? address : undefined;
}

/** mailto: keeps its addresses and its own parameters (cc, bcc); ours replace any subject and body. */
function mailtoUrl(link: string, subject: string, body: string): string {
  const [addresses = '', query = ''] = link.slice('mailto:'.length).split(/\?(.*)/su);
  const kept = query.split('&').filter((pair) => pair !== '' && !/^(subject|body)=/iu.test(pair));
  const ours = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`];
  return `mailto:${addresses}?${[...kept, ...ours].join('&')}`;
}

/** The compose address for a request to `contactLink` (the team's contact), or to nobody yet. */
export function requestMailUrl(contactLink: string | undefined, subject: string, body: string): RequestMail {
  const address = plainAddressOf(contactLink);
  if (!address && contactLink?.toLowerCase().startsWith('mailto:')) {
    return { url: mailtoUrl(contactLink, subject, body), via: 'mailto' };
  }
  const params = [
    'view=cm',
    ...(address ? [`to=${encodeURIComponent(address)}`] : []),
    `su=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body)}`,
  ];
  return { url: `${GMAIL_COMPOSE}?${params.join('&')}`, via: 'gmail' };
}
