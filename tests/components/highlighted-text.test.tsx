import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/ui/highlighted-text';

const TEXT = 'Đồng chí Trần Văn An yêu cầu <b>phải</b> làm.';
const range = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length };
};

describe('HighlightedText', () => {
  it('renders the text as text, markup included', () => {
    const { container } = render(<HighlightedText text={TEXT} />);
    expect(container.textContent).toBe(TEXT);
    expect(container.querySelector('b')).toBeNull();
  });

  it('wraps each mark in <mark>, the current one apart, leaving the text whole', () => {
    const { container } = render(
      <HighlightedText
        text={TEXT}
        marks={[{ ...range('Trần Văn An') }, { ...range('yêu cầu'), current: true }]}
      />,
    );
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Trần Văn An', 'yêu cầu']);
    expect(marks.map((m) => m.classList.contains('current'))).toEqual([false, true]);
    expect(container.textContent).toBe(TEXT);
  });

  it('keeps references inside a mark that covers them', () => {
    const sentence = range('Đồng chí Trần Văn An yêu cầu');
    const name = range('Trần Văn An');
    const { container } = render(
      <HighlightedText
        text={TEXT}
        marks={[sentence]}
        refs={[
          {
            ...name,
            render: (children, key) => (
              <span key={key} data-person="an">
                {children}
              </span>
            ),
          },
        ]}
      />,
    );
    const mark = container.querySelector('mark')!;
    expect(mark.textContent).toBe('Đồng chí Trần Văn An yêu cầu');
    expect(mark.querySelector('[data-person="an"]')?.textContent).toBe('Trần Văn An');
    expect(container.textContent).toBe(TEXT);
  });

  it('renders only the part asked for, with ranges relative to the whole text', () => {
    const part = range('Trần Văn An yêu cầu');
    const { container } = render(
      <HighlightedText text={TEXT} from={part.start} to={part.end} marks={[range('yêu cầu')]} />,
    );
    expect(container.textContent).toBe('Trần Văn An yêu cầu');
    expect(container.querySelector('mark')?.textContent).toBe('yêu cầu');
  });

  it('gives a very long unbroken run places to wrap, without changing its text', () => {
    const run = 'Nguyễn'.repeat(50);
    const text = `Mở đầu ${run} và kết thúc.`;
    const { container } = render(<HighlightedText text={text} marks={[{ start: 0, end: 10 }]} />);
    expect(container.textContent).toBe(text);
    expect(container.querySelectorAll('wbr').length).toBe(Math.floor((run.length - 1) / 64));
    expect(container.querySelector('mark')?.textContent).toBe(text.slice(0, 10));
  });

  it('leaves ordinary words alone', () => {
    const { container } = render(<HighlightedText text={TEXT.repeat(5)} />);
    expect(container.querySelector('wbr')).toBeNull();
  });
});
