// The library feature: the collection's articles (search, filters, pages), its people, and the
// queries that load the collection's files.
export { LibraryView } from './components/library-view';
export { articlesUrl } from './api/articles-url';
export { manifestQuery, namesakes, pageQuery } from './api/collection-queries';
export { PeopleView } from './components/people/people-view';
export { LocalPersonView, PersonView } from './components/people/person-view';
