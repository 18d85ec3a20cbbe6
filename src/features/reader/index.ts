export { ArticleView } from './components/article-view';
export { articleQuery } from './api/article-query';
