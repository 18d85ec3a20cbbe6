// A part of a pre-rendered page whose code comes late (the sidebar) is hydrated after the rest, maybe
// after the reader switched the language. It must adopt its HTML as written (in Vietnamese), without
// React's hydration mismatch, and then show the language the reader chose.
import { act, screen } from '@testing-library/react';
import { lazy } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it } from 'vitest';
import { setAdoptingPrerenderedHtml } from '@/components/ui/adopting';
import { AdoptingSuspense } from '@/components/ui/adopting-suspense';
import i18n from '@/i18n';
import { useTranslation } from '@/i18n/use-translation';

function Heading() {
  const { t } = useTranslation();
  return <h2>{t('entities.people')}</h2>;
}

afterEach(async () => {
  setAdoptingPrerenderedHtml(false);
  await i18n.changeLanguage('en');
});

it('hydrates a late part in the language of its HTML, then switches to the one chosen meanwhile', async () => {
  await i18n.changeLanguage('vi');
  const html = renderToString(
    <AdoptingSuspense fallback={null}>
      <Heading />
    </AdoptingSuspense>,
  );
  expect(html).toContain('Người');

  // In the browser, the part's code has not come yet when the page hydrates.
  let arrive: (module: { default: typeof Heading }) => void = () => {};
  const Late = lazy(() => new Promise<{ default: typeof Heading }>((r) => (arrive = r)));
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  setAdoptingPrerenderedHtml(true);
  await act(async () => {
    hydrateRoot(
      container,
      <AdoptingSuspense fallback={null}>
        <Late />
      </AdoptingSuspense>,
      { onRecoverableError: (error) => errors.push(error) },
    );
  });
  setAdoptingPrerenderedHtml(false);
  const heading = container.querySelector('h2');

  await act(() => i18n.changeLanguage('en')); // the reader's click, before the code came
  await act(async () => arrive({ default: Heading }));

  expect(errors).toEqual([]);
  expect(await screen.findByRole('heading', { name: 'People' })).toBe(heading);
  container.remove();
});
