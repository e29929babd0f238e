// Mounts the app with the state read once from the URL: the reader, or the embed (embed.html, or `?embed`).
import { mount } from 'svelte';
import App from './App.svelte';
import { parseUrlState } from './lib/state/url';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
const embed = document.documentElement.dataset.mode === 'embed' || new URLSearchParams(location.search).has('embed');
document.documentElement.classList.toggle('embedded', embed);
target.replaceChildren();
mount(App, { target, props: { initial: parseUrlState(location.search), mode: embed ? 'embed' : 'reader' } });
