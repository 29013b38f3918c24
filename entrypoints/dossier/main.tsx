import { render } from 'preact';
import '@/components/popup/popup-styles.css';
import '@/components/dossier/dossier-styles.css';
import '@/components/dossier/dossier-print.css';
import { tokenSheet } from '@/utils/design/token-css';
import { DossierApp } from './dossier-app';

// The design tokens every rule of the stylesheets above refers to.
const tokens = document.createElement('style');
tokens.textContent = tokenSheet(':root');
document.head.prepend(tokens);
render(<DossierApp />, document.getElementById('dossier')!);
