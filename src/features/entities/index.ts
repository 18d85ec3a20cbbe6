// The entities feature: the sidebar of people, directives and awards, and the stepper through the
// selected item's places in the text.
import { lazy, memo } from 'react';

// The stepper stays in the reader's toolbar while the drawer is closed, so it is in the first bundle.
export { PlaceStepper } from './components/place-stepper';
export { glossedTerms } from './glossed-terms';

// The sidebar loads after the article's first paint, in a chunk of its own: the article is what the
// reader came for. It re-renders only when its props change (not as the reader scrolls).
export const EntitySidebar = lazy(() =>
  import('./components/entity-sidebar').then((m) => ({ default: memo(m.EntitySidebar) })),
);
