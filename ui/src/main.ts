import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startI18n } from './lib/i18n';
import { mark } from './lib/marks';

mark('script-start');

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');
// The first screen is mounted once the language's catalogue is there (Welsh is fetched first).
// If the catalogue cannot be loaded, the app starts in English rather than not at all.
export default startI18n().then(() => mount(App, { target }));
