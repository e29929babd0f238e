// Mounts the app with the state read once from the URL.
import { mount } from 'svelte';
import App from './App.svelte';
import { parseUrlState } from './lib/state/url';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
target.replaceChildren();
mount(App, { target, props: { initial: parseUrlState(location.search) } });
