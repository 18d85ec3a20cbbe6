// The contents feature: the article's sections as a list of links, and which one is being read.
export { Toc } from './components/toc';
export { useActiveSection } from './hooks/use-active-section';
