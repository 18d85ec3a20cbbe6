export { ArticleList } from './components/article-list';
export { indexQuery, articlesUrl } from './api/index-query';
