export { Toc } from './components/toc';
export { useActiveSection } from './hooks/use-active-section';
