import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startI18n } from './lib/i18n';
import { mark } from './lib/marks';

mark('script-start');

// The system's text size, handed over by the app (src-tauri/src/text_scale.rs): the page's root
// font size follows it, the one way of scaling the layout is built for.
const textScale = (globalThis as { __DOORSTEP_TEXT_SCALE__?: unknown }).__DOORSTEP_TEXT_SCALE__;
if (typeof textScale === 'number' && textScale >= 0.5 && textScale <= 3) {
  document.documentElement.style.setProperty('--text-scale', String(textScale));
}

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');
// The first screen is mounted once the language's catalogue is there (Welsh is fetched first).
// If the catalogue cannot be loaded, the app starts in English rather than not at all.
export default startI18n().then(() => mount(App, { target }));
