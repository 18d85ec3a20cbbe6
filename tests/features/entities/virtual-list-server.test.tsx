// A long sidebar list in a page rendered at build: a reader without JavaScript gets every row, since
// there is no scroller to measure and nothing to render the rest later.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VirtualList, WHOLE } from '@/features/entities/components/virtual-list';

const items = Array.from({ length: WHOLE * 3 }, (_, i) => `Chỉ đạo số ${i + 1}`);

describe('a long sidebar list rendered at build', () => {
  it('holds every row, in order, with no inline style the page policy would block', () => {
    const html = renderToString(
      <VirtualList
        items={items}
        keyOf={(s) => s}
        row={(s) => <span>{s}</span>}
        estimate={40}
        keep={-1}
      />,
    );
    const rows = html.match(/<li>/g) ?? [];
    expect(rows).toHaveLength(items.length);
    expect(html.indexOf('Chỉ đạo số 1<')).toBeLessThan(html.indexOf(`Chỉ đạo số ${items.length}<`));
    expect(html).not.toContain('style=');
  });
});
