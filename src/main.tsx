// The base styles first: each feature's own sheet, imported by its components, comes after.
import './styles/app.css';
import { startApp } from './app/start';

const root = document.getElementById('root');
if (root) void startApp(root);
