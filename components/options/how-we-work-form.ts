import type { Lang } from '../../lib/detect/types';
import type { HowWeWork, Localized } from '../../lib/guidance/schema';

/** "How we work" as the form holds it: exactly what was typed, one string per box. */
export interface HowWeWorkForm {
  goals: Record<Lang, string>;
  leadTime: Record<Lang, string>;
  requestLabel: Record<Lang, string>;
  requestUrl: string;
  networks: { name: string; why: Record<Lang, string> }[];
}

const blank = (): Record<Lang, string> => ({ en: '', fr: '' });

export function howWeWorkToForm(block: HowWeWork | undefined): HowWeWorkForm {
  return {
    goals: { ...(block?.goals ?? blank()) },
    leadTime: { ...(block?.leadTime ?? blank()) },
    requestLabel: { ...(block?.requestLink?.label ?? blank()) },
    requestUrl: block?.requestLink?.url ?? '',
    networks: (block?.networks ?? []).map((network) => ({ name: network.name, why: { ...network.why } })),
  };
}

/**
 * A pair left empty in both languages is left out; one language typed and not the other is kept, so
 * that saving names the missing translation by its path (howWeWork.goals.fr) like every other field.
 */
function pair(text: Record<Lang, string>): Localized | undefined {
  const trimmed = { en: text.en.trim(), fr: text.fr.trim() };
  return trimmed.en === '' && trimmed.fr === '' ? undefined : trimmed;
}

/** The block the form describes, or undefined when nothing is filled in. Validated when saved. */
export function formToHowWeWork(form: HowWeWorkForm): HowWeWork | undefined {
  const goals = pair(form.goals);
  const leadTime = pair(form.leadTime);
  const label = pair(form.requestLabel);
  const url = form.requestUrl.trim();
  const networks = form.networks
    .map((network) => ({ name: network.name.trim(), why: pair(network.why) }))
    .filter((network) => network.name !== '' || network.why !== undefined)
    .map((network) => ({ name: network.name, why: network.why ?? { en: '', fr: '' } }));
  const block: HowWeWork = {
    ...(goals ? { goals } : {}),
    ...(networks.length > 0 ? { networks } : {}),
    ...(leadTime ? { leadTime } : {}),
    ...(label || url ? { requestLink: { label: label ?? { en: '', fr: '' }, url } } : {}),
  };
  return Object.keys(block).length > 0 ? block : undefined;
}
