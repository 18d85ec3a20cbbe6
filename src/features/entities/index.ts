export { EntitySidebar } from './components/entity-sidebar';
