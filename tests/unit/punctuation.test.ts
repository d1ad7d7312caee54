import { describe, expect, it } from 'vitest';
import { joinSentences, labelled, mergeCitationBrackets, nestedQuotes, punctuation, openParenthetical, taggedLabel, withParenthetical } from '../../src/i18n/punctuation';

describe('punctuation per language', () => {
  it('Japanese pages get full-width brackets and colon, 「・」 between items, nothing between sentences', () => {
    expect(labelled('ja', '定義', 'RFC 3261')).toBe('定義：RFC 3261');
    expect(labelled('en', 'Defined in', 'RFC 3261')).toBe('Defined in: RFC 3261');
    expect(withParenthetical('ja', '486', '着信側話中')).toBe('486（着信側話中）');
    expect(withParenthetical('en', '486', 'callee busy')).toBe('486 (callee busy)');
    expect(['INVITE', 'BYE'].join(punctuation('ja').item)).toBe('INVITE・BYE');
    expect(joinSentences('ja', ['話中である。', '486 を返す。'])).toBe('話中である。486 を返す。');
    expect(joinSentences('en', ['It is busy.', 'Send 486.'])).toBe('It is busy. Send 486.');
  });

  it('never nests Japanese brackets', () => {
    // A citation after 「推奨（SHOULD）」 goes inside its brackets, not in a second pair beside them.
    expect(openParenthetical('ja', 'この応答・推奨（SHOULD）')).toEqual(['この応答・推奨（SHOULD', '、']);
    expect(openParenthetical('ja', 'リクエスト')).toEqual(['リクエスト', '（']);
    expect(openParenthetical('en', 'In this response · SHOULD')).toEqual(['In this response · SHOULD', ' (']);
    expect(withParenthetical('ja', 'Session Timer Too Small', 'pjsip（PJSIP_SC_…）')).toBe('Session Timer Too Small：pjsip（PJSIP_SC_…）');
  });

  it('merges a bracket and the citation after it into one, or drops the brackets of a reason phrase (English)', () => {
    expect(mergeCitationBrackets('en', 'if it has one (MAY) (RFC 5626 §4.2.1); 483')).toBe('if it has one (MAY, RFC 5626 §4.2.1); 483');
    expect(mergeCitationBrackets('en', 'forward it (SHOULD NOT) (RFC 3261 §16.7).')).toBe('forward it (SHOULD NOT, RFC 3261 §16.7).');
    expect(mergeCitationBrackets('en', 'treat it as 400 (Bad Request) (RFC 5626 §11.5, RFC 5626 §7).')).toBe('treat it as 400 Bad Request (RFC 5626 §11.5, RFC 5626 §7).');
    expect(mergeCitationBrackets('en', 'Identity (in the request) (RFC 8224 §4)')).toBe('Identity (in the request, RFC 8224 §4)');
    // A bracket followed by anything but a citation stays as it is.
    expect(mergeCitationBrackets('en', 'treat it as 400 (Bad Request); the proxy (MAY) retry (RFC 3261 §16.7)')).toBe('treat it as 400 (Bad Request); the proxy (MAY) retry (RFC 3261 §16.7)');
    expect(mergeCitationBrackets('ja', 'すべきである（SHOULD）（RFC 3261 §16.7）')).toBe('すべきである（SHOULD、RFC 3261 §16.7）');
  });

  it('puts a number tag on the name', () => {
    expect(taggedLabel('UAS（着信側）', '1')).toBe('UAS 1（着信側）');
    expect(taggedLabel('UAS', '2')).toBe('UAS 2');
    expect(taggedLabel('プロキシ', undefined)).toBe('プロキシ');
  });
});

describe('nestedQuotes', () => {
  it('turns a title\'s own 「」 into 『』, so that it can sit inside 「」', () => {
    expect(`「${nestedQuotes('480：480 は「現在応対できない」')}」`).toBe('「480：480 は『現在応対できない』」');
    expect(nestedQuotes('408：自分のタイマ B／F')).toBe('408：自分のタイマ B／F');
  });
});
