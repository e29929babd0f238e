// Mounts the app with the state read once from the URL: the reader, the embed (embed.html, or `?embed`), or the
// presenter (`?present`) and its speaker window (`?present&speaker`).
import { mount } from 'svelte';
import App from './App.svelte';
import { parseUrlState } from './lib/state/url';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
const params = new URLSearchParams(location.search);
const embed = document.documentElement.dataset.mode === 'embed' || params.has('embed');
const mode = params.has('present') ? (params.has('speaker') ? 'speaker' : 'present') : embed ? 'embed' : 'reader';
document.documentElement.classList.toggle('embedded', mode === 'embed');
document.documentElement.classList.toggle('presenting', mode === 'present');
target.replaceChildren();
mount(App, { target, props: { initial: parseUrlState(location.search), mode } });
