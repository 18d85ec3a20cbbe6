// The library feature: the list of the site's articles from articles/index.json.
export { ArticleList } from './components/article-list';
export { LibraryView } from './components/library-view';
export { indexQuery, articlesUrl } from './api/index-query';
export { manifestQuery, pageQuery, personQuery, peoplePageQuery } from './api/collection-queries';
export { PeopleView } from './components/people/people-view';
export { PersonView } from './components/people/person-view';
