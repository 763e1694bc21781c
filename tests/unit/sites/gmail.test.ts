import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/sites/gmail';

const BODY =
  '<div class="Am Al editable" role="textbox" contenteditable="true" aria-label="Corps du message"></div>';
const SEND = '<div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1">Send</div>';

afterEach(() => {
  document.body.innerHTML = '';
});

const body = () => document.querySelector<HTMLElement>(gmailAdapter.composeSelector)!;

describe('Gmail adapter', () => {
  it('finds the Send button of a new message, outside the table that holds the body', () => {
    document.body.innerHTML = `<div role="dialog"><table class="iN"><tbody><tr><td>${BODY}</td></tr></tbody></table><div class="aDh">${SEND}</div></div>`;
    expect(gmailAdapter.send.findSendButtons!(body())).toHaveLength(1);
  });

  it('finds the Send button of an inline reply', () => {
    document.body.innerHTML = `<div class="ip adB"><div class="M9"><table class="cf"><tbody><tr><td>${BODY}</td></tr></tbody></table>${SEND}</div></div>`;
    expect(gmailAdapter.send.findSendButtons!(body())).toHaveLength(1);
  });

  it('never takes the Send button of another draft', () => {
    document.body.innerHTML = `<div role="dialog">${BODY}</div><div role="dialog">${SEND}</div>`;
    expect(gmailAdapter.send.findSendButtons!(body())).toEqual([]);
  });

  it('serves Gmail only', () => {
    expect(
      gmailAdapter.matchesLocation(new URL('https://mail.google.com/mail/u/0/') as unknown as Location),
    ).toBe(true);
    expect(gmailAdapter.matchesLocation(new URL('https://chat.google.com/') as unknown as Location)).toBe(
      false,
    );
  });
});
