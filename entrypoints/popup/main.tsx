import { render } from 'preact';
import '@/components/popup/popup-styles.css';
import '@/components/popup/packs-view.css';
import './app.css';
import { tokenSheet } from '@/utils/design/token-css';
import { App } from './app';
import { parseRoute } from './route';

// The design tokens every rule of the stylesheets above refers to.
const tokens = document.createElement('style');
tokens.textContent = tokenSheet(':root');
document.head.prepend(tokens);
const route = parseRoute(location.search, location.hash);
document.body.classList.toggle('fl-wide', route.wide);
render(<App route={route} />, document.getElementById('app')!);
