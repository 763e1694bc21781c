import { describe, expect, it } from 'vitest';
import { plainAddressOf, requestMailUrl } from '../../../lib/brief/mail';

const SUBJECT = 'Request: a post to plan';
const BODY = 'Could we plan a post together?\n\nWhat it is about: R&D news, 100% “new” #launch';

describe('requestMailUrl', () => {
  it('opens Gmail addressed to a plain address, subject and body encoded', () => {
    const mail = requestMailUrl('mailto:social@acme.example', SUBJECT, BODY);
    expect(mail.via).toBe('gmail');
    const url = new URL(mail.url);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('social@acme.example');
    expect(url.searchParams.get('su')).toBe(SUBJECT);
    expect(url.searchParams.get('body')).toBe(BODY);
    // Nothing of the body can break out into another parameter.
    expect(mail.url).not.toContain('&What');
    expect(mail.url).toContain('R%26D');
  });

  it('goes through mailto: when the contact holds several addresses or its own parameters', () => {
    const several = requestMailUrl('mailto:a@acme.example,b@acme.example', SUBJECT, BODY);
    expect(several.via).toBe('mailto');
    expect(several.url).toBe(
      `mailto:a@acme.example,b@acme.example?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(BODY)}`,
    );
    const withCc = requestMailUrl('mailto:social@acme.example?cc=boss@acme.example&subject=Hi', SUBJECT, 'x');
    expect(withCc.url).toBe(
      `mailto:social@acme.example?cc=boss@acme.example&subject=${encodeURIComponent(SUBJECT)}&body=x`,
    );
  });

  it('opens Gmail without a recipient when the contact is a web page or there is none', () => {
    for (const contact of ['https://intranet.acme.example/social', undefined]) {
      const mail = requestMailUrl(contact, SUBJECT, BODY);
      expect(mail.via).toBe('gmail');
      const url = new URL(mail.url);
      expect(url.searchParams.has('to')).toBe(false);
      expect(url.searchParams.get('body')).toBe(BODY);
    }
  });
});

describe('plainAddressOf', () => {
  it.each([
    ['mailto:social@acme.example', 'social@acme.example'],
    ['MAILTO:Social.Team@acme.example', 'Social.Team@acme.example'],
    ['mailto:social%40acme.example', 'social@acme.example'],
    ['mailto:a@acme.example,b@acme.example', undefined],
    ['mailto:social@acme.example?cc=x@acme.example', undefined],
    ['mailto:Social Team <social@acme.example>', undefined],
    ['https://acme.example', undefined],
  ])('%s', (link, address) => {
    expect(plainAddressOf(link)).toBe(address);
  });
});
