import { render } from 'preact';
import '@/components/popup/popup-styles.css';
import '@/components/popup/packs-view.css';
import './app.css';
import { tokenSheet } from '@/utils/design/token-css';
import { messageLanguage } from '@/utils/i18n/t';
import { App } from './app';
import { parseRoute } from './route';

// The design tokens every rule of the stylesheets above refers to.
const tokens = document.createElement('style');
tokens.textContent = tokenSheet(':root');
document.head.prepend(tokens);
document.documentElement.lang = messageLanguage();
const route = parseRoute(location.search, location.hash);
document.body.classList.toggle('fl-wide', route.wide);
render(<App route={route} />, document.getElementById('app')!);
