import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { setupI18n } from './lib/i18n';
import { mark } from './lib/marks';

mark('script-start');
setupI18n();

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');
export default mount(App, { target });
