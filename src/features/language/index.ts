// The language feature: the switch between Vietnamese and English in the header.
export { LanguageSwitch } from './components/language-switch';
