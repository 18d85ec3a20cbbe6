import { describe, expect, it } from 'vitest';
import { findWord } from '@/extract/directives/cues';

// A sentence's cue is the first cue word in it, wherever the sentence starts in the text.
describe('findWord', () => {
  const before = 'Buổi làm việc diễn ra tại hội trường của ủy ban trong cả buổi sáng. ';
  const sentence = 'Bà đề nghị các đơn vị rà soát hồ sơ, sau đó yêu cầu báo cáo trước tháng sau.';
  const text = before + sentence;

  it('picks the earliest cue of a sentence far into the text, whatever the order of the list', () => {
    for (const words of [
      ['đề nghị', 'yêu cầu'],
      ['yêu cầu', 'đề nghị'],
    ]) {
      const found = findWord(text, words, before.length, text.length);
      expect(found?.word).toBe('đề nghị');
      expect(found?.at).toBe(text.indexOf('đề nghị'));
    }
  });
});
