import { describe, expect, it } from 'vitest';
import { patternProblems } from '../../../../components/options/PatternField';
import { toSitePattern } from '../../../../components/options/TeamSettings';
import { checkPattern } from '../../../../lib/detect/index';

describe('extra site as typed', () => {
  it('turns a host or an address into an HTTPS match pattern for the whole host', () => {
    expect(toSitePattern('intranet.acme.example')).toBe('https://intranet.acme.example/*');
    expect(toSitePattern(' https://Wiki.Acme.example:8443/page?x=1 ')).toBe(
      'https://wiki.acme.example:8443/*',
    );
    expect(toSitePattern('https://*.acme.example/*')).toBe('https://*.acme.example/*');
  });

  it('refuses what the pack format would refuse', () => {
    expect(toSitePattern('http://intranet.acme.example')).toBeUndefined();
    expect(toSitePattern('javascript:alert(1)')).toBeUndefined();
    expect(toSitePattern('')).toBeUndefined();
  });
});

describe('pattern problems while typing', () => {
  it('reports each broken line with its number and the column counted in the line as typed', () => {
    const problems = patternProblems('post now\n\n   make it (viral', {}, 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
    // The engine counts in the trimmed pattern; the manager sees the line with its three leading spaces.
    expect(problems[0]!.column).toBe(checkPattern('make it (viral')!.column + 3);
    expect(problems[0]!.message.length).toBeGreaterThan(10);
  });

  it('explains the error in French for a French-speaking manager', () => {
    const [problem] = patternProblems('* poster', {}, 'fr');
    expect(problem!.message).toBe('un motif ne peut pas commencer ni finir par un trou (*, … ou ...).');
  });

  it('has nothing to say about good patterns or blank lines', () => {
    expect(patternProblems('(post|publish) [it] {asap}\n\n', {}, 'en')).toEqual([]);
  });
});
