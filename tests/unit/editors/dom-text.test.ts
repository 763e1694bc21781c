import { describe, expect, it } from 'vitest';
import { pointAfter, pointBefore, readDomText } from '../../../lib/editors/dom-text';
import { gmailAdapter } from '../../../lib/sites/gmail';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  return element;
}

const gmailText = (html: string) => readDomText(body(html), gmailAdapter.excludeSelector).text;

describe('reading a Gmail compose body', () => {
  it('puts one line break between the divs Gmail writes per line', () => {
    expect(gmailText('Hello team,<div>Could you post this now?</div><div>Thanks</div>')).toBe(
      'Hello team,\nCould you post this now?\nThanks',
    );
  });

  it('keeps the empty lines Gmail writes as <div><br></div>', () => {
    expect(gmailText('<div>Hi,</div><div><br></div><div>post this now</div>')).toBe('Hi,\n\npost this now');
  });

  it('ignores the <br> that closes a line inside its div', () => {
    expect(gmailText('<div>first<br></div><div>second</div>')).toBe('first\nsecond');
  });

  it('breaks lines at bare <br>s, one line per <br>', () => {
    expect(gmailText('one<br>two<br><br>three')).toBe('one\ntwo\n\nthree');
  });

  it('reads &nbsp; runs as spaces, one character each', () => {
    expect(gmailText('post&nbsp; &nbsp;this')).toBe('post   this');
  });

  it('collapses source whitespace and indentation like the browser does', () => {
    expect(gmailText('\n  <div>\n    post   this\n    now\n  </div>\n  <div>bye</div>\n')).toBe(
      'post this now\nbye',
    );
  });

  it('leaves the quoted reply alone', () => {
    const html =
      '<div>Why aren’t we on TikTok?</div><br><div class="gmail_quote gmail_quote_container">' +
      '<div class="gmail_attr">On Mon, Ann wrote:</div><blockquote class="gmail_quote">post this now</blockquote></div>';
    expect(gmailText(html)).toBe('Why aren’t we on TikTok?\n');
  });

  it('leaves the signature and its "-- " line alone', () => {
    const html =
      '<div>Make it go viral</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
      '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Post it now! — Comms</div>';
    expect(gmailText(html)).toBe('Make it go viral\n\n');
  });

  it('keeps inline formatting inside a line', () => {
    expect(gmailText('<div>can you <b>post</b> <i>this</i> now</div>')).toBe('can you post this now');
  });
});

describe('mapping text offsets back to the DOM', () => {
  it('finds the text node and offset of a phrase split across formatting', () => {
    const element = body('<div>Hi</div><div>can you <b>post</b> this now</div>');
    const { text, segments } = readDomText(element);
    const start = text.indexOf('post');
    const end = text.indexOf(' now') + 4;
    const from = pointBefore(segments, start)!;
    const to = pointAfter(segments, end - 1)!;
    expect(from.node.data).toBe('post');
    expect(from.offset).toBe(0);
    expect(to.node.data).toBe(' this now');
    expect(to.offset).toBe(' this now'.length);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('post this now');
  });

  it('maps a collapsed whitespace run to its first character', () => {
    const element = body('post   \n  this');
    const { text, segments } = readDomText(element);
    expect(text).toBe('post this');
    expect(pointBefore(segments, 4)).toEqual({ node: element.firstChild, offset: 4 });
    expect(pointBefore(segments, 5)).toEqual({ node: element.firstChild, offset: 10 });
  });

  it('has no DOM point for a line break it added between blocks', () => {
    const { text, segments } = readDomText(body('<div>a</div><div>b</div>'));
    expect(text).toBe('a\nb');
    expect(pointBefore(segments, 1)).toBeUndefined();
  });
});
