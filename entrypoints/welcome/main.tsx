import '../../components/options/options.css';
// Components re-render when the UI language signal changes.
import '@preact/signals';
import '../../components/welcome/welcome.css';
import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { browserOptionsDeps } from '../../components/options/deps';

const root = document.getElementById('app');
if (root) render(<Welcome deps={browserOptionsDeps()} />, root);
