// The library's state in the URL: a change is shown at once and reaches the URL after the page has
// painted it; a change that has not reached it yet is dropped if the reader goes elsewhere first.
import { act, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useLibraryParams } from '@/features/library/hooks/use-library-params';

function setUp(at: string) {
  const seen: { current: ReturnType<typeof useLibraryParams> | null } = { current: null };
  function Probe() {
    seen.current = useLibraryParams();
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], { initialEntries: [at] });
  render(<RouterProvider router={router} />);
  return { router, params: () => seen.current![0], update: () => seen.current![1] };
}

const settle = () => new Promise((r) => setTimeout(r, 100));

describe('the library state in the URL', () => {
  it('shows a query at once, then writes it to the URL as a new entry on Enter', async () => {
    const { router, params, update } = setUp('/?q=dau');
    act(() => update()({ q: 'sau' }));
    expect(params().q).toBe('sau');
    await waitFor(() => expect(router.state.location.search).toBe('?q=sau'));
    act(() => void router.navigate(-1));
    await waitFor(() => expect(params().q).toBe('dau'));
  });

  it('drops a change not yet in the URL when the reader goes elsewhere first', async () => {
    const { router, params, update } = setUp('/?q=dau');
    act(() => {
      update()({ q: 'sau' });
      void router.navigate('/?q=khac');
    });
    await act(settle);
    expect(router.state.location.search).toBe('?q=khac');
    expect(params().q).toBe('khac');
  });
});
