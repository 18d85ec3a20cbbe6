// The entities feature: the sidebar of people, directives and awards, and the stepper through the
// selected item's places in the text.
import { lazy } from 'react';

// The stepper stays in the reader's toolbar while the drawer is closed, so it is in the first bundle.
export { PlaceStepper } from './components/place-stepper';

// The sidebar loads after the article's first paint, in a chunk of its own: the article is what the
// reader came for.
export const EntitySidebar = lazy(() =>
  import('./components/entity-sidebar').then((m) => ({ default: m.EntitySidebar })),
);
