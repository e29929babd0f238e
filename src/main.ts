// Mounts the app with the configuration read once from the URL.
import { mount } from 'svelte';
import App from './App.svelte';
import { readConfig } from './lib/config';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
target.replaceChildren();
mount(App, { target, props: { config: readConfig(location.search) } });
