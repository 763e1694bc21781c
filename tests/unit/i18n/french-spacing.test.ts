import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../lib/i18n';

describe('frenchSpacing', () => {
  it('keeps ? ! : ; and » on the line of the word before them', () => {
    expect(frenchSpacing('Tu peux poster ça tout de suite ? Merci ! Note : oui ; non')).toBe(
      'Tu peux poster ça tout de suite\u00a0? Merci\u00a0! Note\u00a0: oui\u00a0; non',
    );
  });

  it('keeps « with the word after it', () => {
    expect(frenchSpacing('« faire le buzz »')).toBe('«\u00a0faire le buzz\u00a0»');
  });

  it('leaves other spaces and text without such marks alone', () => {
    expect(frenchSpacing('Quel a été notre dernier succès')).toBe('Quel a été notre dernier succès');
  });
});
