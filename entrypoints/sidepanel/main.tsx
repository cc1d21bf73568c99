import '../../lib/checks/deep/install';
import '../../components/panel/panel.css';
import '../../components/sidepanel/sidepanel.css';
import { render } from 'preact';
import { SidePanel, followTabs } from '../../components/sidepanel/SidePanel';

const fixed = Number(new URLSearchParams(location.search).get('tab'));
const state = followTabs(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
const root = document.getElementById('app');
if (root) render(<SidePanel state={state} />, root);
addEventListener('pagehide', () => state.stop());
