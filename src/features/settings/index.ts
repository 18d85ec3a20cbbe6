// The settings feature: theme and text size, remembered in this browser and applied to the page.
export { DisplaySettings } from './components/display-settings';
