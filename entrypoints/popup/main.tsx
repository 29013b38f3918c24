import { render } from 'preact';
import '@/components/popup/popup-styles.css';
import './app.css';
import { App } from './app';
import { parseRoute } from './route';

const route = parseRoute(location.search, location.hash);
document.body.classList.toggle('fl-wide', route.wide);
render(<App route={route} />, document.getElementById('app')!);
